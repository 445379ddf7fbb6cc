"""The "plain http only on this computer" check looks at the host requests connects to."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st
from urllib3.util import parse_url

from fieldsessions.cli import run
from fieldsessions.sync.client import check_url
from fieldsessions.sync.errors import SyncError


def _requests_host(url: str) -> str:
    """The host requests would open a connection to for `url`."""
    prepared = requests.Request("GET", url + "/v1/health").prepare().url
    assert prepared is not None
    return str(parse_url(prepared).host).strip("[]").lower()


def _loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.mark.parametrize("url", [
    "http://HOST\\@localhost", "http://sync.example.org\\@127.0.0.1:8765",
    "http://127.0.0.1\\.example.org", "http://user:secret@localhost:8765",
    "http://example.org\t@localhost", "http://@localhost", "http://local host",
])
def test_an_address_that_hides_another_host_is_refused(url: str) -> None:
    with pytest.raises(SyncError):
        check_url(url)


def test_the_login_command_refuses_it_before_sending_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDSESSIONS_PASSWORD", "a long password")

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a request was sent")

    monkeypatch.setattr(requests.Session, "request", no_network)
    code = run(["--db", f"{tmp_path}/laptop.sqlite", "login", "--server",
                "http://HOST\\@localhost", "--user", "ann"])
    assert code == 1
    assert "not a server address" in capsys.readouterr().err


_PIECES = st.sampled_from(["http://", "https://", "localhost", "127.0.0.1", "[::1]",
                           "example.org", "\\", "@", ":", "8765", "/", "#", "?", ".", "%5C",
                           "%40", "user", "[", "]", "10.0.0.5", "\u3002", "\uff20"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=2, max_size=8))
def test_an_accepted_plain_http_address_is_reached_on_this_computer(parts: list[str]) -> None:
    url = "".join(parts)
    try:
        checked = check_url(url)
    except SyncError:
        return
    try:
        host = _requests_host(checked)
    except (requests.RequestException, ValueError):
        return  # requests cannot use it at all: nothing is sent
    if checked.startswith("http://"):
        assert _loopback(host), (url, host)
