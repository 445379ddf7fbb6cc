"""`fieldsessions scan-in`: a sheet printed by the app, ticked, scanned and read back in; marks
written only with --accept, in one go, never over a mark already on the laptop."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.cli import run
from fieldsessions.db import store
from fieldsessions.db.models import Attendance, AttendanceHistory, Outbox
from fieldsessions.reports.sheet import attendance_sheet
from fieldsessions.reports.sheet_layout import STATUS_CODES, SheetGeometry
from fieldsessions.reports.styles import PageSetup
from fieldsessions.services import attendance, participants, report_data
from tests.unit import helpers, paper_marks
from tests.unit.test_paper_read import expected

PEOPLE = 25
FAINT_ROW = 5
CONFLICT_ROW, AGREE_ROW = 2, 4  # marked on the laptop before the sheet comes back


@pytest.fixture
def session(db_path: Path) -> dict[str, Any]:
    """25 people booked on a past session; rows 2 and 3 already marked on the laptop."""
    store.open_store(db_path)
    try:
        info = helpers.programme("Family Development Sessions")
        helpers.people(PEOPLE, info.id)
        session_id = helpers.past_session(info.id)
        ids = [row.participant_id for row in report_data.attendance_sheet(session_id).rows]
        conflict = next(s for s in STATUS_CODES if s != expected(CONFLICT_ROW))
        attendance.mark(session_id, ids[CONFLICT_ROW - 1], conflict)
        attendance.mark(session_id, ids[AGREE_ROW - 1], expected(AGREE_ROW))
        return {"id": session_id, "people": ids, "laptop_conflict": conflict}
    finally:
        store.close_store()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldsessions", *args], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))


def marks_queued() -> int:
    """Attendance changes waiting in the outbox for sync."""
    return int(Outbox.select().where(Outbox.entity == "attendance",
                                     Outbox.acked_at.is_null()).count())


def ticked_scan(sheet_pdf: Path, target: Path, rows: int = PEOPLE) -> Path:
    """The sheet's page as a slightly askew photo, ticked as `expected` says, one row faint."""
    where = SheetGeometry(PageSetup())
    page = paper_marks.render(sheet_pdf)[0]
    for row in range(1, rows + 1):
        if row == FAINT_ROW:
            paper_marks.mark(page, where, row - 1, 2, kind="faint")
        elif expected(row) is not None:
            paper_marks.mark(page, where, row - 1, STATUS_CODES.index(expected(row)),
                             kind=("tick", "cross", "fill")[row % 3], seed=row)
    return paper_marks.save(paper_marks.photograph(page, angle=-2, squeeze=0.02, noise=3),
                            target)


def test_scan_in_shows_the_page_then_accept_writes_the_clear_marks_once(
    db_path: Path, session: dict[str, Any], tmp_path: Path
) -> None:
    sheet_pdf = tmp_path / "sheet.pdf"
    printed = cli("--db", str(db_path), "report", "sheet", "--session", session["id"],
                  "-o", str(sheet_pdf))
    assert printed.returncode == 0, printed.stderr
    scan = ticked_scan(sheet_pdf, tmp_path / "scan.png")

    shown = cli("--db", str(db_path), "scan-in", str(scan))
    assert (shown.returncode, shown.stderr) == (0, ""), shown.stderr
    out = shown.stdout
    assert "Family Development Sessions" in out and "sheet page 1, rows 1-25" in out
    assert out.index("Doubtful") < out.index("Paper and laptop disagree") < out.index("Read:")
    assert f"row   {FAINT_ROW}  Person {FAINT_ROW - 1:03d}" in out and "a faint mark" in out
    agree = next(line for line in out.splitlines() if f"row   {AGREE_ROW}  " in line)
    assert agree.endswith(", already on the laptop)") and f": {expected(AGREE_ROW)} (" in agree
    assert (f"paper says {expected(CONFLICT_ROW)}, the laptop has "
            f"{session['laptop_conflict']}") in out
    clear = [r for r in range(1, PEOPLE + 1)
             if r not in (FAINT_ROW, CONFLICT_ROW, AGREE_ROW) and expected(r) is not None]
    blank = [r for r in range(1, PEOPLE + 1) if expected(r) is None and r != AGREE_ROW]
    assert (f"{len(clear)} marks to write, 1 doubtful, {len(blank)} with no box marked, "
            "1 conflict with the laptop.") in out
    assert out.index("Doubtful") < out.index("No box marked on the paper") \
        < out.index("Paper and laptop disagree")
    assert "Nothing was written" in out

    store.open_store(db_path)
    try:
        assert Attendance.select().count() == 2  # only the laptop's own two marks
        queued_before = marks_queued()
    finally:
        store.close_store()

    accepted = cli("--db", str(db_path), "scan-in", str(scan), "--accept")
    assert (accepted.returncode, accepted.stderr) == (0, ""), accepted.stderr
    assert (f"Wrote {len(clear)} marks in one go (page 1: {len(clear)}), queued for sync."
            in accepted.stdout)
    assert (f"Needs a person: 1 doubtful row, {len(blank)} people with no box marked, "
            "1 conflict") in accepted.stdout

    store.open_store(db_path)
    try:
        marks = {a.participant_id: a.status for a in Attendance.select()}
        people = session["people"]
        for row in range(1, PEOPLE + 1):
            wanted = expected(row) if row in clear else None
            if row == CONFLICT_ROW:
                wanted = session["laptop_conflict"]  # never overwritten by the paper
            if row == AGREE_ROW:
                wanted = expected(AGREE_ROW)
            assert marks.get(people[row - 1]) == wanted, row
        reasons = [h.reason for h in AttendanceHistory.select()
                   .where(AttendanceHistory.reason == "paper sheet, page 1")]
        assert len(reasons) == len(clear)
        assert marks_queued() - queued_before == len(clear)
    finally:
        store.close_store()
    kept = list((db_path.parent / "paper-sheets").iterdir())
    assert len(kept) == 1 and kept[0].name.startswith(f"{session['id']}-page1-")
    assert f"Page images kept in {kept[0].parent}" in accepted.stdout

    again = cli("--db", str(db_path), "scan-in", str(scan), "--accept")
    assert again.returncode == 0
    assert "Wrote 0 marks in one go" in again.stdout  # everything is on the laptop now


def test_a_page_of_a_session_not_on_this_laptop_is_refused(
    db_path: Path, session: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.open_store(db_path)
    try:
        sheet = report_data.attendance_sheet(session["id"])
    finally:
        store.close_store()
    other = sheet.__class__(sheet.session.__class__(
        **{**sheet.session.__dict__, "session_id": str(uuid.uuid4())}), sheet.rows)
    attendance_sheet(other, tmp_path / "other.pdf")
    scan = ticked_scan(tmp_path / "other.pdf", tmp_path / "other.png")
    code = run(["--db", str(db_path), "scan-in", str(scan), "--accept"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "which is not on this laptop: sync first" in err
    assert "0 pages read, 1 refused" in out and "Wrote 0 marks" in out


def test_people_added_before_the_page_move_it_and_someone_put_among_them_refuses_it(
    db_path: Path, session: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldsessions.services.common import get_programme

    def newcomer(name: str) -> None:
        store.open_store(db_path)
        try:
            programme = report_data.attendance_sheet(session["id"]).session.programme_name
            person = participants.add_participant(participants.ParticipantInput(name=name))
            participants.enrol(get_programme(programme).id, person.id)
        finally:
            store.close_store()

    store.open_store(db_path)
    try:
        attendance_sheet(report_data.attendance_sheet(session["id"]), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    scan = ticked_scan(tmp_path / "sheet.pdf", tmp_path / "scan.png")
    newcomer("Aaron Adeyemi")  # sorts first: everyone printed moves down a row
    code = run(["--db", str(db_path), "scan-in", str(scan), "--accept"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert ("The roll has changed since printing: these people are now rows 2-26 on the "
            "laptop") in out
    store.open_store(db_path)
    try:
        marks = {a.participant_id: a.status for a in Attendance.select()}
    finally:
        store.close_store()
    assert marks[session["people"][0]] == expected(1)  # printed row 1, now row 2
    assert marks[session["people"][5]] == expected(6)

    newcomer("Person 010½")  # among the page's people: they are no longer together
    code = run(["--db", str(db_path), "scan-in", str(scan)])
    _out, err = capsys.readouterr()
    assert code == 1
    assert "are no longer together on the session's roll as they were printed" in err


def test_scan_in_without_the_optional_part_says_how_to_get_it(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "cv2", None)
    code = run(["--db", str(db_path), "scan-in", str(tmp_path / "scan.png")])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("fieldsessions: Reading paper sheets needs the optional 'paper' "
                          "part") and "pip install 'fieldsessions[paper]'" in err


def test_scan_in_json_lists_every_row_and_the_refusals(
    db_path: Path, session: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    store.open_store(db_path)
    try:
        attendance_sheet(report_data.attendance_sheet(session["id"]), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    scan = ticked_scan(tmp_path / "sheet.pdf", tmp_path / "scan.png")
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image")
    code = run(["--db", str(db_path), "scan-in", str(scan), str(junk), "--json", "--accept"])
    out, err = capsys.readouterr()
    assert (code, err) == (1, "")  # one file refused: its sentence is in the JSON
    data = json.loads(out)
    assert data["accepted"] is True
    assert [r["source"] for r in data["refused"]] == ["junk.png"]
    (page,) = data["pages"]
    assert page["session_id"] == session["id"] and page["page"] == 1
    rows = page["rows"]
    assert [r["row"] for r in rows] == list(range(1, PEOPLE + 1))
    assert [r["participant_id"] for r in rows] == session["people"]
    assert rows[FAINT_ROW - 1]["doubtful"] and not rows[FAINT_ROW - 1]["writable"]
    assert rows[CONFLICT_ROW - 1]["conflict"]
    assert page["written"] == sum(r["writable"] for r in rows) > 0
    assert Path(page["evidence"]).is_file()


def test_a_duplex_scan_with_blank_backs_skips_them_quietly(
    db_path: Path, session: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    import cv2
    import numpy as np
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    store.open_store(db_path)
    try:
        attendance_sheet(report_data.attendance_sheet(session["id"]), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    front = cv2.imread(str(ticked_scan(tmp_path / "sheet.pdf", tmp_path / "scan.png")),
                       cv2.IMREAD_GRAYSCALE)
    back = np.full_like(front, 236)  # grey paper, nothing on it
    scan = tmp_path / "duplex.pdf"
    width, height = PageSetup().size
    canvas = Canvas(str(scan), pagesize=(width, height))
    for image in (back, front, back):  # fed in upside down: the back came first
        png = cv2.imencode(".png", image)[1].tobytes()
        canvas.drawImage(ImageReader(io.BytesIO(png)), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    code = run(["--db", str(db_path), "scan-in", str(scan)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "duplex.pdf page 2: Family Development Sessions" in out
    assert "1 page read, 0 refused" in out
    assert "Skipped 2 blank pages: duplex.pdf page 1, duplex.pdf page 3." in out


def test_a_failure_while_writing_leaves_the_roll_and_the_evidence_folder_as_they_were(
    db_path: Path, session: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldsessions.paper.reader import PageReading, read_files
    from fieldsessions.services import paper_sheets

    store.open_store(db_path)
    try:
        attendance_sheet(report_data.attendance_sheet(session["id"]), tmp_path / "sheet.pdf")
        scan = ticked_scan(tmp_path / "sheet.pdf", tmp_path / "scan.png")
        (reading,) = read_files([scan])
        assert isinstance(reading, PageReading)
        plan = paper_sheets.plan(reading)
        assert isinstance(plan, paper_sheets.PagePlan)
        before = sorted((a.participant_id, a.status) for a in Attendance.select())
        queued = Outbox.select().count()
        real = attendance.mark_many

        def crash(*args: Any, **kwargs: Any) -> Any:
            real(*args, **kwargs)  # the rows are written inside the transaction...
            raise OSError(28, "No space left on device")  # ...then the disk fills up

        monkeypatch.setattr(paper_sheets.attendance, "mark_many", crash)
        with pytest.raises(OSError):
            paper_sheets.accept([plan, plan])
        assert sorted((a.participant_id, a.status) for a in Attendance.select()) == before
        assert Outbox.select().count() == queued
        assert list(paper_sheets.evidence_folder().iterdir()) == []
    finally:
        store.close_store()


def test_two_pages_given_in_reverse_order_are_written_each_with_its_page_in_the_history(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.open_store(db_path)
    try:
        info = helpers.programme("Big circle")
        helpers.people(45, info.id)
        session_id = helpers.past_session(info.id)
        people = [r.participant_id for r in report_data.attendance_sheet(session_id).rows]
        attendance_sheet(report_data.attendance_sheet(session_id), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    where = SheetGeometry(PageSetup())
    per_page = where.rows_per_page
    pages = paper_marks.render(tmp_path / "sheet.pdf")
    for row in range(1, 46):
        if expected(row) is not None:
            paper_marks.mark(pages[(row - 1) // per_page], where, (row - 1) % per_page,
                             STATUS_CODES.index(expected(row)), seed=row)
    second = paper_marks.save(paper_marks.rotate(pages[1], 2), tmp_path / "b.png")
    first = paper_marks.save(paper_marks.photograph(pages[0], angle=3, squeeze=0.03),
                             tmp_path / "c.jpg")
    code = run(["--db", str(db_path), "scan-in", str(second), str(first), "--accept"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.index("sheet page 1, rows 1-") < out.index("sheet page 2, rows")
    wanted = {people[r - 1]: expected(r) for r in range(1, 46) if expected(r) is not None}
    assert f"Wrote {len(wanted)} marks in one go" in out
    store.open_store(db_path)
    try:
        assert {a.participant_id: a.status for a in Attendance.select()} == wanted
        reasons = {h.participant_id: h.reason for h in AttendanceHistory.select()}
        assert reasons[people[0]] == "paper sheet, page 1"
        assert reasons[people[44]] == "paper sheet, page 2"
    finally:
        store.close_store()


def test_the_same_page_read_twice_is_said_and_rows_the_copies_disagree_on_go_to_a_person(
    db_path: Path, session: dict[str, Any], tmp_path: Path
) -> None:
    """Two copies of page 1 (a photocopy ticked too, or the page scanned twice): rows read
    alike are written once; rows read differently are left for a person, never first-wins."""
    store.open_store(db_path)
    try:
        attendance_sheet(report_data.attendance_sheet(session["id"]), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    where = SheetGeometry(PageSetup())
    differ = {7: "absent", 9: None}  # the second copy says otherwise on these rows
    copies = []
    for copy in (1, 2):
        page = paper_marks.render(tmp_path / "sheet.pdf")[0]
        for row in range(1, PEOPLE + 1):
            status = differ.get(row, expected(row)) if copy == 2 else expected(row)
            if row == FAINT_ROW or status is None:
                continue
            paper_marks.mark(page, where, row - 1, STATUS_CODES.index(status), seed=row)
        copies.append(paper_marks.save(page, tmp_path / f"copy{copy}.png"))
    assert expected(7) not in (None, "absent") and expected(9) is not None

    shown = cli("--db", str(db_path), "scan-in", *map(str, copies), "--accept")
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert "Page 1 of Family Development Sessions" in out
    assert "was read twice: copy1.png and copy2.png" in out
    assert "2 rows read differently on the copies" in out
    for row in differ:
        line = next(x for x in out.splitlines() if f"row   {row}  " in x and "copies" in x)
        assert "copy1.png" in line and "copy2.png" in line
    clear = [r for r in range(1, PEOPLE + 1) if r not in (FAINT_ROW, CONFLICT_ROW, AGREE_ROW)
             and r not in differ and expected(r) is not None]
    written = f"Wrote {len(clear)} marks in one go"
    assert written in out
    assert f"{len(clear)} marks to write" in out  # what it says it writes, it writes
    store.open_store(db_path)
    try:
        marks = {a.participant_id: a.status for a in Attendance.select()}
        for row in differ:
            assert marks.get(session["people"][row - 1]) is None  # a person decides
        for row in clear:
            assert marks[session["people"][row - 1]] == expected(row)
    finally:
        store.close_store()


@pytest.mark.parametrize("layout", [("--layout", "signature"), ("--filled",)])
def test_a_sheet_of_a_layout_not_made_to_be_read_back_is_refused_saying_which_can_be(
    db_path: Path, session: dict[str, Any], tmp_path: Path, layout: tuple[str, ...]
) -> None:
    printed = cli("--db", str(db_path), "report", "sheet", "--session", session["id"],
                  *layout, "-o", str(tmp_path / "other.pdf"))
    assert printed.returncode == 0, printed.stderr
    scan = paper_marks.save(paper_marks.render(tmp_path / "other.pdf")[0],
                            tmp_path / "other.png")
    shown = cli("--db", str(db_path), "scan-in", str(scan))
    assert shown.returncode == 1
    assert shown.stderr == (
        "fieldsessions: other.png is a session document of a layout that cannot be read back "
        "(a sheet to sign, a sheet printed with the marks filled in, or one printed before "
        "sheets could be read back). Only the attendance sheet with a tick box per status "
        "(not filled) and the tick-off template are read back: print one of those for the "
        "session.\n")


def test_a_photo_where_the_page_fills_part_of_a_large_frame_is_read(
    db_path: Path, session: dict[str, Any], tmp_path: Path
) -> None:
    """A 4000x3000 phone photo with the page in 60 % of it: its corner marks are small for
    the frame, yet found; a page with no corner mark at all says "none of the 4"."""
    import cv2
    import numpy as np

    store.open_store(db_path)
    try:
        attendance_sheet(report_data.attendance_sheet(session["id"]), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    page = cv2.imread(str(ticked_scan(tmp_path / "sheet.pdf", tmp_path / "scan.png")),
                      cv2.IMREAD_GRAYSCALE)
    frame = np.full((3000, 4000), 110, np.uint8)  # the table around the page
    height = 1800  # 60 % of the frame's height
    small = cv2.resize(page, (round(page.shape[1] * height / page.shape[0]), height),
                       interpolation=cv2.INTER_AREA)
    frame[600:600 + height, 1400:1400 + small.shape[1]] = small
    far = paper_marks.save(frame, tmp_path / "far.jpg")
    shown = cli("--db", str(db_path), "scan-in", str(far))
    assert (shown.returncode, shown.stderr) == (0, ""), shown.stderr
    assert "sheet page 1, rows 1-25" in shown.stdout

    from fieldsessions.reports.sheet_layout import MARKER_SIZE

    clean = paper_marks.render(tmp_path / "sheet.pdf")[0]
    where, px = SheetGeometry(PageSetup()), 200 / 72
    for _marker, x, y in where.markers():  # every corner mark covered with paper
        top = where.size[1] - y - MARKER_SIZE
        clean[round((top - 3) * px):round((top + MARKER_SIZE + 3) * px),
              round((x - 3) * px):round((x + MARKER_SIZE + 3) * px)] = 235
    covered = paper_marks.save(clean, tmp_path / "covered.png")
    refused = cli("--db", str(db_path), "scan-in", str(covered))
    assert refused.returncode == 1
    assert "covered.png: none of the 4 corner marks could be found" in refused.stderr
