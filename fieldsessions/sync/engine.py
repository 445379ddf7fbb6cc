"""The sync engine (plain Python, no Qt): hello, push the outbox in batches, pull pages.

One batch is in flight at a time. An outbox row is done only when an HTTP 200 JSON answer
echoes the batch_id and device_id and lists that row's seq; all acks of a batch are saved in
one transaction, and each pulled page with its cursor in another. If hello shows a new server
epoch, or a high seq below what we saw acknowledged (a server restored from a backup), the
later rows go back to pending and are sent again (pushes are idempotent on the server).

A laptop never assumes it holds what it wrote. Hello tells the server's high seq for this
device: new changes are numbered above it (`outbox.resume_above`); a change the server
answers "mismatch" (for a laptop, that can only be a number reused by a data file restored
from a backup) is queued again under a new number and sent in the same sync; and when the
laptop holds fewer changes than the server has of it (its highest seq below the server's, or
a number reused), it downloads everything again, its own changes included (no `skip_own`).

Clocks (SYNC.md): hello tells the server's time. The laptop remembers how far its clock is
from it and stamps later changes with the corrected time; changes still to send that are
stamped ahead of the server's time are re-stamped first (`outbox.correct_clock`: new rows,
oldest first, so their order holds). A change the server still refuses for its clock (answer
`retry: "clock"`) is re-stamped and sent again once in the same sync.

Some refusals are not final (answer `retry`, see server/push.py): a change whose parent the
server does not have yet (`retry: "parent"`, e.g. a co-facilitator's mark whose session the
owner has not re-sent after a server restore), or one re-stamped this sync and still refused
for its clock. It stays queued (pending), is not sent again in this sync, and shows in the
receipt as waiting; the next sync sends it again.

The last download page lists the programmes the facilitator is assigned to: one the admin
unassigned leaves the laptop (sync/apply.withdraw), its unsent changes are refused with a
sentence naming it, and everything is downloaded once more, our own changes included (as
after a restore); a programme assigned again is downloaded the same way.

The GUI runs `SyncEngine.run` on a worker thread with a `progress` callback and a `cancel`
Event; the CLI runs it in the foreground. Cancel takes effect between batches and pages,
during waits and while a request waits for its answer (client.py); what was acknowledged so
far stays acknowledged. A sync log row left unfinished by a sync that was killed is marked
"interrupted" when the next sync starts.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fieldsessions.core.i18n import count_text, fill, tr
from fieldsessions.db import outbox, store
from fieldsessions.db.models import Device, Outbox, PulledChange, SyncLog, database
from fieldsessions.sync import reasons, wire
from fieldsessions.sync.apply import (
    CURSOR_KEY,
    ParkedChange,
    apply_page,
    get_setting,
    label,
    no_longer_assigned,
    parked_changes,
    revived_reason,
    set_setting,
    told_revived,
    withdraw,
)
from fieldsessions.sync.client import (
    BodyRejected,
    CursorGone,
    InvalidBatch,
    PushTimeout,
    ServerClient,
    check_url,
)
from fieldsessions.sync.credentials import CredentialStore
from fieldsessions.sync.errors import (
    Cancelled,
    NotAServerAnswer,
    NotSignedIn,
    ServerRefused,
    ServerUnreachable,
    SyncError,
)

log = logging.getLogger(__name__)

SERVER_KEY = "sync.server_url"
USER_KEY = "sync.username"
CA_KEY = "sync.ca_bundle"
EPOCH_KEY = "sync.epoch"
OWN_PULLED_KEY = "sync.own_pulled_upto"  # the server's high seq when we last pulled our own
PULL_OWN_KEY = "sync.pull_own"  # set until a download with our own changes has finished
LAST_SYNC_KEY = "last_sync_at"  # read by services.status for the status bar
MAX_DETAILS = 500
INTERRUPTED = "interrupted"  # the error of a sync log row whose sync never finished
RUNNING = "running"  # the state of a sync log row whose sync's process is still alive


@dataclass
class Progress:
    """What the engine is doing: phase is connecting, sending, receiving or done."""

    phase: str
    sent: int = 0
    to_send: int = 0
    received: int = 0


@dataclass
class Receipt:
    """What one sync did, for the user (and the sync log)."""

    started_at: datetime
    server_url: str = ""
    finished_at: datetime | None = None
    sent: int = 0
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    mismatches: int = 0
    pulled: int = 0
    parked: int = 0  # pulled changes waiting on this laptop at the end (never dropped)
    parked_changes: list[ParkedChange] = field(default_factory=list)
    resent: int = 0
    renumbered: int = 0
    restamped: int = 0
    waiting: int = 0
    waiting_entries: int = 0  # history entries held back with (or without) their change
    bytes_sent: int = 0
    bytes_received: int = 0
    error: str | None = None
    error_kind: str | None = None  # the SyncError's class name, for the app's own sentence
    cancelled: bool = False
    details: list[dict[str, Any]] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)  # programmes no longer assigned
    held: dict[str, int] = field(default_factory=dict)  # per programme withdrawn: changes
    # held until it is assigned again
    requeued: int = 0  # held changes sent again: their programme is assigned again
    revived: list[tuple[str, str, int, str]] = field(default_factory=list)  # records this
    # laptop deleted that came back: entity, id, seq of the delete, the reason

    @property
    def accepted(self) -> int:
        return self.applied + self.duplicates + self.conflicts

    @property
    def all_accepted(self) -> bool:
        """True when the sync finished and the server took every change sent."""
        return (self.error is None and not self.cancelled and self.rejected == 0
                and self.mismatches == 0 and self.waiting == 0 and self.waiting_entries == 0)

    @property
    def nothing_moved(self) -> bool:
        """True when the sync exchanged no change at all (it stopped before its first
        batch): its "Sent 0 … Received 0" would read as a sync that ran."""
        return not (self.sent or self.pulled or self.parked or self.resent or self.renumbered
                    or self.restamped or self.waiting or self.details)

    @property
    def complete(self) -> bool:
        """True when every change went both ways: all accepted, nothing left waiting here."""
        return self.all_accepted and self.parked == 0

    def lines(self) -> list[str]:
        rejected = self.rejected + self.mismatches
        out = [
            fill(count_text(self.sent,
                            tr("Sent 1 change: %2 accepted (%3 already there, %4 with "
                               "conflicts), %5 rejected."),
                            tr("Sent %1 changes: %2 accepted (%3 already there, %4 with "
                               "conflicts), %5 rejected.")),
                 self.sent, self.accepted, self.duplicates, self.conflicts, rejected),
            count_text(self.pulled, tr("Received 1 change from the server."),
                       tr("Received %1 changes from the server.")),
        ]
        if self.parked:
            out.append(count_text(
                self.parked,
                tr("1 received change waits on this laptop and will be applied as soon as "
                   "they can:"),
                tr("%1 received changes wait on this laptop and will be applied as soon as "
                   "they can:")))
            out.extend(f"  {label(p.entity)} {p.entity_id}: {p.reason}"
                       for p in self.parked_changes[:20])
            if self.parked > 20:
                out.append("  " + fill(tr("… and %1 more (see the sync log)."),
                                       self.parked - 20))
        if self.resent:
            out.append(count_text(
                self.resent,
                tr("The server had lost 1 change (restored from a backup); they were sent "
                   "again."),
                tr("The server had lost %1 changes (restored from a backup); they were sent "
                   "again.")))
        if self.renumbered:
            out.append(count_text(
                self.renumbered,
                tr("1 change had numbers the server already held for others (this laptop's "
                   "file was restored from a backup?); they were sent again under new "
                   "numbers."),
                tr("%1 changes had numbers the server already held for others (this laptop's "
                   "file was restored from a backup?); they were sent again under new "
                   "numbers.")))
        if self.restamped:
            out.append(count_text(
                self.restamped,
                tr("1 change were stamped with a clock ahead of the server's; they were "
                   "stamped again with the server's time and sent."),
                tr("%1 changes were stamped with a clock ahead of the server's; they were "
                   "stamped again with the server's time and sent.")))
        if self.waiting:
            out.append(count_text(
                self.waiting,
                tr("1 change wait for records the server does not have yet; they stay queued "
                   "and go again next sync."),
                tr("%1 changes wait for records the server does not have yet; they stay "
                   "queued and go again next sync.")))
        elif self.waiting_entries:
            out.append(count_text(
                self.waiting_entries,
                tr("1 history entry wait for records the server does not have yet; they "
                   "stay queued and go again next sync."),
                tr("%1 history entries wait for records the server does not have yet; they "
                   "stay queued and go again next sync.")))
        results = {"waiting": tr("waiting", "sync result"),
                   "rejected": tr("rejected", "sync result"),
                   "mismatch": tr("mismatch", "sync result"),
                   "conflict": tr("conflict", "sync result")}
        for item in self.details:
            if item["result"] in results:
                out.append("  " + fill(tr("%1: %2 (change %3): %4", "a receipt line: result, "
                                          "record, change number, reason"),
                                       results[item["result"]], label(item["entity"]),
                                       item["seq"],
                                       reasons.item_said(item)).rstrip(": "))
        for name in self.withdrawn:
            out.append(reasons.said(no_longer_assigned(name)) + " "
                       + tr("Its records were removed from this laptop."))
            if self.held.get(name):
                out.append(fill(count_text(
                    self.held[name],
                    tr("1 change to it is kept here: it will wait until you are assigned to "
                       "%2 again, and then be sent."),
                    tr("%1 changes to it are kept here: they wait until you are assigned to "
                       "%2 again, and then go.")), self.held[name], name))
        if self.requeued:
            out.append(count_text(self.requeued, tr(
                "1 change held while its programme was unassigned was sent again."), tr(
                "%1 changes held while their programme was unassigned were sent again.")))
        for entity, _key, seq, reason in self.revived:
            out.append(fill(tr("Your delete of a %1 (change %2) did not apply: %3"),
                            label(entity), seq, reason))
        if self.cancelled:
            out.append(tr("Sync cancelled; what was sent so far is safe."))
        elif self.error:
            out.append(fill(tr("Sync stopped: %1"), self.error))
        return out


def _now() -> datetime:
    return datetime.now(UTC)


def _parked_count() -> int:
    return int(PulledChange.select().count())


@dataclass
class _Batch:
    """Outbox rows and the push body made of them, already encoded for the wire."""

    rows: list[tuple[Any, ...]]
    body: dict[str, Any]
    encoded: bytes

    @property
    def batch_id(self) -> str:
        return str(self.body["batch_id"])


class SyncEngine:
    """One sync with one server. `progress` is called from the thread running `run`."""

    def __init__(
        self,
        client: ServerClient,
        *,
        batch_size: int = wire.MAX_MUTATIONS,
        page_size: int = wire.DEFAULT_PAGE,
        progress: Callable[[Progress], None] | None = None,
    ) -> None:
        self.client = client
        self.batch_size = max(1, min(batch_size, wire.MAX_MUTATIONS))
        self.page_size = max(1, min(page_size, wire.MAX_PAGE))
        self.progress = progress or (lambda _p: None)
        self.cancel: threading.Event = client.cancel
        # Changes numbered below this may have reused a number the server holds (a data file
        # restored from a backup): a "mismatch" for one of them is renumbered (set by hello).
        self._renumber_below = 0
        self._pull_own = False  # the laptop lacks some of its own changes: download all
        self._server_high = 0
        self._log_id = 0  # this sync's row in the sync log
        # Changes kept pending but not sent again in this sync (a refusal to retry later).
        self._held: set[int] = set()
        self._held_counted = 0  # of those, the ones the user counts (not history entries)
        self._requeued = False  # changes held for an unassigned programme were queued again
        self._revived: list[tuple[str, str, int]] = []  # our applied deletes pulled back

    # ---------------------------------------------------------------- run

    def run(self) -> Receipt:
        # What a sync writes while it runs is safe to lose in a power cut: a change whose
        # ack is lost is sent again and answered "duplicate", a page whose cursor is lost is
        # pulled again (each is one transaction, so it is lost whole or kept whole). So in
        # WAL mode (where a cut loses only the newest commits, never one in the middle) this
        # thread's connection commits without waiting for the disk while it syncs. The sync
        # log row at the end is committed FULL again, which also makes every commit before it
        # durable: a finished sync is on disk as a whole.
        # Nor does it copy the WAL back into the file every 1000 pages while it runs (each
        # copy waits for the disk, on the push's critical path and against the server's own
        # writes on a shared disk): the first commit after the sync, its log row, copies it
        # once, as SQLite does after any commit that leaves the WAL that long.
        relaxed = str(database.execute_sql("PRAGMA journal_mode").fetchone()[0]).lower() \
            == "wal"
        if relaxed:
            database.execute_sql("PRAGMA synchronous = NORMAL")
            database.execute_sql("PRAGMA wal_autocheckpoint = 0")
        try:
            return self._run()
        finally:
            self._sync_fully()

    @staticmethod
    def _sync_fully() -> None:
        database.execute_sql(f"PRAGMA synchronous = {store.PRAGMAS['synchronous']}")
        database.execute_sql(
            f"PRAGMA wal_autocheckpoint = {store.PRAGMAS['wal_autocheckpoint']}")

    def _run(self) -> Receipt:
        receipt = Receipt(started_at=_now(), server_url=self.client.base_url)
        with database.atomic():
            # A sync log row never finished belongs to a sync that was killed (the app
            # closed, the power cut): say so. (A sync still running elsewhere on this file,
            # which is rare, writes its own outcome over this when it ends.)
            SyncLog.update(finished_at=receipt.started_at, error=INTERRUPTED).where(
                SyncLog.finished_at.is_null()).execute()
            # Until it finishes, its details say which process runs it (`log_state`).
            log_row = SyncLog.create(started_at=receipt.started_at,
                                     server_url=receipt.server_url, details=[
                                         {"result": RUNNING, "pid": os.getpid(),
                                          "host": socket.gethostname()}])
        self._log_id = int(log_row.id)
        try:
            if store.is_demo():  # demo data never reaches (nor receives) real records
                raise ServerRefused(tr("This is the demo data file; it is never synced."))
            self.progress(Progress("connecting"))
            hello = self.client.hello()
            device_id = self._device_id()
            if hello.get("device_id") not in (None, device_id):
                raise ServerRefused(tr("The saved sign-in belongs to another laptop; sign in "
                                       "again."))
            self._check_restore(hello, device_id, receipt)
            self._correct_clock(hello, device_id, receipt)
            limit = hello.get("limits", {}).get("max_mutations") if isinstance(
                hello.get("limits"), dict) else None
            if isinstance(limit, int) and limit > 0:
                self.batch_size = min(self.batch_size, limit)
            self._push(device_id, receipt)
            if self._pull_own:
                with database.atomic():
                    set_setting(CURSOR_KEY, None)
            self._pull(receipt)
            if self._requeued:
                # Changes held while their programme was unassigned were queued again (it
                # is assigned again): they go now, and what they change comes back down.
                self._requeued = False
                self._push(device_id, receipt)
                self._pull(receipt)
            self._tell_revived(receipt)
            with database.atomic():
                set_setting(LAST_SYNC_KEY, _now().isoformat())
        except Cancelled:
            receipt.cancelled = True
        except SyncError as exc:
            receipt.error = str(exc)
            receipt.error_kind = type(exc).__name__
            log.info("sync stopped: %s", exc)
        finally:
            receipt.finished_at = _now()
            receipt.bytes_sent = self.client.bytes_sent
            receipt.bytes_received = self.client.bytes_received
            receipt.parked_changes = parked_changes(MAX_DETAILS)
            receipt.parked = _parked_count()
            self._sync_fully()
            self._finish_log(log_row.id, receipt)
            self.progress(Progress("done", receipt.sent, receipt.sent, receipt.pulled))
        return receipt

    @staticmethod
    def _device_id() -> str:
        return str(Device.select(Device.id).limit(1).scalar())

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled(tr("Sync cancelled."))

    def _finish_log(self, log_id: int, receipt: Receipt) -> None:
        details = (receipt.details + [
            {"result": "parked", "entity": p.entity, "entity_id": p.entity_id,
             "reason": p.reason} for p in receipt.parked_changes])[:MAX_DETAILS]
        # With their codes: the log reads them in the language chosen when it is read.
        details = [reasons.coded(item) for item in details]
        with database.atomic():
            SyncLog.update(
                finished_at=receipt.finished_at, sent=receipt.sent,
                accepted=receipt.accepted, duplicates=receipt.duplicates,
                conflicts=receipt.conflicts, rejected=receipt.rejected + receipt.mismatches,
                pulled=receipt.pulled, parked=receipt.parked,
                error="cancelled" if receipt.cancelled else receipt.error, details=details,
            ).where(SyncLog.id == log_id).execute()

    # ---------------------------------------------------------------- restore check

    def _must_pull_own(self) -> None:
        """This laptop lacks changes of its own the server holds: download everything, our
        own changes included, until one download has finished (kept across syncs: the
        signs of it are gone once this sync has renumbered). Inside a transaction."""
        self._pull_own = True
        set_setting(PULL_OWN_KEY, "1")

    def _check_restore(self, hello: dict[str, Any], device_id: str, receipt: Receipt) -> None:
        epoch = str(hello["epoch"])
        high = int(hello["high_seq"])
        self._server_high = high
        saved_epoch = get_setting(EPOCH_KEY)
        acked_high = Outbox.select(Outbox.seq).where(
            (Outbox.state == "acked") & (Outbox.device_id == device_id)
        ).order_by(Outbox.seq.desc()).limit(1).scalar() or 0
        local_high = Outbox.select(Outbox.seq).where(Outbox.device_id == device_id).order_by(
            Outbox.seq.desc()).limit(1).scalar() or 0
        with database.atomic():
            if get_setting(PULL_OWN_KEY):  # an earlier sync found it and did not finish
                self._pull_own = True
            own_pulled = int(get_setting(OWN_PULLED_KEY) or 0)
            if outbox.resume_above(high) or (local_high < high and own_pulled < high):
                # Restored from an earlier copy of the data file: the server holds changes of
                # this laptop it does not have.
                log.warning("this laptop holds changes up to %d, the server up to %d: "
                            "downloading its own changes again", local_high, high)
                self._must_pull_own()
            self._renumber_below = int(Device.select(Device.next_seq).scalar())
            # Changes an earlier version of the app left refused as "mismatch" (a number
            # reused after a restore) go again under new numbers too.
            stranded = [seq for (seq,) in Outbox.select(Outbox.seq).where(
                (Outbox.device_id == device_id) & (Outbox.state == "rejected")
                & (Outbox.result == "mismatch")).order_by(Outbox.seq).tuples()]
            for seq in stranded:
                outbox.supersede(seq, restamp=False, result="mismatch",
                                 reason="Its number was already used")
            if stranded:
                receipt.renumbered += len(stranded)
                self._must_pull_own()
            if (saved_epoch is not None and saved_epoch != epoch) or acked_high > high:
                lost = ((Outbox.state == "acked") & (Outbox.device_id == device_id)
                        & (Outbox.seq > high))
                receipt.resent = Outbox.select().where(
                    lost & Outbox.entity.not_in(outbox.COMPANIONS)).count()
                Outbox.update(state="pending", batch_id=None, result=None, reason=None,
                              acked_at=None).where(lost).execute()
                set_setting(CURSOR_KEY, None)
                log.warning("server lost %d acknowledged changes (epoch %s, high seq %d); "
                            "sending them again", receipt.resent, epoch, high)
            set_setting(EPOCH_KEY, epoch)

    @staticmethod
    def _correct_clock(hello: dict[str, Any], device_id: str, receipt: Receipt) -> None:
        try:
            server = datetime.fromisoformat(str(hello.get("server_time")))
        except ValueError:
            log.warning("hello without a readable server time: clock not checked")
            return
        if server.tzinfo is None:
            server = server.replace(tzinfo=UTC)
        with database.atomic():
            receipt.restamped = outbox.correct_clock(device_id,
                                                     int(server.timestamp() * 1000))
        if receipt.restamped:
            log.warning("%d changes stamped ahead of the server's clock were re-stamped",
                        receipt.restamped)

    # ---------------------------------------------------------------- push

    def _pending(self, device_id: str, limit: int, after: int = 0) -> list[tuple[Any, ...]]:
        """The next pending outbox rows after seq `after`, oldest first, less those held
        back in this sync (raw cursor: this is the hot path)."""
        rows: list[tuple[Any, ...]] = []
        while len(rows) < limit:
            found = database.execute_sql(
                "SELECT seq, entity, entity_id, op, fields, hlc FROM outbox "
                "WHERE state = 'pending' AND device_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                (device_id, after, limit),
            ).fetchall()
            if not self._held:
                return list(found)
            rows.extend(row for row in found if int(row[0]) not in self._held)
            if len(found) < limit:
                break
            after = int(found[-1][0])
        return rows[:limit]

    def _batch(self, device_id: str, size: int, seen: str | None) -> _Batch | None:
        """The next batch to send, encoded; None when nothing is pending."""
        rows = self._pending(device_id, size)
        if not rows:
            return None
        body = {
            "device_id": device_id,
            "batch_id": uuid.uuid4().hex,
            "seen": seen,
            "mutations": [wire.mutation_from_outbox(device_id, *row) for row in rows],
        }
        return _Batch(rows, body, wire.encode_body(body)[0])

    def _push(self, device_id: str, receipt: Receipt) -> None:
        """Send the pending rows, one batch at a time, each after the answer to the one
        before has been saved. A batch answered with anything but a full acknowledgement
        leaves its unacknowledged rows pending, and they go first in the next batch."""
        to_send = Outbox.select().where(
            (Outbox.state == "pending") & (Outbox.device_id == device_id)
            & Outbox.entity.not_in(outbox.COMPANIONS)).count() \
            - self._held_counted
        seen = get_setting(CURSOR_KEY)
        size = self.batch_size
        timeouts = 0
        self.progress(Progress("sending", 0, to_send))
        while True:
            self._check_cancel()
            batch = self._batch(device_id, size, seen)
            if batch is None:
                return
            try:
                status, doc = self.client.push(batch.body, batch.encoded)
            except PushTimeout:
                timeouts += 1
                if size == 1 and timeouts >= 3:
                    raise ServerUnreachable(tr(
                        "The server keeps timing out; the changes stay queued and will be "
                        "sent next time.")) from None
                size = max(1, size // 2)
                continue
            except (BodyRejected, InvalidBatch) as failure:
                # Halve until the one change the server refuses is alone, then record why.
                if size == 1:
                    reason = "Too large for the server." if isinstance(
                        failure, BodyRejected) else str(failure)
                    self._save_acks([(batch.rows[0][0], "rejected", reason)],
                                    batch.batch_id, batch.rows, receipt)
                size = max(1, len(batch.rows) // 2)
                continue
            timeouts = 0
            if status == 403:
                forbidden = self._forbidden(doc, batch.batch_id, device_id, batch.rows)
                self._save_acks(forbidden, batch.batch_id, batch.rows, receipt)
                continue
            if status != 200:
                raise ServerRefused(fill(tr("The server refused the changes (HTTP %1)."), status))
            acks = self._acks(doc, batch.batch_id, device_id, batch.rows)
            self._save_acks(acks, batch.batch_id, batch.rows, receipt)
            self.progress(Progress("sending", receipt.sent, to_send))
            size = min(self.batch_size, size * 2)

    @staticmethod
    def _forbidden(doc: Any, batch_id: str, device_id: str, rows: Sequence[tuple[Any, ...]]
                   ) -> list[tuple[int, str, str | None]]:
        seqs = {int(r[0]) for r in rows}
        if not isinstance(doc, dict) or doc.get("batch_id") != batch_id \
                or doc.get("device_id") != device_id or not isinstance(doc.get("forbidden"), list):
            raise ServerRefused(reasons.said(wire.reason_of(doc, "detail"))
                                or tr("The server refused these changes."))
        found: list[tuple[int, str, str | None]] = [
            (int(i["seq"]), "rejected", wire.reason_of(i) or "forbidden")
                 for i in doc["forbidden"]
            if isinstance(i, dict) and isinstance(i.get("seq"), int) and i["seq"] in seqs
        ]
        if not found:
            raise ServerRefused(reasons.said(wire.reason_of(doc, "detail"))
                                or tr("The server refused these changes."))
        return found

    @staticmethod
    def _acks(doc: Any, batch_id: str, device_id: str, rows: Sequence[tuple[Any, ...]]
              ) -> list[tuple[int, str, str | None]]:
        """The acknowledgements in a push answer; anything that is not one raises."""
        if not isinstance(doc, dict) or doc.get("batch_id") != batch_id \
                or doc.get("device_id") != device_id or not isinstance(doc.get("results"), list):
            raise NotAServerAnswer(tr("The server's answer does not acknowledge this batch; "
                                      "nothing was marked as sent."))
        seqs = {int(r[0]) for r in rows}
        acks: dict[int, tuple[int, str, str | None]] = {}
        for item in doc["results"]:
            if not isinstance(item, dict):
                continue
            seq, result = item.get("seq"), item.get("result")
            if not isinstance(seq, int) or seq not in seqs or result not in wire.RESULTS:
                continue
            reason = wire.reason_of(item)
            retry = item.get("retry")
            if result == "rejected" and retry in wire.RETRIES:
                result = f"retry:{retry}"  # not final: see the module docstring
            acks[seq] = (seq, str(result), reason)
        if not acks:
            raise NotAServerAnswer(tr("The server's answer lists none of the changes sent; "
                                      "nothing was marked as sent."))
        return list(acks.values())

    def _save_acks(self, acks: Sequence[tuple[int, str, str | None]], batch_id: str,
                   rows: Sequence[tuple[Any, ...]], receipt: Receipt) -> None:
        now = Outbox.acked_at.db_value(_now())
        entity_of = {int(r[0]): (str(r[1]), str(r[2])) for r in rows}
        # The user counts changes, not the history entries that ride with them; an entry
        # the server refused for good is counted (and shown) like any refused change.
        counted = {seq for seq, (entity, _id) in entity_of.items()
                   if entity not in outbox.COMPANIONS}
        counted.update(seq for seq, result, _reason in acks
                       if result not in wire.ACCEPTED and not result.startswith("retry:"))
        # A change whose number the server holds for another one: its number was reused (a
        # data file restored from a backup); it goes again under a new number.
        renumber = [(seq, reason) for seq, result, reason in acks
                    if result == "mismatch" and seq < self._renumber_below]
        # A change refused for its clock goes again re-stamped, once per sync.
        restamp = [(seq, reason) for seq, result, reason in acks
                   if result == "retry:clock" and seq < self._renumber_below]
        again = {seq for seq, _reason in renumber + restamp}
        # The rest of the refusals to retry stay pending, not sent again in this sync.
        hold = [(seq, result, reason) for seq, result, reason in acks
                if result.startswith("retry:") and seq not in again]
        if again or hold:
            acks = [ack for ack in acks if ack[0] not in again
                    and not ack[1].startswith("retry:")]
        # One UPDATE per kind of answer (most batches: all "applied"), naming its seqs.
        groups: dict[tuple[str, str | None], list[int]] = {}
        for seq, result, reason in acks:
            groups.setdefault((result, reason), []).append(seq)
        with database.atomic():
            if renumber:
                self._must_pull_own()
            for seq, reason in renumber:
                outbox.supersede(seq, restamp=False, result="mismatch",
                                 reason=reason or "number already used")
            receipt.renumbered += sum(1 for seq, _reason in renumber if seq in counted)
            for seq, reason in restamp:
                outbox.supersede(seq, restamp=True, result="rejected",
                                 reason=reason or "stamped ahead of the server's clock")
            receipt.restamped += sum(1 for seq, _reason in restamp if seq in counted)
            for seq, _result, reason in hold:
                database.execute_sql(
                    "UPDATE outbox SET result = 'waiting', reason = ?, batch_id = ? "
                    "WHERE seq = ? AND state = 'pending'", (reason, batch_id, seq))
            # The log row counts as it goes, so a sync killed midway shows what it did.
            accepted = sum(1 for seq, result, _reason in acks
                           if result in wire.ACCEPTED and seq in counted)
            SyncLog.update(sent=SyncLog.sent + sum(1 for ack in acks if ack[0] in counted),
                           accepted=SyncLog.accepted + accepted).where(
                SyncLog.id == self._log_id).execute()
            for (result, reason), seqs in groups.items():
                for start in range(0, len(seqs), 500):
                    chunk = seqs[start:start + 500]
                    database.execute_sql(
                        "UPDATE outbox SET state = ?, result = ?, reason = ?, batch_id = ?, "
                        f"acked_at = ? WHERE seq IN ({', '.join('?' * len(chunk))}) "
                        "AND state = 'pending'",
                        ("acked" if result in wire.ACCEPTED else "rejected", result, reason,
                         batch_id, now, *chunk),
                    )
        for seq, _result, reason in hold:
            self._held.add(seq)
            if seq not in counted:
                receipt.waiting_entries += 1
                continue
            self._held_counted += 1
            receipt.waiting += 1
            if len(receipt.details) < MAX_DETAILS:
                entity, entity_id = entity_of.get(seq, ("", ""))
                receipt.details.append({"seq": seq, "entity": entity, "entity_id": entity_id,
                                        "result": "waiting", "reason": reason})
        for seq, result, reason in acks:
            if seq not in counted:
                continue
            receipt.sent += 1
            if result == "applied":
                receipt.applied += 1
            elif result == "duplicate":
                receipt.duplicates += 1
            elif result == "conflict":
                receipt.conflicts += 1
            elif result == "mismatch":
                receipt.mismatches += 1
            else:
                receipt.rejected += 1
            if result != "applied" and result != "duplicate" \
                    and len(receipt.details) < MAX_DETAILS:
                entity, entity_id = entity_of.get(seq, ("", ""))
                receipt.details.append({"seq": seq, "entity": entity, "entity_id": entity_id,
                                        "result": result, "reason": reason})

    # ---------------------------------------------------------------- pull

    def _pull(self, receipt: Receipt) -> None:
        cursor = get_setting(CURSOR_KEY)
        restarted = reloaded = False
        self.progress(Progress("receiving", receipt.sent, receipt.sent, 0))
        while True:
            self._check_cancel()
            try:
                # Our own changes are skipped only when we know we hold them all.
                page = self.client.changes(cursor, self.page_size,
                                           skip_own=cursor is not None and not self._pull_own)
            except CursorGone:
                if restarted:
                    raise ServerRefused(tr("The server keeps refusing our download position.")) \
                        from None
                restarted = True
                cursor = None
                with database.atomic():
                    set_setting(CURSOR_KEY, None)
                continue
            try:
                result = apply_page(page["changes"], page["next_cursor"])
            except Exception as exc:  # a receipt, not a traceback; the log keeps the detail
                log.exception("a downloaded page could not be stored")
                raise SyncError(fill(tr("Downloaded changes could not be stored on this "
                                        "laptop (%1); nothing of that page was kept."),
                                     type(exc).__name__)) \
                    from exc
            receipt.pulled += result.applied + result.deleted
            self._revived += result.revived
            self.progress(Progress("receiving", receipt.sent, receipt.sent, receipt.pulled))
            cursor = page["next_cursor"]
            if not page["has_more"] and self._withdraw(page, receipt) and not reloaded:
                # Unassigned (or assigned again): download everything once more, our own
                # changes included (_withdraw saved that with what it removed).
                reloaded, cursor = True, None
                continue
            if not page["has_more"]:
                if self._pull_own:
                    # Everything the server held of ours at hello is here now: later syncs
                    # need not download it again (until the server holds more than that).
                    with database.atomic():
                        set_setting(OWN_PULLED_KEY, str(self._server_high))
                        set_setting(PULL_OWN_KEY, None)
                return


    def _tell_revived(self, receipt: Receipt) -> None:
        """Records this laptop deleted that the download brought back (work was recorded in
        them elsewhere): the receipt says why, and the delete's outbox row keeps it (once
        all pages are in, so the reason counts what came with them)."""
        with database.atomic():
            for entity, key, seq in self._revived:
                reason = revived_reason(entity, key)
                told_revived(seq, reason)
                receipt.revived.append((entity, key, seq, reason))
                if len(receipt.details) < MAX_DETAILS:
                    receipt.details.append({"seq": seq, "entity": entity, "entity_id": key,
                                            "result": "kept", "reason": reason})
        self._revived = []

    def _withdraw(self, page: dict[str, Any], receipt: Receipt) -> bool:
        """Remove the programmes the facilitator is no longer assigned to (the last page
        lists those assigned; apply.withdraw); True when everything must be downloaded
        again, our own changes included (saved in the same transaction, so a sync killed
        after it still does)."""
        assigned = page.get("programmes")
        if not isinstance(assigned, list):
            return False  # a server before this
        with database.atomic():
            done = withdraw(str(p) for p in assigned)
            if done.reload:
                set_setting(CURSOR_KEY, None)
                self._must_pull_own()
        receipt.withdrawn += done.names
        receipt.held.update(done.held)
        if done.requeued:
            receipt.requeued += done.requeued
            self._requeued = True
        told = set()
        for item in receipt.details:
            if item.get("seq") in done.refused:
                item["reason"] = done.refused[item["seq"]]
                told.add(item["seq"])
        for seq, entity, entity_id in done.unsent:
            if seq in told:
                continue
            receipt.rejected += 1
            if len(receipt.details) < MAX_DETAILS:
                receipt.details.append({"seq": seq, "entity": entity, "entity_id": entity_id,
                                        "result": "rejected", "reason": done.refused[seq]})
        return done.reload


# -------------------------------------------------------------------- sign-in and status


@dataclass(frozen=True)
class SyncStatus:
    """For the status bar: changes waiting, the last sync, and where we sync to."""

    pending: int
    last_sync: datetime | None
    server_url: str | None
    username: str | None


def sync_status() -> SyncStatus:
    last = get_setting(LAST_SYNC_KEY)
    return SyncStatus(
        pending=outbox.pending_count(),
        last_sync=datetime.fromisoformat(last) if last else None,
        server_url=get_setting(SERVER_KEY),
        username=get_setting(USER_KEY),
    )


@dataclass(frozen=True)
class SyncLogEntry:
    """One past sync, for the sync log."""

    started_at: datetime
    finished_at: datetime | None
    server_url: str
    sent: int
    accepted: int
    conflicts: int
    rejected: int
    pulled: int
    error: str | None
    details: list[dict[str, Any]]
    parked: int = 0


def sync_log(limit: int = 50) -> list[SyncLogEntry]:
    """The most recent syncs first."""
    return [
        SyncLogEntry(r.started_at, r.finished_at, r.server_url, r.sent, r.accepted,
                     r.conflicts, r.rejected, r.pulled, r.error, list(r.details or []),
                     int(r.parked or 0))
        for r in SyncLog.select().order_by(SyncLog.id.desc()).limit(limit)
    ]


def log_state(finished_at: datetime | None, error: str | None,
              details: Sequence[Any] | None) -> str | None:
    """RUNNING or INTERRUPTED for a sync log row whose sync has not finished, by whether the
    process that started it (its details say which) is still alive; INTERRUPTED for one the
    next sync marked so; None for a sync that finished."""
    if finished_at is not None:
        return INTERRUPTED if error == INTERRUPTED else None
    first = details[0] if details else None
    if isinstance(first, dict) and first.get("result") == RUNNING \
            and first.get("host") == socket.gethostname() \
            and isinstance(first.get("pid"), int) and _process_alive(first["pid"]):
        return RUNNING
    return INTERRUPTED


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would end the process there
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) \
                and code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that number
    except OSError:
        return False
    return True


def saved_sign_in() -> tuple[str | None, str | None]:
    """The server and user name this laptop last signed in with."""
    return get_setting(SERVER_KEY), get_setting(USER_KEY)


def release_connection() -> None:
    """Close this thread's connection to the data file (a sync thread calls it when done)."""
    if not database.is_closed():
        database.close()


def sign_in(server_url: str, username: str, password: str, *, ca_bundle: str | None = None,
            credentials: CredentialStore | None = None,
            client: ServerClient | None = None) -> str:
    """Get a device token for this laptop and keep it; returns where it was stored."""
    url = check_url(server_url)
    client = client or ServerClient(url, ca_bundle=ca_bundle)
    device = Device.select().limit(1).get()
    answer = client.login(username, password, device.id, device.name or socket.gethostname())
    where = (credentials or CredentialStore()).save(url, device.id, str(answer["token"]))
    with database.atomic():
        set_setting(SERVER_KEY, url)
        set_setting(USER_KEY, username)
        set_setting(CA_KEY, ca_bundle)
        if not device.facilitator:
            name = str(answer.get("display_name") or answer.get("facilitator") or username)
            Device.update(facilitator=name).where(Device.id == device.id).execute()
    return where


def engine_from_settings(
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    credentials: CredentialStore | None = None,
    batch_size: int = wire.MAX_MUTATIONS,
    timeout: tuple[float, float] = (10.0, 60.0),
) -> SyncEngine:
    """An engine for the server this laptop signed in to (NotSignedIn when there is none)."""
    url = get_setting(SERVER_KEY)
    if not url:
        raise NotSignedIn(tr("Sign in to a sync server first (fieldsessions login --server "
                             "URL --user NAME)."))
    device_id = str(Device.select(Device.id).limit(1).scalar())
    token = (credentials or CredentialStore()).load(url, device_id)
    if not token:
        raise NotSignedIn(fill(tr("No saved sign-in for %1; sign in again."), url))
    client = ServerClient(url, token, ca_bundle=get_setting(CA_KEY), cancel=cancel,
                          timeout=timeout)
    return SyncEngine(client, batch_size=batch_size, progress=progress)
