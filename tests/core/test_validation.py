"""Field validation: every ``check_*`` names the field and says specifically what is wrong.

- required text, country codes, SHA-256 and language formats;
- closed vocabularies: an unknown value names the field and lists every allowed value;
- minors must be marked as such (by age or by a recent birth year);
- a pseudonym must not contain the person's name, any variant or any former name, in any
  case or form; a former name is not also a name in use.
"""

from __future__ import annotations

import pytest

from logbook.core import vocabularies as v
from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Location,
    Person,
    Remedy,
    Source,
    Statement,
)
from logbook.core.validation import (
    check_case,
    check_consent,
    check_evidence,
    check_incident,
    check_injury,
    check_involvement,
    check_person,
    check_remedy,
    check_statement,
)

YEAR = 2026
SHA = "a" * 64


def unknown(value: str, field: str, allowed: tuple[str, ...]) -> str:
    return f"unknown value {value!r} for {field}; allowed: {', '.join(allowed)}"


def person(**fields: object) -> Person:
    return Person(**{"case_id": 1, "name": "Aigerim Example", **fields})  # type: ignore[arg-type]


# Cases -------------------------------------------------------------------------------


def test_valid_case_has_no_problems() -> None:
    case = Case(title="T", country="KZ", mandates=["SR_HRD"], source=Source(name="Org"))
    assert check_case(case) == []


@pytest.mark.parametrize("title", ["", "   "])
def test_case_title_is_required(title: str) -> None:
    assert check_case(Case(title=title)) == [("title", "is required")]


def test_unknown_mandate_is_located_and_lists_allowed() -> None:
    problems = check_case(Case(title="T", mandates=["SR_HRD", "SR_MOON"]))
    assert [field for field, _ in problems] == ["mandates/1"]
    assert problems[0][1].endswith(f"; allowed: {', '.join(v.MANDATES)}")
    assert "'SR_MOON'" in problems[0][1]


def test_unknown_list_item_message_names_the_list() -> None:
    case_problems = check_case(Case(title="T", mandates=["SR_MOON"]))
    assert case_problems == [("mandates/0", unknown("SR_MOON", "mandates", v.MANDATES))]
    incident = Incident(case_id=1, title="T", violations=["teleportation"])
    assert check_incident(incident) == [
        ("violations/0", unknown("teleportation", "violations", v.VIOLATIONS))
    ]


def test_mandate_listed_twice_is_rejected() -> None:
    problems = check_case(Case(title="T", mandates=["WGAD", "WGAD"]))
    assert problems == [("mandates", "lists a value twice")]


def test_unknown_communication_type_lists_allowed() -> None:
    problems = check_case(Case(title="T", communication_type="fax"))
    assert problems == [
        ("communication_type", unknown("fax", "communication_type", v.COMMUNICATION_TYPES))
    ]


@pytest.mark.parametrize("country", ["kz", "KAZ", "K", "1Z", ""])
def test_country_must_be_two_capital_letters(country: str) -> None:
    problems = check_case(Case(title="T", country=country))
    assert problems == [
        ("country", f"{country!r} is not an ISO 3166 two-letter country code such as 'KZ'")
    ]


def test_source_needs_name_and_known_kind() -> None:
    problems = check_case(Case(title="T", source=Source(name=" ", kind="club")))
    assert problems == [
        ("source/name", "is required"),
        ("source/kind", unknown("club", "kind", v.ACTOR_KINDS)),
    ]


# Persons -----------------------------------------------------------------------------


def test_valid_person_has_no_problems() -> None:
    assert check_person(person(birth_year=1992, nationality="KZ"), YEAR) == []


def test_person_name_and_variants_are_required() -> None:
    problems = check_person(person(name="", name_variants=["ok", "  "]), YEAR)
    assert problems == [("name", "is required"), ("name_variants/1", "is required")]


def test_former_names_are_text_listed_once() -> None:
    problems = check_person(person(former_names=["Айдар", "  ", "Айдар"]), YEAR)
    assert problems == [("former_names/1", "is required"), ("former_names", "lists a value twice")]
    assert check_person(person(former_names=["Айдар Пример", "Aidar"]), YEAR) == []


@pytest.mark.parametrize("former", ["Aigerim Example", "AIGERIM EXAMPLE ", "айгерим"])
def test_a_former_name_is_not_a_name_in_use(former: str) -> None:
    """A former name is never shown; the name and its variants are shown when the person is
    named, so one string cannot be both."""
    problems = check_person(person(name_variants=["Айгерим"], former_names=[former]), YEAR)
    assert problems == [("former_names/0", "is also the name or a name variant")]


def test_unknown_person_kind_lists_allowed() -> None:
    problems = check_person(person(kind="crowd"), YEAR)
    assert problems == [
        ("kind", "unknown value 'crowd' for kind; allowed: individual, group, organisation")
    ]


def test_under_18_age_without_minor_flag_is_rejected() -> None:
    problems = check_person(person(age=17), YEAR)
    assert problems == [("is_minor", "the age is under 18: mark the person as a minor")]
    assert check_person(person(age=17, is_minor=True), YEAR) == []
    assert check_person(person(age=18), YEAR) == []


def test_recent_birth_year_without_minor_flag_is_rejected() -> None:
    problems = check_person(person(birth_year=YEAR - 16), YEAR)
    assert problems == [("is_minor", "the birth year makes the person a minor")]
    assert check_person(person(birth_year=YEAR - 16, is_minor=True), YEAR) == []
    # Born 17 years ago: may already be 18 this year, so not presumed a minor.
    assert check_person(person(birth_year=YEAR - 17), YEAR) == []


@pytest.mark.parametrize("born", [1899, YEAR + 1])
def test_birth_year_out_of_range(born: int) -> None:
    problems = check_person(person(birth_year=born, is_minor=True), YEAR)
    assert ("birth_year", f"must be between 1900 and {YEAR}") in problems


@pytest.mark.parametrize("age", [-1, 131])
def test_age_out_of_range(age: int) -> None:
    problems = check_person(person(age=age, is_minor=True), YEAR)
    assert problems == [("age", "must be between 0 and 130")]


def test_nationality_must_be_a_country_code() -> None:
    problems = check_person(person(nationality="Kazakhstan"), YEAR)
    assert problems == [
        ("nationality", "'Kazakhstan' is not an ISO 3166 two-letter country code such as 'KZ'")
    ]


def test_consent_date_must_be_real() -> None:
    assert check_consent(Consent(obtained_on="2025-02-30")) == [
        ("consent/obtained_on", "'2025-02-30' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    ]
    problems = check_person(person(consent=Consent(obtained_on="01.12.2025")), YEAR)
    assert [field for field, _ in problems] == ["consent/obtained_on"]


NAME_LEAK = "must not contain any part of the person's names"


@pytest.mark.parametrize(
    "pseudonym",
    [
        "Aigerim Example",
        "victim aigerim example",
        "AIGERIM EXAMPLE (A)",
        "Ａｉｇｅｒｉｍ Ｅｘａｍｐｌｅ",  # fullwidth: NFKC makes it the name
        "Eksampl",
        "Айгерим",
        "АЙГЕРИМ",
        "Aigerim A",  # a first name alone identifies in a small community
        "Ms Example",
    ],
)
def test_pseudonym_containing_a_name_is_rejected(pseudonym: str) -> None:
    p = person(name_variants=["Eksampl", "Айгерим"], pseudonym=pseudonym)
    assert check_person(p, YEAR) == [("pseudonym", NAME_LEAK)]


@pytest.mark.parametrize("pseudonym", ["Aidar 1", "Victim АЙДАР", "Primerov"])
def test_pseudonym_containing_a_former_name_is_rejected(pseudonym: str) -> None:
    """A pseudonym is shown in every export: a part of a former name in it would out the
    person."""
    p = person(former_names=["Айдар Пример", "Aidar Primerov"], pseudonym=pseudonym)
    assert check_person(p, YEAR) == [("pseudonym", NAME_LEAK)]


def test_label_words_in_a_name_do_not_forbid_the_automatic_label() -> None:
    # The example case's "Daniyar Witness" must be able to keep "Witness 1".
    p = Person(case_id=1, name="Daniyar Witness", pseudonym="Witness 1")
    assert check_person(p, YEAR) == []


def test_short_name_parts_do_not_forbid_labels() -> None:
    p = Person(case_id=1, name="A Li", pseudonym="Victim A")
    assert check_person(p, YEAR) == []


def test_pseudonym_without_the_name_is_accepted() -> None:
    p = person(name_variants=["Айгерим"], pseudonym="Victim A")
    assert check_person(p, YEAR) == []


def test_blank_pseudonym_is_rejected() -> None:
    problems = check_person(person(pseudonym="  "), YEAR)
    assert problems == [("pseudonym", "must not be blank (leave it empty to have one assigned)")]


# Incidents and their parts -----------------------------------------------------------


def test_incident_problems_name_sub_fields() -> None:
    incident = Incident(
        case_id=1,
        title="",
        date=FuzzyDate("2025-02-30", "day"),
        location=Location(country="kaz"),
        violations=["threat", "teleportation"],
    )
    problems = check_incident(incident)
    assert [field for field, _ in problems] == [
        "title",
        "date/value",
        "location/country",
        "violations/1",
    ]
    assert problems[3][1].endswith(f"; allowed: {', '.join(v.VIOLATIONS)}")


def test_unknown_date_precision_lists_allowed() -> None:
    problems = check_incident(Incident(case_id=1, title="T", date=FuzzyDate("2025", "week")))
    assert ("date/precision", unknown("week", "precision", v.DATE_PRECISIONS)) in problems


def test_unknown_role_lists_allowed() -> None:
    problems = check_involvement(Involvement(incident_id=1, person_id=1, role="bystander"))
    assert problems == [("role", unknown("bystander", "role", v.ROLES))]


def test_unknown_perpetrator_type_lists_allowed() -> None:
    inv = Involvement(1, 1, "alleged_perpetrator", perpetrator_type="aliens")
    assert check_involvement(inv) == [
        ("perpetrator_type", unknown("aliens", "perpetrator_type", v.PERPETRATOR_TYPES))
    ]


def test_only_perpetrators_have_perpetrator_details() -> None:
    message = "only an alleged perpetrator has a perpetrator type"
    assert check_involvement(Involvement(1, 1, "victim", perpetrator_type="police")) == [
        ("perpetrator_type", message)
    ]
    assert check_involvement(Involvement(1, 1, "witness", state_actor=True)) == [
        ("perpetrator_type", message)
    ]
    assert check_involvement(Involvement(1, 1, "alleged_perpetrator", "police", True)) == []


def test_injury_vocabularies_and_date() -> None:
    injury = Injury(1, 1, type="scratch", consistency="maybe", observed_on="2025-13")
    assert check_injury(injury) == [
        ("type", unknown("scratch", "type", v.INJURY_TYPES)),
        ("consistency", unknown("maybe", "consistency", v.CONSISTENCY_LEVELS)),
        ("observed_on", "'2025-13' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
    ]


def test_statement_needs_text_and_language_code() -> None:
    statement = Statement(1, 1, text=" ", language="Russian", taken_on="2025-11-24")
    assert check_statement(statement) == [
        ("text", "is required"),
        ("language", "'Russian' is not a language code like 'ru'"),
    ]
    assert check_statement(Statement(1, 1, text="t", language="kk-Cyrl")) == []


def test_remedy_vocabularies() -> None:
    remedy = Remedy(1, type="prayer", status="lost", date="2025-11-22")
    assert check_remedy(remedy) == [
        ("type", unknown("prayer", "type", v.REMEDY_TYPES)),
        ("status", unknown("lost", "status", v.REMEDY_STATUSES)),
    ]


# Evidence ----------------------------------------------------------------------------


def test_valid_evidence_has_no_problems() -> None:
    assert check_evidence(Evidence(1, "a.jpg", SHA, media_type="image/jpeg")) == []


@pytest.mark.parametrize("sha", ["A" * 64, "a" * 63, "a" * 65, "g" * 64, ""])
def test_sha256_must_be_64_lower_case_hex_digits(sha: str) -> None:
    assert check_evidence(Evidence(1, "a.jpg", sha)) == [
        ("sha256", "must be 64 lower-case hexadecimal digits")
    ]


def test_evidence_filename_media_type_and_date() -> None:
    evidence = Evidence(1, "", SHA, media_type="jpeg", captured_on="yesterday")
    assert check_evidence(evidence) == [
        ("filename", "is required"),
        ("media_type", "'jpeg' is not a media type"),
        ("captured_on", "'yesterday' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
    ]
