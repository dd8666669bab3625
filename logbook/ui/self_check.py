"""``LOGBOOK_SELF_TEST=1 logbook``: start the app, check what it loads at run time, quit.

For the installers' smoke test (``packaging/smoke_test.py``): a frozen build can start and
still lack what Python's import analysis does not see — a Qt plugin, the compiled
translations, the font, Babel's CLDR data, the SVG or PDF support. Once the first window
is shown, :func:`report` says which window it is and whether each of these works; the
app prints it as one line of JSON and exits 0 if all of them do, 1 if not.

Nothing here reads the vault or names a path: the report can be pasted anywhere.
"""

from __future__ import annotations

import io
import sys
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QTranslator
from PySide6.QtGui import QFontDatabase, QImageReader
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen import canvas

from logbook import __version__
from logbook.ui.countries import country_names
from logbook.ui.i18n import LANGUAGE_NAMES, SOURCE_LANGUAGE, TRANSLATIONS

# A text every translation has, to show that a catalogue loads and answers.
_PROBE = ("UnlockDialog", "&Unlock")
IMAGE_FORMATS = (b"jpeg", b"png", b"gif", b"webp", b"tiff", b"bmp")


def report(app: QApplication, window: object) -> dict[str, Any]:
    """What the app loaded, check by check (``True`` when it works)."""
    readable = {bytes(f.data()) for f in QImageReader.supportedImageFormats()}
    checks = {
        "window": type(window).__name__ if window is not None else None,
        "icon": not app.windowIcon().isNull(),
        "font": "PT Sans" in QFontDatabase.families(),
        "svg": b"svg" in readable,
        # The picture formats the evidence viewer shows (Qt's image plugins).
        "images": set(IMAGE_FORMATS) <= readable,
        "pdf": _pdf_works(),
        "platform": app.platformName(),
    }
    for language in LANGUAGE_NAMES:
        if language != SOURCE_LANGUAGE:
            checks[f"translation_{language}"] = _translates(language)
        checks[f"countries_{language}"] = len(country_names(language)) > 200
    return {"version": __version__, "python": sys.version.split()[0], **checks}


def passed(checks: dict[str, Any]) -> bool:
    """Every check holds, and the window is one the app starts with."""
    starts = {"UnlockDialog", "CreateVaultDialog"}
    return checks["window"] in starts and all(
        value for key, value in checks.items() if isinstance(value, bool)
    )


def _translates(language: str) -> bool:
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS / f"logbook_{language}.qm")):
        return False
    translated = translator.translate(*_PROBE)
    return bool(translated) and translated != _PROBE[1]


def _pdf_works() -> bool:
    """A one-page PDF made by reportlab (as the export makes them) opens in QtPdf and
    renders (the export preview does both)."""
    made = io.BytesIO()
    page = canvas.Canvas(made)
    page.drawString(72, 72, "Logbook")
    page.showPage()
    page.save()
    return pdf_renders(made.getvalue())


def pdf_renders(pdf: bytes) -> bool:
    """Whether QtPdf opens ``pdf`` as one page and renders it."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return False
    device = QBuffer()
    device.setData(QByteArray(pdf))
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(device)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        return False
    return not document.render(0, QSize(100, 140)).isNull()
