"""The change feed: what a facilitator may see, in commit (version) order, page by page.

A cursor is `<epoch>.<version>.<nonce>`. The nonce is stored per version the first time a
cursor at that version is given out (`issued_cursor`, insert-if-absent), and a cursor is taken
only while that row holds its nonce: after the server is restored from an older backup, the
versions it had given out since are handed out again for other writes, and a laptop's cursor
at such a version finds no row, or another nonce, and is answered 410 (a full download)
instead of silently skipping those writes. A cursor without a nonce (from a server before
this) is refused the same way, once. A page is the visible records with a version above the
cursor, in version order; `next_cursor` is the last one's version, or, on the last page, the
counter read *before* the page query, so it never passes a row the query could not yet see
(writers commit in version order, see store.py). A record appears once, at its latest version;
a parent (programme, session, participant, outcome) whose latest version is later than its
child's is also sent ahead of the child in the same page, so a laptop can always insert a page.
The last page also lists the programmes the facilitator is assigned to (`programmes`): a
laptop removes what it holds of a programme it was unassigned from (sync/apply.withdraw).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from peewee import Database

from fieldsessions.server import store
from fieldsessions.sync import wire


class CursorGone(Exception):
    """The cursor is from another server epoch or ahead of this server (restored backup)."""


class BadCursor(Exception):
    """The text is not a cursor."""


_VISIBLE = (
    "(programme_id IN (SELECT programme_id FROM assignment WHERE facilitator_id = ?) "
    "OR (programme_id IS NULL AND owner_id = ?) "
    "OR (entity = 'participant' AND key IN (SELECT s.participant_id FROM "
    "participant_scope s JOIN assignment a ON a.programme_id = s.programme_id "
    "WHERE a.facilitator_id = ?)))"
)
_COLUMNS = "entity, key, data, deleted, version, hlc, sole_device"


def _change(row: Iterable[Any]) -> dict[str, Any]:
    entity, where, data, deleted, _version, hlc, sole = row
    entity, where, deleted = str(entity), str(where), bool(deleted)
    key = store.record_id(entity, where)
    fields = store.read_data(entity, data, deleted=deleted, sole=sole)
    if deleted:
        spec = wire.ENTITIES.get(entity)
        refs = {name: fields[name] for name in (spec.parents if spec else ()) if name in fields}
        return {"entity": entity, "id": key, "op": "delete", "fields": refs, "hlc": int(hlc)}
    return {"entity": entity, "id": key, "op": "upsert", "fields": fields, "hlc": int(hlc)}


def changes(db: Database, *, facilitator_id: int, device_id: str, since: str | None,
            limit: int, skip_own: bool) -> dict[str, Any]:
    epoch = store.epoch(db)
    counter = int(db.execute_sql("SELECT version FROM counter WHERE id = 1").fetchone()[0])
    since_version = 0
    if since:
        parsed = wire.parse_cursor(since)
        if parsed is None:
            raise BadCursor("The 'since' value is not a cursor this server gave out.")
        if parsed.epoch != epoch or parsed.version > counter or parsed.nonce is None \
                or parsed.nonce != store.cursor_nonce(db, parsed.version):
            raise CursorGone(
                "This cursor is not known to the server (it was reset or restored); "
                "start a full sync."
            )
        since_version = parsed.version
    params: list[Any] = [since_version, facilitator_id, facilitator_id, facilitator_id]
    own = ""
    if skip_own and since:
        own = " AND (sole_device IS NULL OR sole_device <> ?)"
        params.append(device_id)
    rows = db.execute_sql(
        store.q(db, f"SELECT {_COLUMNS} FROM record WHERE version > ? AND {_VISIBLE}{own} "
                    f"ORDER BY version LIMIT {int(limit) + 1}"),
        tuple(params),
    ).fetchall()
    has_more = len(rows) > limit
    rows = rows[:limit]
    if has_more:
        last = int(rows[-1][4])
    else:
        last = max([counter, since_version, *(int(r[4]) for r in rows)])
    page = [_change(r) for r in rows]
    page = _parents(db, page, since_version) + page
    answer: dict[str, Any] = {"changes": page, "has_more": has_more,
                              "next_cursor": wire.make_cursor(epoch, last, _issue(db, last))}
    if not has_more:  # the laptop removes what it holds of any other (sync/apply.withdraw)
        answer["programmes"] = sorted(str(r[0]) for r in db.execute_sql(store.q(
            db, "SELECT programme_id FROM assignment WHERE facilitator_id = ?"),
            (facilitator_id,)).fetchall())
    return answer


def _issue(db: Database, version: int) -> str:
    """The nonce of cursors at `version`, stored the first time one is given out."""
    found = store.cursor_nonce(db, version)
    if found is not None:
        return found
    with db.atomic():
        db.execute_sql(store.q(db, "INSERT INTO issued_cursor (version, nonce) VALUES (?, ?) "
                                   "ON CONFLICT DO NOTHING"), (version, uuid.uuid4().hex))
    found = store.cursor_nonce(db, version)  # ours, or that of a reader who stored it first
    assert found is not None
    return found


def _parents(db: Database, page: list[dict[str, Any]], since_version: int) -> list[
    dict[str, Any]
]:
    """Parents of the page's records that come later in the feed, to send first."""
    have = {(c["entity"], c["id"]) for c in page}
    extra: list[dict[str, Any]] = []
    todo = page
    for _level in range(3):
        wanted: dict[str, set[str]] = {}
        for change in todo:
            if change["op"] != "upsert":
                continue
            spec = wire.ENTITIES.get(change["entity"])
            if spec is None:
                continue
            for name, parent in spec.parents.items():
                ref = change["fields"].get(name)
                if isinstance(ref, str) and (parent, ref) not in have:
                    wanted.setdefault(parent, set()).add(ref)
        found: list[dict[str, Any]] = []
        for parent, keys in wanted.items():
            ordered = sorted(keys)
            for start in range(0, len(ordered), 500):
                chunk = ordered[start:start + 500]
                marks = ", ".join("?" for _ in chunk)
                rows = db.execute_sql(
                    store.q(db, f"SELECT {_COLUMNS} FROM record WHERE entity = ? AND version > ?"
                                f" AND deleted = ? AND key IN ({marks})"),
                    (parent, since_version, False, *chunk),
                ).fetchall()
                for row in rows:
                    change = _change(row)
                    have.add((change["entity"], change["id"]))
                    found.append(change)
        if not found:
            break
        extra = found + extra
        todo = found
    extra.sort(key=lambda c: wire.ENTITIES[c["entity"]].rank)
    return extra
