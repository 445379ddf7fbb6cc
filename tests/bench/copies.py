"""Fresh copies of a template data file for one benchmark round: ours (through the store) or
raw (plain sqlite3 with the same pragmas), so both sides start from identical bytes."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path


def checkpoint(path: Path) -> None:
    """Fold a closed database's WAL back into its file, so that copying the one file copies
    everything (no -wal data is left beside it afterwards)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError(f"{wal} still holds data; is the database still open?")


def fresh_copy(template: Path, folder: Path, label: str) -> Path:
    path = folder / f"{label}-{uuid.uuid4().hex}.sqlite"
    shutil.copy(template, path)
    return path


def raw_connection(template: Path, folder: Path) -> sqlite3.Connection:
    """A copy opened with plain sqlite3: WAL, synchronous=FULL, foreign keys, autocommit."""
    conn = sqlite3.connect(fresh_copy(template, folder, "raw"), isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=2")
    conn.execute("PRAGMA foreign_keys=1")
    return conn
