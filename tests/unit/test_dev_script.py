"""packaging/dev.py, the developer's entry point: `run` behaves like the installed command."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def dev_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "packaging" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_run_with_a_relative_db_path_uses_the_users_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dev = dev_script()
    monkeypatch.setattr(dev, "_debian_packages", lambda packages: None)
    monkeypatch.setattr(dev, "_ensure_venv", lambda extras: Path(sys.executable))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    assert dev.main(["run", "--db", "rel.sqlite", "programme", "list"]) == 0
    assert (tmp_path / "rel.sqlite").exists()
    assert not (ROOT / "rel.sqlite").exists()
