"""`fieldsessions` (the desktop app) on a Linux machine with no screen: one sentence saying what
is missing and how to go on, a non-zero exit, and none of Qt's plugin messages (issue 14: on a
bare Debian or over SSH, Qt aborted with "could not connect to display" and a core dump)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="Windows and macOS always have a display")


def launch(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environment.update(XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_DATA_HOME=str(tmp_path / "data"), **env)
    return subprocess.run([sys.executable, "-m", "fieldsessions", *args], env=environment,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)


def test_the_app_without_a_display_says_what_is_missing_in_one_sentence(tmp_path: Path) -> None:
    done = launch(tmp_path, "--db", str(tmp_path / "field.sqlite"))
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no graphical display" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0] and "desktop session" in lines[0]
    assert "plugin" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "field.sqlite").exists()  # nothing was opened or made


def test_the_commands_need_no_display(tmp_path: Path) -> None:
    done = launch(tmp_path, "--db", str(tmp_path / "field.sqlite"), "programme", "list")
    assert done.returncode == 0, done.stderr
    assert "display" not in done.stderr


def test_a_wayland_session_or_a_chosen_platform_is_enough(tmp_path: Path) -> None:
    db = tmp_path / "field.sqlite"
    done = launch(tmp_path, "--db", str(db), "--demo", QT_QPA_PLATFORM="offscreen",
                  FIELDSESSIONS_STARTUP_PROBE="1")
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stderr and "no graphical display" not in done.stderr


def test_the_sentence_is_in_the_users_language(tmp_path: Path) -> None:
    done = launch(tmp_path, "--db", str(tmp_path / "field.sqlite"), LANG="fr_FR.UTF-8",
                  LANGUAGE="fr")
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "affichage graphique" in done.stderr and "no graphical display" not in done.stderr
