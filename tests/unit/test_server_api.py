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
from fieldsessions.server.ratelimit import RateLimiter, SqliteBuckets, retry_after_header

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
    assert wrong.json() == nobody.json() == {"detail": "Wrong user name or password.",
                                             "code": "wrong_password", "args": []}


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


def test_the_token_bucket_refills_with_time(tmp_path: Path) -> None:
    now = [0.0]
    buckets = SqliteBuckets(tmp_path / "limits.sqlite")
    limiter = RateLimiter(buckets, rate=2.0, burst=2, kind="t", clock=lambda: now[0])
    assert [limiter.check("t") for _ in range(3)] == [0.0, 0.0, 0.5]
    now[0] += 0.5
    assert limiter.check("t") == 0.0
    assert retry_after_header(0.2) == "1" and retry_after_header(2.1) == "3"
    assert RateLimiter(buckets, rate=0, burst=1, kind="t").check("t") == 0.0
    # Two limiters (two worker processes) on the same buckets share them.
    other = RateLimiter(SqliteBuckets(tmp_path / "limits.sqlite"), rate=2.0, burst=2,
                        kind="t", clock=lambda: now[0])
    assert other.check("t") > 0
    assert RateLimiter(buckets, rate=2.0, burst=2, kind="u", clock=lambda: now[0]
                       ).check("t") == 0.0, "each kind of limit has its own buckets"


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


def test_sign_ins_are_throttled_per_address_and_name_and_per_address_not_per_name(
    tmp_path: Path
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns that httpx2 would be preferred
        from fastapi.testclient import TestClient

    for here in make_client(tmp_path, login_rate=0.001, login_burst=3,
                            client_login_rate=0.001, client_login_burst=6):
        elsewhere = TestClient(here.app, client=("192.0.2.7", 40000))  # same app, running
        guesses = [login(here, "ann", password="guess").status_code for _ in range(4)]
        assert guesses == [401, 401, 401, 429]
        refused = login(here, "ann")
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
        assert "wait" in refused.json()["detail"]
        assert login(elsewhere, "ann").status_code == 200, "the owner, from elsewhere"
        # The same address over other names: its own limit of 6 (5 tries above).
        assert login(here, "bob", password="guess").status_code == 401
        assert login(here, "carol", password="guess").status_code == 429
        assert login(elsewhere, "bob").status_code == 200
