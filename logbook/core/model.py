"""The case model: plain dataclasses, one per record kind (DESIGN.md §4).

Every stored record has ``id`` (the vault's integer key, ``None`` until saved) and ``ref``:
the string id used inside a ``logbook.case/1`` document (kept from an import, generated
otherwise), unique within its case. Records that form a list in a case document also have
``position``, their place in that list (``None``: after the others, set when saved).
Persons, incidents and evidence belong to a case; involvements, injuries, statements and
remedies belong to an incident. Cross references (``person_id``, ``evidence_ids``) hold
vault ids of records in the same case.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from logbook.core.fuzzy_date import FuzzyDate

# Translations of a record's free text: language (en, fr, es) → field → text. Only the
# record's own free-text fields (record_kinds.translatable), never names or codes.
Translations = dict[str, dict[str, str]]


@dataclass
class Source:
    """Who submits: shown only on the confidential page of an ``ohchr`` export."""

    name: str = ""
    kind: str = "organisation"
    contact: str | None = None
    relationship: str | None = None
    translations: Translations = field(default_factory=dict)


@dataclass
class Case:
    title: str
    ref: str = ""
    country: str | None = None
    summary: str = ""
    mandates: list[str] = field(default_factory=list)
    communication_type: str = "auto"
    concerns: str = ""
    requested_action: str = ""
    source: Source | None = None
    translations: Translations = field(default_factory=dict)
    id: int | None = None


@dataclass
class Consent:
    """Per-person consent, per disclosure target. Default: nothing is disclosed."""

    share_with_un: bool = False
    disclose_to_state: bool = False
    publish: bool = False
    medical_details: bool = False
    photos: bool = False
    obtained_on: str | None = None
    obtained_how: str | None = None


@dataclass
class Person:
    case_id: int
    name: str
    kind: str = "individual"
    ref: str = ""
    name_variants: list[str] = field(default_factory=list)
    # Names the person no longer uses (a deadname): never disclosed in any export, even
    # when the person is named; kept out of all_names() for that reason.
    former_names: list[str] = field(default_factory=list)
    # The person's own spelling in Latin letters (as in their passport): how a document
    # in a Latin-script language names them.
    name_latin: str | None = None
    pseudonym: str | None = None
    gender_identity: str | None = None
    sexual_orientation: str | None = None
    pronouns: str | None = None
    birth_year: int | None = None
    age: int | None = None
    is_minor: bool = False
    nationality: str | None = None
    occupation: str | None = None
    affiliation: str | None = None
    is_hrd: bool = False
    hrd_work: str | None = None
    contact: str | None = None
    private_notes: str | None = None
    consent: Consent = field(default_factory=Consent)
    translations: Translations = field(default_factory=dict)
    position: int | None = None
    id: int | None = None

    def all_names(self) -> list[str]:
        """The name, its Latin spelling and every variant: what a named person may be
        shown by. Former names are not among them: they are never shown (redaction and
        search cover them too)."""
        latin = [self.name_latin] if self.name_latin else []
        return [self.name, *latin, *self.name_variants]


@dataclass
class Location:
    country: str | None = None
    region: str | None = None
    locality: str | None = None
    place: str | None = None


@dataclass
class Incident:
    case_id: int
    title: str
    ref: str = ""
    date: FuzzyDate = field(default_factory=FuzzyDate)
    location: Location = field(default_factory=Location)
    narrative: str = ""
    violations: list[str] = field(default_factory=list)
    ongoing: bool = False
    evidence_ids: list[int] = field(default_factory=list)
    translations: Translations = field(default_factory=dict)
    position: int | None = None
    id: int | None = None


@dataclass
class Involvement:
    incident_id: int
    person_id: int
    role: str
    perpetrator_type: str | None = None
    state_actor: bool | None = None
    id: int | None = None


@dataclass
class Injury:
    incident_id: int
    person_id: int
    type: str
    ref: str = ""
    body_location: str | None = None
    description: str | None = None
    observed_on: str | None = None
    examined_by: str | None = None
    facility: str | None = None
    consistency: str = "not_assessed"
    medically_confidential: bool = True
    evidence_ids: list[int] = field(default_factory=list)
    translations: Translations = field(default_factory=dict)
    position: int | None = None
    id: int | None = None


@dataclass
class Statement:
    incident_id: int
    person_id: int
    text: str
    ref: str = ""
    taken_on: str | None = None
    language: str | None = None
    confidential: bool = False
    translations: Translations = field(default_factory=dict)
    position: int | None = None
    id: int | None = None


@dataclass
class Remedy:
    incident_id: int
    type: str
    ref: str = ""
    authority: str | None = None
    date: str | None = None
    reference: str | None = None
    outcome: str | None = None
    status: str = "unknown"
    translations: Translations = field(default_factory=dict)
    position: int | None = None
    id: int | None = None


@dataclass
class Evidence:
    """Metadata of an evidence file; the file itself is an encrypted blob (``blob_id``)."""

    case_id: int
    filename: str
    sha256: str
    ref: str = ""
    media_type: str = "application/octet-stream"
    description: str | None = None
    captured_on: str | None = None
    confidential: bool = False
    depicts: list[int] = field(default_factory=list)
    blob_id: str | None = None
    size: int | None = None
    translations: Translations = field(default_factory=dict)
    position: int | None = None
    id: int | None = None
