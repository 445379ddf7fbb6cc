"""The command line speaks the user's language: the one chosen in the desktop app's Settings,
else the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), from the same compiled catalogue
as the window; in English it never loads Qt.

The CLI runs as a process (`python -c` around the real entry point, with the catalogue folder
pointed at a tiny .qm compiled here from a .ts by pyside6-lrelease)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The entry point with the catalogues read from argv[1]; prints whether Qt was loaded at exit.
LAUNCH = r"""
import atexit, sys
from pathlib import Path
from fieldsessions.core import i18n
i18n.TRANSLATIONS = Path(sys.argv[1])
atexit.register(lambda: print("qt-loaded", "PySide6" in sys.modules, file=sys.stderr))
from fieldsessions.app import main
sys.exit(main(sys.argv[2:]))
"""

FRENCH_WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
FRENCH_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc.")
ENGLISH_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")




def planted_ts() -> str:
    """A French .ts translating the weekday and month abbreviations only."""
    messages = [(english, "weekday", french)
                for english, french in zip(ENGLISH_WEEKDAYS, FRENCH_WEEKDAYS, strict=True)]
    messages += [(english, "month abbreviation", french)
                 for english, french in zip(ENGLISH_MONTHS, FRENCH_MONTHS, strict=True)]
    body = "".join(f"<message><source>{source}</source><comment>{comment}</comment>"
                   f"<translation>{translation}</translation></message>\n"
                   for source, comment, translation in messages)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            '<TS version="2.1" language="fr" sourcelanguage="en">\n'
            f"<context><name></name>\n{body}</context>\n</TS>\n")


def _translations_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding fieldsessions_fr.qm compiled from planted_ts()."""
    folder = tmp_path_factory.mktemp("translations")
    ts = folder / "fieldsessions_fr.ts"
    ts.write_text(planted_ts(), encoding="utf-8")
    _translations_script().lrelease(ts, folder / "fieldsessions_fr.qm")
    return folder


@pytest.fixture(scope="module")
def data_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, date]:
    """A data file with one daily programme two days ago, so one daily report is owed."""
    db = tmp_path_factory.mktemp("data") / "data.sqlite"
    start = date.today() - timedelta(days=2)
    done = subprocess.run(
        [sys.executable, "-m", "fieldsessions", "--db", str(db), "programme", "add", "--name",
         "Sewing circle", "--start", start.isoformat(), "--daily", "--count", "1", "--time",
         "00:05", "--reporting", "daily"],
        capture_output=True, text=True, timeout=120, env=_environment(Path("/nonexistent")))
    assert done.returncode == 0, done.stderr
    return db, start


def _environment(config: Path, **language: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}}
    return dict(env, XDG_CONFIG_HOME=str(config), PYTHONPATH=str(ROOT), **language)


def owed(catalogues: Path, data_file: tuple[Path, date], config: Path,
         **language: str) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(catalogues), "--db", str(data_file[0]), "reports",
         "owed"], capture_output=True, text=True, timeout=120,
        env=_environment(config, **language))
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


def day_words(day: date, weekdays: tuple[str, ...], months: tuple[str, ...]) -> str:
    return f"{weekdays[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def test_the_command_line_speaks_the_environments_language(
    catalogues: Path, data_file: tuple[Path, date], tmp_path: Path
) -> None:
    out, err = owed(catalogues, data_file, tmp_path, LANG="fr_FR.UTF-8")
    assert day_words(data_file[1], FRENCH_WEEKDAYS, FRENCH_MONTHS) in out
    assert "qt-loaded True" in err


def test_english_never_loads_qt(
    catalogues: Path, data_file: tuple[Path, date], tmp_path: Path
) -> None:
    out, err = owed(catalogues, data_file, tmp_path, LANG="en_GB.UTF-8")
    assert day_words(data_file[1], ENGLISH_WEEKDAYS, ENGLISH_MONTHS) in out
    assert "qt-loaded False" in err
    _out, err = owed(catalogues, data_file, tmp_path, LANG="C")  # no language named: English
    assert "qt-loaded False" in err


def test_the_language_chosen_in_settings_wins_over_the_environment(
    catalogues: Path, data_file: tuple[Path, date], tmp_path: Path
) -> None:
    settings = tmp_path / "fieldsessions" / "fieldsessions.conf"  # where QSettings keeps it
    settings.parent.mkdir()
    settings.write_text("[General]\ngeometry=@ByteArray(\\x1)\nlanguage=fr\n", encoding="utf-8")
    out, _err = owed(catalogues, data_file, tmp_path, LANG="en_US.UTF-8")
    assert f"{FRENCH_WEEKDAYS[data_file[1].weekday()]} " in out
    settings.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    out, err = owed(catalogues, data_file, tmp_path, LANGUAGE="fr_FR:fr", LANG="fr_FR.UTF-8")
    assert day_words(data_file[1], ENGLISH_WEEKDAYS, ENGLISH_MONTHS) in out
    assert "qt-loaded False" in err
