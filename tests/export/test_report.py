"""The redaction report: what was withheld and by which rule, without the content."""

from __future__ import annotations

import json

from logbook.export import produce_pdf
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck
from tests.export.conftest import example, prepared_from_memory, with_narrative


def report_for(profile: str) -> tuple[str, LeakCheck]:
    doc = example()
    doc["persons"][0]["contact"] = "+7 701 555 12 34"
    doc["persons"][0]["private_notes"] = "Her employer must not learn of it."
    doc = with_narrative(doc, "Данияр saw it; call +7 701 555 12 34 or +7 702 000 11 22.")
    prepared = prepared_from_memory(doc, profile)
    verified = produce_pdf(prepared, accept_all=True)
    return verified.report.text(), LeakCheck(*leak_terms(prepared.policy))


def test_the_report_says_how_each_person_appears_and_why() -> None:
    text, _ = report_for("public")
    assert (
        "person 1 (victim): shown as Victim A — named in the public version only with "
        "consent to publish" in text
    )
    assert "person 3 (witness): shown as Witness 1" in text
    assert "person 2 (alleged perpetrator): named — groups and organisations" in text


def test_the_report_counts_replacements_by_category_rule_and_record() -> None:
    text, _ = report_for("ohchr")
    assert "name of a person shown by pseudonym, protecting person 3: 1 ×" in text
    assert "contact details, protecting person 1: 1 × — contact details are never exported" in text
    assert "Verification: passed" in text
    assert "Protected terms checked by the independent leak check:" in text
    assert "PDF text read back with: pypdf, pdfium, and the metadata" in text


def test_the_report_holds_no_protected_term_and_no_name() -> None:
    for profile in ("ohchr", "public"):
        text, verifier = report_for(profile)
        assert verifier.find(text) == []
        for secret in ("Aigerim", "Айгерим", "Daniyar", "555", "702 000", "forearm"):
            assert secret not in text


def test_accepted_findings_are_listed_by_place_and_kind_only() -> None:
    text, _ = report_for("ohchr")
    assert "Possible personal data you accepted" in text
    assert "incident 1, narrative: phone number" in text


def test_the_report_names_records_by_ordinals_never_by_ids_or_file_names() -> None:
    doc = example()
    doc["case"]["id"] = "case-aigerim-example"
    doc["incidents"][0]["id"] = "raid-at-aigerims-flat"
    doc = json.loads(json.dumps(doc).replace('"p1"', '"person-aigerim"'))
    for profile in ("ohchr", "public"):
        prepared = prepared_from_memory(doc, profile)
        text = produce_pdf(prepared, accept_all=True).report.text()
        assert "aigerim" not in text.casefold()
        assert "person 1 (victim)" in text
