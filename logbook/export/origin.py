"""Where a piece of text in an export comes from: safe to show, never case content."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """A field of a record: ``kind`` (``case``, ``person``, ``incident``, ``injury``,
    ``statement``, ``remedy``, ``evidence``, ``source``, or ``template`` for the
    document's own wording), the record's vault id and document id (``ref``), and the
    field's name as in the case format (``narrative``, ``location.place`` …).

    The UI uses ``kind`` + ``record_id`` + ``field`` to open the field a finding or a
    leak is in.
    """

    kind: str
    record_id: int | None
    ref: str
    field: str

    def describe(self) -> str:
        """``incident i1, narrative``: how messages name the place."""
        if self.kind == "template":
            return "the document's own wording"
        ref = f" {self.ref}" if self.ref else ""
        return f"{self.kind}{ref}, {self.field}"


TEMPLATE = Origin("template", None, "", "")
