"""The verifier's own reading of a PDF: text as two independent readers extract it.

A PDF stores Cyrillic as glyph codes, so raw bytes prove nothing; what matters is what a
reader gets out of it. Two readers that install with pip on Windows, macOS and Linux, with
unrelated code bases — pypdf (pure Python) and PDFium (Google's C++ library, through
pypdfium2) — each give every page's text and the document information (metadata). A
term either reader finds is a term in the PDF. (pdfminer.six was tried as the second
reader: it agreed, but took 40 ms a page, more than the whole export's budget.)
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2
from pypdf import PdfReader


@dataclass(frozen=True)
class Reading:
    """One reader's text of a PDF: ``pages`` in order, and the metadata values."""

    reader: str
    pages: tuple[str, ...]
    metadata: tuple[str, ...]


def read_with_pypdf(pdf: bytes) -> Reading:
    reader = PdfReader(io.BytesIO(pdf))
    pages = tuple(page.extract_text() or "" for page in reader.pages)
    return Reading("pypdf", pages, _pypdf_metadata(reader))


def read_with_pdfium(pdf: bytes) -> Reading:
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        metadata = tuple(str(v) for v in document.get_metadata_dict().values())
    finally:
        document.close()
    return Reading("pdfium", tuple(pages), metadata)


def readings(pdf: bytes) -> list[Reading]:
    """The PDF as each reader sees it."""
    return [read_with_pypdf(pdf), read_with_pdfium(pdf)]


def _pypdf_metadata(reader: PdfReader) -> tuple[str, ...]:
    return tuple(str(value) for value in (reader.metadata or {}).values())
