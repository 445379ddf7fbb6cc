"""A TCP proxy on 127.0.0.1 that sits between a laptop and the real server and misbehaves on
purpose: it trickles, cuts or stalls the server's answers, per connection.

How to use it (the server from conftest's `server` fixture, a laptop from `laptops`):

    from tests.integration.faultproxy import Fault, FaultProxy

    with FaultProxy(server.port) as proxy:
        laptop.sync(url=proxy.url)                     # every byte passes through
        proxy.plan(Fault.cut(after=40))                # the next connection: its answer is
        laptop.sync(url=proxy.url)                     # cut 40 bytes in (inside the headers)
        proxy.plan(Fault.trickle(every=0.5), Fault.stall())  # the next two connections
        proxy.plan(Fault.cut(0, on="POST /v1/sync/push"))  # a push applied, its answer lost
        proxy.chaos(random.Random(7), rate=0.3)        # or: a fault on ~30 % of connections
        proxy.faults_applied                           # what was done so far, in order

Faults are per TCP connection (the client keeps connections alive, so a fault lasts until
the connection is closed; `cut` and `drop` close it, and the client's retry opens a new one).
Planned faults are used first, in order; then `chaos` draws one (or none) per connection;
with neither, bytes pass through. `Laptop.sync(url=proxy.url)` and `Laptop.client(url)`
send a laptop's requests through the proxy.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from dataclasses import dataclass
from types import TracebackType


@dataclass(frozen=True)
class Fault:
    """What the proxy does to one connection's answers (server -> laptop bytes).

    kind: "cut" forwards `after` bytes then closes both sides (`cut(0)`: the server got the
    request, and may have applied it, but no answer reaches the laptop); "trickle" forwards
    `size` bytes every `every` seconds; "delay" holds each piece of the answer `every`
    seconds (latency); "stall" forwards the request but never a byte of the answer; "drop"
    closes the laptop's connection at once, before forwarding anything.

    on: the fault starts with the answer to the first request on the connection whose bytes
    hold this text (e.g. "POST /v1/sync/push"); answers before it pass. Empty: from the
    first byte. (One request at a time per connection, as the client sends them.)
    """

    kind: str
    after: int = 0
    every: float = 0.0
    size: int = 1
    on: str = ""

    @staticmethod
    def cut(after: int, on: str = "") -> Fault:
        return Fault("cut", after=after, on=on)

    @staticmethod
    def trickle(every: float = 0.5, size: int = 1, on: str = "") -> Fault:
        return Fault("trickle", every=every, size=size, on=on)

    @staticmethod
    def delay(every: float, on: str = "") -> Fault:
        return Fault("delay", every=every, on=on)

    @staticmethod
    def stall(on: str = "") -> Fault:
        return Fault("stall", on=on)

    @staticmethod
    def drop() -> Fault:
        return Fault("drop")


class FaultProxy:
    """Forwards 127.0.0.1:`port` (its own, free) to 127.0.0.1:`target`; see the module doc."""

    def __init__(self, target: int) -> None:
        self.target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._planned: list[Fault | None] = []
        self._chaos: tuple[random.Random, float, list[Fault]] | None = None
        self._in_a_row, self._row = 3, 0
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self.faults_applied: list[Fault | None] = []
        self._thread = threading.Thread(target=self._accept, daemon=True, name="fault-proxy")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def plan(self, *faults: Fault | None) -> None:
        """The next connections get these faults, in order (None: that one passes)."""
        with self._lock:
            self._planned.extend(faults)

    def chaos(self, rng: random.Random | None, rate: float = 0.3,
              faults: list[Fault] | None = None, in_a_row: int = 3) -> None:
        """After the planned faults: each new connection gets one of `faults` (by default
        cuts at random offsets) with probability `rate`, but never more than `in_a_row`
        connections in a row (so a client retrying more often than that gets through).
        `rng` None turns chaos off."""
        with self._lock:
            self._chaos = None if rng is None else (rng, rate, faults or [])
            self._in_a_row, self._row = in_a_row, 0

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                _close(sock)
        self._thread.join(5)

    # ------------------------------------------------------------------ inside

    def _next_fault(self) -> Fault | None:
        with self._lock:
            fault: Fault | None
            if self._planned:
                fault = self._planned.pop(0)
            elif self._chaos is not None and self._chaos[0].random() < self._chaos[1] \
                    and self._row < self._in_a_row:
                rng, _rate, choices = self._chaos
                fault = rng.choice(choices) if choices else Fault.cut(rng.randrange(1, 400))
                self._row += 1
            else:
                fault = None
                self._row = 0
            self.faults_applied.append(fault)
            return fault

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                laptop, _address = self._listener.accept()
            except OSError:
                return
            fault = self._next_fault()
            if fault is not None and fault.kind == "drop":
                _close(laptop)
                continue
            try:
                server = socket.create_connection(("127.0.0.1", self.target), timeout=5)
            except OSError:
                _close(laptop)
                continue
            server.settimeout(None)
            with self._lock:
                self._sockets += [laptop, server]
            armed = threading.Event()  # the fault applies from now on
            if fault is None or not fault.on:
                armed.set()
            watch = None if armed.is_set() or fault is None else fault.on.encode()
            threading.Thread(target=self._pump, args=(laptop, server, None, armed, watch),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(server, laptop, fault, armed, None),
                             daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, fault: Fault | None,
              armed: threading.Event, watch: bytes | None) -> None:
        sent = 0
        try:
            while not self._stop.is_set():
                data = source.recv(65536)
                if not data:
                    break
                if watch is not None and watch in data:
                    armed.set()
                if fault is None or not armed.is_set():
                    target.sendall(data)
                elif fault.kind == "stall":
                    continue
                elif fault.kind == "cut":
                    keep = max(0, fault.after - sent)
                    target.sendall(data[:keep])
                    sent += min(keep, len(data))
                    if sent >= fault.after:
                        break
                elif fault.kind == "delay":
                    if self._stop.wait(fault.every):
                        break
                    target.sendall(data)
                elif fault.kind == "trickle":
                    for start in range(0, len(data), fault.size):
                        if self._stop.wait(fault.every):
                            break
                        target.sendall(data[start:start + fault.size])
        except OSError:
            pass
        finally:
            _close(source)
            _close(target)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
