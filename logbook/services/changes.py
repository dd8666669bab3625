"""What a mutation changed, so views refresh that instead of re-reading everything."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

R = TypeVar("R")


@dataclass(frozen=True)
class Change:
    action: str  # "created", "updated" or "deleted"
    entity: str  # "case", "person", "incident", …
    id: int


@dataclass
class Outcome(Generic[R]):
    """The saved record (``None`` after a delete) and every record the call changed,
    including side effects such as pseudonyms assigned to other persons."""

    record: R | None
    changes: list[Change] = field(default_factory=list)
