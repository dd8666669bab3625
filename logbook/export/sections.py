"""The person, remedy, evidence and notice sections of the document (see builder.py)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from logbook.core.model import Involvement, Remedy
from logbook.core.profiles import Profile
from logbook.export import labels
from logbook.export.dates import iso_in_words
from logbook.export.document import Section, Text
from logbook.export.origin import Origin
from logbook.export.policy import PersonView, Policy
from logbook.export.rules import RULES


class DocumentBuilder(Protocol):
    """What these sections need of the builder (``builder.DocumentBuilder`` is one): this
    module does not import the builder, which imports it."""

    policy: Policy
    profile: Profile
    export_date: date
    incident_numbers: dict[int | None, int]
    withheld: set[str]

    def user(self, raw: str | None, kind: str, record: object, field: str) -> Text: ...

    def label_text(self, person_id: int, prefix: str = "") -> Text: ...

    def views(self, role: str) -> list[PersonView]: ...

    def incidents_of(self, remedy: Remedy) -> int | None: ...


_ADULT_RANGES = ((18, 24), (25, 34), (35, 44), (45, 54), (55, 64))


def add_people(b: DocumentBuilder) -> list[Section]:
    victims = Section("victims", labels.HEADINGS["victims"])
    for view in b.views("victim"):
        _victim(b, victims, view)
    if not victims.blocks:
        victims.paragraph(Text("None recorded."))
    perpetrators = Section("perpetrators", labels.HEADINGS["perpetrators"])
    for view in b.views("alleged_perpetrator"):
        _perpetrator(b, perpetrators, view)
    if not perpetrators.blocks:
        perpetrators.paragraph(Text("None recorded."))
    return [victims, perpetrators]


def _victim(b: DocumentBuilder, section: Section, view: PersonView) -> None:
    p = view.person
    section.add("subheading", text=b.label_text(p.id or 0))
    if not view.named:
        b.withheld.add(view.rule)
    profile = b.profile
    affiliation_withheld_by = None if view.named else profile.pseudonym_affiliation_withheld_by
    if affiliation_withheld_by is not None and p.affiliation:
        b.withheld.add(affiliation_withheld_by)
    if profile.orientation_withheld_by is not None and p.sexual_orientation:
        b.withheld.add(profile.orientation_withheld_by)
    state = None
    if view.named and profile.ask_to_keep_from_state and not p.consent.disclose_to_state:
        state = "no — please keep this person's identity confidential from the State"
    section.fields(
        [
            ("Kind", p.kind if p.kind != "individual" else None),
            ("Gender identity", b.user(p.gender_identity, "person", p, "gender_identity")),
            ("Pronouns", b.user(p.pronouns, "person", p, "pronouns")),
            (
                "Sexual orientation",
                None
                if profile.orientation_withheld_by is not None
                else b.user(p.sexual_orientation, "person", p, "sexual_orientation"),
            ),
            *_age(b, view),
            ("Minor", "yes" if p.is_minor else None),
            ("Nationality", labels.country(p.nationality) if p.nationality else None),
            ("Occupation", b.user(p.occupation, "person", p, "occupation")),
            (
                "Affiliation",
                None
                if affiliation_withheld_by is not None
                else b.user(p.affiliation, "person", p, "affiliation"),
            ),
            ("Human rights defender", "yes" if p.is_hrd else None),
            ("Human rights work", b.user(p.hrd_work, "person", p, "hrd_work")),
            ("Identity may be disclosed to the State", state),
        ]
    )


def _age(b: DocumentBuilder, view: PersonView) -> list[tuple[str, str | None]]:
    """Exact age or year of birth for a named adult; an age range otherwise."""
    p = view.person
    age = p.age
    if age is None and p.birth_year is not None:
        age = b.export_date.year - p.birth_year
    if view.named and not p.is_minor:
        return [
            ("Year of birth", str(p.birth_year) if p.birth_year else None),
            ("Age", str(p.age) if p.age is not None else None),
        ]
    if p.birth_year is not None or p.age is not None:
        b.withheld.add("age_range")
    if p.is_minor:
        return [("Age range", "under 12" if age is not None and age < 12 else "under 18")]
    if age is None:
        return []
    for low, high in _ADULT_RANGES:
        if age <= high:
            return [("Age range", f"{low}–{high}" if age >= low else "under 18")]
    return [("Age range", "65 or over")]


def _perpetrator(b: DocumentBuilder, section: Section, view: PersonView) -> None:
    p = view.person
    involvements = [
        v
        for v in b.policy.snapshot.involvements
        if v.person_id == p.id and v.role == "alleged_perpetrator"
    ]
    types = "; ".join(dict.fromkeys(labels.vocabulary(v.perpetrator_type) for v in involvements))
    state = _state_actor(involvements)
    section.add("subheading", text=b.label_text(p.id or 0))
    if not view.named:
        b.withheld.add(view.rule)
    # Institution and function are shown for state actors (the rule's point) and for
    # anyone named; for a private individual withheld in public they could identify.
    show_role = view.named or state == "yes"
    section.fields(
        [
            ("Kind", p.kind if p.kind != "individual" else None),
            ("Perpetrator type", types),
            ("State actor", state),
            (
                "Institution",
                b.user(p.affiliation, "person", p, "affiliation") if show_role else None,
            ),
            ("Function", b.user(p.occupation, "person", p, "occupation") if show_role else None),
        ]
    )


def _state_actor(involvements: list[Involvement]) -> str:
    flags = {v.state_actor for v in involvements}
    if True in flags:
        return "yes"
    return "no" if flags == {False} else "not known"


def add_remedies(b: DocumentBuilder) -> Section:
    section = Section("remedies", labels.HEADINGS["remedies"])
    remedies = sorted(
        b.policy.snapshot.remedies, key=lambda r: (b.incidents_of(r) or 0, r.position or 0)
    )
    for remedy in remedies:
        _remedy(b, section, remedy)
    if not remedies:
        section.paragraph(Text("None recorded."))
    return section


def _remedy(b: DocumentBuilder, section: Section, remedy: Remedy) -> None:
    authority = b.user(remedy.authority, "remedy", remedy, "authority")
    title = labels.vocabulary(remedy.type)
    section.add(
        "subheading",
        text=Text(f"{title} — {authority.value}" if authority.value else title, authority.origin),
    )
    reference = None
    withheld_by = b.profile.reference_withheld_by
    if withheld_by is None:
        reference = b.user(remedy.reference, "remedy", remedy, "reference")
    elif remedy.reference:
        b.withheld.add(withheld_by)
    number = b.incidents_of(remedy)
    section.fields(
        [
            ("Incident", f"Incident {number}" if number else None),
            ("Date", iso_in_words(remedy.date) if remedy.date else None),
            ("Reference", reference),
            ("Status", labels.vocabulary(remedy.status)),
            ("Outcome", b.user(remedy.outcome, "remedy", remedy, "outcome")),
        ]
    )


def add_evidence_annex(b: DocumentBuilder) -> Section:
    """The evidence index: each listed item with its SHA-256 (hashed at intake), so the
    files can be shown to be unaltered. Restricted items: description and hash only."""
    section = Section("evidence", labels.HEADINGS["evidence"])
    snapshot = b.policy.snapshot
    number = 0
    for item in snapshot.evidence:
        listing, rule = b.policy.evidence_listing(item)
        if rule:
            b.withheld.add(rule)
        if listing == "omitted":
            continue
        number += 1
        origin = Origin("evidence", item.id, item.ref, "listing")
        if listing == "hash_only" and rule == "medical_evidence":
            description = Text("description withheld")
        else:
            description = b.user(item.description, "evidence", item, "description")
        section.add("subheading", text=Text(f"E{number}: {description.value}", description.origin))
        if listing == "hash_only":
            section.fields(
                [
                    ("Note", "listed by description and hash only; the file is not attached"),
                    ("SHA-256", Text(item.sha256, origin)),
                ]
            )
            continue
        related = [
            f"Incident {b.incident_numbers[i.id]}"
            for i in snapshot.incidents
            if item.id in i.evidence_ids
        ]
        section.fields(
            [
                ("Type", Text(item.media_type, origin)),
                ("Captured on", iso_in_words(item.captured_on) if item.captured_on else None),
                ("Related incidents", "; ".join(related)),
                ("SHA-256", Text(item.sha256, origin)),
            ]
        )
    if not number:
        section.paragraph(Text("No evidence listed."))
    return section


# The notice names categories, never content: one line per rule group that applied.
_NOTICE_GROUPS = (
    (
        ("consent_un", "consent_publish", "source_public"),
        "names of persons who did not consent to be named (shown by pseudonym)",
    ),
    (("minor", "minor_perpetrator"), "names and exact ages of minors"),
    (
        ("perpetrator_public", "examiner_public", "ambiguous_name", "group_holds_name"),
        "names of individuals",
    ),
    (("former_names_never",), "former names of persons"),
    (("restricted_evidence",), "descriptions of evidence that is not described in this version"),
    (("age_range",), "years of birth of persons shown by pseudonym (age range given)"),
    (
        ("affiliation_public", "orientation_public"),
        "affiliation and sexual orientation of persons shown by pseudonym",
    ),
    (
        ("medical_consent", "medical_evidence"),
        "medical details of injuries whose medical details the person did not agree to share",
    ),
    (("place_public",), "exact places (locations are given to locality level)"),
    (("reference_public",), "case reference numbers"),
    (("confidential_statement",), "witness statements marked confidential"),
    (
        ("confidential_evidence_ohchr", "photo_consent_ohchr"),
        "files of confidential evidence and photos without consent (listed by hash only)",
    ),
    (
        ("confidential_evidence_public", "photo_consent_public"),
        "confidential evidence and photos without consent",
    ),
    (("source_ohchr",), "the identity of the source, except on the separate confidential page"),
    (("source_never_public",), "the identity of the source"),
    (("user_marked",), "passages marked for redaction by the submitter"),
)
# Rule key → its line in the notice, in the notice's order; rules sharing a line give the
# same text. A new profile's rule keys get their line here (part of its wording).
NOTICE: dict[str, str] = {rule: text for rules, text in _NOTICE_GROUPS for rule in rules}


def add_notice(b: DocumentBuilder) -> Section:
    section = Section("notice", labels.HEADINGS["notice"])
    section.paragraph(
        Text(
            "To protect the persons concerned, the following categories of information were "
            "withheld from this document:"
        )
    )
    lines = dict.fromkeys(text for rule, text in NOTICE.items() if rule in b.withheld)
    items = [Text(text) for text in lines]
    items.append(Text("contact details and private notes of all persons (never included)"))
    section.add("bullets", items=items)
    assert all(rule in RULES for rule in b.withheld)
    return section
