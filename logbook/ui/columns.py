"""The columns of the main window's lists, including "confidentiality at a glance": how each
person appears in each export profile, who is a minor."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from logbook.core.disclosure import shown_as
from logbook.core.fuzzy_date import describe
from logbook.core.model import Case, Incident, Person
from logbook.core.profiles import PROFILES, Profile
from logbook.ui.i18n import QT_TRANSLATE_NOOP
from logbook.ui.labels import label
from logbook.ui.pseudonym_text import pseudonym_text
from logbook.ui.record_model import Column


def _date(incident: Incident) -> str:
    return _described(describe(incident.date))


def _described(text: str) -> str:
    """A date as the core describes it, with its words in the user's language."""
    if text == "date unknown":
        return QCoreApplication.translate("Columns", "date unknown")
    # The core describes in English ("about 2025-11"); the dates stay, the word is ours.
    return text.replace("about ", QCoreApplication.translate("Columns", "about") + " ")


def _place(incident: Incident) -> str:
    loc = incident.location
    return ", ".join(filter(None, [loc.place, loc.locality, loc.region, loc.country]))


def case_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Case"), lambda c: c.title),
        Column(QCoreApplication.translate("Columns", "Country"), lambda c: c.country or ""),
    ]


def incident_columns(victims: Mapping[int, int]) -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Columns", "Date"), _date, sort=lambda i: i.date.sort_key()
        ),
        Column(QCoreApplication.translate("Columns", "Title"), lambda i: i.title),
        # Date, Title and Ongoing first: they stay in view however long the place is.
        Column(
            QCoreApplication.translate("Columns", "Ongoing"),
            lambda i: QCoreApplication.translate("Columns", "ongoing") if i.ongoing else "",
        ),
        Column(QCoreApplication.translate("Columns", "Place"), _place, elide=True),
        Column(
            QCoreApplication.translate("Columns", "Violations"),
            lambda i: ", ".join(label(x) for x in i.violations),
            elide=True,
        ),
        Column(
            QCoreApplication.translate("Columns", "Victims"),
            lambda i: str(victims.get(i.id, 0)),
            sort=lambda i: victims.get(i.id, 0),
        ),
    ]


def _shown(person: Person, roles: set[str], profile: Profile) -> str:
    how = shown_as(person, roles, profile)
    if how == "pseudonym":
        return f"{label('pseudonym')}: {pseudonym_text(person.pseudonym) or '…'}"
    return label(how)


# The registered profiles' column titles (Profile.column_title), listed for lupdate: a new
# profile's title is added here and translated.
_PROFILE_COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "In OHCHR export"),
    QT_TRANSLATE_NOOP("Columns", "In public export"),
)


def _profile_columns(roles: Callable[[int], set[str]]) -> list[Column]:
    """One "confidentiality at a glance" column per export profile, in the registry's
    order."""

    def shown_in(profile: Profile) -> Callable[[Any], str]:
        return lambda p: _shown(p, roles(p.id), profile)

    return [
        Column(QCoreApplication.translate("Columns", profile.column_title), shown_in(profile))
        for profile in PROFILES.values()
    ]


def person_columns(roles: Callable[[int], set[str]]) -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda p: p.name),
        Column(
            QCoreApplication.translate("Columns", "Pseudonym"),
            lambda p: pseudonym_text(p.pseudonym),
        ),
        Column(
            QCoreApplication.translate("Columns", "Roles"),
            lambda p: ", ".join(label(r) for r in sorted(roles(p.id))),
        ),
        Column(
            QCoreApplication.translate("Columns", "Minor"),
            lambda p: QCoreApplication.translate("Columns", "minor") if p.is_minor else "",
        ),
        *_profile_columns(roles),
    ]


def directory_columns(cases: Mapping[int, Case]) -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda p: p.name),
        Column(
            QCoreApplication.translate("Columns", "Name variants"),
            lambda p: ", ".join(p.name_variants),
        ),
        Column(
            QCoreApplication.translate("Columns", "Case"),
            lambda p: cases[p.case_id].title if p.case_id in cases else "",
        ),
        Column(
            QCoreApplication.translate("Columns", "Pseudonym"),
            lambda p: pseudonym_text(p.pseudonym),
        ),
        Column(
            QCoreApplication.translate("Columns", "Minor"),
            lambda p: QCoreApplication.translate("Columns", "minor") if p.is_minor else "",
        ),
    ]


def search_columns(case_titles: Mapping[str, str]) -> list[Column]:
    kinds = {
        "incident": QCoreApplication.translate("Columns", "Incident"),
        "person": QCoreApplication.translate("Columns", "Person"),
    }
    return [
        Column(QCoreApplication.translate("Columns", "Found"), lambda r: kinds.get(r.kind, r.kind)),
        Column(QCoreApplication.translate("Columns", "Title or name"), lambda r: r.label),
        Column(
            QCoreApplication.translate("Columns", "Date or pseudonym"),
            lambda r: _described(r.detail) if r.kind == "incident" else pseudonym_text(r.detail),
        ),
        Column(
            QCoreApplication.translate("Columns", "Case"), lambda r: case_titles.get(r.case_ref, "")
        ),
    ]


def evidence_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "File"), lambda e: e.filename),
        Column(QCoreApplication.translate("Columns", "Description"), lambda e: e.description or ""),
        Column(
            QCoreApplication.translate("Columns", "Confidential"),
            lambda e: (
                QCoreApplication.translate("Columns", "confidential") if e.confidential else ""
            ),
        ),
        Column(QCoreApplication.translate("Columns", "SHA-256"), lambda e: e.sha256),
    ]
