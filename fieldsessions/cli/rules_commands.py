"""CLI commands of the rules area: `fieldsessions compliance --programme N [--json]`."""

from __future__ import annotations

import argparse
from typing import Any

from fieldsessions.cli.core_commands import add_common, opened, print_json, print_table
from fieldsessions.core.compliance import ComplianceStatus, ParticipantCompliance
from fieldsessions.core.i18n import count_text, fill, tr


def status_text(status: ComplianceStatus) -> str:
    """A participant's compliance in words, as the table shows it."""
    return {
        ComplianceStatus.NOT_YET_ASSESSED: tr("not yet assessed", "compliance"),
        ComplianceStatus.COMPLIANT: tr("compliant", "compliance"),
        ComplianceStatus.AT_RISK: tr("at risk", "compliance"),
        ComplianceStatus.NON_COMPLIANT: tr("non-compliant", "compliance"),
    }[status]


def _excused_text(policy: str) -> str:
    """How excused absences count (core.enums.ExcusedPolicy's value) in words."""
    return {"attended": tr("attended", "excused counts as"),
            "excluded": tr("excluded", "excused counts as"),
            "absent": tr("absent", "excused counts as")}.get(policy, policy)


def _pct(value: float | None) -> str:
    """"83.3%", "100.0%" (one decimal always, so the column lines up), with the decimal
    separator of the user's language."""
    return "-" if value is None else f"{value:.1f}%".replace(".", tr(".", "decimal separator"))


def _row(r: ParticipantCompliance) -> tuple[object, ...]:
    return (r.name, f"{r.attended}/{r.counted}", _pct(r.rate), _pct(r.max_achievable),
            status_text(r.status), r.consecutive_absences,
            tr("ALERT", "absence alert") if r.absence_alert else "")


def cmd_compliance(args: argparse.Namespace) -> int:
    from fieldsessions.services import compliance

    with opened(args):
        result = compliance.compliance(args.programme)
    if args.json:
        print_json(result)
        return 0
    rules = result.rules
    limit = rules.consecutive_absence_limit  # 0 turns the alert off (core.compliance)
    excused = _excused_text(rules.excused_policy.value)
    if limit:
        print(fill(tr("%1: required attendance %2%, excused counts as %3, %4."),
                   result.programme_name, rules.required_attendance, excused,
                   count_text(limit, tr("alert after 1 absence in a row"),
                              tr("alert after %1 absences in a row"))))
    else:
        print(fill(tr("%1: required attendance %2%, excused counts as %3, no alert for "
                      "absences in a row."),
                   result.programme_name, rules.required_attendance, excused))
    print(fill(tr("Sessions: %1 with roll taken, %2 with roll missing or incomplete, %3 to "
                  "come."), result.sessions_with_roll, result.sessions_roll_missing,
               result.sessions_to_come))
    rows = result.follow_up if args.follow_up else result.participants
    if not rows:
        print(tr("Nobody needs follow-up.") if args.follow_up else tr("Nobody is booked yet."))
        return 0
    print_table([tr("name", "column"), tr("attended", "column"), tr("rate", "column"),
                 tr("max", "column"), tr("status", "column"),
                 tr("absences in a row", "column"), tr("alert", "column")],
                [_row(r) for r in rows])
    if not args.follow_up:
        print(fill(tr("Follow-up: %1 of %2 (--follow-up lists only them)."),
                   len(result.follow_up), len(result.participants)))
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's commands to the parser."""
    text = tr("attendance compliance of a programme's participants, with the follow-up list")
    parser: argparse.ArgumentParser = sub.add_parser("compliance", help=text, description=text)
    add_common(parser, json_flag=True)
    parser.add_argument("--programme", required=True, metavar="N",
                        help=tr("programme id or exact name"))
    parser.add_argument("--follow-up", action="store_true",
                        help=tr("only the non-compliant, at-risk and alerted participants"))
    parser.set_defaults(handler=cmd_compliance)
