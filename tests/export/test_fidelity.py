"""What the user typed reaches the document as typed, and the layout keeps headings with
their text (issue 12, part 5)."""

from __future__ import annotations

import pytest
from reportlab.platypus import KeepTogether, Paragraph

from logbook.export.pdf_render import flowables
from logbook.export.redaction import normalise
from tests.export.conftest import example, from_memory, prepared_from_memory, with_narrative

NARRATIVE = "Постановление суда № 2-17/2025 вручено; протокол №4 не выдан."


@pytest.mark.parametrize("profile", ["ohchr", "public"])
def test_the_numero_sign_stays_as_typed(profile: str) -> None:
    exported = from_memory(with_narrative(example(), NARRATIVE), profile)
    assert "№ 2-17/2025" in exported.text and "№4" in exported.text
    assert "No 2-17" not in exported.text


def test_other_compatibility_forms_are_still_folded() -> None:
    """Only the kept characters escape NFKC: ligatures and full-width letters do not."""
    assert normalise("ﬁle Ｓｅｋ № 1\u00ad") == "file Sek № 1"
    assert normalise("№") == "№"


def test_without_the_exception_the_sign_would_be_lost() -> None:
    import unicodedata

    assert unicodedata.normalize("NFKC", "№") == "No"  # what the exception guards against


def headings_alone(story: list) -> list[str]:
    """Section headings standing in the story outside a KeepTogether with what follows."""
    found = []
    for item in story:
        if isinstance(item, Paragraph) and item.style.name in ("heading", "title"):
            found.append(item.getPlainText())
    return found


@pytest.mark.parametrize("profile", ["ohchr", "public"])
def test_every_heading_is_kept_with_the_text_after_it(profile: str) -> None:
    prepared = prepared_from_memory(example(), profile)
    story = flowables(prepared.document)
    assert headings_alone(story) == []
    kept = [item for item in story if isinstance(item, KeepTogether)]
    for group in kept:
        content = group._content
        if isinstance(content[0], Paragraph) and content[0].style.name == "heading":
            assert len(content) >= 2, f"heading {content[0].getPlainText()!r} kept alone"


def test_the_heading_check_can_fail() -> None:
    from reportlab.lib.styles import ParagraphStyle

    alone = Paragraph("Incidents", ParagraphStyle("heading"))
    assert headings_alone([alone]) == ["Incidents"]
