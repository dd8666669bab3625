"""UI preferences kept in Qt settings: language, idle minutes, the backup reminder's number
of days, window geometry. Nothing else.

No vault paths (the default location is computed, any other is chosen each time), no case
data, no recently opened anything: the settings file is readable without the passphrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from logbook.ui.i18n import LANGUAGE_NAMES, SOURCE_LANGUAGE

IDLE_MINUTES_RANGE = (1, 60)
DEFAULT_IDLE_MINUTES = 5
BACKUP_REMINDER_RANGE = (0, 365)  # days; 0: never remind
DEFAULT_BACKUP_REMINDER_DAYS = 7


def default_vault_path() -> Path:
    return platformdirs.user_data_path("Logbook", appauthor=False) / "vault"


class UiSettings:
    """Typed access to the few keys the app stores; anything else is never written."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", SOURCE_LANGUAGE))
        return value if value in LANGUAGE_NAMES else SOURCE_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGE_NAMES:
            raise ValueError(f"unsupported language {value!r}")
        self._store.setValue("ui/language", value)

    @property
    def idle_minutes(self) -> int:
        try:
            stored: Any = self._store.value("ui/idle_minutes", DEFAULT_IDLE_MINUTES)
            value = int(stored)
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        low, high = IDLE_MINUTES_RANGE
        return min(max(value, low), high)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        low, high = IDLE_MINUTES_RANGE
        self._store.setValue("ui/idle_minutes", min(max(int(value), low), high))

    @property
    def backup_reminder_days(self) -> int:
        """Days after the last backup before the app reminds (0: never). Only the number:
        when the last backup was made is kept inside the vault, never here."""
        try:
            stored: Any = self._store.value("backup/reminder_days", DEFAULT_BACKUP_REMINDER_DAYS)
            value = int(stored)
        except (TypeError, ValueError):
            return DEFAULT_BACKUP_REMINDER_DAYS
        low, high = BACKUP_REMINDER_RANGE
        return min(max(value, low), high)

    @backup_reminder_days.setter
    def backup_reminder_days(self, value: int) -> None:
        low, high = BACKUP_REMINDER_RANGE
        self._store.setValue("backup/reminder_days", min(max(int(value), low), high))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("ui/geometry", value)

    def sync(self) -> None:
        self._store.sync()
