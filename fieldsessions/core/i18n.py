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
from collections.abc import Callable

Lookup = Callable[[str, str], str]

_lookup: Lookup | None = None


def install(lookup: Lookup | None) -> None:
    """Translate through `lookup` from now on (None: back to the English sources)."""
    global _lookup
    _lookup = lookup


def tr(source: str, disambiguation: str = "") -> str:
    """`source` in the user's language; the source itself when it has no translation."""
    if _lookup is not None:
        translated = _lookup(source, disambiguation)
        if translated:
            return translated
    return source


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, ... (like QString.arg, all at once, so a
    value that itself contains "%2" is left alone)."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m[1]) - 1])
                  if 0 < int(m[1]) <= len(values) else m[0], template)


def count_text(count: int, one: str, many: str) -> str:
    """A translated count in words: `one` ("1 session") for 1, else `many` ("%1 sessions")."""
    return fill(one if count == 1 else many, count)
