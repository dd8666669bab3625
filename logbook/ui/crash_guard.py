"""What an unexpected error prints: where it happened, never its message.

An exception's message may quote case data (a value SQLite rejected, a name in a format
error); a terminal, a system log or a bug report must not receive it. ``LOGBOOK_DEBUG=1``
keeps Python's full report for developers, as in the CLI.
"""

from __future__ import annotations

import os
import sys
import traceback
from types import TracebackType
from typing import TextIO


def report(
    kind: type[BaseException], tb: TracebackType | None, stream: TextIO | None = None
) -> None:
    """Print the error's type and the code locations it passed through."""
    stream = stream or sys.stderr
    print(
        f"logbook: internal error ({kind.__name__}); its message is withheld because it "
        "could contain case data. Run with LOGBOOK_DEBUG=1 to see it.",
        file=stream,
    )
    for frame in traceback.extract_tb(tb):
        print(f"  {frame.filename}:{frame.lineno} in {frame.name}", file=stream)


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    report(kind, tb)


def install() -> None:
    """Replace ``sys.excepthook`` (Qt slots report their exceptions through it)."""
    if os.environ.get("LOGBOOK_DEBUG") != "1":
        sys.excepthook = _hook
