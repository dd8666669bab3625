"""``logbook export``: a redacted PDF from the command line."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from logbook.cli import main
from logbook.export import LeakDetected, pipeline
from logbook.export.document import Document, Text
from logbook.services import exporting
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.vault.lifecycle import Secret, open_vault
from tests.cli.conftest import Result, Run, example, lines
from tests.conftest import PASSPHRASE, FixedClock
from tests.pdf_text import extract_text


def export(
    run: Run, vault: Path, out: Path, *extra: str | Path, secret: str = PASSPHRASE
) -> Result:
    return run(
        "export",
        vault,
        "--case",
        "case-1",
        "--out",
        out,
        "--passphrase-stdin",
        *extra,
        stdin=lines(secret),
    )


NARRATIVE = "Свидетель видел, как Даниярбек Султанов вышел из кафе."  # not the witness
NARRATIVE_EN = "The witness saw Daniyarbek Sultanov leave the café."
HIT_ID = re.compile(r"VH-[0-9a-f]{8}")


@pytest.fixture
def vault_with_false_alarm(made_vault: tuple[Path, str], clock: FixedClock) -> Path:
    """The example case, whose protected witness is "Daniyar Witness" ("Данияр"), with a
    narrative about Даниярбек, an unrelated man: the leak check cannot tell the name's
    letters inside the longer one from a leak."""
    path, _ = made_vault
    document = example()
    document["incidents"][0]["narrative"] = NARRATIVE
    # What the English document shows: the same false alarm, in Latin letters.
    document["incidents"][0]["translations"] = {"en": {"narrative": NARRATIVE_EN}}
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        import_case(CaseBook(session), json.dumps(document, ensure_ascii=False))
    return path


def hit_ids(result: Result) -> list[str]:
    """The ids the hit lines start with, in order."""
    return [line.split(":")[0].strip() for line in result.out.splitlines() if "  VH-" in line]


@pytest.mark.parametrize("profile", ["ohchr", "public"])
def test_export_writes_a_verified_owner_only_pdf(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path, profile: str
) -> None:
    out = tmp_path / "submission.pdf"
    result = export(run, imported_vault[0], out, "--profile", profile)
    assert result.code == 0, result
    assert f"Wrote {out}: {profile} profile, allegation letter, document LB-" in result.out
    assert "Verified: none of" in result.out and "protected terms is in the PDF" in result.out
    assert "NOT encrypted" in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = extract_text(out.read_bytes())
    assert "Witness 1" in text and "Daniyar" not in text and "Данияр" not in text


def test_type_overrides_the_communication_type(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    result = export(run, imported_vault[0], out, "--profile", "ohchr", "--type", "urgent_appeal")
    assert result.code == 0
    assert "urgent appeal" in result.out
    assert "Communication type: Urgent appeal" in extract_text(out.read_bytes())


def test_findings_stop_the_export_and_are_listed(
    run: Run, vault_with_phone: Path, tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    result = export(run, vault_with_phone, out, "--profile", "ohchr")
    assert result.code == 7
    assert not out.exists()
    assert "incident i1, narrative: phone number: '+7 701 987 65 43'" in result.out
    assert "--accept-findings" in result.out
    assert "Export stopped: 2 finding(s) to resolve: possible personal data" in result.err
    # The Russian narrative has no English translation: the other finding.
    assert "Not yet in the document's language:" in result.out
    assert "translations.en.narrative: not translated" in result.out
    assert "Данияр" not in result.out + result.err  # the name is not a finding to show


def test_accept_findings_proceeds(run: Run, vault_with_phone: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    result = export(run, vault_with_phone, out, "--profile", "public", "--accept-findings")
    assert result.code == 0, result
    assert "Accepted 2 finding(s)." in result.out
    assert "+7 701 987 65 43" in extract_text(out.read_bytes())


def test_report_is_written_owner_only_without_names(
    run: Run, vault_with_phone: Path, tmp_path: Path
) -> None:
    out, report = tmp_path / "s.pdf", tmp_path / "report.txt"
    result = export(
        run, vault_with_phone, out, "--profile", "public", "--accept-findings", "--report", report
    )
    assert result.code == 0
    assert f"Redaction report written to {report}." in result.out
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = report.read_text(encoding="utf-8")
    assert "profile public" in text and "person 3 (witness): shown as Witness 1" in text
    assert "Verification: passed" in text
    for secret in ("Данияр", "Daniyar", "Aigerim", "987"):
        assert secret not in text


def test_a_leak_stops_with_exit_8_and_no_file(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.render_pdf

    def render(document: Document, **kwargs: Any) -> bytes:
        document.sections[-1].paragraph(Text("Thanks to Daniyar Witness."))
        return real(document, **kwargs)

    monkeypatch.setattr(pipeline, "render_pdf", render)
    out, report = tmp_path / "s.pdf", tmp_path / "report.txt"
    result = export(run, imported_vault[0], out, "--profile", "ohchr", "--report", report)
    assert result.code == 8
    assert not out.exists()
    assert "name of a person shown by pseudonym (person p3, name)" in result.err
    assert "Nothing was written" in result.err
    assert "Daniyar" not in result.out + result.err
    assert "Verification: FAILED (name, rule consent_un)" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        ["--case", "case-1", "--out", "x.pdf"],  # no profile
        ["--case", "case-1", "--profile", "press", "--out", "x.pdf"],
        ["--case", "case-1", "--profile", "ohchr"],  # no output
        ["--profile", "ohchr", "--out", "x.pdf"],  # no case
        ["--case", "case-1", "--profile", "ohchr", "--out", "x.pdf", "--type", "letter"],
    ],
)
def test_bad_arguments_are_refused(
    run: Run, imported_vault: tuple[Path, str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run("export", imported_vault[0], *argv, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert exited.value.code == 2


def test_unknown_case(run: Run, imported_vault: tuple[Path, str], tmp_path: Path) -> None:
    result = run(
        "export",
        imported_vault[0],
        "--case",
        "case-9",
        "--profile",
        "ohchr",
        "--out",
        tmp_path / "s.pdf",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert result.code == 4
    assert "There is no case with id 'case-9'" in result.err
    assert not (tmp_path / "s.pdf").exists()


@pytest.mark.parametrize("where", ["folder", "missing", "same"])
def test_unwritable_targets_are_refused_before_unlocking(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path, where: str
) -> None:
    out = {"folder": tmp_path, "missing": tmp_path / "no" / "s.pdf"}.get(where, tmp_path / "s.pdf")
    extra = ["--report", str(out)] if where == "same" else []
    result = export(run, imported_vault[0], out, "--profile", "ohchr", *extra, secret="wrong")
    assert result.code == 1, result  # not 3: the passphrase was never tried
    assert "internal error" not in result.err
    assert "Cannot write" in result.err or "different files" in result.err


def test_wrong_passphrase(run: Run, imported_vault: tuple[Path, str], tmp_path: Path) -> None:
    result = export(
        run,
        imported_vault[0],
        tmp_path / "s.pdf",
        "--profile",
        "ohchr",
        secret="not the passphrase",
    )
    assert result.code == 3
    assert not (tmp_path / "s.pdf").exists()


def test_an_earlier_file_is_left_alone_and_said_so(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.render_pdf

    def render(document: Document, **kwargs: Any) -> bytes:
        document.sections[-1].paragraph(Text("Данияр"))
        return real(document, **kwargs)

    out = tmp_path / "s.pdf"
    assert export(run, imported_vault[0], out, "--profile", "ohchr").code == 0
    earlier = out.read_bytes()
    monkeypatch.setattr(pipeline, "render_pdf", render)
    result = export(run, imported_vault[0], out, "--profile", "ohchr")
    assert result.code == 8
    assert f"{out} is from an earlier export and was left as it was." in result.err
    assert out.read_bytes() == earlier


# The independent leak check's hits: listed, and accepted one by one ---------------------------


def test_a_false_alarm_stops_the_export_with_its_ids_and_passage(
    run: Run, vault_with_false_alarm: Path, tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    result = export(run, vault_with_false_alarm, out, "--profile", "ohchr")
    assert result.code == 8
    assert not out.exists()
    ids = hit_ids(result)
    assert ids and all(HIT_ID.fullmatch(i) for i in ids)
    assert "Protected text the redaction left" in result.out
    lines = [line for line in result.out.splitlines() if "  VH-" in line]
    for line in lines:
        assert "name of a person shown by pseudonym (person p3, name)" in line
        assert "found in incident i1, translations.en.narrative" in line
        assert line.endswith(": 'The witness saw [Daniyar]bek Sultanov leave the café.'")
    assert "--accept-verifier-hit ID" in result.out
    assert "Export stopped" in result.err and "Daniyar" not in result.err


def test_accepting_the_hits_exports_and_the_report_lists_them(
    run: Run, vault_with_false_alarm: Path, tmp_path: Path
) -> None:
    out, report = tmp_path / "s.pdf", tmp_path / "report.txt"
    ids = hit_ids(export(run, vault_with_false_alarm, out, "--profile", "ohchr"))
    accepting = [arg for i in ids for arg in ("--accept-verifier-hit", i)]
    result = export(
        run, vault_with_false_alarm, out, "--profile", "ohchr", "--report", report, *accepting
    )
    assert result.code == 0, result
    assert f"Left in {len(ids)} leak-check hit(s) you judged false alarms." in result.out
    assert "apart from the hits you judged false alarms" in result.out
    assert "Daniyarbek" in extract_text(out.read_bytes())
    text = report.read_text(encoding="utf-8")
    assert "Verification: passed" in text
    assert "Leak-check hits you judged false alarms (left in the document):" in text
    assert all(f"  {i}" in text for i in ids)
    assert "Данияр" not in text


def test_the_same_ids_are_printed_on_every_run(
    run: Run, vault_with_false_alarm: Path, tmp_path: Path
) -> None:
    first = hit_ids(export(run, vault_with_false_alarm, tmp_path / "a.pdf", "--profile", "ohchr"))
    again = hit_ids(export(run, vault_with_false_alarm, tmp_path / "b.pdf", "--profile", "ohchr"))
    assert first == again


def test_an_unknown_id_changes_nothing(
    run: Run, vault_with_false_alarm: Path, tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    before = export(run, vault_with_false_alarm, out, "--profile", "ohchr")
    result = export(
        run,
        vault_with_false_alarm,
        out,
        "--profile",
        "ohchr",
        "--accept-verifier-hit",
        "VH-00000000",
    )
    assert result.code == 8
    assert not out.exists()
    assert hit_ids(result) == hit_ids(before)
    assert "VH-00000000" not in result.both


def test_an_unknown_id_is_said_to_match_nothing_on_a_clean_export(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    result = export(
        run, imported_vault[0], out, "--profile", "ohchr", "--accept-verifier-hit", "vh-0000ABCD"
    )
    assert result.code == 0, result
    assert "1 id(s) given with --accept-verifier-hit matched nothing here (ignored)." in result.out
    assert "false alarms" not in result.out


def test_only_the_ids_of_the_hits_are_printed(
    run: Run, vault_with_false_alarm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the id of an accepted hit, nor of an id the user gave that matched nothing."""
    ids = hit_ids(export(run, vault_with_false_alarm, tmp_path / "s.pdf", "--profile", "ohchr"))
    assert len(ids) >= 2  # the name and its Cyrillic variant, at the same place
    raised: list[LeakDetected] = []
    real = pipeline.produce_pdf

    def produce(*args: Any, **kwargs: Any) -> Any:
        try:
            return real(*args, **kwargs)
        except LeakDetected as leak:
            raised.append(leak)
            raise

    monkeypatch.setattr(pipeline, "produce_pdf", produce)
    extra = ["--accept-verifier-hit", ids[0], "--accept-verifier-hit", "VH-0badcafe"]
    result = export(run, vault_with_false_alarm, tmp_path / "s.pdf", "--profile", "ohchr", *extra)
    assert result.code == 8
    [leak] = raised
    shown = {hit.id for hit in leak.hits}
    assert ids[0] not in shown
    assert set(HIT_ID.findall(result.both)) == shown
    assert hit_ids(result) == [hit.id for hit in leak.hits]


def test_a_malformed_id_is_refused(
    run: Run, imported_vault: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    extra = ["--profile", "ohchr", "--accept-verifier-hit", "Данияр"]
    with pytest.raises(SystemExit) as exited:
        export(run, imported_vault[0], Path("x.pdf"), *extra)
    assert exited.value.code == 2
    assert "not a leak-check hit id" in capsys.readouterr().err


def test_help_mentions_accepting_a_hit(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert "--accept-verifier-hit ID" in text and "false" in text


# The audit log and what an interrupted export leaves (issue 10, part 4) ------------------


def export_actions(vault: Path) -> list[str]:
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        assert session.audit.verify().intact
        return [e.action for e in session.audit.entries() if e.action.startswith("export")]


def test_the_log_learns_of_an_export_before_its_file_and_again_after(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    result = export(run, imported_vault[0], tmp_path / "s.pdf", "--profile", "ohchr")
    assert result.code == 0, result
    assert export_actions(imported_vault[0]) == ["export started", "export"]


def test_a_failed_write_is_logged_as_failed_and_leaves_no_file(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:  # the disk fills up as the PDF is written
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr("logbook.vault.atomic.os.fsync", full)
    result = export(run, imported_vault[0], folder / "s.pdf", "--profile", "ohchr")
    monkeypatch.undo()
    assert result.code == 6, result
    assert "The disk is full: the exported PDF could not be written" in result.err
    assert list(folder.iterdir()) == []
    assert export_actions(imported_vault[0]) == ["export started", "export failed"]


def test_an_export_removes_what_an_interrupted_one_left_and_nothing_else(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    folder = tmp_path / "out"
    folder.mkdir()
    dead = folder / f".s.pdf.logbook-{ended.pid}-0123456789ab.partial"
    others = [
        folder / f".s.pdf.logbook-{os.getppid()}-0123456789ab.partial",  # writer alive
        folder / ".s.pdf.partial",  # not Logbook's mark
        folder / "notes.txt",
    ]
    for path in [dead, *others]:
        path.write_bytes(b"x")
    # The case is unknown: this export stops after its first steps, before writing.
    argv = ["--case", "case-9", "--profile", "ohchr", "--out", folder / "s.pdf"]
    result = run("export", imported_vault[0], *argv, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 4
    assert sorted(folder.iterdir()) == sorted(others)


def test_an_export_cannot_be_recorded_inside_a_transaction(
    imported_vault: tuple[Path, str],
) -> None:
    """There its first entry would be committed only with the transaction, after the
    file had appeared."""
    with open_vault(imported_vault[0], Secret(PASSPHRASE)) as session:
        book = CaseBook(session)
        [case] = book.cases()
        refused = pytest.raises(RuntimeError, match="outside any vault")
        with session.transaction(), refused, exporting.audited_export(book, case):
            pytest.fail("the block must not run")
    assert export_actions(imported_vault[0]) == []


def test_language_writes_the_document_in_french(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    out = tmp_path / "communication.pdf"
    result = export(run, imported_vault[0], out, "--profile", "ohchr", "--language", "fr")
    assert result.code == 0, result
    text = " ".join(extract_text(out.read_bytes()).split())
    assert "Type de communication : Lettre d'allégation" in text
    assert "Victimes présumées" in text and "page 1 sur" in text
    assert "Témoin 1" in text and "Daniyar" not in text and "Данияр" not in text
    assert "Alleged victims" not in text and "Witness 1" not in text


def test_an_unknown_language_is_refused(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "submission.pdf"
    with pytest.raises(SystemExit) as exited:
        export(run, imported_vault[0], out, "--profile", "ohchr", "--language", "de")
    assert exited.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
    assert not out.exists()


def test_the_source_contact_can_be_left_off_the_confidential_page(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """The example's source has contact details: on its page by default, not with the
    flag."""
    with_contact, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert export(run, imported_vault[0], with_contact, "--profile", "ohchr").code == 0
    flag = "--no-source-contact"
    assert export(run, imported_vault[0], without, "--profile", "ohchr", flag).code == 0
    assert "secure contact details" in extract_text(with_contact.read_bytes())
    assert "secure contact details" not in extract_text(without.read_bytes())
