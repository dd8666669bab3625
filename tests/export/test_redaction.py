"""Free-text redaction (DESIGN.md §5, "in every piece of free text"), one rule at a time.

Cases are built in memory; the policy and the redactor are the real ones.
"""

from __future__ import annotations

from typing import Any

import pytest

from logbook.export.policy import build_policy
from logbook.export.redaction import Redactor
from tests.export.conftest import consent, example, from_memory, person
from tests.export.memory import snapshot_from


def case(*persons: dict[str, Any], roles: dict[str, str] | None = None) -> dict[str, Any]:
    """The example case with ``persons`` (each a victim unless ``roles`` says otherwise)."""
    doc = example()
    doc["persons"] = list(persons)
    roles = roles or {}
    doc["incidents"][0]["involvements"] = [
        {"person": p["id"], "role": roles.get(p["id"], "victim")}
        | (
            {"perpetrator_type": "private_individual", "state_actor": False}
            if roles.get(p["id"]) == "alleged_perpetrator"
            else {}
        )
        for p in persons
    ]
    doc["incidents"][0]["injuries"] = []
    doc["incidents"][0]["statements"] = []
    doc["evidence"] = []
    doc["incidents"][0]["evidence"] = []
    return doc


def redactor(doc: dict[str, Any], profile: str = "ohchr") -> Redactor:
    return Redactor(build_policy(snapshot_from(doc), profile))


AIGERIM = person("p1", "Айгерим Секербаева", "Aigerim Sekerbaeva", "Sekerbayeva")
DANIYAR = person("p2", "Daniyar Witness", "Данияр")


def test_text_without_protected_terms_is_unchanged() -> None:
    text = "Police dispersed the picket at 18:30; 12 people were fined 50 МРП. Динамика."
    assert redactor(case(AIGERIM)).redact(text).text == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Айгерим Секербаева was detained.", "Victim A was detained."),
        ("Секербаева Айгерим была задержана.", "Victim A была задержана."),
        ("Айгерим went home.", "Victim A went home."),
        ("Полиция задержала Секербаеву.", "Полиция задержала Victim A."),
        ("Угрозы в адрес Секербаевой.", "Угрозы в адрес Victim A."),
        ("Айгерим Секербаевамен сөйлестік.", "Victim A сөйлестік."),
        ("А. С. Секербаевой угрожали.", "Victim A угрожали."),
        ("Секербаева А. С. заявила", "Victim A заявила"),
        ("Aigerim's phone was seized.", "Victim A's phone was seized."),
        ("SEKERBAYEVA and sekerbaeva", "Victim A and Victim A"),
        ("Секербаева-Айгерим", "Victim A"),
    ],
)
def test_every_form_of_a_protected_name_becomes_the_pseudonym(text: str, expected: str) -> None:
    assert redactor(case(AIGERIM)).redact(text).text == expected


def test_a_named_person_stays_named_and_a_protected_one_does_not() -> None:
    named = person("p1", "Aigerim Example", consent=consent(share_with_un=True))
    doc = case(named, DANIYAR, roles={"p2": "witness"})
    out = redactor(doc).redact("Aigerim Example told Daniyar; Данияра видели.").text
    assert out == "Aigerim Example told Witness 1; Witness 1 видели."


def test_label_words_in_a_name_do_not_eat_ordinary_words() -> None:
    doc = case(DANIYAR, roles={"p2": "witness"})
    out = redactor(doc).redact("Witness Daniyar Witness: the witness saw Daniyar.").text
    assert out == "Witness 1: the witness saw Witness 1."


def test_a_first_name_shared_with_a_named_person_is_withheld_where_it_stands_alone() -> None:
    named = person("p1", "Данияр Оспанов", consent=consent(share_with_un=True))
    protected = person("p2", "Данияр Касымов")
    doc = case(named, protected, roles={"p2": "witness"})
    out = redactor(doc).redact("Данияр Оспанов и Данияр Касымов. Данияр ушёл.").text
    assert out == "Данияр Оспанов и Witness 1. [name withheld] ушёл."


def test_minors_are_never_named_even_with_consent() -> None:
    minor = person(
        "p1",
        "Әлия Нурланова",
        is_minor=True,
        age=15,
        consent=consent(share_with_un=True, publish=True),
    )
    for profile in ("ohchr", "public"):
        assert redactor(case(minor), profile).redact("Алию забрали.").text == "Victim A забрали."


def test_private_individual_perpetrators_are_withheld_in_public_only() -> None:
    attacker = person("p1", "Ivan Petrov", "Иван Петров")
    doc = case(attacker, roles={"p1": "alleged_perpetrator"})
    text = "Иван Петров ударил её."
    assert redactor(doc, "ohchr").redact(text).text == text
    assert redactor(doc, "public").redact(text).text == "[name withheld] ударил её."


def test_contact_details_and_private_notes_are_replaced_wherever_repeated() -> None:
    p = person(
        "p1",
        "Aigerim Example",
        consent=consent(share_with_un=True),
        contact="+7 701 123 45 67, aigerim@example.kz",
        private_notes="Lives with her aunt in the old district. HIV positive.",
    )
    out = (
        redactor(case(p))
        .redact(
            "Call 8 701 1234567? No: +7 (701) 123-45-67. "
            "She lives with her aunt in the old district."
        )
        .text
    )
    assert "701" not in out
    assert "aunt" not in out
    assert "[contact details withheld]" in out
    assert "[withheld]" in out


def test_confidential_medical_details_are_replaced_in_other_text() -> None:
    doc = case(person("p1", "Aigerim Example", consent=consent(share_with_un=True)))
    doc["incidents"][0]["injuries"] = [
        {
            "id": "inj1",
            "person": "p1",
            "type": "bruise",
            "body_location": "left forearm",
            "description": "bruising from being pushed against a door",
            "medically_confidential": True,
        }
    ]
    out = redactor(doc).redact("The doctor saw bruising from being pushed against a door.").text
    assert out == "The doctor saw [medical details withheld]."
    assert redactor(doc).redact("on her left forearm").text == "on her [medical details withheld]"


def test_the_exact_place_is_replaced_in_public_only() -> None:
    doc = case(AIGERIM)
    text = "They met in a café on the left bank."
    assert redactor(doc, "ohchr").redact(text).text == text
    assert redactor(doc, "public").redact(text).text == "They met in [place withheld]."


def test_the_source_is_replaced_in_every_free_text_of_both_profiles() -> None:
    doc = case(AIGERIM)
    text = "Example Collective documented it."
    for profile in ("ohchr", "public"):
        assert redactor(doc, profile).redact(text).text == "[source withheld] documented it."


def test_the_source_stands_only_on_its_confidential_page() -> None:
    doc = example()
    doc["source"]["kind"] = "individual"
    doc["source"]["name"] = "Жанар Сериккызы"
    doc["incidents"][0]["narrative"] = "Жанар Сериккызы recorded it; Жанар's notes, #Жанар."
    ohchr = from_memory(doc, "ohchr")
    source_page = next(p for p in ohchr.text.split("page ") if "Source of the information" in p)
    assert "Жанар Сериккызы" in source_page
    rest = ohchr.text.replace(source_page, "")
    assert "Жанар" not in rest and "Сериккызы" not in rest
    assert "[source withheld] recorded it" in ohchr.text
    public = from_memory(doc, "public").text
    assert "Жанар" not in public and "Сериккызы" not in public


def test_marked_passages_are_removed_here_and_wherever_else_they_appear() -> None:
    doc = case(AIGERIM)
    doc["incidents"][0]["narrative"] = "She works at [[redact: the Green Bakery]] on weekdays."
    r = redactor(doc)
    assert r.redact(doc["incidents"][0]["narrative"]).text == "She works at [redacted] on weekdays."
    assert r.redact("The Green Bakery fired her.").text == "[redacted] fired her."


def test_an_unclosed_marker_redacts_to_the_end() -> None:
    assert redactor(case(AIGERIM)).redact("Open [[redact: all of this").text == "Open [redacted]"


def test_replacements_record_category_rule_and_record() -> None:
    result = redactor(case(AIGERIM)).redact("Айгерим and Секербаевой")
    assert [(r.category, r.rule, r.record.ref) for r in result.replacements] == [
        ("name", "consent_un", "p1"),
        ("name", "consent_un", "p1"),
    ]
    assert [result.text[0:8]] == ["Victim A"]


def test_output_is_normalised() -> None:
    out = redactor(case(AIGERIM)).redact("ﬁne\u200b text").text
    assert out == "fine text"


def test_a_protected_groups_name_is_replaced_whole_not_word_by_word() -> None:
    group = {
        "id": "p1",
        "kind": "group",
        "name": "Feminist Initiative of Almaty",
        "name_variants": ["Феминистская инициатива Алматы"],
        "is_minor": False,
    }
    r = redactor(case(group))
    out = r.redact(
        "The Feminist Initiative of Almaty met in Almaty; Феминистская "
        "инициатива Алматы подала жалобу."
    ).text
    assert out == "The Victim A met in Almaty; Victim A подала жалобу."


def test_an_initial_is_not_a_name_word_inside_tags_and_handles() -> None:
    doc = case(AIGERIM)
    doc["persons"][0]["name_variants"].append("Айгерим С.")
    r = redactor(doc)
    assert r.redact("Канал #с_новостями и t.me/с_2024").text == "Канал #с_новостями и t.me/с_2024"
    assert "Айгерим" not in r.redact("Айгерим С. пришла").text
