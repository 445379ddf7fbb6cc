"""Closing the window while work still runs off the GUI thread (a Reports preview being
built, a sync still connecting) ends the app quietly: no Qt warning, no exception from a
worker thread, exit code 0. The real app runs in a subprocess (tests/gui/closing_script.py)
and its stderr is read. Before the fix, closing 300 ms after opening the Reports tab printed
Qt's "caught an exception" lines in 2 runs out of 3."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("closing_script.py")
# What Qt and Python print when a worker thread outlives its window: "Qt Concurrent has caught
# an exception thrown from a worker thread", "Exception ignored in tp_clear ... pure virtual
# method 'QRunnable.run'", "QThread: Destroyed while thread is still running", a traceback.
TROUBLE = ("caught an exception", "Traceback", "Exception", "QThread", "pure virtual",
           "RuntimeError", "Internal C++ object", "ERROR", "WARNING")


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that takes the connection and never answers: a sync stays 'Connecting…'."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def run_and_close(tmp_path: Path, *args: str) -> tuple[int, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               FIELDSESSIONS_CREDENTIALS_DIR=str(tmp_path / "credentials"),
               PYTHONPATH=str(Path(__file__).parents[2]))
    env.pop("FIELDSESSIONS_DB", None)
    proc = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "data.sqlite"), *args],
                          capture_output=True, text=True, env=env, timeout=120)
    return proc.returncode, proc.stderr


@pytest.mark.parametrize("after_ms", [150, 300, 600])  # while the preview is being built
def test_closing_the_window_during_a_reports_preview_is_quiet(
    tmp_path: Path, after_ms: int
) -> None:
    code, err = run_and_close(tmp_path, "reports", str(after_ms))
    assert "acted" in err
    assert code == 0, err
    assert not [t for t in TROUBLE if t in err], err


def test_closing_the_window_while_a_sync_is_connecting_is_quiet_and_quick(
    tmp_path: Path, silent_server: str
) -> None:
    code, err = run_and_close(tmp_path, "sync", silent_server, "1500")
    assert "acted" in err
    assert code == 0, err
    assert not [t for t in TROUBLE if t in err], err
