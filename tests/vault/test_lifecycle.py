"""Vault lifecycle: create, unlock, re-key and erase a vault directory (DESIGN.md §3).

These are the promises a defender relies on when a laptop is seized or a passphrase is
forgotten: only the right secret opens the vault, the recovery code survives sloppy
typing, changing the passphrase never touches the data, files are owner-only, and
quick-erase leaves nothing that can be decrypted — while never deleting foreign files.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import unicodedata
from pathlib import Path

import pytest

from logbook.core.errors import (
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongSecret,
)
from logbook.core.model import Case
from logbook.services.case_book import CaseBook
from logbook.vault import header as header_file
from logbook.vault import recovery_code
from logbook.vault.header import seal_key
from logbook.vault.key_slots import make_slot
from logbook.vault.lifecycle import (
    Secret,
    change_passphrase,
    create_vault,
    erase_vault,
    is_vault,
    make_vault,
    open_vault,
    open_with_key,
    unlock_data_key,
)
from tests.conftest import FAST_KDF, PASSPHRASE, FixedClock, vault_bytes

NEW_PASSPHRASE = "violet submarine juggles quiet marmalade"
CODE_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$")
# A code with every confusable digit in it, to check O/0 and I/L/1 on a real slot.
KNOWN_CODE = "01ABC-10DEF-G0H1J-KMNPQ-RSTV0-WXYZ1"


def header_json(path: Path) -> dict:
    return header_file.body_of(header_file.read(path / "vault.header"))


def slot_json(path: Path, kind: str) -> dict:
    [slot] = [s for s in header_json(path)["slots"] if s["kind"] == kind]
    return slot


def listing(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


def save_case(path: Path, secret: Secret, clock: FixedClock, title: str) -> None:
    with open_vault(path, secret, clock) as session:
        CaseBook(session).save(Case(title=title))


def case_titles(path: Path, secret: Secret, clock: FixedClock) -> list[str]:
    with open_vault(path, secret, clock) as session:
        return [case.title for case in CaseBook(session).cases()]


# Create, open, close ------------------------------------------------------------------


def test_create_makes_the_layout_and_a_well_formed_recovery_code(
    made_vault: tuple[Path, str],
) -> None:
    path, code = made_vault
    assert CODE_PATTERN.match(code)
    assert listing(path) == ["blobs", "vault.db", "vault.header"]
    assert is_vault(path)
    assert {s["kind"] for s in header_json(path)["slots"]} == {"passphrase", "recovery"}


def test_data_survives_close_and_reopen(made_vault: tuple[Path, str], clock: FixedClock) -> None:
    path, _ = made_vault
    save_case(path, Secret(PASSPHRASE), clock, "Detention in Almaty")
    assert case_titles(path, Secret(PASSPHRASE), clock) == ["Detention in Almaty"]


def test_two_vaults_have_different_recovery_codes_and_keys(tmp_path: Path) -> None:
    one, code_one = create_vault(tmp_path / "one", PASSPHRASE, kdf=FAST_KDF)
    two, code_two = create_vault(tmp_path / "two", PASSPHRASE, kdf=FAST_KDF)
    one.close()
    two.close()
    assert code_one != code_two
    key_one = unlock_data_key(tmp_path / "one", Secret(PASSPHRASE))
    assert key_one != unlock_data_key(tmp_path / "two", Secret(PASSPHRASE))
    assert len(key_one) == 32


def test_wrong_passphrase_is_refused(made_vault: tuple[Path, str], clock: FixedClock) -> None:
    path, _ = made_vault
    before = vault_bytes(path)
    with pytest.raises(WrongSecret) as caught:
        open_vault(path, Secret(PASSPHRASE + "!"), clock)
    assert str(caught.value) == "Wrong passphrase."
    assert vault_bytes(path) == before


def test_recovery_code_is_not_accepted_as_the_passphrase(made_vault: tuple[Path, str]) -> None:
    path, code = made_vault
    with pytest.raises(WrongSecret, match=r"^Wrong passphrase\.$"):
        unlock_data_key(path, Secret(code))  # typed into the passphrase field


# Recovery code ----------------------------------------------------------------------------


def test_recovery_code_unlocks_the_same_data_key(made_vault: tuple[Path, str]) -> None:
    path, code = made_vault
    by_code = unlock_data_key(path, Secret(code, "recovery"))
    assert by_code == unlock_data_key(path, Secret(PASSPHRASE))


@pytest.fixture
def known_code_vault(made_vault: tuple[Path, str]) -> Path:
    """A vault whose recovery slot wraps the data key under ``KNOWN_CODE``."""
    path, _ = made_vault
    data_key = unlock_data_key(path, Secret(PASSPHRASE))
    slot = make_slot("recovery", KNOWN_CODE, data_key, FAST_KDF)
    header_file.update(path / "vault.header", lambda h: h.with_slot(slot), seal_key(data_key))
    return path


@pytest.mark.parametrize(
    "typed",
    [
        KNOWN_CODE,
        KNOWN_CODE.lower(),
        KNOWN_CODE.replace("-", " "),
        KNOWN_CODE.replace("-", ""),
        "  " + KNOWN_CODE.lower().replace("-", "  ") + "\n",
        KNOWN_CODE.replace("0", "O"),
        KNOWN_CODE.replace("0", "o").replace("1", "I"),
        KNOWN_CODE.replace("1", "l").lower().replace("-", " "),
        KNOWN_CODE.replace("1", "L"),
    ],
)
def test_recovery_code_survives_sloppy_typing(known_code_vault: Path, typed: str) -> None:
    assert recovery_code.normalize(typed) == KNOWN_CODE
    expected = unlock_data_key(known_code_vault, Secret(PASSPHRASE))
    assert unlock_data_key(known_code_vault, Secret(typed, "recovery")) == expected


def test_generated_code_typed_lower_case_with_spaces_opens(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, code = made_vault
    typed = code.lower().replace("-", " ")
    with open_vault(path, Secret(typed, "recovery"), clock) as session:
        assert session.conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)


@pytest.mark.parametrize("wrong", ["00000-00000-00000-00000-00000-00000", "not a code", ""])
def test_wrong_recovery_code_is_refused(made_vault: tuple[Path, str], wrong: str) -> None:
    path, code = made_vault
    assert recovery_code.normalize(wrong) != code
    with pytest.raises(WrongSecret) as caught:
        unlock_data_key(path, Secret(wrong, "recovery"))
    assert str(caught.value) == "Wrong recovery code."


def test_passphrase_is_not_accepted_as_the_recovery_code(made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    with pytest.raises(WrongSecret, match=r"^Wrong recovery code\.$"):
        unlock_data_key(path, Secret(PASSPHRASE, "recovery"))


# Passphrase strength -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("password123", "common password"),
        ("qwerty", "common password"),
        ("", "empty"),
    ],
)
def test_weak_passphrase_is_refused_with_a_reason(vault_path: Path, weak: str, reason: str) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        create_vault(vault_path, weak, kdf=FAST_KDF)
    message = str(caught.value)
    assert "too easy to guess" in message
    assert reason in message
    assert not vault_path.exists()


def test_strong_cyrillic_passphrase_is_accepted(vault_path: Path, clock: FixedClock) -> None:
    cyrillic = "Жёлтый трамвай поёт под дождём у Караганды"
    session, _ = create_vault(vault_path, cyrillic, kdf=FAST_KDF, clock=clock)
    session.close()
    assert unlock_data_key(vault_path, Secret(cyrillic))
    # The same words typed as decomposed letters (е + diaeresis) open it too.
    decomposed = unicodedata.normalize("NFD", cyrillic)
    assert decomposed != cyrillic
    assert unlock_data_key(vault_path, Secret(decomposed)) == unlock_data_key(
        vault_path, Secret(cyrillic)
    )


# Refusing to overwrite ------------------------------------------------------------------


def test_create_refuses_a_non_empty_folder_and_leaves_it_alone(vault_path: Path) -> None:
    vault_path.mkdir()
    diary = vault_path / "diary.txt"
    diary.write_bytes(b"my own notes, not a vault")
    with pytest.raises(VaultExists):
        create_vault(vault_path, PASSPHRASE, kdf=FAST_KDF)
    assert listing(vault_path) == ["diary.txt"]
    assert diary.read_bytes() == b"my own notes, not a vault"


def test_create_refuses_an_existing_vault(made_vault: tuple[Path, str]) -> None:
    path, code = made_vault
    before = vault_bytes(path)
    with pytest.raises(VaultExists):
        create_vault(path, NEW_PASSPHRASE, kdf=FAST_KDF)
    assert vault_bytes(path) == before
    assert unlock_data_key(path, Secret(code, "recovery"))


def test_create_refuses_a_path_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "vault"
    target.write_bytes(b"a file")
    with pytest.raises(VaultExists):
        create_vault(target, PASSPHRASE, kdf=FAST_KDF)
    assert target.read_bytes() == b"a file"


def test_create_in_an_existing_empty_folder_works(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    session, _ = create_vault(folder, PASSPHRASE, kdf=FAST_KDF)
    session.close()
    assert is_vault(folder)


# Changing the passphrase --------------------------------------------------------------


def test_change_passphrase_rewraps_only_the_passphrase_slot(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, code = made_vault
    save_case(path, Secret(PASSPHRASE), clock, "Kept across re-keying")
    db_before = (path / "vault.db").read_bytes()
    recovery_before = slot_json(path, "recovery")
    passphrase_before = slot_json(path, "passphrase")
    key_before = unlock_data_key(path, Secret(PASSPHRASE))

    change_passphrase(path, Secret(PASSPHRASE), NEW_PASSPHRASE)

    with pytest.raises(WrongSecret, match=r"^Wrong passphrase\.$"):
        unlock_data_key(path, Secret(PASSPHRASE))
    assert unlock_data_key(path, Secret(NEW_PASSPHRASE)) == key_before
    assert unlock_data_key(path, Secret(code, "recovery")) == key_before
    assert slot_json(path, "recovery") == recovery_before
    after = slot_json(path, "passphrase")
    assert after["salt"] != passphrase_before["salt"]
    assert after["wrapped_key"] != passphrase_before["wrapped_key"]
    assert len(header_json(path)["slots"]) == 2
    assert (path / "vault.db").read_bytes() == db_before  # no re-encryption
    assert listing(path) == ["blobs", "vault.db", "vault.header"]  # no leftover temp file
    assert case_titles(path, Secret(NEW_PASSPHRASE), clock) == ["Kept across re-keying"]


def test_change_passphrase_with_the_recovery_code(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, code = made_vault
    recovery_before = slot_json(path, "recovery")
    change_passphrase(path, Secret(code.lower(), "recovery"), NEW_PASSPHRASE)
    with pytest.raises(WrongSecret):
        unlock_data_key(path, Secret(PASSPHRASE))
    assert case_titles(path, Secret(NEW_PASSPHRASE), clock) == []
    assert slot_json(path, "recovery") == recovery_before
    assert unlock_data_key(path, Secret(code, "recovery"))


def test_change_passphrase_with_a_wrong_secret_changes_nothing(
    made_vault: tuple[Path, str],
) -> None:
    path, _ = made_vault
    before = vault_bytes(path)
    with pytest.raises(WrongSecret):
        change_passphrase(path, Secret("not the passphrase at all"), NEW_PASSPHRASE)
    assert vault_bytes(path) == before


def test_change_to_a_weak_passphrase_is_refused(made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    before = vault_bytes(path)
    with pytest.raises(WeakPassphrase):
        change_passphrase(path, Secret(PASSPHRASE), "qwerty")
    assert vault_bytes(path) == before
    assert unlock_data_key(path, Secret(PASSPHRASE))


# Permissions --------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask():
    """Even with a umask that lets everyone read, the vault must stay owner-only."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.usefixtures("permissive_umask")
def test_every_file_is_owner_only_including_wal_and_shm(
    vault_path: Path, clock: FixedClock
) -> None:
    session, _ = create_vault(vault_path, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    with session:
        CaseBook(session).save(Case(title="Written while open"))
        names = listing(vault_path)
        assert "vault.db-wal" in names
        assert "vault.db-shm" in names
        assert mode(vault_path) == 0o700
        assert mode(vault_path / "blobs") == 0o700
        for path in vault_path.rglob("*"):
            if path.is_file():
                assert mode(path) == 0o600, path.name
    change_passphrase(vault_path, Secret(PASSPHRASE), NEW_PASSPHRASE)
    assert mode(vault_path / "vault.header") == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_existing_empty_folder_is_made_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    session, _ = create_vault(folder, PASSPHRASE, kdf=FAST_KDF)
    session.close()
    assert mode(folder) == 0o700


# Erasing --------------------------------------------------------------------------------


def test_erase_removes_everything_and_the_folder(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, _ = made_vault
    save_case(path, Secret(PASSPHRASE), clock, "To be erased")
    assert erase_vault(path) is True
    assert not path.exists()


def test_a_copy_of_the_database_is_useless_after_erase(
    made_vault: tuple[Path, str], clock: FixedClock, tmp_path: Path
) -> None:
    path, code = made_vault
    save_case(path, Secret(PASSPHRASE), clock, "Seized copy")
    seized = tmp_path / "seized.db"
    shutil.copyfile(path / "vault.db", seized)

    assert erase_vault(path) is True

    path.mkdir()
    shutil.copyfile(seized, path / "vault.db")  # the copy put back where it was
    for secret in (Secret(PASSPHRASE), Secret(code, "recovery")):
        with pytest.raises((VaultNotFound, VaultDamaged)):
            unlock_data_key(path, secret)
        with pytest.raises((VaultNotFound, VaultDamaged)):
            open_vault(path, secret, clock)


def test_erase_overwrites_the_key_slots_in_place(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """A hard link sees the header's own blocks: they must hold no key slot any more."""
    path, _ = made_vault
    linked = tmp_path / "header-link"
    os.link(path / "vault.header", linked)
    original = linked.read_bytes()
    erase_vault(path)
    remains = linked.read_bytes()
    assert len(remains) == len(original)
    assert remains != original
    assert b"wrapped_key" not in remains and b"LOGBOOK-HEADER" not in remains
    with pytest.raises(VaultDamaged):
        header_file.decode(remains)


def test_erase_refuses_a_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8 not a vault")
    with pytest.raises(VaultNotFound):
        erase_vault(folder)
    assert (folder / "holiday.jpg").read_bytes() == b"\xff\xd8 not a vault"
    with pytest.raises(VaultNotFound):
        erase_vault(tmp_path / "does-not-exist")


def test_erase_never_deletes_foreign_files(made_vault: tuple[Path, str]) -> None:
    path, code = made_vault
    (path / "notes.txt").write_bytes(b"mine")
    (path / "blobs" / "readme.txt").write_bytes(b"also mine")

    assert erase_vault(path) is False

    assert (path / "notes.txt").read_bytes() == b"mine"
    assert (path / "blobs" / "readme.txt").read_bytes() == b"also mine"
    assert listing(path) == ["blobs", "blobs/readme.txt", "notes.txt"]
    assert not is_vault(path)
    with pytest.raises((VaultNotFound, VaultDamaged)):
        unlock_data_key(path, Secret(code, "recovery"))


# Not a vault ----------------------------------------------------------------------------


def test_opening_a_folder_that_is_not_a_vault(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.odt").write_bytes(b"hello")
    with pytest.raises(VaultNotFound):
        open_vault(folder, Secret(PASSPHRASE), clock)
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "missing", Secret(PASSPHRASE), clock)
    assert listing(folder) == ["letter.odt"]


def test_make_vault_returns_the_key_that_opens_it(vault_path: Path) -> None:
    data_key, code = make_vault(vault_path, PASSPHRASE, kdf=FAST_KDF)
    assert unlock_data_key(vault_path, Secret(code, "recovery")) == data_key
    open_with_key(vault_path, data_key).close()
