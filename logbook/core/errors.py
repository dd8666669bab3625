"""Errors that carry a message meant for the user.

Every message here must be safe to show on screen or print to a terminal: it names
fields, rules and files, never case content (names, narratives, medical details).
"""

from __future__ import annotations

import re


class LogbookError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""

    exit_code = 1


class WrongSecret(LogbookError):
    """The passphrase or recovery code does not open any key slot. ``kind``: which of
    the two was typed (``passphrase`` or ``recovery``), for the app's own wording."""

    exit_code = 3

    def __init__(self, message: str, kind: str = "passphrase") -> None:
        super().__init__(message)
        self.kind = kind


class WeakPassphrase(LogbookError):
    """The strength estimator judged a new passphrase too easy to guess."""

    exit_code = 2


class VaultNotFound(LogbookError):
    exit_code = 4


class VaultExists(LogbookError):
    exit_code = 4


class VaultDamaged(LogbookError):
    """A part of the vault (``part``: header, database, blob …) cannot be read."""

    exit_code = 5

    def __init__(self, part: str, detail: str) -> None:
        self.part = part
        self.detail = detail
        super().__init__(f"The vault's {part} is damaged: {detail}")


class FolderUnusable(LogbookError):
    """A new vault's folder cannot be made where asked (a file in the way, no permission)."""

    exit_code = 4


class NewerVault(LogbookError):
    """The vault was written by a newer Logbook; opening it could lose data."""

    exit_code = 4


class StorageFull(LogbookError):
    """No space left on the disk for ``what``; ``failed`` says what could not be done
    (written, opened)."""

    exit_code = 6

    def __init__(self, what: str, failed: str = "could not be written") -> None:
        super().__init__(f"The disk is full: {what} {failed}; nothing was changed.")


class Cancelled(LogbookError):
    """The user stopped an operation (or locked the vault) before it finished; whatever
    it had begun was undone, nothing it would have written is kept."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__("Stopped before it finished; nothing was changed.")


class NotFound(LogbookError):
    """A record asked for by id does not exist."""

    exit_code = 4


class ValidationError(LogbookError):
    """One or more fields are invalid. ``problems`` pairs a field path with a reason."""

    exit_code = 2

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{field}: {reason}" for field, reason in problems))


class InterchangeError(LogbookError):
    """A case document is not valid ``logbook.case/1``.

    ``problems`` pairs a JSON pointer (``/incidents/2/involvements/0/role``) with a reason;
    ``total`` is how many problems there were in all, when ``problems`` holds only the
    first ones. The message stays short however many there are or however long the input
    is: the first :data:`LISTED_PROBLEMS` problems, each on a line of at most
    :data:`PROBLEM_LINE` characters with any quoted value over :data:`QUOTED_VALUE`
    characters left out (it is more likely case text than a mistyped word), then a count
    of the rest. ``problems`` keeps them all, unshortened, for a program to use.
    """

    exit_code = 2

    def __init__(self, problems: list[tuple[str, str]], total: int | None = None) -> None:
        self.problems = problems
        self.total = max(total or 0, len(problems))
        lines = [
            _shorten(f"{_shorten(pointer or '/', PROBLEM_LINE // 2)}: {_unquote(reason)}")
            for pointer, reason in problems[:LISTED_PROBLEMS]
        ]
        rest = self.total - len(lines)
        if rest:
            lines.append(f"and {rest:,} more problem{'s' if rest > 1 else ''}")
        super().__init__("The case document is not valid:\n  " + "\n  ".join(lines))


LISTED_PROBLEMS = 5
PROBLEM_LINE = 160
QUOTED_VALUE = 40
# A value quoted in a reason, as Python's repr writes it: 'victm', "it's".
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _unquote(reason: str) -> str:
    """``reason`` with every quoted value longer than :data:`QUOTED_VALUE` replaced by its
    length, so a narrative pasted where a vocabulary word belongs is not echoed."""

    def replace(match: re.Match[str]) -> str:
        quoted = match.group()
        if len(quoted) - 2 <= QUOTED_VALUE:
            return quoted
        return f"(a value of {len(quoted) - 2:,} characters)"

    return _QUOTED.sub(replace, reason)


def _shorten(text: str, limit: int = PROBLEM_LINE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class BackupNotFound(LogbookError):
    """The folder holds no backup generation (or nothing at all)."""

    exit_code = 4


class BackupDamaged(LogbookError):
    """Parts of a backup cannot be used. ``parts`` names each one as a user can act on
    it ("generation 3: the database …", "generation 3: evidence C-1/E-2 …"); never case
    content or a file name."""

    exit_code = 5

    def __init__(self, parts: list[str]) -> None:
        self.parts = parts
        listed = "; ".join(parts[:5]) + (f"; and {len(parts) - 5} more" if len(parts) > 5 else "")
        super().__init__(f"The backup is damaged: {listed or 'no usable generation'}.")
