"""The embedded TrueType fonts (DejaVu Sans), so names in Latin, Greek or Cyrillic print right.

The fonts live in `resources/fonts` at the repository root, next to the `fieldsessions`
package. They are registered with reportlab once per process under the names `REGULAR` and
`BOLD`; reportlab embeds only the glyphs a document uses (subsetting).

Limits of the current set-up, for the README: reportlab draws glyphs left to right without
shaping, so Hebrew prints reversed and Arabic unjoined; DejaVu Sans has no CJK, Indic, Thai,
Khmer, Myanmar, Ethiopic or Tibetan glyphs (those characters print as empty boxes).
`missing_glyphs` lets a caller warn before printing.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldsessions.reports.errors import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_dir() -> Path:
    """`resources/fonts` at the repository root (the parent of the `fieldsessions` package)."""
    return Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"


@functools.cache
def register() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab; safe to call many times."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise ReportError(
                f"The font file {path} is missing, so reports cannot be printed; "
                "reinstall fieldsessions."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)


def missing_glyphs(text: str) -> set[str]:
    """The characters of `text` that DejaVu Sans cannot draw (spaces and controls ignored)."""
    register()
    font = pdfmetrics.getFont(REGULAR)
    cmap = font.face.charToGlyph
    return {ch for ch in text if ch.isprintable() and not ch.isspace() and ord(ch) not in cmap}
