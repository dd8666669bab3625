"""The format-2 header: key slots overwritten in place, two copies that survive a torn
write, and every change to it reported as "the vault header was changed or damaged" —
never as a wrong passphrase, never as an internal error. Each tampering below rewrites the
header as an attacker with a hex editor and no key would: both copies, checksums
recomputed (the seal, under the data key, they cannot recompute)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from logbook.core.errors import VaultDamaged, WrongSecret
from logbook.vault import header as header_file
from logbook.vault.header import _PREFIX, AREA_SIZE, AREAS, SIZE, seal_key
from logbook.vault.lifecycle import (
    Secret,
    change_passphrase,
    open_vault,
    unlock_data_key,
)
from tests.conftest import PASSPHRASE, FixedClock

NEW_PASSPHRASE = "a different horse staple battery"
HEADER = "vault.header"


def areas(path: Path) -> list[bytes]:
    data = (path / HEADER).read_bytes()
    return [data[n * AREA_SIZE : (n + 1) * AREA_SIZE] for n in range(AREAS)]


def body_of_area(area: bytes) -> dict:
    _, _, length = _PREFIX.unpack_from(area)
    return json.loads(area[_PREFIX.size : _PREFIX.size + length])


def reencode(body: dict, seq: int) -> bytes:
    """An area with ``body``, its checksum recomputed (the seal left as it is)."""
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    filled = _PREFIX.pack(b"LOGBOOK-HEADER/2", seq, len(raw)) + raw
    filled += bytes(AREA_SIZE - 32 - len(filled))
    return filled + hashlib.sha256(filled).digest()


def tamper(path: Path, edit: Callable[[dict], None], copies: tuple[int, ...] = (0, 1)) -> None:
    new = []
    for n, area in enumerate(areas(path)):
        if n in copies:
            body = body_of_area(area)
            edit(body)
            area = reencode(body, body["seq"])
        new.append(area)
    (path / HEADER).write_bytes(b"".join(new))


def slot(kind: str) -> Callable[[dict], dict]:
    return lambda body: next(s for s in body["slots"] if s["kind"] == kind)


def set_kdf(kind: str, **values: object) -> Callable[[dict], None]:
    return lambda body: slot(kind)(body)["kdf"].update(values)


def swap_kinds(body: dict) -> None:
    for s in body["slots"]:
        s["kind"] = "recovery" if s["kind"] == "passphrase" else "passphrase"


def assert_changed(path: Path, secret: Secret, clock: FixedClock) -> None:
    before = (path / HEADER).read_bytes()
    with pytest.raises(VaultDamaged) as caught:
        open_vault(path, secret, clock)
    assert caught.value.part == "header"
    assert "changed or damaged" in str(caught.value) or "it has no" in str(caught.value)
    assert "wrong" not in str(caught.value).lower()
    assert (path / HEADER).read_bytes() == before  # reading never repairs


# What the file is ----------------------------------------------------------------------


def test_the_header_is_two_whole_copies_of_a_fixed_size(made_vault, clock) -> None:
    path, _ = made_vault
    first, second = areas(path)
    assert (path / HEADER).stat().st_size == SIZE
    assert first == second
    assert (path / HEADER).stat().st_mode & 0o777 == 0o600


def test_a_passphrase_change_overwrites_the_slot_in_place(made_vault, tmp_path) -> None:
    """A hard link sees the file's own blocks: after the change they hold the new slot and
    not the old one, and the file is the same inode (never replaced by a copy)."""
    path, _ = made_vault
    old = header_file.read(path / HEADER).slots_of("passphrase")[0]
    inode = (path / HEADER).stat().st_ino
    os.link(path / HEADER, tmp_path / "same-blocks")
    change_passphrase(path, Secret(PASSPHRASE), NEW_PASSPHRASE)
    assert (path / HEADER).stat().st_ino == inode
    seen = (tmp_path / "same-blocks").read_bytes()
    for secret_bytes in (old.wrapped_key, old.salt, old.nonce):
        assert secret_bytes not in seen and header_file._b64(secret_bytes).encode() not in seen
    assert sorted(p.name for p in path.iterdir()) == ["blobs", "vault.db", "vault.header"]
    assert unlock_data_key(path, Secret(NEW_PASSPHRASE))
    with pytest.raises(WrongSecret):
        unlock_data_key(path, Secret(PASSPHRASE))


@pytest.mark.parametrize("torn", [0, 1])
def test_a_torn_copy_leaves_the_other_and_the_next_write_repairs_it(
    made_vault, clock, torn: int
) -> None:
    """A crash in the middle of writing one copy: the vault opens from the other."""
    path, _ = made_vault
    data = bytearray((path / HEADER).read_bytes())
    data[torn * AREA_SIZE + 100 : torn * AREA_SIZE + 900] = os.urandom(800)
    (path / HEADER).write_bytes(bytes(data))
    open_vault(path, Secret(PASSPHRASE), clock).close()
    change_passphrase(path, Secret(PASSPHRASE), NEW_PASSPHRASE)
    first, second = areas(path)
    assert first == second


def test_the_newer_copy_wins_after_a_crash_between_the_copies(made_vault) -> None:
    path, _ = made_vault
    before = areas(path)
    change_passphrase(path, Secret(PASSPHRASE), NEW_PASSPHRASE)
    after = areas(path)
    # As if the crash came after copy 1 was written and before copy 2.
    (path / HEADER).write_bytes(after[0] + before[1])
    assert unlock_data_key(path, Secret(NEW_PASSPHRASE))
    # And before copy 1 was complete: the old copy 2 still opens with the old passphrase.
    (path / HEADER).write_bytes(os.urandom(AREA_SIZE) + before[1])
    assert unlock_data_key(path, Secret(PASSPHRASE))


# Tampering -----------------------------------------------------------------------------

ABSURD = {
    "a terabyte of memory": set_kdf("passphrase", memory_kib=2**30),
    "a float for iterations": set_kdf("passphrase", iterations=2.5),
    "text for lanes": set_kdf("passphrase", lanes="4"),
    "no lanes": set_kdf("passphrase", lanes=0),
    "memory under the floor": set_kdf("passphrase", memory_kib=8),
    "a boolean for iterations": set_kdf("passphrase", iterations=True),
    "five slots": lambda body: body["slots"].extend(body["slots"][:1] * 3),
    "no slots": lambda body: body.update(slots=[]),
    "two passphrase slots": lambda body: body["slots"].append(slot("passphrase")(body)),
    "another format": lambda body: body.update(format="logbook.vault/9"),
    "a salt of the wrong size": lambda body: slot("passphrase")(body).update(salt="AAAA"),
    "an unknown slot version": lambda body: slot("passphrase")(body).update(aad=7),
}


@pytest.mark.parametrize("edit", ABSURD.values(), ids=ABSURD.keys())
def test_absurd_parameters_are_a_changed_header_before_any_derivation(
    made_vault, clock, edit
) -> None:
    path, code = made_vault
    tamper(path, edit)
    assert_changed(path, Secret(PASSPHRASE), clock)
    assert_changed(path, Secret(code, "recovery"), clock)


SEALED = {
    "the recovery slot's iterations changed": set_kdf("recovery", iterations=2),
    "the sequence number": lambda body: body.update(seq=body["seq"] + 5),
    "the audit head": lambda body: body.update(audit_head={"seq": 99, "mac": "0" * 64}),
}


@pytest.mark.parametrize("edit", SEALED.values(), ids=SEALED.keys())
def test_a_change_the_passphrase_cannot_see_is_found_by_the_seal(made_vault, clock, edit) -> None:
    path, _ = made_vault
    tamper(path, edit)
    assert_changed(path, Secret(PASSPHRASE), clock)


def test_swapped_slot_kinds_are_a_changed_header_for_either_secret(made_vault, clock) -> None:
    path, code = made_vault
    tamper(path, swap_kinds)
    assert_changed(path, Secret(PASSPHRASE), clock)
    assert_changed(path, Secret(code, "recovery"), clock)


def test_the_passphrase_slots_own_parameters_changed(made_vault, clock) -> None:
    """The one change nothing can tell from a wrong passphrase before a slot opens: the
    passphrase slot's own cost rewritten consistently (its key then derives differently).
    The recovery code opens the vault's other slot and the seal reports it."""
    path, code = made_vault
    tamper(path, set_kdf("passphrase", iterations=2))
    with pytest.raises(WrongSecret):
        unlock_data_key(path, Secret(PASSPHRASE))
    assert_changed(path, Secret(code, "recovery"), clock)


def test_copies_that_disagree_are_a_changed_header(made_vault, clock) -> None:
    path, _ = made_vault
    tamper(path, set_kdf("recovery", iterations=2), copies=(1,))
    assert_changed(path, Secret(PASSPHRASE), clock)


def test_the_seal_check_can_fail(made_vault) -> None:
    """The seal is checked against the data key: a header sealed under another key is
    refused, the same header under its own key is accepted."""
    path, _ = made_vault
    data_key = unlock_data_key(path, Secret(PASSPHRASE))
    header = header_file.read(path / HEADER)
    header_file.check_seal(header, seal_key(data_key))
    with pytest.raises(VaultDamaged, match="seal"):
        header_file.check_seal(header, seal_key(bytes(32)))


# Upgrading a format-1 vault ------------------------------------------------------------


def legacy_header(path: Path) -> None:
    """Rewrite the vault's header as format 1 wrote it: JSON, slots bound to their kind."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from logbook.vault.kdf import derive

    data_key = unlock_data_key(path, Secret(PASSPHRASE))
    slots = []
    for kind, secret in (
        ("passphrase", PASSPHRASE),
        ("recovery", "RECOV-ERYCO-DE000-00000-00000-00000"),
    ):
        salt, nonce = os.urandom(16), os.urandom(12)
        kdf = {"algorithm": "argon2id", "memory_kib": 65536, "iterations": 1, "lanes": 1}
        key = derive(secret, salt, header_file.KdfParams(65536, 1, 1))
        wrapped = AESGCM(key).encrypt(nonce, data_key, b"logbook.vault/1 key slot " + kind.encode())
        slots.append(
            {
                "kind": kind,
                "kdf": kdf,
                "salt": header_file._b64(salt),
                "nonce": header_file._b64(nonce),
                "wrapped_key": header_file._b64(wrapped),
            }
        )
    body = {"format": "logbook.vault/1", "slots": slots}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    (path / HEADER).write_text(json.dumps(body, indent=2))


def test_a_format_1_header_is_upgraded_in_place_on_first_unlock(
    made_vault, clock, tmp_path
) -> None:
    path, _ = made_vault
    legacy_header(path)
    old_wrapped = header_file.read(path / HEADER).slots_of("passphrase")[0].wrapped_key
    os.link(path / HEADER, tmp_path / "same-blocks")
    (path / f".{HEADER}.0123abcd.partial").write_bytes(b'{"slots": "a leftover of format 1"}')
    open_vault(path, Secret(PASSPHRASE), clock).close()
    upgraded = header_file.read(path / HEADER)
    assert not upgraded.legacy and upgraded.seal
    assert {s.aad for s in upgraded.slots} == {1}  # kept: their secrets are not all known
    assert (tmp_path / "same-blocks").read_bytes()[:16] == b"LOGBOOK-HEADER/2"
    assert (
        header_file._b64(old_wrapped).encode() not in (tmp_path / "same-blocks").read_bytes()[SIZE:]
    )
    assert sorted(p.name for p in path.iterdir()) == ["blobs", "vault.db", "vault.header"]
    # The upgraded slots open, and a new passphrase gets a slot of the new kind.
    change_passphrase(path, Secret(PASSPHRASE), NEW_PASSPHRASE)
    assert header_file.read(path / HEADER).slots_of("passphrase")[0].aad == 2
    open_vault(path, Secret(NEW_PASSPHRASE), clock).close()
