"""Hypothesis strategies: valid ``logbook.case/1`` documents and their parts.

Closed vocabularies come from the shipped JSON Schema (the contract), not from the model,
so a document built here is what any outside tool may legitimately produce. Optional keys
are sometimes left out, so ``load`` has defaults to fill in.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from datetime import date
from typing import Any

from hypothesis import strategies as st

from logbook.core.interchange_schema import definition

# Alphabets ---------------------------------------------------------------------------

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
KAZAKH = "әғқңөұүһі"
LETTERS = LATIN + CYRILLIC + KAZAKH
NAME_LETTERS = LETTERS + LETTERS.upper()


def enum(definition_name: str, *path: str) -> list[Any]:
    """A closed vocabulary from the schema: ``enum("incident", "violations", "items")``."""
    node: dict[str, Any] = definition(definition_name)["properties"]
    for key in path:
        node = node[key]
    return [value for value in node["enum"] if value is not None]


KINDS = enum("person", "kind")
ROLES = enum("involvement", "role")
PERPETRATOR_TYPES = enum("involvement", "perpetrator_type")
VIOLATIONS = enum("incident", "violations", "items")
MANDATES = enum("case", "mandates", "items")
COMMUNICATION_TYPES = enum("case", "communication_type")
INJURY_TYPES = enum("injury", "type")
CONSISTENCY = enum("injury", "consistency")
REMEDY_TYPES = enum("remedy", "type")
REMEDY_STATUSES = enum("remedy", "status")
PRECISIONS = enum("fuzzy_date", "precision")

# Text --------------------------------------------------------------------------------

# Free text: letters, digits and punctuation of any script, spaces and newlines.
TEXT = st.text(st.characters(categories=("L", "N", "P"), include_characters="\n "), max_size=40)
OPTIONAL_TEXT = st.none() | TEXT
# Required text must hold something besides spaces.
REQUIRED_TEXT = st.tuples(TEXT, st.characters(categories=("L", "N", "P")), TEXT).map("".join)
NAME_WORD = st.text(st.sampled_from(NAME_LETTERS), min_size=1, max_size=10)
NAME = st.lists(NAME_WORD, min_size=1, max_size=3).map(" ".join)
# Translations of a record's free text (its kind's fields in $defs/<kind>_text).
LANGUAGES = ("en", "fr", "es")


def translations(kind: str) -> st.SearchStrategy[dict[str, dict[str, str]]]:
    fields = list(definition(f"{kind}_text")["properties"])
    texts = st.dictionaries(st.sampled_from(fields), REQUIRED_TEXT, max_size=2)
    return st.dictionaries(st.sampled_from(LANGUAGES), texts, max_size=2)


# Ids are any non-empty string (no surrogates: they are not Unicode text).
IDS = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)
# A few short ids: two documents drawn with these share ids (updates, kind changes).
FEW_IDS = st.sampled_from(["a", "b", "c", "d", "e", "f"])
COUNTRY = st.none() | st.sampled_from(["KZ", "RU", "KG", "UZ", "DE", "GB"])
LANGUAGE = st.none() | st.sampled_from(["ru", "kk", "en", "en-GB", "kk-Cyrl-KZ"])
MEDIA_TYPE = st.sampled_from(["image/jpeg", "application/pdf", "text/plain", "audio/ogg"])
SHA256 = st.binary(min_size=32, max_size=32).map(bytes.hex)

# Dates -------------------------------------------------------------------------------

DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
TIMES = st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"{t[0]:02}:{t[1]:02}")
_LENGTH = {"day": 10, "month": 7, "year": 4}


def iso(day: date, precision: str) -> str:
    """``day`` written at ``precision``: ``2025-11-22``, ``2025-11`` or ``2025``."""
    return day.isoformat()[: _LENGTH[precision]]


ISO_DATES = st.builds(iso, DATES, st.sampled_from(list(_LENGTH)))
OPTIONAL_DATE = st.none() | ISO_DATES


@st.composite
def fuzzy_dates(
    draw: st.DrawFn, first: date = date(1900, 1, 1), last: date = date(2100, 12, 31)
) -> dict[str, Any]:
    """A valid fuzzy date object with every key present: a time only with day precision,
    an end only after a start and never before it (at any precision)."""
    precision = draw(st.sampled_from(PRECISIONS))
    if precision == "unknown":
        return {
            "value": None,
            "precision": "unknown",
            "time": None,
            "approximate": draw(st.booleans()),
            "end": None,
        }
    start = draw(st.dates(min_value=first, max_value=last))
    end = None
    if draw(st.booleans()):
        end_day = draw(st.dates(min_value=start, max_value=last))
        end = iso(end_day, draw(st.sampled_from(list(_LENGTH))))
    return {
        "value": iso(start, precision),
        "precision": precision,
        "time": draw(st.none() | TIMES) if precision == "day" else None,
        "approximate": draw(st.booleans()),
        "end": end,
    }


# Building objects --------------------------------------------------------------------


def _some(draw: st.DrawFn, obj: dict[str, Any], optional: dict[str, st.SearchStrategy]) -> None:
    """Add each optional key to ``obj`` or leave it out (for ``load`` to default)."""
    for key, strategy in optional.items():
        if draw(st.booleans()):
            obj[key] = draw(strategy)


_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_fold(text)))


def name_parts(names: list[str]) -> set[str]:
    """The words of 3+ letters of a person's names (a pseudonym must not use them)."""
    return {w for name in names for w in _words(name) if len(w) >= 3}


LABEL_NUMBERS = st.integers(1, 99)
AUTO_LABEL_WORDS = ["Victim", "Witness", "Source", "Alleged perpetrator", "Person"]

CONSENT = st.fixed_dictionaries(
    {},
    optional={
        "share_with_un": st.booleans(),
        "disclose_to_state": st.booleans(),
        "publish": st.booleans(),
        "medical_details": st.booleans(),
        "photos": st.booleans(),
        "obtained_on": OPTIONAL_DATE,
        "obtained_how": OPTIONAL_TEXT,
    },
)


def _pseudonym(
    draw: st.DrawFn, names: list[str], taken: set[str], numbers: st.SearchStrategy[int]
) -> str:
    """A label unique in the document that uses no part of the person's names: free
    words or an automatic label's words ("Witness 2"), and a number."""
    forbidden = name_parts(names)
    words = draw(st.lists(NAME_WORD, max_size=2) | st.sampled_from(AUTO_LABEL_WORDS).map(str.split))
    words = [w for w in words if not _words(w) & forbidden]
    number = draw(numbers)
    while (pseudonym := " ".join([*words, str(number)])) in taken:
        number += 1
    taken.add(pseudonym)
    return pseudonym


def _person(
    draw: st.DrawFn, ident: str, pseudonyms: set[str], numbers: st.SearchStrategy[int]
) -> dict[str, Any]:
    name = draw(NAME)
    variants = draw(st.lists(NAME, unique=True, max_size=3))
    person: dict[str, Any] = {"id": ident, "name": name}
    if variants or draw(st.booleans()):
        person["name_variants"] = variants
    latin = draw(st.none() | NAME)
    if latin is not None or draw(st.booleans()):
        person["name_latin"] = latin
    # A former name is never also a name in use (compared as validation does).
    in_use = {_fold(n) for n in [name, *variants, *([latin] if latin else [])]}
    former = [f for f in draw(st.lists(NAME, unique=True, max_size=2)) if _fold(f) not in in_use]
    if former or draw(st.booleans()):
        person["former_names"] = former
    age = draw(st.none() | st.integers(0, 130))
    if age is not None:
        person["age"] = age
    if age is not None and age < 18:
        person["is_minor"] = True
    else:
        _some(draw, person, {"is_minor": st.booleans()})
    # Born in 2000 at the latest: never a minor by birth year, whatever the clock says.
    _some(draw, person, {"birth_year": st.none() | st.integers(1900, 2000)})
    if draw(st.integers(0, 3)) == 0:  # an explicit pseudonym, now and then
        names = [name, *variants, *former, *([latin] if latin else [])]
        person["pseudonym"] = _pseudonym(draw, names, pseudonyms, numbers)
    elif draw(st.booleans()):
        person["pseudonym"] = None
    _some(
        draw,
        person,
        {
            "kind": st.sampled_from(KINDS),
            "gender_identity": OPTIONAL_TEXT,
            "sexual_orientation": OPTIONAL_TEXT,
            "pronouns": OPTIONAL_TEXT,
            "nationality": COUNTRY,
            "occupation": OPTIONAL_TEXT,
            "affiliation": OPTIONAL_TEXT,
            "is_hrd": st.booleans(),
            "hrd_work": OPTIONAL_TEXT,
            "contact": OPTIONAL_TEXT,
            "private_notes": OPTIONAL_TEXT,
            "consent": CONSENT,
            "translations": translations("person"),
        },
    )
    return person


def _involvement(draw: st.DrawFn, person_ids: list[str]) -> dict[str, Any]:
    role = draw(st.sampled_from(ROLES))
    involvement = {"person": draw(st.sampled_from(person_ids)), "role": role}
    if role == "alleged_perpetrator":
        optional = {
            "perpetrator_type": st.none() | st.sampled_from(PERPETRATOR_TYPES),
            "state_actor": st.none() | st.booleans(),
        }
    else:
        optional = {"perpetrator_type": st.none(), "state_actor": st.none()}
    _some(draw, involvement, optional)
    return involvement


def _subset(draw: st.DrawFn, ids: list[str]) -> list[str]:
    return draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []


def _incident(
    draw: st.DrawFn, fresh: Any, person_ids: list[str], evidence_ids: list[str]
) -> dict[str, Any]:
    incident: dict[str, Any] = {"id": fresh(), "title": draw(REQUIRED_TEXT)}
    injuries, statements, involvements = [], [], []
    if person_ids:
        involvements = [_involvement(draw, person_ids) for _ in range(draw(st.integers(0, 4)))]
        for _ in range(draw(st.integers(0, 2))):
            injury = {
                "id": fresh(),
                "person": draw(st.sampled_from(person_ids)),
                "type": draw(st.sampled_from(INJURY_TYPES)),
            }
            _some(
                draw,
                injury,
                {
                    "body_location": OPTIONAL_TEXT,
                    "description": OPTIONAL_TEXT,
                    "observed_on": OPTIONAL_DATE,
                    "examined_by": OPTIONAL_TEXT,
                    "facility": OPTIONAL_TEXT,
                    "consistency": st.sampled_from(CONSISTENCY),
                    "medically_confidential": st.booleans(),
                    "evidence": st.just(_subset(draw, evidence_ids)),
                },
            )
            injuries.append(injury)
        for _ in range(draw(st.integers(0, 2))):
            statement = {
                "id": fresh(),
                "person": draw(st.sampled_from(person_ids)),
                "text": draw(REQUIRED_TEXT),
            }
            _some(
                draw,
                statement,
                {
                    "taken_on": OPTIONAL_DATE,
                    "language": LANGUAGE,
                    "confidential": st.booleans(),
                    "translations": translations("statement"),
                },
            )
            statements.append(statement)
    remedies = []
    for _ in range(draw(st.integers(0, 2))):
        remedy = {"id": fresh(), "type": draw(st.sampled_from(REMEDY_TYPES))}
        _some(
            draw,
            remedy,
            {
                "authority": OPTIONAL_TEXT,
                "date": OPTIONAL_DATE,
                "reference": OPTIONAL_TEXT,
                "outcome": OPTIONAL_TEXT,
                "status": st.sampled_from(REMEDY_STATUSES),
                "translations": translations("remedy"),
            },
        )
        remedies.append(remedy)
    _some(
        draw,
        incident,
        {
            "date": fuzzy_dates(),
            "location": st.fixed_dictionaries(
                {},
                optional={
                    "country": COUNTRY,
                    "region": OPTIONAL_TEXT,
                    "locality": OPTIONAL_TEXT,
                    "place": OPTIONAL_TEXT,
                },
            ),
            "narrative": TEXT,
            "violations": st.lists(st.sampled_from(VIOLATIONS), unique=True),
            "ongoing": st.booleans(),
            "translations": translations("incident"),
            "involvements": st.just(involvements),
            "injuries": st.just(injuries),
            "statements": st.just(statements),
            "remedies": st.just(remedies),
            "evidence": st.just(_subset(draw, evidence_ids)),
        },
    )
    # Records must not vanish because their list was left out.
    for key, records in (
        ("involvements", involvements),
        ("injuries", injuries),
        ("statements", statements),
        ("remedies", remedies),
    ):
        if records:
            incident[key] = records
    return incident


def _evidence(draw: st.DrawFn, ident: str, person_ids: list[str]) -> dict[str, Any]:
    content = draw(st.none() | st.binary(max_size=64))
    item: dict[str, Any] = {
        "id": ident,
        "filename": draw(REQUIRED_TEXT),
        "sha256": hashlib.sha256(content).hexdigest() if content is not None else draw(SHA256),
    }
    if content is not None:
        item["content_base64"] = base64.b64encode(content).decode("ascii")
    elif draw(st.booleans()):
        item["content_base64"] = None
    _some(
        draw,
        item,
        {
            "media_type": MEDIA_TYPE,
            "description": OPTIONAL_TEXT,
            "captured_on": OPTIONAL_DATE,
            "confidential": st.booleans(),
            "depicts": st.just(_subset(draw, person_ids)),
        },
    )
    return item


@st.composite
def case_documents(
    draw: st.DrawFn,
    ids: st.SearchStrategy[str] = IDS,
    label_numbers: st.SearchStrategy[int] = LABEL_NUMBERS,
) -> dict[str, Any]:
    """A valid ``logbook.case/1`` document: ids unique across it, references resolved.

    ``ids`` and ``label_numbers`` (of explicit pseudonyms) drawn from a few values make
    two documents share ids and pseudonyms.
    """
    used: set[str] = set()

    def fresh() -> str:
        ident = draw(ids)
        while ident in used:  # cheaper than a filter, which often retries short ids
            ident += "'"
        used.add(ident)
        return ident

    case: dict[str, Any] = {"id": fresh(), "title": draw(REQUIRED_TEXT)}
    _some(
        draw,
        case,
        {
            "country": COUNTRY,
            "summary": TEXT,
            "mandates": st.lists(st.sampled_from(MANDATES), unique=True),
            "communication_type": st.sampled_from(COMMUNICATION_TYPES),
            "concerns": TEXT,
            "requested_action": TEXT,
            "translations": translations("case"),
        },
    )
    doc: dict[str, Any] = {"format": "logbook.case/1", "case": case}
    source = st.none() | st.fixed_dictionaries(
        {"name": REQUIRED_TEXT},
        optional={
            "kind": st.sampled_from(KINDS),
            "contact": OPTIONAL_TEXT,
            "relationship": OPTIONAL_TEXT,
            "translations": translations("source"),
        },
    )
    _some(draw, doc, {"source": source})
    pseudonyms: set[str] = set()
    persons = [
        _person(draw, fresh(), pseudonyms, label_numbers) for _ in range(draw(st.integers(0, 4)))
    ]
    person_ids = [p["id"] for p in persons]
    evidence = [_evidence(draw, fresh(), person_ids) for _ in range(draw(st.integers(0, 3)))]
    evidence_ids = [e["id"] for e in evidence]
    incidents = [
        _incident(draw, fresh, person_ids, evidence_ids) for _ in range(draw(st.integers(0, 3)))
    ]
    for key, records in (("persons", persons), ("evidence", evidence), ("incidents", incidents)):
        if records or draw(st.booleans()):
            doc[key] = records
    return doc
