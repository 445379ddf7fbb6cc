"""CLI commands for the facilitator's day-to-day operations that the app offers on its screens:

    fieldsessions enrol|cancel-booking --programme N --participant ID
    fieldsessions walk-in --session ID (--participant ID | --name NAME [--id X] [--phone P] [--new])
    fieldsessions session cancel|didnt-happen ID --reason TEXT [--yes]
    fieldsessions session reinstate ID
    fieldsessions session add --programme N --date D [--time HH:MM] [--duration MIN]
    fieldsessions session change ID [--date D] [--time HH:MM] [--duration MIN]
    fieldsessions unmark --session ID --participant ID
    fieldsessions mark-all --session ID --status present|absent
    fieldsessions completion --programme N [--as-of DATE]

Each calls the same service as the screen does, so the rules (capacity and the waitlist,
marking windows, overlaps, hours budgets) and their sentences are the same.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from fieldsessions.cli.core_commands import (
    _date,
    _positive,
    add_common,
    mark_word,
    opened,
    print_json,
    print_table,
)
from fieldsessions.core.i18n import count_text, fill, tr
from fieldsessions.core.recurrence import parse_time


def _enrolment_sentence(status: str, already: bool) -> str:
    """The enrol command's answer for a booking's status, %1 the person, %2 the programme."""
    if status == "booked":
        return (tr("%1: already booked in %2; nothing changed.") if already
                else tr("%1: booked in %2."))
    if status == "waitlisted":
        return (tr("%1: already put on the waiting list (it is full) in %2; nothing changed.")
                if already else tr("%1: put on the waiting list (it is full) in %2."))
    return (tr("%1: already no longer booked in %2; nothing changed.") if already  # cancelled
            else tr("%1: no longer booked in %2."))


def cmd_enrol(args: argparse.Namespace) -> int:
    from fieldsessions.services import participants
    from fieldsessions.services.common import get_participant, get_programme

    with opened(args):
        programme = get_programme(args.programme)
        person = get_participant(args.participant, programme_id=programme.id)
        result = participants.enrol(programme.id, person.id)
    before = result.before[0][2] if result.before else None
    already = before is not None and before.get("status") == result.status
    print(fill(_enrolment_sentence(result.status, already), person.name, programme.name))
    return 0


def cmd_cancel_booking(args: argparse.Namespace) -> int:
    from fieldsessions.services import participants
    from fieldsessions.services.common import get_participant, get_programme

    with opened(args):
        programme = get_programme(args.programme)
        person = get_participant(args.participant, programme_id=programme.id)
        result = participants.cancel_enrolment(programme.id, person.id)
        promoted = get_participant(result.promoted).name if result.promoted else None
    print(fill(tr("%1's place in %2 is cancelled. %3 was booked from the waiting list."),
               person.name, programme.name, promoted) if promoted
          else fill(tr("%1's place in %2 is cancelled."), person.name, programme.name))
    return 0


def cmd_walk_in(args: argparse.Namespace) -> int:
    from fieldsessions.core.errors import ValidationError
    from fieldsessions.services import attendance, participants
    from fieldsessions.services.common import session_participant

    if bool(args.participant) == bool(args.name):
        return _usage_error(tr("give either --participant (someone registered) or --name."))
    with opened(args):
        if args.participant:
            person = session_participant(args.participant, args.session)
            mark = next((entry.status for entry in attendance.roster(args.session)
                         if entry.participant_id == person.id), None)
            if mark is not None:  # any mark: a walk-in would overwrite an absence or excuse
                print(fill(tr("%1 is already on this roll, marked %2; nothing changed.")
                           if mark in ("present", "late") else
                           tr("%1 is already on this roll, marked %2; nothing changed (use "
                              "mark to change it)."), person.name, mark_word(mark)))
                return 0
            result = participants.walk_in(args.session, participant_id=person.id,
                                          status=args.status)
        else:
            likely = [m.person for m in participants.walk_in_matches(
                args.name, args.id or "", args.phone or "") if m.likely]
            if likely and not args.new:
                # The walk-in dialog shows these matches; here they stop a second record of
                # the same person, which the reports would then count apart.
                named = ", ".join(f"{p.name} ({p.external_id or p.id})" for p in likely[:3])
                raise ValidationError(fill(
                    tr("%1 is already registered; mark them with --participant ID, or add "
                       "another person with --new.") if len(likely) == 1 else
                    tr("%1 are already registered; mark them with --participant ID, or add "
                       "another person with --new."), named))
            data = participants.ParticipantInput(name=args.name, external_id=args.id,
                                                 phone=args.phone or "")
            result = participants.walk_in(args.session, data, status=args.status)
    print(fill(tr("%1 walked in: marked %2 (added as a new person).") if result.created
               else tr("%1 walked in: marked %2."), result.participant.name,
               mark_word(args.status)))
    return 0


def _usage_error(text: str) -> int:
    print(f"fieldsessions: {text}", file=sys.stderr)
    return 2


def _say_session(template: str, info: Any) -> None:
    """`template` with %1 the programme, %2 the date, %3-%4 the times, %5 the session id."""
    print(fill(template, info.programme_name, info.local_date, info.local_start,
               info.local_end, info.id))


def _void_session(args: argparse.Namespace, done: str, change: Any) -> int:
    """Cancel a session or record that it did not happen. One with marks or outcome ticks
    needs --yes: they are kept, but stop counting in every figure (rolls, hours, compliance,
    completion) until it is reinstated, which a slip of the ID must not do unseen."""
    from fieldsessions.core.lifecycle import recorded_text
    from fieldsessions.services import sessions

    with opened(args):
        marks, ticks = sessions.recorded(args.session)
        kept = recorded_text(marks, ticks)
        if kept and not args.yes:
            print("fieldsessions: " + fill(
                tr("this session has %1; it would be kept but stop counting in every figure "
                   "until it is reinstated. Nothing was changed: run again with --yes to "
                   "confirm.") if marks + ticks == 1 else
                tr("this session has %1; they would be kept but stop counting in every "
                   "figure until it is reinstated. Nothing was changed: run again with --yes "
                   "to confirm."), kept), file=sys.stderr)
            return 1
        info = change(args.session, args.reason)
    _say_session(done, info)
    if kept:
        print(fill(tr("Its %1 is kept but does not count until it is reinstated.")
                   if marks + ticks == 1 else
                   tr("Its %1 are kept but do not count until it is reinstated."), kept))
    return 0


def cmd_session_cancel(args: argparse.Namespace) -> int:
    from fieldsessions.services import sessions

    return _void_session(args, tr("Cancelled: %1, %2 %3-%4 (%5)."), sessions.cancel_session)


def cmd_session_didnt_happen(args: argparse.Namespace) -> int:
    from fieldsessions.services import sessions

    return _void_session(args, tr("Recorded as not having happened: %1, %2 %3-%4 (%5)."),
                         sessions.mark_didnt_happen)


def cmd_session_reinstate(args: argparse.Namespace) -> int:
    from fieldsessions.services import sessions
    from fieldsessions.services.common import get_session

    with opened(args):
        void = sessions.is_void(get_session(args.session))
        info = sessions.reinstate_session(args.session)
    if not void:
        print(fill(tr("Nothing to change: the session of %1 %2 (%3) is neither cancelled nor "
                      "recorded as not having happened."),
                   info.local_date, info.local_start, info.id))
        return 0
    _say_session(tr("Reinstated: %1, %2 %3-%4 (%5)."), info)
    return 0


def cmd_session_add(args: argparse.Namespace) -> int:
    from fieldsessions.services import sessions

    with opened(args):
        info = sessions.add_session(args.programme, args.date,
                                    parse_time(args.time) if args.time else None,
                                    duration_min=args.duration, title=args.title or "")
    _say_session(tr("Added: %1, %2 %3-%4 (%5)."), info)
    return 0


def cmd_session_change(args: argparse.Namespace) -> int:
    from fieldsessions.services import sessions

    if args.date is None and args.time is None and args.duration is None:
        return _usage_error(tr("say what to change: --date, --time or --duration."))
    with opened(args):
        info = sessions.update_session(args.session, local_date=args.date,
                                       start=parse_time(args.time) if args.time else None,
                                       duration_min=args.duration)
    _say_session(tr("Changed: %1, %2 %3-%4 (%5)."), info)
    return 0


def cmd_unmark(args: argparse.Namespace) -> int:
    from fieldsessions.services import attendance
    from fieldsessions.services.common import session_participant

    with opened(args):
        person = session_participant(args.participant, args.session)
        changes = attendance.mark(args.session, person.id, None)
    print(fill(tr("%1: %2 -> pending (mark cleared)."), person.name,
               mark_word(changes[0].previous)) if changes
          else fill(tr("%1 had no mark in this session; nothing changed."), person.name))
    return 0


def cmd_mark_all(args: argparse.Namespace) -> int:
    from fieldsessions.services import attendance

    with opened(args):
        changes = (attendance.mark_all_present(args.session) if args.status == "present"
                   else attendance.mark_rest_absent(args.session))
    present = args.status == "present"
    if not changes:
        print(tr("Marked 0 people present; everyone already had a mark.") if present
              else tr("Marked 0 people absent; everyone already had a mark."))
    elif present:
        print(count_text(len(changes), tr("Marked 1 person present."),
                         tr("Marked %1 people present.")))
    else:
        print(count_text(len(changes), tr("Marked 1 person absent."),
                         tr("Marked %1 people absent.")))
    return 0


def _expiry_text(status: str) -> str:
    """A completion's validity on the date asked (core.completion's value) in words."""
    return {"valid": tr("valid", "completion"), "expiring_soon": tr("expiring soon", "completion"),
            "expired": tr("expired", "completion")}.get(status, status)


def cmd_completion(args: argparse.Namespace) -> int:
    from fieldsessions.services import completion

    as_of: date = args.as_of or date.today()
    with opened(args):
        status = completion.completion_status(args.programme, today=as_of)
    if args.json:
        print_json(status)
        return 0
    print(fill(tr("%1 on %2 (a completion valid %3):"), status.programme_name,
               as_of.isoformat(), count_text(status.valid_months, tr("1 month"),
                                             tr("%1 months")))
          if status.valid_months else
          fill(tr("%1 on %2 (a completion never expires):"), status.programme_name,
               as_of.isoformat()))
    rows = []
    for row in status.rows:
        expiry = row.expiry
        rows.append((
            row.name, row.external_id or "",
            tr("completed", "completion") if expiry else (
                tr("met, not recorded", "completion") if row.check.met
                else tr("not yet", "completion")),
            expiry.completed_on if expiry else "",
            (expiry.expires_on or tr("never", "expires")) if expiry else "",
            _expiry_text(expiry.status.value) if expiry else "",
        ))
    print_table([tr("name", "column"), tr("id", "column"), tr("completion", "column"),
                 tr("completed on", "column"), tr("expires", "column"),
                 tr("as of then", "column")], rows,
                empty=tr("Nobody is enrolled yet."))
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's commands to the parser."""

    def command(parent: Any, name: str, handler: Any, text: str,
                json_flag: bool = False) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = parent.add_parser(name, help=text, description=text)
        add_common(parser, json_flag=json_flag)
        parser.set_defaults(handler=handler)
        return parser

    for name, handler, text in (
        ("enrol", cmd_enrol, tr("book a participant into a programme (waitlisted when full)")),
        ("cancel-booking", cmd_cancel_booking, tr("cancel a booking or waitlist place (the "
                                                  "first waitlisted person gets a freed place)")),
    ):
        parser = command(sub, name, handler, text)
        parser.add_argument("--programme", required=True, metavar="N",
                            help=tr("programme name or id"))
        parser.add_argument("--participant", required=True, metavar="ID",
                            help=tr("participant id or external id"))

    walk = command(sub, "walk-in", cmd_walk_in, tr("add someone at the door and mark them"))
    walk.add_argument("--session", required=True, metavar="ID")
    walk.add_argument("--participant", metavar="ID", help=tr("someone already registered"))
    walk.add_argument("--name", help=tr("a new person's name"))
    walk.add_argument("--id", help=tr("their ID (an existing person with it is used)"))
    walk.add_argument("--phone")
    walk.add_argument("--status", choices=["present", "late"], default="present")
    walk.add_argument("--new", action="store_true",
                      help=tr("add a new person even when someone registered matches --name"))

    session = sub.add_parser("session", help=tr("one session: cancel, didnt-happen, reinstate, "
                             "add, change"))
    session_sub = session.add_subparsers(dest="session_command", metavar="ACTION",
                                         required=True)
    for name, handler, text in (
        ("cancel", cmd_session_cancel, tr("cancel a session, with the reason")),
        ("didnt-happen", cmd_session_didnt_happen,
         tr("record that a session that started did not take place, with the reason")),
    ):
        parser = command(session_sub, name, handler, text)
        parser.add_argument("session", metavar="ID")
        parser.add_argument("--reason", required=True)
        parser.add_argument("--yes", action="store_true",
                            help=tr("confirm for a session with marks or outcome ticks"))
    reinstate = command(session_sub, "reinstate", cmd_session_reinstate,
                        tr("undo a cancellation or a didn't-happen"))
    reinstate.add_argument("session", metavar="ID")
    add = command(session_sub, "add", cmd_session_add,
                  tr("add one extra session to a programme"))
    add.add_argument("--programme", required=True, metavar="N")
    add.add_argument("--date", required=True, type=_date, help=tr("YYYY-MM-DD"))
    add.add_argument("--time", help=tr("HH:MM (default: the programme's)"))
    add.add_argument("--duration", type=_positive, metavar="MIN",
                     help=tr("minutes (default: the programme's)"))
    add.add_argument("--title")
    change = command(session_sub, "change", cmd_session_change,
                     tr("move one session or change its length"))
    change.add_argument("session", metavar="ID")
    change.add_argument("--date", type=_date, help=tr("YYYY-MM-DD"))
    change.add_argument("--time", help=tr("HH:MM"))
    change.add_argument("--duration", type=_positive, metavar="MIN")

    unmark = command(sub, "unmark", cmd_unmark, tr("clear one participant's mark (back to "
                                                  "pending)"))
    unmark.add_argument("--session", required=True, metavar="ID")
    unmark.add_argument("--participant", required=True, metavar="ID")

    mark_all = command(sub, "mark-all", cmd_mark_all, tr("mark everyone still pending present, "
                                                         "or the rest absent"))
    mark_all.add_argument("--session", required=True, metavar="ID")
    mark_all.add_argument("--status", required=True, choices=["present", "absent"])

    status = command(sub, "completion", cmd_completion, tr("who completed a programme and "
                     "whether it has expired on a date"), json_flag=True)
    status.add_argument("--programme", required=True, metavar="N")
    status.add_argument("--as-of", type=_date, metavar="DATE", help=tr("default: today"))

