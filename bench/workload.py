"""Deterministic synthetic workload for the vault benchmarks.

:func:`build_document` makes one ``logbook.case/1`` document (``shared/interchange.md``)
with ``n`` incidents and about three involvements each: victims, witnesses and alleged
perpetrators with Cyrillic and Latin names and their variants, Russian and English
titles and narratives of 300–1500 characters, fuzzy dates, violations, and in some
incidents a statement, an injury or a remedy. Persons recur across a few incidents.

:func:`search_query_mix` gives the search queries, each with the category it stands
for (names, prefixes, topic words, phrases, misses …), drawn from the same name pools
so that most of them find something.

Everything is drawn from a seeded :class:`random.Random`: the same arguments always
give the same document and the same queries.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from logbook.core.vocabularies import (
    CONSISTENCY_LEVELS,
    INJURY_TYPES,
    PERPETRATOR_TYPES,
    REMEDY_STATUSES,
    REMEDY_TYPES,
    VIOLATIONS,
)

DEFAULT_SEED = 20251122
NARRATIVE_MIN = 300
NARRATIVE_MAX = 1500

# Given names: (Cyrillic, gender). Kazakh letters (ә, ұ, ғ, қ …) and ё on purpose.
GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("Айгерим", "f"),
    ("Асель", "f"),
    ("Жанна", "f"),
    ("Гульнара", "f"),
    ("Алия", "f"),
    ("Әлия", "f"),
    ("Дина", "f"),
    ("Мадина", "f"),
    ("Сауле", "f"),
    ("Айдана", "f"),
    ("Камила", "f"),
    ("Ольга", "f"),
    ("Наталья", "f"),
    ("Екатерина", "f"),
    ("Юлия", "f"),
    ("Алёна", "f"),
    ("Ксения", "f"),
    ("Карина", "f"),
    ("Жұлдыз", "f"),
    ("Гүлназ", "f"),
    ("Данияр", "m"),
    ("Ерлан", "m"),
    ("Нурлан", "m"),
    ("Нұрлан", "m"),
    ("Бауыржан", "m"),
    ("Арман", "m"),
    ("Тимур", "m"),
    ("Серик", "m"),
    ("Азамат", "m"),
    ("Ержан", "m"),
    ("Руслан", "m"),
    ("Сергей", "m"),
    ("Дмитрий", "m"),
    ("Михаил", "m"),
    ("Артём", "m"),
    ("Фёдор", "m"),
    ("Пётр", "m"),
    ("Ғалым", "m"),
    ("Қайрат", "m"),
    ("Алексей", "m"),
)

# Surnames in their masculine form; the feminine adds "а" (Ахметов → Ахметова).
SURNAMES: tuple[str, ...] = (
    "Секербаев",
    "Ахметов",
    "Иванов",
    "Сулейменов",
    "Жумабаев",
    "Нурпеисов",
    "Кузнецов",
    "Смирнов",
    "Оспанов",
    "Касымов",
    "Абдрахманов",
    "Тулегенов",
    "Байжанов",
    "Мухамедов",
    "Ермеков",
    "Фёдоров",
    "Соловьёв",
    "Королёв",
    "Исмаилов",
    "Каримов",
    "Әбдіқадыров",
    "Есенов",
    "Омаров",
    "Досанов",
    "Мамыров",
    "Сатпаев",
    "Кенжебеков",
    "Рахимов",
    "Попов",
    "Волков",
    "Морозов",
    "Лебедев",
    "Қасымов",
    "Бекмұхамбетов",
    "Тоқаев",
    "Шаймерденов",
    "Утепов",
    "Жақсылықов",
    "Павлов",
    "Григорьев",
)

PATRONYMIC_ROOTS: tuple[str, ...] = (
    "Сергеев",
    "Ерланов",
    "Нурланов",
    "Александров",
    "Петров",
    "Маратов",
    "Болатов",
    "Владимиров",
)

# (Cyrillic, Latin, country code)
CITIES: tuple[tuple[str, str, str], ...] = (
    ("Алматы", "Almaty", "KZ"),
    ("Астана", "Astana", "KZ"),
    ("Шымкент", "Shymkent", "KZ"),
    ("Караганда", "Karaganda", "KZ"),
    ("Актобе", "Aktobe", "KZ"),
    ("Павлодар", "Pavlodar", "KZ"),
    ("Усть-Каменогорск", "Ust-Kamenogorsk", "KZ"),
    ("Семей", "Semey", "KZ"),
    ("Тараз", "Taraz", "KZ"),
    ("Атырау", "Atyrau", "KZ"),
    ("Костанай", "Kostanay", "KZ"),
    ("Жанаозен", "Zhanaozen", "KZ"),
    ("Бишкек", "Bishkek", "KG"),
    ("Ош", "Osh", "KG"),
    ("Ташкент", "Tashkent", "UZ"),
)

PLACES_RU: tuple[str, ...] = (
    "здания акимата",
    "районного отдела полиции",
    "кафе на левом берегу",
    "офиса общественного фонда",
    "городского суда",
    "общежития университета",
    "центральной площади",
    "торгового центра",
    "подъезда своего дома",
    "здания прокуратуры",
)
PLACES_EN: tuple[str, ...] = (
    "the akimat building",
    "the district police station",
    "a café on the left bank",
    "the office of a community foundation",
    "the city court",
    "a university dormitory",
    "the central square",
    "a shopping centre",
    "the entrance of her building",
    "the prosecutor's office",
)

GROUPS_EN: tuple[str, ...] = (
    "Officers of the {district} District Police Department of {city}",
    "Unidentified men in civilian clothes, {city}",
    "Staff of the {city} akimat",
    "Officers of the National Security Committee, {city}",
    "Members of a nationalist group in {city}",
)
GROUPS_RU: tuple[str, ...] = (
    "Сотрудники {district_ru} РУП г. {city}",
    "Неустановленные лица в штатском, {city}",
    "Сотрудники акимата г. {city}",
    "Сотрудники ДКНБ по г. {city}",
    "Участники националистической группы, {city}",
)
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("Almaly", "Алмалинского"),
    ("Bostandyk", "Бостандыкского"),
    ("Auezov", "Ауэзовского"),
    ("Medeu", "Медеуского"),
    ("Yesil", "Есильского"),
    ("Saryarka", "Сарыаркинского"),
)

TITLES_RU: tuple[str, ...] = (
    "Задержание активистки у {place_ru}",
    "Срыв собрания инициативной группы в г. {city_ru}",
    "Угрозы в адрес {surname_gen} после публикации",
    "Нападение на участниц акции в г. {city_ru}",
    "Обыск в офисе фонда, изъятие техники",
    "Административный штраф за одиночный пикет",
    "Отказ в регистрации объединения",
    "Разглашение медицинских данных {surname_gen}",
    "Избиение у {place_ru}, полиция бездействует",
    "Слежка и давление на семью {surname_gen}",
)
TITLES_EN: tuple[str, ...] = (
    "Meeting disrupted; organiser detained in {city_en}",
    "Threats against {given_en} after a social media post",
    "Assault near {place_en}",
    "Peaceful picket dispersed, {n} participants fined",
    "Search of the foundation's office and seizure of laptops",
    "Registration of the association refused again",
    "Medical records of {given_en} disclosed to employer",
    "Detention without access to a lawyer in {city_en}",
    "Smear campaign on a state TV channel",
    "Eviction after a complaint about police abuse",
)

NARRATIVE_RU: tuple[str, ...] = (
    "Около {time} {victim} вышла из {place_ru}, где проходило собрание инициативной группы.",
    "К ней подошли несколько мужчин в штатском и потребовали предъявить документы.",
    "Сотрудники полиции доставили {victim} в районный отдел без объяснения причин.",
    "Протокол задержания был составлен только через шесть часов.",
    "По словам {surname_gen}, ей угрожали распространением личной информации.",
    "Свидетель {witness} видел, как её толкнули к двери служебного автомобиля.",
    "Адвоката к задержанной не допустили, телефон изъяли.",
    "На следующий день {victim} обратилась в травмпункт г. {city_ru}.",
    "Врач зафиксировал кровоподтёки на левом предплечье и ссадины на запястьях.",
    "Жалоба в прокуратуру осталась без ответа, проверка не проводилась.",
    "В социальных сетях появились публикации с её фотографией и адресом.",
    "Участники акции держали плакаты и не нарушали общественный порядок.",
    "Полиция разогнала пикет, ссылаясь на отсутствие согласования с акиматом.",
    "Суд назначил административный штраф в размере 50 МРП.",
    "Организация неоднократно подавала документы на регистрацию, но получала отказ.",
    "Неизвестные звонили родственникам и требовали, чтобы она прекратила деятельность.",
    "Её коллеги сообщили, что за офисом фонда установлено наблюдение.",
    "Сотрудник акимата заявил, что подобные мероприятия «не нужны городу».",
    "Событие произошло в {city_ru}, свидетели готовы дать показания.",
    "{witness} подтвердил, что нападавшие выкрикивали оскорбления.",
)
NARRATIVE_EN: tuple[str, ...] = (
    "At about {time}, {victim} left {place_en}, where the group had met.",
    "Several men in plain clothes approached and demanded to see identity documents.",
    "Police officers took {victim} to the district station without giving a reason.",
    "The detention record was drawn up only six hours later.",
    "According to {victim}, officers threatened to publish private information.",
    "The witness {witness} saw her being pushed against the door of a police car.",
    "She was denied access to a lawyer and her phone was confiscated.",
    "The next day {victim} went to the emergency clinic in {city_en}.",
    "A doctor recorded bruising on the left forearm and abrasions on both wrists.",
    "A complaint to the prosecutor's office received no answer; no inquiry was opened.",
    "Posts with her photograph and home address appeared on social media.",
    "The participants held placards and did not disturb public order.",
    "Police dispersed the picket, citing the lack of approval from the akimat.",
    "The court imposed an administrative fine of 50 monthly calculation indices.",
    "The organisation applied for registration several times and was refused each time.",
    "Unknown callers contacted relatives and demanded that she stop her work.",
    "Colleagues report that the foundation's office is under surveillance.",
    "An akimat official said that such events are 'not needed by the city'.",
    "The incident took place in {city_en}; witnesses are ready to testify.",
    "{witness} confirmed that the attackers shouted insults.",
)
STATEMENT_RU: tuple[str, ...] = (
    "Я стояла у входа, когда подъехала машина без номеров.",
    "Меня взяли за руки и посадили в автомобиль, ничего не объясняя.",
    "В отделе мне сказали, что если я не подпишу бумаги, сообщат на работу.",
    "Я видел, как {victim} упала, когда её толкнули.",
    "Нам не дали позвонить адвокату и родственникам.",
    "После этого мне несколько раз звонили с неизвестных номеров.",
)
STATEMENT_EN: tuple[str, ...] = (
    "I was standing at the entrance when a car without plates pulled up.",
    "They grabbed my arms and put me in the car without any explanation.",
    "At the station they said my employer would be told unless I signed.",
    "I saw {victim} fall when she was pushed.",
    "We were not allowed to call a lawyer or our families.",
    "Afterwards I received several calls from unknown numbers.",
)

OCCUPATIONS: tuple[str, ...] = (
    "coordinator",
    "journalist",
    "lawyer",
    "student",
    "teacher",
    "doctor",
    "активистка",
    "психолог",
    "blogger",
    "unemployed",
)
GENDERS: dict[str, tuple[str, str]] = {"f": ("woman", "she/her"), "m": ("man", "he/him")}

# Words for topic and phrase queries: common in the narratives (Russian and English).
TOPIC_WORDS: tuple[str, ...] = (
    "задержание",
    "полиции",
    "акимата",
    "штраф",
    "прокуратуру",
    "свидетель",
    "адвоката",
    "police",
    "detention",
    "lawyer",
    "complaint",
    "witness",
    "picket",
    "surveillance",
)
MISS_WORDS: tuple[str, ...] = (
    "Zyxwvut",
    "несуществующий",
    "Qwertyuiop",
    "Хрюкозябра",
    "Blorptastic",
    "Шкафчиковый",
    "Xenomorphic",
    "Ъъъ",
)

_LATIN_PASSPORT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
}  # fmt: skip
# A second common romanisation: the variants a name really turns up under.
_LATIN_ALTERNATIVE = {
    **_LATIN_PASSPORT,
    "ё": "e", "ж": "j", "й": "i", "х": "h", "ю": "iu", "я": "ia", "ә": "ä", "ғ": "gh",
    "қ": "q", "ң": "ng", "ө": "ö", "ү": "ü",
}  # fmt: skip


def transliterate(text: str, table: dict[str, str]) -> str:
    """Romanise Cyrillic ``text`` with ``table``, keeping the case of each word's start."""
    out = []
    for ch in text:
        latin = table.get(ch.lower())
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def surname_for(root: str, gender: str) -> str:
    """``Ахметов`` → ``Ахметова`` for a woman; ``Соловьёв`` → ``Соловьёва``."""
    return root + "а" if gender == "f" else root


def surname_genitive(root: str, gender: str) -> str:
    """The genitive used in narratives: ``Секербаевой``, ``Секербаева``."""
    return root + "ой" if gender == "f" else root + "а"


@dataclass
class _PersonInfo:
    ref: str
    display: str  # the name used in narratives
    surname_gen: str
    given_en: str


@dataclass
class _Builder:
    rng: random.Random
    persons: list[dict[str, Any]] = field(default_factory=list)
    victims: list[_PersonInfo] = field(default_factory=list)
    witnesses: list[_PersonInfo] = field(default_factory=list)
    groups: list[_PersonInfo] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def next_id(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{self.counters[prefix]}"

    # Persons ---------------------------------------------------------------------------

    def individual(self) -> _PersonInfo:
        rng = self.rng
        given, gender = rng.choice(GIVEN_NAMES)
        root = rng.choice(SURNAMES)
        surname = surname_for(root, gender)
        cyrillic = f"{given} {surname}"
        passport = transliterate(cyrillic, _LATIN_PASSPORT)
        alternative = transliterate(cyrillic, _LATIN_ALTERNATIVE)
        variants = [passport]
        if alternative != passport:
            variants.append(alternative)
        if rng.random() < 0.3:
            ending = "на" if gender == "f" else "ич"
            variants.append(f"{surname} {given} {rng.choice(PATRONYMIC_ROOTS)}{ending}")
        if rng.random() < 0.2:
            variants.append(f"{given} {surname[0]}.")
        # Most records are kept in Cyrillic; some under the passport spelling.
        if rng.random() < 0.3:
            name, variants = passport, [cyrillic, *variants[1:]]
        else:
            name = cyrillic
        ref = self.next_id("p")
        identity, pronouns = GENDERS[gender]
        minor = rng.random() < 0.03
        person: dict[str, Any] = {
            "id": ref,
            "kind": "individual",
            "name": name,
            "name_variants": variants,
            "gender_identity": identity if rng.random() < 0.8 else None,
            "pronouns": pronouns if rng.random() < 0.5 else None,
            "birth_year": rng.randint(2010, 2012) if minor else rng.randint(1955, 2004),
            "is_minor": minor,
            "nationality": "KZ" if rng.random() < 0.85 else rng.choice(["KG", "RU", "UZ"]),
            "occupation": rng.choice(OCCUPATIONS),
            "is_hrd": rng.random() < 0.4,
            "consent": {
                "share_with_un": rng.random() < 0.7,
                "disclose_to_state": rng.random() < 0.3,
                "publish": rng.random() < 0.1,
                "medical_details": rng.random() < 0.4,
                "photos": rng.random() < 0.2,
                "obtained_on": _iso(_random_day(rng)),
                "obtained_how": rng.choice(["in person, oral", "by phone", "лично, письменно"]),
            },
        }
        if person["is_hrd"]:
            person["hrd_work"] = "documents violations against LBTQ women"
        self.persons.append(person)
        return _PersonInfo(
            ref, cyrillic, surname_genitive(root, gender), transliterate(given, _LATIN_PASSPORT)
        )

    def group(self) -> _PersonInfo:
        rng = self.rng
        city_ru, city_en, _ = rng.choice(CITIES)
        district_en, district_ru = rng.choice(DISTRICTS)
        i = rng.randrange(len(GROUPS_EN))
        name_en = GROUPS_EN[i].format(district=district_en, city=city_en)
        name_ru = GROUPS_RU[i].format(district_ru=district_ru, city=city_ru)
        ru_first = rng.random() < 0.5
        ref = self.next_id("p")
        self.persons.append(
            {
                "id": ref,
                "kind": "group",
                "name": name_ru if ru_first else name_en,
                "name_variants": [name_en if ru_first else name_ru],
            }
        )
        return _PersonInfo(ref, name_ru, name_ru, name_en)

    def pick(self, pool: list[_PersonInfo], make: Any, reuse: float) -> _PersonInfo:
        """A person of ``pool`` again (recurring) with probability ``reuse``, else new."""
        if pool and self.rng.random() < reuse:
            # Recent persons recur more: a case's story moves on.
            return pool[max(0, len(pool) - 1 - int(self.rng.expovariate(1 / 40)))]
        info = make()
        pool.append(info)
        return info

    # Incidents -------------------------------------------------------------------------

    def incident(self) -> dict[str, Any]:
        rng = self.rng
        ref = self.next_id("i")
        involvements: list[dict[str, Any]] = []
        seen: set[str] = set()

        def involve(info: _PersonInfo, role: str, **extra: Any) -> None:
            if info.ref not in seen:
                seen.add(info.ref)
                involvements.append({"person": info.ref, "role": role, **extra})

        victims = [self.pick(self.victims, self.individual, 0.15)]
        if rng.random() < 0.35:
            victims.append(self.pick(self.victims, self.individual, 0.15))
        for v in victims:
            involve(v, "victim")
        witnesses = [
            self.pick(self.witnesses, self.individual, 0.2) for _ in range(rng.choice((0, 1, 1, 2)))
        ]
        for w in witnesses:
            involve(w, "witness")
        if rng.random() < 0.8:
            state = rng.random() < 0.75
            involve(
                self.pick(self.groups, self.group, 0.6),
                "alleged_perpetrator",
                perpetrator_type=rng.choice(PERPETRATOR_TYPES[:8] if state else ("unknown",)),
                state_actor=state,
            )

        city_ru, city_en, country = rng.choice(CITIES)
        english = rng.random() < 0.4
        slots = {
            "victim": victims[0].display,
            "witness": witnesses[0].display if witnesses else "Ержан",
            "surname_gen": victims[0].surname_gen,
            "given_en": victims[0].given_en,
            "city_ru": city_ru,
            "city_en": city_en,
            "place_ru": rng.choice(PLACES_RU),
            "place_en": rng.choice(PLACES_EN),
            "time": f"{rng.randint(8, 22)}:{rng.choice(('00', '15', '30', '45'))}",
            "n": rng.randint(2, 15),
        }
        title = rng.choice(TITLES_EN if english else TITLES_RU).format(**slots)
        the_date = self.fuzzy_date()
        incident: dict[str, Any] = {
            "id": ref,
            "title": title,
            "date": the_date,
            "location": {
                "country": country,
                "region": city_en if english else city_ru,
                "locality": city_en if english else city_ru,
                "place": slots["place_en"] if english else slots["place_ru"],
            },
            "narrative": self.narrative(english, slots),
            "violations": rng.sample(VIOLATIONS, rng.randint(1, 4)),
            "ongoing": rng.random() < 0.1,
            "involvements": involvements,
            "injuries": [],
            "statements": [],
            "remedies": [],
        }
        speakers = victims + witnesses
        if rng.random() < 0.3:
            incident["statements"].append(self.statement(rng.choice(speakers), slots))
        if rng.random() < 0.15:
            incident["injuries"].append(self.injury(victims[0]))
        if rng.random() < 0.1:
            incident["remedies"].append(self.remedy())
        return incident

    def narrative(self, english: bool, slots: dict[str, Any]) -> str:
        """Sentences in the incident's language (a few of the other) until 300–1500 chars."""
        return compose(self.rng, NARRATIVE_EN if english else NARRATIVE_RU, slots)

    def fuzzy_date(self) -> dict[str, Any]:
        rng = self.rng
        day = _random_day(rng)
        r = rng.random()
        if r < 0.05:
            return {"value": None, "precision": "unknown"}
        if r < 0.15:
            return {"value": str(day.year), "precision": "year", "approximate": True}
        if r < 0.35:
            value: dict[str, Any] = {"value": day.strftime("%Y-%m"), "precision": "month"}
            value["approximate"] = rng.random() < 0.3
            if rng.random() < 0.15:
                value["end"] = (day + timedelta(days=rng.randint(31, 120))).strftime("%Y-%m")
            return value
        value = {"value": _iso(day), "precision": "day", "approximate": rng.random() < 0.1}
        if rng.random() < 0.3:
            value["time"] = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        elif rng.random() < 0.1:
            value["end"] = _iso(day + timedelta(days=rng.randint(1, 30)))
        return value

    def statement(self, speaker: _PersonInfo, slots: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        language = rng.choice(("ru", "ru", "en", "kk"))
        sentences = STATEMENT_EN if language == "en" else STATEMENT_RU
        text = " ".join(s.format(**slots) for s in rng.sample(sentences, rng.randint(2, 5)))
        return {
            "id": self.next_id("s"),
            "person": speaker.ref,
            "taken_on": _iso(_random_day(rng)),
            "language": language,
            "text": text,
            "confidential": rng.random() < 0.3,
        }

    def injury(self, victim: _PersonInfo) -> dict[str, Any]:
        rng = self.rng
        return {
            "id": self.next_id("inj"),
            "person": victim.ref,
            "type": rng.choice(INJURY_TYPES),
            "body_location": rng.choice(("left forearm", "левое плечо", "head", "wrists")),
            "description": rng.choice(
                ("bruising from being pushed against a door", "ссадины на запястьях от наручников")
            ),
            "observed_on": _iso(_random_day(rng)),
            "examined_by": rng.choice(("Dr. Example", "травматолог городской поликлиники")),
            "facility": "city clinic",
            "consistency": rng.choice(CONSISTENCY_LEVELS),
            "medically_confidential": True,
        }

    def remedy(self) -> dict[str, Any]:
        rng = self.rng
        return {
            "id": self.next_id("r"),
            "type": rng.choice(REMEDY_TYPES),
            "authority": rng.choice(("District Police Department", "Прокуратура г. Алматы")),
            "date": _iso(_random_day(rng)),
            "outcome": rng.choice((None, "no investigation opened", "отказ в возбуждении дела")),
            "status": rng.choice(REMEDY_STATUSES),
        }


def compose(rng: random.Random, sentences: tuple[str, ...], slots: dict[str, Any]) -> str:
    """A narrative of ``NARRATIVE_MIN``–``NARRATIVE_MAX`` characters from ``sentences``.

    About one sentence in eight comes from the other language: notes mix both.
    """
    target = rng.randint(NARRATIVE_MIN, NARRATIVE_MAX)
    other = NARRATIVE_RU if sentences is NARRATIVE_EN else NARRATIVE_EN
    text = ""
    while len(text) < target:
        pool = other if rng.random() < 0.125 else sentences
        sentence = rng.choice(pool).format(**slots)
        if len(text) + 1 + len(sentence) > NARRATIVE_MAX:
            if len(text) >= NARRATIVE_MIN:
                break
            continue
        text = f"{text} {sentence}" if text else sentence
    return text


def _random_day(rng: random.Random) -> date:
    return date(2014, 1, 1) + timedelta(days=rng.randrange(12 * 365))


def _iso(day: date) -> str:
    return day.isoformat()


def build_document(n_incidents: int = 10_000, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """One ``logbook.case/1`` document with ``n_incidents`` incidents (deterministic)."""
    builder = _Builder(random.Random(seed))
    incidents = [builder.incident() for _ in range(n_incidents)]
    return {
        "format": "logbook.case/1",
        "case": {
            "id": "case-bench",
            "title": "Синтетическое дело для замеров / Synthetic benchmark case",
            "country": "KZ",
            "summary": "Generated by bench/workload.py; no real person is described.",
            "mandates": ["SR_HRD", "SR_ASSEMBLY", "IE_SOGI", "WGAD"],
            "communication_type": "auto",
            "concerns": "Synthetic.",
            "requested_action": "Synthetic.",
        },
        "source": {"name": "Benchmark Collective", "kind": "organisation"},
        "persons": builder.persons,
        "incidents": incidents,
        "evidence": [],
    }


def document_bytes(n_incidents: int = 10_000, seed: int = DEFAULT_SEED) -> bytes:
    """:func:`build_document` as the UTF-8 JSON bytes ``import_case`` reads."""
    document = build_document(n_incidents, seed)
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def document_counts(document: dict[str, Any]) -> dict[str, int]:
    """How many records of each kind the document holds (the case counts as one)."""
    incidents = document["incidents"]
    return {
        "case": 1,
        "persons": len(document["persons"]),
        "incidents": len(incidents),
        "involvements": sum(len(i["involvements"]) for i in incidents),
        "statements": sum(len(i["statements"]) for i in incidents),
        "injuries": sum(len(i["injuries"]) for i in incidents),
        "remedies": sum(len(i["remedies"]) for i in incidents),
        "evidence": len(document["evidence"]),
    }


def new_incident_fields(rng: random.Random) -> dict[str, Any]:
    """Fields of one more incident (title, date, location, narrative, violations), as
    the document's JSON objects, for save benchmarks that build model records."""
    builder = _Builder(rng)
    incident = builder.incident()
    return {
        key: incident[key]
        for key in ("title", "date", "location", "narrative", "violations", "ongoing")
    }


def edited_narrative(rng: random.Random, english: bool) -> str:
    """A fresh narrative for updating an incident."""
    city_ru, city_en, _ = rng.choice(CITIES)
    given, gender = rng.choice(GIVEN_NAMES)
    root = rng.choice(SURNAMES)
    slots = {
        "victim": f"{given} {surname_for(root, gender)}",
        "witness": "Ержан Омаров",
        "surname_gen": surname_genitive(root, gender),
        "city_ru": city_ru,
        "city_en": city_en,
        "place_ru": rng.choice(PLACES_RU),
        "place_en": rng.choice(PLACES_EN),
        "time": "18:30",
    }
    return compose(rng, NARRATIVE_EN if english else NARRATIVE_RU, slots)


# Queries -------------------------------------------------------------------------------

QUERY_WEIGHTS: dict[str, int] = {
    "surname_cyrillic": 18,  # "Секербаева"
    "given_name": 10,  # "Айгерим", "Aigerim"
    "surname_latin": 12,  # "Sekerbaeva", "Sekerbaeva" in the other romanisation
    "full_name": 10,  # "Айгерим Секербаева"
    "prefix": 15,  # "Секерб", "Sekerb": a word being typed
    "yo_folding": 5,  # "Петр" finds "Пётр", "Алена" finds "Алёна"
    "topic_word": 10,  # "полиции", "detention": thousands of matches
    "phrase": 8,  # "задержание Алматы", "police Almaty"
    "miss": 9,  # nothing matches
    "short_prefix": 3,  # "Ай", "se": the first letters typed
}


def search_query_mix(count: int = 300, seed: int = DEFAULT_SEED) -> list[tuple[str, str]]:
    """``count`` (category, query) pairs; categories weighted by :data:`QUERY_WEIGHTS`."""
    rng = random.Random(seed + 1)
    categories = list(QUERY_WEIGHTS)
    weights = list(QUERY_WEIGHTS.values())
    return [(c, _query(rng, c)) for c in rng.choices(categories, weights, k=count)]


def search_queries(count: int = 300, seed: int = DEFAULT_SEED) -> list[str]:
    """Just the query strings of :func:`search_query_mix`."""
    return [query for _, query in search_query_mix(count, seed)]


def _query(rng: random.Random, category: str) -> str:
    given, gender = rng.choice(GIVEN_NAMES)
    surname = surname_for(rng.choice(SURNAMES), gender)
    table = rng.choice((_LATIN_PASSPORT, _LATIN_ALTERNATIVE))
    if category == "surname_cyrillic":
        return surname if rng.random() < 0.8 else surname.lower()
    if category == "given_name":
        return given if rng.random() < 0.6 else transliterate(given, table)
    if category == "surname_latin":
        return transliterate(surname, table)
    if category == "full_name":
        full = f"{given} {surname}"
        return full if rng.random() < 0.6 else transliterate(full, _LATIN_PASSPORT)
    if category == "prefix":
        word = surname if rng.random() < 0.6 else transliterate(surname, table)
        return word[: rng.randint(3, 6)]
    if category == "yo_folding":
        with_yo = [n for n, _ in GIVEN_NAMES if "ё" in n] + [s for s in SURNAMES if "ё" in s]
        return rng.choice(with_yo).replace("ё", "е")
    if category == "topic_word":
        return rng.choice(TOPIC_WORDS)
    if category == "phrase":
        city_ru, city_en, _ = rng.choice(CITIES)
        if rng.random() < 0.5:
            return f"{rng.choice(TOPIC_WORDS[:7])} {city_ru}"
        return f"{rng.choice(TOPIC_WORDS[7:])} {city_en}"
    if category == "miss":
        return rng.choice(MISS_WORDS)
    if category == "short_prefix":
        word = given if rng.random() < 0.5 else transliterate(surname, table)
        return word[:2]
    raise ValueError(f"unknown query category {category!r}")
