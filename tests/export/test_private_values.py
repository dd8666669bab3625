"""Identifying values in contact details and private notes, and the sentences of a note."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logbook.export.private_values import sentences, values

KZ = ["77012345678", "7012345678", "87012345678"]

# Phone numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "+7 701 234 56 78",
        "87012345678",
        "8 (701) 234-56-78",
        "тел.: 8 701 234 5678",
        "WhatsApp: +77012345678",
        "+7 (701) 2345678",
        "+7-701-234-56-78",
        "(701) 234-56-78",
        "701 234 56 78",
        "ұялы тел. 8-701-234-56-78 (кешке)",
        "Сотовый: +7\u00a0701\u00a0234\u00a056\u00a078",
        "mobile 8 701 234 56 78, evenings only",
        "кв. 3 8 701 234 56 78",
    ],
)
def test_a_kazakh_number_gives_its_three_digit_forms(text: str) -> None:
    found = values(text)
    assert [v for v in found if v in KZ] == KZ


def test_another_international_number_gives_its_digits() -> None:
    assert values("+996 555 123 456") == ["996555123456", "555123456"]
    assert values("Signal: +44 20 7946 0958") == ["442079460958"]


def test_two_numbers_next_to_each_other_are_two_numbers() -> None:
    found = values("+7 701 234 56 78 8 727 250 10 20")
    assert found == [*KZ, "77272501020", "7272501020", "87272501020"]


def test_each_value_appears_once_in_order() -> None:
    assert values("+7 701 234 56 78; 87012345678; 8 (701) 234-56-78") == KZ


NATIONAL = st.from_regex(r"7[0-9]{9}", fullmatch=True)
PREFIX = st.sampled_from(["+7", "+7 ", "+ 7 ", "8", "8 ", "8-", "7", ""])
GAP = st.sampled_from(["", "", " ", "-", " - ", "(", ")", " (", ") ", "\u00a0", "–"])
CONTEXT = st.sampled_from(
    [
        ("", ""),
        ("тел.: ", ""),
        ("Телефон ", " (WhatsApp)"),
        ("ұялы: ", ", кешке"),
        ("call ", " after 6 pm"),
        ("кв. 3, ", "."),
    ]
)


@given(NATIONAL, PREFIX, st.lists(GAP, min_size=9, max_size=9), CONTEXT)
def test_any_formatting_of_a_kazakh_number_gives_its_national_digits(
    national: str, prefix: str, gaps: list[str], context: tuple[str, str]
) -> None:
    written = national[0] + "".join(g + d for g, d in zip(gaps, national[1:], strict=True))
    if prefix and gaps[0] == "" and prefix[-1].isdigit():
        prefix += " "  # "8" then "7…" glued is another number: 87…
    text = context[0] + prefix + written + context[1]
    found = values(text)
    assert national in found
    assert "7" + national in found and "8" + national in found


@given(NATIONAL)
def test_a_number_written_in_digits_only_gives_the_same_forms(national: str) -> None:
    assert values("+7" + national) == values("8" + national) == values(national)


# Identity documents ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, digits",
    [
        ("ИИН 900101300123", "900101300123"),
        ("ЖСН: 870101300123", "870101300123"),
        ("IIN 900101300123", "900101300123"),
        ("паспорт N12345678", "12345678"),
        ("passport N 12345678", "12345678"),
        ("удостоверение № 045123456", "045123456"),
        ("жеке куәлік №045123456", "045123456"),
        ("ID card 045 123 456", "045123456"),
        ("паспорт РФ 4510 123456", "4510123456"),
        ("серия 45 10 № 123456", "4510123456"),
    ],
)
def test_identity_numbers_are_found_by_their_digits(text: str, digits: str) -> None:
    assert values(text) == [digits]


@pytest.mark.parametrize(
    "text",
    [
        "родилась 12.03.1990",
        "задержана 12.03.2024 в 13:30",
        "работала в 2019-2024 годах",
        "штраф 15 000 000 тенге",
        "fined 1 250 000 KZT",
        "айыппұл 500 000 теңге",
        "дом 15, кв. 3",
        "Статья 488 КоАП РК, часть 6",
    ],
)
def test_dates_years_amounts_and_short_numbers_are_not_values(text: str) -> None:
    assert values(text) == []


# E-mail addresses and handles -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("aigerim.k@mail.kz", ["aigerim.k@mail.kz", "aigerim.k"]),
        ("почта: ab@mail.ru", ["ab@mail.ru"]),
        ("e-mail: Amir92@gmail.com.", ["Amir92@gmail.com", "Amir92"]),
        ("эл. пошта: айгерим@почта.рф", ["айгерим@почта.рф", "айгерим"]),
    ],
)
def test_email_addresses_whole_and_by_local_part(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "@amir_k",
        "Telegram: @amir_k",
        "telegram: amir_k",
        "телеграм - amir_k",
        "тг: amir_k",
        "tg amir_k",
        "t.me/amir_k",
        "https://t.me/amir_k/",
        "ник: amir_k",
    ],
)
def test_telegram_handles(text: str) -> None:
    assert values(text) == ["amir_k"]


@pytest.mark.parametrize(
    "text",
    [
        "instagram.com/amir.k",
        "https://www.instagram.com/amir.k/",
        "Instagram: amir.k",
        "инстаграм: @amir.k",
        "insta amir.k",
    ],
)
def test_instagram_handles(text: str) -> None:
    assert values(text) == ["amir.k"]


@pytest.mark.parametrize(
    "text",
    [
        "она ведёт telegram channel",
        "пишет в телеграм каналы",
        "Telegram channel.",
        "@ab",
        "write to the @ symbol",
        "WhatsApp: +77012345678",
        "facebook.com/profile.php?id=100012345",
    ],
)
def test_what_is_not_a_handle(text: str) -> None:
    found = values(text)
    assert not [v for v in found if not v.isdigit()]


# Street addresses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ул. Абая 15, кв. 3", ["ул. Абая 15, кв. 3", "Абая 15"]),
        ("г. Алматы, ул. Абая, д. 15", ["ул. Абая, д. 15", "Абая 15"]),
        ("мкр. Самал-2, д. 5", ["мкр. Самал-2, д. 5", "Самал-2 5"]),
        ("пр-т Достык, дом 10А", ["пр-т Достык, дом 10А", "Достык 10А"]),
        ("пр. Назарбаева 223", ["пр. Назарбаева 223", "Назарбаева 223"]),
        ("ул. Толе би 15", ["ул. Толе би 15", "Толе би 15"]),
        ("улица Жандосова 58/2, кв 14", ["улица Жандосова 58/2, кв 14", "Жандосова 58/2"]),
        ("Абай көшесі, 15 үй, 3 пәтер", ["Абай көшесі, 15 үй, 3 пәтер", "Абай 15"]),
        ("тұрады: Абай даңғылы 10", ["Абай даңғылы 10", "Абай 10"]),
        ("Сейфуллин көш. 5", ["Сейфуллин көш. 5", "Сейфуллин 5"]),
        ("12 Abay Street", ["12 Abay Street", "12 Abay"]),
        ("lives at Abay St. 12, apt 4", ["Abay St. 12, apt 4", "Abay 12"]),
        ("15 Dostyk Ave., apt 3", ["15 Dostyk Ave., apt 3", "15 Dostyk"]),
    ],
)
def test_street_addresses_whole_and_as_street_and_number(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_whole_contact_field() -> None:
    text = (
        "Алматы, ул. Абая 15, кв. 3; тел. 8 701 234 56 78 (WhatsApp), "
        "aigerim.k@mail.kz, Telegram: @aigerim_92, ИИН 900101400123"
    )
    assert values(text) == [
        "ул. Абая 15, кв. 3",
        "Абая 15",
        *KZ,
        "aigerim.k@mail.kz",
        "aigerim.k",
        "aigerim_92",
        "900101400123",
    ]


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "Боится мести, просила не звонить.",
        "Her brother works at the district akimat.",
        "Ол полициядан қорқады.",
    ],
)
def test_text_without_identifying_values(text: str | None) -> None:
    assert values(text) == []


# Sentences of a private note -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Живёт по ул. Абая, д. 5. Боится мести! Её брат — А. С. Секербаев; звонить "
            "после 18:00\nНе писать в WhatsApp?",
            [
                "Живёт по ул. Абая, д. 5",
                "Боится мести",
                "Её брат — А. С. Секербаев",
                "звонить после 18:00",
                "Не писать в WhatsApp",
            ],
        ),
        (
            "Родилась 12.03.1990 в г. Талдыкорган, т.е. не в Алматы, и т.д. Работает в "
            "мкр. Самал, тел. 8 701 234 56 78. Муж им. Абая знает.",
            [
                "Родилась 12.03.1990 в г. Талдыкорган, т.е. не в Алматы, и т.д. Работает в "
                "мкр. Самал, тел. 8 701 234 56 78",
                "Муж им. Абая знает",
            ],
        ),
        (
            "Ол Абай көш. 5 үйде тұрады. Ағасы ст. Алматы-1 жұмыс істейді. Қорқады!",
            ["Ол Абай көш. 5 үйде тұрады", "Ағасы ст. Алматы-1 жұмыс істейді", "Қорқады"],
        ),
        (
            "Dr. Smith and Mr. Brown met her on 12.03.2024. See t.me/amir_k. Write to "
            "a.b@mail.kz. She lives on Abay St. in Almaty obl. near No. 5 etc. Done",
            [
                "Dr. Smith and Mr. Brown met her on 12.03.2024",
                "See t.me/amir_k",
                "Write to a.b@mail.kz",
                "She lives on Abay St. in Almaty obl. near No. 5 etc. Done",
            ],
        ),
        ("«Уходи.» Она ушла… Потом вернулась?!", ["«Уходи", "Она ушла", "Потом вернулась"]),
        ("Ms. J. K. Rowling; Mrs. Ahmetova", ["Ms. J. K. Rowling", "Mrs. Ahmetova"]),
        (
            "Price 1.5 million; site example.kz/a?b=1 works",
            ["Price 1.5 million", "site example.kz/a?b=1 works"],
        ),
        ("", []),
        (None, []),
        ("\n\n;  .", []),
    ],
)
def test_a_note_splits_into_sentences(text: str | None, expected: list[str]) -> None:
    assert sentences(text) == expected
