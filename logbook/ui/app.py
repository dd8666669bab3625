"""The composition root: build the application, its settings, translations and controller.

``logbook`` with no arguments calls :func:`main`. Tests build the same pieces with
:func:`build` and their own settings, clock and quit function.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from logbook.core.clock import Clock, system_clock
from logbook.ui import crash_guard
from logbook.ui.controller import AppController
from logbook.ui.fonts import install_fonts
from logbook.ui.i18n import Translations
from logbook.ui.settings import UiSettings, default_vault_path
from logbook.vault.kdf import KdfParams

# Beside this module in the package, and so also beside it in a PyInstaller-frozen build,
# where package data sits next to the modules: found from __file__, not the working folder.
ICONS = Path(__file__).resolve().parent / "icons"


def app_icon() -> QIcon:
    """The app's icon: the SVG for any size, with the rendered PNGs as well, for where
    Qt's SVG image plugin is missing (a trimmed frozen build) and at their exact sizes."""
    icon = QIcon()
    for name in ("logbook.svg", "logbook-256.png", "logbook-48.png"):
        path = ICONS / name
        if path.is_file():
            icon.addFile(str(path))
    return icon


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
    app.setWindowIcon(app_icon())  # every window, and the taskbar, shows it
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


NO_DISPLAY = (
    "logbook: no display was found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
    "desktop app cannot start here. The command line works without one: run "
    "'logbook --help' for its commands (init, import, search, export, backup …)."
)


def no_display(environ: Mapping[str, str] | None = None) -> bool:
    """Whether Qt would find no screen to open the app on (Linux and other X11/Wayland
    systems; a platform chosen with QT_QPA_PLATFORM, such as offscreen, counts as one).
    Qt itself would abort the process (SIGABRT) instead of saying so."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    running = QApplication.instance()
    if running is None and no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    crash_guard.install()
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
    if os.environ.get("LOGBOOK_SELF_TEST") == "1":
        QTimer.singleShot(0, lambda: app.exit(_self_test(app, controller.gate)))
    return app.exec()


def _self_test(app: QApplication, window: object) -> int:
    """Print :mod:`.self_check`'s report as one line of JSON; the exit status says
    whether it passed. No case data: the vault is never opened."""
    # Imported here: the checks load reportlab and Babel, which an ordinary start of
    # the app does not need.
    from logbook.ui import self_check

    try:
        checks = self_check.report(app, window)
    except Exception as exc:  # a check that raises (Babel's data missing, say) fails it
        checks = {"error": type(exc).__name__}  # the type only, as the crash guard says
    print(json.dumps(checks, ensure_ascii=False), flush=True)
    return 0 if "error" not in checks and self_check.passed(checks) else 1
