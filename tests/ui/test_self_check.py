"""``LOGBOOK_SELF_TEST=1 logbook``: the app reports what it loaded and quits; the
installers' smoke test relies on it to catch a frozen build missing its translations,
font, icon or CLDR data. Each check is shown failing when its resource is gone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from logbook.ui import self_check
from logbook.vault.lifecycle import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_report_passes_over_the_unlock_window(qtbot, controller, made_vault) -> None:
    controller.start()
    checks = self_check.report(QApplication.instance(), controller.gate)
    assert checks["window"] == "UnlockDialog"
    assert self_check.passed(checks), checks


def test_a_missing_translation_fails_the_report(
    qtbot, controller, made_vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.start()
    monkeypatch.setattr(self_check, "TRANSLATIONS", tmp_path)  # a build without the .qm
    checks = self_check.report(QApplication.instance(), controller.gate)
    assert checks["translation_ru"] is False and checks["translation_kk"] is False
    assert not self_check.passed(checks)


def test_a_missing_icon_or_window_fails_the_report(qtbot, controller, made_vault) -> None:
    from PySide6.QtGui import QIcon

    app = QApplication.instance()
    controller.start()
    icon = app.windowIcon()
    app.setWindowIcon(QIcon())
    try:
        assert not self_check.passed(self_check.report(app, controller.gate))
    finally:
        app.setWindowIcon(icon)
    assert not self_check.passed(self_check.report(app, None))


def self_test(home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LOGBOOK_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LOGBOOK_SELF_TEST="1", LANG="C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "logbook"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_app_prints_its_report_and_quits(tmp_path: Path) -> None:
    """A real process, in a fresh home: first the new-vault window, then, with a vault
    where the app looks for it, the unlock window."""
    first = self_test(tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.splitlines()[-1])["window"] == "CreateVaultDialog"

    vault = tmp_path / ".local" / "share" / "Logbook" / "vault"
    session, _ = create_vault(vault, PASSPHRASE, kdf=FAST_KDF)
    session.close()
    second = self_test(tmp_path)
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout.splitlines()[-1])
    assert report["window"] == "UnlockDialog" and report["translation_kk"] is True
    assert PASSPHRASE not in second.stdout and str(tmp_path) not in second.stdout


def test_missing_picture_formats_fail_the_report(
    qtbot, controller, made_vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build without Qt's image plugins would show no evidence pictures."""
    controller.start()
    monkeypatch.setattr(self_check, "IMAGE_FORMATS", (b"jpeg", b"a-format-qt-lacks"))
    checks = self_check.report(QApplication.instance(), controller.gate)
    assert checks["images"] is False and not self_check.passed(checks)


def test_a_missing_font_fails_the_report(qtbot, controller, made_vault) -> None:
    """The app's PT Sans is removed from Qt's font database (a build without the font
    files would never add it), then put back."""
    from PySide6.QtGui import QFontDatabase

    from logbook.ui.fonts import install_fonts

    app = QApplication.instance()
    controller.start()
    QFontDatabase.removeAllApplicationFonts()
    try:
        checks = self_check.report(app, controller.gate)
    finally:
        install_fonts(app)
    assert checks["font"] is False and not self_check.passed(checks)


def test_the_pdf_check_fails_on_what_qtpdf_cannot_render(qtbot) -> None:
    assert not self_check.pdf_renders(b"%PDF-1.7 cut short")
    assert self_check._pdf_works()


def test_a_check_that_raises_fails_the_self_test_instead_of_hanging_the_app(
    qtbot, controller, made_vault, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """An exception inside the timer's callback would leave the app running: the
    self-test turns it into a failed report naming only the error's type."""
    from logbook.ui import app as app_module

    def broken(language: str) -> dict[str, str]:
        raise LookupError("CLDR data for " + language)

    controller.start()
    monkeypatch.setattr(self_check, "country_names", broken)
    code = app_module._self_test(QApplication.instance(), controller.gate)
    assert code == 1
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {"error": "LookupError"}
