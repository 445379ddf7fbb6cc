"""Composition root: parse argv, set up logging and paths, run a CLI command or the desktop app.

Start-up: this module imports only the standard library, `db.paths` and `core.i18n`, so the
desktop app's window paints before the data layer (peewee) loads on the database worker. The
`fieldsessions` command never talks to PostgreSQL (only `fieldsessions-server` does), yet peewee
imports psycopg whenever it is installed (80-100 ms): `main` makes that import fail in this
process, so psycopg is never loaded by the desktop app or its CLI.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from fieldsessions.core import i18n
from fieldsessions.core.i18n import tr
from fieldsessions.db import paths

STARTED = time.perf_counter()  # when this process had loaded the app (start-up probe)


def _log_file() -> Path:
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("fieldsessions", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "fieldsessions.log"


def setup_logging(verbose: bool) -> None:
    handlers: list[logging.Handler] = []
    with contextlib.suppress(OSError):  # a read-only home still runs, without a log file
        handlers.append(logging.FileHandler(_log_file(), encoding="utf-8"))
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, handlers=handlers,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _wants_gui(argv: Sequence[str]) -> tuple[bool, str | None, str]:
    """When argv has no command (only --db PATH, -v, --demo, --demo-if-empty):
    (True, db, demo) where demo is "", "demo" (open the demo file that goes with the data
    file) or "if_empty" (the data file, and the demo beside it when the data file is empty)."""
    db: str | None = None
    demo = ""
    rest = list(argv)
    while rest:
        item = rest.pop(0)
        if item in ("-v", "--verbose"):
            continue
        if item == "--demo-if-empty":
            demo = demo or "if_empty"
            continue
        if item == "--demo":
            demo = "demo"
            continue
        if item == "--db" and rest:
            db = rest.pop(0)
            continue
        if item.startswith("--db="):
            db = item.split("=", 1)[1]
            continue
        return False, None, ""
    return True, db, demo


# Database drivers peewee tries to import: the desktop app and the CLI use SQLite only.
SERVER_ONLY_DRIVERS = ("psycopg", "psycopg2", "psycopg2cffi")


def keep_out_server_drivers() -> None:
    """Make `import psycopg` (and psycopg2) fail in this process unless already imported:
    a None in sys.modules stops an import (Python's documented behaviour), so peewee sees no
    PostgreSQL driver and loads none."""
    for name in SERVER_ONLY_DRIVERS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def missing_display() -> str | None:
    """On Linux with no screen to open a window on and no QT_QPA_PLATFORM chosen, the sentence
    that says so: no DISPLAY nor WAYLAND_DISPLAY, or only a DISPLAY where no X server answers
    (a stale one, e.g. left by an SSH session); Qt itself would abort with plugin messages
    and a core dump. None when the window can open."""
    if not sys.platform.startswith("linux"):
        return None
    if any(os.environ.get(name) for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    display = os.environ.get("DISPLAY", "")
    if display and _x_server_answers(display):
        return None
    later = tr("run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it "
               "without a screen (the commands, such as `fieldsessions --help`, need no "
               "display).")
    if display:
        return "fieldsessions: " + i18n.fill(tr(
            "the app cannot open its window: no display answers at DISPLAY=%1; %2"),
            display, later)
    return "fieldsessions: " + tr(
        "the app cannot open its window: there is no graphical display here "
        "(neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop session, or set "
        "QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as "
        "`fieldsessions --help`, need no display).")


def _x_server_answers(display: str) -> bool:
    """Whether an X server takes a connection at `display` ("[host]:N[.screen]"): its local
    socket (abstract, then the file), or TCP port 6000+N on a host. A form not understood
    counts as answering (Qt then says what it finds)."""
    import socket

    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return True
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        for address in ("\0" + path, path):
            with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX) as sock:
                sock.settimeout(2)
                sock.connect(address)
                return True
        return False
    with contextlib.suppress(OSError), socket.create_connection(
            (host, 6000 + int(number)), timeout=2):
        return True
    return False


# The desktop app's QSettings (gui.application names them "fieldsessions"/"fieldsessions").
SETTINGS_NAME = "fieldsessions"


def chosen_language() -> str:
    """The language chosen in the desktop app's Settings ("" when none is), read from where
    QSettings keeps it on this platform, without loading Qt: an INI file on Linux, a property
    list on macOS, the registry on Windows."""
    with contextlib.suppress(OSError, ValueError):
        if sys.platform == "win32":
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                                rf"Software\{SETTINGS_NAME}\{SETTINGS_NAME}") as key:
                return str(winreg.QueryValueEx(key, i18n.LANGUAGE_KEY)[0] or "")
        if sys.platform == "darwin":
            import plistlib

            plist = (Path.home() / "Library" / "Preferences"
                     / f"com.{SETTINGS_NAME}.{SETTINGS_NAME}.plist")
            with plist.open("rb") as handle:
                return str(plistlib.load(handle).get(i18n.LANGUAGE_KEY, "") or "")
        import configparser

        config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.read(config / SETTINGS_NAME / f"{SETTINGS_NAME}.conf", encoding="utf-8")
        return parser.get("General", i18n.LANGUAGE_KEY, fallback="").strip()
    return ""


def install_command_line_language(folder: Path | None = None) -> None:
    """The command line speaks the language chosen in Settings, else the environment's
    (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), from the same catalogue as the window. English
    needs no catalogue, so it never loads Qt; another language loads QtCore's translator."""
    path = i18n.catalogue(chosen_language() or i18n.environment_language(os.environ), folder)
    if path is None:
        return
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if translator.load(str(path)):
        i18n.install(lambda source, disambiguation:
                     translator.translate("", source, disambiguation or None) or "")


def main(argv: Sequence[str] | None = None) -> int:
    keep_out_server_drivers()
    args = list(sys.argv[1:] if argv is None else argv)
    setup_logging("-v" in args or "--verbose" in args)
    gui, db, demo = _wants_gui(args)
    if not gui:
        install_command_line_language()
        from fieldsessions.cli import run

        return run(args)
    missing = missing_display()
    if missing:
        install_command_line_language()  # said in the user's language, as the CLI speaks
        missing = missing_display()
        print(missing, file=sys.stderr)
        return 1
    from fieldsessions.gui.application import run_app

    path = paths.resolve_path(db)
    if demo == "demo":  # the demo file beside the data file, never the data file itself
        return run_app(paths.demo_path(path), demo=True, started=STARTED)
    # A data file named by --db or $FIELDSESSIONS_DB that is not there yet: the app says it
    # made a new, empty one (a mistyped path must not look like lost data).
    named = db is not None or bool(os.environ.get("FIELDSESSIONS_DB"))
    return run_app(path, demo_if_empty=demo == "if_empty", started=STARTED,
                   announce_new=named and not path.exists())


if __name__ == "__main__":
    sys.exit(main())
