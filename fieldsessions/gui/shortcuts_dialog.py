"""Help > Keyboard shortcuts: every key the window answers to, read from what is installed.

The list is collected when it is opened, from the window's own objects, so it cannot drift from
the keys that work: every QAction with a shortcut (menus, toolbar, tab switching), every enabled
QShortcut (each says what it does in its whatsThis, and where from its widget), the roll's own
keys (roster_tab.MARK_KEYS, which the roll dispatches on, and roll_keys()) and the Alt+letter
rule for the underlined letters of buttons and fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.enums import AttendanceStatus
from fieldsessions.core.i18n import tr

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ShortcutRow:
    keys: str
    what: str
    where: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _where(widget: QWidget | None, window: QWidget) -> str:
    """The tab (or named list) a shortcut works in."""
    while widget is not None and widget is not window:
        name = widget.objectName()
        if name in ("sessions", "roster", "reports"):
            return {"sessions": tr("Sessions tab"), "roster": tr("Roster tab"),
                    "reports": tr("Reports tab")}[name]
        widget = widget.parentWidget()
    return tr("Everywhere")


def collect_shortcuts(window: QWidget) -> list[ShortcutRow]:
    """Every shortcut installed in `window`, in the order found, without repeats."""
    rows: list[ShortcutRow] = []
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(NATIVE)  # the primary key: a standard key's
        if keys and action.isVisible():             # others are keyboards' own ("Save")
            parent = action.parent()
            where = _where(parent if isinstance(parent, QWidget) else None, window)
            rows.append(ShortcutRow(keys, _plain(action.text()), where))
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(NATIVE)
        if keys and shortcut.isEnabled():
            parent = shortcut.parent()
            rows.append(ShortcutRow(keys, shortcut.whatsThis(),
                                    _where(parent if isinstance(parent, QWidget) else None,
                                           window)))
    from fieldsessions.gui.roster_tab import MARK_KEYS, roll_keys

    marks = {AttendanceStatus.PRESENT.value: tr("Mark present"),
             AttendanceStatus.LATE.value: tr("Mark late"),
             AttendanceStatus.EXCUSED.value: tr("Mark excused"),
             AttendanceStatus.ABSENT.value: tr("Mark absent")}
    for key, status in MARK_KEYS.items():
        rows.append(ShortcutRow(QKeySequence(key).toString(NATIVE), marks[status],
                                tr("Roll call")))
    rows.extend(ShortcutRow(" / ".join(QKeySequence(key).toString(NATIVE) or key
                                       for key in keys.split(" / ")), what,
                            tr("Roll call"))  # "Delete" written as every other key: "Del"
                for keys, what in roll_keys())
    rows.append(ShortcutRow(tr("Alt + underlined letter"),
                            tr("The button, field or tab with that letter underlined"),
                            tr("Everywhere")))
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for row in rows:
        found = (row.keys, row.what, row.where)
        if found not in seen:
            seen.add(found)
            unique.append(row)
    return unique


class ShortcutsDialog(QDialog):
    """Attributes:
        table: Keys, what they do, where they work.
    """

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.rows = collect_shortcuts(window)
        intro = QLabel(self.tr("Every key the window answers to. Roll call needs only the "
                               "keyboard: P, L, E or A marks the person and moves on."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does"),
                                              self.tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for i, row in enumerate(self.rows):
            for column, text in enumerate((row.keys, row.what, row.where)):
                self.table.setItem(i, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
