"""Benchmark (not a test): the longest GUI-thread stall in the issue-12 actions on demo data.

A 10 ms QTimer heartbeat runs while each action happens; the longest gap between beats is the
longest time the window could not answer; the GUI thread's own CPU time in that gap tells
work on the GUI thread (busy ≈ stall) from waiting for a CPU or the GIL on a loaded machine
(busy ≪ stall). Run:
    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/bench/bench_heartbeat_issue12.py
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer

from fieldsessions.gui.application import (
    application,
    open_store,
    start_window,
    stop_worker,
)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = application()
    folder = Path(tempfile.mkdtemp())
    db = folder / "demo.sqlite"
    open_store(db, demo=True)
    PREPARED.update(prepare_later_actions())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    worker, window = start_window(db, settings)
    clock = QElapsedTimer()
    clock.start()
    gaps: list[tuple[int, int]] = []  # (wall ms, ms of GUI-thread CPU) between two beats
    last = [clock.elapsed()]
    last_cpu = [time.thread_time()]

    def beat() -> None:
        now, cpu = clock.elapsed(), time.thread_time()
        gaps.append((now - last[0], round(1000 * (cpu - last_cpu[0]))))
        last[0], last_cpu[0] = now, cpu

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(beat)
    heart.start()

    def measure(name: str, action: Callable[[], object], settle_ms: int = 3000) -> None:
        gaps.clear()
        last[0], last_cpu[0] = clock.elapsed(), time.thread_time()
        profile = None
        if os.environ.get("PROFILE") and os.environ["PROFILE"] in name:
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        action()
        wait(settle_ms)
        if profile is not None:
            import pstats

            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        wall, cpu = max(gaps, default=(0, 0))
        print(f"{name:45s} longest stall {wall:4d} ms (GUI thread busy {cpu:3d} ms of it)",
              flush=True)

    window.resize(1366, 768)
    measure("start-up (first paint, tabs warmed up)", window.show, 4000)
    window.show_tab(1)
    wait(500)
    measure("first switch back to Sessions", lambda: window.show_tab(0))
    measure("Reports owed dialog (Alt+W)", window.sessions_tab.show_reports_owed)
    if window.sessions_tab.owed_dialog is not None:
        window.sessions_tab.owed_dialog.close()
    measure("Help > Keyboard shortcuts (F1)", window.show_shortcuts, 1000)
    if window.shortcuts_dialog is not None:
        window.shortcuts_dialog.close()
    reports = window.reports_tab
    window.show_tab(2)
    wait(2000)
    measure("Attendance sheets for the next two weeks", lambda: reports.set_report("sheets"),
            8000)
    measure_later_actions(window, measure)
    window.close()
    stop_worker(worker)
    del app


def prepare_later_actions() -> dict[str, str]:
    """Data the later actions need, written before the window opens: a programme of 190
    sessions (its schedule is edited), a mistaken programme (removed) and a person with
    nothing recorded (removed)."""
    from datetime import date, time, timedelta

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.services import participants, programmes

    start = date.today() + timedelta(days=7 - date.today().weekday())
    long = programmes.create_programme(ProgrammeSpec(
        name="Twice-weekly clinic", frequency=Frequency.WEEKLY, start_date=start,
        weekdays=(1, 3), until=start + timedelta(weeks=95), start_time=time(9, 0),
        duration_min=120))
    mistake = programmes.create_programme(ProgrammeSpec(
        name="Parentng circle", frequency=Frequency.WEEKLY, start_date=start,
        weekdays=(start.weekday(),), count=6, start_time=time(9, 0), duration_min=60))
    person = participants.add_participant(participants.ParticipantInput(name="Zz Removable"))
    return {"long": long.id, "mistake": mistake.id, "person": person.id}


def measure_later_actions(window: object, measure: Callable[..., None]) -> None:
    """The actions added in issue 12's first round, each measured as a user does it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from fieldsessions.gui.programme_dialog import ProgrammeDialog
    from fieldsessions.services import programmes

    w: Any = window
    ids = PREPARED
    sessions = w.sessions_tab
    # Schedule edit: open the Edit dialog of a 190-session programme, exclude a holiday, save.
    sessions.select_programme(ids["long"])
    wait(1500)
    measure("Schedule edit dialog opens (190 sessions)",
            lambda: sessions.open_programme(ids["long"]), 3000)
    dialog = next(d for d in w.findChildren(ProgrammeDialog) if d.isVisible())
    holiday = programmes.list_sessions(ids["long"])[10].local_date
    measure("  exclude a holiday (preview of 189)", lambda: dialog.add_excluded(holiday), 1500)
    measure("  Pathways page of the dialog",
            lambda: dialog.ui.sections.setCurrentWidget(dialog.pathway_page), 1500)
    measure("  Save (confirmation shown)", dialog.save_button.click, 3000)
    if dialog.confirm_box is not None:
        measure("  confirm: 1 removed, 189 kept",
                lambda: QTest.keyClick(dialog.confirm_box, Qt.Key.Key_Return), 4000)
    # Remove a programme: Delete, then the confirmation's Delete button.
    w.show_tab(0)
    sessions.select_programme(ids["mistake"])
    wait(1500)
    measure("Remove programme: Delete (asks first)", sessions.remove_programme, 2000)
    box = sessions.remove_box
    if box is not None:
        measure("  confirm Delete programme", lambda: destructive(box).click(), 3000)
        print("    (still listed:", sessions.programme_model.row_of(ids["mistake"]) >= 0, ")")
    # The roster: a roll of the demo data, the person's page, a walk-in and its undo.
    roster = w.roster_tab
    family = next(p for p in programmes.list_programmes()
                  if p.name == "Family Development Sessions")
    session = programmes.list_sessions(family.id, kind="past")[-1].id  # 60 people
    w.open_session(session)
    wait(3000)
    panel = roster.enrolment_panel
    roster.pages.setCurrentWidget(panel)
    wait(1500)
    panel.booked_list.setCurrentRow(0)
    measure("Participant page (Alt+G)", panel.show_person_page, 3000)
    if panel.page_dialog is not None:
        panel.page_dialog.close()
    roster.pages.setCurrentIndex(0)
    walk_in = roster.open_walk_in()
    if walk_in is not None:
        QTest.keyClicks(walk_in.name_edit, "Zanele Dube")
        wait(800)
        measure("Walk-in added (Enter)",
                lambda: QTest.keyClick(walk_in.name_edit, Qt.Key.Key_Return), 3000)
        print("    (walk-in on the roll:", "Zanele Dube" in roll_names(roster), ")")
        measure("Undo of the walk-in (Ctrl+Z)", roster.undo_last, 3000)
        print("    (after undo, on the roll:", "Zanele Dube" in roll_names(roster), ")")
    # Remove a person with nothing recorded, from the enrolment panel.
    from fieldsessions.services import participants

    participants.enrol(ids["long"], ids["person"])  # (the programme has room)
    w.open_session(programmes.list_sessions(ids["long"])[0].id)
    wait(3000)
    roster.pages.setCurrentWidget(panel)
    wait(1500)
    names = panel.booked_names()
    if "Zz Removable" in names:
        panel.booked_list.setCurrentRow(names.index("Zz Removable"))
        measure("Remove person: Shift+Delete (asks first)", panel._on_remove_clicked, 2000)
        pbox = panel.remove_box
        if pbox is not None:
            measure("  confirm Delete person", lambda: destructive(pbox).click(), 3000)
            print("    (still booked:", "Zz Removable" in panel.booked_names(), ")")


def destructive(box: Any) -> Any:
    """The confirming button of a removal question (Delete ..., Archive ...)."""
    from PySide6.QtWidgets import QMessageBox

    return next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)


def roll_names(roster: Any) -> list[str]:
    model = roster.model
    return [model.entry(r).name for r in range(model.rowCount())]


PREPARED: dict[str, str] = {}


if __name__ == "__main__":
    main()
