"""Shared test set-up: Qt runs offscreen; every test gets its own fresh data file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import, or pytest aborts
# Dates are written day first whatever the machine's locale (core.dates reads LC_ALL, LC_TIME,
# LANG; the CLI subprocesses inherit this too).
os.environ.pop("LC_ALL", None)
os.environ["LC_TIME"] = "C.UTF-8"

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldsessions.db import store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldsessions.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """A fresh, migrated local store bound to the models."""
    database = store.open_store(db_path)
    yield database
    store.close_store()
