"""``logbook export --report FILE`` writes the redaction report in the language of the
environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from logbook.export import pipeline
from logbook.export.document import Document, Text
from tests.cli.conftest import Result, Run, lines
from tests.cli.test_export_cli import export
from tests.conftest import PASSPHRASE

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
Locale = Callable[..., None]


@pytest.fixture
def locale(monkeypatch: pytest.MonkeyPatch) -> Locale:
    """``locale(**variables)``: the environment's locale variables, only these set."""

    def use(**variables: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)

    return use


def export_with_report(run: Run, vault: Path, tmp_path: Path, *extra: str) -> tuple[Result, str]:
    out, report = tmp_path / "s.pdf", tmp_path / "report.txt"
    result = export(run, vault, out, "--profile", "public", "--report", report, *extra)
    return result, report.read_text(encoding="utf-8")


def test_a_russian_environment_gives_a_russian_report(
    run: Run, vault_with_phone: Path, tmp_path: Path, locale: Locale
) -> None:
    locale(LANG="ru_RU.UTF-8")
    result, text = export_with_report(run, vault_with_phone, tmp_path, "--accept-findings")
    assert result.code == 0, result
    assert f"Redaction report written to {tmp_path / 'report.txt'}." in result.out  # CLI: English
    assert text.startswith("Отчёт о скрытых данных — документ ")
    assert "Проверка: пройдена" in text
    assert "  лицо 3 (свидетель): указано как Witness 1 — в публичной версии" in text
    assert "  инцидент 1, описание событий: номер телефона" in text
    assert "Verification" not in text and "How persons appear" not in text
    for secret in ("Данияр", "Daniyar", "Aigerim", "987"):
        assert secret not in text


def test_a_c_locale_gives_an_english_report(
    run: Run, vault_with_phone: Path, tmp_path: Path, locale: Locale
) -> None:
    locale(LANG="C")
    result, text = export_with_report(run, vault_with_phone, tmp_path, "--accept-findings")
    assert result.code == 0, result
    assert text.startswith("Redaction report — document ")
    assert "Verification: passed" in text
    assert "person 3 (witness): shown as Witness 1" in text
    assert "Проверка" not in text


def test_lc_all_wins_over_lang_and_kazakh_is_written(
    run: Run, vault_with_phone: Path, tmp_path: Path, locale: Locale
) -> None:
    locale(LANG="ru_RU.UTF-8", LC_ALL="kk_KZ.UTF-8")
    result, text = export_with_report(run, vault_with_phone, tmp_path, "--accept-findings")
    assert result.code == 0, result
    assert text.startswith("Жасыру есебі — ")
    assert "Тексеру: сәтті өтті" in text
    assert "Проверка" not in text and "Verification" not in text


def test_the_report_of_a_stopped_export_is_in_the_language_too(
    run: Run,
    imported_vault: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locale: Locale,
) -> None:
    real = pipeline.render_pdf

    def render(document: Document, **kwargs: Any) -> bytes:
        document.sections[-1].paragraph(Text("Thanks to Daniyar Witness."))
        return real(document, **kwargs)

    monkeypatch.setattr(pipeline, "render_pdf", render)
    locale(LANGUAGE="ru:en", LANG="C.UTF-8")
    out, report = tmp_path / "s.pdf", tmp_path / "report.txt"
    result = run(
        "export",
        imported_vault[0],
        "--case",
        "case-1",
        "--out",
        out,
        "--passphrase-stdin",
        "--profile",
        "ohchr",
        "--report",
        report,
        stdin=lines(PASSPHRASE),
    )
    assert result.code == 8
    text = report.read_text(encoding="utf-8")
    assert "Проверка: НЕ ПРОЙДЕНА (name, правило consent_un); ничего не записано" in text
    assert "Daniyar" not in text
