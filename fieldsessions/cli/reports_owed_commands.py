"""CLI commands that reach rules no other command shows: the reports a facilitator owes.

`fieldsessions reports owed [--programme N] [--json]` lists the period (or session) reports
not written yet, due or overdue (core.session_reports); `fieldsessions reports submit
--programme N --period KEY [--notes TEXT]` submits one (a period report, or for a programme
reporting on every session, that session's report).
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldsessions.cli.core_commands import add_common, opened, print_json, print_table


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


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the parser."""
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
