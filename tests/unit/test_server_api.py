"""The HTTP API in process: sign-in with scrypt-hashed passwords, tokens kept only as hashes,
revocation, rate limits with Retry-After, hello, OpenAPI at /docs."""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.server import admin, auth, store
from fieldsessions.server.app import create_app
from fieldsessions.server.ratelimit import RateLimiter, retry_after_header

PASSWORD = "a long password"


def make_client(tmp_path: Path, **limits: Any) -> Iterator[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns that httpx2 would be preferred
        from fastapi.testclient import TestClient
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    database = store.open_database(url, pooled=False)
    admin.add_facilitator(database, "ann", PASSWORD, "Ann")
    admin.add_facilitator(database, "bob", PASSWORD, "Bob")
    database.close()
    with TestClient(create_app(url, **limits)) as client:
        client.url = url
        yield client


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Any]:
    yield from make_client(tmp_path, rate=0)


def login(api: Any, user: str = "ann", device: str | None = None,
          password: str = PASSWORD) -> Any:
    return api.post("/v1/auth/device", json={"username": user, "password": password,
                                             "device_id": device or str(uuid.uuid4())})


def test_passwords_are_scrypt_hashes_that_verify_only_the_right_password() -> None:
    stored = auth.hash_password("s3cret pass")
    assert stored.startswith("scrypt$16384$8$1$") and "s3cret" not in stored
    assert auth.verify_password("s3cret pass", stored)
    assert not auth.verify_password("s3cret pasS", stored)
    assert not auth.verify_password("anything", "md5$whatever")
    assert auth.hash_password("s3cret pass") != stored, "a fresh salt every time"


def test_sign_in_gives_a_token_the_server_keeps_only_as_a_hash(api: Any) -> None:
    answer = login(api)
    assert answer.status_code == 200
    token = answer.json()["token"]
    database = store.open_database(api.url, pooled=False)
    try:
        hashes = [t.token_hash for t in store.Token.select()]
    finally:
        database.close()
    assert hashes == [auth.token_hash(token)] and token not in hashes
    hello = api.get("/v1/sync/hello", headers={"Authorization": f"Bearer {token}"})
    assert hello.status_code == 200
    doc = hello.json()
    assert doc["protocol"] == 1 and doc["high_seq"] == 0 and doc["facilitator"] == "ann"
    assert len(doc["epoch"]) == 32 and doc["limits"]["max_mutations"] == 500


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(api: Any) -> None:
    wrong = login(api, password="not it")
    nobody = login(api, user="nobody")
    assert wrong.status_code == nobody.status_code == 401
    assert wrong.json() == nobody.json() == {"detail": "Wrong user name or password."}


def test_a_laptop_of_one_facilitator_cannot_be_taken_over_by_another(api: Any) -> None:
    device = str(uuid.uuid4())
    assert login(api, "ann", device).status_code == 200
    taken = login(api, "bob", device)
    assert taken.status_code == 409 and "another facilitator" in taken.json()["detail"]
    assert login(api, "ann", device).status_code == 200, "signing in again is fine"


def test_a_revoked_device_must_sign_in_again(api: Any) -> None:
    device = str(uuid.uuid4())
    token = login(api, "ann", device).json()["token"]
    database = store.open_database(api.url, pooled=False)
    try:
        admin.revoke_device(database, device)
    finally:
        database.close()
    refused = api.get("/v1/sync/hello", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 401 and "sign in again" in refused.json()["detail"]
    fresh = login(api, "ann", device).json()["token"]
    assert api.get("/v1/sync/hello",
                   headers={"Authorization": f"Bearer {fresh}"}).status_code == 200


def test_too_many_requests_from_one_token_get_429_with_retry_after(tmp_path: Path) -> None:
    for client in make_client(tmp_path, rate=0.5, burst=3):
        token = login(client).json()["token"]
        other = login(client, "bob").json()["token"]
        answers = [client.get("/v1/sync/hello", headers={"Authorization": f"Bearer {token}"})
                   for _ in range(5)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
        assert int(answers[3].headers["Retry-After"]) >= 1
        assert "slow down" in answers[3].json()["detail"]
        assert client.get("/v1/sync/hello",
                          headers={"Authorization": f"Bearer {other}"}).status_code == 200


def test_the_token_bucket_refills_with_time() -> None:
    now = [0.0]
    limiter = RateLimiter(rate=2.0, burst=2, clock=lambda: now[0])
    assert [limiter.check("t") for _ in range(3)] == [0.0, 0.0, 0.5]
    now[0] += 0.5
    assert limiter.check("t") == 0.0
    assert retry_after_header(0.2) == "1" and retry_after_header(2.1) == "3"
    assert RateLimiter(rate=0, burst=1).check("t") == 0.0


def test_the_openapi_spec_and_docs_are_served(api: Any) -> None:
    spec = api.get("/openapi.json").json()
    assert {"/v1/auth/device", "/v1/sync/hello", "/v1/sync/push",
            "/v1/sync/changes"} <= set(spec["paths"])
    push_schema = spec["paths"]["/v1/sync/push"]["post"]["requestBody"]
    assert push_schema["required"] is True
    assert api.get("/docs").status_code == 200


def test_big_answers_are_gzip_compressed(api: Any) -> None:
    answer = api.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert answer.headers["Content-Encoding"] == "gzip"


def test_without_a_token_every_sync_call_asks_to_sign_in(api: Any) -> None:
    for method, path in (("GET", "/v1/sync/hello"), ("GET", "/v1/sync/changes"),
                         ("GET", "/v1/programmes")):
        answer = api.request(method, path)
        assert answer.status_code == 401 and "Sign in" in answer.json()["detail"]


def test_a_running_server_keeps_what_it_started_with_out_of_full_garbage_collections(
    tmp_path: Path
) -> None:
    """While it serves, the objects it started with are frozen (gc.freeze), so a busy
    push does not make the collector walk them over and over; stopping unfreezes them."""
    import gc

    assert gc.get_freeze_count() == 0
    clients = make_client(tmp_path, rate=0)
    api = next(clients)
    assert gc.get_freeze_count() > 1000
    assert api.get("/v1/health").status_code == 200
    clients.close()  # leaves the TestClient: the app's shutdown
    assert gc.get_freeze_count() == 0
