"""The local data file: pragmas, versions, migration from a v1 file, damaged and newer files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldsessions.core.errors import StoreError
from fieldsessions.db import store
from fieldsessions.db.models import Attendance, Completion, Device, Participant, Programme

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "v1.sqlite"


def _columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")'))
                for t in sorted(tables)}
    finally:
        conn.close()


def _indexes(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT tbl_name, name FROM sqlite_master WHERE type='index' "
                                   "AND name NOT LIKE 'sqlite_%'").fetchall())
    finally:
        conn.close()


def test_new_file_uses_wal_full_sync_foreign_keys_and_latest_version(db_path: Path) -> None:
    db = store.open_store(db_path)
    try:
        pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert pragma("foreign_keys") == 1
        assert pragma("journal_size_limit") == 16 * 1024 * 1024
        assert pragma("user_version") == store.SCHEMA_VERSION
        assert Device.select().count() == 1
    finally:
        store.close_store()


def test_v1_file_migrates_keeping_its_data_after_an_online_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    seen: list[tuple[int, int]] = []
    store.open_store(path, before_migration=lambda old, new: seen.append((old, new)))
    try:
        assert seen == [(1, store.SCHEMA_VERSION)]
        assert Programme.get_by_id("prog-1").name == "Parenting circle"
        assert Participant.get_by_id("part-1").name == "Wanjiru Kamau"
        assert Attendance.get_by_id("att-1").minutes is None  # the column added by v2
        assert Completion.select().count() == 0  # the table added by v2
        assert Device.get().next_seq == 4  # the outbox sequence is not reset
    finally:
        store.close_store()
    backups = list((tmp_path / "backups").glob("old-*-v1.sqlite"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT name FROM participant").fetchall() == [("Wanjiru Kamau",)]
    backup.close()
    fresh = tmp_path / "fresh.sqlite"
    store.open_store(fresh)
    store.close_store()
    assert _columns(path) == _columns(fresh)
    assert _indexes(path) == _indexes(fresh)  # the indexes added since v1 too


def test_failed_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    from fieldsessions.db import migrations

    real_step = migrations.STEPS[1]

    def broken(db: object) -> None:
        real_step(db)  # type: ignore[arg-type]
        raise RuntimeError("disk unplugged")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(RuntimeError):
        store.open_store(path)
    store.close_store()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [r[1] for r in conn.execute('PRAGMA table_info("attendance")')]
    assert "minutes" not in columns  # the half-done step was rolled back
    conn.close()


def test_file_from_a_newer_version_is_refused_and_left_unchanged(db_path: Path) -> None:
    store.open_store(db_path)
    store.close_store()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer version of fieldsessions"):
        store.open_store(db_path)
    assert db_path.read_bytes() == before


def test_damaged_file_is_reported_naming_the_file_and_the_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "field.sqlite"
    (tmp_path / "backups").mkdir()
    newest = tmp_path / "backups" / "field-20260101T000000-v1.sqlite"
    newest.write_bytes(b"x")
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError) as caught:
        store.open_store(path)
    message = str(caught.value)
    assert str(path) in message and "damaged" in message and str(newest) in message


def test_corrupted_pages_fail_the_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "field.sqlite"
    store.open_store(path)
    from fieldsessions.services.participants import ParticipantInput, add_participant

    for i in range(300):
        add_participant(ParticipantInput(name=f"Person {i}", external_id=f"X{i}"))
    store.close_store()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6), 7):
        data[offset] = 0xFF  # scribble over b-tree pages
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged"):
        store.open_store(path)


def test_an_unrelated_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not a fieldsessions data file"):
        store.open_store(path)


def test_path_resolution_prefers_db_flag_then_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path / "env.sqlite"))
    assert store.resolve_path(str(tmp_path / "flag.sqlite")) == tmp_path / "flag.sqlite"
    assert store.resolve_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv(store.ENV_VAR)
    assert store.resolve_path(None).name == "fieldsessions.sqlite"
