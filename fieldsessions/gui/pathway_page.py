"""The programme dialog's Pathways page: the pathways a programme is part of, and a new one.

A completion pathway is a set of programmes that together earn something (core.completion):
every programme in it is needed, except that programmes in a group of alternatives need only
one of them done. Made here as "this programme, and also these": the programmes ticked are
needed too, or, with "Any one of them is enough", any one of them. That covers the two forms
the rules know (all of them, or one of a group) in one short form. A new programme's page
waits until it is saved: a pathway names stored programmes.

Signals:
    created(str): a pathway was stored (its id).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.gui.helpers import fill, while_alive
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.worker import DbWorker

if TYPE_CHECKING:
    from fieldsessions.core.records import ProgrammeInfo
    from fieldsessions.services.profiles import PathwayInfo

log = logging.getLogger(__name__)


def _load(programme_id: str) -> tuple[list[PathwayInfo], list[ProgrammeInfo]]:
    from fieldsessions.services import profiles, programmes

    return profiles.list_pathways(programme_id), programmes.list_programmes()


def _create(name: str, members: list[tuple[str, str]]) -> str:
    from fieldsessions.services import completion

    return completion.create_pathway(name, members)


class PathwayPage(QWidget):
    created = Signal(str)

    def __init__(self, worker: DbWorker, programme_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._programme_id = programme_id
        self.loaded = False
        self.pathways_label = QLabel(self)
        self.pathways_label.setWordWrap(True)
        self.pathways_list = QListWidget(self)
        self.pathways_list.setObjectName("programmePathways")
        self.pathways_list.setAccessibleName(self.tr("Pathways with this programme"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the new pathway"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Safety certificate"))
        name_label = QLabel(self.tr("New pathway na&me:"), self)
        name_label.setBuddy(self.name_edit)
        self.others_list = QListWidget(self)
        self.others_list.setAccessibleName(self.tr("Other programmes in the new pathway"))
        others_label = QLabel(native_keys(self.tr("Also &in it (Space ticks):")), self)
        others_label.setBuddy(self.others_list)
        self.any_box = QCheckBox(self.tr("An&y one of the ticked programmes is enough"), self)
        self.any_box.setToolTip(self.tr("Unticked: this programme and every ticked one are "
                                        "needed. Ticked: this programme and any one of the "
                                        "ticked ones."))
        self.create_button = QPushButton(self.tr("&Create pathway"), self)
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_pathway)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.any_box, 1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pathways_label)
        layout.addWidget(self.pathways_list, 1)
        layout.addWidget(name_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(others_label)
        layout.addWidget(self.others_list, 2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        if programme_id is None:
            self.pathways_label.setText(self.tr(
                "Save the programme first; then reopen it with Edit to put it in a pathway "
                "(programmes that together earn a certificate)."))
            for widget in (self.pathways_list, self.name_edit, self.others_list, self.any_box,
                           self.create_button):
                widget.setEnabled(False)
            self.loaded = True
        else:
            self.reload()

    def reload(self) -> None:
        programme_id = self._programme_id
        assert programme_id is not None
        self._run(lambda: _load(programme_id), self._on_loaded)

    def _run(self, fn: Any, on_done: Any, changes: str | None = None) -> None:
        self._worker.run(fn, while_alive(self, on_done), while_alive(self, self._on_failed),
                         changes=changes)

    def _on_loaded(self, found: tuple[list[PathwayInfo], list[ProgrammeInfo]]) -> None:
        pathways, programmes = found
        self.pathways_list.clear()
        for pathway in pathways:
            self.pathways_list.addItem(fill(self.tr("%1: needs %2"), pathway.name,
                                            "; ".join(pathway.needs)))
        self.pathways_label.setText(
            self.tr("This programme is not in a pathway yet. A pathway groups programmes that "
                    "together earn a certificate: make one below.") if not pathways
            else self.tr("Pathways with this programme:"))
        self.pathways_list.setVisible(bool(pathways))
        self.others_list.clear()
        for p in programmes:
            if p.id == self._programme_id:
                continue
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.others_list.addItem(item)
        if self.others_list.count():
            self.others_list.setCurrentRow(0)
        self.loaded = True

    def ticked(self) -> list[str]:
        return [str(item.data(Qt.ItemDataRole.UserRole))
                for item in (self.others_list.item(i) for i in range(self.others_list.count()))
                if item is not None and item.checkState() == Qt.CheckState.Checked]

    @Slot()
    def create_pathway(self) -> None:
        programme_id = self._programme_id
        if programme_id is None:
            return
        name = self.name_edit.text()
        others = self.ticked()
        if self.any_box.isChecked() and len(others) < 2:
            self.message.setText(self.tr("Tick two or more programmes to offer a choice, or "
                                         "untick “Any one … is enough”."))
            return
        group = "alternatives" if self.any_box.isChecked() else ""
        members = [(programme_id, "")] + [(other, group) for other in others]
        self.loaded = False

        def done(_pathway_id: str) -> None:
            self.message.setText(fill(self.tr("Pathway “%1” created."), " ".join(name.split())))
            self.name_edit.clear()
            self.any_box.setChecked(False)
            self.created.emit(_pathway_id)
            self.reload()

        self._run(lambda: _create(name, members), done, changes="pathways")

    def _on_failed(self, exc: Exception) -> None:
        self.loaded = True
        if isinstance(exc, FieldSessionsError):
            self.message.setText(str(exc))
        else:
            log.error("pathways: a job failed", exc_info=exc)
            self.message.setText(fill(self.tr("Something went wrong (%1); details are in the "
                                              "log file."), type(exc).__name__))
