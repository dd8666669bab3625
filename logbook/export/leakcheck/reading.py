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
import threading
from dataclasses import dataclass
from typing import Any

import pypdf._page
import pypdfium2
from pypdf import PdfReader


@dataclass(frozen=True)
class Reading:
    """One reader's text of a PDF: ``pages`` in order, and the metadata values."""

    reader: str
    pages: tuple[str, ...]
    metadata: tuple[str, ...]
    page_count: int  # of the whole PDF, also when only some of its pages were read


def read_with_pypdf(pdf: bytes, part: int = 0, parts: int = 1) -> Reading:
    """Every page's text by pypdf; with ``parts``, only pages ``part``, ``part + parts``
    … (the metadata with part 0), so that several processes can share the reading."""
    reader = PdfReader(io.BytesIO(pdf))
    count = len(reader.pages)
    _parsed_fonts.clear()
    try:
        pages = tuple(reader.pages[i].extract_text() or "" for i in range(part, count, parts))
    finally:
        _parsed_fonts.clear()
    return Reading("pypdf", pages, _pypdf_metadata(reader) if part == 0 else (), count)


# pypdf parses each font's character map again on every page: with two fonts on 357 pages
# a quarter of its reading. Each parsed font is kept for the rest of the reading instead
# (:func:`keep_parsed_fonts`, on from import). Readings in two threads at once only clear
# each other's fonts: a font is kept for its own font dictionary object and given back
# for no other.
_parsed_fonts: dict[int, tuple[Any, Any]] = {}
_PYPDF_FONT = getattr(pypdf._page, "Font", None)


def keep_parsed_fonts(keep: bool = True) -> bool:
    """Make pypdf parse each font once per reading (``False``: as shipped). Returns
    whether this pypdf can (it builds fonts with ``Font.from_font_resource``)."""
    if _PYPDF_FONT is None or not hasattr(_PYPDF_FONT, "from_font_resource"):
        return False
    # Replacing pypdf's class with ours at run time (mypy forbids assigning to a class).
    pypdf._page.Font = _font_keeping_class(_PYPDF_FONT) if keep else _PYPDF_FONT  # type: ignore[misc]
    return True


def _font_keeping_class(font_class: Any) -> Any:
    class KeptFont(font_class):  # type: ignore[misc]  # subclasses a class found at run time
        @classmethod
        def from_font_resource(cls, font_dict: Any) -> Any:
            kept = _parsed_fonts.get(id(font_dict))
            if kept is None or kept[0] is not font_dict:  # the id of a freed object
                kept = (font_dict, font_class.from_font_resource(font_dict))
                _parsed_fonts[id(font_dict)] = kept
            return kept[1]

    return KeptFont


# PDFium is not thread-safe (pypdfium2's documentation): two exports checking at once
# (a run the Export dialog replaced, still reading, and the new one) crashed the process.
# The app's evidence viewer renders PDFs with it too, and holds this lock meanwhile.
PDFIUM_LOCK = threading.Lock()


def read_with_pdfium(pdf: bytes) -> Reading:
    """PDFium's text of every page; one reading at a time in the process."""
    with PDFIUM_LOCK:
        return _read_with_pdfium(pdf)


def _read_with_pdfium(pdf: bytes) -> Reading:
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
    return Reading("pdfium", tuple(pages), metadata, len(pages))


def _pypdf_metadata(reader: PdfReader) -> tuple[str, ...]:
    return tuple(str(value) for value in (reader.metadata or {}).values())


keep_parsed_fonts()
