"""Who is named in which export profile (DESIGN.md §5): one rule for the export and the app.

The export applies it; the desktop app shows its result in lists ("confidentiality at a
glance") so a user sees before exporting who will appear under a pseudonym.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from logbook.core.model import Person

PROFILES = ("ohchr", "public")
Shown = Literal["name", "pseudonym", "withheld"]

_PERPETRATOR = "alleged_perpetrator"


def shown_as(person: Person, roles: Iterable[str], profile: str) -> Shown:
    """How ``person`` appears in a ``profile`` export, given the roles they hold in the case.

    - Minors are never named.
    - A person who is only an alleged perpetrator is named in ``ohchr`` (state actors and
      private individuals alike: "names if known") and withheld in ``public`` (state
      actors appear by institution and function, private individuals as "[name
      withheld]").
    - Everyone else (victims, witnesses, sources, others, persons with no role yet) is
      named only with consent: "share with UN" for ``ohchr``, "publish" for ``public``;
      otherwise by pseudonym. Holding any such role wins over being a perpetrator, so a
      person who is both is protected by consent.
    """
    if profile not in PROFILES:
        raise ValueError(f"unknown export profile {profile!r}")
    held = set(roles)
    if person.is_minor:
        return "withheld" if held == {_PERPETRATOR} else "pseudonym"
    if held == {_PERPETRATOR}:
        return "name" if profile == "ohchr" else "withheld"
    consent = person.consent.share_with_un if profile == "ohchr" else person.consent.publish
    return "name" if consent else "pseudonym"
