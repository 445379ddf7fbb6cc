"""The embedded TrueType fonts (DejaVu Sans), so names in Latin, Greek or Cyrillic print right.

The fonts live in `resources/fonts` at the repository root, next to the `fieldsessions`
package. They are registered with reportlab once per process under the names `REGULAR` and
`BOLD`; reportlab embeds only the glyphs a document uses (subsetting).

Limits of the current set-up, for the README: reportlab draws glyphs left to right without
shaping, so Hebrew prints reversed and Arabic unjoined; DejaVu Sans has no CJK, Indic, Thai,
Khmer, Myanmar, Ethiopic or Tibetan glyphs (those characters print as empty boxes).
`unprintable_note` lets a caller warn about them.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldsessions.reports.errors import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


# Where DejaVu is looked for: the repository's copy first, then the copy an installed wheel
# puts in <prefix>/share/fieldsessions/fonts, then Linux system packages (fonts-dejavu-core).
_SYSTEM_DIRS = (Path(sys.prefix) / "share" / "fieldsessions" / "fonts",
                Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                Path("/usr/share/fonts/TTF"))


def fonts_dir() -> Path:
    """`resources/fonts` at the repository root (the parent of the `fieldsessions` package)."""
    return Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"


def font_path(filename: str) -> Path:
    """The first copy of a DejaVu file found; ReportError when there is none."""
    for folder in (fonts_dir(), *_SYSTEM_DIRS):
        path = folder / filename
        if path.is_file():
            return path
    raise ReportError(
        f"The font file {filename} was not found in {fonts_dir()}, so reports cannot be "
        "printed; reinstall fieldsessions."
    )


@functools.cache
def register() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab; safe to call many times."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)


def missing_glyphs(text: str) -> set[str]:
    """The characters of `text` that DejaVu Sans cannot draw (spaces and controls ignored)."""
    register()
    font = pdfmetrics.getFont(REGULAR)
    cmap = font.face.charToGlyph
    return {ch for ch in text if ch.isprintable() and not ch.isspace() and ord(ch) not in cmap}


def unprintable_note(texts: Iterable[str], limit: int = 8) -> str:
    """A sentence naming the characters of `texts` that will print as empty boxes, or ""."""
    seen: dict[str, None] = {}
    for text in texts:
        for ch in sorted(missing_glyphs(text)):
            seen.setdefault(ch, None)
    if not seen:
        return ""
    shown = " ".join(list(seen)[:limit]) + (" …" if len(seen) > limit else "")
    return (f"Some names use characters the printing font cannot draw ({shown}); they print "
            "as empty boxes.")
