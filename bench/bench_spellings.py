"""Spellings of names across scripts: how many real-world spellings are caught, how many
forms a name gets, and what indexing 500 names costs.

    .venv/bin/python bench/bench_spellings.py            # prints one JSON object
    .venv/bin/python bench/bench_spellings.py --runs 9   # more timing runs

- ``catch_rate``: the pairs of tests/export/data/spelling_pairs.tsv (Cyrillic, Latin as
  actually seen, style). A pair is caught if the Latin spelling's key is among
  ``latin_spellings(cyrillic)`` (``forward``) or the Cyrillic word's key among
  ``cyrillic_spellings(latin)`` (``backward``); ``rate`` is either of them.
- ``spellings_per_name``: over the 500 names below, the number of Latin spellings of
  each Cyrillic one and of Cyrillic readings of each Latin one (median, max).
- ``forms_of_part``: ``logbook.export.inflection.forms_of_part`` over the 500 distinct
  names with every cache emptied first (what building the name index of a case with
  hundreds of persons costs once per export), best and median of ``--runs``; the
  tables' one-off compilation is timed apart.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from logbook.export import inflection, spellings  # noqa: E402
from logbook.export.scripts import canonical, is_cyrillic  # noqa: E402

PAIRS = ROOT / "tests" / "export" / "data" / "spelling_pairs.tsv"


def _words(text: str) -> list[str]:
    return text.split()


# Realistic name words: Kazakh and Russian given names, surnames (both genders).
GIVEN = _words("""
Айгерим Әйгерім Асель Жанна Гульнара Гүлнара Алия Әлия Дина Динара Мадина Сауле Сәуле
Айдана Камила Жұлдыз Гүлназ Айгүл Ақмарал Шынар Гүлмира Самал Әсем Нұрсая Ақбота Маржан
Жансая Жазира Айша Томирис Гүлжан Салтанат Мөлдір Меруерт Аружан Аяулым Ділназ Құралай
Раушан Тоғжан Алтынай Балжан Дариға Қарлығаш Ботагөз Шолпан Баян Зарина Индира Айнұр
Нұргүл Сания Жібек Ұлжан Ақерке Бибігүл Гаухар Күнсұлу Данияр Ерлан Нұрлан Нурлан
Бауыржан Арман Серік Серик Азамат Ержан Қайрат Ғалым Асқар Ерболат Нұрсұлтан Бақытжан
Қуаныш Олжас Мұхтар Әлихан Қасым Жомарт Бекзат Ермахан Ерасыл Айдос Ақжол Мақсат Тоқтар
Қаныш Ербол Нұрбол Нұржан Еркебұлан Дәурен Жанболат Талғат Серікжан Дулат Ахметжан
Кәрім Асет Жасұлан Ескендір Бекжан Руслан Тимур Әділбек Рахат Болат Ольга Наталья
Екатерина Юлия Алёна Ксения Карина Елена Татьяна Мария Анастасия Дарья Валерия Ирина
Светлана Людмила Галина Марина Евгения Виктория Анна Надежда Любовь Зинаида Вера Роза
Сергей Дмитрий Михаил Артём Фёдор Пётр Алексей Александр Андрей Евгений Юрий Геннадий
Василий Виталий Владимир Вадим Денис Игорь Илья Максим Николай Павел Роман Олег Георгий
Ярослав Константин Григорий Антон Борис
""")
SURNAMES = _words("""
Секербаев Ахметов Иванов Сулейменов Жумабаев Нурпеисов Кузнецов Смирнов Оспанов Касымов
Абдрахманов Тулегенов Байжанов Мухамедов Ермеков Фёдоров Соловьёв Королёв Исмаилов
Каримов Әбдіқадыров Есенов Омаров Досанов Мамыров Сатпаев Кенжебеков Рахимов Попов
Волков Морозов Лебедев Қасымов Бекмұхамбетов Тоқаев Шаймерденов Утепов Жақсылықов
Павлов Григорьев Назарбаев Есімов Мәсімов Исекешев Смайылов Сағынтаев Құнанбаев Әуезов
Аблязов Кулибаев Алиев Атабаев Бокаев Аянов Козлов Головкин Рыпаков Путинцев Рыбакин
Баландин Сапиев Саттарханов Ибраимов Елеусінов Нұрдәулетов Жақсыбеков Акылбеков Тулесов
Смаилов Торегожин Өтепов Аубакиров Есенберлин Мамин Немцов Жуков Хрущёв Горбачёв Зюганов
Щербаков Чернышёв Шукшин Медведев Зиновьев Винокуров Курамшин Агелеуов Байтұрсынов
Жансүгіров Қонаев Мұқанов Ыбыраев Тәжібаев Сейфуллин Майлин Нұрмағамбетов Ғабдуллин
""")
ADJECTIVAL = _words("Чайковский Достоевский Ходорковский Жириновский Навальный Ковальский")


def realistic_names(count: int = 500, seed: int = 20251122) -> list[str]:
    """``count`` distinct name words, about two in three Cyrillic, the rest Latin as seen
    in the pairs file, in a fixed shuffled order."""
    cyrillic = list(GIVEN)
    for root in SURNAMES:
        cyrillic += [root, root + "а"]
    for adjective in ADJECTIVAL:
        cyrillic += [adjective, adjective[:-2] + "ая"]
    latin = [line.split("\t")[1] for line in _pair_lines()]
    cyrillic = list(dict.fromkeys(cyrillic))
    latin = list(dict.fromkeys(latin))
    rng = random.Random(seed)
    rng.shuffle(cyrillic)
    rng.shuffle(latin)
    n_latin = min(len(latin), count // 3)
    names = list(dict.fromkeys(cyrillic[: count - n_latin] + latin[:n_latin]))
    rng.shuffle(names)
    if len(names) < count:
        raise SystemExit(f"only {len(names)} distinct names; add more to the lists")
    return names[:count]


def _pair_lines() -> list[str]:
    lines = PAIRS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def catch_rates() -> dict[str, Any]:
    by_style: dict[str, Counter[str]] = {}
    missed = []
    for line in _pair_lines():
        cyrillic, latin, style = line.split("\t")
        fwd = canonical(latin) in spellings.latin_spellings(cyrillic)
        bwd = canonical(cyrillic) in spellings.cyrillic_spellings(latin)
        counts = by_style.setdefault(style, Counter())
        counts["pairs"] += 1
        counts["forward"] += fwd
        counts["backward"] += bwd
        counts["caught"] += fwd or bwd
        if not (fwd or bwd):
            missed.append([cyrillic, latin, style])
    total: Counter[str] = Counter()
    for counts in by_style.values():
        total.update(counts)

    def rates(c: Counter[str]) -> dict[str, Any]:
        n = c["pairs"]
        return {
            "pairs": n,
            "caught": c["caught"],
            "rate": round(c["caught"] / n, 4),
            "forward": round(c["forward"] / n, 4),
            "backward": round(c["backward"] / n, 4),
        }

    return {
        "overall": rates(total),
        "by_style": {style: rates(c) for style, c in sorted(by_style.items())},
        "missed": missed,
    }


def _stats(values: list[int]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "max": max(values),
        "mean": round(statistics.fmean(values), 1),
    }


def _all_spellings(name: str) -> set[str]:
    return spellings.latin_spellings(name) | spellings.cyrillic_spellings(name)


def spellings_per_name(names: list[str]) -> dict[str, Any]:
    cyrillic = [n for n in names if is_cyrillic(n)]
    latin = [n for n in names if not is_cyrillic(n)]
    return {
        "names": len(names),
        "cyrillic_names": len(cyrillic),
        "latin_names": len(latin),
        "latin_spellings_of_a_cyrillic_name": _stats(
            [len(spellings.latin_spellings(n)) for n in cyrillic]
        ),
        "cyrillic_readings_of_a_latin_name": _stats(
            [len(spellings.cyrillic_spellings(n)) for n in latin]
        ),
        "largest": sorted(
            (
                (len(spellings.latin_spellings(n) | spellings.cyrillic_spellings(n)), n)
                for n in names
            ),
            reverse=True,
        )[:3],
    }


def _clear_caches() -> None:
    inflection.forms_of_part.cache_clear()
    spellings._latin_spellings.cache_clear()
    spellings._cyrillic_spellings.cache_clear()
    canonical.cache_clear()


def time_forms_of_part(names: list[str], runs: int) -> dict[str, Any]:
    spellings._COMPILED.clear()
    start = time.perf_counter()
    for scheme in spellings.SCHEMES:
        spellings._compiled(scheme)
    compile_ms = (time.perf_counter() - start) * 1000
    times = []
    stems = 0
    for _ in range(runs):
        _clear_caches()
        start = time.perf_counter()
        stems = sum(len(inflection.forms_of_part(n)) for n in names)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    return {
        "names": len(names),
        "runs": runs,
        "best_ms": round(min(times), 1),
        "median_ms": round(median, 1),
        "per_name_us": round(median * 1000 / len(names), 1),
        "stems": stems,
        "stems_per_name": round(stems / len(names), 1),
        "tables_compile_ms": round(compile_ms, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--names", type=int, default=500)
    args = parser.parse_args()
    names = realistic_names(args.names)
    result = {
        "catch_rate": catch_rates(),
        "spellings_per_name": spellings_per_name(names),
        "forms_of_part": time_forms_of_part(names, args.runs),
        "caps": {
            "scheme": spellings.SCHEME_CAP,
            "informal": spellings.INFORMAL_CAP,
            "short_word_letters": spellings.SHORT_WORD,
        },
        "schemes": [s.name for s in spellings.SCHEMES],
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "loadavg": [round(x, 2) for x in os.getloadavg()],
        },
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
