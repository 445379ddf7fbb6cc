"""Key names inside hint sentences, written as Qt writes them in the user's language.

A hint's source names its keys in Qt's portable words ("Delete key in the lists", "Ctrl+Shift+P",
"<b>Space</b> ticks"), and its translations keep those words. `native_keys` rewrites each key
there as QKeySequence shows it in the language installed (French "Suppr", "Ctrl+Maj+P",
"Espace"; Spanish "Suprimir", "Intro"), so a hint names the same keys as the menus and
Help > Keyboard shortcuts. It is applied to the translated template, before values go in
(`fill`), so a name or a title is never rewritten.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence

NATIVE = QKeySequence.SequenceFormat.NativeText

# A named key, modifiers optional ("Delete", "Shift+Delete", "Ctrl+Enter"), or a modified
# character ("Ctrl+Z", "Alt+N"), standing alone (not inside a word or a longer sequence).
_KEY = re.compile(r"(?<![\w+])(?:(?:Ctrl|Shift|Alt)\+)*(?:Delete|Del|Enter|Space|Esc|Down)"
                  r"(?![\w+])|(?<![\w+])(?:(?:Ctrl|Shift|Alt)\+)+[A-Z0-9/](?![\w+])")


def native_keys(text: str) -> str:
    """`text` with each key named as Qt shows it in the user's language."""
    return _KEY.sub(lambda m: QKeySequence(m[0]).toString(NATIVE) or m[0], text)
