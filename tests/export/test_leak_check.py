"""The independent leak check: a protected term in the produced PDF stops the export, no
file is left, and the message names the category and rule but never the term; terms are
found inside hashtags, handles, URLs, glued, split and disguised words; ordinary text
raises no alarm; a false alarm can be accepted by its id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from logbook.core.errors import LogbookError
from logbook.export import ExportOptions, LeakDetected, pipeline, produce_pdf
from logbook.export.document import Document, Text
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck
from logbook.export.redaction import Redacted, Redactor
from logbook.export.report import RedactionReport
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.services.exporting import export_case
from tests.export.conftest import Export, consent, example, person, prepared_from_memory
from tests.pdf_text import extract_text

REAL_RENDER = pipeline.render_pdf


@pytest.fixture
def book_with_case(shared_book: CaseBook) -> CaseBook:
    import_case(shared_book, __import__("json").dumps(example(), ensure_ascii=False))
    return shared_book


def render_with(extra: str, *, where: str = "body") -> Any:
    """A renderer that adds ``extra`` after the model was checked: a renderer bug."""

    def render(document: Document, **kwargs: Any) -> bytes:
        if where == "metadata":
            document.metadata_subject = extra
        else:
            document.sections[-1].paragraph(Text(extra))
        return REAL_RENDER(document, **kwargs)

    return render


def audit_exports(book: CaseBook) -> int:
    return sum(1 for e in book.session.audit.entries() if e.action == "export")


@pytest.mark.parametrize(
    "injected, category",
    [
        ("Daniyar Witness", "name of a person shown by pseudonym"),
        ("Данияру передали", "name of a person shown by pseudonym"),  # inflected
        ("DANIYAR", "name of a person shown by pseudonym"),
        ("bruising from being pushed against a door", "confidential medical details"),
        ("secure contact details", "contact details"),
    ],
)
def test_a_leak_in_the_pdf_stops_the_export_and_leaves_no_file(
    book_with_case: CaseBook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    injected: str,
    category: str,
) -> None:
    monkeypatch.setattr(pipeline, "render_pdf", render_with(injected))
    out = tmp_path / "submission.pdf"
    before = audit_exports(book_with_case)
    with pytest.raises(LeakDetected) as stopped:
        export_case(book_with_case, "case-1", out, ExportOptions("ohchr"))
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file either
    message = str(stopped.value)
    assert category in message and "rule:" in message and "Nothing was written" in message
    # The leak carries the export's report: it says it failed, and quotes nothing.
    report = stopped.value.report
    assert isinstance(report, RedactionReport)
    assert report.verification == "failed" and report.failed_on is not None
    assert "Verification: FAILED (" in report.text()
    assert injected.split()[0].casefold() not in report.text().casefold()
    assert injected.casefold() not in message.casefold()
    own_words = set(category.split()) | {"a", "from", "being"}
    for word in injected.split():
        if word not in own_words:
            assert word.casefold() not in message.casefold()
    assert stopped.value.exit_code == 8
    assert audit_exports(book_with_case) == before


def test_a_leak_in_the_metadata_is_found(
    book_with_case: CaseBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "render_pdf", render_with("Данияр", where="metadata"))
    with pytest.raises(LeakDetected):
        export_case(book_with_case, "case-1", tmp_path / "x.pdf", ExportOptions("public"))
    assert not (tmp_path / "x.pdf").exists()


def test_a_leak_in_the_model_says_which_field_it_is_in(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = example()
    doc["incidents"][0]["narrative"] = "Данияр saw it."
    prepared_ok = prepared_from_memory(doc, "ohchr")
    assert "Данияр" not in extract_text(produce_pdf(prepared_ok, accept_all=True).data)

    monkeypatch.setattr(Redactor, "redact", lambda self, text, markup=None: Redacted(text or ""))
    prepared = prepared_from_memory(doc, "ohchr")
    with pytest.raises(LeakDetected) as stopped:
        produce_pdf(prepared, accept_all=True)
    hit = next(h for h in stopped.value.hits if h.text[h.start : h.end] == "Данияр")
    assert hit.where is not None and hit.where.describe() == "incident i1, narrative"
    assert "found in incident i1, narrative" in hit.describe()
    assert "person p3" in hit.describe()  # whose name it is, by document id
    assert all("Данияр" not in h.describe() for h in stopped.value.hits)
    assert "Данияр" not in str(stopped.value)


def test_an_old_file_at_the_output_path_is_not_replaced_by_a_leaking_one(
    book_with_case: CaseBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "submission.pdf"
    out.write_bytes(b"an earlier, verified export")
    monkeypatch.setattr(pipeline, "render_pdf", render_with("Daniyar"))
    with pytest.raises(LeakDetected):
        export_case(book_with_case, "case-1", out, ExportOptions("ohchr"))
    assert out.read_bytes() == b"an earlier, verified export"


def test_success_counts_the_terms_and_records_the_export(
    book_with_case: CaseBook, tmp_path: Path
) -> None:
    before = audit_exports(book_with_case)
    outcome = export_case(book_with_case, "case-1", tmp_path / "s.pdf", ExportOptions("public"))
    assert outcome.verified.verification.terms_checked == outcome.report.terms_checked > 10
    assert outcome.report.verification == "passed"
    assert audit_exports(book_with_case) == before + 1
    assert (tmp_path / "s.pdf").stat().st_mode & 0o777 == 0o600


def test_a_file_that_does_not_read_back_intact_is_removed(
    book_with_case: CaseBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def corrupting_write(path: Path, data: bytes, what: str) -> None:
        path.write_bytes(data[:-10])

    monkeypatch.setattr(pipeline, "write_atomic", corrupting_write)
    out = tmp_path / "s.pdf"
    with pytest.raises(LogbookError, match="did not read back intact"):
        export_case(book_with_case, "case-1", out, ExportOptions("ohchr"))
    assert not out.exists()


def verifier(doc: dict[str, Any], profile: str = "ohchr") -> LeakCheck:
    prepared = prepared_from_memory(doc, profile)
    return LeakCheck(*leak_terms(prepared.policy))


def test_words_split_across_lines_are_found() -> None:
    v = verifier(example())
    assert v.find("Дани-\nяру") and v.find("Daniyar\nWitness") and v.find("daniyar   witness")


def test_a_name_shared_with_a_named_person_is_left_only_in_their_full_name() -> None:
    doc = example()
    doc["persons"][2]["name"] = "Aigerim Witness"  # the named victim is Aigerim Example
    doc["persons"][2]["name_variants"] = []
    v = verifier(doc)
    assert v.find("Aigerim Example") == []
    assert v.find("Aigerim Witness") and v.find("Aigerim said")


def test_pseudonyms_and_the_documents_wording_are_not_leaks() -> None:
    doc = example()
    doc["persons"].append(person("p4", "Victim Source", consent=consent()))
    v = verifier(doc)
    assert v.find("Victim A, Witness 1, Source of the information") == []


def test_relatives_sharing_a_surname_do_not_block_the_export(exported: Export) -> None:
    doc = example()
    doc["persons"][0]["name"] = "Гүлназ Волкова"  # named in ohchr (consent to share)
    doc["persons"][0]["name_variants"] = []
    doc["persons"][2]["name"] = "Сергей Волков"  # her brother, a protected witness
    doc["persons"][2]["name_variants"] = ["Sergey Volkov"]
    doc["incidents"][0]["narrative"] = "Гүлназ Волкова и Сергей Волков. Волкова увезли."
    text = exported(doc, "ohchr").text
    assert "Гүлназ Волкова и Witness 1. [name withheld] увезли." in text
    assert "Сергей" not in text and "Sergey" not in text


def test_a_withheld_detail_that_is_also_the_documents_wording(exported: Export) -> None:
    doc = example()  # inj1: confidential, no medical consent
    doc["incidents"][0]["injuries"][0]["body_location"] = "head"
    second = {
        **doc["incidents"][0]["injuries"][0],
        "id": "inj2",
        "type": "head_injury",
        "medically_confidential": False,
        "body_location": "scalp",
        "evidence": [],
    }
    doc["incidents"][0]["injuries"].append(second)
    result = exported(doc, "ohchr")
    assert "Type: Head injury" in result.text  # the check knows the wording holds "head"


def test_a_pseudonym_that_holds_a_protected_name_is_a_leak(exported: Export) -> None:
    doc = example()
    doc["persons"][2]["pseudonym"] = "Aigerim's neighbour"  # typed by the user
    assert "Aigerim's neighbour" in exported(doc, "ohchr").text  # Aigerim is named there
    with pytest.raises(LeakDetected) as stopped:
        exported(doc, "public")  # but not here
    assert "name of a person shown by pseudonym (person p1, name)" in str(stopped.value)
    assert "found in incident i1, involvements" in str(stopped.value)
