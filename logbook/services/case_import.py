"""``logbook import``: bring a ``logbook.case/1`` document into the vault.

All or nothing: the document is fully checked before anything is written, and the
writing happens in one transaction (new evidence files are removed if it rolls back).
The document is the case: records are matched by their document ids, so importing the
same document again changes nothing; records of that case missing from the document are
deleted. A pseudonym left null keeps the one the vault already assigned.

:func:`read_case_file` reads a document from disk for it: only a regular file of at most
:data:`MAX_DOCUMENT_BYTES`, checked before a byte is read, so a named pipe cannot hang
the import and ``/dev/zero`` cannot exhaust memory.
"""

from __future__ import annotations

import dataclasses
import io
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from logbook.core.errors import InterchangeError, LogbookError, ValidationError
from logbook.core.interchange import decode_content, load
from logbook.core.interchange_records import document_records, json_key, record_from
from logbook.core.model import Case, Evidence, Person, Source
from logbook.core.progress import Progress, no_progress
from logbook.core.record_kinds import RecordKind, all_kinds, children, kind_of
from logbook.services.case_book import CaseBook, Record
from logbook.vault.queries import set_pseudonym

R = TypeVar("R", bound=Record)

# 256 MiB: eight times the 10,000-incident benchmark case (33 MB), room for evidence files
# carried inside the document, and little enough that parsing it fits in memory.
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
_MIB = 1024 * 1024
_READ_CHUNK = 4 * _MIB
_SHOWN_PATH = 120  # characters of a path shown in a message (its end, which names it)


def read_case_file(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of the case document at ``path``, or a :class:`LogbookError` saying why not.

    Refused before anything is read: what is not a regular file (a folder, a named pipe,
    a device, a socket) and a file over ``limit`` bytes. The path is looked at first
    without opening it (opening some devices does something), then opened without
    waiting (a named pipe swapped in meanwhile cannot block) and checked again on the
    open file, which is read in chunks and refused as soon as it passes ``limit`` (a file
    that grew meanwhile is not read to its end).
    """
    path = Path(path)
    try:
        _refuse_unless_document(path, os.stat(path), limit)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise LogbookError(f"Cannot read {_shown(path)}: {exc.strerror}.") from None
    with os.fdopen(fd, "rb", buffering=0) as f:
        _refuse_unless_document(path, os.fstat(fd), limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        data = bytearray()
        try:
            while chunk := f.read(_READ_CHUNK):
                data += chunk
                if len(data) > limit:  # it grew after the check: refuse, read no further
                    raise _too_large(path, limit)
        except OSError as exc:
            raise LogbookError(f"Cannot read {_shown(path)}: {exc.strerror}.") from None
    return bytes(data)


def _refuse_unless_document(path: Path, status: os.stat_result, limit: int) -> None:
    """Raise :class:`LogbookError` unless ``status`` is a regular file within ``limit``."""
    mode = status.st_mode
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    for test, kind in kinds:
        if test(mode):
            raise LogbookError(
                f"Cannot read {_shown(path)}: it is {kind}, not a file. Save the case "
                "document to a file and import that."
            )
    if not stat.S_ISREG(mode):
        raise LogbookError(f"Cannot read {_shown(path)}: it is not a regular file.")
    if status.st_size > limit:
        raise _too_large(path, limit)


def _too_large(path: Path, limit: int) -> LogbookError:
    return LogbookError(
        f"Cannot import {_shown(path)}: it is larger than {_mib(limit)}, the limit for a "
        "case document."
    )


def _mib(size: int) -> str:
    return f"{size / _MIB:,.0f} MiB" if size >= _MIB else f"{size:,} bytes"


def _shown(path: Path) -> str:
    """``path`` for a message: its end, if it is very long (a path is the user's own, but
    one of thousands of characters must not make the message that long)."""
    text = str(path)
    return text if len(text) <= _SHOWN_PATH else "…" + text[-(_SHOWN_PATH - 1) :]


@dataclass
class ImportReport:
    case_ref: str
    case_id: int = 0
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    pseudonyms_assigned: int = 0

    def summary(self) -> str:
        parts = []
        for label, counter in (
            ("added", self.created),
            ("updated", self.updated),
            ("removed", self.deleted),
        ):
            if counter:
                detail = ", ".join(f"{entity} ×{n}" for entity, n in counter.items())
                parts.append(f"{label} {detail}")
        return "; ".join(parts) or "no changes (the vault already matched the document)"


def import_case(
    book: CaseBook, data: bytes | str, progress: Progress = no_progress
) -> ImportReport:
    """Check ``data`` and apply it. Raises InterchangeError (nothing written) on problems,
    among them a document over :data:`MAX_DOCUMENT_BYTES` (``data`` from another source
    than :func:`read_case_file` is held to the same limit). ``progress`` hears of every
    record applied (records done, records in the document) and may stop the import by
    raising: the whole import is then rolled back."""
    if len(data) > MAX_DOCUMENT_BYTES:  # a str has at most as many characters as bytes
        limit = _mib(MAX_DOCUMENT_BYTES)
        raise InterchangeError([("", f"the document is larger than the {limit} limit")])
    document = load(data, book.session.clock().year)
    with book.session.transaction():
        return _Importer(book, document, progress).run()


class _Importer:
    def __init__(self, book: CaseBook, document: dict[str, Any], progress: Progress) -> None:
        self.book = book
        self.doc = document
        self.progress = progress
        self.done = 0
        self.total = 1 + sum(1 for _ in document_records(document))  # the case too
        self.ids: dict[type, dict[str, int]] = {}  # kind -> document id -> vault id
        self.report = ImportReport(document["case"]["id"])

    def run(self) -> ImportReport:
        source = self.doc["source"]
        found = [c for c in self.book.cases() if c.ref == self.report.case_ref]
        case = self._upsert(
            Case,
            found[0] if found else None,
            self.doc["case"],
            "/case",
            source=Source(**source) if source else None,
        )
        assert case.id is not None
        report = self.report
        report.case_id = case.id
        # Records are written after those they point at: the kinds pointed at go first
        # (persons, then evidence depicting them), then the rest (incidents and parts).
        pointed_at = {t for k in all_kinds() for t in (*k.references.values(), *k.links.values())}
        for kind in sorted(children(Case), key=lambda kind: kind.cls not in pointed_at):
            if kind.cls is Person:
                self._persons(case.id)
            elif kind.cls is Evidence:
                self._evidence(case.id)
            else:
                self._children(kind, case.id, self.doc[kind.interchange_key], "")
        report.pseudonyms_assigned = len(self.book.assign_pseudonyms(case.id))
        return report

    def _upsert(
        self, cls: type[R], old: R | None, obj: dict[str, Any], where: str, **fixed: Any
    ) -> R:
        """Save the record ``obj`` describes unless it equals ``old``."""
        return self._save(record_from(cls, obj, **fixed), old, where)

    def _save(self, new: R, old: R | None, where: str) -> R:
        """Save ``new`` (replacing ``old``) unless nothing changed; count what happened.

        Validation problems come back as document problems at ``where``.
        """
        entity = kind_of(type(new)).entity
        self.done += 1
        self.progress(self.done, self.total)
        if old is not None:
            new.id = old.id
            if new == old:
                return old
        try:
            self.book.save(new, assign_pseudonyms=False)
        except ValidationError as exc:
            raise InterchangeError(
                [(f"{where}/{f}", reason) for f, reason in exc.problems]
            ) from None
        (self.report.updated if old is not None else self.report.created)[entity] += 1
        return new

    def _remove(self, cls: type, leftovers: dict[str, Any]) -> None:
        for record in leftovers.values():
            for change in self.book.delete(cls, record.id).changes:
                self.report.deleted[change.entity] += 1

    def _persons(self, case_id: int) -> None:
        existing = {p.ref: p for p in self.book.persons(case_id)}
        wanted = {obj["id"]: obj for obj in self.doc["persons"]}
        # Removed persons go first, and labels about to change are released, so a
        # document may hand a pseudonym from one person to another (or swap two).
        self._remove(Person, {ref: p for ref, p in existing.items() if ref not in wanted})
        for ref, person in existing.items():
            label = wanted[ref]["pseudonym"] if ref in wanted else None
            if label is not None and label != person.pseudonym:
                assert person.id is not None  # read from the vault
                set_pseudonym(self.book.session.conn, person.id, None)
        existing = {ref: p for ref, p in existing.items() if ref in wanted}
        for i, obj in enumerate(self.doc["persons"]):
            old = existing.pop(obj["id"], None)
            fixed: dict[str, Any] = {"case_id": case_id, "position": i}
            if obj["pseudonym"] is None and old is not None:
                fixed["pseudonym"] = old.pseudonym  # stable once assigned
            person = self._upsert(Person, old, obj, f"/persons/{i}", **fixed)
            self.ids.setdefault(Person, {})[obj["id"]] = person.id  # type: ignore[assignment]

    def _evidence(self, case_id: int) -> None:
        existing = {e.ref: e for e in self.book.evidence(case_id)}
        for i, obj in enumerate(self.doc["evidence"]):
            old = existing.pop(obj["id"], None)
            blob_id, size = self._blob_for(obj, old)
            evidence = self._upsert(
                Evidence,
                old,
                obj,
                f"/evidence/{i}",
                case_id=case_id,
                position=i,
                blob_id=blob_id,
                size=size,
                **self._pointing(kind_of(Evidence), obj),
            )
            self.ids.setdefault(Evidence, {})[obj["id"]] = evidence.id  # type: ignore[assignment]
        self._remove(Evidence, existing)

    def _blob_for(self, obj: dict[str, Any], old: Evidence | None) -> tuple[str | None, int | None]:
        """The blob holding this evidence's file after import (kept, replaced or none)."""
        session = self.book.session
        kept = old is not None and old.blob_id is not None and old.sha256 == obj["sha256"]
        if kept:
            return old.blob_id, old.size  # type: ignore[union-attr]
        if old is not None and old.blob_id is not None:
            old_blob = old.blob_id
            session.after_commit(lambda: session.blobs.delete(old_blob))
        if obj["content_base64"] is None:
            return None, None
        stored = session.blobs.put(io.BytesIO(decode_content(obj["content_base64"])))
        session.after_rollback(lambda: session.blobs.delete(stored.blob_id))
        return stored.blob_id, stored.size

    def _pointing(self, kind: RecordKind, obj: dict[str, Any]) -> dict[str, Any]:
        """The vault ids of the records ``obj`` names by document id."""
        fields: dict[str, Any] = {
            name: self.ids[target][obj[json_key(name)]] for name, target in kind.references.items()
        }
        for name, target in kind.links.items():
            fields[name] = [self.ids[target][ident] for ident in obj[json_key(name)]]
        return fields

    def _children(
        self, kind: RecordKind, owner_id: int, objs: list[dict[str, Any]], where: str
    ) -> None:
        """Make the records of ``kind`` owned by ``owner_id`` those of ``objs``, each with
        its own parts: matched by document id, or, for a kind without ids (involvements),
        the whole list replaced when it differs."""
        where = f"{where}/{kind.interchange_key}"
        if kind.ref_prefix is None:
            self._replace_all(kind, owner_id, objs, where)
            return
        existing: dict[str, Any] = {r.ref: r for r in self.book.owned_by(kind.cls, owner_id)}
        for j, obj in enumerate(objs):
            fixed = {str(kind.parent): owner_id, "position": j, **self._pointing(kind, obj)}
            old = existing.pop(obj["id"], None)
            record = self._upsert(kind.cls, old, obj, f"{where}/{j}", **fixed)
            assert record.id is not None
            self.ids.setdefault(kind.cls, {})[obj["id"]] = record.id
            for child in children(kind.cls):
                self._children(child, record.id, obj[child.interchange_key], f"{where}/{j}")
        self._remove(kind.cls, existing)

    def _replace_all(
        self, kind: RecordKind, owner_id: int, objs: list[dict[str, Any]], where: str
    ) -> None:
        old = self.book.owned_by(kind.cls, owner_id)
        fixed = {str(kind.parent): owner_id}
        new = [record_from(kind.cls, o, **fixed, **self._pointing(kind, o)) for o in objs]

        def same(records: list[Any]) -> list[Any]:
            return [dataclasses.replace(r, id=None) for r in records]

        if same(old) == same(new):
            return
        self._remove(kind.cls, {str(r.id): r for r in old})
        for j, record in enumerate(new):
            self._save(record, None, f"{where}/{j}")
