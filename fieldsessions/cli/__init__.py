"""The headless command line: `fieldsessions COMMAND ...` for scripting, admins and cron.

Every command takes --db; list commands take --json. Errors a user can cause go to stderr as
one sentence with a non-zero exit code, never a traceback. Each group of commands lives in its
own module with a `register(subparsers)` function.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

import fieldsessions
from fieldsessions.cli import (
    core_commands,
    facilitator_commands,
    paper_commands,
    report_commands,
    reports_owed_commands,
    rules_commands,
    sync_commands,
)
from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.i18n import QT_TR_NOOP, fill, tr, translated
from fieldsessions.db import store

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]

REGISTRARS = (
    core_commands.register,
    facilitator_commands.register,
    rules_commands.register,
    report_commands.register,
    sync_commands.register,
    reports_owed_commands.register,
    paper_commands.register,
)


# argparse's own words, which Python's gettext has no catalogue for in our languages: marked
# here so they are in our .ts files, and looked up in our catalogue (see _Parser).
ARGPARSE_WORDS = (
    QT_TR_NOOP("usage: "), QT_TR_NOOP("positional arguments"), QT_TR_NOOP("options"),
    QT_TR_NOOP("show this help message and exit"),
    QT_TR_NOOP("argument %(argument_name)s: %(message)s"),
    QT_TR_NOOP("the following arguments are required: %s"),
    QT_TR_NOOP("one of the arguments %s is required"),
    QT_TR_NOOP("not allowed with argument %s"),
    QT_TR_NOOP("unrecognized arguments: %s"),
    QT_TR_NOOP("expected one argument"),
    QT_TR_NOOP("expected at most one argument"),
    QT_TR_NOOP("expected at least one argument"),
    QT_TR_NOOP("expected %s argument"), QT_TR_NOOP("expected %s arguments"),
    QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
    QT_TR_NOOP("invalid %(type)s value: %(value)r"),
    QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TR_NOOP("can't open '%(filename)s': %(error)s"),
)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # argparse looks its words up through its module's _ and ngettext at each use
        argparse._ = translated  # type: ignore[attr-defined]
        argparse.ngettext = (  # type: ignore[attr-defined]
            lambda one, many, n: translated(one if n == 1 else many))
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, fill(tr("%1: error: %2"), self.prog, message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fieldsessions",
        description=tr("Attendance, roll call and reports for facilitators. "
                       "With no command, the desktop app starts."),
    )
    parser.add_argument("--db", help=tr("the data file (default: $FIELDSESSIONS_DB or the "
                                        "platform's user data folder)"))
    parser.add_argument("-v", "--verbose", action="store_true", help=tr("log more"))
    parser.add_argument("--version", action="version",
                        version=f"fieldsessions {fieldsessions.__version__}",
                        help=tr("show the version and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for register in REGISTRARS:
        register(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one CLI command; returns the exit code. `argv` has a command."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse printed usage or --help
        return exc.code if isinstance(exc.code, int) else 2
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args)
    except FieldSessionsError as exc:
        print(f"fieldsessions: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fieldsessions: " + tr("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `fieldsessions ... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0
    except OSError as exc:
        log.debug("OS error", exc_info=True)
        print(f"fieldsessions: {exc.strerror or exc}"
              + (f": {exc.filename}" if getattr(exc, "filename", None) else ""), file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: the log keeps the traceback, the user gets a sentence
        known = store.explain(exc)
        if known is not None:  # locked, disk full, read-only: the environment, not a bug
            log.warning("%s: %s", args.command, exc)
            print(f"fieldsessions: {known}", file=sys.stderr)
            return 1
        log.exception("unexpected error in %s", args.command)
        print("fieldsessions: " + fill(tr("unexpected error (%1: %2). %3; please report it."),
                                       type(exc).__name__, exc, _details()), file=sys.stderr)
        return 70


def _details() -> str:
    """Where the traceback went: the log file's path (app.setup_logging opens it)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return fill(tr("Details are in the log file %1"), handler.baseFilename)
    return tr("No log file could be written (run again with -v to see the details)")


def db_argument(parser: argparse.ArgumentParser) -> None:
    """Let `--db` also follow the sub-command (`fieldsessions programme list --db x`)."""
    parser.add_argument("--db", default=argparse.SUPPRESS, help=tr("the data file"))
