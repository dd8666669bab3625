"""The personal-data detector: what it flags, where, and what it leaves alone."""

from __future__ import annotations

import pytest

from logbook.export.detector import KIND_LABELS, detect, markup_findings
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


# Sensitive health information -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, match",
    [
        # Russian
        ("У неё ВИЧ, она боится огласки.", "ВИЧ"),
        ("Он ВИЧ-инфицирован с 2015 года", "ВИЧ-инфицирован"),
        ("активистка ВИЧ-инфицирована", "ВИЧ-инфицирована"),
        ("ВИЧ-положительный активист", "ВИЧ-положительный"),
        ("узнали о его ВИЧ-статусе", "ВИЧ-статусе"),
        ("умер от СПИДа", "СПИДа"),
        ("принимает АРВТ", "АРВТ"),
        ("перестали давать антиретровирусную терапию", "антиретровирусную терапию"),
        ("лишили препаратов ДКП", "ДКП"),
        ("болен гепатитом С", "гепатитом С"),
        ("заразился туберкулёзом в СИЗО", "туберкулёзом"),
        ("больных туберкулезом", "туберкулезом"),
        ("врач поставил диагноз", "диагноз"),
        ("Она беременна, третий месяц", "беременна"),
        ("задержали беременную женщину", "беременную"),
        ("во время беременности", "беременности"),
        ("состоит на учёте у психиатра", "психиатра"),
        ("поместили в психдиспансер", "психдиспансер"),
        ("поставили шизофрению", "шизофрению"),
        ("страдает депрессией", "депрессией"),
        ("биполярное расстройство", "биполярное"),
        ("после попытки суицида", "попытки суицида"),
        ("имеет инвалидность второй группы", "инвалидность"),
        ("проходит гормональную терапию", "гормональную терапию"),
        ("ей отказали в ЗГТ", "ЗГТ"),
        ("анализ на ИППП", "ИППП"),
        # Kazakh
        ("Ол АИТВ жұқтырған", "АИТВ жұқтырған"),
        ("АИТВ-мен өмір сүреді", "АИТВ-мен"),
        ("дәрігер диагноз қойылды деді", "диагноз қойылды"),
        ("Ол жүкті әйел еді", "жүкті"),
        ("жүктілігі туралы білді", "жүктілігі"),
        ("психиатриялық ауруханаға жатқызды", "психиатриялық"),
        ("оның мүгедектігі бар", "мүгедектігі"),
        ("депрессиясы бар", "депрессиясы"),
        ("туберкулезбен ауырады", "туберкулезбен"),
        # English
        ("She is HIV-positive.", "HIV-positive"),
        ("living with HIV since 2010", "HIV"),
        ("died of AIDS", "AIDS"),
        ("he has been on ART since 2018", "ART"),
        ("antiretroviral therapy was stopped", "antiretroviral therapy"),
        ("PrEP was confiscated", "PrEP"),
        ("hepatitis C", "hepatitis C"),
        ("tuberculosis in custody", "tuberculosis"),
        ("she was diagnosed in May", "diagnosed"),
        ("she was pregnant at the time", "pregnant"),
        ("a psychiatric hospital", "psychiatric"),
        ("a history of depression", "depression"),
        ("bipolar disorder", "bipolar"),
        ("after a suicide attempt", "suicide attempt"),
        ("a person with a disability", "disability"),
        ("her hormone therapy was interrupted", "hormone therapy"),
        ("denied HRT in detention", "HRT"),
        ("tested for STIs", "STIs"),
    ],
)
def test_health_information_is_flagged(text: str, match: str) -> None:
    assert ("health", match) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Russian: raids, detentions, fines, courts, and words close to health terms
        "Полиция провела обыск в офисе, изъяла ноутбуки и задержала трёх активистов. "
        "Суд назначил штраф 50 МРП за участие в несанкционированном митинге. "
        "Депутат маслихата и артист театра пришли на заседание; на стене была "
        "нарисована диагональ. Стартовала апелляция, Арвид Иванович подал жалобу. "
        "Под бременем доказательств партия отказалась от иска, спидометр не работал.",
        # Kazakh
        "Полиция кеңсені тінтіп, үш белсендіні ұстады. Сот әкімшілік айыппұл салды. "
        "Жүк көлігінен жүкті түсірді, депутат шешімге шағым жасады. "
        "Наразылық акциясы бейбіт өтті, артист пен журналист куә болды.",
        # English
        "Police raided the office at 6 a.m., detained three activists and seized laptops. "
        "The court fined them 50 MRP; the appeal starts next week. The party held an art "
        "exhibition, which aids the campaign; students in prep school started a petition. "
        "CONTEMPORARY ART EXHIBITION CLOSED. The alarm was disabled and the start delayed; "
        "officers used a diagnostic scanner and treated them with cruel treatment.",
    ],
)
def test_ordinary_narratives_have_no_health_findings(text: str) -> None:
    assert kinds(text) == []


def test_health_words_in_covered_text_are_not_reported() -> None:
    text = "Она [[redact: ВИЧ-инфицирована]]."
    assert detect(text, HERE, covered=[(4, 33)]) == []


# Redaction markup written incorrectly ------------------------------------------------------


def test_markup_typos_and_an_unclosed_marker_are_reported() -> None:
    text = "a [redact: Kaspi] b [[redact: ok]] c [[redact x] d [[redact: to the end"
    found = markup_findings(text, HERE)
    assert [(f.kind, f.text) for f in found] == [
        ("markup_typo", "[redact: Kaspi]"),
        ("markup_typo", "[[redact x]"),
        ("unclosed_redaction", "[[redact: to the end"),
    ]
    assert all(text[f.start : f.end] == f.text and f.origin == HERE for f in found)
    assert found[0].label == KIND_LABELS["markup_typo"]
    assert "Kaspi" not in found[0].describe()


@pytest.mark.parametrize(
    "text", ["all [[redact: fine]] here", "ordinary [1] [sic] [name withheld] [redacted]", ""]
)
def test_correct_markup_and_ordinary_brackets_are_not_reported(text: str) -> None:
    assert markup_findings(text, HERE) == []
