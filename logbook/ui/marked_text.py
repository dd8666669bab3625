"""Marked passages (``[[redact: …]]``) as lists show them: the passage's text between
« and », without the markup (the stored text keeps it; exports withhold the passage)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from logbook.export.markup import find_marked, parse

OPEN_QUOTE, CLOSE_QUOTE = "«", "»"
# How a marked passage stands out, in lists and editors alike.
MARKED_BACKGROUND = "#fff2a8"
MARKED_FOREGROUND = "#000000"


def shown(text: str) -> str:
    """``text`` with each marked passage shown as «passage»; unmarked text unchanged."""
    passages, _ = parse(text)
    if not passages:
        return text
    parts: list[str] = []
    pos = 0
    for passage in passages:
        parts.append(text[pos : passage.start])
        parts.append(f"{OPEN_QUOTE}{passage.content}{CLOSE_QUOTE}")
        pos = passage.end
    parts.append(text[pos:])
    return "".join(parts)


def has_marked(text: str) -> bool:
    return bool(parse(text)[0])


class MarkedHighlighter(QSyntaxHighlighter):
    """Marked passages highlighted where they are typed (a multi-line text field): the
    whole ``[[redact: …]]`` stands out, so the user sees what an export withholds. A
    passage is found within one line (paragraph) of the text."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(MARKED_BACKGROUND))
        self._format.setForeground(QColor(MARKED_FOREGROUND))

    def highlightBlock(self, text: str) -> None:  # Qt's name
        passages, _ = find_marked(text)
        for passage in passages:
            self.setFormat(passage.start, passage.end - passage.start, self._format)
