"""Reading a produced PDF back in tests: pypdf's text of every page, then the metadata.

Tests read PDFs on their own, not through the product's leak check, so that a test of the
check does not lean on the check's own reading.
"""

from __future__ import annotations

import io

from pypdf import PdfReader


def extract_text(pdf: bytes) -> str:
    """All text pypdf gets out of ``pdf``: every page, then the metadata values."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = [page.extract_text() or "" for page in reader.pages]
    metadata = [str(v) for v in (reader.metadata or {}).values()]
    return "\n".join(pages + metadata)
