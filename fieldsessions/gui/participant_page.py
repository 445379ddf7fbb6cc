"""A participant's page: what they achieved across programmes, and their pathway progress.

Seed 000's "social profile": every outcome ticked as achieved for the person, in any programme,
with the date it was first achieved (services.outcomes.participant_profile), and for each
completion pathway whether they completed it or what they still need
(services.profiles.participant_page). Read only; loaded on the database worker.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.gui.helpers import count_text, fill, format_day, while_alive
from fieldsessions.gui.worker import DbWorker

if TYPE_CHECKING:
    from fieldsessions.services.profiles import ParticipantPage, PathwayStanding

log = logging.getLogger(__name__)


def _load(participant_id: str) -> ParticipantPage:
    from fieldsessions.services import profiles

    return profiles.participant_page(participant_id)


class ParticipantPageDialog(QDialog):
    """Attributes:
        outcomes_table: Programme, outcome, first achieved on (one row per outcome).
        pathways_list: one line per pathway: complete on a date, or what is still needed.
    """

    def __init__(self, worker: DbWorker, participant_id: str, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.loaded = False
        self.setWindowTitle(fill(self.tr("%1 — participant"), name) if name
                            else self.tr("Participant"))
        self.setAccessibleName(self.windowTitle())
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setText(name)
        outcomes_label = QLabel(self.tr("&Outcomes achieved, across programmes:"), self)
        self.outcomes_table = QTableWidget(0, 3, self)
        self.outcomes_table.setObjectName("profileTable")
        self.outcomes_table.setAccessibleName(self.tr("Outcomes achieved"))
        self.outcomes_table.setHorizontalHeaderLabels(
            [self.tr("Programme"), self.tr("Outcome"), self.tr("First achieved")])
        self.outcomes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcomes_table.verticalHeader().setVisible(False)
        self.outcomes_table.setTabKeyNavigation(False)
        header = self.outcomes_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        outcomes_label.setBuddy(self.outcomes_table)
        self.outcomes_note = QLabel(self)
        self.outcomes_note.setWordWrap(True)
        pathways_label = QLabel(self.tr("&Pathways:"), self)
        self.pathways_list = QListWidget(self)
        self.pathways_list.setObjectName("pathwaysList")
        self.pathways_list.setAccessibleName(self.tr("Pathway progress"))
        pathways_label.setBuddy(self.pathways_list)
        self.pathways_note = QLabel(self)
        self.pathways_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(outcomes_label)
        layout.addWidget(self.outcomes_table, 3)
        layout.addWidget(self.outcomes_note)
        layout.addWidget(pathways_label)
        layout.addWidget(self.pathways_list, 1)
        layout.addWidget(self.pathways_note)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self._worker.run(lambda: _load(participant_id), while_alive(self, self._on_loaded),
                         while_alive(self, self._on_failed))

    def standing_text(self, standing: PathwayStanding) -> str:
        if standing.complete and standing.completed_on is not None:
            return fill(self.tr("%1: complete on %2"), standing.name,
                        format_day(standing.completed_on))
        return fill(self.tr("%1: still needs %2"), standing.name, "; ".join(standing.missing))

    def _on_loaded(self, page: ParticipantPage) -> None:
        self.heading.setText(page.name + (f"  ({page.external_id})" if page.external_id
                                          else ""))
        self.outcomes_table.setRowCount(len(page.outcomes))
        for row, entry in enumerate(page.outcomes):
            for column, text in enumerate((entry.programme_name, entry.outcome_title,
                                           format_day(entry.achieved_on))):
                self.outcomes_table.setItem(row, column, QTableWidgetItem(text))
        programmes = len({e.programme_id for e in page.outcomes})
        self.outcomes_note.setText(
            fill(self.tr("No outcome is ticked as achieved for %1 yet. Outcomes are ticked on "
                         "a session's Outcomes page (Roster tab)."), page.name)
            if not page.outcomes else
            fill(self.tr("%1 in %2."), count_text(len(page.outcomes), self.tr("1 outcome"),
                                                   self.tr("%1 outcomes")),
                 count_text(programmes, self.tr("1 programme"), self.tr("%1 programmes"))))
        self.pathways_list.clear()
        for standing in page.pathways:
            self.pathways_list.addItem(self.standing_text(standing))
        self.pathways_note.setText(
            self.tr("No pathways yet. A pathway groups programmes that together earn a "
                    "certificate; make one in a programme's Edit dialog.")
            if not page.pathways else "")
        self.pathways_note.setVisible(not page.pathways)
        self.pathways_list.setVisible(bool(page.pathways))  # no empty box: the note says why
        self.loaded = True

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, FieldSessionsError):
            self.outcomes_note.setText(str(exc))
        else:
            log.error("loading a participant's page failed", exc_info=exc)
            self.outcomes_note.setText(fill(self.tr("The page could not be loaded (%1); "
                                                    "details are in the log file."),
                                            type(exc).__name__))
        self.loaded = True
