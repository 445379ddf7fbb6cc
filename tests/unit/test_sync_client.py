"""The HTTP client: TLS always verified, http only on loopback, timeouts on every call,
jittered backoff that honours Retry-After and can be cancelled."""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import requests
import urllib3

from fieldsessions.sync import wire
from fieldsessions.sync.client import (
    BodyRejected,
    InvalidBatch,
    PushTimeout,
    RetryPolicy,
    ServerClient,
    check_url,
    retry_after_seconds,
)
from fieldsessions.sync.errors import (
    AuthError,
    Cancelled,
    NotAServerAnswer,
    ServerUnreachable,
    SyncError,
)


def response(status: int, body: Any = None, *, kind: str = "application/json",
             headers: dict[str, str] | None = None) -> requests.Response:
    """An answer as requests gives it with stream=True: its body still to be read."""
    data = body if isinstance(body, bytes) else wire.dumps(body)
    fields = {"Content-Type": kind, "Content-Length": str(len(data)), **(headers or {})}
    answer = requests.Response()
    answer.status_code = status
    answer.headers.update(fields)
    answer.raw = urllib3.HTTPResponse(body=io.BytesIO(data), headers=fields, status=status,
                                      preload_content=False)
    return answer


class FakeSession(requests.Session):
    """Plays back answers (a Response or an exception) and records each call."""

    def __init__(self, *answers: Any) -> None:
        super().__init__()
        self.answers = list(answers)
        self.calls: list[dict[str, Any]] = []

    def request(  # type: ignore[override]
        self, method: str, url: str, **kwargs: Any
    ) -> requests.Response:
        self.calls.append({"method": method, "url": url, **kwargs})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer  # type: ignore[no-any-return]

    def close(self) -> None:
        pass


class RecordingCancel(threading.Event):
    """A cancel flag whose waits return at once and are remembered."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(float(timeout or 0))
        return self.is_set()


HELLO = {"protocol": wire.PROTOCOL_VERSION, "epoch": "ab", "high_seq": 0, "device_id": "d"}


def client(*answers: Any, retry: RetryPolicy | None = None, **kwargs: Any) -> tuple[
    ServerClient, FakeSession, RecordingCancel
]:
    session = FakeSession(*answers)
    cancel = RecordingCancel()
    made = ServerClient("https://sync.example.org/", "tok", session=session,  # type: ignore[arg-type]
                        cancel=cancel, retry=retry or RetryPolicy(attempts=4, base=1, cap=8),
                        rng=lambda: 1.0, **kwargs)
    return made, session, cancel


def test_plain_http_is_refused_except_for_a_server_on_this_computer() -> None:
    assert check_url("https://sync.example.org/") == "https://sync.example.org"
    assert check_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert check_url("http://localhost:8765/") == "http://localhost:8765"
    assert check_url("http://[::1]:80") == "http://[::1]:80"
    for bad in ("http://sync.example.org", "http://10.0.0.5", "ftp://x", "sync.example.org"):
        with pytest.raises(SyncError):
            check_url(bad)


def test_tls_is_verified_with_the_system_cas_or_the_given_bundle(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "HTTPS_PROXY", "https_proxy",
                 "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    plain, session, _ = client(response(200, HELLO))
    assert session.verify is True and session.proxies == {}
    _, bundled, _ = client(ca_bundle="/etc/ssl/private-ca.pem")
    assert bundled.verify == "/etc/ssl/private-ca.pem"
    # The environment is read once, when the client is made (not on every request, and
    # never a .netrc that could replace the token): its CA bundle unless the app sets one,
    # its proxy.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/env-ca.pem")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.org:3128")
    _, from_env, _ = client()
    assert from_env.verify == "/etc/ssl/env-ca.pem" and from_env.trust_env is False
    assert from_env.proxies["https"] == "http://proxy.example.org:3128"
    _, bundled, _ = client(ca_bundle="/etc/ssl/private-ca.pem")
    assert bundled.verify == "/etc/ssl/private-ca.pem"
    plain.hello()
    call = session.calls[0]
    assert call["timeout"] == (10.0, 10.0)  # hello: 10 s for an answer (push, pull: 60 s)
    assert call["headers"]["Authorization"] == "Bearer tok"
    assert call["allow_redirects"] is False


def test_503_and_429_are_retried_with_backoff_honouring_retry_after() -> None:
    made, session, cancel = client(
        response(503, {"detail": "busy"}),
        response(429, {"detail": "slow down"}, headers={"Retry-After": "7"}),
        requests.exceptions.ConnectionError("refused"),
        response(200, HELLO),
    )
    assert made.hello()["epoch"] == "ab"
    assert len(session.calls) == 4
    assert cancel.waits == [1.0, 7.0, 4.0]  # full jitter at rng=1: 1, then Retry-After 7, then 4


def test_retry_after_as_an_http_date_is_understood() -> None:
    later = datetime.now(UTC) + timedelta(seconds=30)
    seconds = retry_after_seconds(format_datetime(later, usegmt=True))
    assert seconds is not None and 25 <= seconds <= 31
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_giving_up_after_the_attempts_says_the_changes_stay_queued() -> None:
    error = requests.exceptions.ConnectionError("no route")
    made, session, _ = client(error, error, error, error)
    with pytest.raises(ServerUnreachable, match="stay queued"):
        made.hello()
    assert len(session.calls) == 4


def test_a_retry_after_longer_than_we_accept_stops_at_once() -> None:
    made, session, _ = client(response(503, {}, headers={"Retry-After": "3600"}))
    with pytest.raises(ServerUnreachable, match="3600 seconds"):
        made.hello()
    assert len(session.calls) == 1


def test_cancel_during_a_backoff_wait_stops_the_retries() -> None:
    made, session, cancel = client(response(503, {}), response(200, HELLO))
    cancel.set()
    with pytest.raises(Cancelled):
        made.hello()
    assert len(session.calls) == 0


def test_a_push_that_times_out_is_not_retried_here_but_reported() -> None:
    made, session, _ = client(requests.exceptions.ReadTimeout("slow"))
    with pytest.raises(PushTimeout):
        made.push({"device_id": "d", "batch_id": "b", "mutations": []})
    assert len(session.calls) == 1
    sent = session.calls[0]
    assert sent["headers"]["Content-Encoding"] == "gzip"
    assert wire.loads(wire.inflate(sent["data"]))["batch_id"] == "b"


def test_413_and_422_on_a_push_are_told_apart_for_the_engine() -> None:
    made, _, _ = client(response(413, {"detail": "too big"}),
                        response(422, {"detail": "The request is not valid: x"}))
    with pytest.raises(BodyRejected):
        made.push({})
    with pytest.raises(InvalidBatch, match="not valid: x"):
        made.push({})


def test_an_html_page_with_200_is_not_a_server_answer() -> None:
    made, _, _ = client(response(200, b"<html>Sign in to Wi-Fi</html>", kind="text/html"))
    with pytest.raises(NotAServerAnswer, match="Wi-Fi"):
        made.hello()


def test_401_asks_to_sign_in_again_and_a_tls_failure_explains_the_ca_bundle() -> None:
    made, _, _ = client(response(401, {"detail": "This device token is not valid or was "
                                                 "revoked; sign in again."}),
                        requests.exceptions.SSLError("certificate verify failed"))
    with pytest.raises(AuthError, match="sign in again"):
        made.hello()
    with pytest.raises(ServerUnreachable, match="certificate could not be verified"):
        made.hello()


def test_a_server_speaking_another_protocol_is_refused_with_a_sentence() -> None:
    made, _, _ = client(response(200, {**HELLO, "protocol": 99}))
    with pytest.raises(SyncError, match="Update the app or the server"):
        made.hello()


def test_a_server_error_is_retried_then_says_the_server_failed_and_the_changes_stay_queued(
) -> None:
    error = response(500, b"Internal Server Error", kind="text/plain")
    made, session, cancel = client(error, response(200, HELLO))
    assert made.hello()["epoch"] == "ab"
    assert cancel.waits == [1.0]
    errors = [response(500, b"Internal Server Error", kind="text/plain") for _ in range(4)]
    made, session, _ = client(*errors)
    with pytest.raises(ServerUnreachable, match=r"failed \(HTTP 500\).*stay queued"):
        made.hello()
    assert len(session.calls) == 4


def test_an_answer_without_framing_is_taken_as_cut_and_retried() -> None:
    """A connection cut inside the headers leaves an answer that does not say how long it
    is (http.client takes what came as all the headers): retried, not a 'sign-in page'."""
    cut = response(200, b"", kind="text/html")
    del cut.headers["Content-Length"]
    made, session, _ = client(cut, response(200, HELLO))
    assert made.hello()["epoch"] == "ab"
    assert len(session.calls) == 2
    assert session.calls[0]["stream"] is True


def test_no_connection_reads_as_a_sentence_without_library_text() -> None:
    """A new user's trial saw "HTTPConnectionPool(host=..., port=...): Max retries exceeded
    with url: /v1/sync/changes?..." in the sync's message, and "the changes stay queued" on a
    sign-in."""
    import socket

    from fieldsessions.sync.client import RetryPolicy, ServerClient
    from fieldsessions.sync.errors import ServerUnreachable

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed once the block ends: nobody listens there
    client = ServerClient(f"http://127.0.0.1:{port}", "token",
                          retry=RetryPolicy(attempts=2, base=0.01, cap=0.01))
    for call, then in ((client.hello, "will be sent next time"),
                       (lambda: client.login("ann", "pw", "d", "laptop"), "sign in again")):
        try:
            call()
        except ServerUnreachable as exc:
            text = str(exc)
        else:
            raise AssertionError("expected ServerUnreachable")
        assert "(no connection)" in text and then in text, text
        assert "HTTPConnectionPool" not in text and "Max retries" not in text, text


def test_no_server_at_the_start_of_a_sync_is_said_within_seconds() -> None:
    """A new user's trial waited 25 s on "Connecting to the server…" with no server running:
    hello tries 5 times (at most 7.5 s of waits), not the 8 that ride out a restart in the
    middle of a sync."""
    import socket

    from fieldsessions.sync.client import RetryPolicy, ServerClient
    from fieldsessions.sync.errors import ServerUnreachable

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    waits: list[float] = []
    client = ServerClient(f"http://127.0.0.1:{port}", "token", retry=RetryPolicy())
    client._wait = waits.append  # type: ignore[method-assign]
    with pytest.raises(ServerUnreachable, match="no connection"):
        client.hello()
    assert len(waits) == 4  # 5 attempts
