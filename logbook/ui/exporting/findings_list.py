"""The findings review: possible personal data no redaction rule covers, one row each.

Ticking a row accepts the finding (it stays in the document); activating it (double-click,
Enter, "Go to the field") asks for the field to be opened so the user can mark it with
``[[redact: …]]`` or change it.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from logbook.export.detector import Finding
from logbook.export.snapshot import CaseSnapshot
from logbook.ui.exporting.finding_text import kind_text, where_text

_INDEX = Qt.ItemDataRole.UserRole


class FindingsList(QWidget):
    accepted_changed = Signal()
    open_requested = Signal(object)  # the Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Leave in"), self.tr("Where"), self.tr("Text")])
        self.tree.itemChanged.connect(lambda *_: self.accepted_changed.emit())
        self.tree.itemActivated.connect(lambda item, _: self._open(item))
        self.open_button = QPushButton(self.tr("&Go to the field"))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.accept_all_button = QPushButton(self.tr("Leave &all in"))
        self.accept_all_button.clicked.connect(self.accept_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)
        self._enable()

    def set_findings(
        self, findings: list[Finding], snapshot: CaseSnapshot, accepted: Collection[str]
    ) -> None:
        """Show ``findings``; those whose key is in ``accepted`` come ticked."""
        self.findings = list(findings)
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for index, finding in enumerate(self.findings):
                item = QTreeWidgetItem(
                    [kind_text(finding), where_text(snapshot, finding.origin), finding.text]
                )
                item.setData(0, _INDEX, index)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = finding.key in accepted
                item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if self.findings:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._enable()

    def accepted(self) -> set[str]:
        """The keys of the ticked findings."""
        return {self.findings[i].key for i in range(len(self.findings)) if self._ticked(i)}

    def accept_all(self) -> None:
        with QSignalBlocker(self.tree):
            for i in range(self.tree.topLevelItemCount()):
                self.tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Checked)
        self.accepted_changed.emit()

    def _ticked(self, index: int) -> bool:
        return self.tree.topLevelItem(index).checkState(0) == Qt.CheckState.Checked

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(self.findings[item.data(0, _INDEX)])

    def _enable(self) -> None:
        has = bool(self.findings)
        for widget in (self.tree, self.open_button, self.accept_all_button):
            widget.setEnabled(has)
            widget.setVisible(has)
        if has:
            self.note.setText(
                self.tr(
                    "Possible personal data that no redaction rule covers. Go to the field "
                    "and mark the passage with [[redact: …]] (or remove it), or tick it to "
                    "leave it in the document."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "No phone numbers, e-mail or web addresses, ID numbers, street "
                    "addresses or handles found beyond what the redaction rules withhold."
                )
            )
