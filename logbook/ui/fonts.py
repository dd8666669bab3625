"""A font with Cyrillic and Kazakh letters (ӘҒҚҢӨҰҮҺІ) from a package dependency.

The system may have none (a fresh machine, the offscreen platform), so the app registers
PT Sans from ``fontpkg_pt_sans`` and makes it the application font.
"""

from __future__ import annotations

from pathlib import Path

import fontpkg_pt_sans
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_DIR = Path(fontpkg_pt_sans.__file__).parent / "files"
FAMILY = "PT Sans"


def install_fonts(app: QApplication) -> str:
    """Register every PT Sans style and set it as the app font; returns the family."""
    for path in sorted(FONT_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(FAMILY)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return FAMILY
