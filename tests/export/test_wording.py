"""The document's message catalogues (logbook/export/wording): English, French and
Spanish hold the same keys with the same ``{fields}``, French and Spanish leave nothing in
English but proper names and codes, and the completeness check can fail."""

from __future__ import annotations

import re
import string
import unicodedata

import pytest

from logbook.core import vocabularies
from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.pseudonyms import LABELS
from logbook.export.wording import LANGUAGES, catalogue, es, fr, messages, problems

TRANSLATIONS = ("fr", "es")

# Keys whose translation is rightly the English word: names of countries, codes, and words
# spelled alike ("Date", "Type", "Source"). Anything else equal to English is untranslated.
SAME_AS_ENGLISH = {
    "fr": {
        "country.KZ",  # Kazakhstan
        "country.UA",  # Ukraine
        "country.TR",  # Türkiye
        "evidence.sha256",
        "field.date",
        "field.description",
        "field.incident",
        "field.type",
        "incident.number",
        "actor_kind.organisation",
        "injury_type.fracture",
        "pseudonym.source",
        "value.original",  # [original]
        "language.kk",  # kazakh
    },
    "es": {
        "country.AM",  # Armenia
        "country.CN",  # China
        "country.GE",  # Georgia
        "country.MN",  # Mongolia
        "country.TR",  # Türkiye
        "evidence.sha256",
        "value.no",
        "value.original",
    },
}
# English words no French or Spanish message has.
ENGLISH_WORDS = re.compile(
    r"\b(?:the|of|and|or|with|withheld|by|to|is|was|were|not|from|this|unknown|page of)\b",
    re.IGNORECASE,
)


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def words_outside_fields(template: str) -> list[str]:
    """The words of two letters or more, ``{fields}`` left out ("E{number}" has none)."""
    return re.findall(r"[^\W\d_]{2,}", re.sub(r"\{\w+\}", " ", template))


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_key_is_in_every_language_and_no_other(language: str) -> None:
    assert set(messages(language)) == set(messages("en"))
    assert problems(language) == []


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translations_have_the_same_fields(language: str) -> None:
    english = messages("en")
    for key, value in messages(language).items():
        assert fields(value) == fields(english[key]), key


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_nothing_is_left_in_english_but_names_and_codes(language: str) -> None:
    english = messages("en")
    same = {
        key
        for key, value in messages(language).items()
        if value.casefold() == english[key].casefold() and words_outside_fields(value)
    }
    assert same == SAME_AS_ENGLISH[language]
    in_english = {
        key: value
        for key, value in messages(language).items()
        if ENGLISH_WORDS.search(re.sub(r"\{\w+\}", " ", value))
    }
    assert in_english == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_messages_are_as_the_pdf_shows_them(language: str) -> None:
    """NFKC-normalised like every exported string (no non-breaking spaces), and every
    template can be filled in."""
    for key, value in messages(language).items():
        assert value == unicodedata.normalize("NFKC", value), key
        assert value.strip(), key
        catalogue(language).text(key, **dict.fromkeys(fields(value), "x"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_vocabulary_value_has_its_words(language: str) -> None:
    wording = catalogue(language)
    for kind, values in (
        ("violation", vocabularies.VIOLATIONS),
        ("perpetrator_type", vocabularies.PERPETRATOR_TYPES),
        ("injury_type", vocabularies.INJURY_TYPES),
        ("remedy_type", vocabularies.REMEDY_TYPES),
        ("remedy_status", vocabularies.REMEDY_STATUSES),
        ("consistency", vocabularies.CONSISTENCY_LEVELS),
        ("actor_kind", vocabularies.ACTOR_KINDS),
        ("mandate", vocabularies.MANDATES),
        ("pseudonym", tuple(LABELS)),
    ):
        for value in values:
            assert wording.get(f"{kind}.{value}"), (kind, value)
    for kind in ("urgent_appeal", "allegation_letter", "other_letter"):
        assert wording.get(f"communication_type.{kind}")
    for month in range(1, 13):
        assert wording.get(f"month.{month}")


def test_the_completeness_check_fails_on_a_missing_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(fr.MESSAGES, "heading.incidents")
    assert problems("fr") == ["fr: missing 'heading.incidents'"]
    with pytest.raises(AssertionError):
        test_every_key_is_in_every_language_and_no_other("fr")


def test_the_completeness_check_fails_on_an_extra_entry_or_other_fields(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(es.MESSAGES, "heading.annex", "Anexo")
    monkeypatch.setitem(es.MESSAGES, "incident.heading", "Incidente {n}: {title}")
    assert problems("es") == [
        "es: not in English 'heading.annex'",
        "es: fields of 'incident.heading' differ",
    ]
    with pytest.raises(AssertionError):
        test_translations_have_the_same_fields("es")


def test_a_message_left_in_english_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(fr.MESSAGES, "heading.summary", "Summary")
    with pytest.raises(AssertionError):
        test_nothing_is_left_in_english_but_names_and_codes("fr")


def test_an_unknown_language_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown document language 'de'.*en, fr, es"):
        catalogue("de")


def test_text_fills_in_fields_and_names_a_missing_key() -> None:
    assert catalogue("fr").text("incident.heading", number=2, title="X") == "Incident 2 : X"
    assert catalogue("es").text("page.footer", document_id="LB-1", page=3, pages=12) == (
        "Documento LB-1 · página 3 de 12"
    )
    assert catalogue("fr").text("page.footer", document_id="LB-1", page=3, pages=12) == (
        "Document LB-1 · page 3 sur 12"
    )
    with pytest.raises(KeyError, match=r"heading\.nothing"):
        catalogue("en").text("heading.nothing")


@pytest.mark.parametrize(
    ("stored", "en", "french", "spanish"),
    [
        ("Witness 1", "Witness 1", "Témoin 1", "Testigo 1"),
        ("Victim A", "Victim A", "Victime A", "Víctima A"),
        ("Victim AB", "Victim AB", "Victime AB", "Víctima AB"),
        ("Alleged perpetrator 2", "Alleged perpetrator 2", "Auteur présumé 2", "Presunto autor 2"),
        ("Person 3", "Person 3", "Personne 3", "Persona 3"),
        ("Source 1", "Source 1", "Source 1", "Fuente 1"),
        # Written by the user: shown as stored.
        ("witness 1", "witness 1", "witness 1", "witness 1"),
        ("Witness One", "Witness One", "Witness One", "Witness One"),
        ("Informant K", "Informant K", "Informant K", "Informant K"),
        (
            "Witness 1 (brother)",
            "Witness 1 (brother)",
            "Witness 1 (brother)",
            "Witness 1 (brother)",
        ),
    ],
)
def test_automatic_pseudonyms_are_shown_in_the_language(
    stored: str, en: str, french: str, spanish: str
) -> None:
    assert [catalogue(lang).pseudonym(stored) for lang in LANGUAGES] == [en, french, spanish]
    automatic = stored != "witness 1" and stored.split()[-1] in {"1", "A", "AB", "2", "3"}
    for language in LANGUAGES:
        shown = catalogue(language).pseudonym(stored)
        assert catalogue(language).is_automatic(shown) == automatic, (language, shown)


@pytest.mark.parametrize(
    ("date", "en", "french", "spanish"),
    [
        (FuzzyDate("2025-11-22", "day", "13:30"), "22 November 2025, 13:30",
         "22 novembre 2025, 13:30", "22 de noviembre de 2025, 13:30"),
        (FuzzyDate("2025-11-01", "day", "20:00", approximate=True),
         "1 November 2025, about 20:00", "1er novembre 2025, vers 20:00",
         "1 de noviembre de 2025, hacia las 20:00"),
        (FuzzyDate("2025-08", "month", approximate=True), "about August 2025",
         "août 2025 (date approximative)", "agosto de 2025 (fecha aproximada)"),
        (FuzzyDate("2025-02", "month", end="2025-03"), "February 2025 to March 2025",
         "février 2025 – mars 2025", "febrero de 2025 – marzo de 2025"),
        (FuzzyDate("2024", "year"), "2024", "2024", "2024"),
        (FuzzyDate(), "date unknown", "date inconnue", "fecha desconocida"),
    ],
)  # fmt: skip
def test_fuzzy_dates_in_words(date: FuzzyDate, en: str, french: str, spanish: str) -> None:
    assert [catalogue(lang).fuzzy_date(date) for lang in LANGUAGES] == [en, french, spanish]


def test_vocabulary_and_countries() -> None:
    fr_, es_ = catalogue("fr"), catalogue("es")
    assert fr_.vocabulary("violation", "arbitrary_arrest") == "Arrestation arbitraire"
    assert es_.vocabulary("remedy_status", "no_action") == "Sin actuaciones"
    assert es_.vocabulary("violation", None) == "no consta"
    assert fr_.vocabulary("violation", "new_value") == "New value"  # not yet translated
    assert es_.country("kz") == "Kazajstán" and fr_.country("XX") == "XX"
    assert fr_.text("communication_type.urgent_appeal") == "Appel urgent"
    assert es_.text("communication_type.allegation_letter") == "Carta de alegación"
    assert fr_.placeholders["withheld_name"] == "[nom non divulgué]"
    assert es_.placeholders["withheld_name"] == "[nombre omitido]"
