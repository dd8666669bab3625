"""Where Logbook may write a file the user asked for (an export, a dump, a report).

An output path must never destroy a vault: ``export … --out VAULT/vault.header`` would
replace the key slots, ``dump --out VAULT/vault.db`` the database with plaintext. So an
output is refused inside any vault folder (the path resolved, symlinks followed), and
anywhere that is neither a new name nor a regular file (a folder, a device, a named
pipe), before anything is read or written.
"""

from __future__ import annotations

import stat
from pathlib import Path

from logbook.core.errors import LogbookError

_HEADER = "vault.header"  # a folder holding one is a vault (see lifecycle.HEADER)


def vault_holding(path: Path) -> Path | None:
    """The vault folder ``path`` is in (itself or an ancestor holding a vault header),
    symlinks followed; ``None`` if it is in none."""
    resolved = Path(path).expanduser().resolve()
    for folder in (resolved, *resolved.parents):
        if (folder / _HEADER).is_file():
            return folder
    return None


def check_output_path(path: Path, what: str) -> None:
    """Raise :class:`LogbookError` unless ``what`` (``"the PDF"``) may be written at
    ``path``: a new name or a regular file, in an existing folder that is not inside a
    vault."""
    path = Path(path).expanduser()
    vault = vault_holding(path.parent) or (vault_holding(path) if path.exists() else None)
    if vault is not None:
        raise LogbookError(
            f"Cannot write {what} to {path}: it is inside the vault folder {vault}, and "
            "writing there could destroy the vault. Choose a folder outside it."
        )
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise LogbookError(f"Cannot write {what} to {path}: {exc.strerror}.") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise LogbookError(f"Cannot write {what} to {path}: it is a folder.")
    if mode is not None and not stat.S_ISREG(mode):
        raise LogbookError(
            f"Cannot write {what} to {path}: it is not a regular file (a device or a pipe)."
        )
    if not path.parent.is_dir():
        raise LogbookError(f"Cannot write {what} to {path}: the folder does not exist.")
