"""The compliance report of a programme: everyone's attendance against the required rate.

Non-compliant participants come first, then those at risk, then the compliant; the lowest rate
first within each group. Non-compliant rows are tinted red and at-risk rows amber, so the
follow-up list stands out on paper.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldsessions.core.wording import plural
from fieldsessions.reports import fonts
from fieldsessions.reports.cells import data_table, paragraph
from fieldsessions.reports.data import ComplianceLine, ComplianceReport
from fieldsessions.reports.formats import (
    COMPLIANCE_LABELS,
    COMPLIANCE_ORDER,
    EXCUSED_POLICY_LABELS,
    percent,
    stamp,
)
from fieldsessions.reports.pages import (
    Output,
    PageHeader,
    Progress,
    build_pdf,
    frame_width,
    printed_note,
)
from fieldsessions.reports.styles import ALERT_FILL, WARN_FILL, PageSetup

TITLES = ["Participant", "ID", "Sessions counted", "Attended", "Excused (left out)",
          "Still to come", "Rate", "Required", "Best still possible", "Status",
          "Absences in a row"]
_WIDTHS: list[float | None] = [None, 18 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm,
                               13 * mm, 13 * mm, 18 * mm, 13 * mm]


def ordered(lines: tuple[ComplianceLine, ...]) -> list[ComplianceLine]:
    """Non-compliant first, then at risk, then compliant; lowest rate first in each group."""
    return sorted(lines, key=lambda line: (
        COMPLIANCE_ORDER.get(line.status, 3),
        line.rate if line.rate is not None else 101.0,
        line.name.casefold(),
        line.participant_id,
    ))


def _cells(line: ComplianceLine) -> list[str]:
    streak = str(line.consecutive_absences) + (" — alert" if line.absence_alert else "")
    return [
        line.name, line.external_id, str(line.sessions_held), str(line.attended),
        str(line.excused_excluded), str(line.remaining), percent(line.rate),
        f"{line.threshold} %", percent(line.max_achievable),
        COMPLIANCE_LABELS.get(line.status, line.status), streak,
    ]


def header(report: ComplianceReport) -> PageHeader:
    return PageHeader(
        title="Attendance compliance",
        fields=(
            ("Required", f"{report.threshold} % of sessions"),
            ("As of", stamp(report.generated_at)),
            # The same three figures as `fieldsessions compliance`: a session whose roll is
            # missing is not counted in anyone's row until its roll is taken.
            ("Sessions", f"{report.sessions_with_roll} with roll taken, "
                         f"{report.sessions_roll_missing} with roll missing or incomplete, "
                         f"{report.sessions_to_come} to come"),
            ("Alert after", f"{plural(report.consecutive_absence_limit, 'absence')} in a row"
             if report.consecutive_absence_limit else "off"),
        ),
        wide_fields=(
            ("Programme", report.programme_name),
            ("Excused", EXCUSED_POLICY_LABELS.get(report.excused_policy, report.excused_policy)),
        ),
    )


def compliance_story(report: ComplianceReport, setup: PageSetup) -> tuple[list[Flowable], int]:
    fonts.register()
    lines = ordered(report.lines)
    counts = Counter(line.status for line in lines)
    summary = " · ".join(
        f"{label} {counts.get(status, 0)}" for status, label in COMPLIANCE_LABELS.items()
    )
    story: list[Flowable] = [paragraph(f"{plural(len(lines), 'participant')}: {summary}.", "body"),
                             Spacer(1, 3 * mm)]
    if not lines:
        story.append(paragraph("Nobody is enrolled in this programme.", "small"))
        return story, 0
    tints: list[tuple[object, ...]] = []
    for row, line in enumerate(lines, start=1):
        fill = {"non_compliant": ALERT_FILL, "at_risk": WARN_FILL}.get(line.status)
        if fill is not None:
            tints.append(("BACKGROUND", (0, row), (-1, row), fill))
    story.append(data_table(
        TITLES, _WIDTHS, [_cells(line) for line in lines], total_width=frame_width(setup),
        numeric=(2, 3, 4, 5, 6, 7, 8, 10), extra_style=tints,
    ))
    story.append(Spacer(1, 3 * mm))
    story.append(paragraph(
        "Rate = attended ÷ sessions counted. Sessions counted are those held since the "
        "participant enrolled whose roll was taken; a session whose roll is missing (one "
        "before they enrolled too: it can still be entered with them on it) is counted once "
        "its roll is taken, and until then is among those still to come. Best still "
        "possible = the rate if every session still to come is attended.", "small"))
    return story, len(lines)


def compliance_report(
    report: ComplianceReport,
    output: Output,
    setup: PageSetup | None = None,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> int:
    """Write the compliance report as a PDF to `output` (landscape A4 unless told otherwise);
    returns the number of pages."""
    setup = setup or PageSetup("a4", landscape=True)
    story, units = compliance_story(report, setup)
    return build_pdf(
        story, output, setup=setup, header=header(report),
        title=f"Attendance compliance — {report.programme_name}",
        footer_note=printed_note(now), progress=progress, total=units,
    )
