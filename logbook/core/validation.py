"""Field-level validation of records, with specific messages.

Each ``check_*`` function returns a list of ``(field, reason)`` pairs, empty when the record
is valid. Field paths use ``/`` (``date/time``) so the interchange importer can prefix them
into JSON pointers and the UI can map them to widgets. Messages never quote free text.
"""

from __future__ import annotations

import re
import unicodedata

from logbook.core import vocabularies as v
from logbook.core.fuzzy_date import check_fuzzy_date, check_iso_date
from logbook.core.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Person,
    Remedy,
    Statement,
)
from logbook.core.pseudonyms import LABEL_WORDS

Problems = list[tuple[str, str]]

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MEDIA_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
_ADULT_AGE = 18
_WORD = re.compile(r"\w+")
_MIN_NAME_PART = 3  # shorter parts ("A", "Li") would forbid ordinary labels


def _required(value: str | None, field: str) -> Problems:
    return [] if value and value.strip() else [(field, "is required")]


def _choice(value: object, allowed: tuple[str, ...], field: str, name: str = "") -> Problems:
    """``name`` is what the message calls the field (a list's name for its items)."""
    message = v.check_choice(value, allowed, name or field.rsplit("/", 1)[-1])
    return [(field, message)] if message else []


def _choices(values: list[str], allowed: tuple[str, ...], field: str) -> Problems:
    problems: Problems = []
    for i, value in enumerate(values):
        problems += _choice(value, allowed, f"{field}/{i}", field.rsplit("/", 1)[-1])
    if len(set(values)) != len(values):
        problems.append((field, "lists a value twice"))
    return problems


def _country(value: str | None, field: str) -> Problems:
    if value is None or _COUNTRY.match(value):
        return []
    return [(field, f"{value!r} is not an ISO 3166 two-letter country code such as 'KZ'")]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def check_case(case: Case) -> Problems:
    problems = _required(case.title, "title") + _country(case.country, "country")
    problems += _choices(case.mandates, v.MANDATES, "mandates")
    problems += _choice(case.communication_type, v.COMMUNICATION_TYPES, "communication_type")
    if case.source is not None:
        problems += _required(case.source.name, "source/name")
        problems += _choice(case.source.kind, v.ACTOR_KINDS, "source/kind")
    return problems


def check_consent(consent: Consent, field: str = "consent") -> Problems:
    return check_iso_date(consent.obtained_on, f"{field}/obtained_on")


def check_person(person: Person, this_year: int) -> Problems:
    problems = _required(person.name, "name") + _choice(person.kind, v.ACTOR_KINDS, "kind")
    for i, variant in enumerate(person.name_variants):
        problems += _required(variant, f"name_variants/{i}")
    problems += _check_former_names(person)
    if person.birth_year is not None and not 1900 <= person.birth_year <= this_year:
        problems.append(("birth_year", f"must be between 1900 and {this_year}"))
    if person.age is not None and not 0 <= person.age <= 130:
        problems.append(("age", "must be between 0 and 130"))
    if person.age is not None and person.age < _ADULT_AGE and not person.is_minor:
        problems.append(("is_minor", "the age is under 18: mark the person as a minor"))
    born = person.birth_year
    if born is not None and this_year - born < _ADULT_AGE - 1 and not person.is_minor:
        problems.append(("is_minor", "the birth year makes the person a minor"))
    problems += _country(person.nationality, "nationality")
    problems += check_consent(person.consent)
    problems += _check_pseudonym(person)
    return problems


def _check_former_names(person: Person) -> Problems:
    """Each former name is text, and none is a name the person uses now: a former name is
    never disclosed, so it cannot also be the name they are shown by."""
    current = {_fold(name).strip() for name in person.all_names()}
    problems: Problems = []
    for i, former in enumerate(person.former_names):
        problems += _required(former, f"former_names/{i}")
        if former.strip() and _fold(former).strip() in current:
            problems.append((f"former_names/{i}", "is also the name or a name variant"))
    if len(set(person.former_names)) != len(person.former_names):
        problems.append(("former_names", "lists a value twice"))
    return problems


def _check_pseudonym(person: Person) -> Problems:
    if person.pseudonym is None:
        return []
    if not person.pseudonym.strip():
        return [("pseudonym", "must not be blank (leave it empty to have one assigned)")]
    words = set(_WORD.findall(_fold(person.pseudonym))) - LABEL_WORDS
    # A pseudonym is shown in every export: it must not give away a former name either.
    for name in [*person.all_names(), *person.former_names]:
        parts = {w for w in _WORD.findall(_fold(name)) if len(w) >= _MIN_NAME_PART}
        if parts & words:
            return [("pseudonym", "must not contain any part of the person's names")]
    return []


def check_incident(incident: Incident) -> Problems:
    problems = _required(incident.title, "title") + check_fuzzy_date(incident.date, "date")
    problems += _country(incident.location.country, "location/country")
    problems += _choices(incident.violations, v.VIOLATIONS, "violations")
    return problems


def check_involvement(inv: Involvement) -> Problems:
    problems = _choice(inv.role, v.ROLES, "role")
    if inv.role == "alleged_perpetrator":
        if inv.perpetrator_type is not None:
            problems += _choice(inv.perpetrator_type, v.PERPETRATOR_TYPES, "perpetrator_type")
    elif inv.perpetrator_type is not None or inv.state_actor is not None:
        problems.append(("perpetrator_type", "only an alleged perpetrator has a perpetrator type"))
    return problems


def check_injury(injury: Injury) -> Problems:
    problems = _choice(injury.type, v.INJURY_TYPES, "type")
    problems += _choice(injury.consistency, v.CONSISTENCY_LEVELS, "consistency")
    return problems + check_iso_date(injury.observed_on, "observed_on")


def check_statement(statement: Statement) -> Problems:
    problems = _required(statement.text, "text") + check_iso_date(statement.taken_on, "taken_on")
    if statement.language is not None and not _LANGUAGE.match(statement.language):
        problems.append(("language", f"{statement.language!r} is not a language code like 'ru'"))
    return problems


def check_remedy(remedy: Remedy) -> Problems:
    problems = _choice(remedy.type, v.REMEDY_TYPES, "type")
    problems += _choice(remedy.status, v.REMEDY_STATUSES, "status")
    return problems + check_iso_date(remedy.date, "date")


def check_evidence(evidence: Evidence) -> Problems:
    problems = _required(evidence.filename, "filename")
    if not _SHA256.match(evidence.sha256 or ""):
        problems.append(("sha256", "must be 64 lower-case hexadecimal digits"))
    if not _MEDIA_TYPE.match(evidence.media_type or ""):
        problems.append(("media_type", f"{evidence.media_type!r} is not a media type"))
    return problems + check_iso_date(evidence.captured_on, "captured_on")
