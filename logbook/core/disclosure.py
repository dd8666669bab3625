"""Who is named in which export profile (DESIGN.md §5): one rule for the export and the app.

What differs between profiles is read from their :class:`~logbook.core.profiles.Profile`
(the registry: :data:`logbook.core.profiles.PROFILES`).

The export applies it; the desktop app shows its result in lists ("confidentiality at a
glance") so a user sees before exporting who will appear under a pseudonym.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from logbook.core.model import Person
from logbook.core.profiles import Profile
from logbook.core.profiles import profile as profile_of

Shown = Literal["name", "pseudonym", "withheld"]

_PERPETRATOR = "alleged_perpetrator"

# Why a person is shown as they are: a rule key and the rule in words (for the redaction
# report and the app). Never mentions the person.
NAMING_RULES = {
    "minor": "minors are never named",
    "minor_perpetrator": "minors are never named (an alleged perpetrator who is a minor is "
    "withheld)",
    "institution": "groups and organisations among the alleged perpetrators are named "
    "(institutions, not individuals)",
    "perpetrator_ohchr": "alleged perpetrators are named in a confidential OHCHR submission",
    "perpetrator_public": "individual alleged perpetrators are not named in the public "
    "version (state actors by institution and function, private individuals as "
    "'[name withheld]')",
    "source_public": "the source never appears in the public version",
    "consent_un": "named only with consent to share their identity with the UN",
    "consent_publish": "named in the public version only with consent to publish",
}


def decide(person: Person, roles: Iterable[str], profile: str | Profile) -> tuple[Shown, str]:
    """How ``person`` appears in a ``profile`` export (a registered name or a
    :class:`~logbook.core.profiles.Profile`), and the key of the rule deciding it (in
    :data:`NAMING_RULES`). See :func:`shown_as`. An unknown name is a ValueError."""
    rules = profile_of(profile)
    held = set(roles)
    perpetrator_only = held == {_PERPETRATOR}
    if person.is_minor:
        return ("withheld", "minor_perpetrator") if perpetrator_only else ("pseudonym", "minor")
    if perpetrator_only:
        if person.kind != "individual":
            return "name", "institution"
        return rules.individual_perpetrators, rules.perpetrator_rule
    if rules.source_person_withheld_by is not None and "source" in held:
        return "pseudonym", rules.source_person_withheld_by
    consented = getattr(person.consent, rules.named_with)
    return ("name" if consented else "pseudonym"), rules.consent_rule


def shown_as(person: Person, roles: Iterable[str], profile: str | Profile) -> Shown:
    """How ``person`` appears in a ``profile`` export, given the roles they hold in the case.

    - Minors are never named.
    - A person who is only an alleged perpetrator is named in ``ohchr`` (state actors and
      private individuals alike: "names if known") and withheld in ``public`` (state
      actors appear by institution and function, private individuals as "[name
      withheld]"). Groups and organisations among the alleged perpetrators are named in
      both: their name is the institution (or the group), not an individual's identity.
    - The source never appears in ``public``: a person holding the role ``source`` is
      shown by pseudonym there, whatever the consent.
    - Everyone else (victims, witnesses, sources, others, persons with no role yet) is
      named only with the profile's consent (``Profile.named_with``): "share with UN" for
      ``ohchr``, "publish" for ``public``; otherwise by pseudonym. Holding any such role
      wins over being a perpetrator, so a person who is both is protected by consent.
    """
    return decide(person, roles, profile)[0]
