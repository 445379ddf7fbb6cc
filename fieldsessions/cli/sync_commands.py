"""CLI commands of the sync area: `fieldsessions login`, `fieldsessions sync`, `sync-log`.

`fieldsessions sync` runs the same engine as the Sync button and prints the receipt; its exit
code is 0 only when everything sent was accepted (1 when something was rejected or the sync
stopped). The password for `login` comes from $FIELDSESSIONS_PASSWORD or a prompt, never from
the command line, and is not stored.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldsessions.cli.core_commands import add_common, opened
from fieldsessions.core.i18n import count_text, fill, tr
from fieldsessions.core.values import not_a_file
from fieldsessions.db.models import SyncLog
from fieldsessions.sync.errors import (
    CertificateNotVerified,
    NoAnswer,
    PlainHttpAnswer,
    ServerUnreachable,
    SyncError,
)
from fieldsessions.sync.reasons import item_said

if TYPE_CHECKING:
    from fieldsessions.sync import engine as sync_engine

log = logging.getLogger(__name__)

PASSWORD_ENV = "FIELDSESSIONS_PASSWORD"


def _check_ca_file(given: str | None) -> None:
    """A --ca-bundle that is missing or not a file, said before the password is asked for
    (the HTTP library would say "could not find a suitable TLS CA certificate bundle")."""
    if given is None:
        return
    if not given.strip():
        raise SyncError(tr("--ca-bundle needs a file."))
    path = Path(given).expanduser()
    if not path.exists():
        raise SyncError(fill(tr("The CA file %1 does not exist."), path))
    wrong = not_a_file(path, tr("the CA bundle file (.pem) the server's admin gave you"))
    if wrong is not None:
        raise SyncError(wrong)
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError as exc:
        raise SyncError(fill(tr("Cannot read the CA file %1: %2."), path,
                             exc.strerror or exc)) from None
    if b"-----BEGIN CERTIFICATE-----" not in head:
        raise SyncError(fill(tr("%1 is not a CA certificate file (PEM)."), path))


def cmd_login(args: argparse.Namespace) -> int:
    from fieldsessions.sync import engine as sync_engine  # requests: only when syncing

    _check_ca_file(args.ca_bundle)
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        if not sys.stdin.isatty():
            raise SyncError(fill(tr("No password: set %1 or run this in a terminal."),
                                 PASSWORD_ENV))
        password = getpass.getpass(fill(tr("Password for %1: "), args.user))
    with opened(args):
        try:
            where = sync_engine.sign_in(args.server, args.user, password,
                                        ca_bundle=args.ca_bundle)
        except ServerUnreachable as exc:
            raise _login_problem(args.server, exc) from None
    place = tr("the system keyring") if where == "keyring" else where
    print(fill(tr("Signed in to %1 as %2; the device token is kept in %3."), args.server,
               args.user, place))
    return 0


def _login_problem(server: str, problem: ServerUnreachable) -> SyncError:
    """One sentence for a sign-in that did not reach the server, told by the kind of problem
    (the client's text may be in any language)."""
    log.info("login to %s failed: %s", server, problem)
    if isinstance(problem, PlainHttpAnswer):
        return SyncError(fill(tr(
            "%1 answers in plain HTTP, not HTTPS: check the address with the server's "
            "admin (http:// is accepted only for a server on this machine)."), server))
    if isinstance(problem, CertificateNotVerified):
        return SyncError(fill(tr(
            "The certificate of %1 could not be verified; ask the server's admin for "
            "its CA bundle and give it with --ca-bundle FILE."), server))
    if isinstance(problem, NoAnswer):
        return SyncError(fill(tr(
            "Cannot reach the sync server at %1: nothing answers there. Check the "
            "address and your connection, and that the server is running."), server))
    return SyncError(str(problem))


def _print_progress(progress: sync_engine.Progress) -> None:
    if progress.phase == "sending" and progress.to_send:
        print("\r" + fill(tr("sending %1/%2"), progress.sent, progress.to_send), end="",
              file=sys.stderr, flush=True)
    elif progress.phase == "receiving" and progress.received:
        print("\r" + fill(tr("received %1"), progress.received) + "      ", end="",
              file=sys.stderr, flush=True)
    elif progress.phase == "done":
        print("", file=sys.stderr, flush=True)


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldsessions.sync import engine as sync_engine  # requests: only when syncing

    cancel = threading.Event()
    with opened(args):
        # Progress rewrites one line with \r: only on a terminal (a cron log would fill up
        # with it); the receipt printed at the end says what happened either way.
        quiet = args.quiet or args.json or not sys.stderr.isatty()
        engine = sync_engine.engine_from_settings(
            cancel=cancel, batch_size=args.batch_size,
            progress=None if quiet else _print_progress)
        try:
            receipt = engine.run()
        except KeyboardInterrupt:
            cancel.set()
            raise
        finally:
            engine.client.close()
        if receipt.pulled:
            from fieldsessions.services import completion

            completion.recompute_all()  # pulled marks may complete (or un-complete) people
    if args.json:
        print(json.dumps({
            "sent": receipt.sent, "accepted": receipt.accepted, "applied": receipt.applied,
            "duplicates": receipt.duplicates, "conflicts": receipt.conflicts,
            "rejected": receipt.rejected, "mismatches": receipt.mismatches,
            "pulled": receipt.pulled, "parked": receipt.parked, "resent": receipt.resent,
            "waiting": receipt.waiting, "renumbered": receipt.renumbered,
            "restamped": receipt.restamped,
            "bytes_sent": receipt.bytes_sent, "bytes_received": receipt.bytes_received,
            "error": receipt.error, "cancelled": receipt.cancelled, "details": receipt.details,
            "all_accepted": receipt.all_accepted, "complete": receipt.complete,
            "parked_changes": [{"entity": p.entity, "id": p.entity_id, "reason": p.reason}
                               for p in receipt.parked_changes],
        }, indent=2, ensure_ascii=False))
    elif receipt.error and receipt.nothing_moved:
        # Stopped at the start: "Sent 0 … Received 0" would read as a sync that ran.
        print(fill(tr("Sync stopped before anything was sent or received: %1"), receipt.error))
    else:
        for line in receipt.lines():
            print(line)
    # Non-zero while anything was refused or a received change still waits here.
    return 0 if receipt.complete else 1


def cmd_sync_log(args: argparse.Namespace) -> int:
    from fieldsessions.sync import engine as sync_engine  # requests: only when syncing

    with opened(args):
        rows = list(SyncLog.select().order_by(SyncLog.id.desc()).limit(args.limit))
    if args.json:
        print(json.dumps([_log_dict(r) for r in rows], indent=2, ensure_ascii=False,
                         default=str))
        return 0
    if not rows:
        print(tr("No syncs yet."))
    for r in rows:
        when = r.started_at.strftime("%Y-%m-%d %H:%M")
        state = sync_engine.log_state(r.finished_at, r.error, r.details)
        reasons: dict[str, int] = {}
        if state == sync_engine.RUNNING:
            outcome = tr("running", "sync")
        elif state == sync_engine.INTERRUPTED:
            outcome = tr("stopped (interrupted)")
        elif r.error:
            outcome = fill(tr("stopped: %1"), r.error)
        elif r.rejected:
            outcome = fill(tr("refused: %1"), r.rejected)
            for item in r.details or []:
                if isinstance(item, dict) and item.get("result") in ("rejected", "mismatch"):
                    reason = item_said(item) or str(item["result"])
                    reasons[reason] = reasons.get(reason, 0) + 1
        elif r.parked:
            outcome = count_text(r.parked, tr("1 received change waiting"),
                                 tr("%1 received changes waiting"))
        else:
            outcome = tr("ok", "sync")
        print(fill(tr("%1  sent %2, accepted %3, conflicts %4, rejected %5, received %6  %7"),
                   when, r.sent, r.accepted, r.conflicts, r.rejected, r.pulled, outcome))
        for reason, count in reasons.items():
            print("    " + fill(count_text(count, tr("%2 (1 change)"), tr("%2 (%1 changes)")),
                                count, reason))
    return 0


def _log_dict(row: SyncLog) -> dict[str, Any]:
    return {"started_at": row.started_at, "finished_at": row.finished_at,
            "server_url": row.server_url, "sent": row.sent, "accepted": row.accepted,
            "duplicates": row.duplicates, "conflicts": row.conflicts, "rejected": row.rejected,
            "pulled": row.pulled, "parked": row.parked, "error": row.error,
            "details": row.details}


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this area's commands to the parser."""
    login = sub.add_parser("login", help=tr("sign this laptop in to a sync server"))
    add_common(login)
    login.add_argument("--server", required=True, help="https://sync.example.org")
    login.add_argument("--user", required=True, help=tr("your user name on the server"))
    login.add_argument("--ca-bundle", help=tr("a CA bundle file for a private certificate"))
    login.set_defaults(handler=cmd_login)

    sync = sub.add_parser("sync", help=tr("send queued changes and receive the server's"))
    add_common(sync, json_flag=True)
    sync.add_argument("--batch-size", type=int, default=500, help=tr("changes per request"))
    sync.add_argument("-q", "--quiet", action="store_true", help=tr("no progress"))
    sync.set_defaults(handler=cmd_sync)

    history = sub.add_parser("sync-log", help=tr("show the last syncs"))
    add_common(history, json_flag=True)
    history.add_argument("--limit", type=int, default=20)
    history.set_defaults(handler=cmd_sync_log)
