"""Certificates of completion: one page per participant who completed, all in one PDF.

Each page shows the name, the programme, the completion date, the hours, the outcomes achieved
and, when the programme's attendance expires, the date it is valid until. The page content is
shrunk to fit when a name or the outcome list is very long, so a certificate never spills onto
a second page. Landscape A4 unless told otherwise; no page numbers (each page stands alone).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from fieldsessions.core.i18n import fill, tr
from fieldsessions.reports import fonts
from fieldsessions.reports.cells import text_cell
from fieldsessions.reports.data import Certificate
from fieldsessions.reports.formats import hours, long_date
from fieldsessions.reports.pages import Output, Progress, clean, write_bytes
from fieldsessions.reports.styles import ACCENT, INK, MUTED, PageSetup

_BORDER = 10 * mm
_INSET = 26 * mm


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("cert", fontName=fonts.REGULAR, fontSize=13, leading=17,
                          alignment=TA_CENTER, textColor=INK, splitLongWords=True)
    return {
        "title": ParagraphStyle("cert_title", parent=base, fontName=fonts.BOLD, fontSize=30,
                                leading=36, textColor=ACCENT),
        "text": base,
        "muted": ParagraphStyle("cert_muted", parent=base, fontSize=11, leading=14,
                                textColor=MUTED),
        "name": ParagraphStyle("cert_name", parent=base, fontName=fonts.BOLD, fontSize=28,
                               leading=34),
        "programme": ParagraphStyle("cert_programme", parent=base, fontName=fonts.BOLD,
                                    fontSize=17, leading=22, textColor=ACCENT),
        "outcome": ParagraphStyle("cert_outcome", parent=base, fontSize=10.5, leading=13.5),
    }


class _Certificate(KeepInFrame):
    """One certificate's content, shrunk to its page; counts as one unit of progress."""

    progress_units = 1


def _text(text: str, style: ParagraphStyle) -> Paragraph:
    line = clean(text)
    if fonts.plain(line):
        return Paragraph(escape(line), style)
    shaped = ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1)
    return Paragraph(fonts.markup(line, bold=style.fontName == fonts.BOLD), shaped)


def _outcome_list(outcomes: tuple[str, ...], style: ParagraphStyle, width: float) -> Flowable:
    """The outcomes in one centred column, or in two or three when there are many."""
    columns = 1 if len(outcomes) <= 8 else 2 if len(outcomes) <= 20 else 3
    per_column = -(-len(outcomes) // columns)
    cells = [[_text(f"• {o}", style) for o in outcomes[c * per_column:(c + 1) * per_column]]
             for c in range(columns)]
    if columns == 1:
        return Table([[item] for item in cells[0]], colWidths=[width * 0.8],
                     style=[("TOPPADDING", (0, 0), (-1, -1), 0.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)])
    left = ParagraphStyle("cert_outcome_left", parent=style, alignment=TA_LEFT)
    rows = [[_text(f"• {o}", left) if (o := _at(outcomes, c * per_column + r)) else ""
             for c in range(columns)] for r in range(per_column)]
    return Table(rows, colWidths=[width / columns] * columns,
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)])


def _at(items: tuple[str, ...], index: int) -> str:
    return items[index] if index < len(items) else ""


def _content(cert: Certificate, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(tr("Certificate of completion"), styles["title"]),
        Spacer(1, 9 * mm),
        Paragraph(tr("This certifies that"), styles["muted"]),
        Spacer(1, 3 * mm),
        _text(cert.name, styles["name"]),
        Spacer(1, 3 * mm),
        Paragraph(tr("has completed"), styles["muted"]),
        Spacer(1, 2 * mm),
        _text(cert.programme_name, styles["programme"]),
        Spacer(1, 3 * mm),
        Paragraph(
            fill(tr("on %1, with %2 hours of attendance."), long_date(cert.completed_on),
                 hours(cert.hours)),
            styles["text"]),
    ]
    if cert.valid_until is not None:
        story += [Spacer(1, 2 * mm),
                  Paragraph(fill(tr("Valid until %1."), long_date(cert.valid_until)),
                            styles["text"])]
    if cert.outcomes:
        story += [Spacer(1, 6 * mm), Paragraph(tr("Outcomes achieved"), styles["muted"]),
                  Spacer(1, 1.5 * mm)]
        story.append(_outcome_list(cert.outcomes, styles["outcome"], width))
    signature_width = min(80 * mm, width / 2.5)
    story += [
        Spacer(1, 14 * mm),
        Table(
            [["", ""], [text_cell(cert.facilitator or tr("Facilitator"), signature_width - 6),
                        tr("Date")]],
            colWidths=[signature_width, signature_width],
            style=[("LINEABOVE", (0, 1), (0, 1), 0.6, MUTED),
                   ("LINEABOVE", (1, 1), (1, 1), 0.6, MUTED),
                   ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                   ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                   ("ALIGN", (0, 0), (-1, -1), "CENTER")],
            rowHeights=[12 * mm, None],
        ),
    ]
    if cert.external_id:
        story += [Spacer(1, 4 * mm),
                  _text(fill(tr("Participant ID %1"), cert.external_id), styles["muted"])]
    return story


def _border(canv: Canvas, doc: BaseDocTemplate) -> None:
    width, height = doc.pagesize
    canv.saveState()
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(2.2)
    canv.rect(_BORDER, _BORDER, width - 2 * _BORDER, height - 2 * _BORDER)
    canv.setLineWidth(0.6)
    canv.rect(_BORDER + 2.5 * mm, _BORDER + 2.5 * mm, width - 2 * _BORDER - 5 * mm,
              height - 2 * _BORDER - 5 * mm)
    canv.restoreState()


class _CertificateDoc(BaseDocTemplate):
    def __init__(self, stream: object, setup: PageSetup, progress: Progress | None,
                 total: int) -> None:
        width, height = setup.size
        super().__init__(stream, pagesize=setup.size, leftMargin=_INSET, rightMargin=_INSET,
                         topMargin=_INSET, bottomMargin=_INSET, title=tr("Certificates"),
                         author="fieldsessions", creator="fieldsessions")
        frame = Frame(_INSET, _INSET, width - 2 * _INSET, height - 2 * _INSET, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="certificate", frames=[frame], onPage=_border)])
        self._progress = progress
        self._total = total
        self._done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Certificate) and self._progress is not None:
            self._done += 1
            self._progress(self._done, self._total)


def certificates(
    items: Sequence[Certificate],
    output: Output,
    setup: PageSetup | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Write one certificate page per item, all in one PDF, to `output`; returns the pages.

    With no items the PDF has one page saying nobody has completed yet.
    """
    setup = setup or PageSetup("a4", landscape=True)
    styles = _styles()
    width, height = setup.size
    frame_w, frame_h = width - 2 * _INSET, height - 2 * _INSET
    story: list[Flowable] = []
    for cert in items:
        story.append(_Certificate(frame_w, frame_h, _content(cert, styles, frame_w),
                                  mode="shrink", hAlign="CENTER",
                                  vAlign="MIDDLE"))
        story.append(PageBreak())
    if story:
        story.pop()
    else:
        story.append(Paragraph(tr("Nobody has completed this programme yet."), styles["text"]))
    buffer = io.BytesIO()
    total = max(1, len(items))
    _CertificateDoc(buffer, setup, progress, total).build(story)
    write_bytes(buffer.getvalue(), output)
    if progress is not None:
        progress(total, total)
    return total
