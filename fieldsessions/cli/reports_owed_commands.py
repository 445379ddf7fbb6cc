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
        print("No reports are owed.")
        return 0
    print_table(
        ["programme", "period", "from", "to", "state", "key"],
        [(o.programme_name, o.period.label, o.period.start.isoformat(),
          o.period.end.isoformat(), "overdue" if o.overdue else "due", o.period.key)
         for o in owed])
    overdue = sum(o.overdue for o in owed)
    print(f"{len(owed)} owed, {overdue} overdue. Submit one with: fieldsessions reports "
          "submit --programme NAME --period KEY --notes TEXT")
    return 0


def cmd_reports_submit(args: argparse.Namespace) -> int:
    from fieldsessions.services import session_reports

    with opened(args):
        key = session_reports.submit_report(args.programme, args.period, args.notes)
    print(f"Report for {key} submitted.")
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
        print_table(["programme", "outcome", "achieved on"],
                    [(e.programme_name, e.outcome_title, e.achieved_on.isoformat())
                     for e in page.outcomes])
    else:
        print("No outcome achieved yet.")
    for standing in page.pathways:
        print(f"Pathway {standing.name}: " + _standing_text(standing))
    return 0


def _standing_text(standing: PathwayStanding) -> str:
    if standing.complete:
        return f"complete on {standing.completed_on}"
    return "still needs " + "; ".join(standing.missing)


def cmd_pathway_add(args: argparse.Namespace) -> int:
    from fieldsessions.core.errors import ValidationError
    from fieldsessions.services import completion

    members = [(name, "") for name in args.programme or []]
    for n, group in enumerate(args.any_of or [], start=1):
        names = [name.strip() for name in group.split("|") if name.strip()]
        if len(names) < 2:
            raise ValidationError(f"--any-of {group!r} needs two or more programmes "
                                  "separated by |.")
        members += [(name, f"group {n}") for name in names]
    with opened(args):
        pathway_id = completion.create_pathway(args.name, members)
    print(f"Pathway {' '.join(args.name.split())!r} created ({pathway_id}).")
    return 0


def cmd_pathway_list(args: argparse.Namespace) -> int:
    from fieldsessions.services import profiles

    with opened(args):
        found = profiles.list_pathways()
    if args.json:
        print_json(found)
    elif not found:
        print("No pathways yet. Create one with: fieldsessions pathway add --name NAME "
              "--programme A --any-of \"B|C\"")
    else:
        print_table(["id", "name", "needs"], [(p.id, p.name, "; ".join(p.needs))
                                             for p in found])
    return 0


def cmd_pathway_status(args: argparse.Namespace) -> int:
    from fieldsessions.services import profiles

    with opened(args):
        rows = profiles.pathway_status(args.pathway)
    if args.json:
        print_json(rows)
    elif not rows:
        print("Nobody is booked on a programme of this pathway yet.")
    else:
        print_table(["name", "standing"], [(r.name, _standing_text(r.standing)) for r in rows])
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
    count = f"{len(sheets)} sheet" + ("" if len(sheets) == 1 else "s")
    print(f"Wrote {args.output}: {count} for {start.isoformat()} to {end.isoformat()}, "
          f"{pages} page" + ("" if pages == 1 else "s") + ".")
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
    text = ("the attendance sheets of every session in a date range, in one PDF (default: "
            "today and the next 13 days)")
    sheets: argparse.ArgumentParser = sub.add_parser("sheets", help=text, description=text)
    add_common(sheets)
    sheets.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="the PDF to write")
    sheets.add_argument("--from", dest="from_date", type=_date, metavar="DATE",
                        help="first day, YYYY-MM-DD (default today)")
    sheets.add_argument("--to", dest="to_date", type=_date, metavar="DATE",
                        help="last day, YYYY-MM-DD (default 13 days after the first)")
    sheets.add_argument("--programme", metavar="N", help="only this programme (id or name)")
    sheets.add_argument("--layout", choices=["ticks", "signature"], default="ticks",
                        help="a tick box per status (default) or a column to sign")
    sheets.add_argument("--paper", choices=["a4", "letter"], default="a4",
                        help="paper size (default a4)")
    sheets.set_defaults(handler=cmd_sheets)

    text = "a participant's outcomes across programmes and their pathway progress"
    profile: argparse.ArgumentParser = sub.add_parser("profile", help=text, description=text)
    add_common(profile, json_flag=True)
    profile.add_argument("participant", metavar="PERSON", help="participant id or external ID")
    profile.set_defaults(handler=cmd_profile)

    pathway = sub.add_parser("pathway", help="completion pathways: add, list, status")
    pathway_sub = pathway.add_subparsers(dest="pathway_command", metavar="ACTION",
                                         required=True)
    text = "create a pathway: every --programme, and any one of each --any-of group"
    add: argparse.ArgumentParser = pathway_sub.add_parser("add", help=text, description=text)
    add_common(add)
    add.add_argument("--name", required=True)
    add.add_argument("--programme", action="append", metavar="N",
                     help="a programme the pathway needs (repeat)")
    add.add_argument("--any-of", action="append", metavar="A|B",
                     help="programmes of which any one is enough, separated by | (repeat)")
    add.set_defaults(handler=cmd_pathway_add)
    text = "list the pathways and what each needs"
    listing: argparse.ArgumentParser = pathway_sub.add_parser("list", help=text,
                                                              description=text)
    add_common(listing, json_flag=True)
    listing.set_defaults(handler=cmd_pathway_list)
    text = "who completed a pathway, and what the others still need"
    status: argparse.ArgumentParser = pathway_sub.add_parser("status", help=text,
                                                             description=text)
    add_common(status, json_flag=True)
    status.add_argument("pathway", metavar="NAME", help="pathway id or exact name")
    status.set_defaults(handler=cmd_pathway_status)

    reports = sub.add_parser("reports", help="reports owed: owed, submit")
    reports_sub = reports.add_subparsers(dest="reports_command", metavar="ACTION",
                                         required=True)
    text = "list the programme reports not written yet (due, or overdue a week after)"
    owed: argparse.ArgumentParser = reports_sub.add_parser("owed", help=text, description=text)
    add_common(owed, json_flag=True)
    owed.add_argument("--programme", metavar="N", help="only this programme (id or exact name)")
    owed.set_defaults(handler=cmd_reports_owed)
    text = "submit a report owed (a period's report, or a session's)"
    submit: argparse.ArgumentParser = reports_sub.add_parser("submit", help=text,
                                                             description=text)
    add_common(submit)
    submit.add_argument("--programme", required=True, metavar="N",
                        help="programme id or exact name")
    submit.add_argument("--period", required=True, metavar="KEY",
                        help="the period's key as `reports owed` shows it, e.g. month:2026-03")
    submit.add_argument("--notes", default="", metavar="TEXT", help="what the report says")
    submit.set_defaults(handler=cmd_reports_submit)
