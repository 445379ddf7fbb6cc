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
5. names in other scripts, when the system has a Noto font for them (Linux: fonts-noto-core):
   `import-roster` of an Arabic and a Devanagari name into that session's programme, then its
   sheet again; the Noto fonts must be embedded and the names shaped by the bundle's
   uharfbuzz (pdftotext gives Arabic's joined letter forms and Devanagari's conjunct glyphs,
   not the letters as typed; needs poppler, else only the embedded fonts are checked)
6. the command line in French: `reports owed` on the demo file with LANG=fr_FR.UTF-8 writes
   its dates with the French weekday and month names of resources/translations/
   fieldsessions_fr.ts, so the bundle carries the compiled catalogue and loads it
7. the desktop app with no display and no QT_QPA_PLATFORM: one sentence, exit 1

Standard library only: it must run where the bundle runs, without the project's venv.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
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


# Names in scripts that print right only when shaped: (script, font file, name, ID).
SHAPED_NAMES = (
    ("Arabic", "NotoSansArabic-Regular.ttf", "\u0641\u0627\u0637\u0645\u0629 "
     "\u0627\u0644\u0632\u0647\u0631\u0627\u0621", "SMOKE-AR"),  # Fatima al-Zahraa
    ("Devanagari", "NotoSansDevanagari-Regular.ttf", "\u092a\u094d\u0930\u093f\u092f\u093e "
     "\u0936\u0930\u094d\u092e\u093e", "SMOKE-HI"),  # Priya Sharma
)
SYSTEM_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))


def system_font(file_name: str) -> Path | None:
    for folder in SYSTEM_FONT_DIRS:
        found = next(folder.rglob(file_name), None) if folder.is_dir() else None
        if found:
            return found
    return None


def looks_shaped(script: str, typed: str, printed: str) -> bool:
    """Whether the text pdftotext reads back for a name was shaped: Arabic comes back in its
    joined (presentation) forms, Devanagari with conjuncts as glyphs of no character of their
    own (private-use codes); unshaped, both come back as the letters typed."""
    if script == "Arabic":
        return any(0xFE70 <= ord(ch) <= 0xFEFF for ch in printed)
    return printed.strip() != typed and any(0xE000 <= ord(ch) <= 0xF8FF for ch in printed)


def check_shaped_names(exe: Path, demo: Path, session: dict[str, str], env: dict[str, str],
                       work: Path) -> None:
    names = [entry for entry in SHAPED_NAMES if system_font(entry[1])]
    if not names:
        print("[smoke] skip names in other scripts: no Noto Arabic or Devanagari font in "
              f"{', '.join(map(str, SYSTEM_FONT_DIRS))}", flush=True)
        return
    roster = work / "scripts.csv"
    roster.write_text("Name,ID\n" + "".join(f"{name},{pid}\n" for _, _, name, pid in names),
                      encoding="utf-8")
    run("CLI import-roster of names in other scripts",
        [str(exe), "--db", str(demo), "import-roster", str(roster),
         "--programme", session["programme_id"]], env, work)
    sheet = work / "scripts.pdf"
    run("CLI report sheet with those names",
        [str(exe), "--db", str(demo), "report", "sheet", "--session", session["id"],
         "-o", str(sheet)], env, work)
    check_pdf(sheet)
    data = sheet.read_bytes()
    pdffonts, pdftotext = shutil.which("pdffonts"), shutil.which("pdftotext")
    for script, font, _, _ in names:
        if f"+fs-{font.removesuffix('.ttf')}".encode() not in data:
            raise SmokeFailure(f"the {script} name's font {font} is not embedded in {sheet}")
    if pdffonts:
        listed = subprocess.run([pdffonts, str(sheet)], capture_output=True, text=True,
                                check=False).stdout
        for script, font, _, _ in names:
            row = next((line for line in listed.splitlines()
                        if font.removesuffix(".ttf") in line), "")
            if " yes " not in row:
                raise SmokeFailure(f"pdffonts shows the {script} font {font} not "
                                   f"embedded:\n{listed}")
    if not pdftotext:
        print("[smoke] skip shaping check: no pdftotext (poppler-utils)", flush=True)
        return
    text = subprocess.run([pdftotext, "-layout", str(sheet), "-"], capture_output=True,
                          text=True, check=False).stdout
    for script, font, typed, pid in names:
        line = next((row for row in text.splitlines() if pid in row), "")
        printed = line.split(pid, 1)[-1].strip().strip("\u202a\u202b\u202c")
        if not looks_shaped(script, typed, printed):
            raise SmokeFailure(f"the {script} name is not shaped (is uharfbuzz in the "
                               f"bundle?): pdftotext reads {printed!r}")
        print(f"[smoke] ok  {script} name shaped in {font.removesuffix('.ttf')}: {printed}",
              flush=True)


def finished_translations(ts: Path, comment: str) -> dict[str, str]:
    """Source -> finished translation of the messages of `ts` with that disambiguation."""
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if (message.findtext("comment") == comment and translation is not None
                and translation.get("type") is None and translation.text):
            found[message.findtext("source") or ""] = translation.text
    return found


def check_french_command_line(exe: Path, demo: Path, env: dict[str, str], work: Path) -> None:
    """A date printed by the CLI in English comes out with the French catalogue's names."""
    english = run("CLI reports owed (English)",
                  [str(exe), "--db", str(demo), "reports", "owed"],
                  {**env, "LANG": "C.UTF-8", "LC_ALL": ""}, work).stdout
    french = run("CLI reports owed with LANG=fr_FR.UTF-8",
                 [str(exe), "--db", str(demo), "reports", "owed"],
                 {**env, "LANG": "fr_FR.UTF-8", "LC_ALL": ""}, work).stdout
    date = re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b",
                     english)
    if date is None:
        raise SmokeFailure(f"`reports owed` on the demo printed no date:\n{english}")
    catalogue = ROOT / "resources" / "translations" / "fieldsessions_fr.ts"
    weekdays = finished_translations(catalogue, "weekday")
    months = finished_translations(catalogue, "month abbreviation")
    weekday, day, month, year = date.groups()
    if weekday not in weekdays or month not in months:
        raise SmokeFailure(f"{catalogue.name} has no finished French for {weekday!r} (weekday) "
                           f"or {month!r} (month abbreviation); translate them in Qt Linguist")
    wanted = f"{weekdays[weekday]} {day} {months[month]} {year}"
    if wanted not in french:
        raise SmokeFailure(f"the French command line did not write {wanted!r} for "
                           f"{date[0]!r}:\n{french[:2000]}")
    print(f"[smoke] ok  the command line speaks French: {date[0]!r} -> {wanted!r}", flush=True)


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
        check_shaped_names(exe, demo, sessions[0], cli, work)
        check_french_command_line(exe, demo, cli, work)

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
