"""CLI commands of the report area: printed reports (PDF) and exports (CSV/XLSX).

    fieldsessions report sheet|tickoff --session ID -o FILE.pdf [--layout ticks|signature]
        [--paper a4|letter] [--landscape] [--filled] [--walk-ins N]
    fieldsessions report compliance|hours|certificates --programme NAME -o FILE.pdf
    fieldsessions export attendance|compliance|hours [--programme NAME] [--format csv|xlsx]
        -o FILE

Data is read in one short open of the store; the file is written afterwards (atomically, so a
failed run never leaves half a PDF behind).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from fieldsessions.cli.core_commands import add_common, not_whole, opened
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import count_text, fill, tr
from fieldsessions.core.recurrence import parse_date


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_whole(text)) from None
    if not 0 <= value <= 500:
        raise argparse.ArgumentTypeError(tr("must be between 0 and 500"))
    return value


def _setup(args: argparse.Namespace, landscape_default: bool) -> Any:
    from fieldsessions.reports.styles import PageSetup

    landscape = landscape_default if args.landscape is None else args.landscape
    return PageSetup(args.paper, landscape)


_KNOWN_SUFFIXES = ("pdf", "csv", "xlsx", "xls")


# Names of standard output a shell user types: written like "-" (the file behind them is a
# pipe or a terminal, which a report must never replace or rename over).
_STDOUT_NAMES = frozenset({"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def _names_stream(text: str, fd: int) -> bool:
    """Whether the path (followed through any links) is the file open as fd: a link to
    /dev/stdout or /dev/stderr, or the log file a shell sent standard error to."""
    try:
        there, stream = os.stat(text), os.fstat(fd)
    except (OSError, ValueError):
        return False
    return (there.st_dev, there.st_ino) == (stream.st_dev, stream.st_ino)


def _output(text: str) -> str:
    """-o FILE: "-" for standard output, however it is named (a link to it included)."""
    return "-" if text in _STDOUT_NAMES or (text != "-" and _names_stream(text, 1)) else text


# Standard error is for messages: a report written there would mix with them.
_STDERR_NAMES = frozenset({"/dev/stderr", "/dev/fd/2", "/proc/self/fd/2"})


def _check_output(output: str) -> None:
    if not output.strip():
        raise ValidationError(tr("-o was given an empty path; an output file is needed (-o "
                                 "FILE, or -o - for standard output)."))
    if output in _STDERR_NAMES or (output != "-" and _names_stream(output, 2)):
        raise ValidationError(fill(tr("-o %1: standard error is kept for messages; give a file "
                                      "name, or -o - for standard output."), output))


def _target(output: str, fmt: str) -> Any:
    """Where to write: standard output for "-", else the path. A file name whose extension
    says another format is refused (an XLSX named .csv opens as garbage)."""
    _check_output(output)
    if output == "-":
        if fmt != "csv" and sys.stdout.isatty():
            raise ValidationError(fill(tr(
                "A %1 file would print as garbage on the terminal; redirect it "
                "(-o - > file) or give a file name."), fmt.upper()))
        return sys.stdout.buffer
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix in _KNOWN_SUFFIXES and suffix != fmt:
        hint = suffix in ("csv", "xlsx") and fmt != "pdf"
        raise ValidationError(fill(
            tr("%1 ends in .%2 but this writes %3; name it %4 or --format %2.") if hint else
            tr("%1 ends in .%2 but this writes %3; name it %4."),
            output, suffix, fmt.upper(), Path(output).with_suffix("." + fmt).name))
    return output


def _say(output: str, to_file: str, to_stdout: str, *values: object) -> None:
    """The closing line: on stdout, or on stderr when the file itself went to stdout.
    `to_file` has the file as %1, `to_stdout` the same values from %2 on."""
    if output == "-":
        sys.stdout.flush()
        print(fill(to_stdout, output, *values), file=sys.stderr)
    else:
        print(fill(to_file, output, *values))


def _wrote(path: str, what: str, pages: int, detail: str, data: object = None) -> None:
    from fieldsessions.reports.data import names_in
    from fieldsessions.reports.fonts import unprintable_note

    _say(path, tr("Wrote %1: %2, %3, %4."), tr("Wrote to standard output: %2, %3, %4."),
         what, count_text(pages, tr("1 page"), tr("%1 pages")), detail)
    note = unprintable_note(names_in(data)) if data is not None else ""
    if note:
        print("fieldsessions: " + fill(tr("note: %1"), note), file=sys.stderr)


def _participants(count: int) -> str:
    return count_text(count, tr("1 participant"), tr("%1 participants"))


def _not_void(session_id: str) -> None:
    """A sheet of a cancelled session (or one that didn't happen) would go out blank to be
    filled in as if it were held: refused, with how to bring it back."""
    from fieldsessions.core.lifecycle import SessionState
    from fieldsessions.services import sessions

    state = sessions.session_state(session_id).state
    if state is SessionState.CANCELLED:
        raise ValidationError(tr("That session is cancelled; reinstate it first (fieldsessions "
                                 "session reinstate ID)."))
    if state is SessionState.DIDNT_HAPPEN:
        raise ValidationError(tr("That session is recorded as not having happened; reinstate "
                                 "it first (fieldsessions session reinstate ID)."))


def cmd_sheet(args: argparse.Namespace) -> int:
    from fieldsessions.reports.sheet import SheetOptions, attendance_sheet
    from fieldsessions.services import report_data

    target = _target(args.output, "pdf")
    options = SheetOptions(layout=args.layout, setup=_setup(args, False), filled=args.filled,
                           walk_in_rows=args.walk_ins)
    with opened(args):
        _not_void(args.session)
        sheet = report_data.attendance_sheet(args.session)
    pages = attendance_sheet(sheet, target, options)
    _wrote(args.output, tr("attendance record") if args.filled else tr("attendance sheet"),
           pages, _participants(len(sheet.rows)), sheet)
    return 0


def cmd_tickoff(args: argparse.Namespace) -> int:
    from fieldsessions.reports.tickoff import TickoffOptions, tickoff_template
    from fieldsessions.services import report_data

    target = _target(args.output, "pdf")
    blank = args.walk_ins if args.walk_ins is not None else (0 if args.filled else 5)
    options = TickoffOptions(setup=_setup(args, False), filled=args.filled, blank_rows=blank)
    with opened(args):
        template = report_data.tickoff_template(args.session)
    pages = tickoff_template(template, target, options)
    _wrote(args.output, tr("tick-off template"), pages,
           fill(tr("%1 x %2", "participants x outcomes"), _participants(len(template.rows)),
                count_text(len(template.outcomes), tr("1 outcome"), tr("%1 outcomes"))),
           template)
    return 0


def cmd_compliance(args: argparse.Namespace) -> int:
    from fieldsessions.reports.compliance import compliance_report
    from fieldsessions.services import report_data

    target = _target(args.output, "pdf")
    with opened(args):
        report = report_data.compliance_report(args.programme)
    pages = compliance_report(report, target, _setup(args, True))
    _wrote(args.output, tr("compliance report"), pages, _participants(len(report.lines)),
           report)
    return 0


def cmd_hours(args: argparse.Namespace) -> int:
    from fieldsessions.reports.hours import hours_report
    from fieldsessions.services import report_data

    target = _target(args.output, "pdf")
    with opened(args):
        report = report_data.hours_report(args.programme, period=args.period,
                                          start=args.from_date, end=args.to_date)
    pages = hours_report(report, target, _setup(args, False))
    _wrote(args.output, tr("hours report"), pages, report.range_text() or count_text(
        len(report.periods), tr("1 period"), tr("%1 periods")), report)
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from fieldsessions.reports.certificates import certificates
    from fieldsessions.services import report_data

    target = _target(args.output, "pdf")
    with opened(args):
        items = report_data.certificates(args.programme)
    if not items:
        raise ValidationError(fill(tr(
            "Nobody in %1 has completed it (or every completion has expired), "
            "so there is no certificate to print; no file was written."), args.programme))
    pages = certificates(items, target, _setup(args, True))
    _wrote(args.output, tr("certificates"), pages,
           count_text(len(items), tr("1 certificate"), tr("%1 certificates")), items)
    return 0


def export_format(args: argparse.Namespace) -> str:
    """--format, or the output file's extension."""
    if args.format:
        return str(args.format)
    _check_output(args.output)
    if args.output == "-":  # no file name to go by: CSV, the one that reads on a terminal
        return "csv"
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if suffix in ("csv", "xlsx"):
        return suffix
    raise ValidationError(fill(
        tr("Cannot tell the format of %1; add --format csv or --format xlsx."),
        repr(args.output)))


def _programmes(args: argparse.Namespace) -> list[str]:
    """The programme asked for, or every programme that is not archived."""
    from fieldsessions.services import programmes

    if args.programme:
        return [args.programme]
    return [p.id for p in programmes.list_programmes()]


def cmd_export_attendance(args: argparse.Namespace) -> int:
    from fieldsessions.reports.exports import export_attendance
    from fieldsessions.services import report_data

    fmt = export_format(args)
    target = _target(args.output, fmt)
    with opened(args):
        records = report_data.attendance_records(args.programme, start=args.from_date,
                                                 end=args.to_date)
    rows = export_attendance(records, target, fmt)
    _say(args.output, tr("Wrote %1: %2."), tr("Wrote to standard output: %2."),
         count_text(rows, tr("1 attendance line"), tr("%1 attendance lines")))
    return 0


def cmd_export_compliance(args: argparse.Namespace) -> int:
    from fieldsessions.reports.exports import export_compliance
    from fieldsessions.services import report_data

    fmt = export_format(args)
    target = _target(args.output, fmt)
    with opened(args):
        reports = [report_data.compliance_report(ref) for ref in _programmes(args)]
    rows = export_compliance(reports, target, fmt)
    _say(args.output, tr("Wrote %1: %2."), tr("Wrote to standard output: %2."),
         count_text(rows, tr("1 participant line"), tr("%1 participant lines")))
    return 0


def cmd_export_hours(args: argparse.Namespace) -> int:
    from fieldsessions.reports.exports import export_hours
    from fieldsessions.services import report_data

    fmt = export_format(args)
    target = _target(args.output, fmt)
    with opened(args):
        reports = [report_data.hours_report(ref, period=args.period, start=args.from_date,
                                            end=args.to_date) for ref in _programmes(args)]
    rows = export_hours(reports, target, fmt)
    empty = [r for r in reports if r.no_sessions]
    lines = count_text(rows, tr("1 line"), tr("%1 lines"))
    if len(reports) == 1 and empty:
        _say(args.output, tr("Wrote %1: %2; %3."), tr("Wrote to standard output: %2; %3."),
             lines, empty[0].range_text())
    elif empty:
        _say(args.output, tr("Wrote %1: %2; no sessions in this range for %3."),
             tr("Wrote to standard output: %2; no sessions in this range for %3."),
             lines, ", ".join(r.programme_name for r in empty))
    else:
        _say(args.output, tr("Wrote %1: %2."), tr("Wrote to standard output: %2."), lines)
    return 0


def _paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=["a4", "letter"], default="a4",
                        help=tr("paper size (default a4)"))
    turn = parser.add_mutually_exclusive_group()
    turn.add_argument("--landscape", dest="landscape", action="store_true", default=None)
    turn.add_argument("--portrait", dest="landscape", action="store_false")


def _range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="from_date", type=_date, metavar="DATE",
                        help=tr("first session date, YYYY-MM-DD"))
    parser.add_argument("--to", dest="to_date", type=_date, metavar="DATE",
                        help=tr("last session date, YYYY-MM-DD"))


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `report ...` and `export ...` to the parser."""

    def command(parent: Any, name: str, handler: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = parent.add_parser(name, help=help_text,
                                                            description=help_text)
        add_common(parser)
        parser.set_defaults(handler=handler)
        parser.add_argument("-o", "--output", required=True, metavar="FILE", type=_output,
                            help=tr("the file to write; - (or /dev/stdout) for standard output"))
        return parser

    report = sub.add_parser("report", help=tr("print a report to PDF: sheet, tickoff, "
                            "compliance, hours, certificates"))
    report_sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    sheet = command(report_sub, "sheet", cmd_sheet, tr("the attendance sheet of a session"))
    sheet.add_argument("--session", required=True, metavar="ID")
    sheet.add_argument("--layout", choices=["ticks", "signature"], default="ticks",
                       help=tr("a tick box per status (default) or a column to sign"))
    sheet.add_argument("--filled", action="store_true", help=tr("print the recorded marks"))
    sheet.add_argument("--walk-ins", type=_count, metavar="N",
                       help=tr("blank rows for walk-ins (default 10, or 0 with --filled)"))
    _paper(sheet)

    tickoff = command(report_sub, "tickoff", cmd_tickoff,
                      tr("the outcome tick-off template and session report of a session"))
    tickoff.add_argument("--session", required=True, metavar="ID")
    tickoff.add_argument("--filled", action="store_true",
                         help=tr("print the recorded ticks and session report"))
    tickoff.add_argument("--walk-ins", type=_count, metavar="N",
                         help=tr("blank rows (default 5, or 0 with --filled)"))
    _paper(tickoff)

    for name, handler, text in (
        ("compliance", cmd_compliance, tr("attendance compliance of a programme")),
        ("hours", cmd_hours, tr("hours per facilitator and participant, per period")),
        ("certificates", cmd_certificates, tr("a certificate per participant who completed")),
    ):
        parser = command(report_sub, name, handler, text)
        parser.add_argument("--programme", required=True, metavar="NAME",
                            help=tr("programme name or id"))
        _paper(parser)
        if name == "hours":
            parser.add_argument("--period", choices=["month", "week", "programme"],
                                default="month", help=tr("one table per month (default), week, "
                                "or only the whole programme"))
            _range(parser)

    export = sub.add_parser("export", help=tr("export to CSV or XLSX: attendance, compliance, "
                            "hours"))
    export_sub = export.add_subparsers(dest="export_command", metavar="DATA", required=True)
    for name, handler, text in (
        ("attendance", cmd_export_attendance, tr("attendance of held sessions")),
        ("compliance", cmd_export_compliance, tr("attendance compliance per participant")),
        ("hours", cmd_export_hours, tr("hours per facilitator and participant")),
    ):
        parser = command(export_sub, name, handler, text)
        parser.add_argument("--programme", metavar="NAME",
                            help=tr("programme name or id (default: every programme)"))
        parser.add_argument("--format", choices=["csv", "xlsx"],
                            help=tr("default: from the output file's extension"))
        if name in ("attendance", "hours"):
            _range(parser)
        if name == "hours":
            parser.add_argument("--period", choices=["month", "week", "programme"],
                                default="month")
