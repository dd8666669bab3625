"""Names are found in every form a Russian or Kazakh text gives them, and only there."""

from __future__ import annotations

import pytest

from logbook.export.matching import NameIndex
from logbook.export.scripts import canonical


def finds(part: str, word: str) -> bool:
    index: NameIndex[str] = NameIndex()
    index.add(part, "p")
    return index.lookup(canonical(word)) == ["p"]


@pytest.mark.parametrize(
    "part, forms",
    [
        # Russian surnames in -ова/-ов, -ева/-ев, -ина: every case, both genders, plural.
        (
            "Оспанова",
            [
                "Оспанова",
                "Оспановой",
                "Оспанову",
                "Оспановою",
                "Оспановы",
                "Оспановых",
                "Оспанов",
                "Оспановым",
                "Оспанове",
            ],
        ),
        ("Секербаев", ["Секербаеву", "Секербаева", "Секербаевым", "Секербаеве", "Секербаевой"]),
        ("Путина", ["Путиной", "Путину", "Путиных"]),
        ("Ковальская", ["Ковальской", "Ковальскую", "Ковальский", "Ковальского"]),
        # First names in -а, -я, -й, -ь and in a consonant.
        ("Жанна", ["Жанны", "Жанне", "Жанну", "Жанной"]),
        ("Алия", ["Алии", "Алию", "Алией"]),
        ("Сергей", ["Сергея", "Сергею", "Сергеем", "Сергее"]),
        ("Асель", ["Асели", "Асель", "Аселью"]),
        ("Данияр", ["Данияра", "Данияру", "Данияром", "Даниярe"]),
        # Kazakh case endings, plural and possessive, on any of them.
        (
            "Оспанова",
            [
                "Оспановамен",
                "Оспанованың",
                "Оспановаға",
                "Оспанованы",
                "Оспановада",
                "Оспановадан",
                "Оспановалар",
                "Оспановалардың",
            ],
        ),
        (
            "Айгерим",
            [
                "Айгеримге",
                "Айгеримнің",
                "Айгеримді",
                "Айгеримде",
                "Айгеримнен",
                "Айгеримдер",
                "Айгеримге",
                "Айгеримбен",
                "Айгеримпен",
                "Айгерими",
                "Айгеримның",
            ],
        ),
        ("Ерлан", ["Ерланға", "Ерланның", "Ерланмен", "Ерлантар", "Ерланы", "Ерланының"]),
        ("Сауле", ["Сауле", "Сауленің", "Саулеге", "Саулемен"]),
    ],
)
def test_inflected_forms_are_found(part: str, forms: list[str]) -> None:
    missed = [form for form in forms if not finds(part, form)]
    assert missed == []


@pytest.mark.parametrize(
    "part, form",
    [
        ("Оспанова", "ОСПАНОВОЙ"),  # any case
        ("Оспанова", "оспановой"),
        ("Фёдоров", "Федорову"),  # ё and е are one letter
        ("Федоров", "Фёдорова"),
        ("Нұрлан", "Нурлан"),  # Kazakh letters and their Russian neighbours
        ("Нурлан", "Нұрланға"),
        ("Әлия", "Алии"),
        ("Қасымов", "Касымова"),
        ("Айгерим", "Aйгерим"),  # a Latin "A" typed in a Cyrillic word
        ("Айгерим", "Айге\u200bрим"),  # a zero-width space inside
        ("Айгерим", "Айгери\u0301м"),  # a stress mark
        ("Иван", "И\u0306ван"[0] + "ван"),  # decomposed letters are composed (NFKC)
        ("Sekerbaeva", "SEKERBAEVA"),
        ("Sekerbaeva", "Sekerbaevoy"),  # a romanised Russian surname inflects too
    ],
)
def test_spelling_case_and_unicode_variants_are_found(part: str, form: str) -> None:
    assert finds(part, form)


@pytest.mark.parametrize(
    "part, form",
    [
        # A name recorded in Cyrillic is found in Latin transliterations …
        ("Секербаева", "Sekerbaeva"),
        ("Секербаева", "Sekerbayeva"),
        ("Айгерим", "Aigerim"),
        ("Айгерим", "Aygerim"),
        ("Жанна", "Zhanna"),
        ("Жанна", "Janna"),
        ("Қайрат", "Qairat"),
        ("Кузнецов", "Kuznetsov"),
        ("Кузнецова", "Kuznetsovoy"),
        # … and one recorded in Latin is found in Cyrillic, inflected.
        ("Sekerbaeva", "Секербаевой"),
        ("Ospanova", "Оспановамен"),
        ("Daniyar", "Даниярға"),
        ("Olga", "Ольгой"),
        ("Aigerim", "Айгеримнің"),
    ],
)
def test_names_are_found_across_scripts(part: str, form: str) -> None:
    assert finds(part, form)


@pytest.mark.parametrize(
    "part, word",
    [
        ("Дина", "динамика"),  # a name is a whole word with a known ending
        ("Дина", "Динара"),  # another name
        ("Ерлан", "Ерланович"),  # a patronymic made from it
        ("Оспанова", "Оспан"),  # a shorter name
        ("Алия", "Алиев"),
        ("Данияр", "Даниярбек"),
        ("Асель", "Асельхан"),
        ("Марат", "Маратович"),
        ("Иванов", "Ивановский"),
        ("Sekerbaeva", "Sekerbaevsky"),
        ("Aigerim", "Aigerimka"),
        ("Dina", "dine"),  # Latin first names take no endings: English words stay
        ("Dina", "Dinah"),
        ("Ася", "Asia"),  # short names are not transliterated
        ("Ася", "Азия"),
        ("Мира", "Мирамар"),
    ],
)
def test_unrelated_words_are_not_taken_for_names(part: str, word: str) -> None:
    assert not finds(part, word)


@pytest.mark.parametrize("part", ["Ли", "Ю", "A.", "Al", ""])
def test_parts_shorter_than_three_letters_are_not_matched_alone(part: str) -> None:
    index: NameIndex[str] = NameIndex()
    assert index.add(part, "p") is False
