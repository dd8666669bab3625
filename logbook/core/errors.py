"""Errors that carry a message meant for the user.

Every message here must be safe to show on screen or print to a terminal: it names
fields, rules and files, never case content (names, narratives, medical details).
"""

from __future__ import annotations


class LogbookError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""

    exit_code = 1


class WrongSecret(LogbookError):
    """The passphrase or recovery code does not open any key slot."""

    exit_code = 3


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


class NewerVault(LogbookError):
    """The vault was written by a newer Logbook; opening it could lose data."""

    exit_code = 4


class StorageFull(LogbookError):
    exit_code = 6

    def __init__(self, what: str) -> None:
        super().__init__(f"The disk is full: {what} could not be written; nothing was changed.")


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

    ``problems`` pairs a JSON pointer (``/incidents/2/involvements/0/role``) with a reason.
    """

    exit_code = 2

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        lines = [f"{pointer or '/'}: {reason}" for pointer, reason in problems]
        super().__init__("The case document is not valid:\n  " + "\n  ".join(lines))
