"""Read paper sheets: the review screen between a scanned or photographed sheet and the roll.

The Roster tab's "Read paper sheets…" asks for files (PDF, PNG, JPEG, TIFF; several at once,
pages in any order) and opens this dialog, which reads them on the worker thread
(fieldsessions.paper) and matches each page to its session's roll (services.paper_sheets).

Left, the pages: those read, then those refused with their sentence (another laptop's
session, an older layout, too blurred). Middle, the rows of the page chosen, the doubtful ones
first, then those that disagree with the laptop, then those with no box marked, then the
clear ones; each with the crop of its boxes. Right, the page itself, straightened, the row
chosen framed in red.

Keys, in the rows: P / L / E / A choose that mark for the row and move down; Delete writes
nothing for it (a mark on the laptop stays); Up / Down move; Enter accepts the page (so does
the "Accept page" button). Nothing is written before that. A row the paper reads clearly for
someone not yet marked is written as read; a doubtful row only when a mark was chosen; a
mark on the laptop only changes when the person chose another one for that row ("old → new"),
never because of the paper alone.

A tick-off template's page lists its boxes instead, one per participant and outcome, in the
same order (doubtful, conflicts with the laptop's ticks, ticked, empty), each with the crop of
its row's boxes. Space ticks or unticks the selected box (what will be written: a box the
paper reads clearly is ticked unless the laptop already set it; a tick on the laptop only
changes when the person pressed Space for that box); Enter accepts the page, whose ticks go
through the outcome grid's service.

Accept writes the page through the same service as `fieldsessions scan-in --accept` (one
transaction, history reason "paper sheet, page N", queued for sync, the page image kept in
"paper-sheets" beside the data file), on the worker thread. `written` tells the Roster tab,
whose Ctrl+Z then takes the page's marks back, as for roll call.

Signals:
    written(str, str, object): session id, what undo calls it, the list of MarkChange.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QImage, QKeyEvent, QPainter, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.records import MarkChange
from fieldsessions.gui.helpers import (
    count_text,
    failure_sentence,
    fill,
    fit_on_screen,
    show_message,
)
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.roll_model import STATUS_LOOK, run_while_alive, status_text
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services.paper_sheets import WalkInEntry

FILE_TYPES = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff"
CROP_HEIGHT = 24  # pixels: a row's boxes as shown in the table
MARK_KEYS = {Qt.Key(ord(look.key)): status for status, look in STATUS_LOOK.items() if look.key}
DOUBTFUL_BACKGROUND = "#fff3cd"
CONFLICT_BACKGROUND = "#f8d7d5"


def _image(pixels: Any) -> QImage:
    """A grey numpy image as a QImage (its own copy: safe to hand to the GUI thread)."""
    data = pixels.copy()  # contiguous rows
    height, width = data.shape[:2]
    return QImage(data.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()


@dataclass(eq=False)
class ReviewPage:
    """One page as the dialog shows it: read and matched (`plan`), or refused (`sentence`).

    `choices` holds what the person chose per participant id (a status, or None: write
    nothing); `written` the marks written once the page was accepted (None before).
    """

    source: str
    plan: Any = None  # services.paper_sheets.PagePlan
    sentence: str = ""
    image: QImage | None = None
    bands: dict[int, tuple[int, int, int, int]] = field(default_factory=dict)
    crops: dict[int, QImage] = field(default_factory=dict)
    choices: dict[str, str | None] = field(default_factory=dict)
    written: int | None = None
    evidence: Path | None = None
    walk_ins: list[Any] = field(default_factory=list)  # paper.reader.WalkInRow, used ones
    walk_in_crops: dict[int, QImage] = field(default_factory=dict)
    typed: dict[int, list[str]] = field(default_factory=dict)  # line -> name, ID, status
    added: int = 0  # walk-ins added once the page was accepted
    tick_choices: dict[tuple[str, str], bool] = field(default_factory=dict)  # box -> ticked
    unlisted: list[Any] = field(default_factory=list)  # paper.reader.TickRowReading, ticked
    tick_frames: dict[tuple[str, str], tuple[int, int, int, int]] = field(
        default_factory=dict)  # a tick-off box's place in its row's crop

    @property
    def tickoff(self) -> bool:
        return self.plan is not None and self.plan.tickoff

    def rows(self) -> list[Any]:
        """The page's marks in review order: doubtful, conflicts, no box marked, the rest."""
        if self.plan is None:
            return []
        if self.tickoff:
            def tick_rank(tick: Any) -> tuple[int, int, int]:
                group = (0 if tick.doubtful or tick.copies else 1 if tick.conflict
                         else 2 if tick.read else 3)
                return group, tick.row, tick.outcome_number

            return sorted(self.plan.ticks, key=tick_rank)

        def rank(mark: Any) -> tuple[int, int]:
            group = (0 if mark.doubtful or mark.copies else 1 if mark.conflict
                     else 2 if mark.unmarked else 3)
            return group, mark.row

        return sorted(self.plan.marks, key=rank)

    def ticked(self, tick: Any) -> bool:
        """Whether the box will be ticked on the laptop once the page is accepted."""
        if tick.key in self.tick_choices:
            return self.tick_choices[tick.key]
        if tick.writable:
            return True
        return bool(tick.current)

    def outcome(self, mark: Any) -> str | None:
        """The status accept will write for this row (None: nothing)."""
        if mark.participant_id in self.choices:
            return self.choices[mark.participant_id]
        return mark.read if mark.writable else None


@dataclass(frozen=True)
class Review:
    pages: list[ReviewPage]
    blank: list[str]


def read_for_review(files: Sequence[str | Path]) -> Review:
    """Worker job: read every page of `files`, match each to its roll, cut out its rows."""
    from fieldsessions.paper.reader import (
        Refusal,
        box_in_crop,
        read_files,
        row_band,
        row_crop,
        walk_in_crop,
    )
    from fieldsessions.services import paper_sheets

    refused, blank, readings = [], [], []
    for reading in read_files(files):
        if isinstance(reading, Refusal):
            if reading.blank:
                blank.append(reading.source)
            else:
                refused.append(ReviewPage(reading.source, sentence=reading.sentence))
        else:
            readings.append(reading)
    plans, not_matched = paper_sheets.plan_all(readings)
    refused += [ReviewPage(r.source, sentence=r.sentence) for r in not_matched]
    read = []
    for plan in plans:
        reading = plan.reading
        rows = ({m.row for m in plan.marks} | {t.row for t in plan.ticks}
                | {u.row for u in reading.unlisted})
        read.append(ReviewPage(
            reading.source, plan, image=_image(reading.straight),
            bands={row: row_band(reading, row) for row in rows},
            crops={row: _image(row_crop(reading, row)) for row in rows},
            walk_ins=list(reading.walk_ins), unlisted=list(reading.unlisted),
            tick_frames={t.key: box_in_crop(reading, t.row,
                                            t.outcome_number - reading.code.first_outcome)
                         for t in plan.ticks},
            walk_in_crops={w.line: _image(walk_in_crop(reading, w)) for w in reading.walk_ins},
            # a box read clearly is the mark; none (or a doubtful one): no mark ("")
            typed={w.line: ["", "", "" if w.reading.doubtful else w.reading.status or ""]
                   for w in reading.walk_ins}))
    return Review(read + refused, blank)


def replan(plans: Sequence[Any]) -> list[Any]:
    """Worker job, once a page is written: every page matched to the roll again (the laptop's
    marks have changed), copies compared again; a page no longer matched: its Refusal."""
    from fieldsessions.paper.reader import Refusal
    from fieldsessions.services import paper_sheets

    fresh = [paper_sheets.plan(plan.reading) for plan in plans]
    matched = paper_sheets.compare_copies([p for p in fresh if not isinstance(p, Refusal)])
    again = iter(matched)
    return [p if isinstance(p, Refusal) else next(again) for p in fresh]


class MarksTable(QTableWidget):
    """The rows of one page; the keys of the module docstring.

    Signals:
        mark_requested(str): a status, or "" to write nothing for the row.
        toggle_requested(): Space (a tick-off box).
        accept_requested(): Enter.
    """

    mark_requested = Signal(str)
    toggle_requested = Signal()
    accept_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                          | Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
        elif key in MARK_KEYS:
            self.mark_requested.emit(MARK_KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.mark_requested.emit("")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_requested.emit()
        elif key == Qt.Key.Key_Space:
            self.toggle_requested.emit()
        else:
            super().keyPressEvent(event)


class PaperReviewDialog(QDialog):
    """Review the pages read from `files`, then write them page by page (see the module)."""

    written = Signal(str, str, object)

    ROW, NAME, PAPER, LAPTOP, WRITE, BOXES = range(6)

    def __init__(self, worker: DbWorker, files: Sequence[str | Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._pages: list[ReviewPage] = []
        self._scaled: tuple[int, int, QPixmap] | None = None  # page index, width, pixmap
        self._busy = False
        self.name_edits: list[QLineEdit] = []  # the walk-in rows' shown
        self.setWindowTitle(self.tr("Read paper sheets"))
        self.resize(1240, 760)
        self._build()
        self.summary_label.setText(fill(self.tr("Reading %1…"), count_text(
            len(files), self.tr("1 file"), self.tr("%1 files"))))
        self._busy = True
        run_while_alive(worker, self, lambda: read_for_review(list(files)),
                        on_done=self._on_read, on_error=self._on_failed)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("What was read"))
        self.summary_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setWordWrap(True)
        self.message_label.setMargin(6)
        self.message_label.setVisible(False)

        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName(self.tr("Pages"))
        self.page_list.setWordWrap(True)
        self.page_list.setMinimumWidth(150)

        self.table = MarksTable(0, 6, self)
        self.table.setAccessibleName(self.tr("Rows of the page"))
        self.table.setAccessibleDescription(native_keys(self.tr(
            "P present, L late, E excused, A absent, Delete writes nothing; arrows move; "
            "Enter accepts the page")))
        self._set_headers(tickoff=False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(CROP_HEIGHT + 6)
        self.table.setIconSize(QSize(CROP_HEIGHT * 8, CROP_HEIGHT))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(30)
        for column, width in ((self.ROW, 34), (self.PAPER, 78), (self.LAPTOP, 80),
                              (self.WRITE, 104), (self.BOXES, CROP_HEIGHT * 8 + 8)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.refusal_label = QLabel(self)
        self.refusal_label.setAccessibleName(self.tr("Why the page was refused"))
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.refusal_label.setMargin(12)
        self.walk_in_title = QLabel(self.tr(
            "Walk-ins written on this page: type each name (and ID or phone) as written. "
            "They are added as walk-ins when you accept the page; a row left without a name "
            "is not."), self)
        self.walk_in_title.setWordWrap(True)
        self.walk_in_rows = QWidget(self)
        self.walk_in_grid = QGridLayout(self.walk_in_rows)
        self.walk_in_grid.setContentsMargins(0, 0, 0, 0)
        self.walk_in_scroll = QScrollArea(self)
        self.walk_in_scroll.setWidget(self.walk_in_rows)
        self.walk_in_scroll.setWidgetResizable(True)
        self.walk_in_area = QWidget(self)
        area = QVBoxLayout(self.walk_in_area)
        area.setContentsMargins(0, 4, 0, 0)
        area.addWidget(self.walk_in_title)
        area.addWidget(self.walk_in_scroll, 1)
        self.rows_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.rows_splitter.setChildrenCollapsible(False)
        self.rows_splitter.addWidget(self.table)
        self.rows_splitter.addWidget(self.walk_in_area)
        self.rows_splitter.setStretchFactor(0, 3)
        self.rows_splitter.setStretchFactor(1, 2)
        self.rows_stack = QStackedWidget(self)
        self.rows_stack.addWidget(self.rows_splitter)
        self.rows_stack.addWidget(self.refusal_label)

        self.page_image = QLabel(self)
        self.page_image.setAccessibleName(self.tr("The page, straightened"))
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidget(self.page_image)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setMinimumWidth(160)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.page_list, self.rows_stack, self.page_scroll):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([170, 700, 330])

        self.hint_label = QLabel(self)
        self._set_hint(tickoff=False)
        self.hint_label.setAccessibleName(self.tr("Keys"))
        self.hint_label.setStyleSheet("color: #555;")
        self.hint_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Accept page"), self)
        self.accept_button.setToolTip(native_keys(self.tr(
            "Write this page's marks in one go (Enter); Ctrl+Z on the roll undoes them")))
        self.accept_button.setAutoDefault(False)
        self.accept_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.page_list.currentRowChanged.connect(self._on_page_chosen)
        self.page_list.activated.connect(lambda _index: self.table.setFocus())
        self.table.currentCellChanged.connect(self._on_row_changed)
        self.table.mark_requested.connect(self.choose)
        self.table.toggle_requested.connect(self.toggle_tick)
        self.table.accept_requested.connect(self.accept_page)
        self.accept_button.clicked.connect(self.accept_page)
        self.close_button.clicked.connect(self.reject)

    def _set_headers(self, *, tickoff: bool) -> None:
        """The table's column titles for a sheet's rows or a tick-off page's boxes."""
        if tickoff:
            self.table.setHorizontalHeaderLabels([
                self.tr("#"), self.tr("Name · outcome"), self.tr("On paper"), self.tr("Laptop"),
                self.tr("Will be written"), self.tr("The row's outcome boxes")])
        else:
            self.table.setHorizontalHeaderLabels([
                self.tr("#"), self.tr("Name"), self.tr("On paper"), self.tr("Laptop"),
                self.tr("Will be written"), self.tr("Boxes: P · L · E · A")])

    def _set_hint(self, *, tickoff: bool) -> None:
        """The keys of the page shown, under the table."""
        if tickoff:
            self.hint_label.setText(native_keys(self.tr(
                "<b>Space</b> tick or untick the selected outcome box · <b>↑ ↓</b> move · "
                "<b>Enter</b> accept the page")))
            self.table.setAccessibleDescription(native_keys(self.tr(
                "Space ticks or unticks the selected outcome box; arrows move; Enter accepts "
                "the page")))
        else:
            self.hint_label.setText(native_keys(self.tr(
                "<b>P</b> present · <b>L</b> late · <b>E</b> excused · <b>A</b> absent · "
                "<b>Del</b> write nothing · <b>↑ ↓</b> move · <b>Enter</b> accept the page")))
            self.table.setAccessibleDescription(native_keys(self.tr(
                "P present, L late, E excused, A absent, Delete writes nothing; arrows move; "
                "Enter accepts the page")))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_on_screen(self)
        # The rows get what is left once the pages list and a quarter for the page are given.
        width = self.splitter.width()
        pages, image = 150, max(180, width // 4)
        self.splitter.setSizes([pages, width - pages - image, image])

    # --- reading --------------------------------------------------------------------------

    def _on_read(self, review: Review) -> None:
        self._busy = False
        self._pages = review.pages
        read = [p for p in review.pages if p.plan is not None]
        refused = len(review.pages) - len(read)
        text = fill(self.tr("%1 read, %2 refused."),
                    count_text(len(read), self.tr("1 page"), self.tr("%1 pages")),
                    refused)
        if review.blank:
            text += " " + fill(self.tr("Skipped as blank: %1."), ", ".join(review.blank))
        if read:
            text += " " + self.tr("Doubtful rows come first; nothing is written before you "
                                  "accept a page.")
        self.summary_label.setText(text)
        for page in review.pages:
            item = QListWidgetItem(self._page_title(page), self.page_list)
            if page.plan is None:
                item.setForeground(QBrush(QColor("#8f1d16")))
        if self._pages:
            self.page_list.setCurrentRow(0)
            self.table.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        self._report_error(exc, self.tr("The sheets could not be read"))
        self.summary_label.setText(self.tr("Nothing was read."))

    def _page_title(self, page: ReviewPage) -> str:
        if page.plan is None:
            return fill(self.tr("%1 — refused"), page.source)
        if page.tickoff:
            title = fill(self.tr("%1\n%2, tick-off page %3"), page.source,
                         page.plan.session_label, page.plan.page)
            if page.written is not None:
                title += "\n" + count_text(page.written, self.tr("✓ 1 tick written"),
                                           self.tr("✓ %1 ticks written"))
            return title
        title = fill(self.tr("%1\n%2, sheet page %3"), page.source, page.plan.session_label,
                     page.plan.page)
        if page.written is not None:
            title += "\n" + count_text(page.written, self.tr("✓ 1 mark written"),
                                       self.tr("✓ %1 marks written"))
        return title

    # --- showing a page -------------------------------------------------------------------

    def current_page(self) -> ReviewPage | None:
        index = self.page_list.currentRow()
        return self._pages[index] if 0 <= index < len(self._pages) else None

    @Slot(int)
    def _on_page_chosen(self, _index: int) -> None:
        page = self.current_page()
        self._scaled = None
        if page is None:
            return
        if page.plan is None:
            self.refusal_label.setText(page.sentence)
            self.rows_stack.setCurrentWidget(self.refusal_label)
            self.page_image.clear()
            self.page_image.setText(self.tr("Refused: nothing on this page is written."))
            self.accept_button.setEnabled(False)
            return
        self.rows_stack.setCurrentWidget(self.rows_splitter)
        self._set_headers(tickoff=page.tickoff)
        self._set_hint(tickoff=page.tickoff)
        if page.tickoff:
            self._fill_ticks(page)
        else:
            self._fill_table(page)
        self._fill_walk_ins(page)
        self.accept_button.setEnabled(page.written is None and not self._busy)
        self.table.setCurrentCell(0, self.NAME)

    def _fill_table(self, page: ReviewPage) -> None:
        rows = page.rows()
        self.table.setRowCount(len(rows))
        for r, mark in enumerate(rows):
            number = QTableWidgetItem(str(mark.row))
            number.setData(Qt.ItemDataRole.UserRole, mark.participant_id)
            name = mark.name + (f" ({mark.external_id})" if mark.external_id else "")
            paper = (self.tr("blank") if mark.read is None
                     else status_text(mark.read))
            if mark.doubtful:
                paper = fill(self.tr("%1?"), paper)
            if mark.copies:
                paper = fill(self.tr("%1 (the copies differ)"), paper)
            laptop = status_text(mark.current) if mark.current else self.tr("not marked")
            crop = QTableWidgetItem()
            image = page.crops.get(mark.row)
            if image is not None:
                crop.setData(Qt.ItemDataRole.DecorationRole, QPixmap.fromImage(
                    image.scaledToHeight(CROP_HEIGHT,
                                         Qt.TransformationMode.SmoothTransformation)))
                crop.setToolTip(self.tr("The boxes as read: present, late, excused, absent"))
            items = [number, QTableWidgetItem(name), QTableWidgetItem(paper),
                     QTableWidgetItem(laptop), QTableWidgetItem(self._write_text(page, mark)),
                     crop]
            tip = "\n".join(filter(None, (mark.note, self._copies_text(mark))))
            background = (DOUBTFUL_BACKGROUND if mark.doubtful or mark.copies else
                          CONFLICT_BACKGROUND if mark.conflict else None)
            for column, item in enumerate(items):
                if tip:
                    item.setToolTip(tip)
                if background:
                    item.setBackground(QBrush(QColor(background)))
                self.table.setItem(r, column, item)

    def _fill_ticks(self, page: ReviewPage) -> None:
        """A tick-off page's boxes, one table row each (see `ReviewPage.rows`)."""
        boxes = page.rows()
        self.table.setRowCount(len(boxes))
        for r, tick in enumerate(boxes):
            number = QTableWidgetItem(str(tick.row))
            number.setData(Qt.ItemDataRole.UserRole, tick.key)
            who = tick.name + (f" ({tick.external_id})" if tick.external_id else "")
            name = QTableWidgetItem(fill(self.tr("%1 · %2. %3"), who, tick.outcome_number,
                                         tick.outcome_title))
            paper = self._tick_text(tick.read)
            if tick.doubtful:
                paper = fill(self.tr("%1?"), paper)
            if tick.copies:
                paper = fill(self.tr("%1 (the copies differ)"), paper)
            laptop = (self.tr("not set") if tick.current is None
                      else self._tick_text(tick.current))
            crop = QTableWidgetItem()
            image = page.crops.get(tick.row)
            if image is not None:
                crop.setData(Qt.ItemDataRole.DecorationRole,
                             self._framed_crop(image, page.tick_frames.get(tick.key)))
                crop.setToolTip(self.tr("The row's outcome boxes as read, left to right; "
                                        "this outcome's box framed in red"))
            items = [number, name, QTableWidgetItem(paper), QTableWidgetItem(laptop),
                     QTableWidgetItem(self._tick_write_text(page, tick)), crop]
            background = (DOUBTFUL_BACKGROUND if tick.doubtful or tick.copies else
                          CONFLICT_BACKGROUND if tick.conflict else None)
            tip = "\n".join(filter(None, (tick.note, self._copies_text(tick))))
            for column, item in enumerate(items):
                if tip:
                    item.setToolTip(tip)
                if background:
                    item.setBackground(QBrush(QColor(background)))
                self.table.setItem(r, column, item)
            name.setToolTip("\n".join(filter(None, (name.text(), tip))))

    def _copies_text(self, mark: Any) -> str:
        """What each copy of the page read on a row (or box) they differ on ("" if alike)."""
        if not mark.copies:
            return ""
        parts = []
        for source, read, doubtful in mark.copies:
            text = (self._tick_text(read) if isinstance(read, bool)
                    else self.tr("blank") if read is None else status_text(read))
            if doubtful:
                text = fill(self.tr("%1?"), text)
            parts.append(fill(self.tr("%1 on %2"), text, source))
        return fill(self.tr("This page was read more than once and its copies differ here: "
                            "%1. Nothing is written unless you choose."), "; ".join(parts))

    @staticmethod
    def _framed_crop(image: QImage, frame: tuple[int, int, int, int] | None) -> QPixmap:
        """A row's crop at the table's height, with one box framed in red."""
        pixmap = QPixmap.fromImage(image.scaledToHeight(
            CROP_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        if frame is not None and image.height():
            factor = CROP_HEIGHT / image.height()
            left, top, right, bottom = (round(v * factor) for v in frame)
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor("#d0021b"), 2))
            painter.drawRect(QRect(left - 2, top - 2, right - left + 4, bottom - top + 4))
            painter.end()
        return pixmap

    def _tick_text(self, ticked: bool) -> str:
        return self.tr("ticked") if ticked else self.tr("not ticked")

    def _tick_write_text(self, page: ReviewPage, tick: Any) -> str:
        target = page.ticked(tick)
        if page.written is not None:
            return self.tr("written") if target != bool(tick.current) else self.tr("—")
        if tick.current is None:
            return self.tr("ticked") if target else self.tr("nothing")
        if target == tick.current:
            return fill(self.tr("keep %1"), self._tick_text(target))
        return f"{self._tick_text(tick.current)} → {self._tick_text(target)}"

    def _fill_walk_ins(self, page: ReviewPage) -> None:
        """The page's walk-in rows: each one's crop, then boxes to type what is written."""
        while self.walk_in_grid.count():
            item = self.walk_in_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.walk_in_area.setVisible(bool(page.walk_ins) or bool(page.unlisted))
        if page.tickoff:
            self._fill_unlisted(page)
            return
        self.walk_in_title.setText(self.tr(
            "Walk-ins written on this page: type each name (and ID or phone) as written. "
            "They are added as walk-ins when you accept the page; a row left without a name "
            "is not."))
        if not page.walk_ins:
            return
        width = max(200, self.walk_in_scroll.viewport().width() - 24)
        self.name_edits = []
        for index, row in enumerate(page.walk_ins):
            typed = page.typed[row.line]
            crop = QLabel(self.walk_in_rows)
            image = page.walk_in_crops.get(row.line)
            if image is not None:
                crop.setPixmap(QPixmap.fromImage(image.scaledToWidth(
                    min(width, image.width()), Qt.TransformationMode.SmoothTransformation)))
            crop.setAccessibleName(fill(self.tr("Walk-in row %1 as written"), row.line))
            name = QLineEdit(typed[0], self.walk_in_rows)
            name.setPlaceholderText(self.tr("Name as written"))
            name.setAccessibleName(fill(self.tr("Name of walk-in row %1"), row.line))
            other = QLineEdit(typed[1], self.walk_in_rows)
            other.setPlaceholderText(self.tr("ID or phone"))
            other.setAccessibleName(fill(self.tr("ID or phone of walk-in row %1"), row.line))
            status = QComboBox(self.walk_in_rows)
            status.setAccessibleName(fill(self.tr("Mark of walk-in row %1"), row.line))
            status.addItem(self.tr("Not marked"), "")
            for code in STATUS_LOOK:
                if STATUS_LOOK[code].key:
                    status.addItem(status_text(code), code)
            status.setCurrentIndex(max(0, status.findData(typed[2])))
            if row.reading.doubtful and row.reading.note:
                status.setToolTip(row.reading.note)
            name.textChanged.connect(lambda text, t=typed: t.__setitem__(0, text))
            other.textChanged.connect(lambda text, t=typed: t.__setitem__(1, text))
            status.currentIndexChanged.connect(
                lambda _i, t=typed, box=status: t.__setitem__(2, box.currentData()))
            for edit in (name, other):
                edit.returnPressed.connect(self.accept_page)
            for widget in (name, other, status):
                widget.setEnabled(page.written is None)
            self.walk_in_grid.addWidget(crop, index * 2, 0, 1, 3)
            self.walk_in_grid.addWidget(name, index * 2 + 1, 0)
            self.walk_in_grid.addWidget(other, index * 2 + 1, 1)
            self.walk_in_grid.addWidget(status, index * 2 + 1, 2)
            self.name_edits.append(name)
        self.walk_in_grid.setColumnStretch(0, 3)
        self.walk_in_grid.setColumnStretch(1, 2)
        self.walk_in_grid.setRowStretch(len(page.walk_ins) * 2, 1)

    def _fill_unlisted(self, page: ReviewPage) -> None:
        """A tick-off page's blank rows with boxes ticked: each one's crop and what is ticked
        (not written: the person is not on the roll)."""
        self.walk_in_title.setText(self.tr(
            "Blank rows with ticks, for people not listed: these ticks are not written. Add "
            "each person as a walk-in on the Roster tab, then tick them on the Outcomes tab."))
        first = page.plan.reading.code.first_outcome
        for index, row in enumerate(page.unlisted):
            marked = ", ".join(str(first + n) for n, box in enumerate(row.boxes)
                               if box.ticked or box.doubtful)
            text = QLabel(fill(self.tr("Row %1: outcomes %2 ticked"), row.row, marked),
                          self.walk_in_rows)
            crop = QLabel(self.walk_in_rows)
            crop.setAccessibleName(fill(self.tr("Blank row %1 as ticked"), row.row))
            image = page.crops.get(row.row)
            if image is not None:
                crop.setPixmap(QPixmap.fromImage(image.scaledToHeight(
                    CROP_HEIGHT, Qt.TransformationMode.SmoothTransformation)))
            self.walk_in_grid.addWidget(text, index, 0)
            self.walk_in_grid.addWidget(crop, index, 1)
        self.walk_in_grid.setRowStretch(len(page.unlisted), 1)
        if page.unlisted:  # a line each: the table keeps the room
            total = sum(self.rows_splitter.sizes())
            wanted = min(total // 3, 70 + (CROP_HEIGHT + 10) * len(page.unlisted))
            self.rows_splitter.setSizes([total - wanted, wanted])

    def _write_text(self, page: ReviewPage, mark: Any) -> str:
        target = page.outcome(mark)
        if page.written is not None:
            return self.tr("written") if target is not None and target != mark.current \
                else self.tr("—")
        if target is None:
            if mark.current is not None:
                return fill(self.tr("keep %1"), status_text(mark.current).lower())
            return self.tr("nothing")
        if mark.current is None:
            return status_text(target)
        if target == mark.current:
            return fill(self.tr("%1 (already)"), status_text(target))
        return f"{status_text(mark.current)} → {status_text(target)}"

    @Slot(int, int, int, int)
    def _on_row_changed(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        page = self.current_page()
        if page is None or page.plan is None:
            return
        mark = self._mark_at(row)
        if page.written is not None:
            pass  # the message says what was written
        elif mark is not None and mark.copies:
            self._show_message(fill(self.tr("Row %1: %2"), mark.row, self._copies_text(mark)))
        elif page.tickoff and mark is not None and mark.note:
            self._show_message(fill(self.tr("Row %1, outcome %2: %3"), mark.row,
                                    mark.outcome_number, mark.note))
        elif page.tickoff and mark is not None and mark.conflict:
            self._show_message(fill(native_keys(self.tr(
                "Row %1, outcome %2: the paper says %3, the laptop has %4. The laptop's tick "
                "is kept unless you press Space for this box.")), mark.row,
                mark.outcome_number, self._tick_text(mark.read),
                self._tick_text(bool(mark.current))))
        elif page.tickoff:
            self._show_message("")
        elif mark is not None and mark.note:
            self._show_message(fill(self.tr("Row %1: %2"), mark.row, mark.note))
        elif mark is not None and mark.conflict:
            self._show_message(fill(self.tr(
                "Row %1: the paper says %2, the laptop has %3. The laptop's mark is kept "
                "unless you press %4 (or another letter) for this row."), mark.row,
                status_text(mark.read).lower(), status_text(mark.current).lower(),
                STATUS_LOOK[mark.read].key))
        else:
            self._show_message("")
        self._show_page_image(page, mark.row if mark is not None else None)

    def _mark_at(self, row: int) -> Any:
        page = self.current_page()
        item = self.table.item(row, self.ROW)
        if page is None or page.plan is None or item is None:
            return None
        pid = item.data(Qt.ItemDataRole.UserRole)
        if page.tickoff:
            return next((t for t in page.plan.ticks if t.key == tuple(pid)), None)
        return next((m for m in page.plan.marks if m.participant_id == pid), None)

    def _show_page_image(self, page: ReviewPage, row: int | None) -> None:
        if page.image is None:
            return
        width = max(120, self.page_scroll.viewport().width() - 4)
        index = self._pages.index(page)
        if self._scaled is None or self._scaled[:2] != (index, width):
            self._scaled = (index, width, QPixmap.fromImage(page.image.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)))
        pixmap = QPixmap(self._scaled[2])
        if row is not None and row in page.bands:
            factor = width / page.image.width()
            left, top, right, bottom = (round(v * factor) for v in page.bands[row])
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor("#d0021b"), 2))
            frame = QRect(left, top, right - left, bottom - top)
            painter.drawRect(frame)
            painter.end()
            self.page_image.setPixmap(pixmap)
            self.page_scroll.ensureVisible(frame.center().x(), frame.center().y(), 20,
                                           self.page_scroll.viewport().height() // 3)
        else:
            self.page_image.setPixmap(pixmap)

    # --- choosing and writing -------------------------------------------------------------

    @Slot(str)
    def choose(self, status: str) -> None:
        """Choose `status` for the selected row ("" writes nothing) and move down."""
        page = self.current_page()
        row = self.table.currentRow()
        mark = self._mark_at(row)
        if page is None or mark is None or page.tickoff:
            return
        if page.written is not None:
            self._show_message(self.tr("This page is written already; correct a mark on the "
                                       "roll."))
            return
        page.choices[mark.participant_id] = status or None
        item = self.table.item(row, self.WRITE)
        if item is not None:
            item.setText(self._write_text(page, mark))
        if row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, self.table.currentColumn())

    @Slot()
    def toggle_tick(self) -> None:
        """Tick or untick the selected box of a tick-off page (Space); the selection stays."""
        page = self.current_page()
        row = self.table.currentRow()
        tick = self._mark_at(row)
        if page is None or tick is None or not page.tickoff:
            return
        if page.written is not None:
            self._show_message(self.tr("This page is written already; correct a tick on the "
                                       "Outcomes tab."))
            return
        page.tick_choices[tick.key] = not page.ticked(tick)
        item = self.table.item(row, self.WRITE)
        if item is not None:
            item.setText(self._tick_write_text(page, tick))

    @Slot()
    def accept_page(self) -> None:
        """Write the page shown (Enter), on the worker; then go on to the next page."""
        page = self.current_page()
        if page is None or page.plan is None or page.written is not None or self._busy:
            return
        plan, choices, ticks = page.plan, dict(page.choices), dict(page.tick_choices)
        entries = [WalkInEntry(name.strip(), other.strip(), status or None)
                   for name, other, status in page.typed.values() if name.strip()]
        self._busy = True
        self.accept_button.setEnabled(False)

        others = [p.plan for p in self._pages if p.plan is not None]

        def job() -> Any:
            from fieldsessions.services import paper_sheets

            accepted = paper_sheets.accept([plan], choices=[choices], walk_ins=[entries],
                                           tick_choices=[ticks])[0]
            return accepted, replan(others)

        run_while_alive(self._worker, self, job,
                        on_done=lambda done: self._on_accepted(page, *done),
                        on_error=self._on_accept_failed, changes="paper-marks")

    def _refresh(self, written: ReviewPage, fresh: list[Any]) -> None:
        """The pages not yet written, matched again once `written` was: their "laptop" column
        and what accept would write follow the marks now on the laptop."""
        from fieldsessions.paper.reader import Refusal

        matched = [p for p in self._pages if p.plan is not None]
        for page, plan in zip(matched, fresh, strict=True):
            if page is written or page.written is not None:
                continue
            if isinstance(plan, Refusal):
                page.plan, page.sentence = None, plan.sentence
            else:
                page.plan = plan
            item = self.page_list.item(self._pages.index(page))
            if item is not None:
                item.setText(self._page_title(page))

    def _on_accepted(self, page: ReviewPage, accepted: Any, fresh: list[Any]) -> None:
        self._busy = False
        self._refresh(page, fresh)
        changes: list[MarkChange] = list(accepted.changes)
        page.written = len(changes) + len(accepted.ticks)
        page.added = len(accepted.walk_ins)
        changes += [change for added in accepted.walk_ins for change in added.changes]
        page.evidence = accepted.evidence
        index = self._pages.index(page)
        item = self.page_list.item(index)
        if item is not None:
            item.setText(self._page_title(page))
            item.setForeground(QBrush(QColor("#17602c")))
        if page.tickoff:
            message = fill(self.tr("Page %1: %2, queued for sync; the page image is kept in "
                                   "%3."), page.plan.page,
                           count_text(page.written, self.tr("1 tick written"),
                                      self.tr("%1 ticks written")), accepted.evidence.parent)
        else:
            self.written.emit(page.plan.session_id,
                              fill(self.tr("paper sheet, page %1"), page.plan.page), changes)
            message = fill(self.tr("Page %1: %2, queued for sync; the page image is kept in "
                                   "%3."), page.plan.page,
                           count_text(page.written, self.tr("1 mark written"),
                                      self.tr("%1 marks written")), accepted.evidence.parent)
        if page.added:
            message += " " + count_text(page.added, self.tr("1 walk-in added."),
                                        self.tr("%1 walk-ins added."))
        following = next((i for i in range(len(self._pages))
                          if self._pages[i].plan is not None
                          and self._pages[i].written is None), None)
        if following is None:
            self.page_list.setCurrentRow(index)
            self._on_page_chosen(index)
            self.close_button.setFocus()
            message += " " + self.tr("Every page read is written.")
        else:
            self.page_list.setCurrentRow(following)
            self.table.setFocus()
        self._show_message(message)

    def _on_accept_failed(self, exc: Exception) -> None:
        self._busy = False
        page = self.current_page()
        self.accept_button.setEnabled(page is not None and page.plan is not None
                                      and page.written is None)
        self._report_error(exc, self.tr("The page was not written"))

    # --- messages -------------------------------------------------------------------------

    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def _show_message(self, text: str, *, error: bool = False) -> None:
        show_message(self.message_label, text, error=error)

    def _report_error(self, exc: Exception, context: str) -> None:
        self._show_message(failure_sentence(exc, context), error=True)


def start_review(parent: QWidget, worker: DbWorker,
                 say: Callable[[str], None]) -> PaperReviewDialog | None:
    """"Read paper sheets…": the files asked for, then the review dialog opened on them (None:
    no file chosen, or the optional part is missing, which `say` then explains)."""
    missing = missing_part()
    if missing is not None:
        say(missing)
        return None
    files = choose_files(parent)
    if not files:
        return None
    dialog = PaperReviewDialog(worker, files, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def missing_part() -> str | None:
    """The sentence saying how to get the optional 'paper' part, or None when it is here."""
    from fieldsessions import paper

    return None if paper.available() else paper.missing_part()


def choose_files(parent: QWidget) -> list[str]:
    """Ask for scans or photos of sheets (several at once)."""
    translate = QCoreApplication.translate
    files, _filter = QFileDialog.getOpenFileNames(
        parent, translate("PaperReviewDialog", "Read paper sheets"), "",
        fill(translate("PaperReviewDialog", "Scans and photos of sheets (%1);;All files (*)"),
             FILE_TYPES))
    return list(files)
