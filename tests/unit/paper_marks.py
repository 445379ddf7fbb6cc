"""Marked and photographed attendance sheets, made from the app's own PDFs (no files needed).

Pages are rendered with pypdfium2, marked with pen-like strokes at the boxes' places from
reports.sheet_layout, then turned, warped, shaded, noised or blurred as a scan or photo would.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pypdfium2

from fieldsessions.reports.sheet_layout import SheetGeometry

PT = 72.0


def render(pdf: Path, dpi: int = 200) -> list[Any]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = []
        for page in document:
            bitmap = page.render(scale=dpi / PT, grayscale=True)
            pages.append(np.ascontiguousarray(
                bitmap.to_numpy().reshape(bitmap.height, bitmap.width)).copy())
        return pages
    finally:
        document.close()


def mark(image: Any, where: SheetGeometry, index: int, status: int, *, dpi: int = 200,
         kind: str = "tick", ink: int = 30, seed: int = 0, pen_mm: float = 0.55) -> None:
    """Draw a pen mark in box `status` of row `index` (0-based on its page), in place; a pen
    `pen_mm` wide (a fine pen: 0.13-0.25). Kinds: tick, cross, fill, solid, faint, circle
    (a ring drawn round the box, nothing inside), hatch (the box hatched out: a mark taken
    back), bigtick (a tick overshooting the box, most of it outside)."""
    rng = np.random.default_rng(seed + index * 7 + status)
    x, y, side = where.box(index, status)
    px = dpi / PT
    left, top, size = x * px, (where.size[1] - y - side) * px, side * px
    pen = max(1, round(pen_mm / 25.4 * dpi))  # a 0.55 mm ballpoint line by default

    def at(u: float, v: float) -> tuple[int, int]:
        jitter = rng.normal(0, size * 0.03, 2)
        return round(left + u * size + jitter[0]), round(top + v * size + jitter[1])

    if kind == "tick":
        points = np.array([at(0.15, 0.5), at(0.42, 0.85), at(0.95, 0.05)], np.int32)
        cv2.polylines(image, [points], False, ink, pen, cv2.LINE_AA)
    elif kind == "cross":
        cv2.line(image, at(0.1, 0.1), at(0.9, 0.9), ink, pen, cv2.LINE_AA)
        cv2.line(image, at(0.9, 0.1), at(0.1, 0.9), ink, pen, cv2.LINE_AA)
    elif kind == "fill":
        for step in np.linspace(0.12, 0.88, 9):  # scribbled in, stroke by stroke
            cv2.line(image, at(0.1, step), at(0.9, step + 0.03), ink, pen, cv2.LINE_AA)
    elif kind == "solid":  # blacked in with a marker, over the edges
        cv2.rectangle(image, at(-0.1, -0.1), at(1.1, 1.1), ink, -1)
    elif kind == "faint":  # a pencil dot or a mark half taken back
        cv2.line(image, at(0.45, 0.45), at(0.6, 0.55), ink, max(1, pen // 2), cv2.LINE_AA)
    elif kind == "circle":
        centre = at(0.5, 0.5)
        cv2.ellipse(image, centre, (round(size * 0.85), round(size * 0.75)), 0, 0, 360, ink,
                    pen, cv2.LINE_AA)
    elif kind == "hatch":
        for step in np.linspace(-0.6, 0.6, 7):
            cv2.line(image, at(0.1 + max(0, step), 0.9 + min(0, step)),
                     at(0.9 + min(0, step), 0.1 + max(0, step)), ink, pen, cv2.LINE_AA)
        cv2.line(image, at(0.1, 0.1), at(0.9, 0.9), ink, pen, cv2.LINE_AA)
    elif kind == "bigtick":
        points = np.array([at(-0.2, 0.4), at(0.3, 1.3), at(1.6, -0.8)], np.int32)
        cv2.polylines(image, [points], False, ink, pen, cv2.LINE_AA)
    else:
        raise ValueError(kind)


def rotate(image: Any, quarter_turns: int) -> Any:
    return np.ascontiguousarray(np.rot90(image, quarter_turns))


def photograph(image: Any, *, angle: float = 0.0, squeeze: float = 0.0, shade: float = 0.0,
               noise: float = 0.0, blur: float = 0.0, seed: int = 1) -> Any:
    """The page as a camera might see it: turned `angle` degrees, perspective `squeeze`
    (share of the top edge pulled in), a shadow across it, sensor noise, out of focus."""
    rng = np.random.default_rng(seed)
    h, w = image.shape
    pad = int(0.08 * max(h, w))
    canvas = np.full((h + 2 * pad, w + 2 * pad), 120, np.uint8)  # a table under the page
    canvas[pad:pad + h, pad:pad + w] = image
    H, W = canvas.shape
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    dx = squeeze * w
    dst = np.float32([[pad + dx, pad], [pad + w - dx, pad + dx * 0.3],
                      [pad + w, pad + h], [pad, pad + h - dx * 0.2]])
    centre = (W / 2, H / 2)
    turn = cv2.getRotationMatrix2D(centre, angle, 1.0)
    dst = cv2.transform(dst[None], turn)[0].astype(np.float32)
    warp = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(canvas, warp, (W, H), borderValue=120).astype(np.float32)
    if shade:
        ys, xs = np.mgrid[0:H, 0:W]
        gradient = 1 - shade * (0.3 + 0.7 * (xs / W) * (ys / H))  # darker towards a corner
        out *= gradient
        out *= 1 - shade * 0.4 * (np.hypot(xs - W * 0.3, ys - H * 0.6) < H * 0.15)  # a blot
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise:
        out += rng.normal(0, noise, out.shape)
    return np.clip(out, 0, 255).astype(np.uint8)


def save(image: Any, path: Path) -> Path:
    cv2.imwrite(str(path), image)
    return path


def degrees_between(a: float, b: float) -> float:
    return math.degrees(abs(a - b))


KINDS = ("tick", "cross", "fill", "solid")


def expected_tick(row: int, outcome: int) -> bool:
    """Whether the tick-off corpus ticks template row `row` (1-based) for outcome number
    `outcome` (1-based, as printed): a third of the boxes, in a diagonal pattern."""
    return (row + outcome) % 3 == 0


def mark_tickoff(pages: list[Any], template: Any, options: Any, *, dpi: int = 200,
                 ink: int = 30, faint: tuple[tuple[int, int], ...] = (),
                 ticked: Any = expected_tick) -> list[Any]:
    """Tick the rendered pages of a read-back tick-off template in place, as `ticked(row,
    outcome)` says, with pen strokes of the four kinds in turn; the (row, outcome) boxes in
    `faint` get a faint trace instead. The page's QR code (reports.tickoff.page_code) says
    which rows and outcomes each page holds, as it tells the reader."""
    from fieldsessions.reports.sheet_layout import page_geometry
    from fieldsessions.reports.tickoff import page_code

    for number, image in enumerate(pages, start=1):
        code = page_code(template, options, number)
        where = page_geometry(code)
        assert where is not None
        for index in range(code.row_count):
            row = code.first_row + index
            for column in range(code.outcome_count):
                outcome = code.first_outcome + column
                if (row, outcome) in faint:
                    mark(image, where, index, column, kind="faint", dpi=dpi)
                elif ticked(row, outcome):
                    mark(image, where, index, column, kind=KINDS[(row + outcome) % 4],
                         dpi=dpi, ink=ink, seed=row * 31 + outcome)
    return pages
