""" "Redact in exports": wraps the selected text of a field in the redaction markup
(docs/redaction-markup.md), from the field's context menu or with Ctrl+R.

The text stays as written in the vault, markers included; every export replaces the
marked passage. The markup itself comes from :func:`logbook.export.markup.wrap`, the same
module the export reads it with.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from logbook.export.markup import wrap
from logbook.ui import dialogs

_PARAGRAPH = "\u2029"  # how QTextCursor.selectedText() gives line breaks


def add_redact_action(field: QLineEdit | QPlainTextEdit) -> QAction:
    """Give ``field`` the action (its shortcut works while the field has focus)."""
    action = QAction(QCoreApplication.translate("RedactAction", "&Redact in exports"), field)
    action.setShortcut(QKeySequence("Ctrl+R"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: mark_for_redaction(field))
    field.addAction(action)
    return action


def show_menu_with(
    field: QLineEdit | QPlainTextEdit, action: QAction, event: QContextMenuEvent
) -> None:
    """The field's usual context menu, with the action added."""
    menu = field.createStandardContextMenu()
    menu.addSeparator()
    menu.addAction(action)
    action.setEnabled(bool(selected_text(field).strip()) and not field.isReadOnly())
    menu.exec(event.globalPos())
    menu.deleteLater()


def selected_text(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        return field.selectedText()
    if isinstance(field, QPlainTextEdit):
        return field.textCursor().selectedText().replace(_PARAGRAPH, "\n")
    return ""


def mark_for_redaction(field: QLineEdit | QPlainTextEdit) -> bool:
    """Wrap the selection in ``[[redact: …]]`` (one undo step). ``False`` when there
    is nothing to mark, or the selection cannot be marked as one passage."""
    selection = selected_text(field)
    if not selection.strip() or field.isReadOnly():
        return False
    try:
        marked = wrap(selection)
    except ValueError:
        dialogs.error(
            field,
            QCoreApplication.translate("RedactAction", "Redact in exports"),
            QCoreApplication.translate(
                "RedactAction",
                "The selection contains ']]'. Mark the text before and after it separately.",
            ),
        )
        return False
    if isinstance(field, QLineEdit):
        field.insert(marked)
    else:
        field.textCursor().insertText(marked)
    return True
