"""Alt+letter mnemonics a keyboard user can rely on: on every tab and page of the main window
and of the programme dialog, each letter shown underlined belongs to one control, and none
takes a letter of the menu bar (Alt+S opened the Session menu instead of the Session field)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.programme_dialog import ProgrammeDialog
from fieldsessions.gui.worker import DbWorker
from tests.gui.windows import idle

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found[1].lower() if found else None


def texts_shown(window: QWidget) -> Iterator[tuple[str, str]]:
    """(text, what) of every control with a mnemonic the user can reach now: the menu bar's
    titles, tab texts of the tab bars shown, and labels, buttons and group boxes shown."""
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            yield action.text(), f"menu {action.text()!r}"
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            for i in range(tabs.count()):
                yield tabs.tabText(i), f"tab {tabs.tabText(i)!r}"
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and not _rich(widget):
            yield widget.text(), f"label {widget.text()!r}"
        elif isinstance(widget, QAbstractButton):
            yield widget.text(), f"{type(widget).__name__} {widget.text()!r}"
        elif isinstance(widget, QGroupBox):
            yield widget.title(), f"group {widget.title()!r}"


def _rich(label: QLabel) -> bool:
    """Rich text has no mnemonic ('&nbsp;' is an entity, not Alt+N)."""
    form = label.textFormat()
    return form == Qt.TextFormat.RichText or (
        form == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def clashes(window: QWidget, where: str) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, what in texts_shown(window):
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(what)
    return [f"{where}: Alt+{letter.upper()} for {', '.join(owners)}"
            for letter, owners in sorted(by_letter.items()) if len(owners) > 1]


def every_page(tabs: QTabWidget) -> Iterator[int]:
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield i


def test_the_mnemonic_check_finds_a_clash(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("&Session:", widget)
    QLabel("Sa&ve && close", widget).move(0, 30)
    widget.show()
    assert mnemonic("Sa&ve && close") == "v" and mnemonic("Tom && Jerry") is None
    assert clashes(widget, "test") == []
    QLabel("&session", widget).move(0, 60)
    widget.findChildren(QLabel)[-1].show()
    assert clashes(widget, "test") == ["test: Alt+S for label '&Session:', label '&session'"]


def test_no_two_controls_of_the_main_window_share_an_alt_letter(
    qtbot: QtBot, window: MainWindow, worker: DbWorker
) -> None:
    from fieldsessions.services import programmes
    from tests.unit.helpers import people, programme

    p = programme("Parenting circle", count=4)
    people(2, p.id)
    window.sessions_tab.reload()
    window.open_session(programmes.list_sessions(p.id, kind="past")[0].id)
    roster = window.roster_tab
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2, timeout=10000)
    found: list[str] = []
    for i in every_page(window.tabs):
        idle(qtbot, worker)
        name = window.tabs.tabText(i)
        if window.tabs.currentWidget() is window.roster_page:
            for j in every_page(roster.pages):
                idle(qtbot, worker)
                found += clashes(window, f"{name} > {roster.pages.tabText(j)}")
        else:
            found += clashes(window, name)
    assert found == [], "\n".join(found)
    window.close()


def test_no_two_controls_of_the_programme_dialog_share_an_alt_letter(
    qtbot: QtBot, worker: DbWorker
) -> None:
    dialog = ProgrammeDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    found: list[str] = []
    for tabs in dialog.findChildren(QTabWidget):
        for j in every_page(tabs):
            found += clashes(dialog, tabs.tabText(j))
    assert found == [], "\n".join(found)
    dialog.close()
