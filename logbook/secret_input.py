"""Reading passphrases and recovery codes: hidden at a terminal, or a line of stdin.

``--passphrase-stdin`` reads one line per secret, in the order a command documents, so
scripts and tests never need a terminal. Nothing read here is ever echoed or logged.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from logbook.core.errors import LogbookError


def _not_text(prompt: str) -> LogbookError:
    return LogbookError(
        f"What was given for the {prompt.rstrip(': ').lower()} is not UTF-8 text; "
        "type it again in a UTF-8 terminal or file."
    )


def _checked(secret: str, prompt: str) -> str:
    """``secret``, unless it holds bytes that were not UTF-8 (Python keeps them as lone
    surrogates, which no key derivation can take)."""
    if any("\ud800" <= ch <= "\udfff" for ch in secret):
        raise _not_text(prompt)
    return secret


class SecretReader:
    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            try:
                line = self._stdin.readline()
            except UnicodeDecodeError:
                raise _not_text(prompt) from None
            if not line:
                raise LogbookError(f"Expected a line on standard input for: {prompt.rstrip(': ')}")
            return _checked(line.rstrip("\r\n"), prompt)
        if not self._stdin.isatty():
            raise LogbookError(
                "There is no terminal to ask for the passphrase; use --passphrase-stdin."
            )
        return _checked(getpass.getpass(prompt), prompt)

    def ask_new(self, check: Callable[[str], None], what: str = "passphrase") -> str:
        """A new secret: asked twice at a terminal, once from stdin.

        ``check`` runs on the first entry and raises to refuse it, so a weak passphrase
        is refused before the user types it a second time.
        """
        first = self.ask(f"New {what}: ")
        check(first)
        if not self.from_stdin and self.ask(f"Repeat the new {what}: ") != first:
            raise LogbookError(f"The two {what}s differ; nothing was changed.")
        return first
