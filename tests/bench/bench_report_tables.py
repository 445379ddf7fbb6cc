"""Benchmark: the compliance and hours PDFs at growing sizes vs a raw reportlab canvas.

Both sides draw the same long table in the same run: a header on every page, column titles
repeated per page, one row per participant (11 columns for compliance, 8 for hours), zebra
rows, red/amber tints, grid lines and "Page X of Y" footers, with the same embedded DejaVu
font. The baseline knows its row height and calls the canvas directly; the reports go through
platypus. Prints, per size, the median times, the ratio and the time per row: the time per
row should stay flat from 1k to 50k (a report that re-measures the rest of its table at every
page break grows with the square of its rows). Target at 50k: <= 3x the raw canvas.

Run: .venv/bin/python tests/bench/bench_report_tables.py [sizes, comma-separated] [repeats]
     e.g. tests/bench/bench_report_tables.py 1000,10000,50000 3
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldsessions.reports import fonts
from fieldsessions.reports.compliance import compliance_report
from fieldsessions.reports.data import (
    ComplianceLine,
    ComplianceReport,
    FacilitatorHours,
    HoursPeriod,
    HoursReport,
    ParticipantHours,
)
from fieldsessions.reports.hours import hours_report
from fieldsessions.reports.styles import (
    ALERT_FILL,
    HEADER_FILL,
    MARGIN,
    RULE,
    WARN_FILL,
    ZEBRA_FILL,
)

FIRST = ["Amina", "Jean-Luc", "Ольга", "Γιώργος", "Søren", "María José", "Thandiwe", "Nguyễn"]
LAST = ["Okafor", "Lefèvre", "Кузнецова", "Παπαδόπουλος", "Østergård", "Núñez", "Dlamini", "Văn An"]
MOMENT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
STATUSES = ["non_compliant", "at_risk", "compliant", "compliant"]


def _name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"


def make_compliance(count: int) -> ComplianceReport:
    lines = tuple(
        ComplianceLine(f"p{i}", f"EXT-{i:05d}", _name(i), 20, 20 - i % 9, i % 2, 4,
                       round(100 * (20 - i % 9) / 20, 1), 80, STATUSES[i % 4],
                       round(100 * (24 - i % 9) / 24, 1), i % 5, i % 5 >= 3)
        for i in range(count)
    )
    return ComplianceReport("Youth Leadership", MOMENT, 80, "excluded", 3, 20, 4, lines, 1)


def make_hours(count: int) -> HoursReport:
    people = tuple(
        ParticipantHours(f"p{i}", f"EXT-{i:05d}", _name(i), 12, 18.0 + i % 7, 30.5 + i % 11,
                         40.0, 9.5 - i % 11, 1.5 if i % 6 == 0 else 0.0)
        for i in range(count)
    )
    total = HoursPeriod("", date(2026, 1, 5), date(2026, 11, 30),
                        (FacilitatorHours("Thandi Mokoena", 40, 60.0),), people)
    return HoursReport("Youth Leadership", MOMENT, (), total)


def raw_table(titles: list[str], widths: list[float], rows: list[tuple[list[str], object]],
              pagesize: tuple[float, float]) -> bytes:
    """A long table drawn straight on a canvas: the fastest reportlab can go."""
    fonts.register()
    width, height = pagesize
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=pagesize)
    xs = [MARGIN]
    for w in widths:
        xs.append(xs[-1] + w)
    row_h, title_h = 5.2 * mm, 9 * mm
    top = height - MARGIN - 30 * mm
    per_page = int((top - MARGIN - title_h) // row_h)
    pages = max(1, -(-len(rows) // per_page))
    for page in range(pages):
        y = height - MARGIN - 14
        canv.setFont(fonts.BOLD, 14)
        canv.drawString(MARGIN, y, "Attendance compliance")
        canv.setFont(fonts.REGULAR, 8.5)
        for label in ("Required", "As of", "Sessions", "Programme"):
            y -= 11.5
            canv.drawString(MARGIN, y, f"{label}: Youth Leadership")
        y = top
        chunk = rows[page * per_page:(page + 1) * per_page]
        bottom = y - title_h - row_h * len(chunk)
        canv.setFillColor(HEADER_FILL)
        canv.rect(xs[0], y - title_h, xs[-1] - xs[0], title_h, stroke=0, fill=1)
        for index, (_cells, tint) in enumerate(chunk):
            fill = tint or (ZEBRA_FILL if index % 2 else None)
            if fill is not None:
                canv.setFillColor(fill)
                canv.rect(xs[0], y - title_h - (index + 1) * row_h, xs[-1] - xs[0], row_h,
                          stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont(fonts.BOLD, 8)
        for x, w, title in zip(xs[:-1], widths, titles, strict=True):
            canv.drawCentredString(x + w / 2, y - title_h + 4, title[:12])
        canv.setFont(fonts.REGULAR, 9)
        yy = y - title_h
        for cells, _tint in chunk:
            canv.drawString(xs[0] + 3, yy - row_h + 5, cells[0])
            for c in range(1, len(cells)):
                canv.drawRightString(xs[c + 1] - 3, yy - row_h + 5, cells[c])
            yy -= row_h
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(xs[0], y, xs[-1], y)
        for index in range(len(chunk) + 1):
            canv.line(xs[0], y - title_h - index * row_h, xs[-1], y - title_h - index * row_h)
        for x in xs:
            canv.line(x, y, x, bottom)
        canv.setFont(fonts.REGULAR, 7.5)
        canv.drawString(MARGIN, MARGIN - 6 * mm, "Printed with fieldsessions")
        canv.drawRightString(width - MARGIN, MARGIN - 6 * mm, f"Page {page + 1} of {pages}")
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def raw_compliance(report: ComplianceReport) -> bytes:
    tints = {"non_compliant": ALERT_FILL, "at_risk": WARN_FILL}
    rows = [([ln.name, ln.external_id, str(ln.sessions_held), str(ln.attended),
              str(ln.excused_excluded), str(ln.remaining), f"{ln.rate} %", "80 %",
              f"{ln.max_achievable} %", ln.status, str(ln.consecutive_absences)],
             tints.get(ln.status)) for ln in report.lines]
    widths = [70 * mm, 18 * mm] + [17 * mm] * 7 + [22 * mm, 17 * mm]
    return raw_table(["Participant", "ID", "Sessions", "Attended", "Excused", "To come", "Rate",
                      "Required", "Best", "Status", "In a row"], widths, rows, landscape(A4))


def raw_hours(report: HoursReport) -> bytes:
    rows = [([p.name, p.external_id, str(p.sessions), f"{p.hours_in_period}",
              f"{p.hours_to_date}", f"{p.budget}", f"{p.remaining}",
              f"{p.beyond_budget}" if p.beyond_budget else ""],
             ALERT_FILL if p.beyond_budget else None) for p in report.total.participants]
    widths = [54 * mm, 22 * mm, 16 * mm, 18 * mm, 18 * mm, 16 * mm, 18 * mm, 18 * mm]
    return raw_table(["Participant", "ID", "Sessions", "In period", "To date", "Budget",
                      "Remaining", "Beyond"], widths, rows, A4)


def ours_compliance(report: ComplianceReport) -> bytes:
    buffer = io.BytesIO()
    compliance_report(report, buffer, now=MOMENT)
    return buffer.getvalue()


def ours_hours(report: HoursReport) -> bytes:
    buffer = io.BytesIO()
    hours_report(report, buffer, now=MOMENT)
    return buffer.getvalue()


def timed(func: Callable[[object], bytes], data: object) -> float:
    start = time.perf_counter()
    func(data)
    return time.perf_counter() - start


def measure(name: str, count: int, data: object, raw: Callable[..., bytes],
            ours: Callable[..., bytes], repeats: int) -> None:
    raw_times, our_times = [], []
    for _ in range(repeats):  # interleaved, so a busy machine slows both alike
        raw_times.append(timed(raw, data))
        our_times.append(timed(ours, data))
    r, o = statistics.median(raw_times), statistics.median(our_times)
    ratio = statistics.median(b / a for a, b in zip(raw_times, our_times, strict=True))
    print(f"{name:10} {count:>6} rows  raw {r:8.2f} s (min {min(raw_times):.2f})  "
          f"ours {o:8.2f} s (min {min(our_times):.2f})  ratio {ratio:5.2f}x  "
          f"per row {o / count * 1e6:6.0f} us", flush=True)


def main() -> None:
    sizes = [int(s) for s in (sys.argv[1] if len(sys.argv) > 1 else "1000,10000").split(",")]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    only = sys.argv[3] if len(sys.argv) > 3 else "both"
    small_c, small_h = make_compliance(50), make_hours(50)
    ours_compliance(small_c)  # warm-up: font loading, imports
    ours_hours(small_h)
    print(f"median of {repeats} interleaved runs; target at 50k <= 3x, per row flat")
    for count in sizes:
        if only in ("both", "compliance"):
            measure("compliance", count, make_compliance(count), raw_compliance,
                    ours_compliance, repeats)
        if only in ("both", "hours"):
            measure("hours", count, make_hours(count), raw_hours, ours_hours, repeats)


if __name__ == "__main__":
    main()
