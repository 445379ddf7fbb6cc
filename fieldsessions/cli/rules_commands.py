"""CLI commands of the rules area: `fieldsessions compliance --programme N [--json]`."""

from __future__ import annotations

import argparse
from typing import Any

from fieldsessions.cli.core_commands import add_common, opened, print_json, print_table
from fieldsessions.core.compliance import ComplianceStatus, ParticipantCompliance
from fieldsessions.core.wording import plural

STATUS_TEXT = {
    ComplianceStatus.NOT_YET_ASSESSED: "not yet assessed",
    ComplianceStatus.COMPLIANT: "compliant",
    ComplianceStatus.AT_RISK: "at risk",
    ComplianceStatus.NON_COMPLIANT: "non-compliant",
}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


def _row(r: ParticipantCompliance) -> tuple[object, ...]:
    return (r.name, f"{r.attended}/{r.counted}", _pct(r.rate), _pct(r.max_achievable),
            STATUS_TEXT[r.status], r.consecutive_absences, "ALERT" if r.absence_alert else "")


def cmd_compliance(args: argparse.Namespace) -> int:
    from fieldsessions.services import compliance

    with opened(args):
        result = compliance.compliance(args.programme)
    if args.json:
        print_json(result)
        return 0
    rules = result.rules
    limit = rules.consecutive_absence_limit  # 0 turns the alert off (core.compliance)
    print(f"{result.programme_name}: required attendance {rules.required_attendance}%, "
          f"excused counts as {rules.excused_policy.value}, "
          + (f"alert after {plural(limit, 'absence')} in a row." if limit
             else "no alert for absences in a row."))
    print(f"Sessions: {result.sessions_with_roll} with roll taken, "
          f"{result.sessions_roll_missing} with roll missing or incomplete, "
          f"{result.sessions_to_come} to come.")
    rows = result.follow_up if args.follow_up else result.participants
    if not rows:
        print("Nobody needs follow-up." if args.follow_up else "Nobody is booked yet.")
        return 0
    print_table(["name", "attended", "rate", "max", "status", "absences in a row", "alert"],
                [_row(r) for r in rows])
    if not args.follow_up:
        print(f"Follow-up: {len(result.follow_up)} of {len(result.participants)} "
              "(--follow-up lists only them).")
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's commands to the parser."""
    text = "attendance compliance of a programme's participants, with the follow-up list"
    parser: argparse.ArgumentParser = sub.add_parser("compliance", help=text, description=text)
    add_common(parser, json_flag=True)
    parser.add_argument("--programme", required=True, metavar="N",
                        help="programme id or exact name")
    parser.add_argument("--follow-up", action="store_true",
                        help="only the non-compliant, at-risk and alerted participants")
    parser.set_defaults(handler=cmd_compliance)
