"""The submission document (DESIGN.md §6): sections, order, dates, page furniture,
fonts, metadata and deterministic output. PDFs are read back with pypdf and poppler."""

from __future__ import annotations

import getpass
import re
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from logbook.core.errors import LogbookError
from logbook.export import ExportOptions, prepare_export, produce_pdf
from logbook.export.labels import HEADINGS
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck
from tests.export.conftest import (
    NOW,
    Export,
    example,
    from_memory,
    prepared_from_memory,
    with_narrative,
)
from tests.export.memory import snapshot_from
from tests.pdf_text import extract_text

ORDER_OHCHR = [
    "cover",
    "source",
    "summary",
    "victims",
    "perpetrators",
    "incidents",
    "remedies",
    "concerns",
    "requested_action",
    "evidence",
    "notice",
]
ORDER_PUBLIC = [k for k in ORDER_OHCHR if k != "source"]


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"poppler's {tool} is not installed (CI installs poppler-utils)")
    return path


def positions(text: str, headings: list[str]) -> list[int]:
    return [text.index(h) for h in headings]


@pytest.mark.parametrize("profile, order", [("ohchr", ORDER_OHCHR), ("public", ORDER_PUBLIC)])
def test_sections_come_in_the_order_of_the_design(
    exported: Export, profile: str, order: list[str]
) -> None:
    text = exported(example(), profile).text
    found = positions(text, [HEADINGS[key] for key in order])
    assert found == sorted(found)
    if profile == "public":
        assert HEADINGS["source"] not in text


def test_incidents_are_in_chronological_order_with_honest_dates(exported: Export) -> None:
    doc = example()
    first = doc["incidents"][0]
    dates = [
        ({"value": "2025-11-22", "precision": "day", "time": "20:00", "approximate": True},
         "22 November 2025, about 20:00"),
        ({"value": None, "precision": "unknown"}, "date unknown"),
        ({"value": "2025", "precision": "year"}, "2025"),
        ({"value": "2025-11", "precision": "month"}, "November 2025"),
        ({"value": "2024-03-01", "precision": "day", "approximate": True, "end": "2024-03-05"},
         "about 1 March 2024 to 5 March 2024"),
    ]  # fmt: skip
    doc["incidents"] = []
    for n, (date, _) in enumerate(dates):
        incident = {**first, "id": f"i{n}", "title": f"Event {n}", "date": date}
        doc["incidents"].append({**incident, "injuries": [], "statements": [], "remedies": []})
    text = exported(doc, "ohchr").text
    # Chronological: earliest first; a year before months and days within it; unknown last.
    titles = ["Event 4", "Event 2", "Event 3", "Event 0", "Event 1"]
    found = positions(text, titles)
    assert found == sorted(found)
    for _, words in dates:
        assert f"Date and time: {words}" in text


@pytest.mark.parametrize("profile, marking", [("ohchr", "CONFIDENTIAL"), ("public", "PUBLIC")])
def test_every_page_has_its_number_the_document_id_and_the_marking(
    exported: Export, profile: str, marking: str
) -> None:
    doc = with_narrative(example(), "Long narrative. " * 400)  # several pages
    result = exported(doc, profile)
    pages = [p.extract_text() for p in PdfReader(result.path).pages]
    assert len(pages) >= 3
    document_id = result.report.document_id
    assert re.fullmatch(r"LB-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", document_id)
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page
        assert document_id in page
        assert marking in page


def test_the_cover_names_mandates_type_country_date_and_banner(exported: Export) -> None:
    text = " ".join(exported(example(), "ohchr").text.split())
    cover = text[: text.index(HEADINGS["source"])]
    assert "Special Rapporteur on the situation of human rights defenders" in cover
    assert "Independent Expert on protection against violence and discrimination" in cover
    assert "Communication type: Allegation letter" in cover
    assert "Country: Kazakhstan" in cover
    assert "Date: 15 January 2026" in cover  # the vault's clock
    assert "CONFIDENTIAL. This submission is addressed to" in cover


@pytest.mark.parametrize(
    "ongoing, case_type, override, expected",
    [
        (False, "auto", None, "Allegation letter"),
        (True, "auto", None, "Urgent appeal"),
        (True, "allegation_letter", None, "Allegation letter"),
        (False, "auto", "urgent_appeal", "Urgent appeal"),
        (True, "allegation_letter", "auto", "Urgent appeal"),
    ],
)
def test_communication_type(
    ongoing: bool, case_type: str, override: str | None, expected: str
) -> None:
    doc = example()
    doc["incidents"][0]["ongoing"] = ongoing
    doc["case"]["communication_type"] = case_type
    assert f"Communication type: {expected}" in from_memory(doc, "ohchr", kind=override).text


def test_mandates_chosen_for_the_export_replace_the_cases() -> None:
    snapshot = snapshot_from(example())
    options = ExportOptions("ohchr", mandates=("WGAD",), deterministic=True)
    text = " ".join(
        extract_text(
            produce_pdf(prepare_export(snapshot, options, NOW), accept_all=True).data
        ).split()
    )
    cover = text[: text.index(HEADINGS["source"])]
    assert "Working Group on Arbitrary Detention" in cover
    assert "human rights defenders" not in cover


def test_an_unknown_mandate_is_refused() -> None:
    with pytest.raises(LogbookError, match="Unknown mandate"):
        prepare_export(snapshot_from(example()), ExportOptions("ohchr", mandates=("SR_X",)), NOW)


def test_victims_have_the_link_to_their_human_rights_work(exported: Export) -> None:
    text = exported(example(), "ohchr").text
    assert "Human rights defender: yes" in text
    assert "Human rights work: documents discrimination against LBTQ women" in text


def test_steps_taken_nationally_with_outcome(exported: Export) -> None:
    text = exported(example(), "ohchr").text
    remedies = text[text.index(HEADINGS["remedies"]) : text.index(HEADINGS["concerns"])]
    assert "Police complaint — District Police Department" in remedies
    assert "Outcome: no investigation opened" in remedies
    assert "Status: No action" in remedies


def test_the_notice_names_categories_not_content(exported: Export) -> None:
    text = exported(example(), "public").text
    notice = text[text.index(HEADINGS["notice"]) :]
    assert "names of persons who did not consent to be named" in notice
    assert "medical details of injuries" in notice
    assert "exact places" in notice
    assert "Daniyar" not in notice and "forearm" not in notice


def test_cyrillic_and_kazakh_letters_are_rendered_and_read_back(exported: Export) -> None:
    words = "Әділет Ғалым Қайрат Ңң Өмір Ұлан Үміт Һһ Іле — ёжик, Жаңаөзен"
    assert words in exported(with_narrative(example(), words), "ohchr").text


def test_pdftotext_reads_the_same_document(exported: Export, tmp_path: Path) -> None:
    doc = with_narrative(example(), "Данияра увезли в Жаңаөзен; Daniyar's phone was seized.")
    result = exported(doc, "public")
    assert result.path is not None
    done = subprocess.run([poppler("pdftotext"), "-enc", "UTF-8", str(result.path), "-"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    text = " ".join(done.stdout.split())
    assert "Witness 1 увезли в Жаңаөзен; Witness 1's phone was seized." in text
    for protected in ("Данияр", "Daniyar", "Aigerim", "Айгерим", "café", "Example Collective"):
        assert protected.casefold() not in text.casefold()
    assert "page 1 of" in text
    prepared = prepared_from_memory(doc, "public")
    assert LeakCheck(*leak_terms(prepared.policy)).find(done.stdout) == []


def test_the_font_is_embedded(exported: Export) -> None:
    result = exported(example(), "ohchr")
    done = subprocess.run([poppler("pdffonts"), str(result.path)], capture_output=True,
                          text=True, check=True)  # fmt: skip
    rows = done.stdout.splitlines()[2:]
    assert rows, done.stdout
    assert any("PTSans" in row for row in rows)
    for row in rows:
        *_, emb, _sub, uni, _obj, _gen = row.split()
        assert (emb, uni) == ("yes", "yes"), row  # embedded, with a Unicode map


def test_metadata_is_neutral(exported: Export) -> None:
    result = exported(example(), "ohchr")
    metadata = PdfReader(result.path).metadata
    assert metadata is not None
    assert metadata.title == "Submission to the United Nations Special Procedures"
    assert metadata.author == ""
    assert metadata.creator == "Logbook" and metadata.producer == "Logbook"
    assert metadata.subject == "Allegation letter"
    assert metadata["/CreationDate"] == "D:20260115000000+00'00'"
    values = " ".join(str(v) for v in metadata.values())
    assert result.path is not None
    assert str(result.path.parent).encode() not in result.pdf  # no path, even compressed away
    for private in (getpass.getuser(), socket.gethostname()):
        assert private not in values.split()
        assert private not in result.text.split()


def test_deterministic_output_is_byte_identical(exported: Export) -> None:
    first = exported(example(), "ohchr").pdf
    again = exported(example(), "ohchr").pdf
    assert first == again
    assert exported(example(), "public").pdf != first


def test_without_determinism_the_time_is_written_in_utc(exported: Export) -> None:
    result = exported(example(), "ohchr", deterministic=False)
    metadata: Any = PdfReader(result.path).metadata
    assert metadata["/CreationDate"] == "D:20260115120000+00'00'"
