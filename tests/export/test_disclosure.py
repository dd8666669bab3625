"""Who is named in which profile (logbook.core.disclosure), rule by rule."""

from __future__ import annotations

import pytest

from logbook.core.disclosure import NAMING_RULES, decide, shown_as
from logbook.core.model import Consent, Person


def someone(kind: str = "individual", minor: bool = False, **consent: bool) -> Person:
    return Person(case_id=1, name="X", kind=kind, is_minor=minor, consent=Consent(**consent))


@pytest.mark.parametrize(
    "person, roles, ohchr, public",
    [
        (someone(), {"victim"}, "pseudonym", "pseudonym"),
        (someone(share_with_un=True), {"victim"}, "name", "pseudonym"),
        (someone(publish=True), {"witness"}, "pseudonym", "name"),
        (someone(minor=True, share_with_un=True, publish=True), {"victim"}, "pseudonym",
         "pseudonym"),
        (someone(), {"alleged_perpetrator"}, "name", "withheld"),
        (someone(minor=True), {"alleged_perpetrator"}, "withheld", "withheld"),
        (someone("group"), {"alleged_perpetrator"}, "name", "name"),
        (someone("organisation"), {"alleged_perpetrator"}, "name", "name"),
        (someone(share_with_un=True, publish=True), {"source"}, "name", "pseudonym"),
        (someone(), {"victim", "alleged_perpetrator"}, "pseudonym", "pseudonym"),
        (someone(share_with_un=True), set(), "name", "pseudonym"),
    ],
)  # fmt: skip
def test_shown_as(person: Person, roles: set[str], ohchr: str, public: str) -> None:
    assert shown_as(person, roles, "ohchr") == ohchr
    assert shown_as(person, roles, "public") == public


def test_every_decision_names_a_known_rule() -> None:
    for person in (someone(), someone(minor=True), someone("group")):
        for roles in ({"victim"}, {"alleged_perpetrator"}, {"source"}):
            for profile in ("ohchr", "public"):
                assert decide(person, roles, profile)[1] in NAMING_RULES


def test_an_unknown_profile_is_an_error() -> None:
    with pytest.raises(ValueError):
        shown_as(someone(), {"victim"}, "press")
