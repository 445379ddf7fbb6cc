"""Smoke test of the desktop bundle, from the bundle alone (CI runs it after the build).

    python3 packaging/smoke_bundle.py [BUNDLE_FOLDER]     # default: dist/fieldsessions

Every step runs the bundle's own `fieldsessions` program in a cleaned environment (no virtual
environment, PYTHONPATH, PYTHONHOME or VIRTUAL_ENV; PATH only the system folders; a fresh home;
offscreen Qt), in an empty folder away from the source checkout, and checks its exit code:

1. `fieldsessions --version`
2. the desktop app on a fresh data file, quitting once its first screen (the welcome page) is
   shown (FIELDSESSIONS_QUIT_WHEN_READY=1): the file is made, with its tables
3. the desktop app on the demo file (`--demo`), quitting once the session list has painted
   (FIELDSESSIONS_STARTUP_PROBE=1)
4. the CLI on that demo file: `sessions list --json`, then `report sheet` of a session with
   its roll taken, to a PDF that must be a valid PDF (pdfinfo when poppler is installed)
5. the desktop app with no display and no QT_QPA_PLATFORM: one sentence, exit 1

Standard library only: it must run where the bundle runs, without the project's venv.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180


class SmokeFailure(Exception):
    pass


def program(bundle: Path) -> Path:
    for name in ("fieldsessions-cli.exe", "fieldsessions"):  # Windows: the console program
        candidate = bundle / name
        if candidate.is_file():
            return candidate
    raise SmokeFailure(f"no fieldsessions program in {bundle}: build it with "
                       "`python3 packaging/dev.py bundle`")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """Only what a user's session has: no Python set-up of the developer's leaks in."""
    keep = ("LANG", "LC_ALL", "TZ", "SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "APPDATA",
            "LOCALAPPDATA")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    system_path = ("C:\\Windows\\system32;C:\\Windows" if os.name == "nt"
                   else "/usr/local/bin:/usr/bin:/bin")
    env.update(PATH=system_path, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), **extra)
    env.setdefault("LANG", "C.UTF-8")
    return env


def run(step: str, command: list[str], env: dict[str, str], cwd: Path,
        expect: int = 0) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)
    took = time.monotonic() - started
    if done.returncode != expect or "Traceback" in done.stderr:
        raise SmokeFailure(f"{step}: exit {done.returncode} (expected {expect})\n"
                           f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-4000:]}")
    print(f"[smoke] ok  {step} ({took:.1f} s)", flush=True)
    return done


def check_pdf(path: Path) -> None:
    data = path.read_bytes() if path.exists() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path} is not a complete PDF ({len(data)} bytes)")
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        info = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True, check=False)
        pages = [line.split()[-1] for line in info.stdout.splitlines()
                 if line.startswith("Pages:")]
        if info.returncode != 0 or not pages or int(pages[0]) < 1:
            raise SmokeFailure(f"pdfinfo cannot read {path}: {info.stderr.strip()}")


def smoke(bundle: Path) -> None:
    exe = program(bundle)
    work = Path(tempfile.mkdtemp(prefix="fieldsessions-smoke-"))
    try:
        home = work / "home"
        home.mkdir()
        gui = clean_env(home, QT_QPA_PLATFORM="offscreen")
        run("--version", [str(exe), "--version"], gui, work)

        fresh = work / "fresh.sqlite"
        run("app on a fresh data file, quits when ready", [str(exe), "--db", str(fresh)],
            {**gui, "FIELDSESSIONS_QUIT_WHEN_READY": "1"}, work)
        with sqlite3.connect(fresh) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        if not {"session", "participant", "attendance"} <= tables:
            raise SmokeFailure(f"the fresh data file has no app tables: {sorted(tables)}")

        data = work / "field.sqlite"
        shown = run("app on the demo file, quits once the sessions are painted",
                    [str(exe), "--db", str(data), "--demo"],
                    {**gui, "FIELDSESSIONS_STARTUP_PROBE": "1"}, work)
        if "sessions-painted" not in shown.stderr:
            raise SmokeFailure(f"the demo's session list never painted:\n{shown.stderr}")
        demo = data.with_name("field-demo.sqlite")

        cli = clean_env(home)  # the commands need no display at all
        listed = run("CLI sessions list --json",
                     [str(exe), "--db", str(demo), "sessions", "list", "--json"], cli, work)
        sessions = [s for s in json.loads(listed.stdout) if s.get("marked")]
        if not sessions:
            raise SmokeFailure("the demo file lists no session with its roll taken")
        sheet = work / "sheet.pdf"
        run("CLI report sheet -o sheet.pdf",
            [str(exe), "--db", str(demo), "report", "sheet", "--session", sessions[0]["id"],
             "-o", str(sheet)], cli, work)
        check_pdf(sheet)
        print(f"[smoke] ok  {sheet.name} is a valid PDF ({sheet.stat().st_size} bytes)")

        if sys.platform.startswith("linux"):
            told = run("app with no display says so", [str(exe), "--db", str(fresh)], cli, work,
                       expect=1)
            if "no graphical display" not in told.stderr or len(told.stderr.splitlines()) != 1:
                raise SmokeFailure(f"no-display message not one sentence:\n{told.stderr}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "fieldsessions"
    try:
        smoke(bundle.resolve())
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
        print(f"[smoke] FAILED {exc}", file=sys.stderr, flush=True)
        return 1
    print("[smoke] the bundle works from itself alone", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
