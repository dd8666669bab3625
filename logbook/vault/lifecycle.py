"""Creating, unlocking, re-keying and erasing a vault directory.

Layout: ``vault.header`` (key slots, no case data; :mod:`.header`), ``vault.db``
(SQLCipher, WAL) and ``blobs/`` (encrypted evidence). The header is written last when
creating, so a directory without one is never mistaken for a finished vault. Key slots
are only ever overwritten in place: no temporary file holds one.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, replace
from pathlib import Path

from logbook.core.clock import Clock, system_clock
from logbook.core.errors import (
    FolderUnusable,
    StorageFull,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongSecret,
)
from logbook.vault import header as header_file
from logbook.vault import recovery_code
from logbook.vault.atomic import fsync_dir, overwrite_and_remove, sweep_leftovers
from logbook.vault.database import Connection, connect, explain, explains, no_space
from logbook.vault.freshness import HeaderKeeper, audit_head, missing_changes
from logbook.vault.header import CHANGED, Header, seal_key
from logbook.vault.kdf import KdfParams, machine_params
from logbook.vault.key_slots import make_slot, new_data_key, opens_as
from logbook.vault.migrations import migrate
from logbook.vault.passphrase_policy import require_strong
from logbook.vault.session import VaultSession

HEADER = "vault.header"
DATABASE = "vault.db"
BLOBS = "blobs"
_DB_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Secret:
    """What the user typed to unlock: a passphrase or a recovery code."""

    text: str
    kind: str = "passphrase"  # or "recovery"

    @property
    def slot_text(self) -> str:
        return recovery_code.normalize(self.text) if self.kind == "recovery" else self.text


def create_vault(
    path: Path, passphrase: str, *, kdf: KdfParams | None = None, clock: Clock = system_clock
) -> tuple[VaultSession, str]:
    """Make a new vault; return the open session and the recovery code (show it once).

    ``kdf`` defaults to parameters calibrated on this machine. On failure, everything
    created so far is removed.
    """
    conn, data_key, code = _build(Path(path), passphrase, kdf)
    session = VaultSession(Path(path), conn, data_key, clock)
    session.on_commit = HeaderKeeper(Path(path) / HEADER, seal_key(data_key), None).committed
    return session, code


def make_vault(path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> tuple[bytes, str]:
    """Make a new vault and close it; return its data key and the recovery code.

    For a worker thread: the caller opens the vault with :func:`open_with_key` on the
    thread that will use it (a connection belongs to the thread that opened it).
    """
    conn, data_key, code = _build(Path(path), passphrase, kdf)
    conn.close()
    return data_key, code


def _build(path: Path, passphrase: str, kdf: KdfParams | None) -> tuple[Connection, bytes, str]:
    require_strong(passphrase)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise VaultExists(f"{path} already exists and is not an empty folder.")
    created_dir = _make_folder(path)
    conn = None
    try:
        params = kdf or machine_params()
        data_key, code = new_data_key(), recovery_code.generate()
        (path / BLOBS).mkdir(mode=0o700)
        conn = connect(path / DATABASE, data_key, create=True)
        migrate(conn)
        slots = (
            make_slot("passphrase", passphrase, data_key, params),
            make_slot("recovery", code, data_key, params),
        )
        header_file.create(path / HEADER, Header(slots), seal_key(data_key))
    except BaseException as exc:
        # Judged before the cleanup frees what was written: space is the cause only if
        # it is short now.
        full = isinstance(exc, Exception) and no_space(exc, path)
        if conn is not None:
            conn.close()
        _remove_vault_files(path, remove_dir=created_dir)
        if full:
            raise StorageFull("the new vault", "could not be made") from None
        if explains(exc):
            raise explain(exc, path) from None
        raise
    fsync_dir(path)
    return conn, data_key, code


_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


def _make_folder(path: Path) -> bool:
    """Make the vault's folder, owner-only; whether it was new. A folder that cannot be
    made (a file where a parent folder should be, no permission, no space) is refused
    with the reason, before the slow key derivation."""
    created = not path.exists()
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.chmod(0o700)  # an existing empty folder keeps its mode otherwise
    except OSError as exc:
        if exc.errno in _NO_SPACE:
            raise StorageFull("the new vault", "could not be made") from None
        raise FolderUnusable(f"Cannot make the vault folder {path}: {exc.strerror}.") from None
    return created


def unlock_data_key(path: Path, secret: Secret) -> bytes:
    """Run the KDF against the key slots; the data key, or :class:`WrongSecret`.

    Every slot is tried (slots of the secret's kind first), so a slot relabelled as the
    other kind is reported as a changed header, not as a wrong secret; a wrong secret
    therefore costs one derivation per slot. Once a slot opens, the header's seal is
    checked: any other change to it is reported the same way."""
    path = Path(path)
    if not (path / HEADER).exists() and not (path / DATABASE).exists():
        raise VaultNotFound(f"There is no Logbook vault at {path}.")
    _destroy_leftover_headers(path)
    header = header_file.read(path / HEADER)
    if not header.slots_of(secret.kind):
        raise VaultDamaged("header", f"it has no {secret.kind} key slot")
    ordered = sorted(header.slots, key=lambda slot: slot.kind != secret.kind)
    for slot in ordered:
        opened = opens_as(slot, secret.slot_text)
        if opened is None:
            continue
        kind, data_key = opened
        if kind != slot.kind:
            raise VaultDamaged("header", f"{CHANGED} (a key slot's kind was changed)")
        if kind != secret.kind:
            continue  # the recovery code typed as the passphrase opens nothing
        header_file.check_seal(header, seal_key(data_key))
        return data_key
    what = "passphrase" if secret.kind == "passphrase" else "recovery code"
    raise WrongSecret(f"Wrong {what}.", secret.kind)


def open_with_key(path: Path, data_key: bytes, clock: Clock = system_clock) -> VaultSession:
    """Open the database with an unlocked data key and bring its schema up to date.

    A format-1 header is rewritten in format 2 here. The session's :attr:`warnings` say
    if the database lacks changes the header recorded (:mod:`.freshness`); from now on the
    header records the audit log's head after every committed change."""
    path = Path(path)
    key = seal_key(data_key)
    header = header_file.read(path / HEADER)
    header_file.check_seal(header, key)
    conn = connect(path / DATABASE, data_key)
    try:
        migrate(conn)
        missing = missing_changes(header.audit_head, conn)
        if header.legacy:
            head = audit_head(conn)
            header = header_file.update(path / HEADER, lambda h: replace(h, audit_head=head), key)
        session = VaultSession(path, conn, data_key, clock)
    except BaseException as exc:
        conn.close()
        if explains(exc):  # a damaged page, or no space for what opening writes
            raise explain(exc, path / DATABASE, opening=True) from None
        raise
    sweep_leftovers(path / BLOBS)  # evidence files an interrupted run left half-written
    session.on_commit = HeaderKeeper(path / HEADER, key, header.audit_head).committed
    if missing:
        session.warnings.append(missing)
    return session


def open_vault(path: Path, secret: Secret, clock: Clock = system_clock) -> VaultSession:
    """Unlock and open. Slow (Argon2id): never call on the GUI thread."""
    return open_with_key(path, unlock_data_key(path, secret), clock)


def change_passphrase(
    path: Path, secret: Secret, new_passphrase: str, *, kdf: KdfParams | None = None
) -> None:
    """Rewrap the passphrase slot under ``new_passphrase``; the data is not re-encrypted.
    The old slot is overwritten in place.

    ``secret`` may be the current passphrase or the recovery code (forgotten passphrase).
    The new slot takes this machine's calibration (``kdf`` for tests), never the old
    slot's parameters: someone who lowered those in the header (so that the passphrase
    seemed forgotten) must not get a weak slot back from the recovery.
    """
    require_strong(new_passphrase)
    path = Path(path)
    data_key = unlock_data_key(path, secret)
    new_slot = make_slot("passphrase", new_passphrase, data_key, kdf or machine_params())
    header_file.update(path / HEADER, lambda h: h.with_slot(new_slot), seal_key(data_key))


def is_vault(path: Path) -> bool:
    return (Path(path) / HEADER).is_file()


def erase_vault(path: Path) -> bool:
    """Crypto-erase: destroy every key slot first, then remove the vault's files.

    Once the header is overwritten and gone nobody can recover the data key, even from
    copies of the database on disk. Returns ``False`` if files not made by Logbook were
    found in the folder and left there (the folder is then kept).
    """
    path = Path(path)
    if not is_vault(path) and not (path / DATABASE).exists():
        raise VaultNotFound(f"There is no Logbook vault at {path}.")
    _destroy_leftover_headers(path)
    overwrite_and_remove(path / HEADER)
    fsync_dir(path)
    return _remove_vault_files(path, remove_dir=True)


def _destroy_leftover_headers(path: Path) -> None:
    """Overwrite and remove the temporary header files an interrupted passphrase change
    of format 1 may have left (they hold key slots)."""
    for leftover in path.glob(f".{HEADER}.*.partial"):
        overwrite_and_remove(leftover)


def _remove_vault_files(path: Path, *, remove_dir: bool) -> bool:
    """Remove only files Logbook makes; never a whole tree. ``True`` if all went."""
    candidates = [path / HEADER, path / DATABASE]
    candidates += [path / (DATABASE + suffix) for suffix in _DB_COMPANIONS]
    candidates += list(path.glob(".*.partial"))
    blobs = path / BLOBS
    if blobs.is_dir():
        candidates += list(blobs.glob("*.blob")) + list(blobs.glob(".*.partial"))
    for candidate in candidates:
        candidate.unlink(missing_ok=True)
    try:
        if blobs.is_dir():
            blobs.rmdir()
        if remove_dir:
            path.rmdir()
    except OSError:
        return False
    fsync_dir(path.parent if remove_dir else path)
    return True
