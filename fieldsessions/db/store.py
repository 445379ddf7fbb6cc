"""Opening the local data file: pragmas, integrity check, schema version, migrations, backups.

A field laptop loses power mid-write, so the file runs in WAL mode with synchronous=FULL and
every multi-row change is one IMMEDIATE transaction. Known environment problems (damaged file,
newer schema, disk full, locked) become a StoreError with a sentence for the user; anything
else is a bug and propagates.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from fieldsessions.core.errors import StoreError
from fieldsessions.core.i18n import count_text, fill, tr
from fieldsessions.core.values import not_a_file
from fieldsessions.db import migrations
from fieldsessions.db.models import ALL_MODELS, Device, Setting, database
from fieldsessions.db.paths import ENV_VAR as ENV_VAR  # the path's rules, kept peewee-free
from fieldsessions.db.paths import default_path as default_path
from fieldsessions.db.paths import demo_path as demo_path
from fieldsessions.db.paths import resolve_path as resolve_path

log = logging.getLogger(__name__)

SCHEMA_VERSION = migrations.LATEST
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "cache_size": -16000,
    "wal_autocheckpoint": 1000,  # SQLite's default, said here: a sync turns it off a while
    # ...and its WAL, tens of MB after a big one, is cut back to this once copied back.
    "journal_size_limit": 16 * 1024 * 1024,
}


# A demo file says so in its Setting table: nothing done in it is ever queued for the server.
DEMO_KEY = "demo_file"
_state = {"demo": False}  # whether the open store is a demo file (read once, on opening)


def is_demo() -> bool:
    """Whether the open data file is a demo file (its changes are never queued for sync)."""
    return _state["demo"]


def mark_demo() -> None:
    """Make the open data file a demo file, for good (call on an empty file only)."""
    Setting.insert(key=DEMO_KEY, value="1").on_conflict_replace().execute()
    _state["demo"] = True


def backup_dir(path: Path) -> Path:
    """The backups folder beside the data file, as a full path (messages name it)."""
    return path.absolute().parent / "backups"


def newest_backup(path: Path) -> Path | None:
    folder = backup_dir(path)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob(f"{path.stem}-*.sqlite"), key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None


def backup(db: SqliteDatabase, path: Path, label: str) -> Path:
    """An online copy made with SQLite's backup API (consistent even while in use)."""
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{path.stem}-{stamp}-{label}.sqlite"
    destination = sqlite3.connect(target)
    try:
        db.connection().backup(destination)
    finally:
        destination.close()
    log.info("backup written to %s", target)
    return target


def _in_words(detail: str) -> str:
    """What SQLite said about a damaged file, in words (its own text goes to the log)."""
    text = detail.lower()
    if "not a database" in text or "encrypted" in text:
        return tr("it does not begin as a data file does")
    problems = [line for line in detail.splitlines()
                if line.strip() and not line.strip().startswith("***")]
    if text.startswith(_CHECK):
        count = len(problems) or 1
        return count_text(count, tr("the check of its contents found 1 damaged place"),
                          tr("the check of its contents found %1 damaged places"))
    return tr("parts of it cannot be read")


_CHECK = "integrity check:"


def _damaged(path: Path, detail: str) -> StoreError:
    log.warning("data file %s is damaged: %s", path, detail)
    newest = newest_backup(path)
    hint = (
        fill(tr("The newest backup is %1; `fieldsessions restore --db %2` puts it back (the "
                "damaged file is kept beside it)."), newest, path) if newest else
        fill(tr("No backup of it was found in %1."), backup_dir(path))
    )
    return StoreError(fill(tr("The data file %1 is damaged (%2)."), path, _in_words(detail))
                      + " " + hint)


_DAMAGE = ("malformed", "file is not a database", "file is encrypted", "not a database")
_current: Path | None = None  # the data file open now, for messages about it


SQLITE_HEADER = b"SQLite format 3\x00"
# The starts of files people give --db by mistake (a data file whose first page was
# overwritten starts with none of these; it is left to the damage check, which names a backup).
_SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
_OTHER_FORMATS = (
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "picture"),
    (b"\xff\xd8\xff", "picture"),
)


def _format_words(kind: str) -> str:
    """What a file of `kind` (from _OTHER_FORMATS, or "spreadsheet") is, in words."""
    return {"zip": tr("a ZIP file or an office document"), "office": tr("an office document"),
            "pdf": tr("a PDF"), "picture": tr("a picture"),
            "spreadsheet": tr("a spreadsheet")}[kind]


def _not_a_data_file(path: Path) -> StoreError | None:
    """A path that cannot be a data file, said before SQLite touches it: a device, a pipe
    or a socket (SQLite would report a full disk, or fail on /dev/null), or a text file such
    as a roster CSV given to --db by mistake (SQLite would call it damaged). A file that is
    neither SQLite nor text is left to the damage check (it may be a data file whose start
    was overwritten, which a backup can restore)."""
    # The suggestion is the usual data file: a file beside a device (/dev/null) cannot be one.
    wrong = not_a_file(path, fill(tr("a data file, such as %1"), default_path()))
    if wrong is not None:
        return StoreError(wrong + " " + tr("Nothing was written."))
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None  # missing (a new file) or unreadable: the permission check says which
    if not head or head.startswith(SQLITE_HEADER):
        return None
    looks = next((what for magic, what in _OTHER_FORMATS if head.startswith(magic)), None)
    if looks is not None and path.suffix.lower() in _SPREADSHEETS:
        looks = "spreadsheet"
    if looks is not None:
        return StoreError(fill(
            tr("%1 is not a fieldsessions data file (it looks like %2); nothing was written to "
               "it. Give --db the path of a data file (.sqlite); to bring in a roster use "
               "`fieldsessions import-roster FILE`."), path, _format_words(looks)))
    if b"\0" in head or b"\n" not in head:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not merely a character cut at the 4096th byte
            return None
    return StoreError(fill(
        tr("%1 is a text file (such as a CSV), not a fieldsessions data file; nothing was "
           "written to it. To bring in a roster use `fieldsessions import-roster FILE`; give "
           "--db the path of a data file (.sqlite)."), path))


def _permission_problem(path: Path) -> StoreError | None:
    """The file or its folder may not be written by this user (told apart from damage)."""
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return StoreError(fill(
            tr("You may not read and write the data file %1 (its permissions); it is not "
               "damaged. Ask whoever owns it to let you write it, or copy it somewhere you "
               "may."), path))
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK | os.X_OK):
        return StoreError(fill(
            tr("You may not write in the folder %1 (its permissions), and the data file needs "
               "to write beside itself; the file is not damaged. Use a folder you may write "
               "in."), path.parent))
    return None


def _known_problems() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(what SQLite says, the sentence for the user), in the user's language."""
    return (
        (("database is locked", "database table is locked"),
         tr("The data file is busy: another fieldsessions window or program is writing to it. "
            "Try again in a moment; nothing was changed.")),
        (("database or disk is full", "disk i/o error"),
         tr("The disk is full or failing; free some space and try again. Nothing was "
            "changed.")),
        (("readonly database", "read-only"),
         tr("The data file is read-only; you cannot save changes to it here.")),
        (("unable to open database file",),
         tr("The data file cannot be opened: check that its folder exists and that you may "
            "write there.")),
    )


def explain(exc: BaseException) -> StoreError | None:
    """A known environment problem of SQLite (locked, disk full, read-only, a damaged file) as
    a sentence for the user; None for anything else, which is a bug and keeps its traceback in
    the log."""
    if not isinstance(exc, sqlite3.Error | DatabaseError):
        return None
    text = str(exc).lower()
    if _current is not None and any(needle in text for needle in _DAMAGE):
        return _damaged(_current, str(exc))
    for needles, sentence in _known_problems():
        if any(needle in text for needle in needles):
            return StoreError(sentence)
    return None


def _quick_check(db: SqliteDatabase, path: Path) -> None:
    row = db.execute_sql("PRAGMA quick_check").fetchone()
    if row is None or row[0] != "ok":
        db.close()
        raise _damaged(path, f"{_CHECK}{row[0] if row else 'no answer'}")


def verify_integrity(path: str | os.PathLike[str]) -> None:
    """The integrity check of the open data file (for a store opened without it): a
    StoreError naming the file and its newest backup when damaged (the store is closed)."""
    try:
        _quick_check(database.obj, Path(path))
    except DatabaseError as exc:
        close_store()
        raise _damaged(Path(path), str(exc)) from exc


def open_store(
    path: str | os.PathLike[str],
    *,
    before_migration: Callable[[int, int], None] | None = None,
    check_integrity: bool = True,
) -> SqliteDatabase:
    """Open (creating if needed) and migrate the data file; bind the models to it.

    `before_migration(old, new)` is called after the backup and before any change (tests use it).
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(fill(tr("%1 is a folder; give the path of a data file, such as %2."),
                              path, path / "fieldsessions.sqlite"))
    wrong = _not_a_data_file(path)
    if wrong is not None:
        raise wrong
    path.parent.mkdir(parents=True, exist_ok=True)
    denied = _permission_problem(path)
    if denied is not None:
        raise denied
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", autoconnect=True)
    try:
        db.connect(reuse_if_open=True)
        if check_integrity:
            _quick_check(db, path)
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    except (DatabaseError, sqlite3.DatabaseError) as exc:  # a fetch raises sqlite3's own
        db.close()
        text = str(exc).lower()
        if not any(needle in text for needle in _DAMAGE):
            known = explain(exc)  # locked, read-only, cannot open: not damage
            if known is not None:
                raise StoreError(fill(tr("%1: %2", "file: problem"), path, known)) from exc
        raise _damaged(path, str(exc)) from exc
    if version > SCHEMA_VERSION:
        db.close()
        raise StoreError(fill(
            tr("The data file %1 was written by a newer version of fieldsessions (schema %2; "
               "this version understands up to %3). Update fieldsessions to open it; the file "
               "was not changed."), path, version, SCHEMA_VERSION))
    database.initialize(db)
    global _current
    _current = path  # named by explain() when damage shows up later in a command
    if version == 0:
        if db.get_tables():
            db.close()
            raise StoreError(fill(
                tr("The file %1 is an SQLite file but not a fieldsessions data file."), path))
        with db.atomic():
            db.create_tables(ALL_MODELS)
            db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    elif version < SCHEMA_VERSION:
        backup(db, path, f"v{version}")
        if before_migration is not None:
            before_migration(version, SCHEMA_VERSION)
        migrations.migrate(db, version)
    if Device.select().count() == 0:
        Device.create()
    _state["demo"] = Setting.select().where(Setting.key == DEMO_KEY).exists()
    return db


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def _read_only(source: Path) -> sqlite3.Connection:
    """A read-only connection to `source` that leaves nothing beside it: SQLite opens a WAL
    file with -wal and -shm files, which a read-only connection cannot remove on closing."""
    wal, _ = _sidecars(source)
    if wal.exists() and wal.stat().st_size > 0:  # pages not yet checkpointed: read them too
        return sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    return sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)


def _tidy(before: set[Path], source: Path) -> None:
    """Remove the -wal/-shm files beside `source` that were not there before (a read-only
    connection to a WAL file leaves them, empty)."""
    for side in _sidecars(source):
        if side not in before and side.exists():
            side.unlink(missing_ok=True)


def restore(path: Path, source: Path | None = None) -> tuple[Path, Path | None]:
    """Put a backup (the newest one unless `source` is given) in place of the data file.

    The backup is checked first (quick_check, schema no newer than this version), then copied
    beside the data file; only when the whole copy is written is the data file swapped for it,
    so a failed copy (a full disk) leaves everything as it was. The file it replaces, with its
    WAL when that holds anything, is kept beside it as NAME-replaced-STAMP.sqlite, never
    deleted. Nothing is left beside the backup. Returns (the backup used, where the replaced
    file was kept or None when there was none).
    """
    source = source or newest_backup(path)
    if source is None:
        raise StoreError(fill(tr("No backup of %1 was found in %2."), path, backup_dir(path)))
    if not source.is_file():
        raise StoreError(fill(tr("There is no backup file %1."), source))
    if _same_file(source, path):
        raise StoreError(fill(tr("%1 is the data file itself, not a backup of it; give a file "
                                 "from %2. Nothing was changed."), source, backup_dir(path)))
    existing = {side for side in _sidecars(source) if side.exists()}
    try:
        check = _read_only(source)
        try:
            ok = check.execute("PRAGMA quick_check").fetchone()
            version = check.execute("PRAGMA user_version").fetchone()[0]
        finally:
            check.close()
    except sqlite3.DatabaseError:  # SQLite's own words ("file is not a database") say less
        raise StoreError(fill(tr("The backup %1 cannot be used: it is not a fieldsessions "
                                 "data file. Nothing was changed."), source)) from None
    finally:
        _tidy(existing, source)
    if ok is None or ok[0] != "ok" or not 0 < version <= SCHEMA_VERSION:
        raise StoreError(fill(tr("The backup %1 cannot be used: it fails its check (damaged, "
                                 "or from a newer version). Nothing was changed."), source))
    close_store()
    copy = path.with_name(f".{path.name}.restoring")
    try:
        _copy(source, copy, existing)
    except (OSError, sqlite3.Error) as exc:
        _remove_copy(copy)
        log.warning("restoring %s from %s failed: %s", path, source, exc)
        text = str(exc).lower()
        why = (tr("the disk is full or failing") if "full" in text or "i/o" in text
               else getattr(exc, "strerror", None) or str(exc))
        raise StoreError(fill(tr("%1 was not restored: the backup could not be copied beside "
                                 "it (%2); nothing was changed."), path, why)) from None
    kept = _keep_replaced(path) if path.exists() else None
    os.replace(copy, path)
    log.info("restored %s from %s (replaced file kept as %s)", path, source, kept)
    return source, kept


def _remove_copy(copy: Path) -> None:
    for leftover in (copy, *_sidecars(copy), Path(f"{copy}-journal")):
        leftover.unlink(missing_ok=True)


def _copy(source: Path, copy: Path, existing: set[Path]) -> None:
    """Write a complete copy of `source` at `copy` (a rollback-journal file, nothing beside
    it; opening it turns WAL back on)."""
    _remove_copy(copy)  # one left by a restore cut off before
    reader = _read_only(source)
    writer = sqlite3.connect(copy)
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")
    finally:
        writer.close()
        reader.close()
        _tidy(existing, source)


def _keep_replaced(path: Path) -> Path:
    """Move the data file aside as NAME-replaced-STAMP.sqlite (never over a file kept before),
    with its WAL when that holds anything; its -shm, an index rebuilt on opening, is removed."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = path.with_name(f"{path.stem}-replaced-{stamp}{path.suffix}")
    number = 1
    while kept.exists():  # two restores in one second: never over a file kept before
        number += 1
        kept = path.with_name(f"{path.stem}-replaced-{stamp}-{number}{path.suffix}")
    wal, shm = _sidecars(path)
    os.replace(path, kept)
    if wal.exists() and wal.stat().st_size > 0:
        os.replace(wal, Path(f"{kept}-wal"))
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)
    return kept


def close_store() -> None:
    _state["demo"] = False
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
