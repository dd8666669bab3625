"""The identifying values in a person's contact details or private notes (DESIGN.md §5).

Contact details and private notes are never exported, wherever they are repeated. Looking
for the whole field, or for its sentences, misses a phone number or an address written
differently in a narrative ("8 701 …" in the contact, "+7 (701) …" in the narrative);
:func:`values` gives each identifying value in the forms to look for, and
:func:`sentences` splits a note into the phrases to look for on their own.

Pure functions of their text (``re`` and ``unicodedata`` only): they keep nothing, print
nothing and log nothing — what they return is case content, for the caller's protected
terms only.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["sentences", "values"]

# --- Numbers: phones, IIN, passport and ID card numbers --------------------------------

# A run of digit groups: an optional "+", then digits separated by spaces, hyphens, dashes,
# brackets or "№" ("+7 (701) 234-56-78", "45 10 № 123456"). Not dots or slashes:
# "12.03.2024" and "15/2" are dates and house numbers.
_GAP = r"[ \t\u00a0\u2009\u202f\-‐‑‒–—()№]{0,4}"
_RUN = re.compile(rf"(?<![\d+])\+?\s?\(?\d(?:{_GAP}\d)*(?!\d)")
_GROUP = re.compile(r"\d+")
# Amounts of money are not identifiers: "15 000 000 тенге".
_MONEY_AFTER = re.compile(
    r"\s*(?:тенге|теңге|тг|₸|kzt|руб\w*|р\.|₽|rub|\$|usd|долл\w*|eur|€|евро|сом\w*|"
    r"мың|млн|млрд|тыс\w*|million|thousand)(?!\w)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# +CCC national numbers that are also written without the country code.
_COUNTRY_CODES = ("996", "998", "992", "993", "994", "995", "374", "375", "380", "373", "90")
_MIN_ID_DIGITS = 6
_MAX_ID_DIGITS = 12

# --- E-mail addresses and handles -------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+\-])([\w.+\-]+)@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE_CHARS = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
_AT_HANDLE = re.compile(rf"(?<![\w@.])@({_HANDLE_CHARS})")
_PROFILE_URL = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.|m\.)?"
    r"(?:t\.me|telegram\.me|instagram\.com|instagr\.am|facebook\.com|fb\.com|vk\.com|"
    r"ok\.ru|tiktok\.com|twitter\.com|x\.com|threads\.net|youtube\.com|linkedin\.com/in)"
    rf"/@?({_HANDLE_CHARS})",
    re.IGNORECASE,
)
_PLATFORM = (
    r"(?:telegram|телеграмм?|телега|tg|тг|instagram|инстаграмм?|insta|инста|ig|"
    r"facebook|фейсбук|fb|фб|vk|вк|вконтакте|tiktok|тикток|twitter|твиттер|threads|"
    r"signal|сигнал|skype|скайп|youtube|ютуб|nick|nickname|username|ник|никнейм|логин|login)"
)
# "telegram: amir_k", "tg - @amir_k", "tg amir_k": after a separator any handle; after a
# bare space only one that cannot be an ordinary word ("telegram channel").
_NAMED_HANDLE = re.compile(
    rf"(?<!\w){_PLATFORM}(?:\s*[:\-–—=]\s*|\s+(?=@|[A-Za-z0-9]*(?:[_\d]|\.\w)))"
    rf"@?({_HANDLE_CHARS})"
    r"(?![\w/@])",
    re.IGNORECASE,
)
# Paths of a profile URL that are not a handle ("facebook.com/profile.php?id=…").
_NOT_HANDLES = frozenset(
    "profile.php groups pages people p reel reels stories watch share joinchat s c id "  # noqa: SIM905
    "photo.php permalink.php story.php events hashtag explore".split()
)
_MIN_HANDLE = 3
_MIN_LOCAL_PART = 4

# --- Street addresses --------------------------------------------------------------------

# A street name: one to three words ("Абая", "Толе би", "Самал-2", "«Нурлы Тау»").
_NAME_WORD = r"(?:[«\"']?[^\W\d_][\w\-‑’'.]*[»\"']?|\d+-?(?:я|й|ая|ой|ый|th|st|nd|rd)?(?=\s+\w))"
_NAME = rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,2}}?"
_NUMBER = r"\d+(?:\s?[а-яёәғқңөұүһіa-z](?![\w.]))?(?:/\d+[а-яa-z]?)?"
_HOUSE = r"(?:д\.|дом|үй|корп\.|no\.?|№|#)"
_FLAT = r"(?:кв\.?|квартира|пәтер|оф\.?|офис|apt\.?|apartment|flat|office)"
_STREET_BEFORE = (
    r"(?:ул\.|улица|пр\.|пр-т|просп\.|проспект|мкр\.?|мкр-н|микрорайон|б-р|бульвар|"
    r"пер\.|переулок|наб\.|набережная|шоссе|тупик|проезд|пл\.|площадь|көш\.|даңғ\.|"
    r"шағын\s+аудан\w*|ықшам\s?аудан\w*)"
)
_STREET_AFTER = (
    r"(?:көшесі|көш\.|даңғылы|даңғ\.|шағын\s+ауданы|ықшам\s?ауданы|ш\.а\.|"
    r"street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.?|lane|ln\.)"
)
_FLAT_TAIL = rf"(?:[,\s]*(?:{_FLAT}\s*\d+|\d+\s*(?:пәтер|кв\.)))?"
_ADDRESSES = [
    # "ул. Абая 15, кв. 3", "мкр. Самал-2, д. 5", "пр-т Достык, дом 10А"
    re.compile(
        rf"(?<!\w){_STREET_BEFORE}\s*(?P<name>{_NAME})[,\s]*(?:{_HOUSE}\s*)?"
        rf"(?P<house>{_NUMBER})(?:\s*үй)?{_FLAT_TAIL}",
        re.IGNORECASE,
    ),
    # "Абай көшесі, 15 үй, 3 пәтер", "Abay St. 12, apt 4", "Kabanbay Batyr Ave. 5"
    re.compile(
        rf"(?<![\w\-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s+{_STREET_AFTER}[,\s]*"
        rf"(?:{_HOUSE}\s*)?(?P<house>{_NUMBER})(?:\s*үй)?{_FLAT_TAIL}",
        re.IGNORECASE,
    ),
    # "12 Abay Street", "15 Abay Ave., apt 3"
    re.compile(
        rf"(?<![\w\-])(?P<house>\d+[a-z]?),?\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s+"
        rf"(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane)(?!\w)"
        rf"(?:[,\s]*(?:{_FLAT}|No\.?|#)\s*\d+)?",
        re.IGNORECASE,
    ),
]
_NOT_NAMES = re.compile(
    r"(?:на|по|в|во|и|к|at|on|in|the|of|and|дом|д|үй|no|кв|живёт|живет|lives)", re.IGNORECASE
)


def values(text: str | None) -> list[str]:
    """The identifying values in a contact or private-notes ``text``, each in the forms
    to look for elsewhere in the case, in order of appearance, without duplicates:

    - a phone number as digit strings: for a Kazakh or Russian number (+7, 8, or ten
      digits starting with 7), its international digits ``77012345678``, national digits
      ``7012345678`` and dialled form ``87012345678``, however it is written; another
      international number (``+996 555 123 456``) by its digits ``996555123456`` and,
      for a few neighbouring countries' codes, its national digits ``555123456``;
    - an IIN (12 digits), a passport or ID card number (``N12345678``, ``№ 045123456``,
      ``4510 123456``) by its digits — any run of 6 to 12 digits that is not a phone
      number, a date, a range of years or an amount of money;
    - an e-mail address whole, and its local part if it has at least 4 characters;
    - a social-media handle (``@amir_k``, ``telegram: amir_k``, ``tg amir_k``,
      ``t.me/amir_k``, ``instagram.com/amir.k``) without the ``@``, if at least 3
      characters long;
    - a street address (``ул. Абая 15, кв. 3``, ``мкр. Самал-2, д. 5``,
      ``Абай көшесі, 15``, ``12 Abay Street``) as written from the street word through
      the house or flat number, and the street name with the house number alone
      (``Абая 15``, ``Самал-2 5``, ``12 Abay``).

    Everything returned is case content: never log or print it.
    """
    if not text or not text.strip():
        return []
    text = unicodedata.normalize("NFC", text)
    found: dict[str, int] = {}

    def add(position: int, value: str) -> None:
        value = value.strip()
        if value and value not in found:
            found[value] = position

    for start, value in _number_values(text):
        add(start, value)
    for m in _EMAIL.finditer(text):
        add(m.start(), m.group())
        if len(m.group(1)) >= _MIN_LOCAL_PART:
            add(m.start(), m.group(1))
    for pattern in (_AT_HANDLE, _PROFILE_URL, _NAMED_HANDLE):
        for m in pattern.finditer(text):
            handle = m.group(1).strip(".")
            if (
                len(handle) >= _MIN_HANDLE
                and not handle.isdigit()
                and handle.casefold() not in _NOT_HANDLES
                and not _in_email(text, m)
            ):
                add(m.start(1), handle)
    for start, value in _address_values(text):
        add(start, value)
    return sorted(found, key=lambda v: found[v])


def _in_email(text: str, m: re.Match[str]) -> bool:
    """Whether the handle ``m`` found is part of an e-mail address (``amir_k@mail.ru``)."""
    return m.end(1) < len(text) and text[m.end(1)] == "@"


def _number_values(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for run in _RUN.finditer(text):
        if _MONEY_AFTER.match(text, run.end()):
            continue
        groups = [(g.start() + run.start(), g.group()) for g in _GROUP.finditer(run.group())]
        plus = run.group().lstrip().startswith("+")
        found += _split_run(groups, plus)
    return found


def _split_run(groups: list[tuple[int, str]], plus: bool) -> list[tuple[int, str]]:
    """The values of one run of digit groups: phone numbers wherever they start (the
    longest one at each place), then what is left between them as ID numbers."""
    found: list[tuple[int, str]] = []
    rest: list[tuple[int, str]] = []
    i = 0
    while i < len(groups):
        phone = None
        for j in range(len(groups), i, -1):
            digits = "".join(g for _, g in groups[i:j])
            phone = _phone_forms(digits, plus and i == 0)
            if phone:
                break
        if phone:
            found += _ids(rest)
            rest = []
            found += [(groups[i][0], form) for form in phone]
            i = j
        else:
            rest.append(groups[i])
            i += 1
    return found + _ids(rest)


def _phone_forms(digits: str, plus: bool) -> list[str]:
    """The forms of a phone number written with ``digits`` (after a "+" if ``plus``), or
    ``[]`` if they are not one."""
    if plus and digits.startswith("7"):
        national = digits[1:] if len(digits) == 11 else None
    elif not plus and len(digits) == 11 and digits[0] in "78":
        national = digits[1:]
    elif not plus and len(digits) == 10 and digits[0] == "7":
        national = digits
    else:
        national = None
    if national is not None:
        return ["7" + national, national, "8" + national]
    if plus and not digits.startswith("7") and 8 <= len(digits) <= 15:
        forms = [digits]
        for code in _COUNTRY_CODES:
            if digits.startswith(code) and len(digits) - len(code) >= 8:
                forms.append(digits[len(code) :])
                break
        return forms
    return []


def _ids(groups: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Digits left over in a run: an identity, passport or card number if 6 to 12 long,
    unless they are a range of years ("2019-2024")."""
    if not groups:
        return []
    digits = "".join(g for _, g in groups)
    if not _MIN_ID_DIGITS <= len(digits) <= _MAX_ID_DIGITS:
        return [(s, g) for s, g in groups if _MIN_ID_DIGITS <= len(g) <= _MAX_ID_DIGITS]
    if len(groups) > 1 and all(_YEAR.fullmatch(g) for _, g in groups):
        return []
    return [(groups[0][0], digits)]


def _address_values(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for pattern in _ADDRESSES:
        for m in pattern.finditer(text):
            words = list(re.finditer(r"\S+", m.group("name")))
            while words and _NOT_NAMES.fullmatch(words[0].group().strip(".")):
                words = words[1:]
            if not words:
                continue
            name = " ".join(w.group() for w in words)
            house = m.group("house")
            house_first = m.start("house") < m.start("name")
            start = m.start() if house_first else m.start("name") + words[0].start()
            if pattern is _ADDRESSES[0]:
                start = m.start()  # from the street word
            found.append((start, _trim(text[start : m.end()])))
            found.append((start, f"{house} {name}" if house_first else f"{name} {house}"))
            if len(words) > 1 and not house_first and pattern is not _ADDRESSES[0]:
                # "Живёт Абай көшесі 5": the words before the street word may not all
                # be its name.
                found.append((start, f"{words[-1].group()} {house}"))
    return found


def _trim(value: str) -> str:
    return value.strip().rstrip(",;:").strip()


# --- Sentences ---------------------------------------------------------------------------

# Words written with a dot that does not end a sentence (compared case-insensitively,
# without the dot; "т.е." and "т.д." end in the single letters "е" and "д").
_ABBREVIATIONS = frozenset(
    """
    ул пр пр-т просп д кв мкр мкр-н г гг им тел ст стр обл р-н пос с п пер наб ш пл корп
    оф эт каб т е др пр см напр рис тыс млн млрд руб коп тг чел ок ср вкл искл зам нач
    зав пом рук гос проф доц акад канд докт юр мед ген полк подп лейт серж мл ст
    көш даңғ ш а ж жж т б бұл т.б
    obl st ave rd blvd ln apt no nos dr mr mrs ms prof jr sr vs etc e.g i.e e g i
    approx dept est fig inc ltd co corp gen col lt sgt capt gov sen rep p pp vol ed
    jan feb mar apr jun jul aug sep sept oct nov dec tel ph
    """.split()  # noqa: SIM905
)
# A candidate end: ".", "!", "?" or an ellipsis (with closing quotes or brackets), or ";"
# or a line break.
_END = re.compile(r"(?:[.!?…]+[»\"'”)\]]*)(?=\s|$)|;|\n")
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")


def sentences(text: str | None) -> list[str]:
    """The sentences and phrases of a private note, stripped, without their final
    punctuation, in order. A note splits at ``.``, ``!``, ``?``, ``…`` followed by a space
    or the end, at ``;`` and at line breaks — never at the dot of an abbreviation (ул. пр.
    д. кв. мкр. г. т.е. т.д. им. тел. ст. көш. obl. st. ave. No. Dr. Mr. Ms. etc.), after
    a single-letter initial ("А. С. Секербаева"), or inside a number, an e-mail address
    or a web address ("12.03.2024", "a.b@mail.kz", "t.me/x")."""
    if not text or not text.strip():
        return []
    text = unicodedata.normalize("NFC", text)
    parts: list[str] = []
    start = 0
    for m in _END.finditer(text):
        if (
            m.group().startswith(".")
            and m.group().rstrip("»\"'”)]") == "."
            and _abbreviation(text, m.start())
        ):
            continue
        parts.append(text[start : m.start()])
        start = m.end()
    parts.append(text[start:])
    return [p for p in (part.strip() for part in parts) if p]


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the single dot at ``dot`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, 0, dot)
    if m is None:
        return False
    word = m.group(1).casefold()
    if word in _ABBREVIATIONS or word.rsplit(".", 1)[-1] in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()
