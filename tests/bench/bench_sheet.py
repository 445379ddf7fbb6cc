"""Benchmark: the attendance sheet for 1,000 participants vs a raw reportlab canvas baseline.

Both draw the same table in the same run: the session header with its QR code on every page,
column titles, one row per participant (number, ID, name, four tick boxes), ten walk-in
rows, zebra rows, grid lines and "Page X of Y" footers, with the same embedded DejaVu font.
The baseline knows its row heights in advance and calls the canvas directly; the report
goes through platypus (LongTable, page templates). Prints both times and the ratio;
the target is <= 1.5x.

Run: .venv/bin/python tests/bench/bench_sheet.py [participants] [repeats]
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from datetime import time as clock

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldsessions.reports import fonts
from fieldsessions.reports.data import AttendanceSheet, SessionHeader, SheetRow
from fieldsessions.reports.pages import QR_SIZE, _qr_drawing
from fieldsessions.reports.sheet import SheetOptions, attendance_sheet
from fieldsessions.reports.styles import HEADER_FILL, INK, MARGIN, MUTED, RULE, ZEBRA_FILL

FIRST = ["Amina", "Jean-Luc", "Ольга", "Γιώργος", "Søren", "María José", "Thandiwe", "Nguyễn"]
LAST = ["Okafor", "Lefèvre", "Кузнецова", "Παπαδόπουλος", "Østergård", "Núñez", "Dlamini", "Văn An"]


def make_sheet(count: int) -> AttendanceSheet:
    header = SessionHeader(
        session_id="6f1c1f3e-2b1e-4c8e-9a57-0d7f6a3b9c11", programme_name="Youth Leadership",
        title="Week 4", topic="Conflict resolution", local_date=date(2026, 3, 10),
        start=clock(9), end=clock(10, 30), duration_min=90, timezone="Africa/Nairobi",
        location="Community hall, Kondele", online_url="", facilitator="Thandi Mokoena",
    )
    rows = tuple(
        SheetRow(f"p{i}", f"EXT-{i:05d}",
                 f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}")
        for i in range(count)
    )
    return AttendanceSheet(header, rows)


def raw_canvas(sheet: AttendanceSheet, walk_ins: int = 10) -> bytes:
    """The same table drawn straight on a canvas: the fastest reportlab can go."""
    fonts.register()
    width, height = A4
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4)
    s = sheet.session
    cols = [9 * mm, 22 * mm, 0.0, 15 * mm, 15 * mm, 15 * mm, 15 * mm]
    cols[2] = width - 2 * MARGIN - sum(cols)
    xs = [MARGIN]
    for w in cols:
        xs.append(xs[-1] + w)
    row_h, title_h = 6.5 * mm, 5 * mm
    top = height - MARGIN - 30 * mm
    per_page = int((top - MARGIN - title_h) // row_h)
    lines = [(str(i + 1), r.external_id, r.name) for i, r in enumerate(sheet.rows)]
    lines += [(str(len(lines) + 1 + i), "", "") for i in range(walk_ins)]
    pages = max(1, -(-len(lines) // per_page))
    canv.beginForm("qr", 0, 0, QR_SIZE, QR_SIZE)
    renderPDF.draw(_qr_drawing(s.session_id, QR_SIZE), canv, 0, 0)
    canv.endForm()
    for page in range(pages):
        y = height - MARGIN - 14
        canv.setFont(fonts.BOLD, 14)
        canv.drawString(MARGIN, y, "Attendance sheet")
        canv.setFont(fonts.REGULAR, 8.5)
        for label, value in (("Session", s.heading), ("Date", str(s.local_date)),
                             ("Facilitator", s.facilitator), ("Programme", s.programme_name),
                             ("Place", s.place), ("Session code", s.session_id[:9])):
            y -= 11.5
            canv.drawString(MARGIN, y, f"{label}: {value}")
        canv.saveState()
        canv.translate(width - MARGIN - QR_SIZE, height - MARGIN - QR_SIZE)
        canv.doForm("qr")
        canv.restoreState()
        y = top
        chunk = lines[page * per_page:(page + 1) * per_page]
        bottom = y - title_h - row_h * len(chunk)
        canv.setFillColor(HEADER_FILL)
        canv.rect(xs[0], y - title_h, xs[-1] - xs[0], title_h, stroke=0, fill=1)
        canv.setFillColor(ZEBRA_FILL)
        for index in range(1, len(chunk), 2):
            canv.rect(xs[0], y - title_h - (index + 1) * row_h, xs[-1] - xs[0], row_h,
                      stroke=0, fill=1)
        canv.setFillColor(INK)
        canv.setFont(fonts.BOLD, 8)
        for x, w, title in zip(xs[:-1], cols, ["#", "ID", "Name", "Present", "Late", "Excused",
                                          "Absent"], strict=True):
            canv.drawCentredString(x + w / 2, y - title_h + 4, title)
        canv.setFont(fonts.REGULAR, 9)
        yy = y - title_h
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.7)
        for number, ext, name in chunk:
            canv.setFillColor(MUTED)
            canv.drawRightString(xs[1] - 3, yy - row_h + 6, number)
            canv.setFillColor(colors.black)
            canv.drawString(xs[1] + 3, yy - row_h + 6, ext)
            canv.drawString(xs[2] + 3, yy - row_h + 6, name)
            for c in range(3, 7):
                canv.rect(xs[c] + (cols[c] - 3.6 * mm) / 2, yy - row_h / 2 - 1.8 * mm,
                          3.6 * mm, 3.6 * mm)
            yy -= row_h
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        for index in range(len(chunk)):
            canv.line(xs[0], y - title_h - (index + 1) * row_h, xs[-1],
                      y - title_h - (index + 1) * row_h)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(xs[0], y, xs[-1], y)
        canv.line(xs[0], y - title_h, xs[-1], y - title_h)
        for x in xs:
            canv.line(x, y, x, bottom)
        canv.setFont(fonts.REGULAR, 7.5)
        canv.drawString(MARGIN, MARGIN - 6 * mm, "Printed with fieldsessions")
        canv.drawRightString(width - MARGIN, MARGIN - 6 * mm, f"Page {page + 1} of {pages}")
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def report(sheet: AttendanceSheet) -> bytes:
    buffer = io.BytesIO()
    attendance_sheet(sheet, buffer, SheetOptions())
    return buffer.getvalue()


def timed(func: Callable[[AttendanceSheet], bytes], sheet: AttendanceSheet) -> float:
    start = time.perf_counter()
    func(sheet)
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    sheet = make_sheet(count)
    report(sheet)  # warm-up: font loading, imports
    raw_canvas(sheet)
    raw_times, our_times = [], []
    for _ in range(repeats):  # interleaved, so a busy machine slows both alike
        raw_times.append(timed(raw_canvas, sheet))
        our_times.append(timed(report, sheet))
    raw, ours = statistics.median(raw_times), statistics.median(our_times)
    ratio = statistics.median(o / r for o, r in zip(our_times, raw_times, strict=True))
    print(f"attendance sheet, {count} participants, median of {repeats} interleaved runs")
    print(f"  raw canvas baseline : {raw * 1000:8.1f} ms")
    print(f"  report (platypus)   : {ours * 1000:8.1f} ms")
    print(f"  ratio               : {ratio:8.2f}x  (target <= 1.5x)")


if __name__ == "__main__":
    main()
