"""Spellings of names in the other script (logbook.export.spellings), on real-world pairs.

tests/export/data/spelling_pairs.tsv holds names as they are actually seen in Latin
letters (passports, sports results, news in English, French and German, UN documents,
the Kazakh Latin alphabet, social media) beside their Cyrillic spelling. A pair is caught
if the Latin spelling is among the spellings generated from the Cyrillic word, or the
Cyrillic word among those read from the Latin one: either way a name recorded in one
script is found when the text has the other.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from logbook.export.inflection import forms_of_part
from logbook.export.matching import NameIndex
from logbook.export.scripts import canonical, is_cyrillic
from logbook.export.spellings import (
    INFORMAL_CAP,
    SCHEME_CAP,
    SCHEMES,
    STYLES,
    cyrillic_spellings,
    latin_spellings,
    scheme_cyrillic,
    scheme_latin,
)

PAIRS_FILE = Path(__file__).parent / "data" / "spelling_pairs.tsv"


def load_pairs() -> list[tuple[str, str, str]]:
    pairs = []
    for line in PAIRS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cyrillic, latin, style = line.split("\t")
            pairs.append((cyrillic, latin, style))
    return pairs


PAIRS = load_pairs()


def forward(cyrillic: str, latin: str) -> bool:
    return canonical(latin) in latin_spellings(cyrillic)


def backward(cyrillic: str, latin: str) -> bool:
    return canonical(cyrillic) in cyrillic_spellings(latin)


def test_the_pairs_file_is_well_formed() -> None:
    assert len(PAIRS) >= 120
    assert len(set(PAIRS)) == len(PAIRS), "duplicate pairs"
    assert {style for _, _, style in PAIRS} == set(STYLES)
    for cyrillic, latin, _ in PAIRS:
        assert is_cyrillic(cyrillic), cyrillic
        assert all(unicodedata.name(c).startswith("CYRILLIC") for c in cyrillic), cyrillic
        assert all(unicodedata.name(c).startswith("LATIN") for c in latin), latin


def test_every_pair_is_caught() -> None:
    missed = [p for p in PAIRS if not (forward(p[0], p[1]) or backward(p[0], p[1]))]
    assert missed == [], f"{len(missed)} of {len(PAIRS)} pairs missed: {missed}"


def test_each_direction_on_its_own() -> None:
    """From the Cyrillic word alone every pair is caught; read back from the Latin one,
    all but the few that need more than a scheme's cheapest reading of a short word."""
    missed_forward = [p for p in PAIRS if not forward(p[0], p[1])]
    missed_backward = [p for p in PAIRS if not backward(p[0], p[1])]
    assert missed_forward == []
    assert len(missed_backward) <= len(PAIRS) // 100, missed_backward


@pytest.mark.parametrize("style", STYLES)
def test_every_style_is_caught(style: str) -> None:
    pairs = [p for p in PAIRS if p[2] == style]
    caught = [p for p in pairs if forward(p[0], p[1]) or backward(p[0], p[1])]
    assert len(caught) == len(pairs), sorted(set(pairs) - set(caught))


@pytest.mark.parametrize(
    "word, scheme, own",
    [
        ("Есенова", "passport_kz", "yessenova"),
        ("Әйгерім", "passport_kz", "aigerim"),
        ("Бауыржан", "passport_kz", "bauyrzhan"),
        ("Юлия", "passport_ru", "iuliia"),
        ("Евгений", "bgn_ru", "yevgeniy"),
        ("Әуезов", "bgn_kz", "auezov"),
        ("Шынар", "kz2021", "synar"),
        ("Нұрлан", "french", "nourlan"),
        ("Назарбаев", "french", "nazarbaiev"),
        ("Путин", "french", "poutine"),
        ("Волков", "german", "wolkow"),
        ("Хрущёв", "german", "chruschtschow"),
        ("Жанна", "informal", "zhanna"),
    ],
)
def test_a_schemes_own_spelling_comes_first(word: str, scheme: str, own: str) -> None:
    (found,) = (s for s in SCHEMES if s.name == scheme)
    assert scheme_latin(word, found)[0] == own
    assert own in latin_spellings(word)


LONG = "Бекмұхамбетжақсылықұлыщёвая"  # every ambiguous letter at once


def test_a_long_name_stays_bounded_and_keeps_every_schemes_own_spelling() -> None:
    forms = latin_spellings(LONG)
    assert len(forms) <= SCHEME_CAP * (len(SCHEMES) - 1) + INFORMAL_CAP
    for scheme in SCHEMES:
        spellings = scheme_latin(LONG, scheme)
        assert len(spellings) <= scheme.cap
        assert spellings[0] in forms  # the scheme's own spelling
    readings = cyrillic_spellings("Bekmukhambetzhaksylykulyshchevaya")
    assert 0 < len(readings) <= 2 * (SCHEME_CAP * (len(SCHEMES) - 1) + INFORMAL_CAP)


@pytest.mark.parametrize("word", ["Секербаева", "Жақсылықов", "Wolkow", "Şynar", LONG])
def test_spellings_are_comparison_keys(word: str) -> None:
    for form in latin_spellings(word) | cyrillic_spellings(word):
        assert form and canonical(form) == form


def test_a_word_already_in_the_target_script_is_its_own_spelling() -> None:
    assert latin_spellings("Aigerim") == {"aigerim"}
    assert cyrillic_spellings("Айгерим") == {"аигерим"}
    assert latin_spellings("") == set() == cyrillic_spellings("")


def test_readings_of_a_latin_word_are_cyrillic() -> None:
    assert all(is_cyrillic(f) for f in cyrillic_spellings("Tschaikowski"))


@pytest.mark.parametrize(
    "written", ["Айге\u200bрим", "Айгери\u0301м", "Aйгерим", "АЙГЕРИМ", "Аи\u0306герим"]
)
def test_invisible_characters_stress_marks_and_look_alikes_do_not_matter(written: str) -> None:
    assert {"aigerim", "aygerim"} <= latin_spellings(written)


def test_turkic_letters_are_read_for_what_they_are_when_the_word_is_given() -> None:
    (kz2021,) = (s for s in SCHEMES if s.name == "kz2021")
    assert scheme_cyrillic("Şynar", kz2021)[0] == "шынар"
    assert "сынар" not in cyrillic_spellings("Şynar")
    assert "гулназ" in cyrillic_spellings("Gülnaz")
    # Without its accent (a comparison key) "s" is с first, ш second: still found, since
    # inflection.forms_of_part passes keys.
    assert scheme_cyrillic("synar", kz2021) == ["сынар", "шынар"]


def test_short_words_get_fewer_variants() -> None:
    # Юрий is not spelled "jury", nor Aliya read as алыя (which would take "алый").
    assert "jury" not in latin_spellings("Юрий")
    assert "алыя" not in cyrillic_spellings("Aliya")
    # … but a scheme's own spelling and one choice away from it are there.
    assert {"yuriy", "iurii", "juri", "iouri", "youri", "yury"} <= latin_spellings("Юрий")


def test_the_informal_spellings_are_there() -> None:
    assert {"aigerim", "aygerim", "ajgerim"} <= latin_spellings("Айгерим")
    assert {"zhanna", "janna"} <= latin_spellings("Жанна")
    assert {"kairat", "qairat"} <= latin_spellings("Қайрат")


def test_a_letter_a_scheme_never_writes_rules_the_scheme_out() -> None:
    (passport,) = (s for s in SCHEMES if s.name == "passport_ru")
    assert scheme_cyrillic("Wolkow", passport) == []
    assert "волков" in cyrillic_spellings("Wolkow")


# Through the name index: forms_of_part + NameIndex, inflected --------------------------


def finds(part: str, word: str) -> bool:
    index: NameIndex[str] = NameIndex()
    index.add(part, "p")
    return index.lookup(canonical(word)) == ["p"]


@pytest.mark.parametrize(
    "part, text_word",
    [
        # Recorded in Cyrillic, written in Latin in any style (inflected where Latin is).
        ("Секербаева", "Sekerbayeva"),
        ("Секербаева", "Sekerbaeva"),
        ("Секербаева", "Sekerbajewa"),
        ("Секербаева", "Sekerbayevoy"),
        ("Секербаева", "Sekerbaevoi"),
        ("Есенова", "Yessenova"),
        ("Есенова", "Yessenovoy"),
        ("Нұрлан", "Nourlan"),
        ("Нұрлан", "Nūrlan"),
        ("Жуков", "Schukow"),
        ("Жуков", "Joukov"),
        ("Жуков", "Zhukova"),
        ("Назарбаев", "Nasarbajew"),
        ("Назарбаев", "Nazarbaïev"),
        ("Назарбаев", "Nazarbayevym"),
        ("Әйгерім", "Äigerım"),
        ("Шынар", "Şynar"),
        ("Қасымов", "Qasymov"),
        ("Қасымов", "Kassymov"),
        ("Путин", "Poutine"),
        ("Юлия", "Iouliia"),
        ("Чайковский", "Tschaikowski"),
        ("Чайковский", "Tchaïkovski"),
        # Recorded in Latin, written in Cyrillic, inflected in Russian and Kazakh.
        ("Wolkow", "Волкова"),
        ("Wolkow", "Волковым"),
        ("Yessenova", "Есеновой"),
        ("Yessenova", "Есеновамен"),
        ("Nourlan", "Нурланға"),
        ("Nourlan", "Нұрланның"),
        ("Qasymov", "Қасымовтың"),
        ("Şynar", "Шынарға"),
        ("Schukow", "Жукову"),
        ("Nasarbajew", "Назарбаевым"),
        ("Tokaïev", "Токаеву"),
        ("Iouliia", "Юлии"),
    ],
)
def test_names_are_found_in_spellings_nobody_listed(part: str, text_word: str) -> None:
    assert finds(part, text_word)


@pytest.mark.parametrize(
    "part, word",
    [
        ("Юрий", "jury"),
        ("Aliya", "алый"),
        ("Дина", "dine"),
        ("Dina", "дыня"),
        ("Мира", "mirage"),
        ("Sara", "сарафан"),
        ("Роза", "rosary"),
        ("Wolkow", "волк"),
        ("Nourlan", "Нурланович"),
        ("Yessenova", "Есенович"),
    ],
)
def test_ordinary_words_are_still_not_names(part: str, word: str) -> None:
    assert not finds(part, word)


def test_forms_of_part_gives_stems_for_every_scheme() -> None:
    stems = {stem for stem, _ in forms_of_part("Есенова")}
    # passport_kz, passport_ru / informal, German (no Latin endings for -owa), French
    assert {"yessenov", "yesenov", "esenov", "jessenowa", "essenov", "iessenov"} <= stems
