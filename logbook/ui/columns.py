"""The columns of the main window's lists, including "confidentiality at a glance": how each
person appears in each export profile, who is a minor."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from logbook.core.disclosure import shown_as
from logbook.core.fuzzy_date import describe
from logbook.core.model import Case, Incident, Person
from logbook.ui.labels import label
from logbook.ui.record_model import Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def _date(incident: Incident) -> str:
    text = describe(incident.date)
    if text == "date unknown":
        return _tr("date unknown")
    return text.replace("about ", _tr("about") + " ")


def _place(incident: Incident) -> str:
    loc = incident.location
    return ", ".join(filter(None, [loc.place, loc.locality, loc.region, loc.country]))


def case_columns() -> list[Column]:
    return [
        Column(_tr("Case"), lambda c: c.title),
        Column(_tr("Country"), lambda c: c.country or ""),
    ]


def incident_columns(victims: Mapping[int, int]) -> list[Column]:
    return [
        Column(_tr("Date"), _date, sort=lambda i: i.date.sort_key()),
        Column(_tr("Title"), lambda i: i.title),
        Column(_tr("Place"), _place),
        Column(_tr("Violations"), lambda i: ", ".join(label(x) for x in i.violations)),
        Column(
            _tr("Victims"), lambda i: str(victims.get(i.id, 0)), sort=lambda i: victims.get(i.id, 0)
        ),
        Column(_tr("Ongoing"), lambda i: _tr("ongoing") if i.ongoing else ""),
    ]


def _shown(person: Person, roles: set[str], profile: str) -> str:
    how = shown_as(person, roles, profile)
    if how == "pseudonym":
        return f"{label('pseudonym')}: {person.pseudonym or '…'}"
    return label(how)


def person_columns(roles: Callable[[int], set[str]]) -> list[Column]:
    return [
        Column(_tr("Name"), lambda p: p.name),
        Column(_tr("Pseudonym"), lambda p: p.pseudonym or ""),
        Column(_tr("Roles"), lambda p: ", ".join(label(r) for r in sorted(roles(p.id)))),
        Column(_tr("Minor"), lambda p: _tr("minor") if p.is_minor else ""),
        Column(_tr("In OHCHR export"), lambda p: _shown(p, roles(p.id), "ohchr")),
        Column(_tr("In public export"), lambda p: _shown(p, roles(p.id), "public")),
    ]


def directory_columns(cases: Mapping[int, Case]) -> list[Column]:
    return [
        Column(_tr("Name"), lambda p: p.name),
        Column(_tr("Name variants"), lambda p: ", ".join(p.name_variants)),
        Column(_tr("Case"), lambda p: cases[p.case_id].title if p.case_id in cases else ""),
        Column(_tr("Pseudonym"), lambda p: p.pseudonym or ""),
        Column(_tr("Minor"), lambda p: _tr("minor") if p.is_minor else ""),
    ]


def search_columns(case_titles: Mapping[str, str]) -> list[Column]:
    kinds = {"incident": _tr("Incident"), "person": _tr("Person")}
    return [
        Column(_tr("Found"), lambda r: kinds.get(r.kind, r.kind)),
        Column(_tr("Title or name"), lambda r: r.label),
        Column(_tr("Date or pseudonym"), lambda r: r.detail),
        Column(_tr("Case"), lambda r: case_titles.get(r.case_ref, "")),
    ]
