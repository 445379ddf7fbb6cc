"""HTTP to the sync server with requests: timeouts, TLS always verified, polite retries.

Every call has `timeout=(connect, read)` and an overall `deadline` per attempt: the answer is
read in small pieces as they come, so one that trickles in (each byte inside the read timeout)
is still given up at the deadline. Each attempt runs on a short-lived helper thread while the
caller waits for it, its deadline or Cancel, so Cancel stops a waiting request at once (the
abandoned attempt ends at its next piece, or at the read timeout). TLS is always verified,
against the system's CAs or a CA bundle file given by the user; there is no switch to turn it
off, and plain http is only accepted for a server on this machine (loopback).

Connection errors (including an answer cut short anywhere, even inside its headers: an
answer that does not say how long it is, with neither Content-Length nor chunked framing, is
taken as cut, as the server always frames its answers), 429, 500, 502, 503 and 504 are
retried with jittered exponential backoff ("full jitter"), honouring Retry-After; the wait
can be cancelled. A push whose answer does not come in time (read timeout or deadline) is
not retried here: the engine halves the batch and sends it again (safe: pushes are
idempotent).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import requests
import urllib3
from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from fieldsessions.core.i18n import fill, tr
from fieldsessions.sync import wire
from fieldsessions.sync.errors import (
    AuthError,
    Cancelled,
    CertificateNotVerified,
    NoAnswer,
    NotAServerAnswer,
    PlainHttpAnswer,
    ServerRefused,
    ServerUnreachable,
    SyncError,
)
from fieldsessions.sync.reasons import said

log = logging.getLogger(__name__)

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_PIECE = 64 * 1024  # bytes of an answer read at a time (at most one read from the socket)
_POLL = 0.05  # seconds between looks at Cancel while an attempt runs
# Sign-in and hello, the calls someone watches "Connecting to the server…" for, wait this long
# for an answer (not the minute a big push or pull may need), and give up on the whole call
# after QUICK_WITHIN seconds: a server that accepts the connection and never answers is said in
# one sentence within about 15 s, not after 5 attempts of a 60 s read timeout (issue 12).
QUICK_READ_TIMEOUT = 10.0
QUICK_WITHIN = 15.0


@dataclass(frozen=True)
class RetryPolicy:
    """attempts: tries in all; base/cap: backoff bounds in seconds; max_retry_after: the
    longest Retry-After we agree to wait."""

    attempts: int = 8  # up to about a minute of waits: rides out a server restart
    base: float = 0.5
    cap: float = 30.0
    max_retry_after: float = 120.0

    def delay(self, attempt: int, rng: Callable[[], float]) -> float:
        """Full jitter: a random wait in [0, min(cap, base * 2**attempt)]."""
        return rng() * min(self.cap, self.base * (2 ** attempt))


def retry_after_seconds(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now())


class PushTimeout(SyncError):
    """The server did not answer a push in time (the engine halves the batch)."""


class BodyRejected(SyncError):
    """The server found the body too large (413)."""


class InvalidBatch(SyncError):
    """The server found something in the batch invalid (422); the message says what."""


class CursorGone(SyncError):
    """The server no longer knows our cursor (410): pull everything again."""


class _Abandoned(Exception):
    """The caller stopped waiting for this attempt (Cancel or the deadline)."""


@dataclass
class _Answer:
    """An HTTP answer read whole: status, headers and body (decoded)."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes


def check_url(url: str) -> str:
    """The server's base URL, refusing plain http except on loopback.

    The host checked is the one requests connects to: the URL is read by urllib3's
    `parse_url`, as requests reads it (the standard library's urlparse takes
    `http://HOST\\@localhost` for localhost while requests goes to HOST). A backslash, a
    space or control character, or a user name or password in the address is refused."""
    text = url.strip()
    not_an_address = SyncError(fill(tr("%1 is not a server address; it looks like "
                                       "https://sync.example.org."), repr(url)))
    if "\\" in text or any(c.isspace() or not c.isprintable() for c in text):
        raise not_an_address
    try:
        parsed = parse_url(text)
    except LocationParseError:
        raise not_an_address from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise not_an_address
    if parsed.auth is not None or "@" in text:
        raise SyncError(tr("The server address must not hold a user name or password; sign "
                           "in with --user instead."))
    if parsed.scheme == "http":
        host = parsed.host.strip("[]").lower()
        loopback = host == "localhost"
        with contextlib.suppress(ValueError):
            loopback = loopback or ipaddress.ip_address(host).is_loopback
        if not loopback:
            raise SyncError(tr("The server address must start with https:// (only a server "
                               "on this computer may use http://)."))
    return text.rstrip("/")


class ServerClient:
    """Talks to one sync server. `cancel` (an Event) stops retries and waits."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (10.0, 60.0),
        deadline: float = 180.0,
        retry: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
        rng: Callable[[], float] = random.random,
        session: requests.Session | None = None,
        quick_read_timeout: float = QUICK_READ_TIMEOUT,
        quick_within: float = QUICK_WITHIN,
    ) -> None:
        self.base_url = check_url(base_url)
        self.token = token
        self.timeout = timeout
        self.deadline = deadline
        self.quick_read_timeout = quick_read_timeout
        self.quick_within = quick_within
        self.retry = retry or RetryPolicy()
        self.cancel = cancel or threading.Event()
        self._rng = rng
        self.session = session or requests.Session()
        # The environment's proxies and CA bundle (HTTPS_PROXY, NO_PROXY, REQUESTS_CA_BUNDLE)
        # are read once here, not again on every request (with a .netrc lookup that could
        # even replace the device token); a CA bundle set in the app wins.
        self.session.trust_env = True
        settings = self.session.merge_environment_settings(
            self.base_url, {}, None, ca_bundle or True, None)
        self.session.proxies.update(settings["proxies"])
        self.session.verify = settings["verify"]
        self.session.trust_env = False
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        self.session.close()

    # ---------------------------------------------------------------- transport

    def _wait(self, seconds: float) -> None:
        if self.cancel.wait(seconds):
            raise Cancelled(tr("Sync cancelled."))

    def _attempt(self, method: str, url: str, *, data: bytes | None,
                 params: Mapping[str, Any] | None, headers: dict[str, str],
                 timeout: tuple[float, float], deadline: float) -> _Answer:
        """One request, read whole, on a helper thread; raises what requests raises, a
        requests ReadTimeout past the deadline (a time.monotonic() value), or Cancelled."""
        outcome: dict[str, Any] = {}
        done, abandoned = threading.Event(), threading.Event()

        def work() -> None:
            try:
                response = self.session.request(method, url, data=data, params=params,
                                                headers=headers, timeout=timeout,
                                                allow_redirects=False, stream=True)
                try:
                    outcome["answer"] = _read(response, deadline, abandoned)
                finally:
                    response.close()
            except BaseException as exc:  # handed to the waiting thread, which raises it
                outcome["error"] = exc
            finally:
                done.set()

        threading.Thread(target=work, daemon=True, name="sync-request").start()
        while not done.wait(min(_POLL, max(0.0, deadline - time.monotonic()))):
            if self.cancel.is_set():
                abandoned.set()
                raise Cancelled(tr("Sync cancelled."))
            if time.monotonic() >= deadline:
                abandoned.set()
                raise requests.exceptions.ReadTimeout("no whole answer before the deadline")
        error = outcome.get("error")
        if isinstance(error, _Abandoned):
            raise requests.exceptions.ReadTimeout("no whole answer before the deadline")
        if error is not None:
            raise error
        answer: _Answer = outcome["answer"]
        return answer

    def _request(self, method: str, path: str, *, body: Any = None,
                 params: Mapping[str, Any] | None = None, retry_read_timeout: bool = True,
                 auth: bool = True, encoded: bytes | None = None,
                 attempts: int | None = None, quick: bool = False) -> _Answer:
        """`quick`: a call someone waits for (sign-in, hello): the short read timeout, and
        every attempt and wait inside `quick_within` seconds in all."""
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip"}
        data: bytes | None = None
        if encoded is not None:
            data = encoded
            headers.update(wire.BODY_HEADERS)
        elif body is not None:
            data, extra = wire.encode_body(body)
            headers.update(extra)
        if auth:
            if not self.token:
                raise AuthError(tr("Sign in to the sync server first."))
            headers["Authorization"] = f"Bearer {self.token}"
        url = self.base_url + path
        timeout = self.timeout
        give_up_at = float("inf")
        if quick:
            timeout = (self.timeout[0], min(self.timeout[1], self.quick_read_timeout))
            give_up_at = time.monotonic() + self.quick_within
        attempt = 0
        while True:
            if self.cancel.is_set():
                raise Cancelled(tr("Sync cancelled."))
            try:
                response = self._attempt(
                    method, url, data=data, params=params, headers=headers, timeout=timeout,
                    deadline=min(time.monotonic() + self.deadline, give_up_at))
            except requests.exceptions.SSLError as exc:
                log.info("%s %s: certificate not verified: %s", method, path, _short(exc))
                if "wrong version number" in str(exc).lower().replace("_", " "):
                    raise PlainHttpAnswer(fill(tr(
                        "%1 answers in plain HTTP, not HTTPS: check the address with the "
                        "server's admin (http:// is accepted only for a server on this "
                        "machine)."), self.base_url)) from None
                raise CertificateNotVerified(tr(
                    "The server's certificate could not be verified; ask your organisation "
                    "for its certificate file and choose it under Advanced in the sync "
                    "settings.")) from None
            except requests.exceptions.ReadTimeout:
                if not retry_read_timeout:
                    raise PushTimeout(tr("The server did not answer in time.")) from None
                wait = self.retry.delay(attempt, self._rng)
                reason = tr("the server did not answer in time")
            except requests.exceptions.RequestException as exc:
                wait = self.retry.delay(attempt, self._rng)
                log.info("%s %s failed: %s", method, path, _short(exc))  # library text: log
                reason = tr("no connection") if isinstance(
                    exc, requests.exceptions.ConnectionError) else tr("the connection broke off")
            else:
                self.bytes_sent += len(data or b"")
                self.bytes_received += len(response.content)
                if response.status_code not in RETRY_STATUS:
                    return response
                hinted = retry_after_seconds(response.headers.get("Retry-After"))
                wait = self.retry.delay(attempt, self._rng)
                if hinted is not None:
                    if hinted > self.retry.max_retry_after:
                        raise ServerUnreachable(fill(tr(
                            "The server asks to wait %1 seconds; try again later."), int(hinted)))
                    wait = max(hinted, wait if response.status_code != 429 else 0.0)
                reason = f"HTTP {response.status_code}"
                if attempt + 1 >= (attempts or self.retry.attempts) \
                        and response.status_code >= 500:
                    return response  # the caller says the server failed
            attempt += 1
            if attempt >= (attempts or self.retry.attempts) \
                    or time.monotonic() + wait >= give_up_at:
                raise NoAnswer(fill(
                    tr("Cannot reach the sync server at %1 (%2); check the address and the "
                       "network, then sign in again.") if not auth else
                    tr("Cannot reach the sync server at %1 (%2); the changes stay queued and "
                       "will be sent next time."), self.base_url, reason))
            log.info("retrying %s %s in %.1fs (%s)", method, path, wait, reason)
            self._wait(wait)

    def _json(self, response: _Answer, what: str) -> Any:
        if response.status_code >= 500:  # the server (or a proxy before it) failed
            raise ServerUnreachable(fill(
                tr("The sync server at %1 failed (HTTP %2); the changes stay queued and will "
                   "be sent next time."), self.base_url, response.status_code))
        if response.status_code in (401, 403) and not _looks_like_json(response):
            raise NotAServerAnswer(_portal(self.base_url))
        if not _looks_like_json(response):
            raise NotAServerAnswer(_portal(self.base_url))
        try:
            doc = wire.loads(response.content)
        except wire.WireError:
            raise NotAServerAnswer(_portal(self.base_url)) from None
        if response.status_code == 401:
            raise AuthError(_detail(doc) or tr("The server refused this device; sign in again."))
        if response.status_code >= 400 and response.status_code not in (403, 410, 413):
            raise ServerRefused(fill(tr("The server refused the %1: %2"), what,
                                     _detail(doc) or f"HTTP {response.status_code}"))
        return doc

    # ---------------------------------------------------------------- calls

    def login(self, username: str, password: str, device_id: str, device_name: str) -> dict[
        str, Any
    ]:
        # Someone waits at the sign-in form: a wrong address fails within seconds.
        response = self._request("POST", "/v1/auth/device", auth=False, body={
            "username": username, "password": password, "device_id": device_id,
            "device_name": device_name[:200],
        }, attempts=min(3, self.retry.attempts), quick=True)
        doc = self._json(response, tr("sign-in", "the server refused the ..."))
        if response.status_code == 403:
            raise ServerRefused(_detail(doc) or tr("Sign-in refused."))
        if response.status_code == 409 or not isinstance(doc, dict):
            raise ServerRefused(_detail(doc) if isinstance(doc, dict) else tr("Sign-in refused."))
        if not isinstance(doc.get("token"), str) or doc.get("device_id") != device_id:
            raise NotAServerAnswer(_portal(self.base_url))
        return doc

    def hello(self) -> dict[str, Any]:
        # The first call: no server there (offline, a wrong address) is said in seconds, not
        # after the minute of retries that rides out a restart in the middle of a sync.
        response = self._request("GET", "/v1/sync/hello", attempts=min(5, self.retry.attempts),
                                 quick=True)
        doc = self._json(response, tr("hello", "the server refused the ..."))
        if response.status_code != 200 or not isinstance(doc, dict):
            raise ServerRefused(fill(tr("The server refused the hello: %1"), _detail(doc)))
        protocol = doc.get("protocol")
        if not isinstance(protocol, int) or not isinstance(doc.get("epoch"), str) \
                or not isinstance(doc.get("high_seq"), int):
            raise NotAServerAnswer(_portal(self.base_url))
        problem = wire.incompatibility(protocol)
        if problem:
            raise ServerRefused(problem)
        return doc

    def push(self, body: dict[str, Any], encoded: bytes | None = None) -> tuple[int, Any]:
        """POST one batch: (status, JSON). Raises PushTimeout, BodyRejected, NotAServerAnswer.

        `encoded` is `body` already made by `wire.encode_body` (the engine encodes the next
        batch while the previous one is in flight)."""
        response = self._request("POST", "/v1/sync/push", body=body, retry_read_timeout=False,
                                 encoded=encoded)
        if response.status_code == 413:
            raise BodyRejected(tr("The server found this batch too large."))
        if response.status_code == 422 and _looks_like_json(response):
            try:
                detail = _detail(wire.loads(response.content))
            except wire.WireError:
                detail = ""
            raise InvalidBatch(detail or tr("The server found this batch invalid."))
        doc = self._json(response, tr("changes", "the server refused the ..."))
        return response.status_code, doc

    def changes(self, since: str | None, limit: int, *, skip_own: bool) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if since:
            params["since"] = since
        if skip_own:
            params["skip_own"] = "true"
        response = self._request("GET", "/v1/sync/changes", params=params)
        doc = self._json(response, tr("download", "the server refused the ..."))
        if response.status_code == 410:
            raise CursorGone(_detail(doc) or tr("The server asks for a full download."))
        if response.status_code != 200 or not isinstance(doc, dict) \
                or not isinstance(doc.get("changes"), list) \
                or not isinstance(doc.get("next_cursor"), str) \
                or not isinstance(doc.get("has_more"), bool):
            raise NotAServerAnswer(_portal(self.base_url))
        return doc


def reachable(base_url: str, *, ca_bundle: str | None = None, timeout: float = 3.0) -> bool:
    """Whether the sync server answers its health check now (one quick try, no retries)."""
    try:
        with requests.Session() as session:
            session.verify = ca_bundle or True
            answer = session.get(check_url(base_url) + "/v1/health", timeout=timeout,
                                 allow_redirects=False)
        return answer.status_code == 200 and _looks_like_json(answer) \
            and wire.loads(answer.content).get("status") == "ok"
    except (requests.exceptions.RequestException, SyncError, wire.WireError, AttributeError):
        return False


def _read(response: requests.Response, deadline: float, abandoned: threading.Event) -> _Answer:
    """The whole answer, read in pieces as they come, until the deadline or abandoned.

    An answer with neither a Content-Length nor chunked framing ends wherever the connection
    ended, which may be inside its headers (http.client then takes what came as all of
    them): the server always frames its answers, so such an answer is taken as cut. (A
    framed answer cut short is refused by urllib3, which checks the length.)"""
    length = response.headers.get("content-length", "").strip()
    framed = length.isdigit() or "chunked" in response.headers.get(
        "transfer-encoding", "").lower()
    if not framed:  # e.g. cut after "Content-Length: " or before it
        raise requests.exceptions.ConnectionError(
            "the connection closed before the answer was complete")
    raw = response.raw
    pieces: list[bytes] = []
    while True:
        if abandoned.is_set() or time.monotonic() >= deadline:
            raise _Abandoned
        try:
            piece = raw.read1(_PIECE, decode_content=True)
        except urllib3.exceptions.ReadTimeoutError:
            raise requests.exceptions.ReadTimeout("the server did not answer in time") \
                from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise requests.exceptions.ConnectionError(
                f"the connection broke during the answer ({_short(exc)})") from None
        if not piece:
            break
        pieces.append(piece)
    return _Answer(response.status_code, response.headers, b"".join(pieces))


def _looks_like_json(response: _Answer | requests.Response) -> bool:
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def _detail(doc: Any) -> str:
    """The sentence of an error body, in the user's language when the server sent its code
    (sync/reasons.py), else as the server wrote it."""
    if isinstance(doc, dict) and isinstance(doc.get("detail"), str):
        return said(wire.reason_of(doc, "detail"))[:500]
    return ""


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 160 else text[:157] + "..."


def _portal(base_url: str) -> str:
    return fill(tr("The answer from %1 is not from the sync server (a Wi-Fi sign-in page or a "
                   "proxy?); nothing was marked as sent."), base_url)
