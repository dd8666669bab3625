"""Full-text search over titles, narratives, statements, names, name variants and former
names (FTS5). The index lives inside the encrypted database, like the records it points at.

The index is contentless (the text lives once, in its table); each entry's rowid encodes
what it points at, ``id * 4 + kind``, so updating one record touches one index row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from logbook.core.model import Person
from logbook.core.record_kinds import kind_of
from logbook.core.search_text import fold, fts_query
from logbook.vault.database import Connection

# The code of each indexed kind (``indexed`` in logbook.core.record_kinds) in the rowids:
# stored, and used by the schema's triggers that drop a deleted record's entry.
_KINDS = {"incident": 1, "person": 2, "statement": 3}
_NAMES = {code: name for name, code in _KINDS.items()}


@dataclass(frozen=True)
class IndexHit:
    kind: str  # "incident", "person" or "statement"
    id: int


def _rowid(kind: str, record_id: int) -> int:
    return record_id * 4 + _KINDS[kind]


class SearchIndex:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._vocabulary = False  # whether temp.search_words exists on this connection

    def put(self, record: Any) -> None:
        """Index ``record``, of an indexed kind (replacing its previous entry): a person
        by their names, any other record by its free text and its translations."""
        kind = kind_of(type(record)).entity
        if isinstance(record, Person):
            names = [*record.all_names(), *record.former_names]
            parts = [*names, record.pseudonym or ""]
        else:
            parts = [getattr(record, name) or "" for name in kind_of(type(record)).free_text]
            parts += [t for texts in record.translations.values() for t in texts.values()]
        assert record.id is not None
        self.remove(kind, record.id)
        self._conn.execute(
            "INSERT INTO search_index (rowid, body) VALUES (?, ?)",
            (_rowid(kind, record.id), fold("\n".join(parts))),
        )

    def remove(self, kind: str, record_id: int) -> None:
        self._conn.execute("DELETE FROM search_index WHERE rowid = ?", (_rowid(kind, record_id),))

    def _words_starting(self, stem: str) -> list[str]:
        """The index's words that start with ``stem`` (a short stem of a query word, see
        :func:`fts_query`), read from its vocabulary: one scan, however many forms."""
        if not self._vocabulary:
            # A view of the index's terms, in the connection's temporary schema: nothing
            # is written to the vault, and indexes of every version have it.
            self._conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words "
                "USING fts5vocab(main, search_index, 'row')"
            )
            self._vocabulary = True
        rows = self._conn.execute(
            "SELECT term FROM temp.search_words WHERE term >= ? AND term < ?",
            (stem, stem + "\U0010ffff"),
        )
        return [term for (term,) in rows]

    def search(self, text: str, limit: int = 50) -> list[IndexHit]:
        """Best matches first (BM25). Every word of ``text`` must match the start of a
        word, or a word in another form (:func:`logbook.core.search_text.fts_query`)."""
        query = fts_query(text, self._words_starting)
        if query is None:
            return []
        rows = self._conn.execute(
            # bm25() rather than the "rank" column: the same order, half the allocations.
            "SELECT rowid FROM search_index WHERE search_index MATCH ? "
            "ORDER BY bm25(search_index) LIMIT ?",
            (query, limit),
        )
        return [IndexHit(_NAMES[rowid % 4], rowid // 4) for (rowid,) in rows]
