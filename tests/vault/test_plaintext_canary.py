"""No case content ever reaches the disk in the clear: the vault's central promise.

Unique canary strings (Latin, Cyrillic, Kazakh) are saved in every kind of record and in
an evidence file, then every byte of the vault — including the WAL and SHM while the
vault is open — and every file written to the temp directory during the test is searched
for them in UTF-8, UTF-16-LE, NFD and the search index's folded form. A seized laptop
shows exactly these bytes.
"""

from __future__ import annotations

import io
import os
import secrets
import tempfile
import time
import unicodedata
from pathlib import Path

from logbook.core.model import (
    Case,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Location,
    Person,
    Remedy,
    Statement,
)
from logbook.core.search_text import fold
from logbook.services.case_book import CaseBook
from logbook.vault import header as header_file
from logbook.vault.session import VaultSession

_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюяё"
_KAZAKH = "әғқңөұүһі"
KINDS = (
    "case",
    "person",
    "former",
    "incident",
    "statement",
    "injury",
    "remedy",
    "evidence",
    "file",
)


def _suffix(alphabet: str) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(6))


def make_canaries(kind: str) -> tuple[str, str, str]:
    """Three canaries for one place, unique to this run (so stale files never match)."""
    return (
        f"CanaryLatin{kind.title()}Q7x{secrets.token_hex(3)}",
        f"КанареечныйТестЁж{kind.title()}{_suffix(_CYRILLIC)}",
        f"ҚазақҰлыӘліТест{kind.title()}{_suffix(_KAZAKH)}",
    )


def forms(text: str) -> set[bytes]:
    """Every spelling of ``text`` a leak could take on disk."""
    spellings = {text, unicodedata.normalize("NFD", text), fold(text)}
    return {s.encode(enc) for s in spellings for enc in ("utf-8", "utf-16-le")}


def leaks_in(data: bytes, canaries: list[str]) -> list[str]:
    return [c for c in canaries if any(form in data for form in forms(c))]


def vault_leaks(directory: Path, canaries: list[str]) -> dict[str, list[str]]:
    found = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and (hits := leaks_in(path.read_bytes(), canaries)):
            found[str(path.relative_to(directory))] = hits
    return found


def temp_leaks(since: float, canaries: list[str]) -> dict[str, list[str]]:
    """Canaries in any file under the temp directory modified since ``since``."""
    found = {}
    for root, _dirs, files in os.walk(tempfile.gettempdir()):
        for name in files:
            path = Path(root, name)
            try:
                info = path.lstat()
                if not path.is_file() or path.is_symlink() or info.st_mtime < since:
                    continue
                if info.st_size > 256 * 1024 * 1024:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if hits := leaks_in(data, canaries):
                found[str(path)] = hits
    return found


def fill_every_record(book: CaseBook, c: dict[str, tuple[str, str, str]]) -> int:
    """Save one record of each kind carrying its canaries; return the evidence id."""
    case = book.save(Case(title=" ".join(c["case"]), summary=c["case"][1])).record
    assert case is not None and case.id is not None
    victim = book.save(
        Person(
            case_id=case.id,
            name=c["person"][1],
            name_variants=[c["person"][0], c["person"][2]],
            former_names=list(c["former"]),
            private_notes=" ".join(c["person"]),
            occupation=c["person"][2],
        )
    ).record
    assert victim is not None and victim.id is not None
    file_content = "\n".join(c["file"]).encode("utf-8")
    content = file_content + secrets.token_bytes(150_000) + "\n".join(c["file"]).encode("utf-16")
    evidence = book.add_evidence_file(
        Evidence(
            case_id=case.id,
            filename=f"{c['evidence'][1]}.jpg",
            sha256="",
            media_type="image/jpeg",
            description=" ".join(c["evidence"]),
            depicts=[victim.id],
        ),
        io.BytesIO(content),
    ).record
    assert evidence is not None and evidence.id is not None
    incident = book.save(
        Incident(
            case_id=case.id,
            title=c["incident"][0],
            narrative=" ".join(c["incident"]),
            location=Location(country="KZ", place=c["incident"][2]),
            evidence_ids=[evidence.id],
        )
    ).record
    assert incident is not None and incident.id is not None
    book.save(Involvement(incident_id=incident.id, person_id=victim.id, role="victim"))
    book.save(
        Statement(
            incident_id=incident.id,
            person_id=victim.id,
            text=" ".join(c["statement"]),
            language="kk",
        )
    )
    book.save(
        Injury(
            incident_id=incident.id,
            person_id=victim.id,
            type="bruise",
            description=" ".join(c["injury"]),
            facility=c["injury"][1],
            examined_by=c["injury"][2],
        )
    )
    book.save(
        Remedy(
            incident_id=incident.id,
            type="police_complaint",
            authority=c["remedy"][1],
            outcome=" ".join(c["remedy"]),
            reference=c["remedy"][0],
        )
    )
    assert book.evidence_content(evidence.id) == content  # control: it really was stored
    return evidence.id


def test_the_leak_detector_finds_every_spelling() -> None:
    """Control: the scanner must catch the forms it claims to (else the test proves nothing)."""
    canary = make_canaries("control")[1]
    for form in forms(canary):
        assert leaks_in(b"xx" + form + b"yy", [canary]) == [canary]
    assert leaks_in(fold(canary).encode(), [canary]) == [canary]
    assert leaks_in(b"nothing here", [canary]) == []


def test_no_canary_reaches_the_disk(session: VaultSession, book: CaseBook, tmp_path: Path) -> None:
    started = time.time() - 1
    by_kind = {kind: make_canaries(kind) for kind in KINDS}
    canaries = [text for triple in by_kind.values() for text in triple]
    fill_every_record(book, by_kind)
    directory = session.directory

    # The records are really there and searchable (so the scan below is meaningful).
    cases = book.cases()
    assert cases[0].title == " ".join(by_kind["case"])
    assert book.session.search.search(by_kind["statement"][1])
    assert book.session.search.search(by_kind["person"][2])
    assert book.session.search.search(by_kind["former"][1])

    # While open: the WAL holds the fresh pages, the SHM its index.
    wal, shm = directory / "vault.db-wal", directory / "vault.db-shm"
    assert wal.stat().st_size > 0
    assert shm.exists()
    assert vault_leaks(directory, canaries) == {}

    session.close()
    assert not wal.exists()  # checkpointed into vault.db on close
    assert vault_leaks(directory, canaries) == {}
    assert temp_leaks(started, canaries) == {}

    # Control: the temp scan does see a file written during the test.
    control = make_canaries("control")[1]
    (tmp_path / "control.txt").write_text(control, encoding="utf-16")
    assert list(temp_leaks(started, [control])) == [str(tmp_path / "control.txt")]


def test_header_holds_only_key_slots(session: VaultSession, book: CaseBook) -> None:
    by_kind = {kind: make_canaries(kind) for kind in KINDS}
    fill_every_record(book, by_kind)
    raw = (session.directory / "vault.header").read_bytes()
    canaries = [text for triple in by_kind.values() for text in triple]
    assert leaks_in(raw, canaries) == []

    body = header_file.body_of(header_file.decode(raw))
    assert set(body) == {"format", "seq", "slots", "audit_head"}
    assert body["format"] == "logbook.vault/2"
    assert set(body["audit_head"]) == {"seq", "mac"}  # a number and a MAC: no content
    for slot in body["slots"]:
        assert set(slot) == {"kind", "kdf", "salt", "nonce", "wrapped_key", "aad"}
        assert set(slot["kdf"]) == {"algorithm", "memory_kib", "iterations", "lanes"}
