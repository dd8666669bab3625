"""Names that are also ordinary words, and when a word is the ordinary word.

Роза is a name and "розы" are roses; Мир is a name and "мира" is "of the world"; Арман
is a name and "арман" a dream. Replacing every such word by a pseudonym garbles the text
("he brought Victim A") and tells a reader that a name stood there. The rule (issue
"Redaction you can prove", item 12): a word written in lower case, standing alone (not
next to another word of the person's name, an initial or a title such as "г-жа" or
"Mr"), is the ordinary word — only for names listed here. Anything else that looks like
a name is replaced, and the independent leak check still stops a lower-case name it was
not told is an ordinary word.
"""

from __future__ import annotations

from logbook.export.scripts import canonical

# Name words (as written in the nominative) that are common words in Russian, Kazakh or
# English. Keep it to words a narrative really uses: every entry lets the lower-case
# word through.
_COMMON: tuple[str, ...] = (
    # Russian
    "Роза", "Мир", "Вера", "Надежда", "Любовь", "Слава", "Лев", "Лилия", "Заря", "Роман",
    "Лада", "Виктория", "Алмаз", "Злата", "Сокол", "Орёл", "Зима", "Ворона",
    # Kazakh
    "Арман", "Бақыт", "Жұлдыз", "Ай", "Күн", "Нұр", "Гүл", "Сәуле", "Ғалым", "Қайрат",
    "Азамат", "Ерлік", "Мейір", "Шолпан", "Қуаныш", "Сана", "Дана", "Ақыл", "Әсем",
    "Ару", "Жан", "Әділет", "Ерке", "Бекзат", "Алтын", "Күміс", "Іңкәр", "Айбын",
    # English
    "Rose", "Grace", "Hope", "Faith", "Joy", "Mark", "Will", "Bill", "Lily", "Dawn",
    "Amber", "Summer", "May", "June", "April", "August", "Frank", "Ruby", "Pearl",
    "Violet", "Iris", "Daisy", "Holly", "Ivy", "Hunter", "Rob", "Pat", "Sunny", "Victor",
)  # fmt: skip
COMMON_WORD_NAMES = frozenset(canonical(word) for word in _COMMON)

# Words before a name that make it a name whatever its case ("г-жа роза"); "г-жа" and
# "г-н" also as the word that ends them.
TITLES = frozenset(
    canonical(word)
    for word in (
        "г", "гн", "гжа", "жа", "н", "господин", "госпожа", "гражданин", "гражданка", "мистер",
        "миссис", "мисс", "доктор", "апа", "апай", "аға", "ағай", "мырза", "ханым",
        "тәте", "mr", "mrs", "ms", "miss", "dr", "mister", "madam",
    )
)  # fmt: skip


def is_common_word_name(part: str) -> bool:
    """Whether the name word ``part`` is also an ordinary word (see the module docs)."""
    return canonical(part) in COMMON_WORD_NAMES
