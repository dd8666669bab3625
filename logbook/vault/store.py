"""Generic persistence of record dataclasses (see :mod:`logbook.vault.records`).

The store does no validation and no auditing: services do that. All methods must run
inside a transaction opened by the session, on the thread that owns the connection.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from logbook.core.errors import NotFound
from logbook.core.model import Case
from logbook.core.record_kinds import kind_of
from logbook.vault.database import Connection
from logbook.vault.records import SPECS, TableSpec, columns, from_row, listing_order, to_row

R = TypeVar("R")


class Store:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def insert(self, record: R) -> R:
        """Insert ``record`` (its ``id`` must be ``None``) and set its new id; a record
        without a position goes after its siblings."""
        spec = SPECS[type(record)]
        if getattr(record, "position", 0) is None:
            parent_id = getattr(record, spec.parent or "")
            record.position = self._next_position(spec, parent_id)  # type: ignore[attr-defined]
        names = columns(type(record))
        marks = ", ".join("?" for _ in names)
        cursor = self._conn.execute(
            f"INSERT INTO {spec.table} ({', '.join(names)}) VALUES ({marks})", to_row(record)
        )
        record.id = cursor.lastrowid  # type: ignore[attr-defined]
        self._write_links(record, replace=False)
        return record

    def update(self, record: Any) -> None:
        spec = SPECS[type(record)]
        assignments = ", ".join(f"{name} = ?" for name in columns(type(record)))
        cursor = self._conn.execute(
            f"UPDATE {spec.table} SET {assignments} WHERE id = ?", [*to_row(record), record.id]
        )
        if cursor.rowcount != 1:
            raise NotFound(f"There is no {spec.entity} with id {record.id}.")
        self._write_links(record, replace=True)

    def delete(self, cls: type, record_id: int) -> None:
        spec = SPECS[cls]
        cursor = self._conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (record_id,))
        if cursor.rowcount != 1:
            raise NotFound(f"There is no {spec.entity} with id {record_id}.")

    def get(self, cls: type[R], record_id: int) -> R:
        found = self.select(cls, "id = ?", (record_id,))
        if not found:
            raise NotFound(f"There is no {SPECS[cls].entity} with id {record_id}.")
        return found[0]

    def select(
        self, cls: type[R], where: str = "1", params: tuple[Any, ...] = (), order: str | None = None
    ) -> list[R]:
        """Records of ``cls`` matching an SQL condition, with their link lists filled,
        in ``order`` (default: the record kind's own, see ``listing_order``)."""
        spec = SPECS[cls]
        order = order or listing_order(cls)
        cursor = self._conn.execute(
            f"SELECT id, {', '.join(columns(cls))} FROM {spec.table} WHERE {where} "
            f"ORDER BY {order}",
            params,
        )
        rows = cursor.fetchall()
        links = {
            name: self._read_links(link.table, [r[0] for r in rows])
            for name, link in spec.links.items()
        }
        return [
            from_row(cls, row, {name: links[name].get(row[0], []) for name in spec.links})
            for row in rows
        ]

    def where(
        self, cls: type[R], equal: Mapping[str, Any] | None = None, order: Order | None = None
    ) -> list[R]:
        """Records of ``cls`` whose fields equal the values in ``equal`` (all records if
        none), in the named ``order`` (default: the kind's own). The services' questions,
        asked without SQL."""
        condition = _condition(cls, equal or {})
        return self.select(cls, *condition, order=_ORDERS[order] if order else None)

    def ids_where(self, cls: type, equal: Mapping[str, Any]) -> list[int]:
        """The ids of the records of ``cls`` whose fields equal the values in ``equal``."""
        return self.ids(cls, *_condition(cls, equal))

    def in_case(self, cls: type[R], case_id: int) -> list[R]:
        """The records of ``cls`` (below the case: persons, an incident's parts…) that
        belong to the case ``case_id``, however deep."""
        return self.select(cls, _in_case(cls), (case_id,))

    def by_ids(self, cls: type[R], ids: list[int]) -> list[R]:
        """The records of ``cls`` with these ids (in the kind's order; missing ids skipped)."""
        found: list[R] = []
        for chunk in _chunks(ids):
            found += self.select(cls, f"id IN ({', '.join('?' for _ in chunk)})", tuple(chunk))
        return found

    def ids(self, cls: type, where: str, params: tuple[Any, ...] = ()) -> list[int]:
        table = SPECS[cls].table
        return [r[0] for r in self._conn.execute(f"SELECT id FROM {table} WHERE {where}", params)]

    def _next_position(self, spec: TableSpec, parent_id: int) -> int:
        row = self._conn.execute(
            f"SELECT coalesce(max(position), -1) + 1 FROM {spec.table} WHERE {spec.parent} = ?",
            (parent_id,),
        ).fetchone()
        position: int = row[0]
        return position

    def _write_links(self, record: Any, *, replace: bool) -> None:
        for name, link in SPECS[type(record)].links.items():
            if replace:
                self._conn.execute(f"DELETE FROM {link.table} WHERE owner_id = ?", (record.id,))
            self._conn.executemany(
                f"INSERT INTO {link.table} (owner_id, target_id) VALUES (?, ?)",
                [(record.id, target) for target in dict.fromkeys(getattr(record, name))],
            )

    def _read_links(self, table: str, owner_ids: list[int]) -> dict[int, list[int]]:
        result: dict[int, list[int]] = {}
        if not owner_ids:
            return result
        for chunk in _chunks(owner_ids):
            marks = ", ".join("?" for _ in chunk)
            for owner, target in self._conn.execute(
                f"SELECT owner_id, target_id FROM {table} WHERE owner_id IN ({marks}) "
                "ORDER BY rowid",
                chunk,
            ):
                result.setdefault(owner, []).append(target)
        return result


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    """Slices of ``ids``: SQLite limits the number of bound parameters per statement."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]


# How the services may ask for records to be listed (SQL stays here).
Order = Literal["title", "directory", "chronological"]
_ORDERS: dict[str, str] = {
    "title": "title COLLATE NOCASE, id",  # cases, as the case list shows them
    "directory": "case_id, position, id",  # persons across cases
    "chronological": "date_sort, id",  # incidents by date, whatever its precision
}


def _condition(cls: type, equal: Mapping[str, Any]) -> tuple[str, tuple[Any, ...]]:
    """``field = ?`` for each field, checked against the kind's columns."""
    known = set(columns(cls))
    unknown = set(equal) - known
    if unknown:
        raise ValueError(f"not a stored field of {cls.__name__}: {sorted(unknown)}")
    if not equal:
        return "1", ()
    return " AND ".join(f"{name} = ?" for name in equal), tuple(equal.values())


def _in_case(cls: type) -> str:
    """The SQL condition selecting the records of kind ``cls`` in the case ``?``."""
    kind = kind_of(cls)
    assert kind.parent is not None and kind.parent_kind is not None  # not the case itself
    if kind.parent_kind is Case:
        return f"{kind.parent} = ?"
    parent = kind_of(kind.parent_kind)
    return f"{kind.parent} IN (SELECT id FROM {parent.table} WHERE {_in_case(parent.cls)})"
