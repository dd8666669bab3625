"""The export profiles as data: one :class:`Profile` per row set of DESIGN.md §5.

Everything that differs between profiles — who is named, where the source stands, how
places, medical details and restricted evidence appear, which fields are withheld, the
rule keys the redaction report and notice name, the marking on every page — is a field
of a :class:`Profile`. The policy, the document builder, the leak check, the command line
and the app read these fields; none of them compares a profile's name.

Adding a profile: add a :class:`Profile` to :data:`PROFILES` here, plus its wording —
the document's marking and cover banner (``marking.<key>`` and ``banner.<key>`` in each
catalogue of ``logbook/export/wording/``), its line in the redaction notice (the notice
keys in ``logbook/export/sections.py`` and the catalogues), the words of any new rule key
(``logbook/export/rules.py``, or :data:`logbook.core.disclosure.NAMING_RULES` for who is
named), and the app's translations of its titles.

The English titles here are source texts: the app translates them (``Columns`` and
``ExportDialog`` contexts), the command line shows them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The consent flags of :class:`logbook.core.model.Consent` that name a person.
ConsentFlag = Literal["share_with_un", "publish", "disclose_to_state"]


@dataclass(frozen=True)
class Profile:
    """One export profile. A ``*_withheld_by`` field is the rule key that withholds that
    detail in this profile, or ``None`` where the profile shows it."""

    name: str
    # Wording: the command line's help ("ohchr: <purpose>"), the export dialog's choice
    # and the note under it, the person list's column title.
    purpose: str
    title: str
    note: str
    column_title: str
    # Keys of ``labels.PROFILE_MARKINGS`` (top of every page) and ``labels.BANNERS``
    # (the cover's notice).
    marking: str
    banner: str

    # Victims, witnesses and other persons: named only with this consent, else by
    # pseudonym (minors never: see disclosure.decide).
    named_with: ConsentFlag
    consent_rule: str
    # A named person without consent to disclose their identity to the State gets a line
    # asking the reader to keep it from the State.
    ask_to_keep_from_state: bool
    # Individuals who are only alleged perpetrators: by name, or "[name withheld]"
    # (groups and organisations are named in every profile).
    individual_perpetrators: Literal["name", "withheld"]
    perpetrator_rule: str

    # The source: on its own page marked confidential, or nowhere. Where it never
    # appears, a person holding the role "source" is shown by pseudonym whatever their
    # consent (``source_person_withheld_by``); ``source_rule`` keeps its name out of every
    # free text in both cases.
    source: Literal["confidential_page", "never"]
    source_rule: str
    source_person_withheld_by: str | None

    # Incidents' exact place ("locality" level when withheld).
    place_withheld_by: str | None
    # Injuries: medical details with the person's consent (when flagged medically
    # confidential), or never.
    medical: Literal["with_consent", "never"]
    medical_rule: str
    # Evidence marked confidential, and photos of persons without photo consent: listed
    # by description and hash only, or not at all.
    restricted_evidence: Literal["hash_only", "omitted"]
    confidential_evidence_rule: str
    photo_consent_rule: str

    examiner_withheld_by: str | None  # the injury's "examined by"
    reference_withheld_by: str | None  # a remedy's case reference number
    orientation_withheld_by: str | None  # a victim's sexual orientation
    # A victim's affiliation, when the victim is shown by pseudonym.
    pseudonym_affiliation_withheld_by: str | None
    # A named victim's name in its own (Cyrillic) script, in brackets after the Latin one
    # on the victims' page, unless the export says otherwise: the desk officer can match
    # it with the State's records.
    original_script_names: bool = False

    def __post_init__(self) -> None:
        # A source that never appears must not be named as a person either.
        if (self.source == "never") != (self.source_person_withheld_by is not None):
            raise ValueError(f"profile {self.name!r}: source and source_person_withheld_by")

    def rule_keys(self) -> frozenset[str]:
        """Every rule key this profile can apply (each needs wording in ``RULES``)."""
        keys = {
            self.consent_rule,
            self.perpetrator_rule,
            self.source_rule,
            self.source_person_withheld_by,
            self.place_withheld_by,
            self.medical_rule,
            self.confidential_evidence_rule,
            self.photo_consent_rule,
            self.examiner_withheld_by,
            self.reference_withheld_by,
            self.orientation_withheld_by,
            self.pseudonym_affiliation_withheld_by,
        }
        return frozenset(k for k in keys if k is not None)


OHCHR = Profile(
    name="ohchr",
    purpose="confidential submission to OHCHR",
    title="OHCHR: confidential submission to the UN",
    note="For the UN only: persons appear as they consented to; the source is on a "
    "confidential page.",
    column_title="In OHCHR export",
    marking="ohchr",
    banner="ohchr",
    named_with="share_with_un",
    consent_rule="consent_un",
    ask_to_keep_from_state=True,
    individual_perpetrators="name",
    perpetrator_rule="perpetrator_ohchr",
    source="confidential_page",
    source_rule="source_ohchr",
    source_person_withheld_by=None,
    place_withheld_by=None,
    medical="with_consent",
    medical_rule="medical_consent",
    restricted_evidence="hash_only",
    confidential_evidence_rule="confidential_evidence_ohchr",
    photo_consent_rule="photo_consent_ohchr",
    examiner_withheld_by=None,
    reference_withheld_by=None,
    orientation_withheld_by=None,
    pseudonym_affiliation_withheld_by=None,
    original_script_names=True,
)

PUBLIC = Profile(
    name="public",
    purpose="for press and websites",
    title="Public: for publication",
    note="For anyone to read: stricter. Places are cut to the locality, private persons "
    "among the alleged perpetrators and the source are withheld.",
    column_title="In public export",
    marking="public",
    banner="public",
    named_with="publish",
    consent_rule="consent_publish",
    ask_to_keep_from_state=False,
    individual_perpetrators="withheld",
    perpetrator_rule="perpetrator_public",
    source="never",
    source_rule="source_never_public",
    source_person_withheld_by="source_public",
    place_withheld_by="place_public",
    medical="with_consent",
    medical_rule="medical_consent",
    restricted_evidence="omitted",
    confidential_evidence_rule="confidential_evidence_public",
    photo_consent_rule="photo_consent_public",
    examiner_withheld_by="examiner_public",
    reference_withheld_by="reference_public",
    orientation_withheld_by="orientation_public",
    pseudonym_affiliation_withheld_by="affiliation_public",
)

# The registry, in the order the app and the command line offer the profiles. The one
# place a profile's name is spelled out.
PROFILES: dict[str, Profile] = {p.name: p for p in (OHCHR, PUBLIC)}


def profile(name: str | Profile) -> Profile:
    """The registered profile called ``name`` (a :class:`Profile` is returned as it is).

    Raises ValueError naming the known profiles for any other name."""
    if isinstance(name, Profile):
        return name
    found = PROFILES.get(name)
    if found is None:
        known = ", ".join(PROFILES)
        raise ValueError(f"unknown export profile {name!r} (known profiles: {known})")
    return found
