"""The committed modules in fieldsessions/gui/forms/ match forms/*.ui, and the check catches a
.ui edited without rebuilding (or a generated module whose .ui is gone)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "build_forms.py"


def load_build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_form_modules_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                            text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in (ROOT / "forms").glob("*.ui")) == sorted(
        p.stem for p in (ROOT / "fieldsessions" / "gui" / "forms").glob("*.py")
        if p.stem != "__init__")


@pytest.fixture
def copy_of_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    build_forms = load_build_forms()
    forms = tmp_path / "forms"
    target = tmp_path / "fieldsessions" / "gui" / "forms"
    shutil.copytree(ROOT / "forms", forms)
    shutil.copytree(ROOT / "fieldsessions" / "gui" / "forms", target,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(build_forms, "ROOT", tmp_path)
    monkeypatch.setattr(build_forms, "FORMS", forms)
    monkeypatch.setattr(build_forms, "TARGET", target)
    return build_forms


def test_an_edited_ui_file_is_reported_stale_until_rebuilt(
    copy_of_forms: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    ui = copy_of_forms.FORMS / "settings_dialog.ui"
    ui.write_text(ui.read_text(encoding="utf-8").replace(
        "&amp;Open folder", "&amp;Show folder"), encoding="utf-8")
    assert copy_of_forms.check() == 1
    assert "stale: fieldsessions/gui/forms/settings_dialog.py" in capsys.readouterr().err
    copy_of_forms.build()
    assert copy_of_forms.check() == 0
    assert "Show folder" in (copy_of_forms.TARGET / "settings_dialog.py").read_text(
        encoding="utf-8")


def test_a_module_without_its_ui_file_is_reported(
    copy_of_forms: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    (copy_of_forms.FORMS / "welcome.ui").unlink()
    assert copy_of_forms.check() == 1
    assert "no .ui source: fieldsessions/gui/forms/welcome.py" in capsys.readouterr().err
