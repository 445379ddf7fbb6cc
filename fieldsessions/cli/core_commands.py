"""CLI commands of the foundation: demo, programme, sessions, participants, import, mark."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fieldsessions.core.enums import ExcusedPolicy, Frequency, MonthlyMode, ReportingFrequency
from fieldsessions.core.errors import StoreError, ValidationError
from fieldsessions.core.i18n import count_text, fill, tr
from fieldsessions.core.lifecycle import SessionState
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.core.records import Removal
from fieldsessions.core.recurrence import parse_date, parse_time, parse_weekdays, until_for_weeks
from fieldsessions.db import store


def data_path(args: argparse.Namespace) -> Path:
    """The data file named by --db / $FIELDSESSIONS_DB / the default; a blank --db is refused
    (it would otherwise quietly open the default file)."""
    given = getattr(args, "db", None)
    if given is not None and not given.strip():
        raise StoreError(fill(tr("--db was given an empty path; give the path of a data file, "
                                 "such as %1, or leave --db out for that one."),
                              store.resolve_path(None)))
    return store.resolve_path(given)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[None]:
    """Open the data file named by --db / $FIELDSESSIONS_DB / the default, for one command.

    When there was no file there, one is created and the user is told (a mistyped --db would
    otherwise show an empty store as if the data were gone)."""
    path = data_path(args)
    existed = path.exists()
    # A missing folder is made (a first run's user data folder), and said: with a mistyped
    # --db it is the only sign that the data went to a new place.
    missing = next((folder for folder in reversed(path.absolute().parents)
                    if not folder.exists()), None)
    store.open_store(path)
    if not existed:
        made = (fill(tr("note: created the folder %1 and a new, empty data file at %2 (there "
                        "was none there)."), missing, path.resolve()) if missing is not None
                else fill(tr("note: created a new, empty data file at %1 (there was none "
                             "there)."), path.resolve()))
        print("fieldsessions: " + made, file=sys.stderr)
    try:
        yield
    finally:
        store.close_store()


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def display_width(text: str) -> int:
    """Columns `text` takes on a terminal: wide (CJK, Hangul, full-width) characters take two,
    combining marks (Arabic vowel signs, accents written apart) and zero-width ones none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]],
                empty: str | None = None) -> None:
    """Columns aligned by display width (a Korean or Chinese name is twice as wide as its
    characters); `empty` is printed instead of a bare header when there are no rows."""
    if not rows:
        print(tr("Nothing to list.") if empty is None else empty)
        return
    cells = [[("" if c is None else " ".join(str(c).split())) for c in row] for row in rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells])
              for i, h in enumerate(headers)]
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def add_common(parser: argparse.ArgumentParser, *, json_flag: bool = False) -> None:
    parser.add_argument("--db", default=argparse.SUPPRESS, help=tr("the data file"))
    if json_flag:
        parser.add_argument("--json", action="store_true", help=tr("print JSON"))


def mark_word(status: str | None) -> str:
    """An attendance mark in words ("present", ... "pending" for none), as printed."""
    words = {"present": tr("present", "attendance mark"), "late": tr("late", "attendance mark"),
             "excused": tr("excused", "attendance mark"),
             "absent": tr("absent", "attendance mark")}
    return tr("pending", "attendance mark") if status is None else words.get(status, status)


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def not_whole(text: str) -> str:
    """The sentence for a number option given something else."""
    return fill(tr("%1 is not a whole number"), repr(text))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_whole(text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(tr("must be at least 1"))
    return value


def _percent(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_whole(text)) from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(tr("must be a percentage from 0 to 100"))
    return value


# --- handlers ------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    """Demo data in an empty file, which becomes a demo file (nothing in it is ever queued
    for the server). Without --db or $FIELDSESSIONS_DB: the demo file beside the default data
    file, never the facilitator's own file."""
    from fieldsessions.services import demo

    path = data_path(args)
    if not getattr(args, "db", None) and not os.environ.get(store.ENV_VAR):
        path = store.demo_path(path)
    store.open_store(path)
    try:
        summary = demo.create_demo()
    finally:
        store.close_store()
    print(fill(tr("Demo data created in %1: %2, %3, %4, %5. Nothing in this demo file is sent "
                  "to a server."), path,
               count_text(summary.programmes, tr("1 programme"), tr("%1 programmes")),
               count_text(summary.participants, tr("1 participant"), tr("%1 participants")),
               count_text(summary.sessions, tr("1 session"), tr("%1 sessions")),
               count_text(summary.marks, tr("1 mark"), tr("%1 marks"))))
    return 0


def spec_from_args(args: argparse.Namespace) -> ProgrammeSpec:
    start: date = args.start
    weekdays: tuple[int, ...] = ()
    frequency: Frequency
    if args.once:
        frequency = Frequency.ONCE
    elif args.daily:
        frequency = Frequency.DAILY
    elif args.weekly is not None:
        frequency, weekdays = Frequency.WEEKLY, parse_weekdays(args.weekly)
    elif args.biweekly is not None:
        frequency, weekdays = Frequency.BIWEEKLY, parse_weekdays(args.biweekly)
    elif args.monthly:
        frequency = Frequency.MONTHLY
    elif args.quarterly:
        frequency = Frequency.QUARTERLY
    else:
        frequency = Frequency.RRULE
    monthly_mode = MonthlyMode.BY_DATE
    week = None
    if args.nth_weekday:
        if frequency not in (Frequency.MONTHLY, Frequency.QUARTERLY):
            raise ValidationError(tr("--nth-weekday goes with --monthly or --quarterly."))
        number, _, day = args.nth_weekday.partition(":")
        try:
            week = -1 if number.strip().lower() == "last" else int(number)
        except ValueError:
            raise ValidationError(tr("--nth-weekday looks like 2:tue or last:fri.")) from None
        monthly_mode, weekdays = MonthlyMode.BY_WEEKDAY, parse_weekdays(day)[:1]
    until = args.until
    if args.weeks is not None:
        until = until_for_weeks(start, args.weeks)
    excluded = tuple(parse_date(d, "excluded date") for d in (args.exclude or []))
    return ProgrammeSpec(
        name=args.name, frequency=frequency, start_date=start, weekdays=weekdays, until=until,
        count=args.count, monthly_mode=monthly_mode, week_of_month=week, rrule=args.rrule,
        excluded_dates=excluded, start_time=parse_time(args.time), duration_min=args.duration,
        timezone=args.timezone, location=args.location or "", online_url=args.url or "",
        capacity=args.capacity, required_attendance=args.required_attendance,
        excused_policy=ExcusedPolicy(args.excused),
        outcomes=tuple(args.outcome or []), topics=tuple(args.topic or []),
        topic_tracking=bool(args.topic), hours_budget=args.hours_budget,
        expiry_months=args.expiry_months,
        reporting_frequency=ReportingFrequency(args.reporting), facilitator=args.facilitator or "",
    )


def cmd_programme_add(args: argparse.Namespace) -> int:
    from fieldsessions.services import programmes, sessions

    spec = spec_from_args(args)
    with opened(args):
        clashes = sessions.programme_clashes(spec)  # a warning: double-booking is allowed
        info = programmes.create_programme(spec)
        if clashes:
            print("fieldsessions: " + fill(tr("warning: %1."), sessions.clash_text(
                spec.facilitator, clashes)), file=sys.stderr)
    for day in spec.recurrence().unused_exclusions():
        print("fieldsessions: " + fill(tr("note: %1 is not a date of this schedule, so "
                                          "--exclude left nothing out for it."),
                                       day.isoformat()), file=sys.stderr)
    if args.json:
        print_json(info)
    else:
        print(fill(tr("Programme %1 created (%2): %3."), repr(info.name), info.id,
                   count_text(info.session_count, tr("1 session scheduled"),
                              tr("%1 sessions scheduled"))))
    return 0


def cmd_programme_list(args: argparse.Namespace) -> int:
    from fieldsessions.services import programmes

    with opened(args):
        items = programmes.list_programmes(include_archived=True)
    if args.json:
        print_json(items)
    else:
        print_table([tr("id", "column"), tr("name", "column"), tr("schedule", "column"),
                     tr("sessions", "column"), tr("enrolled", "column"),
                     tr("waitlisted", "column"), tr("capacity", "column")],
                    [(p.id, p.name, p.schedule, p.session_count, p.enrolled, p.waitlisted,
                      p.capacity or "-") for p in items],
                    empty=tr("No programmes yet; add one with `fieldsessions programme add`."))
    return 0


def state_text(state: SessionState) -> str:
    """A session's state in words, as the sessions table shows it."""
    return {
        SessionState.SCHEDULED: tr("scheduled", "session state"),
        SessionState.IN_PROGRESS: tr("in progress", "session state"),
        SessionState.COMPLETED: tr("completed", "session state"),
        SessionState.CANCELLED: tr("cancelled", "session state"),
        SessionState.DIDNT_HAPPEN: tr("didn't happen", "session state"),
    }[state]


def roll_text(roll: str) -> str:
    """A session's roll (core.lifecycle.roll_state's value) in words."""
    return {"not_taken": tr("not taken", "roll"), "incomplete": tr("incomplete", "roll"),
            "complete": tr("complete", "roll")}.get(roll, roll.replace("_", " "))


def cmd_sessions_list(args: argparse.Namespace) -> int:
    from fieldsessions.services import programmes

    if args.from_date and args.to_date and args.to_date < args.from_date:
        raise ValidationError(tr("The end date is before the start date."))  # as report/export
    with opened(args):
        items = programmes.list_sessions(args.programme, start=args.from_date, end=args.to_date,
                                         kind=args.filter)
    # "roll": not_taken | incomplete | complete, core.lifecycle.roll_state (as the app shows);
    # "status" in the table and "state" in JSON: core.lifecycle.session_state (the stored
    # status alone says neither "didn't happen" nor that a past session is over).
    now = datetime.now(UTC)
    if args.json:
        print_json([{**to_jsonable(s), "roll": s.roll.value, "state": s.state(now).value}
                    for s in items])
    else:
        print_table([tr("id", "column"), tr("date", "column"), tr("start", "column"),
                     tr("end", "column"), tr("programme", "column"), tr("status", "column"),
                     tr("marked", "column"), tr("roll", "column")],
                    [(s.id, s.local_date, s.local_start, s.local_end, s.programme_name,
                      state_text(s.state(now)), f"{s.marked}/{s.roster_size}",
                      roll_text(s.roll.value))
                     for s in items])
    return 0


def cmd_participants_list(args: argparse.Namespace) -> int:
    from fieldsessions.services import participants

    with opened(args):
        items = participants.list_participants(args.programme, args.search or "")
    if args.json:
        print_json(items)
    else:
        print_table([tr("id", "column"), tr("name", "column"), tr("external id", "column"),
                     tr("group", "column"), tr("enrolment", "column")],
                    [(p.id, p.name, p.external_id or "", p.group_name,
                      enrolment_text(p.enrolment_status or "")) for p in items],
                    empty=tr("No participants match.") if args.programme or args.search
                    else tr("No participants yet; add them with `fieldsessions import-roster`."))
    return 0


def enrolment_text(status: str) -> str:
    """A booking's status (an enum value) in words, as the tables show it."""
    return {"booked": tr("booked", "booking"), "waitlisted": tr("waitlisted", "booking"),
            "cancelled": tr("cancelled", "booking")}.get(status, status)


def cmd_import_roster(args: argparse.Namespace) -> int:
    from fieldsessions.services import importing

    with opened(args):
        report = importing.import_roster(args.file, args.programme)
    if args.json:
        print_json(report)
        return 0
    imported = count_text(report.imported, tr("1 participant"), tr("%1 participants"))
    skipped = count_text(len(report.skipped), tr("1 row"), tr("%1 rows"))
    print(fill(tr("Imported %1; enrolled %2, waitlisted %3; skipped %4."), imported,
               report.enrolled, report.waitlisted, skipped) if args.programme
          else fill(tr("Imported %1; skipped %2."), imported, skipped))
    for issue in report.skipped:
        print("  " + fill(tr("line %1: %2"), issue.line, issue.reason))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = data_path(args)
    used, kept = store.restore(path, Path(args.backup).expanduser() if args.backup else None)
    print(fill(tr("Restored %1 from %2. The file it replaced was kept as %3. Changes made "
                  "after that backup are not in it; a sync brings back what the server has."),
               path, used, kept) if kept
          else fill(tr("Restored %1 from %2. Changes made after that backup are not in it; a "
                       "sync brings back what the server has."), path, used))
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    from fieldsessions.services import attendance
    from fieldsessions.services.common import session_participant

    with opened(args):
        participant = session_participant(args.participant, args.session)
        attendance.check_on_roll(args.session, [participant.id])
        changes = attendance.mark(args.session, participant.id, args.status,
                                  minutes=args.minutes, by=args.by)
    if not changes:
        print(fill(tr("%1 was already marked %2; nothing changed."), participant.name,
                   mark_word(args.status)))
    else:
        change = changes[0]
        print(f"{participant.name}: {mark_word(change.previous)} -> {mark_word(change.status)}")
    return 0


def _mark_text(status: str | None, minutes: int | None) -> str:
    word = mark_word(status)
    return word if minutes is None else fill(tr("%1 (%2 min)"), word, minutes)


def cmd_mark_history(args: argparse.Namespace) -> int:
    """Every change of one mark, from every laptop that has synced, oldest first."""
    from fieldsessions.services import attendance
    from fieldsessions.services.common import device, get_participant

    with opened(args):
        participant = get_participant(args.participant)
        entries = attendance.mark_history(args.session, participant.id)
        here = device().id
    if args.json:
        print_json(entries)
        return 0
    print_table(
        [tr("When (UTC)", "column"), tr("Change", "column"), tr("By", "column"),
         tr("Device", "column"), tr("Reason", "column")],
        [(e.changed_at.strftime("%Y-%m-%d %H:%M:%S"),
          f"{_mark_text(e.previous, e.previous_minutes)} -> {_mark_text(e.status, e.minutes)}",
          e.changed_by, tr("this laptop") if e.device_id == here else e.device_id[:8],
          tr("(received without its own entry)") if e.from_sync else e.reason)
         for e in entries],
        empty=fill(tr("%1 has no mark in this session and never had one."), participant.name))
    return 0


def _removal_text(removal: Removal, programme: bool, done: bool) -> str:
    """What removing does (`done`: what it did), in whole sentences."""
    name = repr(removal.name)
    bookings = count_text(removal.enrolments, tr("1 booking"), tr("%1 bookings"))
    if removal.deletable and programme:
        sessions = count_text(removal.sessions, tr("1 session"), tr("%1 sessions"))
        if removal.enrolments:
            return fill(tr("Programme %1 has nothing recorded: it was deleted with its %2 and "
                           "%3, here and on the server at the next sync.") if done else
                        tr("Programme %1 has nothing recorded: it is deleted with its %2 and "
                           "%3, here and on the server at the next sync."),
                        name, sessions, bookings)
        return fill(tr("Programme %1 has nothing recorded: it was deleted with its %2, here "
                       "and on the server at the next sync.") if done else
                    tr("Programme %1 has nothing recorded: it is deleted with its %2, here "
                       "and on the server at the next sync."), name, sessions)
    if removal.deletable:
        if removal.enrolments:
            return fill(tr("Participant %1 has nothing recorded: it was deleted with its %2, "
                           "here and on the server at the next sync.") if done else
                        tr("Participant %1 has nothing recorded: it is deleted with its %2, "
                           "here and on the server at the next sync."), name, bookings)
        return fill(tr("Participant %1 has nothing recorded: it was deleted, here and on the "
                       "server at the next sync.") if done else
                    tr("Participant %1 has nothing recorded: it is deleted, here and on the "
                       "server at the next sync."), name)
    if programme:
        return fill(tr("Programme %1 has %2 (marks, ticks or reports): it was archived, hidden "
                       "from the lists, with every record kept.") if done else
                    tr("Programme %1 has %2 (marks, ticks or reports): it is archived, hidden "
                       "from the lists, with every record kept."),
                    name, count_text(removal.records, tr("1 record"), tr("%1 records")))
    return fill(tr("%1 has %2: they were taken off every programme, with their history kept.")
                if done else
                tr("%1 has %2: they are taken off every programme, with their history kept."),
                removal.name, count_text(removal.records, tr("1 mark or tick"),
                                         tr("%1 marks or ticks")))


def _remove(args: argparse.Namespace, programme: bool, preview: Callable[[str], Removal],
            remove: Callable[[str], Removal], ref: str) -> int:
    with opened(args):
        removal = preview(ref)
        if not args.yes:
            print(_removal_text(removal, programme, done=False))
            print(tr("Nothing was changed: run again with --yes to confirm."), file=sys.stderr)
            return 1
        remove(ref)
    print(_removal_text(removal, programme, done=True))
    return 0


def cmd_programme_remove(args: argparse.Namespace) -> int:
    from fieldsessions.services import programmes

    return _remove(args, True, programmes.programme_removal,
                   programmes.remove_programme, args.programme)


def cmd_participant_remove(args: argparse.Namespace) -> int:
    from fieldsessions.services import participants

    return _remove(args, False, participants.participant_removal,
                   participants.remove_participant, args.participant)


def cmd_settings(args: argparse.Namespace) -> int:
    """This laptop's facilitator and device names (what the app asks on first run)."""
    from fieldsessions.services import status

    with opened(args):
        found = status.device_settings()
        if args.facilitator is not None or args.device is not None:
            found = status.save_device_settings(
                name=found.name if args.device is None else args.device,
                facilitator=found.facilitator if args.facilitator is None else args.facilitator)
    if args.json:
        print_json(found)
    else:
        unset = tr("(not set: fieldsessions settings --facilitator NAME)")
        print(fill(tr("Facilitator: %1"), found.facilitator or unset))
        print(fill(tr("Device: %1"), found.name))
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
                json_flag: bool = False, parent: Any = sub) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = parent.add_parser(name, help=help_text,
                                                            description=help_text)
        add_common(parser, json_flag=json_flag)
        parser.set_defaults(handler=handler)
        return parser

    command("demo", cmd_demo, tr("fill an empty data file with realistic demo data"))
    settings = command("settings", cmd_settings,
                       tr("show or set this laptop's facilitator name (printed on sheets and "
                          "reports) and device name"), json_flag=True)
    settings.add_argument("--facilitator", metavar="NAME", help=tr("your name"))
    settings.add_argument("--device", metavar="NAME", help=tr("this laptop's name"))

    programme = sub.add_parser("programme", help=tr("programmes: add, list"))
    programme_sub = programme.add_subparsers(dest="programme_command", metavar="ACTION",
                                             required=True)
    add = command("add", cmd_programme_add, tr("create a programme and schedule its sessions"),
                  json_flag=True, parent=programme_sub)
    add.add_argument("--name", required=True)
    add.add_argument("--start", required=True, type=_date, help=tr("first date, YYYY-MM-DD"))
    freq = add.add_mutually_exclusive_group(required=True)
    freq.add_argument("--once", action="store_true", help=tr("a single session"))
    freq.add_argument("--daily", action="store_true")
    freq.add_argument("--weekly", metavar="DAYS", help=tr("weekdays, e.g. tue,thu"))
    freq.add_argument("--biweekly", metavar="DAYS",
                      help=tr("every two weeks on these weekdays"))
    freq.add_argument("--monthly", action="store_true",
                      help=tr("on the start date's day number (29-31 fall on the last day of "
                              "shorter months)"))
    freq.add_argument("--quarterly", action="store_true")
    freq.add_argument("--rrule", metavar="RULE",
                      help=tr("any RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE"))
    end = add.add_mutually_exclusive_group()
    end.add_argument("--until", type=_date, help=tr("last date, YYYY-MM-DD"))
    end.add_argument("--count", type=_positive, help=tr("number of sessions"))
    end.add_argument("--weeks", type=_positive, help=tr("number of weeks from the start"))
    add.add_argument("--nth-weekday", metavar="N:DAY",
                     help=tr("monthly/quarterly on the Nth weekday, e.g. 2:tue or last:fri"))
    add.add_argument("--exclude", action="append", metavar="DATE",
                     help=tr("a date with no session (repeat for each holiday)"))
    add.add_argument("--time", default="09:00", help=tr("start time HH:MM (default 09:00)"))
    add.add_argument("--duration", type=_positive, default=60, help=tr("minutes (default 60)"))
    add.add_argument("--timezone", default="UTC", help=tr("e.g. Africa/Nairobi (default UTC)"))
    add.add_argument("--location")
    add.add_argument("--url", help=tr("online link"))
    add.add_argument("--capacity", type=_positive)
    add.add_argument("--required-attendance", type=_percent, default=80, metavar="PCT")
    add.add_argument("--excused", choices=[p.value for p in ExcusedPolicy],
                     default=ExcusedPolicy.EXCLUDED.value,
                     help=tr("how excused absences count (default: excluded from the rate)"))
    add.add_argument("--outcome", action="append", metavar="TEXT",
                     help=tr("repeat per outcome"))
    add.add_argument("--topic", action="append", metavar="TEXT", help=tr("repeat per topic"))
    add.add_argument("--hours-budget", type=float, metavar="HOURS")
    add.add_argument("--expiry-months", type=_positive)
    add.add_argument("--reporting", choices=[r.value for r in ReportingFrequency],
                     default=ReportingFrequency.EVERY_SESSION.value)
    add.add_argument("--facilitator")
    command("list", cmd_programme_list, tr("list programmes"), json_flag=True,
            parent=programme_sub)
    remove = command("remove", cmd_programme_remove, tr("delete a programme with nothing "
                     "recorded in it, else archive it (asks for --yes)"), parent=programme_sub)
    remove.add_argument("programme", metavar="N", help=tr("programme id or name"))
    remove.add_argument("--yes", action="store_true", help=tr("confirm"))

    sessions = sub.add_parser("sessions", help=tr("sessions: list"))
    sessions_sub = sessions.add_subparsers(dest="sessions_command", metavar="ACTION",
                                           required=True)
    listing = command("list", cmd_sessions_list, tr("list sessions"), json_flag=True,
                      parent=sessions_sub)
    listing.add_argument("--programme", metavar="N", help=tr("programme id or name"))
    listing.add_argument("--from", dest="from_date", type=_date, metavar="DATE")
    listing.add_argument("--to", dest="to_date", type=_date, metavar="DATE")
    listing.add_argument("--filter", default="all",
                         choices=["all", "today", "upcoming", "roll_missing", "past",
                                  "cancelled"])

    people = sub.add_parser("participants", help=tr("participants: list"))
    people_sub = people.add_subparsers(dest="participants_command", metavar="ACTION",
                                       required=True)
    plist = command("list", cmd_participants_list, tr("list participants"), json_flag=True,
                    parent=people_sub)
    plist.add_argument("--programme", metavar="N",
                       help=tr("only those enrolled in this programme"))
    plist.add_argument("--search", help=tr("part of a name or ID"))
    premove = command("remove", cmd_participant_remove, tr("delete a person with nothing "
                      "recorded, else take them off every programme (asks for --yes)"),
                      parent=people_sub)
    premove.add_argument("participant", metavar="ID", help=tr("participant id or external id"))
    premove.add_argument("--yes", action="store_true", help=tr("confirm"))

    imp = command("import-roster", cmd_import_roster,
                  tr("import participants from CSV or XLSX"), json_flag=True)
    imp.add_argument("file")
    imp.add_argument("--programme", metavar="N", help=tr("enrol everyone in this programme"))

    restore = command("restore", cmd_restore, tr("put a backup of the data file back in place "
                      "(the newest one unless --backup is given); the file it replaces is kept"))
    restore.add_argument("--backup", metavar="FILE", help=tr("the backup to restore"))

    mark = command("mark", cmd_mark, tr("mark one participant in one session"))
    mark.add_argument("--session", required=True, metavar="ID")
    mark.add_argument("--participant", required=True, metavar="ID",
                      help=tr("participant id or external id"))
    mark.add_argument("--status", required=True,
                      choices=["present", "late", "excused", "absent"])
    mark.add_argument("--minutes", type=int, help=tr("partial duration attended"))
    mark.add_argument("--by", help=tr("who marks (default: this laptop's facilitator)"))

    history = command("mark-history", cmd_mark_history, tr("every change of one participant's "
                      "mark in one session, from every laptop that has synced, oldest first"),
                      json_flag=True)
    history.add_argument("--session", required=True, metavar="ID")
    history.add_argument("--participant", required=True, metavar="ID",
                         help=tr("participant id or external id"))
