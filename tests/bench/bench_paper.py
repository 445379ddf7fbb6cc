"""Benchmark: reading marked attendance sheets back, per kind of scan or photo.

Makes the app's own two-page sheet (45 people), marks it with pen-like ticks, crosses,
scribbled and blacked-in boxes (plus one faint mark and one double tick per page pair) in
black pen, blue ballpoint, soft pencil and fine pens (0.2 and 0.15 mm lines), then reads it
back as each kind of image.
Prints per kind: rows read right, rows flagged doubtful (2 per page pair are meant to be: a
faint mark and a double tick), rows read WRONG without a flag (the number that must stay 0),
pages refused, and the median seconds per page.

Then the same for a tick-off template (30 people, 12 outcomes: two groups of six columns, four
pages of which two hold rows), ticked a third of its boxes in the four pen kinds, one box
per page pair only a faint trace (meant to be doubtful); counted per box.

Run: .venv/bin/python tests/bench/bench_paper.py [seeds]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from fieldsessions.paper.reader import PageImage, PageReading, read_page
from fieldsessions.reports.tickoff import TickoffOptions, tickoff_template
from tests.unit import paper_marks
from tests.unit.paper_marks import expected_tick
from tests.unit.test_paper_read import (
    DOUBLE_ROW,
    FAINT_ROW,
    expected,
    marked_pages,
    pdf,
    sheet,
)
from tests.unit.test_reports_tickoff import template

Change = Callable[[Any, int], Any]

KINDS: dict[str, Change] = {
    "scan 200 dpi": lambda p, s: p,
    "scan 150 dpi": lambda p, s: cv2.resize(p, None, fx=0.75, fy=0.75,
                                            interpolation=cv2.INTER_AREA),
    "scan 300 dpi": lambda p, s: cv2.resize(p, None, fx=1.5, fy=1.5),
    "scan turned 90/180/270": lambda p, s: paper_marks.rotate(p, 1 + s % 3),
    "photo ±3°, perspective": lambda p, s: paper_marks.photograph(
        p, angle=3 * (1 if s % 2 else -1), squeeze=0.03, noise=4, seed=s),
    "photo ±10°, perspective": lambda p, s: paper_marks.photograph(
        p, angle=10 * (1 if s % 2 else -1), squeeze=0.05, noise=4, seed=s),
    "photo shaded, dark, noisy": lambda p, s: paper_marks.photograph(
        (p * 0.6).astype(np.uint8), angle=2, shade=0.6, noise=10, seed=s),
    "photo soft focus (1.5)": lambda p, s: paper_marks.photograph(p, angle=1, blur=1.5,
                                                                  noise=3, seed=s),
    "photo JPEG q50": lambda p, s: cv2.imdecode(cv2.imencode(
        ".jpg", paper_marks.photograph(p, angle=-2, squeeze=0.02, noise=3, seed=s),
        [cv2.IMWRITE_JPEG_QUALITY, 50])[1], cv2.IMREAD_GRAYSCALE),
    "photo blurred (3)": lambda p, s: paper_marks.photograph(p, blur=3, seed=s),
}


def main() -> None:
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    with tempfile.TemporaryDirectory() as tmp:
        made = pdf(Path(tmp), sheet())
        pens = {"black pen": marked_pages(made, sheet()),
                "blue ballpoint": marked_pages(made, sheet(), ink=95),
                "soft pencil": marked_pages(made, sheet(), ink=140),
                "fine pen 0.2 mm": marked_pages(made, sheet(), pen_mm=0.2),
                "fine blue pen 0.15 mm": marked_pages(made, sheet(), ink=95, pen_mm=0.15)}
    print(f"  {'kind':26} {'rows':>5} {'right':>6} {'doubtful':>9} {'WRONG':>6} "
          f"{'refused':>8} {'s/page':>7}")
    for pen, pages in pens.items():
        print(pen)
        run(pages, seeds)
    data, options = template(30, 12), TickoffOptions()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tickoff.pdf"
        tickoff_template(data, path, options)
        pens = {name: paper_marks.mark_tickoff(paper_marks.render(path), data, options,
                                               ink=ink, faint=(TICKOFF_FAINT,))
                for name, ink in (("black pen", 30), ("blue ballpoint", 95),
                                  ("soft pencil", 140))}
    print(f"\nTick-off template\n  {'kind':26} {'boxes':>5} {'right':>6} {'doubtful':>9} "
          f"{'WRONG':>6} {'refused':>8} {'s/page':>7}")
    for pen, pages in pens.items():
        print(pen)
        run_tickoff(pages, seeds)


TICKOFF_FAINT = (5, 8)  # (row, outcome number): a faint trace, meant to be doubtful


def run_tickoff(pages: list[Any], seeds: int) -> None:
    for kind, change in KINDS.items():
        boxes = right = doubtful = wrong = refused = 0
        seconds: list[float] = []
        for seed in range(seeds):
            for page in pages:
                image = change(page, seed)
                started = time.perf_counter()
                reading = read_page(PageImage(kind, image))
                seconds.append(time.perf_counter() - started)
                if not isinstance(reading, PageReading):
                    refused += 1
                    continue
                for row in reading.ticks:
                    for column, box in enumerate(row.boxes):
                        outcome = reading.code.first_outcome + column
                        boxes += 1
                        if box.doubtful:
                            doubtful += 1
                        elif ((row.row, outcome) == TICKOFF_FAINT
                              or box.ticked != expected_tick(row.row, outcome)):
                            wrong += 1
                        else:
                            right += 1
        print(f"  {kind:26} {boxes:>5} {right:>6} {doubtful:>9} {wrong:>6} {refused:>8} "
              f"{statistics.median(seconds):>7.2f}")


def run(pages: list[Any], seeds: int) -> None:
    for kind, change in KINDS.items():
        rows = right = doubtful = wrong = refused = 0
        seconds: list[float] = []
        for seed in range(seeds):
            for page in pages:
                image = change(page, seed)
                started = time.perf_counter()
                reading = read_page(PageImage(kind, image))
                seconds.append(time.perf_counter() - started)
                if not isinstance(reading, PageReading):
                    refused += 1
                    continue
                for row in reading.rows:
                    rows += 1
                    if row.doubtful:  # a clear row flagged costs a person a look, not a mark
                        doubtful += 1
                    elif row.row in (FAINT_ROW, DOUBLE_ROW) or row.status != expected(row.row):
                        wrong += 1
                    else:
                        right += 1
        print(f"  {kind:26} {rows:>5} {right:>6} {doubtful:>9} {wrong:>6} {refused:>8} "
              f"{statistics.median(seconds):>7.2f}")


if __name__ == "__main__":
    main()
