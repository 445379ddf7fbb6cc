"""Device tokens end: after 90 days, when the password is changed, when the laptop signs in
again; and a revoked laptop is never taken over by another facilitator's account."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import requests

from fieldsessions.server import auth, store
from tests.integration.conftest import PASSWORD, Backend, ServerProcess, token_for
from tests.integration.test_roster_and_cli import _server_cli


def _hello(server: ServerProcess, token: str) -> requests.Response:
    return requests.get(server.url + "/v1/sync/hello", timeout=10,
                        headers={"Authorization": f"Bearer {token}"})


def test_a_laptop_signed_in_more_than_90_days_ago_is_asked_to_sign_in_again(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    assert ann.sync().all_accepted
    with backend.db():  # the sign-in was 89 days ago: still fine
        store.Token.update(created_at=store.utcnow() - timedelta(days=89)).execute()
    assert ann.sync().all_accepted
    with backend.db():
        store.Token.update(created_at=store.utcnow() - auth.TOKEN_LIFETIME
                           - timedelta(minutes=1)).execute()
    expired = ann.sync()
    assert expired.error is not None and not expired.all_accepted
    assert "older than 90 days and has expired; sign in again" in expired.error
    ann.sign_in(server, "ann")
    assert ann.sync().all_accepted
    assert not any("Traceback" in line for line in server.lines)


def test_set_password_ends_every_token_of_that_facilitator_only(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    backend.add_facilitator("bob")
    _, first = token_for(server, "ann")
    _, second = token_for(server, "ann")
    _, bobs = token_for(server, "bob")
    changed = _server_cli(backend, "set-password", "ann")  # $FIELDSESSIONS_PASSWORD
    assert changed.returncode == 0, changed.stderr
    assert "2 signed-in laptops must sign in again" in changed.stdout
    for token in (first, second):
        refused = _hello(server, token)
        assert refused.status_code == 401 and "sign in again" in refused.json()["detail"]
    assert _hello(server, bobs).status_code == 200
    _, fresh = token_for(server, "ann")
    assert _hello(server, fresh).status_code == 200


def test_signing_in_again_ends_the_laptops_old_token(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    device, old = token_for(server, "ann")
    other_device, other = token_for(server, "ann")
    _, new = token_for(server, "ann", device)
    assert _hello(server, old).status_code == 401
    assert _hello(server, new).status_code == 200
    assert _hello(server, other).status_code == 200, "another laptop of hers is not touched"
    assert other_device != device


def test_a_revoked_laptop_cannot_be_claimed_by_another_facilitator(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    backend.add_facilitator("bob")
    device, token = token_for(server, "ann")
    assert _server_cli(backend, "revoke-device", device).returncode == 0
    assert _hello(server, token).status_code == 401
    claimed = requests.post(server.url + "/v1/auth/device", timeout=10, json={
        "username": "bob", "password": PASSWORD, "device_id": device})
    assert claimed.status_code == 409
    assert "another facilitator" in claimed.json()["detail"]
    listed = _server_cli(backend, "list-devices", "--json")
    assert '"facilitator": "ann"' in listed.stdout
    _, again = token_for(server, "ann", device)  # its own facilitator signs it in again
    assert _hello(server, again).status_code == 200
