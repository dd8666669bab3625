"""The redaction report: what was withheld and by which rule, without the content."""

from __future__ import annotations

from logbook.export import produce_pdf
from logbook.export.verification import Verifier
from tests.export.conftest import example, prepared_from_memory, with_narrative


def report_for(profile: str) -> tuple[str, Verifier]:
    doc = example()
    doc["persons"][0]["contact"] = "+7 701 555 12 34"
    doc["persons"][0]["private_notes"] = "Her employer must not learn of it."
    doc = with_narrative(doc, "Данияр saw it; call +7 701 555 12 34 or +7 702 000 11 22.")
    prepared = prepared_from_memory(doc, profile)
    verified = produce_pdf(prepared, accept_all=True)
    return verified.report.text(), Verifier(prepared.policy, prepared.document)


def test_the_report_says_how_each_person_appears_and_why() -> None:
    text, _ = report_for("public")
    assert (
        "person p1 (victim): shown as Victim A — named in the public version only with "
        "consent to publish" in text
    )
    assert "person p3 (witness): shown as Witness 1" in text
    assert "person p2 (alleged perpetrator): named — groups and organisations" in text


def test_the_report_counts_replacements_by_category_rule_and_record() -> None:
    text, _ = report_for("ohchr")
    assert "name of a person shown by pseudonym, protecting person p3: 1 ×" in text
    assert "contact details, protecting person p1: 1 × — contact details are never exported" in text
    assert "Verification: passed" in text
    assert "Protected terms checked in the PDF:" in text


def test_the_report_holds_no_protected_term_and_no_name() -> None:
    for profile in ("ohchr", "public"):
        text, verifier = report_for(profile)
        assert verifier.find(text) == []
        for secret in ("Aigerim", "Айгерим", "Daniyar", "555", "702 000", "forearm"):
            assert secret not in text


def test_accepted_findings_are_listed_by_place_and_kind_only() -> None:
    text, _ = report_for("ohchr")
    assert "Possible personal data you accepted" in text
    assert "incident i1, narrative: phone number at characters" in text
