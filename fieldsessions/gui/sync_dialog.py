"""The Sync dialog: sign in once, then progress with counts and Cancel, then the receipt.

The sync engine runs on its own thread (network work never waits on, nor blocks, the database
worker that the rest of the window uses), following the worker pattern of gui/worker.py: a
QObject runner moved to a QThread, jobs in by signal, results out by signal. The engine only
reports through plain callbacks; the runner turns them into signals, so no widget is touched
off the GUI thread. Cancel takes effect between batches; what was acknowledged stays so.

Signals:
    SyncRunner.progressed(object): a sync.engine.Progress.
    SyncRunner.finished(object): a sync.engine.Receipt.
    SyncRunner.failed(str): a sentence (not signed in, wrong password, ...).
    SyncRunner.needs_sign_in(str): the sync cannot start before signing in.
    SyncRunner.signed_in(str): where the device token was kept.

Closing the dialog (the title bar's X, the main window closing; Escape or Cancel while signing
in) while a sync or a sign-in runs cancels it and closes at once: the request in flight is
abandoned within 50 ms (sync.client looks at the cancel flag while it waits), the runner's
signals are disconnected and the thread is stopped and waited for, so nothing reaches a
closed dialog and no thread outlives it. Escape and the Cancel button of the progress page
cancel a sync and show what was done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.gui.helpers import count_text, format_moment, while_alive
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.worker import DbWorker
from fieldsessions.sync import engine as sync_engine
from fieldsessions.sync.apply import label
from fieldsessions.sync.client import ServerClient, check_url, reachable
from fieldsessions.sync.errors import (
    Cancelled,
    NotAServerAnswer,
    NotSignedIn,
    ServerUnreachable,
)
from fieldsessions.sync.reasons import item_said

log = logging.getLogger(__name__)

EngineFactory = Callable[..., Any]  # (progress=, cancel=) -> an object with run() -> Receipt
SignIn = Callable[[str, str, str, str | None, threading.Event], str]  # ..., ca, cancel
STOP_WAIT_MS = 5000  # the longest closing waits for the sync thread (cancelled: ~50 ms)


class SyncRunner(QObject):
    """Lives on the sync thread; runs one sync or one sign-in per signal."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    needs_sign_in = Signal(str)
    signed_in = Signal(str)

    def __init__(self, engine_factory: EngineFactory, sign_in: SignIn) -> None:
        super().__init__()
        self._engine_factory = engine_factory
        self._sign_in = sign_in

    @Slot(object)
    def run_sync(self, cancel: threading.Event) -> None:
        try:
            engine = self._engine_factory(progress=self.progressed.emit, cancel=cancel)
            try:
                receipt = engine.run()
            finally:
                client = getattr(engine, "client", None)
                if client is not None:
                    client.close()
            if getattr(receipt, "pulled", 0):
                from fieldsessions.services import completion

                completion.recompute_all()  # pulled marks may change who has completed
        except NotSignedIn as exc:
            self.needs_sign_in.emit(str(exc))
        except FieldSessionsError as exc:
            self.failed.emit(str(exc))
        except Exception:  # a bug: log it, tell the user in a sentence
            log.exception("sync failed")
            self.failed.emit("The sync stopped because of an internal error; see the log.")
        else:
            self.finished.emit(receipt)
        finally:
            sync_engine.release_connection()

    @Slot(str, str, str, object, object)
    def run_sign_in(self, url: str, user: str, password: str, ca_bundle: str | None,
                    cancel: threading.Event) -> None:
        try:
            where = self._sign_in(url, user, password, ca_bundle, cancel)
        except Cancelled:
            log.info("sign-in cancelled")
        except (ServerUnreachable, NotAServerAnswer) as exc:
            log.info("sign-in failed: %s", exc)  # the library's words stay in the log
            self.failed.emit(native_keys(QCoreApplication.translate(
                "SyncDialog", "No connection to the server at %1. Check the address and the "
                "network, then press Enter to try again.")).replace("%1", url))
        except FieldSessionsError as exc:
            self.failed.emit(str(exc))
        except Exception:
            log.exception("sign-in failed")
            self.failed.emit("Signing in stopped because of an internal error; see the log.")
        else:
            self.signed_in.emit(where)
        finally:
            sync_engine.release_connection()


def _pending_count() -> int:
    from fieldsessions.services import status

    return status.sync_status().pending


def _default_sign_in(url: str, user: str, password: str, ca_bundle: str | None,
                     cancel: threading.Event) -> str:
    client = ServerClient(check_url(url), ca_bundle=ca_bundle, cancel=cancel)
    try:
        return sync_engine.sign_in(url, user, password, ca_bundle=ca_bundle, client=client)
    finally:
        client.close()


class SyncDialog(QDialog):
    """One sync, from the Sync button. `worker` is the window's database worker (used for
    the sync log); the sync itself runs on the dialog's own thread."""

    _start_sync = Signal(object)
    _start_sign_in = Signal(str, str, str, object, object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *,
                 engine_factory: EngineFactory | None = None,
                 sign_in: SignIn | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync"))
        self.setMinimumWidth(460)
        self._worker = worker
        self._cancel = threading.Event()
        self._running = False
        self.receipt: Any = None

        self._thread: QThread | None = QThread(self)
        self._thread.setObjectName("fieldsessions-sync")
        self._runner = SyncRunner(engine_factory or sync_engine.engine_from_settings,
                                  sign_in or _default_sign_in)
        self._runner.moveToThread(self._thread)
        self._start_sync.connect(self._runner.run_sync)
        self._start_sign_in.connect(self._runner.run_sign_in)
        self._runner.progressed.connect(self._on_runner_progressed)
        self._runner.finished.connect(self._on_runner_finished)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.needs_sign_in.connect(self._on_runner_needs_sign_in)
        self._runner.signed_in.connect(self._on_runner_signed_in)
        self._thread.start()
        self.sign_in_cancel_button: QPushButton

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_sign_in_page())
        self.pages.addWidget(self._build_receipt_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        QTimer.singleShot(0, self.start)

    # --- pages ------------------------------------------------------------------------------

    def _build_progress_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.phase_label = QLabel(self.tr("Connecting to the server…"), page)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.counts_label = QLabel("", page)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.counts_label)
        layout.addLayout(row)
        return page

    def _build_sign_in_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.sign_in_hint = QLabel(self.tr("Sign in once to the sync server; the password "
                                           "is not kept, only a token for this laptop."), page)
        self.sign_in_hint.setWordWrap(True)
        form = QFormLayout()
        self.server_edit = QLineEdit(page)
        self.server_edit.setPlaceholderText("https://sync.example.org")
        self.user_edit = QLineEdit(page)
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Server:"), self.server_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        # A private server's certificate file is rare and technical: under Advanced, folded.
        self.advanced_button = QToolButton(page)
        self.advanced_button.setText(self.tr("&Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced = QWidget(page)
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        self.ca_edit = QLineEdit(self.advanced)
        self.ca_edit.setPlaceholderText(self.tr("only when your administrator gives you one"))
        self.ca_edit.setAccessibleName(self.tr("Server certificate file"))
        browse = QPushButton(self.tr("Browse…"), self.advanced)
        browse.clicked.connect(self._on_browse_clicked)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit)
        ca_row.addWidget(browse)
        ca_label = QLabel(self.tr("Server &certificate file:"), self.advanced)
        ca_label.setBuddy(self.ca_edit)
        advanced_form.addRow(ca_label, ca_row)
        self.advanced.setVisible(False)
        self.advanced_button.toggled.connect(self._on_advanced_toggled)
        self.sign_in_error = QLabel("", page)
        self.sign_in_error.setWordWrap(True)
        self.sign_in_error.setStyleSheet("color: #8f1d16")
        buttons = QDialogButtonBox(page)
        self.sign_in_button = buttons.addButton(self.tr("Sign in and sync"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.sign_in_cancel_button = cancel
        cancel.setAutoDefault(False)  # Enter signs in, whichever button had the focus
        buttons.accepted.connect(self._on_sign_in_clicked)
        buttons.rejected.connect(self.reject)
        self.sign_in_button.setDefault(True)
        for edit in (self.server_edit, self.user_edit, self.password_edit, self.ca_edit):
            edit.returnPressed.connect(self._on_sign_in_clicked)  # Enter signs in
        layout.addWidget(self.sign_in_hint)
        layout.addLayout(form)
        layout.addWidget(self.advanced_button)
        layout.addWidget(self.advanced)
        layout.addWidget(self.sign_in_error)
        layout.addWidget(buttons)
        return page

    def _build_receipt_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary_label = QLabel("", page)
        self.summary_label.setWordWrap(True)
        self.details_text = QPlainTextEdit(page)
        self.details_text.setReadOnly(True)
        self.details_text.setAccessibleName(self.tr("Sync receipt"))
        buttons = QDialogButtonBox(page)
        self.log_button = buttons.addButton(self.tr("Sync &log…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button.clicked.connect(self._on_log_clicked)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.details_text)
        layout.addWidget(buttons)
        return page

    # --- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Start (or restart) a sync on the sync thread."""
        self._cancel = threading.Event()
        self._running = True
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.phase_label.setText(self.tr("Connecting to the server…"))
        self.progress_bar.setRange(0, 0)
        self.counts_label.clear()
        self.pages.setCurrentIndex(0)
        self._start_sync.emit(self._cancel)

    @property
    def thread_running(self) -> bool:
        """True while the dialog's sync thread still runs (tests: none after closing)."""
        return self._thread is not None and self._thread.isRunning()

    def reject(self) -> None:
        """Escape during a sync means Cancel (the receipt then says what was sent); anywhere
        else, a sign-in in progress included, it closes at once (done)."""
        if self._running and self.pages.currentIndex() == 0:
            self._on_cancel_clicked()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closing (Escape, Cancel, Close, the title bar's X): a sync or sign-in still
        running is cancelled, and the dialog closes at once (see the module docstring)."""
        self.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def stop(self) -> None:
        """Cancel what runs, disconnect the runner and stop its thread (idempotent)."""
        thread = self._thread
        if thread is None:
            return
        self._thread = None
        self._cancel.set()
        self._running = False
        for signal in (self._runner.progressed, self._runner.finished, self._runner.failed,
                       self._runner.needs_sign_in, self._runner.signed_in):
            signal.disconnect()
        thread.quit()
        if not thread.wait(STOP_WAIT_MS):
            log.warning("the sync thread did not stop in %d ms", STOP_WAIT_MS)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    @Slot(object)
    def _on_runner_progressed(self, progress: sync_engine.Progress) -> None:
        if progress.phase == "sending" and progress.to_send:
            self.phase_label.setText(self.tr("Sending changes…"))
            self.progress_bar.setRange(0, progress.to_send)
            self.progress_bar.setValue(min(progress.sent, progress.to_send))
            self.counts_label.setText(self.tr("{0} of {1} sent").format(progress.sent,
                                                                        progress.to_send))
        elif progress.phase == "receiving":
            self.phase_label.setText(self.tr("Getting the latest from the server…"))
            self.progress_bar.setRange(0, 0)
            self.counts_label.setText(self.tr("{0} sent · {1} received").format(
                progress.sent, progress.received))

    @Slot(object)
    def _on_runner_finished(self, receipt: sync_engine.Receipt) -> None:
        self._running = False
        self.receipt = receipt
        if receipt.cancelled:
            summary = self.tr("Sync cancelled. What was sent so far is safe.")
        elif receipt.error:
            summary = self.failure_sentence(receipt.error_kind, receipt.error, None)
            # The count of changes kept on this laptop comes from the database worker.
            self._worker.run(_pending_count, on_done=while_alive(
                self, lambda pending: self._show_failure(receipt, pending)))
        elif receipt.all_accepted and receipt.parked:
            summary = count_text(
                receipt.parked,
                self.tr("Sync complete, but 1 received change waits on this laptop (listed "
                        "below)."),
                self.tr("Sync complete, but %1 received changes wait on this laptop (listed "
                        "below)."))
        elif receipt.all_accepted:
            summary = self.tr("Sync complete.")
        elif receipt.rejected == 0 and receipt.mismatches == 0:
            summary = self.tr("Sync complete, but some changes wait for records the server "
                              "does not have yet; they go with the next sync.")
        else:
            summary = self.tr("Sync complete, but the server refused some changes.")
        self.summary_label.setText(summary)
        # The engine's own words on a failure (library text, addresses) stay in the log; a
        # sync that stopped before anything moved has no receipt to show.
        self.details_text.setPlainText("" if receipt.error and receipt.nothing_moved else "\n".join(
            line for line in receipt.lines() if not line.startswith("Sync stopped:")))
        self.pages.setCurrentIndex(2)

    def failure_sentence(self, kind: str | None, error: str, pending: int | None) -> str:
        """A sync failure in one sentence a facilitator understands; the technical text of
        `error` goes to the details, never here."""
        if pending is None:
            safe = self.tr("Your changes are safe on this laptop and will be sent next time.")
        elif pending == 0:
            safe = self.tr("Nothing on this laptop is waiting to be sent.")
        elif pending == 1:
            safe = self.tr("Your 1 change is safe on this laptop and will be sent next time.")
        else:
            safe = self.tr("Your %1 changes are safe on this laptop and will be sent next "
                           "time.").replace("%1", str(pending))
        if kind == "CertificateNotVerified":
            return self.tr("The server's identity could not be checked. Ask your "
                           "administrator for its certificate file and choose it under "
                           "Advanced when signing in.") + " " + safe
        if kind in ("ServerUnreachable", "NoAnswer", "PlainHttpAnswer", "PushTimeout"):
            return self.tr("No connection to the server.") + " " + safe
        if kind == "NotAServerAnswer":
            return self.tr("The network answered instead of the server (a Wi-Fi sign-in "
                           "page?). Open a web page to sign in to the network, then sync "
                           "again.") + " " + safe
        if kind in ("AuthError", "NotSignedIn"):
            return self.tr("The server did not accept this laptop's sign-in; sign in "
                           "again.") + " " + safe
        return self.tr("The server did not take the changes this time.") + " " + safe

    def _show_failure(self, receipt: sync_engine.Receipt, pending: int) -> None:
        if self.receipt is not receipt:
            return
        self.summary_label.setText(self.failure_sentence(receipt.error_kind,
                                                         receipt.error or "", pending))

    @Slot(str)
    def _on_runner_failed(self, message: str) -> None:
        self._running = False
        if self.pages.currentIndex() == 1:
            self.sign_in_error.setText(message)
            self.sign_in_button.setEnabled(True)
            return
        self.summary_label.setText(message)
        self.details_text.clear()
        self.pages.setCurrentIndex(2)

    @Slot(str)
    def _on_runner_needs_sign_in(self, _message: str) -> None:
        self._running = False
        self._worker.run(sync_engine.saved_sign_in,
                         on_done=while_alive(self, self._on_saved_sign_in))
        self.pages.setCurrentIndex(1)
        self.server_edit.setFocus()  # not the hidden progress page's Cancel button

    def _on_saved_sign_in(self, saved: tuple[str | None, str | None]) -> None:
        url, user = saved
        if url and not self.server_edit.text():
            self.server_edit.setText(url)
        if user and not self.user_edit.text():
            self.user_edit.setText(user)
        if self.server_edit.text() and self.user_edit.text() and self.server_edit.hasFocus():
            self.password_edit.setFocus()  # signing in again: only the password to type

    @Slot()
    def _on_sign_in_clicked(self) -> None:
        if self._running:
            return  # Enter both ends the line edit and presses the default button
        url, user = self.server_edit.text().strip(), self.user_edit.text().strip()
        if not url or not user or not self.password_edit.text():
            self.sign_in_error.setText(self.tr("Fill in the server, your user name and "
                                               "your password."))
            return
        self.sign_in_error.setText(self.tr("Signing in…"))
        self.sign_in_button.setEnabled(False)
        self._running = True
        self._cancel = threading.Event()
        self._start_sign_in.emit(url, user, self.password_edit.text(),
                                 self.ca_edit.text().strip() or None, self._cancel)

    @Slot(str)
    def _on_runner_signed_in(self, _where: str) -> None:
        self.password_edit.clear()
        self.sign_in_button.setEnabled(True)
        self.start()

    @Slot(bool)
    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Server certificate file"), "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca_edit.setText(path)

    @Slot()
    def _on_log_clicked(self) -> None:
        self._worker.run(sync_engine.sync_log, on_done=while_alive(self, self._show_log))

    def _show_log(self, entries: list[sync_engine.SyncLogEntry]) -> None:
        SyncLogDialog(entries, self).open()


class SyncLogDialog(QDialog):
    """The past syncs, newest first, with what the server refused."""


    def __init__(self, entries: list[sync_engine.SyncLogEntry],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(640, 360)
        headers = [self.tr("When"), self.tr("Sent"), self.tr("Accepted"), self.tr("Conflicts"),
                   self.tr("Rejected"), self.tr("Received"), self.tr("Outcome")]
        self.table = QTableWidget(len(entries), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(entries):
            outcome = entry.error or (count_text(
                entry.parked, self.tr("1 received change waiting"),
                self.tr("%1 received changes waiting")) if entry.parked else self.tr("ok"))
            refused = [d for d in entry.details
                       if d.get("result") in ("rejected", "mismatch", "waiting", "parked")]
            cells = (format_moment(entry.started_at), entry.sent,
                     entry.accepted, entry.conflicts, entry.rejected, entry.pulled, outcome)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if refused:
                    item.setToolTip("\n".join(f"{label(str(d.get('entity')))}: {item_said(d)}"
                                              for d in refused[:20]))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class SyncAvailabilityProbe(QObject):
    """Checks now and then whether the sync server answers, off the GUI thread, and says so
    when that changes (for a quiet "Sync available" hint after being offline).

    Signals:
        availability_changed(bool): the server became reachable (True) or not (False).
    """

    availability_changed = Signal(bool)
    _checked = Signal(bool)

    def __init__(self, server_url: str, *, ca_bundle: str | None = None,
                 interval_ms: int = 60_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._url, self._ca = server_url, ca_bundle
        self._available: bool | None = None
        self._busy = False
        self._checked.connect(self._on_checked)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    @Slot()
    def check(self) -> None:
        if self._busy:
            return
        self._busy = True
        threading.Thread(target=lambda: self._checked.emit(reachable(self._url,
                                                                     ca_bundle=self._ca)),
                         name="fieldsessions-sync-probe", daemon=True).start()

    @Slot(bool)
    def _on_checked(self, available: bool) -> None:
        self._busy = False
        if available != self._available:
            self._available = available
            self.availability_changed.emit(available)
