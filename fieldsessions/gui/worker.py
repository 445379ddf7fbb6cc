"""Database work off the GUI thread: one worker thread runs service calls in order.

Like Anki's CollectionOp: `worker.run(fn, on_done=..., on_error=...)` queues `fn` on the worker
thread; its result (or the exception) comes back by signal on the GUI thread, where the
callbacks run. The callable must not touch widgets. Serializing all writes on one thread keeps
SQLite free of lock contention; the window never waits on the database.

Signals:
    busy_changed(bool): True while work is queued or running (for a status-bar spinner).
    data_changed(str): emitted after a successful call made with `changes="..."`, so each
        screen can refresh only its part ("marks", "programmes", "roster", ...).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Runner(QObject):
    """Lives on the worker thread; runs one job per signal."""

    finished = Signal(int, object, object)  # job id, result, exception

    @Slot(int, object)
    def execute(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:  # delivered to the caller's on_error; logged if a bug
            # Imported here, on the worker thread: peewee must not slow the window's start-up.
            from fieldsessions.db import store

            known = store.explain(exc)  # locked / disk full / read-only: a sentence instead
            if known is not None:
                log.warning("background job: %s", exc)
            self.finished.emit(job_id, None, known or exc)
        else:
            self.finished.emit(job_id, result, None)


class DbWorker(QObject):
    busy_changed = Signal(bool)
    data_changed = Signal(str)
    _submit = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("fieldsessions-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.execute)
        self._runner.finished.connect(self._on_runner_finished)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None] | None,
                                       Callable[[Exception], None] | None, str | None]] = {}
        self._thread.start()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        changes: str | None = None,
    ) -> int:
        """Queue `fn` on the worker thread; callbacks run later on the GUI thread."""
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error, changes)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job_id, fn)
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object, object)
    def _on_runner_finished(self, job_id: int, result: Any, error: Exception | None) -> None:
        on_done, on_error, changes = self._pending.pop(job_id, (None, None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background job failed", exc_info=error)
            return
        if on_done is not None:
            on_done(result)
        if changes:
            self.data_changed.emit(changes)

    def shutdown(self) -> None:
        """Finish queued work and stop the thread (call before closing the database)."""
        self._thread.quit()
        self._thread.wait()
