"""Marked passages (``[[redact: …]]``) as lists show them: the passage's text between
« and », without the markup (the stored text keeps it; exports withhold the passage)."""

from __future__ import annotations

from logbook.export.markup import parse

OPEN_QUOTE, CLOSE_QUOTE = "«", "»"


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
