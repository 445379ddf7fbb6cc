"""`fieldsessions` with a DISPLAY where no X server answers (a stale one, left by an SSH
session or a stopped Xvfb): one sentence in the user's language naming it, never Qt's abort
text and core dump; a DISPLAY whose server answers opens the window as before."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from fieldsessions import app

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="X displays are Linux's here")


def free_display() -> str:
    """A display number no X server listens on."""
    for number in range(4242, 4342):
        if not app._x_server_answers(f":{number}"):
            return f":{number}"
    raise AssertionError("no free display number")


def launch(tmp_path: Path, display: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE",
                                   "LC_ALL", "LC_MESSAGES", "LANG")}
    environment.update(DISPLAY=display, XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_DATA_HOME=str(tmp_path / "data"), **env)
    return subprocess.run([sys.executable, "-m", "fieldsessions", "--db",
                           str(tmp_path / "field.sqlite")], env=environment,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)


def test_a_stale_display_is_said_in_one_french_sentence(tmp_path: Path) -> None:
    display = free_display()
    done = launch(tmp_path, display, LANG="fr_FR.UTF-8", LANGUAGE="fr")
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert lines == [lines[0]] and f"DISPLAY={display}" in lines[0], done.stderr
    assert "aucun affichage ne répond" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "plugin" not in done.stderr and "Aborted" not in done.stderr
    assert not (tmp_path / "field.sqlite").exists()


def test_a_display_whose_server_answers_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    display = free_display()
    with socket.socket(socket.AF_UNIX) as server:  # stands in for an X server's socket
        server.bind(f"\0/tmp/.X11-unix/X{display[1:]}")
        server.listen(1)
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
        assert app.missing_display() is None
    assert app.missing_display() is not None  # closed: stale again
