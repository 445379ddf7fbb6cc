"""A command that does not sync does not load the network stack: requests and urllib3 cost
about a third of a second of every `fieldsessions mark-all` or `report sheet` process
(tests/bench/bench_processes.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LAUNCH = r"""
import atexit, sys
atexit.register(lambda: print("loaded", sorted(m for m in ("requests", "urllib3", "PySide6")
                                               if m in sys.modules), file=sys.stderr))
from fieldsessions.app import main
sys.exit(main(sys.argv[1:]))
"""


def loaded_by(*argv: str, tmp_path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", LAUNCH, "--db", str(tmp_path / "f.sqlite"),
                           *argv], capture_output=True, text=True, cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                               "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1]


def test_commands_that_do_not_sync_do_not_import_requests(tmp_path: Path) -> None:
    assert loaded_by("programme", "list", tmp_path=tmp_path) == "loaded []"
    assert loaded_by("sync-log", tmp_path=tmp_path) == "loaded ['requests', 'urllib3']"
