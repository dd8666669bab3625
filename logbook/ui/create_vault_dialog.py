"""First run: choose where the vault lives, set a passphrase, write down the recovery code.

Calibrating and running Argon2id takes a few seconds, so creation runs on the task runner
and the dialog shows a busy bar. The recovery code is shown once, on the second page, and
the dialog finishes only after "I have written it down" is ticked.

The dialog proposes a folder that is new or empty (:func:`proposed_folder`) and checks the
folder as soon as it is typed or chosen: one with files in it is refused under the field,
with Create disabled, before any passphrase is typed; the message goes when the folder
changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.core.errors import VaultExists
from logbook.ui import dialogs
from logbook.ui.editors.fields import LineField
from logbook.ui.messages import error_text
from logbook.ui.passphrase_fields import NewPassphraseFields
from logbook.ui.signals import emit
from logbook.ui.tasks import TaskRunner
from logbook.vault.kdf import KdfParams
from logbook.vault.lifecycle import make_vault


def usable(folder: Path) -> bool:
    """Whether a vault can be made in ``folder``: it does not exist yet, or is an empty
    folder."""
    try:
        return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))
    except OSError:  # unreadable: make_vault will say why
        return True


def proposed_folder(wanted: Path) -> Path:
    """``wanted`` if a vault can be made there, else the first of ``wanted-2``,
    ``wanted-3``, … that is new or empty: the dialog never proposes a folder it refuses."""
    if usable(wanted):
        return wanted
    n = 2
    while not usable(candidate := wanted.with_name(f"{wanted.name}-{n}")):
        n += 1
    return candidate


class CreateVaultDialog(QDialog):
    created = Signal(object, bytes)  # vault path, data key
    restore_requested = Signal()  # a new computer: "Restore from backup…" instead

    def __init__(
        self,
        default_path: Path,
        runner: TaskRunner,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._kdf = runner, kdf
        self.setWindowTitle(self.tr("Logbook — new vault"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page(default_path))
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._data_key = b""

    def _setup_page(self, default_path: Path) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Logbook keeps your cases in an encrypted vault. Choose a passphrase of four "
                "or more unusual words: it is the only way in, besides the recovery code."
            )
        )
        intro.setWordWrap(True)
        self.location = LineField()
        self.location.setText(str(proposed_folder(default_path)))
        location_label = QLabel(self.tr("&Folder"))
        location_label.setBuddy(self.location)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.passphrase = NewPassphraseFields()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Res&tore from backup…"))
        self.restore_button.clicked.connect(self.restore_requested)
        # Enter means "create": while the passphrase is too weak it must do nothing, not
        # fall through to another button (Qt gives Enter to the first auto-default one).
        for button in (browse, cancel, self.restore_button):
            button.setAutoDefault(False)
        self.passphrase.changed.connect(self._update)
        self.location.textChanged.connect(self._check_folder)
        row = QHBoxLayout()
        row.addWidget(location_label)
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        for item in (intro, row, self.passphrase, self.error, self.busy, buttons):
            if isinstance(item, QHBoxLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        self._check_folder()
        return page

    def _code_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "This is your recovery code. It is shown only now. Write it on paper and keep "
                "it away from this computer: it opens the vault if you forget the passphrase."
            )
        )
        intro.setWordWrap(True)
        self.code = QLabel()
        font = QFont("monospace")
        font.setPointSize(16)
        self.code.setFont(font)
        self.written = QCheckBox(self.tr("I have &written it down"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(page)
        for widget in (intro, self.code, self.written, self.continue_button):
            layout.addWidget(widget)
        return page

    def _browse(self) -> None:
        chosen = dialogs.choose_directory(
            self, self.tr("Folder for the new vault"), self.location.text()
        )
        if chosen:
            # A folder with files in it gets the vault in a new sub-folder, never mixed in.
            folder = Path(chosen)
            self.location.setText(
                str(folder if usable(folder) else proposed_folder(folder / "vault"))
            )

    def folder_problem(self) -> str:
        """Why the typed folder cannot take a new vault ("" if it can, or none is typed)."""
        text = self.location.text().strip()
        if text and not usable(Path(text).expanduser()):
            return error_text(VaultExists(text))
        return ""

    def _check_folder(self) -> None:
        """The folder changed: say now if it is refused, and clear any earlier message."""
        self.error.setText(self.folder_problem())
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(
            self.passphrase.acceptable()
            and bool(self.location.text().strip())
            and not self.folder_problem()
            and not self._runner.busy
        )

    # The dialog's action, not QWidget.create (window handles), which it never calls.
    def create(self) -> None:  # type: ignore[override]
        if not self.create_button.isEnabled():
            return
        path, passphrase, kdf = (
            Path(self.location.text().strip()),
            self.passphrase.value(),
            self._kdf,
        )
        self.passphrase.clear()
        self.error.clear()
        self.busy.show()
        self.create_button.setEnabled(False)
        self._path = path
        self._runner.run(
            lambda: make_vault(path, passphrase, kdf=kdf), self._done, self._failed, self
        )

    def _done(self, result: tuple[bytes, str]) -> None:
        self.busy.hide()
        self._data_key, code = result
        self.code.setText(code)
        self.pages.setCurrentIndex(1)
        self.written.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.error.setText(error_text(error))
        self._update()

    def _finish(self) -> None:
        self.code.clear()  # shown once: the code leaves the screen now
        emit(self.created, self._path, self._data_key)
        self._data_key = b""
        self.accept()
