"""The document in French and Spanish (issue 12, part 1): the example case exports in
both profiles with every word of the document's own from the language's catalogue, the
placeholders and automatic pseudonyms translated, and the independent leak check passing
with no false alarm while still finding what it must."""

from __future__ import annotations

import copy
import io
import re
from typing import Any

import pytest
from pypdf import PdfReader

from logbook.export import ExportOptions, prepare_export, produce_pdf
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck
from logbook.export.pipeline import VerifiedPdf
from logbook.export.policy import build_policy
from logbook.export.wording import catalogue, messages
from tests.export.conftest import NOW, consent, example, person
from tests.export.memory import snapshot_from
from tests.pdf_text import extract_text

LANGUAGES = ("fr", "es")
PROFILES = ("ohchr", "public")
WITNESS = {"fr": "Témoin 1", "es": "Testigo 1"}
VICTIM = {"fr": "Victime A", "es": "Víctima A"}


def export(doc: dict[str, Any], profile: str, language: str) -> tuple[VerifiedPdf, str]:
    """The verified PDF (the leak check raises on any hit) and its text in one line."""
    options = ExportOptions(profile, deterministic=True, language=language)
    verified = produce_pdf(prepare_export(snapshot_from(doc), options, NOW), accept_all=True)
    return verified, " ".join(extract_text(verified.data).split())


def lines(verified: VerifiedPdf) -> set[str]:
    return {line.strip() for line in extract_text(verified.data).splitlines()}


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_example_case_in_the_language(profile: str, language: str) -> None:
    verified, text = export(example(), profile, language)
    wording = catalogue(language)
    t = wording.text
    assert verified.report.verification == "passed"  # no false alarm
    for key in (
        "heading.cover",
        "heading.summary",
        "heading.victims",
        "heading.perpetrators",
        "heading.incidents",
        "heading.remedies",
        "heading.concerns",
        "heading.requested_action",
        "heading.evidence",
        "heading.notice",
        "notice.intro",
        "notice.always",
        "mandate.SR_HRD",
        "communication_type.allegation_letter",
        "violation.arbitrary_arrest",
        "perpetrator_type.police",
        "remedy_type.police_complaint",
        "remedy_status.no_action",
        "injury.withheld",
    ):
        assert t(key) in text, key
    assert wording.text("marking." + profile) in text
    assert wording.text("banner." + profile) in text
    document_id = re.search(r"LB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", text)
    assert document_id is not None
    pages = len(PdfReader(io.BytesIO(verified.data)).pages)
    for page in range(1, pages + 1):  # "page 3 sur 12", "página 3 de 12"
        assert t("page.footer", document_id=document_id[0], page=page, pages=pages) in text
    for label in ("cover.communication_type", "incident.date", "incident.witnesses"):
        assert t("layout.field", label=t(label)) in text, label
    assert wording.fuzzy_date(snapshot_from(example()).incidents[0].date) in text
    # No English heading or fixed text is left.
    english = messages("en")
    shown = lines(verified)
    for key in english:
        if key.startswith("heading."):
            assert english[key] not in shown, key
    for key in ("notice.intro", "injury.withheld", "cover.document_id", "marking." + profile):
        assert english[key] not in text, key
    assert " · page 1 of " not in text and "November" not in text  # the user's text is English
    # The witness never consented: a pseudonym in the language, the name nowhere.
    assert WITNESS[language] in text and "Witness 1" not in text
    assert "Daniyar" not in text and "Данияр" not in text
    if profile == "public":  # the victim agreed to be named to the UN only
        assert VICTIM[language] in text and "Aigerim" not in text and "Айгерим" not in text
        assert "Victim A" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_in_free_text_are_in_the_language(language: str) -> None:
    """The redaction's placeholders in user text: a marked passage, a contact repeated in
    a narrative, a name two persons share (withheld as a name) and a protected name."""
    doc = copy.deepcopy(example())
    doc["persons"][0]["contact"] = "+7 701 555 12 34"
    doc["persons"].append(
        person("p4", "Daniyar Ospanov", consent=consent(share_with_un=True, publish=True))
    )
    doc["incidents"][0]["involvements"].append({"person": "p4", "role": "victim"})
    doc["incidents"][0]["narrative"] = (
        "Данияр видел всё. Daniyar Witness spoke to [[redact: the night guard]]; "
        "call +7 701 555 12 34."
    )
    verified, text = export(doc, "ohchr", language)
    placeholders = catalogue(language).placeholders
    assert placeholders["user_marked"] in text and "[redacted]" not in text
    assert placeholders["contact"] in text and "555 12 34" not in text
    assert f"{WITNESS[language]} spoke to" in text
    assert "withheld" not in text and "night guard" not in text
    assert verified.report.verification == "passed"


def test_a_pseudonym_the_user_wrote_is_shown_as_written() -> None:
    doc = copy.deepcopy(example())
    doc["persons"][2]["pseudonym"] = "Informant K"
    _, text = export(doc, "ohchr", "fr")
    assert "Informant K" in text and "Témoin" not in text.replace("Témoins", "")


def test_a_translated_pseudonym_never_takes_another_persons() -> None:
    """ "Witness 1" reads "Témoin 1" unless someone else is called "Témoin 1" already."""
    doc = copy.deepcopy(example())
    doc["persons"][2]["pseudonym"] = "Witness 1"
    doc["persons"].append(person("p4", "Serik Second", pseudonym="Témoin 1"))
    doc["incidents"][0]["involvements"].append({"person": "p4", "role": "witness"})
    policy = build_policy(snapshot_from(doc), "ohchr", "fr")
    labels = sorted(v.label for v in policy.persons.values() if not v.named)
    assert labels == ["Témoin 1", "Witness 1"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_leak_check_shields_translated_placeholders_and_still_finds_names(
    language: str,
) -> None:
    policy = build_policy(snapshot_from(example()), "public", language)
    check = LeakCheck(*leak_terms(policy))
    withheld = catalogue(language).placeholders["withheld_name"]
    everything = " ".join(policy.placeholders.values())
    clean = f"{WITNESS[language]}, {VICTIM[language]} {withheld} {everything}"
    assert check.find(clean) == []
    found = check.find(f"{withheld} Daniyar")
    assert found and {t.category for t in found} == {"name"}
    assert check.find(f"{VICTIM[language]} (Aigerim)")


def test_an_unknown_language_is_refused_before_anything_is_built() -> None:
    with pytest.raises(ValueError, match="unknown document language 'de'; use one of en, fr, es"):
        prepare_export(snapshot_from(example()), ExportOptions("ohchr", language="de"), NOW)


def test_english_is_the_default() -> None:
    assert ExportOptions("ohchr").language == "en"
    _, text = export(example(), "ohchr", "en")
    assert "Alleged victims" in text and "Witness 1" in text and "page 1 of" in text
