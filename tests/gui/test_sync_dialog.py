"""The Sync dialog: progress with counts while the window stays responsive, Cancel, the
receipt, signing in first when needed, the sync log, and the availability probe."""

from __future__ import annotations

import socket
import threading
import time
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import SyncLog
from fieldsessions.gui.sync_dialog import SyncAvailabilityProbe, SyncDialog, SyncLogDialog
from fieldsessions.gui.worker import DbWorker
from fieldsessions.sync import engine as sync_engine
from fieldsessions.sync.client import ServerClient
from fieldsessions.sync.engine import Progress, Receipt
from fieldsessions.sync.errors import AuthError, Cancelled, NotSignedIn


class FakeEngine:
    """Reports progress like the real engine; optionally waits for Cancel."""

    def __init__(self, progress: Any, cancel: threading.Event, *, wait_for_cancel: bool,
                 rejected: int = 0, waiting: int = 0) -> None:
        self.progress, self.cancel = progress, cancel
        self.wait_for_cancel, self.rejected, self.waiting = wait_for_cancel, rejected, waiting

    def run(self) -> Receipt:
        receipt = Receipt(started_at=datetime.now(UTC), server_url="https://sync.test")
        self.progress(Progress("connecting"))
        for sent in range(0, 101, 25):
            self.progress(Progress("sending", sent, 100))
            receipt.sent = sent
            time.sleep(0.01)
        if self.wait_for_cancel:
            while not self.cancel.wait(0.01):
                pass
            receipt.cancelled = True
            return receipt
        self.progress(Progress("receiving", 100, 100, 7))
        receipt.applied, receipt.pulled = 100 - self.rejected, 7
        receipt.rejected = self.rejected
        if self.rejected:
            receipt.details.append({"seq": 3, "entity": "attendance", "entity_id": "x",
                                    "result": "rejected", "reason": "Unknown session s."})
        receipt.waiting = self.waiting
        if self.waiting:
            receipt.details.append({"seq": 4, "entity": "attendance", "entity_id": "y",
                                    "result": "waiting", "reason": "Unknown session t."})
        return receipt


def factory(**options: Any) -> Any:
    def make(*, progress: Any, cancel: threading.Event) -> FakeEngine:
        return FakeEngine(progress, cancel, **options)

    return make


def open_dialog(qtbot: QtBot, worker: DbWorker, **kwargs: Any) -> SyncDialog:
    dialog = SyncDialog(worker, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_sync_shows_counts_then_the_receipt(qtbot: QtBot, worker: DbWorker) -> None:
    dialog = open_dialog(qtbot, worker, engine_factory=factory(wait_for_cancel=False,
                                                               rejected=1))
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10000)
    assert dialog.pages.currentIndex() == 2
    assert "refused some changes" in dialog.summary_label.text()
    text = dialog.details_text.toPlainText()
    assert "Sent 100 changes: 99 accepted" in text and "Unknown session s." in text
    assert "Received 7 changes" in text
    dialog.accept()


def test_changes_waiting_for_the_server_are_not_called_refused(
    qtbot: QtBot, worker: DbWorker
) -> None:
    dialog = open_dialog(qtbot, worker, engine_factory=factory(wait_for_cancel=False,
                                                               waiting=1))
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10000)
    summary = dialog.summary_label.text()
    assert "refused" not in summary and "wait for records" in summary
    assert "waiting: mark (change 4): Unknown session t." in \
        dialog.details_text.toPlainText()
    dialog.accept()


def test_the_window_stays_responsive_and_cancel_stops_the_sync(
    qtbot: QtBot, worker: DbWorker
) -> None:
    dialog = open_dialog(qtbot, worker, engine_factory=factory(wait_for_cancel=True))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: dialog.counts_label.text() == "100 of 100 sent", timeout=10000)
    assert dialog.progress_bar.maximum() == 100 and dialog.progress_bar.value() == 100
    qtbot.wait(100)
    assert len(ticks) >= 3, "the event loop keeps running during the sync"
    dialog.reject()  # Escape while running means Cancel, not close
    assert dialog.isVisible() and dialog.cancel_button.text() == "Cancelling…"
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10000)
    timer.stop()
    assert dialog.receipt.cancelled
    assert "cancelled" in dialog.summary_label.text()
    dialog.reject()
    assert not dialog.isVisible()


def test_signing_in_first_when_the_laptop_has_no_token(qtbot: QtBot, worker: DbWorker) -> None:
    attempts: list[tuple[str, str, str, str | None]] = []
    signed = {"in": False}

    def make(*, progress: Any, cancel: threading.Event) -> FakeEngine:
        if not signed["in"]:
            raise NotSignedIn("Sign in to a sync server first.")
        return FakeEngine(progress, cancel, wait_for_cancel=False)

    def sign_in(url: str, user: str, password: str, ca: str | None,
                _cancel: threading.Event) -> str:
        attempts.append((url, user, password, ca))
        if password != "right":
            raise AuthError("Wrong user name or password.")
        signed["in"] = True
        return "keyring"

    dialog = open_dialog(qtbot, worker, engine_factory=make, sign_in=sign_in)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    dialog.sign_in_button.click()
    assert "Fill in" in dialog.sign_in_error.text() and not attempts
    dialog.server_edit.setText("https://sync.test")
    dialog.user_edit.setText("ann")
    dialog.password_edit.setText("wrong")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "Wrong user name" in dialog.sign_in_error.text(), timeout=10000)
    dialog.password_edit.setText("right")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10000)
    assert attempts[-1] == ("https://sync.test", "ann", "right", None)
    assert dialog.password_edit.text() == "", "the password is not kept"
    assert "Sync complete." in dialog.summary_label.text()
    dialog.accept()


def test_the_sync_log_lists_past_syncs_with_what_was_refused(
    qtbot: QtBot, worker: DbWorker
) -> None:
    SyncLog.create(started_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC), sent=5, accepted=4,
                   rejected=1, pulled=2,
                   details=[{"seq": 9, "entity": "attendance", "result": "rejected",
                             "reason": "Unknown session s."}])
    SyncLog.create(started_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC), error="offline")
    entries = sync_engine.sync_log()
    assert [e.error for e in entries] == ["offline", None]
    log_dialog = SyncLogDialog(entries)
    qtbot.addWidget(log_dialog)
    table = log_dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 6).text() == "offline"
    assert table.item(1, 1).text() == "5" and table.item(1, 4).text() == "1"
    assert "mark: Unknown session s." in table.item(1, 0).toolTip()


def test_the_probe_says_when_the_server_becomes_reachable(qtbot: QtBot) -> None:
    probe = SyncAvailabilityProbe("http://127.0.0.1:9", interval_ms=50)
    seen: list[bool] = []
    probe.availability_changed.connect(seen.append)
    probe.start()
    qtbot.waitUntil(lambda: seen == [False], timeout=10000)
    probe.timer.stop()


def _slow_sign_in(seen: dict[str, Any]) -> Any:
    """A sign-in that hangs (a server that never answers) until it is cancelled."""

    def sign_in(url: str, user: str, password: str, ca: str | None,
                cancel: threading.Event) -> str:
        seen["started"] = True
        seen["cancelled"] = cancel.wait(30)
        raise Cancelled("Sync cancelled.")

    return sign_in


def _signing_in(qtbot: QtBot, worker: DbWorker, seen: dict[str, Any]) -> SyncDialog:
    def make(*, progress: Any, cancel: threading.Event) -> FakeEngine:
        raise NotSignedIn("Sign in to a sync server first.")

    dialog = open_dialog(qtbot, worker, engine_factory=make, sign_in=_slow_sign_in(seen))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    dialog.activateWindow()
    dialog.server_edit.setText("https://sync.test")
    dialog.user_edit.setText("ann")
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, "secret")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: seen.get("started", False), timeout=10000)
    assert dialog.sign_in_error.text() == "Signing in…"
    return dialog


def test_escape_while_signing_in_cancels_the_sign_in_and_closes_at_once(
    qtbot: QtBot, worker: DbWorker
) -> None:
    seen: dict[str, Any] = {}
    dialog = _signing_in(qtbot, worker, seen)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert seen["cancelled"], "the sign-in was told to stop"
    assert not dialog.thread_running


def test_the_cancel_button_and_the_window_close_button_close_a_sign_in_too(
    qtbot: QtBot, worker: DbWorker
) -> None:
    seen: dict[str, Any] = {}
    dialog = _signing_in(qtbot, worker, seen)
    dialog.sign_in_cancel_button.click()
    assert not dialog.isVisible() and seen["cancelled"] and not dialog.thread_running

    seen = {}
    dialog = _signing_in(qtbot, worker, seen)
    dialog.close()  # the title bar's X sends a close event
    assert not dialog.isVisible() and seen["cancelled"] and not dialog.thread_running


def test_one_received_change_waiting_is_said_in_the_singular(
    qtbot: QtBot, worker: DbWorker
) -> None:
    class OneParked:
        def run(self) -> Receipt:
            receipt = Receipt(started_at=datetime.now(UTC), server_url="https://sync.test")
            receipt.pulled, receipt.parked = 1, 1
            return receipt

    def make(*, progress: Any, cancel: threading.Event) -> OneParked:
        return OneParked()

    dialog = open_dialog(qtbot, worker, engine_factory=make)
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10000)
    assert "but 1 received change waits on this laptop" in dialog.summary_label.text()
    dialog.accept()


def test_a_late_answer_after_the_dialog_was_closed_and_deleted_is_dropped(
    qtbot: QtBot, worker: DbWorker
) -> None:
    class Fails:
        def run(self) -> Receipt:
            receipt = Receipt(started_at=datetime.now(UTC), server_url="https://sync.test")
            receipt.error, receipt.error_kind = "connection refused", "ServerUnreachable"
            return receipt

    def make(*, progress: Any, cancel: threading.Event) -> Fails:
        return Fails()

    release = threading.Event()
    worker.run(lambda: release.wait(10))  # the database worker is busy a moment
    dialog = SyncDialog(worker, None, engine_factory=make)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10000)
    with qtbot.waitSignal(dialog.destroyed, timeout=10000):
        dialog.close()  # the count of changes kept is still to come
    release.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)  # no error from the late answer


class SilentServer:
    """A server that accepts every connection and never answers (a hung proxy or server)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True, name="silent-server").start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return  # closed
            self.connections.append(connection)

    def close(self) -> None:
        self.listener.close()
        for connection in self.connections:
            connection.close()


def test_a_server_that_never_answers_is_said_in_one_sentence_within_seconds(
    qtbot: QtBot, worker: DbWorker
) -> None:
    server = SilentServer()

    def make(*, progress: Any, cancel: threading.Event) -> sync_engine.SyncEngine:
        client = ServerClient(server.url, "saved-token", cancel=cancel)
        return sync_engine.SyncEngine(client, progress=progress)

    try:
        started = time.monotonic()
        dialog = open_dialog(qtbot, worker, engine_factory=make)
        assert dialog.phase_label.text() == "Connecting to the server…"
        qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=60000)
        # The hello's short read timeout and its deadline, not 5 attempts of a minute each.
        assert time.monotonic() - started < 60
        assert len(server.connections) <= 2
        qtbot.waitUntil(lambda: dialog.summary_label.text().startswith(
            "No connection to the server."), timeout=10000)
        assert "\n" not in dialog.summary_label.text()
        dialog.accept()
    finally:
        server.close()


def test_sign_in_and_hello_wait_for_seconds_and_push_pull_for_a_minute() -> None:
    client = ServerClient("http://127.0.0.1:9")
    assert client.quick_read_timeout <= 10 and client.quick_within <= 15
    assert client.timeout[1] >= 60  # a big batch may take a while to answer
    client.close()
