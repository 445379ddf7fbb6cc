"""Render the app icon (resources/icons/fieldsessions.svg) to the PNG sizes desktops use, and
to fieldsessions.ico (Windows) and fieldsessions.icns (macOS) for the bundle; and the toolbar and
menu icons (resources/icons/actions/*.svg) to the PNG sizes the window loads.

    .venv/bin/python packaging/make_icons.py

The outputs are committed (resources/icons/); run this again after changing the SVG.
Qt's SVG renderer draws the PNGs; Pillow (a reportlab dependency) packs the .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "fieldsessions.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ACTIONS = ICONS / "actions"  # toolbar and menu icons: NAME.svg -> NAME-16/24/32/48.png
ACTION_SIZES = (16, 24, 32, 48)


def render(size: int, target: Path, svg: Path = SVG) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size, ICONS / f"fieldsessions-{size}.png")
    big = ICONS / "fieldsessions-1024.png"  # only for the .icns, not kept
    render(1024, big)
    from PIL import Image

    with Image.open(ICONS / "fieldsessions-256.png") as image:
        image.save(ICONS / "fieldsessions.ico", sizes=[(s, s) for s in SIZES])
    with Image.open(big) as image:
        image.save(ICONS / "fieldsessions.icns")
    big.unlink()
    actions = sorted(ACTIONS.glob("*.svg"))
    for svg in actions:
        for size in ACTION_SIZES:
            render(size, ACTIONS / f"{svg.stem}-{size}.png", svg)
    del app
    print(f"wrote {len(SIZES)} PNGs, fieldsessions.ico and fieldsessions.icns in {ICONS}, "
          f"and {len(actions)} action icons in {len(ACTION_SIZES)} sizes in {ACTIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
