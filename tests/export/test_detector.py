"""The personal-data detector: what it flags, where, and what it leaves alone."""

from __future__ import annotations

import pytest

from logbook.export.detector import KIND_LABELS, detect
from logbook.export.origin import Origin

HERE = Origin("incident", 7, "i1", "narrative")


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in detect(text, HERE)]


@pytest.mark.parametrize(
    "text, kind, match",
    [
        ("Call +7 701 123 45 67 now", "phone", "+7 701 123 45 67"),
        ("тел. 8 (701) 123-45-67.", "phone", "8 (701) 123-45-67"),
        ("87011234567", "phone", "87011234567"),
        ("+7(727)2501020", "phone", "+7(727)2501020"),
        ("her number (701) 123-45-67", "phone", "(701) 123-45-67"),
        ("+996 555 123 456", "phone", "+996 555 123 456"),
        ("mail aigerim@mail.kz!", "email", "aigerim@mail.kz"),
        ("айгерим@почта.рф", "email", "айгерим@почта.рф"),
        ("ИИН 920101400123", "iin", "920101400123"),
        ("паспорт N12345678", "passport", "паспорт N12345678"),
        ("N 12345678", "passport", "N 12345678"),
        ("passport 4506 123456", "passport", "passport 4506 123456"),
        ("серия 45 06 123456", "passport", "45 06 123456"),
        ("живёт по ул. Абая, 12", "address", "ул. Абая, 12"),
        ("улица Абая 12", "address", "улица Абая 12"),
        ("Абай көшесі, 12", "address", "Абай көшесі, 12"),
        ("пр. Достык 5", "address", "пр. Достык 5"),
        ("проспект Назарбаева 10", "address", "проспект Назарбаева 10"),
        ("мкр. Самал-2, д. 5", "address", "мкр. Самал-2, д. 5"),
        ("12 Abay Street", "address", "12 Abay Street"),
        ("Abay street 12", "address", "Abay street 12"),
        ("see https://t.me/xyz.", "url", "https://t.me/xyz"),
        ("www.example.org", "url", "www.example.org"),
        ("instagram.com/aigerim", "url", "instagram.com/aigerim"),
        ("@aigerim_92 wrote", "handle", "@aigerim_92"),
    ],
)
def test_personal_data_is_flagged(text: str, kind: str, match: str) -> None:
    assert (kind, match) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "on 2025-11-22 at 13:30 about 20 people",
        "a fine of 50 МРП (196 600 tenge)",
        "case No. 2-1234/2025 of the district court",
        "born in 1992; 15 000 people signed",
        "Dr. Example of the city clinic",
        "the district police department",
        "Статья 488 КоАП РК, часть 6",
        "between 10:00 and 12:00",
        "she wrote to the @ symbol",
    ],
)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert kinds(text) == []


def test_a_finding_knows_its_record_field_and_span() -> None:
    text = "Звоните: 8 701 123 45 67."
    [finding] = detect(text, HERE)
    assert finding.origin == HERE
    assert text[finding.start : finding.end] == finding.text == "8 701 123 45 67"
    assert finding.label == KIND_LABELS["phone"]


def test_description_and_key_hold_no_content() -> None:
    [finding] = detect("write to aigerim@mail.kz", HERE)
    assert "aigerim" not in finding.describe()
    assert "aigerim" not in finding.key
    assert finding.describe() == "incident i1, narrative: e-mail address at characters 9–24"


def test_a_finding_inside_covered_text_is_not_reported() -> None:
    text = "call +7 701 123 45 67"
    assert detect(text, HERE, covered=[(5, 21)]) == []
    assert len(detect(text, HERE, covered=[(5, 10)])) == 1  # partly covered: still flagged


def test_an_email_is_one_finding_not_also_a_url_and_handle() -> None:
    assert kinds("a.b@mail.kz") == [("email", "a.b@mail.kz")]
