"""CLI commands that reach rules no other command shows: reports owed, a participant's
outcome profile, completion pathways.

`fieldsessions reports owed [--programme N] [--json]` lists the period (or session) reports
not written yet, due or overdue (core.session_reports); `fieldsessions reports submit
--programme N --period KEY [--notes TEXT]` submits one (a period report, or for a programme
reporting on every session, that session's report).

`fieldsessions profile PERSON [--json]` prints what a participant achieved across programmes
and where they stand on each pathway. `fieldsessions pathway add --name N --programme A
[--any-of "B|C"]`, `pathway list`, `pathway status N` create pathways (every --programme
needed; any one of each --any-of group) and show who completed them.

`fieldsessions sheets -o FILE.pdf [--from DATE] [--to DATE] [--programme N]` writes the
attendance sheets of every session in the dates (default: today and the next 13 days) into one
PDF, for printing before going to the field.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from fieldsessions.cli.core_commands import add_common, opened, print_json, print_table
from fieldsessions.core.i18n import count_text, fill, tr

if TYPE_CHECKING:
    from fieldsessions.services.profiles import PathwayStanding


def cmd_reports_owed(args: argparse.Namespace) -> int:
    from fieldsessions.services import session_reports

    with opened(args):
        owed = session_reports.reports_owed(args.programme)
    if args.json:
        print_json(owed)
        return 0
    if not owed:
        print(tr("No reports are owed."))
        return 0
    print_table(
        [tr("programme", "column"), tr("period", "column"), tr("from", "column"),
         tr("to", "column"), tr("state", "column"), tr("key", "column")],
        [(o.programme_name, o.period.label, o.period.start.isoformat(),
          o.period.end.isoformat(), tr("overdue", "report") if o.overdue else tr("due", "report"),
          o.period.key)
         for o in owed])
    overdue = sum(o.overdue for o in owed)
    print(fill(count_text(
        len(owed),
        tr("1 owed, %2 overdue. Submit it with: fieldsessions reports submit "
           "--programme NAME --period KEY --notes TEXT"),
        tr("%1 owed, %2 overdue. Submit one with: fieldsessions reports submit "
           "--programme NAME --period KEY --notes TEXT")), len(owed), overdue))
    return 0


def cmd_reports_submit(args: argparse.Namespace) -> int:
    from fieldsessions.services import session_reports

    with opened(args):
        key = session_reports.submit_report(args.programme, args.period, args.notes)
    print(fill(tr("Report for %1 submitted."), key))
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from fieldsessions.services import profiles

    with opened(args):
        page = profiles.participant_page(args.participant)
    if args.json:
        print_json(page)
        return 0
    print(page.name + (f" ({page.external_id})" if page.external_id else ""))
    if page.outcomes:
        print_table([tr("programme", "column"), tr("outcome", "column"),
                     tr("achieved on", "column")],
                    [(e.programme_name, e.outcome_title, e.achieved_on.isoformat())
                     for e in page.outcomes])
    else:
        print(tr("No outcome achieved yet."))
    for standing in page.pathways:
        print(fill(tr("Pathway %1: %2"), standing.name, _standing_text(standing)))
    return 0


def _standing_text(standing: PathwayStanding) -> str:
    if standing.complete:
        return fill(tr("complete on %1"), standing.completed_on)
    return fill(tr("still needs %1"), "; ".join(standing.missing))


def cmd_pathway_add(args: argparse.Namespace) -> int:
    from fieldsessions.core.errors import ValidationError
    from fieldsessions.services import completion

    members = [(name, "") for name in args.programme or []]
    for n, group in enumerate(args.any_of or [], start=1):
        names = [name.strip() for name in group.split("|") if name.strip()]
        if len(names) < 2:
            raise ValidationError(fill(tr("--any-of %1 needs two or more programmes "
                                          "separated by |."), repr(group)))
        members += [(name, f"group {n}") for name in names]
    with opened(args):
        pathway_id = completion.create_pathway(args.name, members)
    print(fill(tr("Pathway %1 created (%2)."), repr(" ".join(args.name.split())), pathway_id))
    return 0


def cmd_pathway_list(args: argparse.Namespace) -> int:
    from fieldsessions.services import profiles

    with opened(args):
        found = profiles.list_pathways()
    if args.json:
        print_json(found)
    elif not found:
        print(tr("No pathways yet. Create one with: fieldsessions pathway add --name NAME "
                 "--programme A --any-of \"B|C\""))
    else:
        print_table([tr("id", "column"), tr("name", "column"), tr("needs", "column")],
                    [(p.id, p.name, "; ".join(p.needs)) for p in found])
    return 0


def cmd_pathway_status(args: argparse.Namespace) -> int:
    from fieldsessions.services import profiles

    with opened(args):
        rows = profiles.pathway_status(args.pathway)
    if args.json:
        print_json(rows)
    elif not rows:
        print(tr("Nobody is booked on a programme of this pathway yet."))
    else:
        print_table([tr("name", "column"), tr("standing", "column")],
                    [(r.name, _standing_text(r.standing)) for r in rows])
    return 0


def _date(text: str) -> date:
    from fieldsessions.core.errors import ValidationError
    from fieldsessions.core.recurrence import parse_date

    try:
        return parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_sheets(args: argparse.Namespace) -> int:
    from fieldsessions.reports.sheet import SheetOptions
    from fieldsessions.reports.styles import PageSetup
    from fieldsessions.services import batch_sheets

    start = args.from_date or date.today()
    end = args.to_date or start + timedelta(days=13)
    options = SheetOptions(layout=args.layout, setup=PageSetup(args.paper, False))
    with opened(args):
        sheets = batch_sheets.sheets_in_range(start, end, args.programme)
    pages = batch_sheets.write_sheets(sheets, args.output, options)
    print(fill(tr("Wrote %1: %2 for %3 to %4, %5."), args.output,
               count_text(len(sheets), tr("1 sheet"), tr("%1 sheets")), start.isoformat(),
               end.isoformat(), count_text(pages, tr("1 page"), tr("%1 pages"))))
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    text = tr("the attendance sheets of every session in a date range, in one PDF (default: "
              "today and the next 13 days)")
    sheets: argparse.ArgumentParser = sub.add_parser("sheets", help=text, description=text)
    add_common(sheets)
    sheets.add_argument("-o", "--output", required=True, metavar="FILE",
                        help=tr("the PDF to write"))
    sheets.add_argument("--from", dest="from_date", type=_date, metavar="DATE",
                        help=tr("first day, YYYY-MM-DD (default today)"))
    sheets.add_argument("--to", dest="to_date", type=_date, metavar="DATE",
                        help=tr("last day, YYYY-MM-DD (default 13 days after the first)"))
    sheets.add_argument("--programme", metavar="N", help=tr("only this programme (id or name)"))
    sheets.add_argument("--layout", choices=["ticks", "signature"], default="ticks",
                        help=tr("a tick box per status (default) or a column to sign"))
    sheets.add_argument("--paper", choices=["a4", "letter"], default="a4",
                        help=tr("paper size (default a4)"))
    sheets.set_defaults(handler=cmd_sheets)

    text = tr("a participant's outcomes across programmes and their pathway progress")
    profile: argparse.ArgumentParser = sub.add_parser("profile", help=text, description=text)
    add_common(profile, json_flag=True)
    profile.add_argument("participant", metavar="PERSON", help=tr("participant id or external ID"))
    profile.set_defaults(handler=cmd_profile)

    pathway = sub.add_parser("pathway", help=tr("completion pathways: add, list, status"))
    pathway_sub = pathway.add_subparsers(dest="pathway_command", metavar="ACTION",
                                         required=True)
    text = tr("create a pathway: every --programme, and any one of each --any-of group")
    add: argparse.ArgumentParser = pathway_sub.add_parser("add", help=text, description=text)
    add_common(add)
    add.add_argument("--name", required=True)
    add.add_argument("--programme", action="append", metavar="N",
                     help=tr("a programme the pathway needs (repeat)"))
    add.add_argument("--any-of", action="append", metavar="A|B",
                     help=tr("programmes of which any one is enough, separated by | (repeat)"))
    add.set_defaults(handler=cmd_pathway_add)
    text = tr("list the pathways and what each needs")
    listing: argparse.ArgumentParser = pathway_sub.add_parser("list", help=text,
                                                              description=text)
    add_common(listing, json_flag=True)
    listing.set_defaults(handler=cmd_pathway_list)
    text = tr("who completed a pathway, and what the others still need")
    status: argparse.ArgumentParser = pathway_sub.add_parser("status", help=text,
                                                             description=text)
    add_common(status, json_flag=True)
    status.add_argument("pathway", metavar="NAME", help=tr("pathway id or exact name"))
    status.set_defaults(handler=cmd_pathway_status)

    reports = sub.add_parser("reports", help=tr("reports owed: owed, submit"))
    reports_sub = reports.add_subparsers(dest="reports_command", metavar="ACTION",
                                         required=True)
    text = tr("list the programme reports not written yet (due, or overdue a week after)")
    owed: argparse.ArgumentParser = reports_sub.add_parser("owed", help=text, description=text)
    add_common(owed, json_flag=True)
    owed.add_argument("--programme", metavar="N", help=tr("only this programme (id or exact name)"))
    owed.set_defaults(handler=cmd_reports_owed)
    text = tr("submit a report owed (a period's report, or a session's)")
    submit: argparse.ArgumentParser = reports_sub.add_parser("submit", help=text,
                                                             description=text)
    add_common(submit)
    submit.add_argument("--programme", required=True, metavar="N",
                        help=tr("programme id or exact name"))
    submit.add_argument("--period", required=True, metavar="KEY",
                        help=tr("the period's key as `reports owed` shows it, e.g. month:2026-03"))
    submit.add_argument("--notes", default="", metavar="TEXT", help=tr("what the report says"))
    submit.set_defaults(handler=cmd_reports_submit)
