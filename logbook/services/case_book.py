"""The case book: reading and changing every kind of record in an open vault.

Every mutation validates first (nothing is written if a field is wrong), then writes the
record, its audit entry, its search entry and any pseudonyms it makes necessary in one
transaction, and returns an :class:`Outcome` naming everything that changed.

Threading: a case book uses its session's connection, so it belongs to the thread that
opened the vault (in the app, the worker of ``logbook.ui.operations``).
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
from typing import Any, BinaryIO, Protocol, TypeVar

from logbook.core.errors import NotFound, ValidationError, VaultDamaged
from logbook.core.model import Case, Evidence, Incident, Involvement, Person
from logbook.core.progress import Progress, no_progress
from logbook.core.pseudonyms import PseudonymMaker, main_role
from logbook.core.record_kinds import dependents, kind_of
from logbook.core.translations import check_translations
from logbook.services.changes import Change, Outcome
from logbook.services.references import reference_problems
from logbook.vault.database import IntegrityError
from logbook.vault.queries import (
    case_of,
    evidence_blobs,
    owners_linking_to,
    pseudonyms_in_case,
    roles_without_pseudonym,
    set_pseudonym,
)
from logbook.vault.records import SPECS
from logbook.vault.session import VaultSession
from logbook.vault.store import Order


class Record(Protocol):
    """What every record kind has: its id, ``None`` until stored."""

    id: int | None


R = TypeVar("R")
S = TypeVar("S", bound=Record)


class CaseBook:
    def __init__(self, session: VaultSession) -> None:
        self.session = session
        self._store = session.store

    # Reading ---------------------------------------------------------------------------

    def cases(self) -> list[Case]:
        return self._store.where(Case, order="title")

    def case_by_ref(self, ref: str) -> Case:
        found = self._store.where(Case, {"ref": ref})
        if not found:
            raise NotFound(f"There is no case with id {ref!r} in this vault.")
        return found[0]

    def get(self, cls: type[R], record_id: int) -> R:
        return self._store.get(cls, record_id)

    def persons(self, case_id: int | None = None) -> list[Person]:
        """Persons of one case, or of every case (the person directory)."""
        if case_id is None:
            return self._store.where(Person, order="directory")
        return self._store.where(Person, {"case_id": case_id})

    def incidents(self, case_id: int, *, chronological: bool = False) -> list[Incident]:
        order: Order | None = "chronological" if chronological else None
        return self._store.where(Incident, {"case_id": case_id}, order)

    def evidence(self, case_id: int) -> list[Evidence]:
        return self._store.where(Evidence, {"case_id": case_id})

    def of_incident(self, cls: type[R], incident_id: int) -> list[R]:
        """Involvements, injuries, statements or remedies of one incident."""
        return self._store.where(cls, {"incident_id": incident_id})

    def owned_by(self, cls: type[R], owner_id: int) -> list[R]:
        """The records of kind ``cls`` whose parent (case, incident …) is ``owner_id``."""
        return self._store.where(cls, {str(kind_of(cls).parent): owner_id})

    def of_case(self, cls: type[R], case_id: int) -> list[R]:
        """Every record of kind ``cls`` in a case (of all its incidents, for their parts),
        in the kind's listing order."""
        return self._store.in_case(cls, case_id)

    def case_id_of(self, record: Any) -> int:
        kind = kind_of(type(record))
        if kind.parent is None:  # the case itself
            assert record.id is not None
            return int(record.id)
        owner: int = getattr(record, kind.parent)
        if kind.parent_kind is Case:
            return owner
        assert kind.parent_kind is not None
        parent = kind_of(kind.parent_kind)
        case_id = case_of(self.session.conn, parent.table, owner)
        if case_id is None:
            raise NotFound(f"There is no {parent.entity} with id {owner}.")
        return case_id

    # Changing --------------------------------------------------------------------------

    def save(self, record: S, *, assign_pseudonyms: bool = True) -> Outcome[S]:
        """Validate and store a new (``id`` None) or existing record.

        Raises :class:`ValidationError` listing every invalid field; nothing is written.
        """
        kind = kind_of(type(record))
        problems = kind.validator(record, self.session.clock().year)
        problems += check_translations(record) if hasattr(record, "translations") else []
        problems += reference_problems(self.session.conn, record)
        if problems:
            raise ValidationError(problems)
        entity = kind.entity
        with self.session.transaction():
            created = record.id is None
            if hasattr(record, "ref") and not record.ref:
                record.ref = f"{kind.ref_prefix}-{secrets.token_hex(4)}"
            self._write(record, created)
            assert record.id is not None  # set by the insert
            self.session.audit.append(
                "create" if created else "update", entity, record.id, content=True
            )
            if kind.indexed:
                self.session.search.put(record)
            changes = [Change("created" if created else "updated", entity, record.id)]
            if assign_pseudonyms and isinstance(record, Person | Involvement):
                changes += self.assign_pseudonyms(self.case_id_of(record))
                if isinstance(record, Person):
                    record.pseudonym = self._store.get(Person, record.id).pseudonym
        return Outcome(record, changes)

    def _write(self, record: Any, created: bool) -> None:
        try:
            if created:
                self._store.insert(record)
            else:
                self._store.update(record)
        except IntegrityError as exc:  # UNIQUE (ref) or a FOREIGN KEY constraint
            if "UNIQUE" in str(exc):
                raise ValidationError([("id", "another record of this case has this id")]) from None
            raise ValidationError([("reference", "a referenced record does not exist")]) from None

    def delete(self, cls: type, record_id: int) -> Outcome[None]:
        """Delete a record and everything that belongs to it (a case's incidents, …).

        Each record that goes, including those the database removes by cascade, gets its
        own audit entry and change; so does each record that stays but loses a link to
        one that goes (an incident listing deleted evidence), as its stored content
        changes. Search entries go by database triggers; evidence files are destroyed once
        the deletion has committed.
        """
        with self.session.transaction():
            doomed = [(cls, record_id), *self._cascade(cls, record_id)]
            unlinked = self._linking_to(doomed)
            blobs = self._blobs_of({i for c, i in doomed if c is Evidence})
            self._store.delete(cls, record_id)  # NotFound here rolls everything back
            changes = []
            for kind, doomed_id in doomed:
                entity = SPECS[kind].entity
                self.session.audit.append("delete", entity, doomed_id, content=True)
                changes.append(Change("deleted", entity, doomed_id))
            for kind, kept_id in unlinked:
                entity = SPECS[kind].entity
                self.session.audit.append("update", entity, kept_id, content=True)
                changes.append(Change("updated", entity, kept_id))
            for blob_id in blobs:
                self.session.after_commit(functools.partial(self.session.blobs.delete, blob_id))
        return Outcome(None, changes)

    def _cascade(self, cls: type, record_id: int) -> list[tuple[type, int]]:
        """The records the database deletes along with this one (schema's ON DELETE),
        each once although some are reached twice (an involvement via its incident and
        via its person)."""
        found: dict[tuple[type, int], None] = {}
        for child, column in dependents(cls):
            for child_id in self._store.ids_where(child.cls, {column: record_id}):
                found[(child.cls, child_id)] = None
                found.update(dict.fromkeys(self._cascade(child.cls, child_id)))
        return list(found)

    def _linking_to(self, doomed: list[tuple[type, int]]) -> list[tuple[type, int]]:
        """The records not in ``doomed`` that link to one in it: the database drops those
        link rows (ON DELETE CASCADE), which changes the linking record."""
        gone: dict[str, list[int]] = {}
        for kind, doomed_id in doomed:
            gone.setdefault(SPECS[kind].table, []).append(doomed_id)
        going = set(doomed)
        found: dict[tuple[type, int], None] = {}
        for kind, spec in SPECS.items():
            for link in spec.links.values():
                if link.target not in gone:
                    continue
                for owner_id in owners_linking_to(self.session.conn, link.table, gone[link.target]):
                    if (kind, owner_id) not in going:
                        found[(kind, owner_id)] = None
        return list(found)

    def _blobs_of(self, evidence_ids: set[int]) -> list[str]:
        rows = evidence_blobs(self.session.conn)
        return [blob_id for evidence_id, blob_id in rows if evidence_id in evidence_ids]

    def assign_pseudonyms(self, case_id: int) -> list[Change]:
        """Give every person of the case who holds a role and has no pseudonym one."""
        roles: dict[int, list[str]] = {}
        for person_id, role in roles_without_pseudonym(self.session.conn, case_id):
            roles.setdefault(person_id, []).append(role)
        if not roles:
            return []
        maker = PseudonymMaker(pseudonyms_in_case(self.session.conn, case_id))
        changes = []
        with self.session.transaction():
            for person_id, held in roles.items():
                main = main_role(held)
                assert main is not None
                set_pseudonym(self.session.conn, person_id, maker.label_for(main))
                self.session.search.put(self._store.get(Person, person_id))
                self.session.audit.append("assign_pseudonym", "person", person_id, content=True)
                changes.append(Change("updated", "person", person_id))
        return changes

    # Evidence files --------------------------------------------------------------------

    def add_evidence_file(
        self, evidence: Evidence, content: BinaryIO, progress: Progress = no_progress
    ) -> Outcome[Evidence]:
        """Encrypt ``content`` into the blob store, hash it at intake, save the metadata.

        ``evidence.sha256`` is set from the content; the file never touches the disk in
        the clear. ``progress`` hears of every chunk taken in (bytes done, file size) and
        may cancel by raising. If taking in or saving fails, no new blob is left.
        """
        stored = self.session.blobs.put(content, progress, _size_of(content))
        evidence.sha256, evidence.size = stored.sha256, stored.size
        evidence.blob_id = stored.blob_id
        try:
            return self.save(evidence)
        except BaseException:
            self.session.blobs.delete(stored.blob_id)
            raise

    def evidence_content(self, evidence_id: int) -> bytes:
        """The evidence file, decrypted in memory and checked against the SHA-256 taken at
        intake: the only way its content leaves the vault (a dump, the app's viewer).

        Raises :class:`VaultDamaged` naming the record (by its case's and its own
        reference, never by file name) if the file is missing, fails authentication (an
        ``LBB2`` blob swapped with another) or decrypts to other content (an ``LBB1`` blob
        swapped with another, which its encryption cannot tell): served, a swapped file
        would be evidence of something else.
        """
        evidence = self._store.get(Evidence, evidence_id)
        if evidence.blob_id is None:
            raise NotFound("No file is stored for this evidence (only its description and hash).")
        try:
            content = self.session.blobs.read(evidence.blob_id)
        except VaultDamaged as exc:
            raise VaultDamaged("evidence store", f"{self._named(evidence)}: {exc.detail}") from None
        if hashlib.sha256(content).hexdigest() != evidence.sha256:
            raise VaultDamaged(
                "evidence store",
                f"{self._named(evidence)}: the file no longer matches its recorded SHA-256",
            )
        return content

    def _named(self, evidence: Evidence) -> str:
        """How messages name an evidence item: references only, never content."""
        case = self._store.get(Case, evidence.case_id)
        return f"evidence {evidence.ref} of case {case.ref}"


def _size_of(content: BinaryIO) -> int:
    """The size of an open file (0 for a stream of unknown length)."""
    try:
        return os.fstat(content.fileno()).st_size
    except (OSError, ValueError, AttributeError):
        return 0
