"""The hours report: hours delivered per facilitator and hours used per participant against
their budget, for the whole programme and then period by period.

Time attended beyond a participant's budget is tinted red.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldsessions.core.i18n import fill, tr
from fieldsessions.reports import fonts
from fieldsessions.reports.cells import data_table, heading, paragraph
from fieldsessions.reports.data import HoursPeriod, HoursReport
from fieldsessions.reports.formats import hours, long_date, stamp
from fieldsessions.reports.pages import (
    Output,
    PageHeader,
    Progress,
    build_pdf,
    frame_width,
    printed_note,
)
from fieldsessions.reports.styles import ALERT_FILL, PageSetup


def _participant_titles(total: bool) -> list[str]:
    """The participant table's column titles, in the user's language (the whole span's table
    has one more: the time beyond budget)."""
    titles = [tr("Participant"), tr("ID", "participant's external id"), tr("Sessions"),
              tr("Hours in period"), tr("Hours to date"), tr("Budget", "hours"),
              tr("Remaining", "hours")]
    return [*titles, tr("Beyond budget")] if total else titles


def _facilitators(period: HoursPeriod, width: float) -> Flowable:
    rows = [[f.facilitator or tr("(not named)", "facilitator"), str(f.sessions), hours(f.hours)]
            for f in period.facilitators]
    titles = [tr("Facilitator"), tr("Sessions held"), tr("Hours delivered")]
    return data_table(titles, [None, 28 * mm, 30 * mm], rows,
                      total_width=min(width, 150 * mm), numeric=(1, 2))


def _participants(period: HoursPeriod, width: float, total: bool) -> Flowable:
    rows: list[list[str]] = []
    tints: list[tuple[object, ...]] = []
    for index, p in enumerate(period.participants, start=1):
        if total:
            rows.append([p.name, p.external_id, str(p.sessions), hours(p.hours_in_period),
                         hours(p.hours_to_date), hours(p.budget), hours(p.remaining),
                         hours(p.beyond_budget) if p.beyond_budget else ""])
        else:
            rows.append([p.name, p.external_id, str(p.sessions), hours(p.hours_in_period),
                         hours(p.hours_to_date), hours(p.budget), hours(p.remaining)])
        if total and p.beyond_budget > 0:
            tints.append(("BACKGROUND", (-1, index), (-1, index), ALERT_FILL))
    if total:
        return data_table(_participant_titles(total=True),
                          [None, 22 * mm, 16 * mm, 18 * mm, 18 * mm, 16 * mm, 18 * mm, 18 * mm],
                          rows, total_width=width, numeric=(2, 3, 4, 5, 6, 7), extra_style=tints)
    return data_table(_participant_titles(total=False),
                      [None, 22 * mm, 18 * mm, 22 * mm, 22 * mm, 20 * mm, 22 * mm],
                      rows, total_width=width, numeric=(2, 3, 4, 5, 6), extra_style=tints)


def _section(period: HoursPeriod, width: float, total: bool) -> list[Flowable]:
    span = f"{long_date(period.start)} – {long_date(period.end)}"
    title = f"{period.label} ({span})" if period.label else span
    story: list[Flowable] = [*heading(title, room=45 * mm),
                             paragraph(tr("Facilitators"), "section_keep")]
    if period.facilitators:
        story.append(_facilitators(period, width))
    else:
        story.append(paragraph(tr("No session was held."), "small"))
    story += [Spacer(1, 3 * mm), *heading(tr("Participants"), "subsection")]
    if period.participants:
        story.append(_participants(period, width, total))
    else:
        story.append(paragraph(tr("Nobody attended."), "small"))
    return story


def hours_story(report: HoursReport, setup: PageSetup) -> tuple[list[Flowable], int]:
    fonts.register()
    width = frame_width(setup)
    story: list[Flowable] = []
    total = report.total
    if report.no_sessions:
        text = report.range_text(long_date, " – ")
        story.append(paragraph(fill(tr("%1; there are no hours to report."),
                                    f"{text[0].upper()}{text[1:]}"), "body"))
        return story, 1
    story += _section(total, width, total=True)
    for period in report.periods:
        story += [Spacer(1, 4 * mm), *_section(period, width, total=False)]
    units = len(total.participants) + len(total.facilitators) + sum(
        len(p.participants) + len(p.facilitators) for p in report.periods)
    story += [Spacer(1, 3 * mm), paragraph(tr(
        "Facilitators: the length of each held session (not cancelled, someone marked in it; "
        "a session with nobody marked is not counted until its roll is taken). Participants: "
        "present or late "
        "in a session that was not cancelled, for its length or the minutes recorded for a "
        "partial attendance, charged to their budget in date order; hours to date count "
        "everything up to the end of the period, even before the report's first date; time "
        "the budget could not cover is shown as beyond budget."),
        "small")]
    return story, units


def hours_report(
    report: HoursReport,
    output: Output,
    setup: PageSetup | None = None,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> int:
    """Write the hours report as a PDF to `output`; returns the number of pages."""
    setup = setup or PageSetup()
    story, units = hours_story(report, setup)
    start, end = report.asked
    shown = (((tr("From", "start date"), long_date(start)),) if start and not end else
             ((tr("Until", "end date"), long_date(end)),) if end and not start else
             ((tr("From", "start date"), long_date(report.total.start)),
              (tr("To", "end date"), long_date(report.total.end))))
    head = PageHeader(
        title=tr("Hours report"),
        fields=(*shown, (tr("As of"), stamp(report.generated_at))),
        wide_fields=((tr("Programme"), report.programme_name),),
    )
    return build_pdf(story, output, setup=setup, header=head,
              title=fill(tr("Hours report — %1"), report.programme_name),
              footer_note=printed_note(now),
              progress=progress, total=units)
