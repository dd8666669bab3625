"""Names of countries and languages in the UI language, by ISO code.

Qt names every territory in English (``QLocale.territoryToString``) but in another
language only where that language has a locale for the territory (``ru_KZ`` → "Казахстан",
never "Германия"), so Russian and Kazakh names come from the tables below: Central Asia,
its neighbours and the countries cases most often name. Any other country is offered by its
English name with its code ("Chile (CL)") in Russian and Kazakh.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

UI_LANGUAGES = ("en", "ru", "kk")

# code: (English, Russian, Kazakh)
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "KZ": ("Kazakhstan", "Казахстан", "Қазақстан"),
    "KG": ("Kyrgyzstan", "Киргизия (Кыргызстан)", "Қырғызстан"),
    "UZ": ("Uzbekistan", "Узбекистан", "Өзбекстан"),
    "TJ": ("Tajikistan", "Таджикистан", "Тәжікстан"),
    "TM": ("Turkmenistan", "Туркменистан", "Түрікменстан"),
    "RU": ("Russia", "Россия", "Ресей"),
    "BY": ("Belarus", "Беларусь", "Беларусь"),
    "UA": ("Ukraine", "Украина", "Украина"),
    "MD": ("Moldova", "Молдова", "Молдова"),
    "AZ": ("Azerbaijan", "Азербайджан", "Әзірбайжан"),
    "AM": ("Armenia", "Армения", "Армения"),
    "GE": ("Georgia", "Грузия", "Грузия"),
    "MN": ("Mongolia", "Монголия", "Моңғолия"),
    "CN": ("China", "Китай", "Қытай"),
    "AF": ("Afghanistan", "Афганистан", "Ауғанстан"),
    "IR": ("Iran", "Иран", "Иран"),
    "PK": ("Pakistan", "Пакистан", "Пәкістан"),
    "IN": ("India", "Индия", "Үндістан"),
    "TR": ("Türkiye", "Турция", "Түркия"),
    "AE": ("United Arab Emirates", "ОАЭ", "БАӘ"),
    "SA": ("Saudi Arabia", "Саудовская Аравия", "Сауд Арабиясы"),
    "IL": ("Israel", "Израиль", "Израиль"),
    "KR": ("South Korea", "Южная Корея", "Оңтүстік Корея"),
    "JP": ("Japan", "Япония", "Жапония"),
    "US": ("United States", "США", "АҚШ"),
    "CA": ("Canada", "Канада", "Канада"),
    "GB": ("United Kingdom", "Великобритания", "Ұлыбритания"),
    "DE": ("Germany", "Германия", "Германия"),
    "FR": ("France", "Франция", "Франция"),
    "CH": ("Switzerland", "Швейцария", "Швейцария"),
    "AT": ("Austria", "Австрия", "Австрия"),
    "NL": ("Netherlands", "Нидерланды", "Нидерланд"),
    "BE": ("Belgium", "Бельгия", "Бельгия"),
    "IT": ("Italy", "Италия", "Италия"),
    "ES": ("Spain", "Испания", "Испания"),
    "PL": ("Poland", "Польша", "Польша"),
    "CZ": ("Czechia", "Чехия", "Чехия"),
    "LT": ("Lithuania", "Литва", "Литва"),
    "LV": ("Latvia", "Латвия", "Латвия"),
    "EE": ("Estonia", "Эстония", "Эстония"),
    "FI": ("Finland", "Финляндия", "Финляндия"),
    "SE": ("Sweden", "Швеция", "Швеция"),
    "NO": ("Norway", "Норвегия", "Норвегия"),
}

# code: (English, Russian, Kazakh); the statement's language is stored as its code.
LANGUAGES: dict[str, tuple[str, str, str]] = {
    "ru": ("Russian", "русский", "орыс тілі"),
    "kk": ("Kazakh", "казахский", "қазақ тілі"),
    "en": ("English", "английский", "ағылшын тілі"),
    "ky": ("Kyrgyz", "киргизский", "қырғыз тілі"),
    "uz": ("Uzbek", "узбекский", "өзбек тілі"),
    "tg": ("Tajik", "таджикский", "тәжік тілі"),
    "tk": ("Turkmen", "туркменский", "түрікмен тілі"),
    "ug": ("Uyghur", "уйгурский", "ұйғыр тілі"),
    "uk": ("Ukrainian", "украинский", "украин тілі"),
    "be": ("Belarusian", "белорусский", "беларус тілі"),
    "az": ("Azerbaijani", "азербайджанский", "әзірбайжан тілі"),
    "hy": ("Armenian", "армянский", "армян тілі"),
    "ka": ("Georgian", "грузинский", "грузин тілі"),
    "mn": ("Mongolian", "монгольский", "моңғол тілі"),
    "zh": ("Chinese", "китайский", "қытай тілі"),
    "fa": ("Persian", "персидский", "парсы тілі"),
    "tr": ("Turkish", "турецкий", "түрік тілі"),
    "ar": ("Arabic", "арабский", "араб тілі"),
    "de": ("German", "немецкий", "неміс тілі"),
    "fr": ("French", "французский", "француз тілі"),
    "es": ("Spanish", "испанский", "испан тілі"),
}

# Qt's two-letter "territories" that are not countries a person or case belongs to.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB"})


def ui_language() -> str:
    """The UI language (:meth:`logbook.ui.i18n.Translations.use` sets Qt's default
    locale to it)."""
    language = QLocale().name().split("_")[0]
    return language if language in UI_LANGUAGES else "en"


def _qt_countries() -> dict[str, str]:
    """Every country Qt knows: ISO code → English name."""
    found: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
            found.setdefault(code, QLocale.territoryToString(territory))
    return found


def country_names(language: str | None = None) -> dict[str, str]:
    """ISO code → the country's name in ``language`` (the UI language by default)."""
    column = UI_LANGUAGES.index(language or ui_language())
    names = {
        code: name if column == 0 else f"{name} ({code})" for code, name in _qt_countries().items()
    }
    names.update({code: row[column] for code, row in COUNTRIES.items()})
    return names


def language_names(language: str | None = None) -> dict[str, str]:
    """Language code → the language's name in ``language`` (the UI language by default)."""
    column = UI_LANGUAGES.index(language or ui_language())
    return {code: row[column] for code, row in LANGUAGES.items()}
