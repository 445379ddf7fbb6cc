"""Passwords (scrypt) and device tokens (random, stored as SHA-256), and who a token is.

Passwords are hashed with hashlib.scrypt (n=2**14, r=8, p=1, 16-byte salt) in a self-describing
string, so the cost can be raised later without breaking old hashes. A device token is 32
random bytes; the server keeps only its SHA-256, which is enough for a secret of that entropy.

A token lives TOKEN_LIFETIME (90 days) from its sign-in, then the laptop is asked to sign in
again: a copied token, or one on a laptop lost without anyone noticing, stops working by
itself. A token also ends when its laptop signs in again (one live token per device), when
the facilitator's password is changed (`admin.set_password`) and when an administrator
revokes the device.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import Database

from fieldsessions.server import store
from fieldsessions.sync import wire

TOKEN_LIFETIME = timedelta(days=90)
_N, _R, _P = 2**14, 8, 1
_DUMMY = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 43 + "="


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "$".join(["scrypt", str(_N), str(_R), str(_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])


def verify_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt64, digest64 = stored.split("$")
        if kind != "scrypt":
            return False
        salt = base64.b64decode(salt64)
        expected = base64.b64decode(digest64)
        actual = hashlib.scrypt(password.encode(), salt=salt, n=int(n), r=int(r), p=int(p),
                                dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def burn_time(password: str) -> None:
    """Spend the time of a real check, so unknown users cannot be told apart by timing."""
    verify_password(password, _DUMMY)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Caller:
    """Who is calling, known from the token only."""

    facilitator_id: int
    username: str
    device_id: str
    token_hash: str


class TokenExpired(Exception):
    """A token older than TOKEN_LIFETIME; the message asks the facilitator to sign in."""

    def __init__(self) -> None:
        super().__init__(wire.Reason(f"This laptop's sign-in is older than "
                                     f"{TOKEN_LIFETIME.days} days and has expired; sign in "
                                     "again.", "token_expired", TOKEN_LIFETIME.days))


def caller_for(db: Database, token: str, now: datetime | None = None) -> Caller | None:
    """The caller behind a live token, or None (unknown, revoked, or inactive facilitator).

    Raises TokenExpired for a token that was live but is older than TOKEN_LIFETIME."""
    digest = token_hash(token)
    row = db.execute_sql(
        store.q(db,
                "SELECT d.id, f.id, f.username, t.created_at FROM token t JOIN device d ON "
                "d.id = t.device_id JOIN facilitator f ON f.id = d.facilitator_id WHERE "
                "t.token_hash = ? AND t.revoked_at IS NULL AND d.revoked_at IS NULL "
                "AND f.active = ?"),
        (digest, True),
    ).fetchone()
    if row is None:
        return None
    created = row[3] if isinstance(row[3], datetime) else datetime.fromisoformat(str(row[3]))
    if created.replace(tzinfo=None) + TOKEN_LIFETIME < (now or store.utcnow()):
        raise TokenExpired
    return Caller(facilitator_id=int(row[1]), username=str(row[2]), device_id=str(row[0]),
                  token_hash=digest)
