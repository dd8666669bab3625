"""The redaction report in the user's language (issue 12, part 6): English, Russian or
Kazakh, from Qt-free catalogues (logbook/export/report_text), still without case content."""

from __future__ import annotations

import re
import string

import pytest

from logbook.export import produce_pdf
from logbook.export.detector import KIND_LABELS
from logbook.export.labels import COMMUNICATION_TYPES
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck
from logbook.export.report import PersonLine, RedactionReport, Replaced
from logbook.export.report_text import (
    LANGUAGES,
    catalogue,
    environment_language,
    kk,
    language_of,
    messages,
    problems,
    ru,
)
from logbook.export.rules import CATEGORIES, RULES
from tests.export.conftest import example, prepared_from_memory, with_narrative

TRANSLATED = ("ru", "kk")
SECRETS = ("Aigerim", "Айгерим", "Daniyar", "Данияр", "555", "702 000", "forearm")


def exported(profile: str) -> tuple[RedactionReport, LeakCheck]:
    doc = example()
    doc["persons"][0]["contact"] = "+7 701 555 12 34"
    doc["persons"][0]["private_notes"] = "Her employer must not learn of it."
    doc = with_narrative(doc, "Данияр saw it; call +7 701 555 12 34 or +7 702 000 11 22.")
    prepared = prepared_from_memory(doc, profile)
    verified = produce_pdf(prepared, accept_all=True)
    return verified.report, LeakCheck(*leak_terms(prepared.policy))


@pytest.fixture(scope="module")
def ohchr() -> tuple[RedactionReport, LeakCheck]:
    return exported("ohchr")


@pytest.fixture(scope="module")
def public() -> tuple[RedactionReport, LeakCheck]:
    return exported("public")


def words(template: str) -> str:
    """A template without its ``{fields}``."""
    return "".join(literal for literal, _, _, _ in string.Formatter().parse(template))


def english_phrases() -> set[str]:
    """Every fixed piece of English the report can print (the text between a message's
    fields), where it has a word of four letters or more."""
    found = set()
    for template in messages("en").values():
        for literal, _, _, _ in string.Formatter().parse(template):
            piece = literal.strip(" ,:;()—×")
            if re.search(r"[A-Za-z]{4,}", piece):
                found.add(piece)
    return found


# The catalogues ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_the_same_fields(language: str) -> None:
    assert problems(language) == []


def test_a_missing_an_extra_or_a_changed_message_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(ru.MESSAGES, "report.persons")
    monkeypatch.setitem(ru.MESSAGES, "report.not_in_english", "лишнее")
    monkeypatch.setitem(kk.MESSAGES, "report.terms_checked", "Қорғалған сөздер: {number}")
    assert problems("ru") == [
        "ru: missing 'report.persons'",
        "ru: not in English 'report.not_in_english'",
    ]
    assert problems("kk") == ["kk: fields of 'report.terms_checked' differ"]


def test_english_is_the_words_the_export_has_always_used() -> None:
    en = catalogue("en")
    for key, text in RULES.items():
        assert en.text(f"rule.{key}") == text
    for key, text in CATEGORIES.items():
        assert en.text(f"category.{key}") == text
    for key, text in KIND_LABELS.items():
        assert en.text(f"kind.{key}") == text
    for key, text in COMMUNICATION_TYPES.items():
        assert en.text(f"communication_type.{key}") == text


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_differ_from_english_and_kazakh_uses_its_letters(language: str) -> None:
    source, translated = messages("en"), messages(language)
    same = [
        k for k, v in translated.items() if v == source[k] and re.search("[A-Za-z]{3}", words(v))
    ]
    assert same == []  # nothing left in English by mistake
    if language == "kk":
        assert any(letter in "".join(translated.values()) for letter in "әғқңөұүһі")


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="en, ru, kk"):
        catalogue("fr")
    report, _ = exported("ohchr")
    with pytest.raises(ValueError):
        report.text("de")
    assert LANGUAGES == ("en", "ru", "kk")


# Reports of real exports ----------------------------------------------------------------------


def test_the_english_report_is_the_default(ohchr: tuple[RedactionReport, LeakCheck]) -> None:
    report, _ = ohchr
    assert report.text() == report.text("en")
    assert "Redaction report — document" in report.text()


def test_a_russian_report_is_in_russian_only(
    ohchr: tuple[RedactionReport, LeakCheck], public: tuple[RedactionReport, LeakCheck]
) -> None:
    text = ohchr[0].text("ru")
    assert text.startswith(f"Отчёт о скрытых данных — документ {ohchr[0].document_id}")
    assert "Тип сообщения: Письмо с утверждениями" in text
    assert "Проверка: пройдена" in text
    assert "Текст PDF прочитан заново с помощью: pypdf, pdfium, а также метаданные" in text
    assert "Как указаны лица:" in text
    assert (
        "  лицо 3 (свидетель): указано как Witness 1 — указывается по имени только с "
        "согласия на раскрытие личности ООН" in text
    )
    assert "  лицо 2 (предполагаемый виновный): указано по имени — группы и организации" in text
    assert (
        "  контактные данные, защищается лицо 1: 1 × — контактные данные никогда не "
        "экспортируются" in text
    )
    assert "Правила, применённые в этом документе:" in text
    assert "Возможные персональные данные, которые вы приняли" in text
    assert "  инцидент 1, описание событий: номер телефона" in text
    public_text = public[0].text("ru")
    assert "  лицо 1 (пострадавшее лицо): указано как Victim A — в публичной версии" in public_text
    assert "в публичной версии места указываются только с точностью" in public_text
    for english in english_phrases():
        assert english not in text and english not in public_text, english


def test_a_kazakh_report_is_in_kazakh_only(
    ohchr: tuple[RedactionReport, LeakCheck], public: tuple[RedactionReport, LeakCheck]
) -> None:
    text = ohchr[0].text("kk")
    assert text.startswith(f"Жасыру есебі — {ohchr[0].document_id} құжаты, ohchr профилі")
    assert "Хабарлама түрі: Болжамды бұзушылықтар туралы хат" in text
    assert "Тексеру: сәтті өтті" in text
    assert "Тұлғалар қалай көрсетілген:" in text
    assert "  3-тұлға (куәгер): Witness 1 ретінде көрсетіледі — жеке басын БҰҰ-ға" in text
    assert "  байланыс деректері, 1-тұлға қорғалады: 1 × — байланыс деректері ешқашан" in text
    assert "Осы құжатта қолданылған ережелер:" in text
    assert "  1-оқиға, оқиға барысы: телефон нөмірі" in text
    public_text = public[0].text("kk")
    assert "  1-тұлға (жәбірленуші): Victim A ретінде көрсетіледі — жария нұсқада" in public_text
    for english in english_phrases():
        assert english not in text and english not in public_text, english


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_language_puts_case_content_in_the_report(
    language: str,
    ohchr: tuple[RedactionReport, LeakCheck],
    public: tuple[RedactionReport, LeakCheck],
) -> None:
    for report, verifier in (ohchr, public):
        text = report.text(language)
        assert verifier.find(text) == []
        for secret in SECRETS:
            assert secret not in text


def test_every_line_has_the_same_place_in_every_language(
    ohchr: tuple[RedactionReport, LeakCheck],
) -> None:
    english = ohchr[0].lines("en")
    for language in TRANSLATED:
        lines = ohchr[0].lines(language)
        assert len(lines) == len(english)
        assert [line == "" for line in lines] == [line == "" for line in english]


# States and records the pipeline names in English -------------------------------------------


def made_report(verification: str, failed_on: tuple[str, str] | None = None) -> RedactionReport:
    report = RedactionReport("public", "urgent_appeal", "LB-0000-0000-0000")
    report.persons = [PersonLine(1, ("other", "source"), "withheld", "[name withheld]", "minor")]
    report.replaced = [
        Replaced("place", "place_public", "the case", 2),
        Replaced("user_marked", "user_marked", "", 1),
        Replaced("medical", "medical_consent", "injury 2", 1),
    ]
    report.verification = verification
    report.failed_on = failed_on
    return report


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Verification: FAILED (name, rule consent_un); nothing written"),
        ("ru", "Проверка: НЕ ПРОЙДЕНА (name, правило consent_un); ничего не записано"),
        ("kk", "Тексеру: СӘТСІЗ (name, consent_un ережесі); ештеңе жазылмады"),
    ],
)
def test_a_failed_verification_is_told_in_the_language(language: str, expected: str) -> None:
    report = made_report("failed", ("name", "consent_un"))
    assert expected in report.lines(language)


def test_the_states_records_and_roles_of_a_report_in_russian() -> None:
    lines = made_report("not run").lines("ru")
    assert "Проверка: не проводилась" in lines
    assert (
        "  лицо 1 (другая роль, источник): указано как [name withheld] — несовершеннолетние "
        "никогда не указываются по имени" in lines
    )
    assert "Тип сообщения: Призыв к незамедлительным действиям" in lines
    assert "  точное место, защищается дело: 2 × — в публичной версии места указываются" in (
        "\n".join(lines)
    )
    assert "  текст, помеченный для скрытия: 1 × — текст, помеченный пользователем как " in (
        "\n".join(lines)
    )
    assert "  конфиденциальные медицинские сведения, защищается травма 2: 1 ×" in "\n".join(lines)
    assert "Правила, применённые в этом документе:" in lines and "  нет" in lines


# The language of the environment, as gettext reads it --------------------------------------


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("ru_RU.UTF-8", "ru"),
        ("ru", "ru"),
        ("kk_KZ.UTF-8", "kk"),
        ("kk_KZ@cyrillic", "kk"),
        ("en_GB.UTF-8", "en"),
        ("fr_FR.UTF-8", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_the_language_of_a_locale(locale: str | None, language: str) -> None:
    assert language_of(locale) == language


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8"}, "kk"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "", "LANG": "kk_KZ.UTF-8"}, "kk"),  # an empty variable counts as unset
        ({"LANGUAGE": "kk:ru", "LC_ALL": "ru_RU.UTF-8"}, "kk"),
        ({"LANGUAGE": "ru_RU:en", "LANG": "C"}, "ru"),
        ({"LANGUAGE": "en:ru", "LANG": "ru_RU.UTF-8"}, "en"),  # its first entry decides
        ({"LANGUAGE": "", "LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANGUAGE": ":kk", "LANG": "ru_RU.UTF-8"}, "kk"),
    ],
)
def test_the_language_of_the_environment(environ: dict[str, str], language: str) -> None:
    assert environment_language(environ) == language


def test_the_process_environment_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "kk_KZ.UTF-8")
    assert environment_language() == "kk"
    monkeypatch.setenv("LANG", "C")
    assert environment_language() == "en"
