"""Preferences: language, the idle time before the vault locks itself, and after how many
days without a backup the app reminds (0: never)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from logbook.ui.i18n import LANGUAGE_NAMES
from logbook.ui.settings import (
    BACKUP_REMINDER_RANGE,
    DEFAULT_BACKUP_REMINDER_DAYS,
    IDLE_MINUTES_RANGE,
)


class PreferencesDialog(QDialog):
    def __init__(
        self,
        language: str,
        idle_minutes: int,
        parent: QWidget | None = None,
        backup_reminder_days: int = DEFAULT_BACKUP_REMINDER_DAYS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.idle = QSpinBox()
        self.idle.setRange(*IDLE_MINUTES_RANGE)
        self.idle.setValue(idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.backup_days = QSpinBox()
        self.backup_days.setRange(*BACKUP_REMINDER_RANGE)
        self.backup_days.setValue(backup_reminder_days)
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setSpecialValueText(self.tr("never"))  # 0
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        for text, widget in (
            (self.tr("&Language"), self.language),
            (self.tr("Loc&k after idle"), self.idle),
            (self.tr("&Remind me to back up after"), self.backup_days),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            layout.addRow(caption, widget)
        layout.addRow(buttons)

    def chosen_language(self) -> str:
        code: str = self.language.currentData()
        return code

    def chosen_idle_minutes(self) -> int:
        return self.idle.value()

    def chosen_backup_reminder_days(self) -> int:
        return self.backup_days.value()
