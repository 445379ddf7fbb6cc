"""The translation catalogues: .ts sources from the code, compiled .qm files for the app.

Usage:
    python packaging/translations.py              # regenerate the .ts files, then compile .qm
    python packaging/translations.py --compile    # compile the .qm files whose .ts is newer

`python3 packaging/dev.py translations` runs the first form in the project's environment; the
test command's setup and the bundle run the second. The .ts files in resources/translations/
are committed (translators edit them with pyside6-linguist); the .qm files are build output.

The strings come from SOURCES below, the one list of where the user's text lives: every module
of the package except the server (whose messages are wire text, never shown as they are) and
the Qt Designer forms. lupdate writes no line locations (-locations none), so moving code does
not churn the .ts files, and drops strings that left the code (-no-obsolete).

Plain standard library: it runs before anything is installed, like dev.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from build_forms import qt_tool  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "pt", "sw")
COMMAND = "python3 packaging/dev.py translations"  # what a developer runs after editing text


def sources(root: Path = ROOT) -> list[Path]:
    """Every file whose strings are translated: fieldsessions/**/*.py except server/, and
    forms/*.ui."""
    package = root / "fieldsessions"
    modules = [path for path in sorted(package.rglob("*.py"))
               if "server" not in path.relative_to(package).parts[:1]]
    return modules + sorted((root / "forms").glob("*.ui"))


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"fieldsessions_{language}.ts"


def lupdate(ts: Path, language: str, root: Path = ROOT) -> None:
    """Bring `ts` up to date with the strings in the sources (translations already made are
    kept; strings no longer in the code are dropped)."""
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         *(str(path.relative_to(root)) for path in sources(root)),
         "-source-language", "en", "-target-language", language, "-ts", str(ts)],
        cwd=root, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile one .ts into its .qm (unfinished translations are left out: English shows)."""
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def compile_all(folder: Path = FOLDER, *, only_stale: bool = True) -> list[Path]:
    """The .qm beside each .ts, rebuilt when missing or older than its .ts; returns those made."""
    made = []
    for ts in sorted(folder.glob("fieldsessions_*.ts")):
        qm = ts.with_suffix(".qm")
        if only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease(ts, qm)
        made.append(qm)
    return made


def update_all(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        lupdate(ts_file(language, folder), language)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compile", action="store_true",
                        help="only compile the .qm files whose .ts is newer")
    args = parser.parse_args(argv)
    if not args.compile:
        update_all()
        print(f"updated {len(LANGUAGES)} .ts files from {len(sources())} source files")
    made = compile_all(only_stale=args.compile)
    if made or not args.compile:
        print(f"compiled {len(made)} .qm file(s) in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
