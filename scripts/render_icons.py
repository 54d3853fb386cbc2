"""Render the app icon (resources/icons/musette.svg) to the PNG sizes desktops use, ICO, ICNS.

Run after changing the SVG: `.venv/bin/python scripts/render_icons.py`. The
PNGs are committed, so packaging needs no renderer.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
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
    save_icns(renderer, ICONS / "musette.icns")  # macOS
    return 0


def save_icns(renderer: QSvgRenderer, target: Path) -> None:
    """macOS's icon file, each size drawn from the SVG, not scaled (up to 1024 for Retina)."""
    from PIL import Image

    images = []
    for size in (16, 32, 64, 128, 256, 512, 1024):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(size, renderer).save(buffer, "PNG")
        images.append(Image.open(io.BytesIO(bytes(buffer.data().data()))))
    images[-1].save(target, append_images=images[:-1])


if __name__ == "__main__":
    sys.exit(main())
