"""Render the app icon's PNGs from its SVG: ``python packaging/render_icons.py``.

The SVG (``logbook/ui/icons/logbook.svg``) is the source; the PNGs next to it are made
from it with Qt's own SVG renderer (``PySide6.QtSvg``, part of PySide6-Essentials), so no
other tool is needed, and are committed: installers and platforms that want a bitmap
(Windows .ico, macOS .icns, Linux hicolor) start from them. Run again after changing the
SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "logbook" / "ui" / "icons"
SIZES = (256, 48)


def render(svg: Path, size: int, target: Path) -> None:
    """Draw ``svg`` on a transparent ``size``×``size`` image and save it as PNG."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> None:
    # No window is opened: the offscreen platform lets this run without a display (CI).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "logbook.svg"
    for size in SIZES:
        target = ICONS / f"logbook-{size}.png"
        render(svg, size, target)
        print(f"wrote {target.relative_to(ICONS.parents[2])}")
    del app


if __name__ == "__main__":
    main()
