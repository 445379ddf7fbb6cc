"""Fresh copies of a template data file for one benchmark round: ours (through the store) or
raw (plain sqlite3 with the same pragmas), so both sides start from identical bytes."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path


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
