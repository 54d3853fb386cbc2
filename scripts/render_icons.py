"""Render the app icon (resources/icons/musette.svg) to the PNG sizes desktops use, and an ICO.

Run after changing the SVG: `.venv/bin/python scripts/render_icons.py`. The
PNGs are committed, so packaging needs no renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "musette.svg"))
    if not renderer.isValid():
        print("render_icons: the SVG does not load", file=sys.stderr)
        return 1
    for size in SIZES:
        render(size, renderer).save(str(ICONS / f"musette-{size}.png"))
    render(256, renderer).save(str(ICONS / "musette.ico"))  # Windows
    return 0


if __name__ == "__main__":
    sys.exit(main())
