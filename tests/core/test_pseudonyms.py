"""Automatic pseudonyms: the most protective role decides; labels never collide.

- ``main_role`` picks victim over witness over source over perpetrator over other;
- victims are lettered (A … Z, AA …), everyone else numbered, skipping taken labels.
"""

from __future__ import annotations

import pytest

from logbook.core.pseudonyms import PseudonymMaker, main_role


def next_pseudonym(role: str, taken: set[str]) -> str:
    return PseudonymMaker(taken).label_for(role)


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (["witness", "victim"], "victim"),
        (["alleged_perpetrator", "witness"], "witness"),
        (["other", "source", "alleged_perpetrator"], "source"),
        (["other", "alleged_perpetrator"], "alleged_perpetrator"),
        (["other", "other"], "other"),
        ([], None),
    ],
)
def test_main_role_is_the_most_protective(roles: list[str], expected: str | None) -> None:
    assert main_role(roles) == expected


@pytest.mark.parametrize(
    ("role", "first"),
    [
        ("victim", "Victim A"),
        ("witness", "Witness 1"),
        ("source", "Source 1"),
        ("alleged_perpetrator", "Alleged perpetrator 1"),
        ("other", "Person 1"),
    ],
)
def test_first_label_per_role(role: str, first: str) -> None:
    assert next_pseudonym(role, set()) == first


def test_victims_get_letters_like_spreadsheet_columns() -> None:
    taken: set[str] = set()
    labels = []
    for _ in range(28):
        label = next_pseudonym("victim", taken)
        taken.add(label)
        labels.append(label)
    assert labels[:3] == ["Victim A", "Victim B", "Victim C"]
    assert labels[25:] == ["Victim Z", "Victim AA", "Victim AB"]


def test_others_get_numbers() -> None:
    taken: set[str] = set()
    for _ in range(11):
        taken.add(next_pseudonym("witness", taken))
    assert taken == {f"Witness {n}" for n in range(1, 12)}


def test_taken_labels_are_skipped() -> None:
    assert next_pseudonym("victim", {"Victim A", "Victim B", "Victim D"}) == "Victim C"
    assert next_pseudonym("witness", {"Witness 1", "Witness 2"}) == "Witness 3"


def test_labels_of_other_roles_do_not_block() -> None:
    assert next_pseudonym("witness", {"Victim A", "Source 1"}) == "Witness 1"


def test_one_maker_hands_out_a_sequence_around_taken_labels() -> None:
    maker = PseudonymMaker({"Victim B", "Witness 2"})
    victims = [maker.label_for("victim") for _ in range(3)]
    witnesses = [maker.label_for("witness") for _ in range(2)]
    assert victims == ["Victim A", "Victim C", "Victim D"]
    assert witnesses == ["Witness 1", "Witness 3"]
    assert {"Victim B", "Witness 2", *victims, *witnesses} == maker.taken
