"""Real vaults shared by a test module (one per module, not one per example)."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from logbook.services.case_book import CaseBook
from logbook.vault.lifecycle import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE, FixedClock

CLOCK = FixedClock()
THIS_YEAR = CLOCK().year


def open_book(path: Path) -> Iterator[CaseBook]:
    """A new vault at ``path`` for a module-scoped fixture to yield, closed afterwards."""
    session, _ = create_vault(path, PASSPHRASE, kdf=FAST_KDF, clock=CLOCK)
    yield CaseBook(session)
    session.close()


def encode(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False)


def fresh_case_id() -> str:
    """A case id no earlier example used (longer than any id the strategies make)."""
    return f"case-{uuid.uuid4().hex}"


def under_case_id(doc: dict[str, Any], case_id: str) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["case"]["id"] = case_id
    return doc
