"""Set up a project-local virtual environment, then run the app or the whole test suite.

Usage (the commands at the top of README.md):

    python3 packaging/dev.py run [app arguments...]
    python3 packaging/dev.py test [pytest arguments...]
    python3 packaging/dev.py bundle     # the desktop bundle in dist/ (packaging/README.md)
    python3 packaging/dev.py translations   # regenerate the .ts files from the code, compile .qm

With CI=true (as CI runs it), `test` also builds the bundle and smoke-tests it from the bundle
alone (packaging/smoke_bundle.py): two more minutes, so not on every developer's run.

Plain standard library on purpose: it must run on a fresh machine before anything is installed.
On Debian/Ubuntu as root it installs the system libraries Qt needs, only where missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"

# Libraries the Qt wheels load at run time (the xcb plugin: libxcb-cursor0, libxcb-icccm4,
# libxcb-keysyms1, else "Could not load the Qt platform plugin xcb"), plus tools the tests use.
DEBIAN_RUNTIME = [
    "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libglib2.0-0", "libdbus-1-3",
    "libfontconfig1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "fonts-dejavu-core",
]
# Fonts for the names-in-every-script tests (tests/unit/test_reports_scripts.py): Noto for
# Arabic, Hebrew, Indic, Thai, Ethiopic, Khmer, Myanmar (42.5 MB installed, 12 MB download);
# Droid Sans Fallback for Chinese, Japanese, Korean (7.3 MB; TrueType, which reportlab
# embeds; Noto CJK is CFF, which it cannot). Both installed in about 6 s here.
DEBIAN_TEST = ["poppler-utils", "postgresql", "fonts-noto-core", "fonts-droid-fallback"]
# PyInstaller reads and strips the libraries it bundles with binutils (objdump, strip).
DEBIAN_BUNDLE = ["binutils"]


def _say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def _debian_packages(names: list[str]) -> None:
    """Install missing Debian packages when we are root on a Debian-like system."""
    if sys.platform != "linux" or not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        return
    missing = []
    for name in names:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name],
            capture_output=True, text=True, check=False,
        )
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    if not missing:
        return
    if os.geteuid() != 0:
        _say("missing system packages (install them as root): " + " ".join(missing))
        return
    _say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        check=True, env=env,
    )


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _ensure_venv(extras: str) -> Path:
    python = _venv_python()
    if not python.exists():
        _say(f"creating virtual environment in {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / f".fieldsessions-installed-{extras.replace(',', '-')}"  # one per extras set
    if not stamp.exists() or stamp.read_text().strip() != digest:
        _say("installing fieldsessions and its dependencies (first run takes a few minutes)")
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{extras}]"],
            check=True,
        )
        stamp.write_text(digest)
    return python


def _translations(python: Path, *options: str) -> int:
    """packaging/translations.py in the project's environment (its Qt tools): with --compile,
    the .qm files whose .ts is newer; without, the .ts files regenerated and all compiled."""
    return subprocess.call([str(python), str(ROOT / "packaging" / "translations.py"), *options],
                           cwd=ROOT)


def setup(extras: str) -> Path:
    """The environment with `extras` installed and the translations compiled."""
    python = _ensure_venv(extras)
    if _translations(python, "--compile") != 0:
        raise SystemExit("[dev] the translations could not be compiled (see above)")
    return python


def _bin(python: Path, name: str) -> str:
    folder = python.parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def _starts_gui(args: list[str]) -> bool:
    """True when `args` name no command (only options such as --db PATH)."""
    rest = list(args)
    while rest:
        item = rest.pop(0)
        if item == "--db" and rest:
            rest.pop(0)
        elif not item.startswith("-"):
            return False
    return True


def run_app(args: list[str]) -> int:
    _debian_packages(DEBIAN_RUNTIME)
    python = setup("server,paper")
    if _starts_gui(args):
        # First run: the demo opens beside an empty data file, in its own window and file
        # (never in the facilitator's file).
        args = ["--demo-if-empty", *args]
    # Run where the user is, so `--db rel.sqlite`, a roster file or `-o report.pdf` given as a
    # relative path means the same as with the installed command (the venv's editable install
    # finds the code from any folder).
    return subprocess.call([str(python), "-m", "fieldsessions", *args])


def run_tests(args: list[str]) -> int:
    _debian_packages(DEBIAN_RUNTIME + DEBIAN_TEST)
    python = setup("server,dev,paper")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    steps = [
        ("ruff", [_bin(python, "ruff"), "check", "fieldsessions", "tests", "packaging"]),
        ("mypy", [str(python), "-m", "mypy", "fieldsessions"]),
        ("import-linter", [_bin(python, "lint-imports")]),
        ("forms up to date", [str(python), "packaging/build_forms.py", "--check"]),
    ]
    for title, command in steps:
        if title == "forms up to date" and not any((ROOT / "forms").glob("*.ui")):
            continue
        _say(f"== {title}")
        code = subprocess.call(command, cwd=ROOT, env=env)
        if code != 0:
            _say(f"{title} failed (exit {code})")
            return code
    _say("== pytest")
    code = subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)
    if code == 5:
        _say("pytest ran no tests: that is a failure")
        return 1
    if code != 0 or os.environ.get("CI", "").lower() not in {"true", "1"}:
        return code
    _say("== desktop bundle (CI)")
    code = build_bundle()
    if code != 0:
        _say(f"the bundle build failed (exit {code})")
        return code
    _say("== bundle smoke test, from the bundle alone")
    # This Python, not the venv's: the smoke test is standard library only.
    code = subprocess.call([sys.executable, str(ROOT / "packaging" / "smoke_bundle.py")],
                           cwd=ROOT)
    if code != 0:
        _say(f"the bundle smoke test failed (exit {code})")
    return code


def build_bundle() -> int:
    """The one-folder desktop bundle (dist/fieldsessions/) and, on Linux, its tarball."""
    _debian_packages(DEBIAN_RUNTIME + DEBIAN_BUNDLE)
    python = setup("bundle")  # the bundle ships the compiled .qm files
    return subprocess.call([str(python), str(ROOT / "packaging" / "bundle.py")], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup", "bundle", "translations"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        return run_app(rest)
    if command == "test":
        return run_tests(rest)
    if command == "bundle":
        return build_bundle()
    if command == "translations":
        return _translations(_ensure_venv("server,dev,paper"))
    _debian_packages(DEBIAN_RUNTIME + DEBIAN_TEST)
    setup("server,dev,paper")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
