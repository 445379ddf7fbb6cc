"""Fonts for every script a name can be written in, and a warning for names none can draw.

The base font is DejaVu Sans (regular and bold), embedded from `resources/fonts` at the
repository root (or the copy an installed wheel or a system package provides). It draws
Latin (Vietnamese included), Greek, Cyrillic, Armenian and Georgian, which print as plain
text with no shaping: the fast path of every table.

A word in another script is drawn with the first font found that has every one of its
characters, from the fallback order in `SCRIPT_FONTS` (Noto first, then what Windows and
macOS ship), then `GENERIC_FONTS`, then whatever fontconfig offers for the script on Linux.
Fonts are looked for by file name in `font_dirs()`: the folders of `FIELDSESSIONS_FONT_DIRS`
(separated by `os.pathsep`) when that variable is set, else the system's font folders
(/usr/share/fonts, ~/.local/share/fonts, Windows' Fonts folders, macOS' Library/Fonts).
Fonts are loaded only when a name needs them; reportlab embeds only the glyphs used.
ReportLab reads TrueType outlines only (Noto CJK's .ttc files are CFF, so Droid Sans
Fallback or a Windows/macOS CJK font is used for Chinese, Japanese and Korean).

Words that need shaping (Arabic, Hebrew, Indic, Thai, Khmer, Myanmar, combining marks) are
shaped by reportlab through uharfbuzz; right-to-left words are put in visual order by
`visual_words`. When no font draws a word, `unprintable_note` names the people and the
script before anything is printed.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from fieldsessions.core.i18n import QT_TR_NOOP, fill, tr, translated
from fieldsessions.reports.errors import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
ENV_DIRS = "FIELDSESSIONS_FONT_DIRS"

# Fallback order per script (file names; the bold face is found by replacing "Regular" with
# "Bold" in the name, else the regular face is used). The key is the first word of the
# Unicode character name ("ARABIC LETTER ALEF" -> "ARABIC").
_CJK = ("DroidSansFallback.ttf", "DroidSansFallbackFull.ttf", "wqy-zenhei.ttc",
        "wqy-microhei.ttc", "msyh.ttc", "msyh.ttf", "simsun.ttc", "YuGothR.ttc", "meiryo.ttc",
        "msgothic.ttc", "ArialUnicode.ttf", "Arial Unicode.ttf")
SCRIPT_FONTS: dict[str, tuple[str, ...]] = {
    "ARABIC": ("NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "arial.ttf",
               "segoeui.ttf", "tahoma.ttf"),
    "HEBREW": ("NotoSansHebrew-Regular.ttf", "arial.ttf", "segoeui.ttf", "tahoma.ttf"),
    "DEVANAGARI": ("NotoSansDevanagari-Regular.ttf", "Lohit-Devanagari.ttf", "Nirmala.ttf",
                   "mangal.ttf"),
    "BENGALI": ("NotoSansBengali-Regular.ttf", "Lohit-Bengali.ttf", "Nirmala.ttf",
                "vrinda.ttf"),
    "TAMIL": ("NotoSansTamil-Regular.ttf", "Lohit-Tamil.ttf", "Nirmala.ttf", "latha.ttf"),
    "THAI": ("NotoSansThai-Regular.ttf", "NotoSansThaiLooped-Regular.ttf", "LeelawUI.ttf",
             "tahoma.ttf"),
    "ETHIOPIC": ("NotoSansEthiopic-Regular.ttf", "AbyssinicaSIL-Regular.ttf", "ebrima.ttf"),
    "KHMER": ("NotoSansKhmer-Regular.ttf", "KhmerOS.ttf", "KhmerUI.ttf", "LeelawUI.ttf"),
    "MYANMAR": ("NotoSansMyanmar-Regular.ttf", "Padauk-Regular.ttf", "Padauk.ttf",
                "mmrtext.ttf"),
    "ARMENIAN": ("NotoSansArmenian-Regular.ttf", "segoeui.ttf"),
    "GEORGIAN": ("NotoSansGeorgian-Regular.ttf", "segoeui.ttf"),
    "CJK": _CJK, "HIRAGANA": _CJK, "KATAKANA": _CJK, "BOPOMOFO": _CJK,
    "HANGUL": ("NanumGothic.ttf", "malgun.ttf", "DroidSansFallback.ttf", *_CJK),
}
GENERIC_FONTS = ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "FreeSans.ttf", "arial.ttf",
                 "segoeui.ttf")

# How the warning names a script (others are the title-cased Unicode name).
# The names of the scripts the sheets print, by the first word of their characters' Unicode
# names, for the missing-font note (`unprintable_note`); another script is named by that word.
_SCRIPT_NAMES = {
    "LATIN": QT_TR_NOOP("Latin"), "GREEK": QT_TR_NOOP("Greek"),
    "CYRILLIC": QT_TR_NOOP("Cyrillic"), "ARMENIAN": QT_TR_NOOP("Armenian"),
    "GEORGIAN": QT_TR_NOOP("Georgian"), "ARABIC": QT_TR_NOOP("Arabic"),
    "HEBREW": QT_TR_NOOP("Hebrew"), "DEVANAGARI": QT_TR_NOOP("Devanagari"),
    "BENGALI": QT_TR_NOOP("Bengali"), "TAMIL": QT_TR_NOOP("Tamil"),
    "THAI": QT_TR_NOOP("Thai"), "ETHIOPIC": QT_TR_NOOP("Ethiopic"),
    "KHMER": QT_TR_NOOP("Khmer"), "MYANMAR": QT_TR_NOOP("Myanmar"),
    "CJK": QT_TR_NOOP("Chinese/Japanese (Han)"), "HIRAGANA": QT_TR_NOOP("Japanese (Hiragana)"),
    "KATAKANA": QT_TR_NOOP("Japanese (Katakana)"), "HANGUL": QT_TR_NOOP("Korean (Hangul)"),
}
# First words of character names that belong to no script of their own.
_COMMON = frozenset({"SPACE", "DIGIT", "HYPHEN", "FULL", "COMMA", "APOSTROPHE", "QUOTATION",
                     "LEFT", "RIGHT", "LEFT-POINTING", "RIGHT-POINTING", "SOLIDUS", "AMPERSAND",
                     "NO-BREAK", "ZERO", "COMBINING", "MIDDLE", "EN", "EM", "NUMBER", "PERIOD",
                     "COLON", "SEMICOLON", "PLUS", "EQUALS", "LOW", "SINGLE", "DOUBLE",
                     "VERTICAL", "ASTERISK", "COMMERCIAL", "DOLLAR", "PERCENT", "TILDE",
                     "CIRCUMFLEX", "GRAVE", "ACUTE", "REVERSE", "UNDERSCORE", "QUESTION",
                     "EXCLAMATION", "MINUS", "LESS-THAN", "GREATER-THAN", "NUMERO"})


def fonts_dir() -> Path:
    """`resources/fonts` at the repository root (the parent of the `fieldsessions` package)."""
    return Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"


# Where DejaVu is looked for: the repository's copy first, then the copy an installed wheel
# puts in <prefix>/share/fieldsessions/fonts, then Linux system packages (fonts-dejavu-core).
_SYSTEM_DIRS = (Path(sys.prefix) / "share" / "fieldsessions" / "fonts",
                Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                Path("/usr/share/fonts/TTF"))


def font_path(filename: str) -> Path:
    """The first copy of a DejaVu file found; ReportError when there is none."""
    for folder in (fonts_dir(), *_SYSTEM_DIRS):
        path = folder / filename
        if path.is_file():
            return path
    raise ReportError(fill(tr(
        "The font file %1 was not found in %2, so reports cannot be printed; reinstall "
        "fieldsessions."), filename, fonts_dir()))


@functools.cache
def register() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab; safe to call many times."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    # reportlab shapes with discretionary ligatures on (every text engine leaves them off):
    # Noto Sans Arabic then prints "محمد" as the honorific ligature with vowel marks the user
    # never typed. Names print as typed.
    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None)
    if defaults and isinstance(defaults[0], dict):
        defaults[0]["dlig"] = False


def font_dirs(chosen: str | None = None) -> list[Path]:
    """The folders searched for fallback fonts, in order: `chosen` (os.pathsep-separated)
    when given, else the system's (see the module's note)."""
    if chosen is not None:
        return [fonts_dir(), *(Path(p) for p in chosen.split(os.pathsep) if p)]
    home = Path.home()
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    local = os.environ.get("LOCALAPPDATA")
    return [fonts_dir(), Path(sys.prefix) / "share" / "fieldsessions" / "fonts",
            Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
            Path("/usr/share/fonts-droid-fallback"),  # Debian's copy with Hangul
            home / ".local" / "share" / "fonts", home / ".fonts", windows,
            *([Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else []),
            Path("/Library/Fonts"), Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"), home / "Library" / "Fonts"]


def _chosen() -> str | None:
    return os.environ.get(ENV_DIRS)


@functools.cache
def _font_files(chosen: str | None) -> dict[str, Path]:
    """Font files found in `font_dirs(chosen)`, by lower-case file name (the first wins)."""
    found: dict[str, Path] = {}
    for folder in font_dirs(chosen):
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


@functools.cache
def _load(path: Path) -> str | None:
    """Register the font file at `path` with reportlab; its name, or None if unusable."""
    name = "fs-" + path.stem
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except Exception:  # CFF outlines, a broken file: reportlab cannot embed it
        return None
    # reportlab shares one font per internal name: two files with the same name (Droid Sans
    # Fallback and its "Full" variant) would otherwise both draw with the first one loaded.
    font.face.name = name.encode("ascii", "replace")
    pdfmetrics.registerFont(font)
    return name


def _cmap(font: str) -> dict[int, int]:
    return pdfmetrics.getFont(font).face.charToGlyph


@functools.cache
def _plain(ch: str) -> bool:
    """DejaVu draws `ch` as is: no shaping, no right-to-left, no combining mark."""
    code = ord(ch)
    if not (code < 0x0590 or 0x10A0 <= code < 0x1100 or 0x1C90 <= code < 0x1CC0
            or 0x1E00 <= code < 0x2070 or 0x20A0 <= code < 0x2200):
        return False
    return unicodedata.combining(ch) == 0 and (code in _cmap(REGULAR) or not ch.isprintable())


def plain(text: str) -> bool:
    """`text` prints in DejaVu as is (the fast path of tables)."""
    if text.isascii():
        return True
    register()
    return all(_plain(ch) for ch in text)


@functools.cache
def script_of(ch: str) -> str:
    """The script key of `ch` ("ARABIC", "CJK", ...), or "" for spaces, digits, punctuation."""
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0]
    if not word or word in _COMMON or not ch.isprintable() or ch.isspace():
        return ""
    return word


def _word_script(word: str) -> str:
    return next((s for s in map(script_of, word) if s), "")


@functools.cache
def _fontconfig_files(ch: str, chosen: str | None) -> tuple[Path, ...]:
    """TrueType files fontconfig says have `ch` (Linux; none when folders are chosen)."""
    if chosen is not None or not shutil.which("fc-list"):
        return ()
    try:
        out = subprocess.run(["fc-list", f":charset={ord(ch):x}", "file"], capture_output=True,
                             text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    # Regular faces first (fontconfig lists them in no useful order).
    files = sorted((line.strip().rstrip(":") for line in out.splitlines()),
                   key=lambda f: ("Regular" not in f, any(
                       w in f for w in ("Bold", "Italic", "Black", "Light", "Thin")), f))
    return tuple(Path(f) for f in files if f.lower().endswith((".ttf", ".ttc")))


def _candidates(word: str, chosen: str | None) -> Iterator[Path]:
    """The font files to try for `word`, in order; fontconfig is asked only at the end."""
    files = _font_files(chosen)
    names = (*SCRIPT_FONTS.get(_word_script(word), ()), *GENERIC_FONTS)
    paths = [files[n.lower()] for n in dict.fromkeys(names) if n.lower() in files]
    yield from paths
    first_odd = next((ch for ch in word if script_of(ch)), None)
    if first_odd is not None:
        yield from (p for p in _fontconfig_files(first_odd, chosen) if p not in paths)


def word_font(word: str, bold: bool = False) -> str | None:
    """The reportlab name of the first font that draws every character of `word`, or None."""
    return _word_font(word, bold, _chosen())


@functools.cache
def _word_font(word: str, bold: bool, chosen: str | None) -> str | None:
    register()
    if all(_plain(ch) for ch in word):
        return BOLD if bold else REGULAR
    wanted = [ord(ch) for ch in word if ch.isprintable() and not ch.isspace()]
    for path in _candidates(word, chosen):
        name = _load(path)
        if name is None:
            continue
        cmap = _cmap(name)
        if all(code in cmap for code in wanted):
            if bold and "Regular" in path.name:
                bold_path = _font_files(chosen).get(path.name.replace("Regular", "Bold").lower())
                bold_name = _load(bold_path) if bold_path else None
                if bold_name and all(code in _cmap(bold_name) for code in wanted):
                    return bold_name
            return name
    return None


def _strong(word: str) -> str:
    """"R" when the first strong character of `word` is right-to-left (Hebrew, Arabic), "L"
    when it is left-to-right, "" when it has none (digits, punctuation)."""
    for ch in word:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return ""


def visual_words(text: str) -> list[str]:
    """The words of `text` in the order they are drawn left to right.

    A name is one line of words: when its first strong word is right-to-left the line reads
    from the right, and runs of words in the other direction keep their own order (a word
    with no strong character goes with the word before it). Inside a word harfbuzz puts the
    glyphs in visual order.
    """
    words = text.split()
    kinds = [_strong(w) for w in words]
    if "R" not in kinds:
        return words
    base = next(k for k in kinds if k)
    last = base
    for index, kind in enumerate(kinds):
        kinds[index] = last = kind or last
    flip = "L" if base == "R" else "R"  # runs reversed back (or reversed) inside the line
    pairs = list(zip(words, kinds, strict=True))
    if base == "R":
        pairs.reverse()
    out: list[str] = []
    run: list[str] = []
    for word, kind in [*pairs, ("", "")]:
        if kind == flip:
            run.append(word)
            continue
        out += run[::-1]
        run = []
        if word:
            out.append(word)
    return out


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for a one-line `text`: each word in a font that draws it, in visual
    order (for a style with shaping on)."""
    parts = []
    for word in visual_words(text):
        font = word_font(word, bold) or (BOLD if bold else REGULAR)
        parts.append(f"<font face={quoteattr(font)}>{escape(word)}</font>")
    return " ".join(parts)


def _shaped_width(word: str, font: str, size: float) -> float:
    shaped = ttfonts.shapeStr(word, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data:
        return float(sum(d.x_advance for d in data) * size / 1000)
    return float(pdfmetrics.stringWidth(word, font, size))


def line_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of `text` as `draw_line` draws it."""
    base = BOLD if bold else REGULAR
    if plain(text):
        return float(pdfmetrics.stringWidth(text, base, size))
    words = visual_words(text)
    space = pdfmetrics.stringWidth(" ", base, size)
    return sum(_shaped_width(w, word_font(w, bold) or base, size) for w in words) + \
        space * (len(words) - 1)


def draw_line(canv: Canvas, x: float, y: float, text: str, size: float,
              bold: bool = False) -> None:
    """Draw one line of `text` from (x, y): as is in DejaVu when it can, else word by word in
    visual order, each in a font that draws it, shaped."""
    base = BOLD if bold else REGULAR
    if plain(text):
        canv.setFont(base, size)
        canv.drawString(x, y, text)
        return
    line = canv.beginText(x, y)  # one text object: the text layer keeps the spaces
    for index, word in enumerate(visual_words(text)):
        if index:
            line.setFont(base, size)
            line.textOut(" ")
        font = word_font(word, bold) or base
        line.setFont(font, size)
        line.textOut(ttfonts.shapeStr(word, font, size)
                     if pdfmetrics.getFont(font).shapable else word)
    canv.drawText(line)


def missing_scripts(text: str) -> list[str]:
    """The scripts of the words of `text` that no font found can draw."""
    if plain(text):
        return []
    return list(dict.fromkeys(_word_script(w) or "?" for w in text.split()
                              if word_font(w) is None))


def _script_name(key: str) -> str:
    """A script's name in the user's words (`_SCRIPT_NAMES`), else its Unicode name."""
    if key == "?":
        return tr("unknown", "a script")
    return translated(_SCRIPT_NAMES[key]) if key in _SCRIPT_NAMES else key.title()


def unprintable_note(texts: Iterable[str], limit: int = 25) -> str:
    """One sentence naming the names in `texts` that would print as empty boxes and their
    scripts, or "" when every name prints (up to `limit` names: a sheet's worth, so the
    facilitator can tell each one; beyond it the count of the others)."""
    people: dict[str, None] = {}
    scripts: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        found = missing_scripts(text)
        if found:
            people.setdefault(text.strip(), None)
            for key in found:
                scripts.setdefault(_script_name(key), None)
    if not people:
        return ""
    names = list(people)
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown = fill(tr("%1 and %2 more"), shown, len(names) - limit)
    sentence = (tr("No font on this computer draws the %1 script, so these names print as "
                   "empty boxes: %2 (install a font for it, e.g. Noto Sans).")
                if len(scripts) == 1 else
                tr("No font on this computer draws the %1 scripts, so these names print as "
                   "empty boxes: %2 (install fonts for them, e.g. Noto Sans)."))
    return fill(sentence, ", ".join(scripts), shown)
