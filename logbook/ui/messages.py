"""User-facing text for errors raised by the core, in the user's language.

The core's messages are English sentences that never quote case text. The app translates
them by kind: each error class has a sentence here, and validation reasons are matched by
pattern. A reason with no pattern falls back to the core's English (still safe to show).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from logbook.core import errors
from logbook.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "Messages"

# The vault opened but lacks changes its header recorded (logbook.vault.freshness).
MISSING_CHANGES = QT_TRANSLATE_NOOP(
    "Messages",
    "Recent changes are missing from this vault, or its database was replaced by an older "
    "copy. It opened as it is now; restore a backup if you have one.",
)

EVIDENCE_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "This evidence file is damaged, or is not the file that was added: it does not match the "
    "SHA-256 taken when it was added, so it was not used. Nothing was changed.",
)

_ERRORS: tuple[tuple[type[errors.LogbookError], str], ...] = (
    (
        errors.Cancelled,
        QT_TRANSLATE_NOOP("Messages", "Stopped before it finished; nothing was changed."),
    ),
    (
        errors.WeakPassphrase,
        QT_TRANSLATE_NOOP(
            "Messages", "This passphrase is too easy to guess. Use four or more unusual words."
        ),
    ),
    (
        errors.VaultNotFound,
        QT_TRANSLATE_NOOP("Messages", "There is no Logbook vault in this folder."),
    ),
    (
        errors.VaultExists,
        QT_TRANSLATE_NOOP(
            "Messages", "This folder is not empty. Choose an empty or new folder for the vault."
        ),
    ),
    (
        errors.FolderUnusable,
        QT_TRANSLATE_NOOP(
            "Messages", "A folder cannot be made there (a file is in the way, or no permission)."
        ),
    ),
    (
        errors.VaultDamaged,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault is damaged and cannot be opened. Nothing was changed.",
        ),
    ),
    (
        errors.NewerVault,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This vault was made by a newer version of Logbook. Update Logbook to open it.",
        ),
    ),
    (
        errors.StorageFull,
        QT_TRANSLATE_NOOP(
            "Messages", "The disk is full. Nothing was changed; free some space and try again."
        ),
    ),
    (errors.NotFound, QT_TRANSLATE_NOOP("Messages", "This record no longer exists.")),
)

_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"^is required$", QT_TRANSLATE_NOOP("Messages", "Required.")),
        (r"^lists a value twice$", QT_TRANSLATE_NOOP("Messages", "A value is listed twice.")),
        (
            r"^must be between 0 and 130$",
            QT_TRANSLATE_NOOP("Messages", "Enter an age between 0 and 130."),
        ),
        (
            r"^must be between 1900 and \d+$",
            QT_TRANSLATE_NOOP("Messages", "Enter a birth year from 1900 to this year."),
        ),
        (
            r"^the age is under 18",
            QT_TRANSLATE_NOOP("Messages", "The age is under 18: mark the person as a minor."),
        ),
        (
            r"^the birth year makes the person a minor",
            QT_TRANSLATE_NOOP(
                "Messages", "The birth year makes the person a minor: mark them as a minor."
            ),
        ),
        (
            r"^must not contain any part of the person's names",
            QT_TRANSLATE_NOOP(
                "Messages", "The pseudonym must not contain any part of the person's names."
            ),
        ),
        (
            r"^is also the name or a name variant$",
            QT_TRANSLATE_NOOP(
                "Messages", "A former name cannot also be the name or a name variant."
            ),
        ),
        (
            r"^must not be blank",
            QT_TRANSLATE_NOOP(
                "Messages", "Must not be blank: leave it empty to have one assigned."
            ),
        ),
        (
            r"is not an ISO 3166",
            QT_TRANSLATE_NOOP("Messages", "Use a two-letter country code such as KZ."),
        ),
        (
            r"is not a language code",
            QT_TRANSLATE_NOOP("Messages", "Use a language code such as ru or kk."),
        ),
        (
            r"is not a date",
            QT_TRANSLATE_NOOP("Messages", "Not a date: use YYYY-MM-DD, YYYY-MM or YYYY."),
        ),
        (
            r"is not a valid date of precision",
            QT_TRANSLATE_NOOP(
                "Messages", "This date does not exist or does not match the precision."
            ),
        ),
        (
            r"^a date is required for precision",
            QT_TRANSLATE_NOOP("Messages", "Enter the date, or set the precision to unknown."),
        ),
        (r"is not a time", QT_TRANSLATE_NOOP("Messages", "Not a time: use HH:MM, 24-hour.")),
        (
            r"^a time needs a date of precision 'day'",
            QT_TRANSLATE_NOOP("Messages", "A time needs an exact day."),
        ),
        (
            r"^the end is before the start",
            QT_TRANSLATE_NOOP("Messages", "The end is before the start."),
        ),
        (
            r"^this person already has this role",
            QT_TRANSLATE_NOOP("Messages", "This person is already listed in this role."),
        ),
        (
            r"^only an alleged perpetrator has a perpetrator type",
            QT_TRANSLATE_NOOP("Messages", "Only an alleged perpetrator has a perpetrator type."),
        ),
        (
            r"^must be empty when the precision is 'unknown'",
            QT_TRANSLATE_NOOP("Messages", "Leave the date empty when it is unknown."),
        ),
    )
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def reason_text(reason: str) -> str:
    """A validation reason from the core, translated when its kind is known."""
    for pattern, text in _REASONS:
        if pattern.search(reason):
            return _tr(text)
    return reason


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``. Unexpected errors never show their message,
    which could contain case data."""
    if isinstance(error, errors.WrongSecret):
        if error.kind == "recovery":
            return _tr(QT_TRANSLATE_NOOP("Messages", "Wrong recovery code."))
        return _tr(QT_TRANSLATE_NOOP("Messages", "Wrong passphrase."))
    if isinstance(error, errors.ValidationError):
        return "\n".join(reason_text(reason) for _, reason in error.problems)
    if isinstance(error, errors.VaultDamaged) and error.part == "evidence store":
        return _tr(EVIDENCE_DAMAGED)  # one file, in a vault that is open and fine
    for cls, text in _ERRORS:
        if isinstance(error, cls):
            return _tr(text)
    if isinstance(error, errors.LogbookError):
        return str(error)
    if isinstance(error, OSError):
        return _tr(QT_TRANSLATE_NOOP("Messages", "The file could not be read or written."))
    return _tr(
        QT_TRANSLATE_NOOP(
            "Messages", "Something went wrong inside Logbook. Your last change may not be saved."
        )
    )


def missing_changes_text() -> str:
    """What to tell the user when the vault opened without changes it had recorded."""
    return QCoreApplication.translate(_CTX, MISSING_CHANGES)
