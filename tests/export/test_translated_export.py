"""A case written in Russian and Kazakh, exported in English and French (issue 12).

- the demo case, translated into English and French, gives a document whose every
  sentence is in that language: no Cyrillic but the bracketed names of named victims and
  the source's own name and contact on its confidential page;
- a field without a translation stops the export (a finding); accepted, the original
  stands marked "[original in Russian]" / "[original en kazakh]";
- people are named in Latin letters: their own spelling, else a romanisation Logbook
  asks to confirm; the Cyrillic form in brackets on the victims' page is an option;
- redaction and the leak check treat translations as originals: protected names written
  in Latin letters, medical details, confidential statements and marked passages;
- the leak check catches a translation that redaction missed.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from logbook.export import ExportOptions, LeakDetected, prepare_export, produce_pdf
from logbook.export.builder import DocumentBuilder
from logbook.export.pipeline import PreparedExport, UnresolvedFindings
from tests.export.conftest import NOW, consent, example
from tests.export.memory import snapshot_from
from tests.pdf_text import extract_text

DEMO = Path(__file__).resolve().parents[2] / "docs" / "demo-case-ru.json"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def demo() -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def prepared(
    doc: dict[str, Any], profile: str, language: str = "en", **options: Any
) -> PreparedExport:
    chosen = ExportOptions(profile, deterministic=True, language=language, **options)
    return prepare_export(snapshot_from(doc), chosen, NOW)


def pdf_text(prep: PreparedExport, *accepted: str) -> str:
    return " ".join(extract_text(produce_pdf(prep, accepted).data).split())


def kinds(prep: PreparedExport) -> list[tuple[str, str]]:
    return [(f.kind, f.origin.field) for f in prep.findings]


# The demo case, translated --------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("profile", ["ohchr", "public"])
def test_every_sentence_of_the_translated_demo_is_in_the_documents_language(
    profile: str, language: str
) -> None:
    prep = prepared(demo(), profile, language)
    assert prep.findings == []  # everything is translated, every name has a Latin spelling
    text = pdf_text(prep)
    source = demo()["source"]
    # What may stay in Cyrillic: a named victim's name as recorded, in brackets (ohchr),
    # and the source's own name and contact on its confidential page (ohchr).
    allowed = ["(Мадина Примерова)", source["name"], source["contact"]]
    rest = text
    for kept in allowed:
        rest = rest.replace(kept, " ")
    assert CYRILLIC.search(rest) is None, CYRILLIC.search(rest)
    if profile == "ohchr":
        assert "Madina Primerova (Мадина Примерова)" in text
    title, place = {
        "en": ("Meeting disrupted; organiser detained", "a café on the left bank"),
        "fr": ("Réunion perturbée ; organisatrice détenue", "un café sur la rive gauche"),
    }[language]
    assert title in text and "Astana" in text  # the city's name in Latin letters
    assert (place in text) is (profile == "ohchr")  # public: the exact place is withheld
    if profile == "public":  # the victim did not consent to publication, the witness never
        for name in ("Madina", "Primerova", "Мадина", "Примеров", "Erlan", "Ерлан"):
            assert name.casefold() not in text.casefold()
    assert "Erlan" not in text and "Demo saw" not in text


def test_the_french_document_uses_the_french_translations_not_the_english() -> None:
    text = pdf_text(prepared(demo(), "ohchr", "fr"))
    assert "Menaces sur les réseaux sociaux" in text
    assert "Threats on social media" not in text


# A field without a translation ----------------------------------------------------------


def russian_case() -> dict[str, Any]:
    doc = example()
    doc["incidents"][0]["narrative"] = "Полицейские прервали встречу."
    doc["incidents"][0]["translations"] = {"fr": {"narrative": "La police a interrompu."}}
    return doc


def test_a_field_without_a_translation_is_a_finding_until_accepted() -> None:
    prep = prepared(russian_case(), "ohchr")
    assert kinds(prep) == [("not_translated", "translations.en.narrative")]
    finding = prep.findings[0]
    assert finding.origin.kind == "incident" and finding.origin.ref == "i1"
    with pytest.raises(UnresolvedFindings, match="not translated into the document's language"):
        produce_pdf(prep)
    text = pdf_text(prep, finding.key)
    assert "[original in Russian] Полицейские прервали встречу." in text
    assert finding in produce_pdf(prep, [finding.key]).report.accepted_findings


def test_the_translation_is_used_where_there_is_one() -> None:
    prep = prepared(russian_case(), "ohchr", "fr")
    assert prep.findings == []
    text = pdf_text(prep)
    assert "La police a interrompu." in text and "Полицейские" not in text


@pytest.mark.parametrize(
    ("language", "text", "mark"),
    [
        ("fr", "Полиция кездесуді тоқтатты.", "[original en kazakh]"),
        ("es", "Полицейские прервали встречу.", "[original en ruso]"),
        ("en", "Полиция кездесуді тоқтатты.", "[original in Kazakh]"),
    ],
)
def test_the_original_is_marked_with_its_language(language: str, text: str, mark: str) -> None:
    doc = example()
    doc["incidents"][0]["narrative"] = text
    prep = prepared(doc, "ohchr", language)
    assert f"{mark} {text}" in pdf_text(prep, *(f.key for f in prep.findings))


def test_text_without_cyrillic_needs_no_translation() -> None:
    doc = example()
    doc["incidents"][0]["narrative"] = "Officers stopped the meeting. Case № 5-123/2025."
    assert prepared(doc, "ohchr").findings == []


def test_a_statement_is_marked_in_the_language_it_was_given_in() -> None:
    doc = example()
    statement = doc["incidents"][0]["statements"][0]
    statement["language"], statement["text"] = "kk", "Мен көрдім."
    prep = prepared(doc, "ohchr")
    assert kinds(prep) == [("not_translated", "translations.en.text")]
    assert "[original in Kazakh] Мен көрдім." in pdf_text(prep, prep.findings[0].key)


# Names in Latin letters -----------------------------------------------------------------


def named_victim(**fields: Any) -> dict[str, Any]:
    doc = example()
    victim = doc["persons"][0]
    victim.update(name="Айгерим Есенова", name_variants=[], **fields)
    return doc


def test_a_name_without_a_latin_spelling_is_romanised_and_asked_about() -> None:
    prep = prepared(named_victim(), "ohchr")
    assert kinds(prep) == [("transliterated", "name_latin")]
    assert prep.findings[0].origin.ref == "p1"
    text = pdf_text(prep, prep.findings[0].key)
    assert "Aigerim Yessenova (Айгерим Есенова)" in text


def test_the_persons_own_latin_spelling_is_used() -> None:
    prep = prepared(named_victim(name_latin="Aygerim Esenova"), "ohchr")
    assert prep.findings == []
    text = pdf_text(prep)
    assert "Aygerim Esenova (Айгерим Есенова)" in text and "Yessenova" not in text


@pytest.mark.parametrize(
    ("profile", "option", "bracketed"),
    [("ohchr", None, True), ("ohchr", False, False), ("public", None, False)],
)
def test_the_cyrillic_name_in_brackets_is_an_option(
    profile: str, option: bool | None, bracketed: bool
) -> None:
    doc = named_victim(name_latin="Aigerim Yessenova")
    doc["persons"][0]["consent"] = consent(share_with_un=True, publish=True)
    text = pdf_text(prepared(doc, profile, original_names=option))
    assert "Aigerim Yessenova" in text
    assert ("(Айгерим Есенова)" in text) is bracketed
    assert text.count("Айгерим") == (1 if bracketed else 0)  # on the victims' page only


# Redaction covers translations ------------------------------------------------------------


def witness_case(narrative_en: str) -> dict[str, Any]:
    """The example case, whose witness Daniyar (Данияр) is shown by pseudonym, with a
    Russian narrative and its English translation."""
    doc = example()
    witness = doc["persons"][2]
    witness.update(name="Данияр Сейтказиев", name_variants=[], name_latin="Daniyar Seitkaziyev")
    doc["incidents"][0]["narrative"] = "Данияр Сейткaзиев видел задержание."
    doc["incidents"][0]["translations"] = {"en": {"narrative": narrative_en}}
    return doc


@pytest.mark.parametrize(
    "narrative_en",
    [
        "Daniyar Seitkaziyev saw the arrest.",  # the person's own Latin spelling
        "Seitkaziyev's account matches.",  # a possessive
        "Daniiar Seitkaziev saw the arrest.",  # another romanisation (passport, ICAO)
        "Posted with #FreeDaniyar and @daniyar_s.",  # hashtags and handles
    ],
)
@pytest.mark.parametrize("profile", ["ohchr", "public"])
def test_a_protected_name_in_latin_letters_is_redacted_in_a_translation(
    profile: str, narrative_en: str
) -> None:
    prep = prepared(witness_case(narrative_en), profile)
    accepted = [f.key for f in prep.findings if f.kind == "handle"]
    text = pdf_text(prep, *accepted).casefold()
    for word in ("daniyar", "daniiar", "seitkaziyev", "seitkaziev", "данияр"):
        assert word not in text
    assert "witness 1" in text


def test_a_passage_marked_in_a_translation_is_withheld_everywhere() -> None:
    doc = example()
    doc["incidents"][0]["translations"] = {
        "en": {"narrative": "She works at [[redact: the Green Bakery]]."}
    }
    doc["case"]["summary"] = "Police raided Green Bakery on Monday."
    text = pdf_text(prepared(doc, "ohchr"))
    assert "Green Bakery" not in text and "[redacted]" in text


def test_withheld_medical_details_are_withheld_in_their_translations_too() -> None:
    doc = example()
    injury = doc["incidents"][0]["injuries"][0]  # medically confidential, no consent
    injury["translations"] = {"en": {"description": "bruising from a baton strike to the head"}}
    # The narrative repeats the translated description.
    doc["incidents"][0]["narrative"] = "There was bruising from a baton strike to the head."
    text = pdf_text(prepared(doc, "ohchr"))
    assert "baton strike" not in text


def test_a_confidential_statement_quoted_in_a_translation_is_withheld() -> None:
    doc = example()
    statement = doc["incidents"][0]["statements"][0]
    statement["confidential"] = True
    statement["text"] = "Меня били в машине по дороге в отдел."
    statement["translations"] = {"en": {"text": "They beat me in the car on the way there."}}
    doc["incidents"][0]["narrative"] = "He said: They beat me in the car on the way there."
    text = pdf_text(prepared(doc, "ohchr"))
    assert "beat me in the car" not in text


# The leak check reads translations --------------------------------------------------------


def test_the_leak_check_catches_a_translation_redaction_missed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Break redaction for translated text only: the independent check must stop it."""
    real = DocumentBuilder.user

    def unredacted_translations(
        self: DocumentBuilder, raw: Any, kind: str, record: Any, field: str
    ):  # type: ignore[no-untyped-def]
        text = real(self, raw, kind, record, field)
        translations = getattr(record, "translations", {}).get(self.language, {})
        if field in translations:
            return type(text)(translations[field], text.origin)
        return text

    monkeypatch.setattr(DocumentBuilder, "user", unredacted_translations)
    prep = prepared(witness_case("Daniyar Seitkaziyev saw the arrest."), "ohchr")
    with pytest.raises(LeakDetected) as stopped:
        produce_pdf(prep)
    hit = stopped.value.hits[0]
    assert hit.term.category == "name"
    assert hit.where is not None and hit.where.field == "translations.en.narrative"


def test_the_report_names_a_translations_field_without_its_text() -> None:
    prep = prepared(russian_case(), "ohchr")
    report = produce_pdf(prep, [prep.findings[0].key]).report
    text = report.text()
    assert "incident 1, narrative (English translation): not translated" in text
    assert "Полицейские" not in text
    russian = report.text("ru")
    assert "описание событий (перевод на английский): нет перевода" in russian


def test_translations_of_a_person_are_used_and_the_original_left_out() -> None:
    doc = copy.deepcopy(example())
    victim = doc["persons"][0]
    victim["occupation"] = "координатор"
    victim["translations"] = {"en": {"occupation": "coordinator of the group"}}
    text = pdf_text(prepared(doc, "ohchr"))
    assert "coordinator of the group" in text and "координатор" not in text
