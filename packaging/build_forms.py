"""Compile the Qt Designer forms in forms/*.ui into Python modules in fieldsessions/gui/forms/.

Usage:
    python packaging/build_forms.py           # (re)write the generated modules
    python packaging/build_forms.py --check   # exit 1 if any generated module is stale or orphaned

The generated modules are committed (the app runs without the Qt tools), so the test command runs
`--check` to catch a .ui edited without rebuilding. Uses pyside6-uic from the same environment
as this Python, so the output matches the pinned Qt version.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "fieldsessions" / "gui" / "forms"
INIT_TEXT = (
    '"""Python modules generated from forms/*.ui by packaging/build_forms.py; do not edit."""\n'
)


def qt_tool(name: str) -> str:
    """A Qt tool (pyside6-uic, pyside6-lupdate, pyside6-lrelease) from the environment of this
    Python, so its output matches the pinned Qt version."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} was not found; install PySide6 in this environment.")


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes from one .ui file."""
    result = subprocess.run(
        [qt_tool("pyside6-uic"), "--generator", "python", str(ui_file)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui_file.name}:\n{result.stderr.strip()}")
    return result.stdout


def module_path(ui_file: Path) -> Path:
    return TARGET / f"{ui_file.stem}.py"


def expected() -> dict[Path, str]:
    """Every file that should be in the target folder, with its content."""
    files = {TARGET / "__init__.py": INIT_TEXT}
    for ui_file in sorted(FORMS.glob("*.ui")):
        files[module_path(ui_file)] = compile_form(ui_file)
    return files


def check() -> int:
    wanted = expected()
    problems = []
    for path, text in wanted.items():
        if not path.exists():
            problems.append(f"missing: {path.relative_to(ROOT)}")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"stale: {path.relative_to(ROOT)}")
    if TARGET.is_dir():
        for path in sorted(TARGET.glob("*.py")):
            if path not in wanted:
                problems.append(f"no .ui source: {path.relative_to(ROOT)}")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print("Run: python packaging/build_forms.py", file=sys.stderr)
        return 1
    print(f"{len(wanted) - 1} generated form modules are up to date")
    return 0


def build() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    wanted = expected()
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in sorted(TARGET.glob("*.py")):
        if path not in wanted:
            path.unlink()
            print(f"removed {path.relative_to(ROOT)} (its .ui is gone)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 when a generated module is out of date")
    args = parser.parse_args(argv)
    return check() if args.check else build()


if __name__ == "__main__":
    sys.exit(main())
