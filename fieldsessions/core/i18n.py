"""Text for people, in the language they chose: the one door every user-visible sentence of the
core, the services, the reports and the command line goes through.

    tr("The session was cancelled.")                         # a sentence
    fill(tr("You are no longer assigned to %1."), name)      # with values: %1, %2, ...
    count_text(n, tr("1 mark kept"), tr("%1 marks kept"))    # a count: one form per number

`tr` marks the text for pyside6-lupdate (context "" in the .ts files; the window's own strings
use `self.tr` and their class's context) and looks it up in the catalogue the front end
installed: the desktop app installs Qt's translator at start-up, the command line one loaded
from the same .qm files when the user's language is not English. With none installed the text
is the English source. Never pass an f-string: the source must be the literal template, with its
values put in by `fill` after the lookup, so word order can change with the language.

This module imports nothing from Qt: the lower layers stay Qt-free and a catalogue is a plain
function (source, disambiguation) -> translation, or "" when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

Lookup = Callable[[str, str], str]

# The compiled catalogues, fieldsessions_<code>.qm (packaging/translations.py builds them; the
# bundle carries them in the same place beside the package).
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGE_KEY = "language"  # the Settings key of the chosen language ("": the system's)

_lookup: Lookup | None = None


def environment_language(environ: Mapping[str, str]) -> str:
    """The language the environment asks for, as gettext reads it: the messages locale (the
    first of LC_ALL, LC_MESSAGES, LANG that is set), overridden by LANGUAGE's first entry
    unless that locale is "C" or "POSIX" (English); e.g. "fr_FR" from "fr_FR.UTF-8"."""
    def language(value: str) -> str:
        return value.split(":")[0].split(".")[0].split("@")[0]

    locale = next((language(environ[name]) for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if environ.get(name)), "")
    if locale in ("C", "POSIX"):
        return ""
    return language(environ.get("LANGUAGE", "")) or locale


def catalogue(code: str, folder: Path | None = None) -> Path | None:
    """The compiled catalogue for a language code such as "fr_FR" (that code's file, else its
    language's, "fr") in `folder` (default TRANSLATIONS); None for English, which needs none,
    or a language not translated."""
    folder = folder or TRANSLATIONS
    if not code or code.split("_")[0] == "en":
        return None
    for candidate in dict.fromkeys((code, code.split("_")[0])):
        path = folder / f"fieldsessions_{candidate}.qm"
        if path.is_file():
            return path
    return None


def install(lookup: Lookup | None) -> None:
    """Translate through `lookup` from now on (None: back to the English sources)."""
    global _lookup
    _lookup = lookup


def installed() -> Lookup | None:
    """The catalogue in use (None: English), for callers that keep translated words."""
    return _lookup


def tr(source: str, disambiguation: str = "") -> str:
    """`source` in the user's language; the source itself when it has no translation."""
    if _lookup is not None:
        translated = _lookup(source, disambiguation)
        if translated:
            return translated
    return source


def QT_TR_NOOP(source: str) -> str:  # named as lupdate knows it
    """Marks for lupdate (context "") the text of a constant that cannot be translated when it
    is made, such as a module-level table read before the catalogue is installed; look it up
    where it is written with `translated(text)`."""
    return source


def translated(source: str) -> str:
    """Text marked with QT_TR_NOOP(...), in the user's language."""
    if _lookup is not None:
        return _lookup(source, "") or source
    return source


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, ... (like QString.arg, all at once, so a
    value that itself contains "%2" is left alone)."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m[1]) - 1])
                  if 0 < int(m[1]) <= len(values) else m[0], template)


def count_text(count: int, one: str, many: str) -> str:
    """A translated count in words: `one` ("1 session") for 1, else `many` ("%1 sessions");
    and `one` for 0 in a language that says so (French: "0 présent")."""
    singular = count == 1 or (count == 0 and "%1" in one and tr(  # ("1 session" says 1)
        "plural", "the form a count of 0 takes: write 'singular' or 'plural'") == "singular")
    return fill(one if singular else many, count)


def decimal(value: float, places: int) -> str:
    """A number for people with at most `places` decimals, trailing zeros dropped ("12.5",
    "3", never "-0"), with the decimal separator of the user's language ("12,5" in French).
    The one way such numbers are written: hours, rates, percentages."""
    text = f"{round(value, places) or 0.0:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", tr(".", "decimal separator"))
