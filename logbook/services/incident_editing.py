"""Saving an incident together with who was involved in it, as one change."""

from __future__ import annotations

from dataclasses import replace

from logbook.core.errors import ValidationError
from logbook.core.model import Incident, Involvement
from logbook.services.case_book import CaseBook
from logbook.services.changes import Change, Outcome


def save_incident(
    book: CaseBook, incident: Incident, involvements: list[Involvement]
) -> Outcome[Incident]:
    """Save ``incident`` and make its involvements exactly ``involvements``: new ones are
    added, changed ones updated, missing ones deleted.

    All or nothing: a problem with any involvement raises :class:`ValidationError` with
    fields ``involvements/<row>/<field>`` and nothing is written.
    """
    _refuse_repeats(involvements)
    with book.session.transaction():
        outcome = book.save(incident)
        saved = outcome.record
        assert saved is not None and saved.id is not None
        changes: list[Change] = list(outcome.changes)
        existing = {i.id: i for i in book.of_incident(Involvement, saved.id) if i.id is not None}
        kept: set[int] = set()
        for row, involvement in enumerate(involvements):
            wanted = replace(involvement, incident_id=saved.id)
            if wanted.id is not None and existing.get(wanted.id) == wanted:
                kept.add(wanted.id)
                continue
            try:
                stored = book.save(wanted)
            except ValidationError as exc:
                raise ValidationError(
                    [(f"involvements/{row}/{field}", reason) for field, reason in exc.problems]
                ) from None
            assert stored.record is not None and stored.record.id is not None
            kept.add(stored.record.id)
            changes += stored.changes
        for gone in existing.keys() - kept:
            changes += book.delete(Involvement, gone).changes
    return Outcome(saved, changes)


def _refuse_repeats(involvements: list[Involvement]) -> None:
    """The same person in the same role twice would count them twice (victims)."""
    seen: set[tuple[int, str]] = set()
    problems = []
    for row, involvement in enumerate(involvements):
        key = (involvement.person_id, involvement.role)
        if key in seen:
            problems.append((f"involvements/{row}/role", "this person already has this role"))
        seen.add(key)
    if problems:
        raise ValidationError(problems)
