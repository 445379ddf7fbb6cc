"""Participants' names in every script print in a font that draws them, or the user is told.

The roster below is printed through the CLI (`report sheet`, `report tickoff`, `report
compliance`). A script whose font is installed (packaging/dev.py installs fonts-noto-core and
fonts-droid-fallback on Debian) must print in that font; where it is genuinely missing, the
CLI's note must name the person instead, and the test says it was skipped for that reason.
Rendered pages were looked at with `pdftoppm -png -r 80` (and zoomed) when this was written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldsessions.db import store
from fieldsessions.reports import fonts
from fieldsessions.services import participants, programmes
from tests.unit import helpers

ROOT = Path(__file__).resolve().parents[2]

NAMES = {
    "Latin": "Zoë Ñúñez-O'Brien", "Vietnamese": "Nguyễn Thị Thảo",
    "Greek": "Γιώργος Παπαδόπουλος", "Cyrillic": "Ольга Кузнецова",
    "Armenian": "Արամ Խաչատրյան", "Georgian": "ნინო ბერიძე", "Arabic": "محمد علي",
    "Hebrew": "דוד כהן", "Devanagari": "राहुल शर्मा", "Bengali": "সুমন দাস",
    "Tamil": "கமலா செல்வம்", "Thai": "สมชาย ใจดี", "Ethiopic": "አበበ ቢቂላ",
    "Khmer": "សុខ ចាន់", "Myanmar": "အောင် ဆန်း", "Chinese": "王小明",
    "Japanese": "山田 さくら", "Korean": "김민준",
}
# Scripts whose PDF text layer gives the name back as typed. Shaped scripts do not: Arabic
# comes back as presentation forms in visual order, Hebrew in visual order, and Indic,
# Khmer and Myanmar clusters lose or reorder characters (reportlab maps each shaped glyph to
# one character).
ROUND_TRIP = ("Latin", "Vietnamese", "Greek", "Cyrillic", "Armenian", "Georgian", "Ethiopic",
              "Chinese", "Japanese", "Korean")
REPORTS = ("sheet", "tickoff", "compliance")
PROGRAMME = "Lecture 识字班 القراءة"  # printed in the page header (title and fields)


def _cli(db: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(db), *args],
                          capture_output=True, text=True, check=False, timeout=120, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})))
    return done.returncode, done.stdout, done.stderr


def _roster(db: Path, names: list[str], programme: str = "Scripts") -> tuple[str, str]:
    """A programme with `names` enrolled; its name and first session's id."""
    store.open_store(db)
    try:
        info = helpers.programme(programme, outcomes=("Speaks up",), count=2)
        for name in names:
            person = participants.add_participant(participants.ParticipantInput(name=name))
            participants.enrol(info.id, person.id)
        return info.name, programmes.list_sessions(info.id)[0].id
    finally:
        store.close_store()


def _report_args(kind: str, programme: str, session: str) -> list[str]:
    return ["report", kind, *(["--programme", programme] if kind == "compliance"
                              else ["--session", session])]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Each report of the whole roster: its PDF and the CLI's standard error."""
    folder = tmp_path_factory.mktemp("scripts")
    programme, session = _roster(folder / "data.sqlite", list(NAMES.values()), PROGRAMME)
    out: dict[str, tuple[Path, str]] = {}
    for kind in REPORTS:
        target = folder / f"{kind}.pdf"
        code, _stdout, err = _cli(folder / "data.sqlite", *_report_args(kind, programme,
                                                                      session),
                                  "-o", str(target))
        assert code == 0, err
        out[kind] = (target, err)
    return out


def _embedded_fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def _text_lines(path: Path) -> set[str]:
    return {line.strip() for page in PdfReader(path).pages
            for line in page.extract_text().splitlines()}


@pytest.mark.parametrize("kind", REPORTS)
@pytest.mark.parametrize("script", list(NAMES))
def test_each_script_prints_in_a_font_that_draws_it(
    printed: dict[str, tuple[Path, str]], script: str, kind: str
) -> None:
    name = NAMES[script]
    path, err = printed[kind]
    chosen = {fonts.word_font(word) for word in name.split()}
    if None in chosen:  # no font for this script on this machine: the user must be told
        assert name in err and "print as empty boxes" in err
        pytest.skip(f"No font on this machine draws {script} (packaging/dev.py installs "
                    "fonts-noto-core and fonts-droid-fallback); checked the note names "
                    f"{name} instead.")
    assert name not in err
    embedded = _embedded_fonts(path)
    for font in chosen:
        assert any(str(font) in base for base in embedded), (font, embedded)
    if script in ROUND_TRIP:
        assert name in _text_lines(path)


@pytest.mark.parametrize("kind", REPORTS)
def test_a_programme_name_in_other_scripts_prints_in_the_page_header(
    printed: dict[str, tuple[Path, str]], kind: str
) -> None:
    path, err = printed[kind]
    words = PROGRAMME.split()
    chosen = {fonts.word_font(w) for w in words} | {fonts.word_font(w, bold=True) for w in words}
    if None in chosen:
        assert PROGRAMME in err
        pytest.skip("No font on this machine draws Chinese or Arabic (packaging/dev.py "
                    "installs them); checked the note names the programme instead.")
    assert PROGRAMME not in err
    embedded = _embedded_fonts(path)
    regular = {fonts.word_font(w) for w in words}
    assert all(any(str(font) in base for base in embedded) for font in regular), embedded
    text = "\n".join(_text_lines(path))
    assert "Lecture 识字班" in text  # the Arabic word comes back shaped, in visual order


def test_the_cli_names_the_people_no_font_can_draw_and_their_script(tmp_path: Path) -> None:
    programme, session = _roster(tmp_path / "data.sqlite", ["王小明", "Ольга Кузнецова"])
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    target = tmp_path / "sheet.pdf"
    code, out, err = _cli(tmp_path / "data.sqlite", *_report_args("sheet", programme, session),
                          "-o", str(target), env={fonts.ENV_DIRS: str(empty)})
    assert code == 0 and target.exists() and "Wrote" in out
    assert err.count("\n") == 1 and err.startswith("fieldsessions: note: ")
    assert "王小明" in err and "Chinese/Japanese (Han) script" in err
    assert "Ольга" not in err


def test_right_to_left_words_are_drawn_in_visual_order() -> None:
    assert fonts.visual_words("Zoë Ñúñez") == ["Zoë", "Ñúñez"]
    assert fonts.visual_words("محمد علي") == ["علي", "محمد"]
    assert fonts.visual_words("Ahmed محمد علي") == ["Ahmed", "علي", "محمد"]
    assert fonts.visual_words("محمد علي Smith Jr") == ["Smith", "Jr", "علي", "محمد"]
    assert fonts.visual_words("דוד כהן 2") == ["2", "כהן", "דוד"]


def test_certificates_print_every_name_in_a_font_that_draws_it_in_bold(tmp_path: Path) -> None:
    from datetime import date

    from fieldsessions.reports.certificates import certificates
    from fieldsessions.reports.data import Certificate

    items = [Certificate(f"p{i}", "", name, "Youth Leadership", date(2026, 11, 1), 12.0,
                         ("Speaks up",)) for i, name in enumerate(NAMES.values())]
    target = tmp_path / "certificates.pdf"
    assert certificates(items, target) == len(NAMES)
    reader = PdfReader(target)
    for page, (script, name) in zip(reader.pages, NAMES.items(), strict=True):
        chosen = {fonts.word_font(w, bold=True) for w in name.split()}
        if None in chosen:
            continue  # the missing font is the note's business (tested above)
        used = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
        assert all(any(str(font) in base for base in used) for font in chosen), (script, used)
        if script in ROUND_TRIP:
            assert name in page.extract_text(), script
