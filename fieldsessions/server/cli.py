"""`fieldsessions-server`: run the sync server and administer it.

    fieldsessions-server serve [--database URL] [--host H] [--port P] [--workers N]
    fieldsessions-server add-facilitator USER [--name NAME]      (password: prompt or env)
    fieldsessions-server set-password USER         (ends every token of USER's laptops)
    fieldsessions-server assign USER PROGRAMME_ID [--remove]
    fieldsessions-server list-devices | revoke-device DEVICE_ID
    fieldsessions-server conflicts [--programme ID_OR_NAME]
    fieldsessions-server import-roster FILE [--programme ID] [--assign USER]
                                    (JSON, or CSV/XLSX read as the laptop reads them)

The database is `--database URL` (sqlite:///file or postgresql://...), else
$FIELDSESSIONS_SERVER_DATABASE, else fieldsessions-server.sqlite in the current folder.
Passwords come from $FIELDSESSIONS_PASSWORD or a prompt, never from the command line.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import json
import logging
import os
import socket
import sqlite3
import sys
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import fieldsessions
from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.values import name_key
from fieldsessions.core.wording import plural
from fieldsessions.server import admin, ratelimit, store
from fieldsessions.sync import wire

PASSWORD_ENV = "FIELDSESSIONS_PASSWORD"


def _password(confirm: bool) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise admin.AdminError(
            f"No password given: set ${PASSWORD_ENV}, or run this in a terminal to be asked "
            "for it."
        )
    try:
        first = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Again: ") != first:
            raise admin.AdminError("The two passwords differ.")
    except EOFError:
        raise admin.AdminError("No password given; nothing was changed.") from None
    return first


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port; use 1-65535")
    return value


def _programme_known(db: Any, programme_id: str) -> bool:
    return bool(store.Record.select().where(
        (store.Record.entity == "programme") & (store.Record.key == programme_id)).exists())


def _looks_like_id(ref: str) -> bool:
    """Whether the text is a programme id as laptops make them (a UUID)."""
    try:
        uuid.UUID(ref)
    except ValueError:
        return False
    return True


def _programme_id(db: Any, ref: str, *, unknown_ok: bool = False) -> str:
    """A programme's id from its id or its name (the same name by core.values.name_key, as
    the laptop's --programme takes it); a shared name is refused, and so is an unknown one
    unless `unknown_ok` and it is an id (then that of a programme not sent yet: a name that
    matches nothing would be stored as an id no programme ever has)."""
    if _programme_known(db, ref):
        return ref
    wanted = name_key(ref)
    found = [row.key for row in store.Record.select().where(
        (store.Record.entity == "programme") & ~store.Record.deleted)
        if name_key(str(_fields(db, "programme", row.key).get("name", ""))) == wanted]
    if len(found) > 1:
        raise admin.AdminError(f"More than one programme is called {ref!r}; use its id.")
    if not found:
        if unknown_ok and _looks_like_id(ref):
            return ref
        if unknown_ok:
            raise admin.AdminError(f"No programme is named {ref!r} on the server; give its id "
                                   "to assign one not sent yet.")
        raise admin.AdminError(f"No programme {ref!r} on the server.")
    return found[0]


def _local_start(starts_at: str, timezone: str | None) -> str:
    """'2027-03-01 09:00': a session's start in its programme's time zone (UTC when the
    zone is unknown), as the facilitator knows it."""
    try:
        moment = datetime.fromisoformat(starts_at)
        if timezone:
            moment = moment.astimezone(ZoneInfo(timezone))
    except (ValueError, KeyError, ZoneInfoNotFoundError):
        return starts_at[:16].replace("T", " ")
    return moment.strftime("%Y-%m-%d %H:%M")


def _fields(db: Any, entity: str, key: str | None) -> dict[str, Any]:
    """A stored record's fields ({} when there is none)."""
    if not key:
        return {}
    row = store.Record.get_or_none((store.Record.entity == entity) & (store.Record.key == key))
    if row is None:
        return {}
    return store.read_data(entity, row.data, deleted=row.deleted, sole=row.sole_device)


def _conflict_fields(c: dict[str, Any], found: dict[tuple[str, str], dict[str, str]]
                     ) -> dict[str, Any]:
    """The fields of the record a conflict is about. A conflict keeps the record's wire id,
    which for a record derived from others (attendance: session and participant) is a uuid5
    of the key it is stored under (store.record_id), so that key is found by working out the
    wire id of each such record of the conflict's programme (once per command: `found` maps
    (entity, programme) to {wire id: stored key})."""
    entity, key = c["entity"], c["record"]
    spec = wire.ENTITIES.get(entity)
    if spec is None or spec.derive is None:  # not derived: stored under its wire id
        return _fields(None, entity, key)
    group = (entity, c.get("programme") or "")
    if group not in found:
        query = store.Record.select(store.Record.key).where(store.Record.entity == entity)
        if c.get("programme"):
            query = query.where(store.Record.programme_id == c["programme"])
        found[group] = {store.record_id(entity, r.key): r.key for r in query}
    return _fields(None, entity, found[group].get(key, key))


def _conflict_line(db: Any, c: dict[str, Any],
                   found: dict[tuple[str, str], dict[str, str]] | None = None) -> str:
    """One line a person can read: when, whose record in which session, both values."""
    data = _conflict_fields(c, {} if found is None else found)
    # The participant or session the record is, or the ones it belongs to.
    person = data if c["entity"] == "participant" else _fields(
        db, "participant", data.get("participant_id"))
    session = data if c["entity"] == "session" else _fields(
        db, "session", data.get("session_id"))
    programme = _fields(db, "programme", c.get("programme"))
    when = _local_start(str(session.get("starts_at", "")), programme.get("timezone")) \
        if session.get("starts_at") else ""
    where = ", ".join(part for part in (
        str(person.get("name", "")), f"session of {when}" if when else "",
        str(programme.get("name", ""))) if part)
    return (f"{str(c['at'])[:16]}  {c['entity']} {c['field']}"
            f"{' (' + where + ')' if where else ''}: kept {c['kept']!r}, lost {c['lost']!r}")


def _check_bind(host: str, port: int) -> None:
    """Bind the address once, as uvicorn will (SO_REUSEADDR), so that a taken port, a
    privileged one or an address of another computer is one sentence before anything starts
    (uvicorn logs the raw error among its start-up lines and exits 3)."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except socket.gaierror:
        raise admin.AdminError(f"{host!r} is not a host name or address this computer "
                               "knows; use --host 127.0.0.1 or 0.0.0.0.") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            text = (f"Port {port} on {host} is already in use (is a server already running?); "
                    "stop it or choose another with --port.")
        elif exc.errno == errno.EACCES:
            text = (f"Port {port} needs administrator rights on this computer; use a port "
                    "above 1023, e.g. --port 8765.")
        elif exc.errno == errno.EADDRNOTAVAIL:
            text = (f"{host} is not an address of this computer; use --host 127.0.0.1, "
                    "0.0.0.0 or one of its own addresses.")
        else:
            text = f"Cannot listen on {host} port {port}: {exc.strerror or exc}."
        raise admin.AdminError(text) from None


def _serve(args: argparse.Namespace) -> int:
    """Serve with uvicorn: `--workers` processes share the port, the database, and the rate
    limits kept in it (ratelimit.py). Each one is made by app.app_from_environment from the
    settings put in the environment here."""
    import uvicorn

    from fieldsessions.server import app

    if args.workers < 1:
        raise admin.AdminError("--workers must be at least 1.")
    _check_bind(args.host, args.port)
    url = _url(args)
    db = _open_url(url)  # fail early, with a sentence
    try:
        ratelimit.shared_buckets(db)  # made once here, not by every worker at once
    finally:
        db.close()
    os.environ[app.SETTINGS_ENV] = json.dumps({
        "database_url": url, "rate": args.rate_limit, "burst": args.burst,
        "max_requests": args.max_requests})
    print(f"fieldsessions-server: database {url.split('@')[-1]}, {args.workers} worker"
          f"{'s' if args.workers > 1 else ''}", file=sys.stderr, flush=True)
    uvicorn.run("fieldsessions.server.app:app_from_environment", factory=True,
                host=args.host, port=args.port, workers=args.workers,
                log_level=args.log_level, timeout_graceful_shutdown=5)
    return 0


def _url(args: argparse.Namespace) -> str:
    return str(args.database or os.environ.get("FIELDSESSIONS_SERVER_DATABASE")
               or store.default_url())


# Tables only a laptop's data file has (db.models): the server's tables are others.
_LAPTOP_TABLES = frozenset({"outbox", "setting"})


def _sqlite_file(url: str) -> Path | None:
    """The file of a sqlite:/// URL (None for another kind of database)."""
    if not url.startswith("sqlite:///") or len(url) == len("sqlite:///"):
        return None
    return Path(url[len("sqlite:///"):]).expanduser()


def _check_file(path: Path) -> None:
    """Refuse, before anything is written, a SQLite file that holds a laptop's data (opened
    by the server it would get the server's tables and then fail) or another program's
    tables. A file SQLite cannot read is left to open_database, which says so."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro",
                                                uri=True)) as con:
            tables = {name for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return
    if tables & _LAPTOP_TABLES:
        raise admin.AdminError(
            f"{path} is a laptop's data file, not a server database; nothing was written to "
            "it. Give the server its own file, e.g. --database sqlite:///server.sqlite.")
    if tables and "meta" not in tables:
        raise admin.AdminError(
            f"{path} holds tables of another program, not a server database; nothing was "
            "written to it. Give the server its own file.")


def _open_url(url: str) -> Any:
    """The server database at `url`, checked first when it is a SQLite file; a file made
    here is announced (a mistyped path would otherwise look like a server that lost
    everything, as the laptop's `--db` says too)."""
    path = _sqlite_file(url)
    existed = path is not None and path.exists()
    if path is not None and existed:
        _check_file(path)
    db = store.open_database(url, pooled=False)
    if path is not None and not existed:
        print(f"fieldsessions-server: note: created a new, empty server database at "
              f"{path.resolve()} (there was none there).", file=sys.stderr)
    return db


def _open(args: argparse.Namespace) -> Any:
    return _open_url(_url(args))


def _add_facilitator(args: argparse.Namespace) -> int:
    db = _open(args)
    admin.add_facilitator(db, args.username, _password(confirm=True), args.name or "")
    print(f"Added facilitator {args.username}.")
    return 0


def _set_password(args: argparse.Namespace) -> int:
    db = _open(args)
    admin.facilitator_named(args.username)  # an unknown name before the password is asked
    ended = admin.set_password(db, args.username, _password(confirm=True))
    print(f"Password of {args.username} changed; {plural(ended, 'signed-in laptop')} must "
          "sign in again.")
    return 0


def _remove_stored(db: Any, args: argparse.Namespace) -> bool:
    """Whether --remove names an assignment held exactly as given (one stored from a name
    before names were checked), so it can be taken back."""
    user = admin.facilitator_named(args.username)
    return bool(store.Assignment.select().where(
        (store.Assignment.facilitator == user.id)
        & (store.Assignment.programme_id == args.programme_id)).exists())


def _assign(args: argparse.Namespace) -> int:
    db = _open(args)
    admin.facilitator_named(args.username)  # an unknown name first, as before
    if args.remove and _remove_stored(db, args):
        programme_id = args.programme_id  # an assignment stored as given can be taken back
    else:
        programme_id = _programme_id(db, args.programme_id, unknown_ok=True)
    changed = admin.assign(db, args.username, programme_id, remove=args.remove)
    verb = "Unassigned" if args.remove else "Assigned"
    name = str(_fields(db, "programme", programme_id).get("name", "") or "")
    shown = f"{name} ({programme_id})" if name and name != programme_id else programme_id
    print(f"{verb} {args.username} {'from' if args.remove else 'to'} {shown}."
          if changed else "Nothing to change.")
    if not args.remove and not _programme_known(db, programme_id):
        # Allowed on purpose (a programme made offline may be assigned before its first sync),
        # but a mistyped id must not pass unseen.
        print(f"fieldsessions-server: note: the server has no programme {args.programme_id!r} "
              f"yet; {args.username} gets it when a laptop first sends it. If you meant a "
              "programme already here, check its id (and undo this with --remove).",
              file=sys.stderr)
    return 0


def _list_devices(args: argparse.Namespace) -> int:
    rows = admin.list_devices(_open(args))
    if args.json:
        print(json.dumps([{"id": r.id, "facilitator": r.facilitator, "name": r.name,
                           "created_at": r.created_at.isoformat(),
                           "last_seen_at": r.last_seen_at.isoformat() if r.last_seen_at
                           else None, "revoked": r.revoked} for r in rows], indent=1))
        return 0
    for r in rows:
        seen = r.last_seen_at.strftime("%Y-%m-%d %H:%M") if r.last_seen_at else "never"
        state = "revoked" if r.revoked else "active"
        print(f"{r.id}  {r.facilitator:<20} {state:<8} last seen {seen}  {r.name}")
    if not rows:
        print("No devices yet.")
    return 0


def _revoke_device(args: argparse.Namespace) -> int:
    admin.revoke_device(_open(args), args.device_id)
    print(f"Device {args.device_id} revoked; it must sign in again.")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    db = _open(args)
    programme = _programme_id(db, args.programme) if args.programme else None
    rows = admin.conflicts(db, programme, args.limit)
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False, default=str))
        return 0
    found: dict[tuple[str, str], dict[str, str]] = {}
    for c in rows:
        print(_conflict_line(db, c, found))
    if not rows:
        print("No conflicts" + (f" in programme {args.programme}." if programme else "."))
    return 0


def _import_roster(args: argparse.Namespace) -> int:
    result = admin.import_roster(_open(args), args.file, programme_id=args.programme,
                                 assign_to=args.assign or ())
    already = f" ({result.already} already registered, updated)" \
        if result.already else ""
    print(f"Programme {result.programme_id}: {plural(result.sessions, 'session')}, "
          f"{plural(result.participants, 'participant')}{already}, "
          f"{plural(result.enrolments, 'enrolment')} imported; "
          f"{plural(len(result.issues), 'row')} refused; assigned facilitators receive them "
          "on their next sync.")
    label = "participant" if args.file.lower().endswith(".json") else "line"
    for issue in result.issues:
        print(f"  {label} {issue.line}: {issue.reason}", file=sys.stderr)
    return 1 if result.issues else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldsessions-server",
                                     description="The fieldsessions sync server.")
    parser.add_argument("--version", action="version",
                        version=f"fieldsessions-server {fieldsessions.__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", default=argparse.SUPPRESS,
                        help="sqlite:///file or postgresql://user@host/db")
    parser.add_argument("--database", default=None,
                        help="sqlite:///file or postgresql://user@host/db")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=_port, default=8765)
    serve.add_argument("--rate-limit", type=float, default=50.0,
                       help="requests per second per device token (0: no limit)")
    serve.add_argument("--burst", type=int, default=300, help="requests allowed at once")
    serve.add_argument("--workers", type=int, default=1,
                       help="processes serving requests (each keeps up to "
                            f"{store.POOL_SIZE} database connections)")
    serve.add_argument("--max-requests", type=int, default=256,
                       help="requests one process holds at once, waiting or served; past it "
                            "the answer is 503 with Retry-After (0: no limit)")
    serve.add_argument("--log-level", default="info",
                       choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(handler=_serve)

    add = sub.add_parser("add-facilitator", parents=[common], help="add a facilitator")
    add.add_argument("username")
    add.add_argument("--name", help="the name shown on reports")
    add.set_defaults(handler=_add_facilitator)

    password = sub.add_parser("set-password", parents=[common],
                              help="change a facilitator's password")
    password.add_argument("username")
    password.set_defaults(handler=_set_password)

    assign = sub.add_parser("assign", parents=[common],
                            help="assign a facilitator to a programme")
    assign.add_argument("username")
    assign.add_argument("programme_id", help="programme id or name")
    assign.add_argument("--remove", action="store_true", help="unassign instead")
    assign.set_defaults(handler=_assign)

    devices = sub.add_parser("list-devices", parents=[common], help="list signed-in laptops")
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=_list_devices)

    revoke = sub.add_parser("revoke-device", parents=[common], help="sign a laptop out")
    revoke.add_argument("device_id")
    revoke.set_defaults(handler=_revoke_device)

    conflicts = sub.add_parser("conflicts", parents=[common],
                               help="list edits that lost to a concurrent one")
    conflicts.add_argument("--programme", help="programme id or name")
    conflicts.add_argument("--limit", type=int, default=100)
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=_conflicts)

    roster = sub.add_parser("import-roster", parents=[common],
                            help="import a roster (JSON with programme/sessions/participants, "
                                 "or a CSV or XLSX of participants with --programme)")
    roster.add_argument("file")
    roster.add_argument("--programme", help="the programme id (required for CSV and XLSX)")
    roster.add_argument("--assign", action="append", metavar="USER",
                        help="also assign this facilitator (repeatable); a programme already "
                             "on the server needs each facilitator it has named here")
    roster.set_defaults(handler=_import_roster)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args))
    except FieldSessionsError as exc:
        print(f"fieldsessions-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
