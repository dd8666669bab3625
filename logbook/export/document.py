"""The redacted document model: what the PDF will say, already redacted.

A :class:`Document` is a list of :class:`Section` s in the order of DESIGN.md §6, each a
list of blocks. Every string in it is either the template's own wording or user text that
went through the redactor; :class:`Text` remembers which field user text came from, so a
leak found before rendering can say where it is. The renderer only lays this out; it adds
nothing but the page furniture (marking, document id, "page X of Y"), which is also here.
All of the template's wording is in the document's ``language`` (logbook.export.wording),
including how a field's label is set (``field_label``: "Date:", "Date :").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from logbook.export.origin import TEMPLATE, Origin


@dataclass(frozen=True)
class Text:
    value: str
    origin: Origin = TEMPLATE


BlockKind = Literal["subheading", "paragraph", "fields", "banner", "bullets", "table"]


@dataclass
class Block:
    """One block of a section.

    - ``subheading``, ``paragraph``, ``banner``: ``text``;
    - ``fields``: ``fields``, pairs of a label and a value ("Date: 22 November 2025");
    - ``bullets``: ``items``;
    - ``table``: ``rows`` (the first row is the header).
    """

    kind: BlockKind
    text: Text | None = None
    fields: list[tuple[str, Text]] = field(default_factory=list)
    items: list[Text] = field(default_factory=list)
    rows: list[list[Text]] = field(default_factory=list)

    def texts(self) -> Iterator[Text]:
        if self.text is not None:
            yield self.text
        for label, value in self.fields:
            yield Text(label)
            yield value
        yield from self.items
        for row in self.rows:
            yield from row


@dataclass
class Section:
    """``key`` names the section (``cover``, ``source``, ``summary`` … ``notice``)."""

    key: str
    heading: str
    blocks: list[Block] = field(default_factory=list)
    new_page: bool = False

    def add(self, kind: BlockKind, **content: object) -> Block:
        block = Block(kind, **content)  # type: ignore[arg-type]
        self.blocks.append(block)
        return block

    def paragraph(self, text: Text) -> None:
        if text.value.strip():
            self.add("paragraph", text=text)

    def fields(self, pairs: list[tuple[str, Text | str | None]]) -> None:
        """Add label–value lines, leaving out empty values."""
        kept = [
            (label, value if isinstance(value, Text) else Text(value))
            for label, value in pairs
            if value is not None and (value.value if isinstance(value, Text) else value).strip()
        ]
        if kept:
            self.add("fields", fields=kept)


@dataclass
class Document:
    profile: str
    communication_type: str
    marking: str  # on every page
    document_id: str
    metadata_title: str
    metadata_subject: str
    date: str  # the export date in words (cover)
    sections: list[Section] = field(default_factory=list)
    footer: str = "Document {document_id} · page {page} of {pages}"
    language: str = "en"  # the wording's (logbook.export.wording.LANGUAGES)
    field_label: str = "{label}:"  # a field's label as set before its value

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def texts(self) -> Iterator[Text]:
        """Every string the PDF will show (page furniture and metadata included)."""
        for _, text in self.placed_texts():
            yield text

    def placed_texts(self) -> Iterator[tuple[str, Text]]:
        """:meth:`texts`, each with where it stands: ``furniture`` (on every page; the
        document id is in the footer), ``metadata``, or its section's key."""
        for value in (self.marking, self.footer, self.document_id):
            yield "furniture", Text(value)
        for value in (self.metadata_title, self.metadata_subject):
            yield "metadata", Text(value)
        yield "cover", Text(self.date)
        for section in self.sections:
            yield section.key, Text(section.heading)
            for block in section.blocks:
                for text in block.texts():
                    yield section.key, text
