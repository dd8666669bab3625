"""The review: possible personal data no redaction rule covers, and protected text the
independent leak check found that the redaction left; one row each.

Ticking a finding accepts it (it stays in the document). Ticking a hit ("Not a leak: leave
in") accepts it as a false alarm, such as a protected name's letters inside an unrelated
longer word. Activating a row (double-click, Enter, "Go to the field") asks for its field
to be opened so the user can mark it with ``[[redact: …]]`` or change it.

Hits the check found twice at the same place (a name and its spelling in another script
both match the same letters) are one row; ticking it accepts them all. The rows show the
user's own text on their own screen; none of it goes anywhere else.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

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
from logbook.export.leakcheck import Hit
from logbook.export.snapshot import CaseSnapshot
from logbook.ui.exporting.finding_text import (
    category_label,
    hit_context,
    hit_where_text,
    hit_words,
    kind_text,
    where_text,
)
from logbook.ui.signals import emit

_INDEX = Qt.ItemDataRole.UserRole
_WIDTH = 200  # pixels at most for "what" and "where"; the full text is the tooltip


@dataclass(frozen=True)
class HitRow:
    """Hits at one place, shown as one row: same category, field and matched letters
    (or, only in the PDF's text, the same category: nothing else tells them apart)."""

    hits: tuple[Hit, ...]

    @property
    def hit(self) -> Hit:
        return self.hits[0]

    @property
    def ids(self) -> list[str]:
        return list(dict.fromkeys(h.id for h in self.hits))


def hit_rows(hits: list[Hit]) -> list[HitRow]:
    """``hits`` grouped by place, in the order they come."""
    groups: dict[tuple[object, ...], list[Hit]] = {}
    for hit in hits:
        if hit.where is None:
            key: tuple[object, ...] = (hit.term.category, None)
        else:
            key = (hit.term.category, hit.where, hit.start, hit.end)
        groups.setdefault(key, []).append(hit)
    return [HitRow(tuple(group)) for group in groups.values()]


class FindingsList(QWidget):
    accepted_changed = Signal()
    open_requested = Signal(object)  # the Finding
    open_hit_requested = Signal(object)  # the Hit (one with a field)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.rows: list[HitRow] = []
        self.hits_note = QLabel()
        self.hits_note.setWordWrap(True)
        self.hits_note.setStyleSheet("color: #b00020;")
        self.hits_tree = self._tree(self.tr("Not a leak: leave in"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = self._tree(self.tr("Leave in"))
        self._active = self.tree  # the list "Go to the field" acts on
        self.open_button = QPushButton(self.tr("&Go to the field"))
        self.open_button.clicked.connect(lambda: self._open(self._active.currentItem()))
        self.accept_all_button = QPushButton(self.tr("Leave &all in"))
        self.accept_all_button.clicked.connect(self.accept_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hits_note)
        layout.addWidget(self.hits_tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)
        self._enable()

    def _tree(self, tick: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([tick, self.tr("Where"), self.tr("Text")])
        tree.itemChanged.connect(lambda *_: emit(self.accepted_changed))
        tree.itemActivated.connect(lambda item, _: self._open(item))
        tree.currentItemChanged.connect(lambda item, _: self._make_active(tree, item))
        tree.itemClicked.connect(lambda item, _: self._make_active(tree, item))
        return tree

    # Filling ---------------------------------------------------------------------------------

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
                self._add(self.tree, item, index, finding.key in accepted)
        self._filled(self.tree)

    def set_hits(self, hits: list[Hit], snapshot: CaseSnapshot, accepted: Collection[str]) -> None:
        """Show the leak check's ``hits``; rows whose ids are all in ``accepted`` come
        ticked."""
        self.rows = hit_rows(hits)
        with QSignalBlocker(self.hits_tree):
            self.hits_tree.clear()
            for index, row in enumerate(self.rows):
                hit = row.hit
                what = category_label(hit.term.category)
                item = QTreeWidgetItem([what, hit_where_text(snapshot, hit), hit_words(hit)])
                tick = self.tr("Tick only if this is not a leak (a false alarm).")
                item.setToolTip(0, f"{what}\n{tick}")
                item.setToolTip(2, hit_context(hit))
                self._add(self.hits_tree, item, index, all(i in accepted for i in row.ids))
        self._filled(self.hits_tree)

    def _add(self, tree: QTreeWidget, item: QTreeWidgetItem, index: int, ticked: bool) -> None:
        for column in (0, 1):
            if not item.toolTip(column):
                item.setToolTip(column, item.text(column))
        item.setData(0, _INDEX, index)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        tree.addTopLevelItem(item)

    def _filled(self, tree: QTreeWidget) -> None:
        for column in range(3):
            tree.resizeColumnToContents(column)
        # A long record title would push the text, what the user judges, out of sight.
        for column in (0, 1):
            tree.setColumnWidth(column, min(tree.columnWidth(column), _WIDTH))
        with QSignalBlocker(tree):
            # None when empty, which Qt takes (the stub wants an item).
            tree.setCurrentItem(tree.topLevelItem(0))  # type: ignore[arg-type]
        # The leak check's hits stop the export: "Go to the field" starts with them.
        self._active = self.hits_tree if self.rows else self.tree
        self._enable()

    # What the user chose -----------------------------------------------------------------

    def accepted(self) -> set[str]:
        """The keys of the ticked findings."""
        return {self.findings[i].key for i in range(len(self.findings)) if self._ticked(i)}

    def accepted_hits(self) -> dict[str, Hit]:
        """The ids of the ticked hits, each with its hit as shown."""
        chosen: dict[str, Hit] = {}
        for i, row in enumerate(self.rows):
            if self._ticked(i, self.hits_tree):
                for hit in row.hits:
                    chosen.setdefault(hit.id, hit)
        return chosen

    def unaccepted_hit_rows(self) -> int:
        return sum(not self._ticked(i, self.hits_tree) for i in range(len(self.rows)))

    def accept_all(self) -> None:
        """Tick every finding (never a hit: each of those is judged one by one)."""
        with QSignalBlocker(self.tree):
            for i in range(self.tree.topLevelItemCount()):
                self._item(self.tree, i).setCheckState(0, Qt.CheckState.Checked)
        emit(self.accepted_changed)

    def _ticked(self, index: int, tree: QTreeWidget | None = None) -> bool:
        tree = self.tree if tree is None else tree
        return self._item(tree, index).checkState(0) == Qt.CheckState.Checked

    @staticmethod
    def _item(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
        item = tree.topLevelItem(index)
        assert item is not None  # index < the tree's topLevelItemCount()
        return item

    # Going to the field ----------------------------------------------------------------

    def _make_active(self, tree: QTreeWidget, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self._active = tree
            self._enable()

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        index = item.data(0, _INDEX)
        if item.treeWidget() is self.hits_tree:
            hit = self.rows[index].hit
            if hit.where is not None:
                emit(self.open_hit_requested, hit)
        else:
            emit(self.open_requested, self.findings[index])

    def _openable(self) -> bool:
        item = self._active.currentItem()
        if item is None:
            return False
        if item.treeWidget() is self.tree:
            return True
        return self.rows[item.data(0, _INDEX)].hit.where is not None

    def _enable(self) -> None:
        has, hits = bool(self.findings), bool(self.rows)
        for widget in (self.tree, self.accept_all_button):
            widget.setEnabled(has)
            widget.setVisible(has)
        for hit_widget in (self.hits_tree, self.hits_note):
            hit_widget.setEnabled(hits)
            hit_widget.setVisible(hits)
        self.open_button.setVisible(has or hits)
        self.open_button.setEnabled((has or hits) and self._openable())
        self.hits_note.setText(
            self.tr(
                "Protected text that the redaction left, found by the independent check. "
                "Go to the field and mark the passage with [[redact: …]] or change it. Tick "
                "“Not a leak: leave in” only for a false alarm, such as the letters of a "
                "protected name inside an unrelated longer word."
            )
            if hits
            else ""
        )
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
