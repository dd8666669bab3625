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


class SecretReader:
    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = self._stdin.readline()
            if not line:
                raise LogbookError(f"Expected a line on standard input for: {prompt.rstrip(': ')}")
            return line.rstrip("\r\n")
        if not self._stdin.isatty():
            raise LogbookError(
                "There is no terminal to ask for the passphrase; use --passphrase-stdin."
            )
        return getpass.getpass(prompt)

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
