"""The composition root: build the application, its settings, translations and controller.

``logbook`` with no arguments calls :func:`main`. Tests build the same pieces with
:func:`build` and their own settings, clock and quit function.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from logbook.core.clock import Clock, system_clock
from logbook.ui import crash_guard
from logbook.ui.controller import AppController
from logbook.ui.fonts import install_fonts
from logbook.ui.i18n import Translations
from logbook.ui.settings import UiSettings, default_vault_path
from logbook.vault.kdf import KdfParams


def build(
    app: QApplication,
    store: QSettings,
    *,
    clock: Clock = system_clock,
    vault_path: Path | None = None,
    quit_app: Callable[[], None] | None = None,
    kdf: KdfParams | None = None,
) -> AppController:
    """Wire the app together; nothing is shown until ``controller.start()``."""
    install_fonts(app)
    settings = UiSettings(store)
    translations = Translations(app)
    translations.use(settings.language)
    return AppController(
        app,
        settings,
        translations,
        clock,
        vault_path or default_vault_path(),
        quit_app=quit_app,
        kdf=kdf,
    )


def main(argv: list[str] | None = None) -> int:
    crash_guard.install()
    running = QApplication.instance()
    app = (
        running
        if isinstance(running, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationName("Logbook")
    app.setOrganizationName("Logbook")
    app.setQuitOnLastWindowClosed(False)  # locking closes every window; the app stays
    controller = build(app, QSettings())
    controller.start()
    return app.exec()
