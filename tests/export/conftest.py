"""Exporting cases for tests: through a real vault, or from memory for speed.

``exported(doc, profile)`` imports ``doc`` (a ``logbook.case/1`` dict) under a fresh case
id into a vault shared by the test module, exports it with the real pipeline to a file
and reads the PDF back with pypdf. ``from_memory(doc, profile)`` runs the same pipeline
on a case built in memory (no vault, no file).
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from logbook.export import ExportOptions, prepare_export, produce_pdf
from logbook.export.detector import Finding
from logbook.export.pipeline import PreparedExport, VerifiedPdf
from logbook.export.report import RedactionReport
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.services.exporting import export_case
from tests.conftest import EXAMPLE_CASE, FixedClock
from tests.export.memory import snapshot_from
from tests.pdf_text import extract_text
from tests.properties.vaults import open_book

NOW = FixedClock()()


# Findings about the document's language (a field not translated, a name romanised by
# Logbook), not about personal data: tests of redaction accept them as a user would.
LANGUAGE_FINDINGS = frozenset({"not_translated", "transliterated"})


def language_findings(prepared: PreparedExport) -> tuple[str, ...]:
    """The keys of ``prepared``'s findings about language (to accept them)."""
    return tuple(f.key for f in prepared.findings if f.kind in LANGUAGE_FINDINGS)


def personal(findings: list[Finding]) -> list[Finding]:
    """The findings about personal data (those about language left out)."""
    return [f for f in findings if f.kind not in LANGUAGE_FINDINGS]


def example() -> dict[str, Any]:
    """A fresh, editable copy of docs/example-case.json."""
    return json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Exported:
    pdf: bytes
    text: str  # every page's text and the metadata, as pypdf extracts it
    report: RedactionReport
    path: Path | None = None

    def folded(self) -> str:
        """The text in one line, lower case: for "is this anywhere" assertions."""
        return " ".join(self.text.split()).casefold()


@pytest.fixture(scope="module")
def shared_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseBook]:
    yield from open_book(tmp_path_factory.mktemp("export") / "vault")


Export = Callable[..., Exported]


@pytest.fixture
def exported(shared_book: CaseBook, tmp_path: Path) -> Export:
    def run(
        doc: dict[str, Any],
        profile: str,
        *,
        accept: bool = True,
        kind: str | None = None,
        deterministic: bool = True,
    ) -> Exported:
        doc = copy.deepcopy(doc)
        doc["case"]["id"] = f"case-{uuid.uuid4().hex[:12]}"
        import_case(shared_book, json.dumps(doc, ensure_ascii=False))
        out = tmp_path / f"{doc['case']['id']}-{profile}.pdf"
        options = ExportOptions(profile, kind, deterministic=deterministic)
        outcome = export_case(shared_book, doc["case"]["id"], out, options, accept_findings=accept)
        pdf = out.read_bytes()
        return Exported(pdf, extract_text(pdf), outcome.report, out)

    return run


def prepared_from_memory(
    doc: dict[str, Any],
    profile: str,
    kind: str | None = None,
    language: str = "en",
    source_contact: bool = True,
) -> PreparedExport:
    options = ExportOptions(
        profile, kind, deterministic=True, language=language, source_contact=source_contact
    )
    return prepare_export(snapshot_from(doc), options, NOW)


def from_memory(
    doc: dict[str, Any],
    profile: str,
    *,
    kind: str | None = None,
    language: str = "en",
    source_contact: bool = True,
) -> Exported:
    """The pipeline without a vault: prepare, render, verify (findings accepted)."""
    prepared = prepared_from_memory(doc, profile, kind, language, source_contact)
    verified: VerifiedPdf = produce_pdf(prepared, accept_all=True)
    return Exported(verified.data, extract_text(verified.data), verified.report)


def person(ref: str, name: str, *variants: str, **fields: Any) -> dict[str, Any]:
    """A person object for a document (consent fields may be given as ``consent={...}``)."""
    return {
        "id": ref,
        "kind": "individual",
        "name": name,
        "name_variants": list(variants),
        "is_minor": False,
        **fields,
    }


def consent(**given: bool) -> dict[str, Any]:
    answers = dict.fromkeys(
        ("share_with_un", "disclose_to_state", "publish", "medical_details", "photos"), False
    )
    return {**answers, **given, "obtained_on": "2025-12-01", "obtained_how": "in person"}


def with_narrative(doc: dict[str, Any], text: str) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["incidents"][0]["narrative"] = text
    return doc
