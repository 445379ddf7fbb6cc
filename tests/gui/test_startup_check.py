"""The data file's integrity check runs behind the first screen at start-up (it reads the whole
file): a file damaged where only the check looks still opens the window, and is then explained
in one sentence and the app exits with 1, as a file damaged at opening is."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldsessions.db import store
from fieldsessions.gui import application
from fieldsessions.services.participants import ParticipantInput, add_participant


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings() of the app (what run_app uses) redirected to a temporary folder."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(Path.home() / ".config"))


def damaged_index(path: Path) -> None:
    """A data file with 300 participants whose last participant index page is scribbled
    over: it opens and lists, but its integrity check fails."""
    store.open_store(path)
    for i in range(300):
        add_participant(ParticipantInput(name=f"Person {i}", external_id=f"X{i}"))
    store.close_store()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT MAX(rootpage) FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = 'participant'").fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    for offset in range(start + 100, start + page_size, 3):
        data[offset] = 0x7F
    path.write_bytes(bytes(data))


def test_damage_found_by_the_check_behind_the_window_is_explained_and_exits_with_1(
    qtbot: QtBot, tmp_path: Path, user_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "field.sqlite"
    damaged_index(path)
    store.open_store(path, check_integrity=False)  # it does open without the check
    store.close_store()
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert application.run_app(path) == 1
    assert len(shown) == 1
    assert shown[0].startswith(f"The data file {path} is damaged")
    assert "Traceback" not in shown[0]
