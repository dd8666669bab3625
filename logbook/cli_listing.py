"""What an export that stopped lists on the terminal: the findings to resolve and the
leak check's hits, each with where it is and (on the user's own terminal only, never
written anywhere) the passage it concerns."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logbook.export.detector import Finding
    from logbook.export.leakcheck import Hit

SHOWN = 60  # characters of case text shown per finding or hit


def out(text: str = "") -> None:
    print(text)


def list_findings(findings: list[Finding]) -> None:
    from logbook.export.localising import LANGUAGE_FINDINGS

    language = [f for f in findings if f.kind in LANGUAGE_FINDINGS]
    personal = [f for f in findings if f.kind not in LANGUAGE_FINDINGS]
    if personal:
        out("Possible personal data that no redaction rule covers:")
        for finding in personal:
            shown = finding.text if len(finding.text) <= SHOWN else finding.text[:59] + "…"
            out(f"  {finding.origin.describe()}: {finding.label}: {shown!r}")
        out("Wrap each in [[redact: …]] in the app (see docs/redaction-markup.md), or run")
        out("again with --accept-findings to leave them in the document.")
    if language:
        out("Not yet in the document's language:")
        for finding in language:
            out(f"  {finding.origin.describe()}: {finding.label}")
        out("Translate them (or enter the person's name in Latin letters) in the app, or run")
        out("again with --accept-untranslated to include the originals, marked as such.")


def list_hits(hits: list[Hit]) -> None:
    """What the independent leak check found, one line per hit: its id, what and where
    (no content), and the passage with the matched letters in brackets. This is the
    user's own terminal, as for findings; nothing of it is written anywhere."""
    out("Protected text the redaction left (found by the independent leak check):")
    for hit in hits:
        line = f"  {hit.id}: {hit.describe()}"
        if hit.where is not None and hit.end > hit.start:
            line += f": {passage(hit.text, hit.start, hit.end)!r}"
        out(line)
    out("Correct each field in the app (mark the passage with [[redact: …]] or change it).")
    out("If a hit is a false alarm (the letters of a protected name inside an unrelated")
    out("word), run again with --accept-verifier-hit ID for it to leave it in.")


def passage(text: str, start: int, end: int, width: int = SHOWN) -> str:
    """``text[start:end]`` in brackets with a little context, at most about ``width``
    characters, on one line."""
    match = text[start:end]
    if len(match) > width:
        return f"[{match[: width - 1]}…]"
    room = width - len(match)
    before, after = text[:start], text[end:]
    keep_before = min(len(before), max(room // 2, room - len(after)))
    keep_after = min(len(after), room - keep_before)
    head = before[len(before) - keep_before :]
    tail = after[:keep_after]
    if keep_before < len(before):
        head = "…" + head[1:]
    if keep_after < len(after):
        tail = tail[:-1] + "…" if tail else "…"
    return " ".join(f"{head}[{match}]{tail}".split())
