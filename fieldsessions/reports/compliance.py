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

from fieldsessions.core.i18n import count_text, fill, tr, translated
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


def _titles() -> list[str]:
    """The column titles, in the user's language (looked up when printing, not at import)."""
    return [tr("Participant"), tr("ID", "participant's external id"), tr("Sessions counted"),
            tr("Attended"), tr("Excused (left out)"), tr("Still to come"),
            tr("Rate", "attendance rate"), tr("Required", "attendance rate"),
            tr("Best still possible"), tr("Status"), tr("Absences in a row")]


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
    streak = (fill(tr("%1 — alert", "absences in a row"), line.consecutive_absences)
              if line.absence_alert else str(line.consecutive_absences))
    return [
        line.name, line.external_id, str(line.sessions_held), str(line.attended),
        str(line.excused_excluded), str(line.remaining), percent(line.rate),
        f"{line.threshold} %", percent(line.max_achievable),
        translated(COMPLIANCE_LABELS.get(line.status, line.status)), streak,
    ]


def header(report: ComplianceReport) -> PageHeader:
    return PageHeader(
        title=tr("Attendance compliance"),
        fields=(
            (tr("Required", "attendance rate"),
             fill(tr("%1 % of sessions"), report.threshold)),
            (tr("As of"), stamp(report.generated_at)),
            # The same three figures as `fieldsessions compliance`: a session whose roll is
            # missing is not counted in anyone's row until its roll is taken.
            (tr("Sessions"), fill(tr("%1 with roll taken, %2 with roll missing or incomplete, "
                                     "%3 to come"), report.sessions_with_roll,
                                  report.sessions_roll_missing, report.sessions_to_come)),
            (tr("Alert after"), count_text(report.consecutive_absence_limit,
                                           tr("1 absence in a row"), tr("%1 absences in a row"))
             if report.consecutive_absence_limit else tr("off", "absence alert")),
        ),
        wide_fields=(
            (tr("Programme"), report.programme_name),
            (tr("Excused", "attendance mark"),
             translated(EXCUSED_POLICY_LABELS.get(report.excused_policy,
                                                  report.excused_policy))),
        ),
    )


def compliance_story(report: ComplianceReport, setup: PageSetup) -> tuple[list[Flowable], int]:
    fonts.register()
    lines = ordered(report.lines)
    counts = Counter(line.status for line in lines)
    summary = " · ".join(
        f"{translated(label)} {counts.get(status, 0)}"
        for status, label in COMPLIANCE_LABELS.items()
    )
    people = count_text(len(lines), tr("1 participant: %2."), tr("%1 participants: %2."))
    story: list[Flowable] = [paragraph(fill(people, len(lines), summary), "body"),
                             Spacer(1, 3 * mm)]
    if not lines:
        story.append(paragraph(tr("Nobody is enrolled in this programme."), "small"))
        return story, 0
    tints: list[tuple[object, ...]] = []
    for row, line in enumerate(lines, start=1):
        tint = {"non_compliant": ALERT_FILL, "at_risk": WARN_FILL}.get(line.status)
        if tint is not None:
            tints.append(("BACKGROUND", (0, row), (-1, row), tint))
    story.append(data_table(
        _titles(), _WIDTHS, [_cells(line) for line in lines], total_width=frame_width(setup),
        numeric=(2, 3, 4, 5, 6, 7, 8, 10), extra_style=tints,
    ))
    story.append(Spacer(1, 3 * mm))
    story.append(paragraph(tr(
        "Rate = attended ÷ sessions counted. Sessions counted are those held since the "
        "participant enrolled whose roll was taken; a session whose roll is missing (one "
        "before they enrolled too: it can still be entered with them on it) is counted once "
        "its roll is taken, and until then is among those still to come. Best still "
        "possible = the rate if every session still to come is attended."), "small"))
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
        title=fill(tr("Attendance compliance — %1"), report.programme_name),
        footer_note=printed_note(now), progress=progress, total=units,
    )
