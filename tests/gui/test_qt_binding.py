"""The pinned Qt binding keeps Python's reference counts: a long roll call cannot abort the app.

PySide6 6.12.0 on CPython 3.11 dropped a reference to True on every signal emit and to None on
every void call, so the interpreter aborted after a few thousand of them (pyproject.toml pins
a release without the bug). This fails, rather than crashes, if a pin brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(bool)


def test_signals_and_void_calls_keep_the_reference_counts_of_true_and_none() -> None:
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.fired.connect(seen.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit(True)
        emitter.setObjectName("roll")  # a void call: returns None
    seen.clear()
    assert sys.getrefcount(True) >= true_before
    assert sys.getrefcount(None) >= none_before
