"""What the OHCHR submission form asks about named victims: whether each consents to their
identity reaching the State, stated for every one, and the ones who do not, flagged on
the confidential page (issue 12, part 4)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from logbook.export.wording import catalogue
from tests.export.conftest import example, from_memory

VICTIM = "Aigerim Example"


def refusing_state() -> dict[str, Any]:
    doc = copy.deepcopy(example())
    doc["persons"][0]["consent"]["disclose_to_state"] = False
    return doc


def between(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start)]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_consenting_named_victim_is_stated_as_such(language: str) -> None:
    words = catalogue(language)
    exported = from_memory(example(), "ohchr", language=language)
    victims = between(
        exported.text, words.text("heading.victims"), words.text("heading.perpetrators")
    )
    assert words.text("person.state_consent_yes") in " ".join(victims.split())
    assert words.text("source.keep_from_state") not in " ".join(exported.text.split())


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_refusing_named_victim_is_flagged_on_the_confidential_page(language: str) -> None:
    words = catalogue(language)
    exported = from_memory(refusing_state(), "ohchr", language=language)
    text = " ".join(exported.text.split())
    source_page = between(text, words.text("heading.source"), words.text("heading.summary"))
    assert words.text("source.keep_from_state") in source_page
    assert VICTIM in source_page
    victims = between(text, words.text("heading.victims"), words.text("heading.perpetrators"))
    assert " ".join(words.text("person.keep_from_state").split()) in victims


def test_the_public_version_says_nothing_of_the_state() -> None:
    exported = from_memory(refusing_state(), "public")
    text = " ".join(exported.text.split())
    words = catalogue("en")
    for key in ("person.state_consent_yes", "person.keep_from_state", "source.keep_from_state"):
        assert " ".join(words.text(key).split()) not in text


def ongoing() -> dict[str, Any]:
    doc = copy.deepcopy(example())
    doc["incidents"][0]["ongoing"] = True
    return doc


@pytest.mark.parametrize("profile", ["ohchr", "public"])
def test_an_urgent_appeal_states_the_current_situation_on_its_cover(profile: str) -> None:
    words = catalogue("en")
    exported = from_memory(ongoing(), profile, kind="urgent_appeal")
    text = " ".join(exported.text.split())
    cover = text[: text.index(words.text("heading.summary"))]
    assert words.text("cover.current_status") in cover
    title = example()["incidents"][0]["title"]
    assert title in cover
    victim = VICTIM if profile == "ohchr" else "Victim A"  # named to the UN only
    assert victim in cover


def test_a_letter_about_the_past_has_no_current_situation() -> None:
    words = catalogue("en")
    exported = from_memory(ongoing(), "ohchr", kind="allegation_letter")
    assert words.text("cover.current_status") not in exported.text


CONTACT = "+7 701 555 12 34, collective@example.org"


def with_source_contact(narrative_mentions: bool = False) -> dict[str, Any]:
    doc = copy.deepcopy(example())
    doc["source"]["contact"] = CONTACT
    if narrative_mentions:
        doc["incidents"][0]["narrative"] += " The collective can be reached at +7 701 555 12 34."
    return doc


def test_the_source_contact_stands_on_the_confidential_page_only() -> None:
    words = catalogue("en")
    exported = from_memory(with_source_contact(narrative_mentions=True), "ohchr")
    text = " ".join(exported.text.split())
    source_page = between(text, words.text("heading.source"), words.text("heading.summary"))
    assert words.text("source.contact") in source_page
    assert "collective@example.org" in source_page and "+7 701 555 12 34" in source_page
    elsewhere = text.replace(source_page, "")
    assert "555 12 34" not in elsewhere  # the narrative's mention is still withheld
    assert "collective@example.org" not in elsewhere


def test_the_source_contact_can_be_left_out() -> None:
    exported = from_memory(with_source_contact(), "ohchr", source_contact=False)
    assert "555 12 34" not in exported.text and "collective@example.org" not in exported.text


def test_the_public_version_never_has_the_source_contact() -> None:
    exported = from_memory(with_source_contact(), "public")
    assert "555 12 34" not in exported.text and "collective@example.org" not in exported.text
