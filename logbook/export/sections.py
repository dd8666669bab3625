"""The person, remedy, evidence and notice sections of the document (see builder.py).

Their wording is the builder's catalogue's (``b.text``, ``b.wording``: the document's
language; logbook.export.wording)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from logbook.core.model import Involvement, Remedy
from logbook.core.profiles import Profile
from logbook.export.document import Section, Text
from logbook.export.origin import Origin
from logbook.export.policy import PersonView, Policy
from logbook.export.rules import RULES
from logbook.export.wording import Wording, catalogue


class DocumentBuilder(Protocol):
    """What these sections need of the builder (``builder.DocumentBuilder`` is one): this
    module does not import the builder, which imports it."""

    policy: Policy
    profile: Profile
    export_date: date
    incident_numbers: dict[int | None, int]
    withheld: set[str]
    wording: Wording

    def user(self, raw: str | None, kind: str, record: object, field: str) -> Text: ...

    def text(self, key: str, **fields: object) -> str: ...

    def label_text(self, person_id: int, key: str | None = None) -> Text: ...

    def victim_heading(self, person_id: int) -> Text: ...

    def views(self, role: str) -> list[PersonView]: ...

    def incidents_of(self, remedy: Remedy) -> int | None: ...


_ADULT_RANGES = ((18, 24), (25, 34), (35, 44), (45, 54), (55, 64))


def add_people(b: DocumentBuilder) -> list[Section]:
    victims = Section("victims", b.text("heading.victims"))
    for view in b.views("victim"):
        _victim(b, victims, view)
    if not victims.blocks:
        victims.paragraph(Text(b.text("value.none_recorded")))
    perpetrators = Section("perpetrators", b.text("heading.perpetrators"))
    for view in b.views("alleged_perpetrator"):
        _perpetrator(b, perpetrators, view)
    if not perpetrators.blocks:
        perpetrators.paragraph(Text(b.text("value.none_recorded")))
    return [victims, perpetrators]


def _kind(b: DocumentBuilder, kind: str) -> str | None:
    """A person's kind, where it is not the usual one (an individual)."""
    return b.wording.vocabulary("actor_kind", kind) if kind != "individual" else None


def _victim(b: DocumentBuilder, section: Section, view: PersonView) -> None:
    p = view.person
    section.add("subheading", text=b.victim_heading(p.id or 0))
    if not view.named:
        b.withheld.add(view.rule)
    profile = b.profile
    affiliation_withheld_by = None if view.named else profile.pseudonym_affiliation_withheld_by
    if affiliation_withheld_by is not None and p.affiliation:
        b.withheld.add(affiliation_withheld_by)
    if profile.orientation_withheld_by is not None and p.sexual_orientation:
        b.withheld.add(profile.orientation_withheld_by)
    t = b.text
    state = None
    if view.named and profile.ask_to_keep_from_state:  # the OHCHR form asks, for each
        consented = p.consent.disclose_to_state
        state = t("person.state_consent_yes") if consented else t("person.keep_from_state")
    yes = t("value.yes")
    section.fields(
        [
            (t("field.kind"), _kind(b, p.kind)),
            (
                t("person.gender_identity"),
                b.user(p.gender_identity, "person", p, "gender_identity"),
            ),
            (t("person.pronouns"), b.user(p.pronouns, "person", p, "pronouns")),
            (
                t("person.sexual_orientation"),
                None
                if profile.orientation_withheld_by is not None
                else b.user(p.sexual_orientation, "person", p, "sexual_orientation"),
            ),
            *_age(b, view),
            (t("person.minor"), yes if p.is_minor else None),
            (
                t("person.nationality"),
                b.wording.country(p.nationality) if p.nationality else None,
            ),
            (t("person.occupation"), b.user(p.occupation, "person", p, "occupation")),
            (
                t("person.affiliation"),
                None
                if affiliation_withheld_by is not None
                else b.user(p.affiliation, "person", p, "affiliation"),
            ),
            (t("person.hrd"), yes if p.is_hrd else None),
            (t("person.hrd_work"), b.user(p.hrd_work, "person", p, "hrd_work")),
            (t("person.disclose_to_state"), state),
        ]
    )


def _age(b: DocumentBuilder, view: PersonView) -> list[tuple[str, str | None]]:
    """Exact age or year of birth for a named adult; an age range otherwise."""
    p, t = view.person, b.text
    age = p.age
    if age is None and p.birth_year is not None:
        age = b.export_date.year - p.birth_year
    if view.named and not p.is_minor:
        return [
            (t("person.year_of_birth"), str(p.birth_year) if p.birth_year else None),
            (t("person.age"), str(p.age) if p.age is not None else None),
        ]
    if p.birth_year is not None or p.age is not None:
        b.withheld.add("age_range")
    label = t("person.age_range")
    if p.is_minor:
        return [(label, t("age.under", age=12 if age is not None and age < 12 else 18))]
    if age is None:
        return []
    for low, high in _ADULT_RANGES:
        if age <= high:
            shown = t("age.range", low=low, high=high) if age >= low else t("age.under", age=18)
            return [(label, shown)]
    return [(label, t("age.over", age=65))]


def _perpetrator(b: DocumentBuilder, section: Section, view: PersonView) -> None:
    p = view.person
    involvements = [
        v
        for v in b.policy.snapshot.involvements
        if v.person_id == p.id and v.role == "alleged_perpetrator"
    ]
    t = b.text
    types = t("value.list_separator").join(
        dict.fromkeys(
            b.wording.vocabulary("perpetrator_type", v.perpetrator_type) for v in involvements
        )
    )
    state = _state_actor(b.wording, involvements)
    section.add("subheading", text=b.label_text(p.id or 0))
    if not view.named:
        b.withheld.add(view.rule)
    # Institution and function are shown for state actors (the rule's point) and for
    # anyone named; for a private individual withheld in public they could identify.
    show_role = view.named or True in {v.state_actor for v in involvements}
    section.fields(
        [
            (t("field.kind"), _kind(b, p.kind)),
            (t("perpetrator.type"), types),
            (t("perpetrator.state_actor"), state),
            (
                t("perpetrator.institution"),
                b.user(p.affiliation, "person", p, "affiliation") if show_role else None,
            ),
            (
                t("perpetrator.function"),
                b.user(p.occupation, "person", p, "occupation") if show_role else None,
            ),
        ]
    )


def _state_actor(wording: Wording, involvements: list[Involvement]) -> str:
    flags = {v.state_actor for v in involvements}
    if True in flags:
        return wording.text("value.yes")
    return wording.text("value.no" if flags == {False} else "value.not_known")


def add_remedies(b: DocumentBuilder) -> Section:
    section = Section("remedies", b.text("heading.remedies"))
    remedies = sorted(
        b.policy.snapshot.remedies, key=lambda r: (b.incidents_of(r) or 0, r.position or 0)
    )
    for remedy in remedies:
        _remedy(b, section, remedy)
    if not remedies:
        section.paragraph(Text(b.text("value.none_recorded")))
    return section


def _remedy(b: DocumentBuilder, section: Section, remedy: Remedy) -> None:
    t = b.text
    authority = b.user(remedy.authority, "remedy", remedy, "authority")
    title = b.wording.vocabulary("remedy_type", remedy.type)
    if authority.value:
        title = t("remedy.heading", title=title, authority=authority.value)
    section.add("subheading", text=Text(title, authority.origin))
    reference = None
    withheld_by = b.profile.reference_withheld_by
    if withheld_by is None:
        reference = b.user(remedy.reference, "remedy", remedy, "reference")
    elif remedy.reference:
        b.withheld.add(withheld_by)
    number = b.incidents_of(remedy)
    section.fields(
        [
            (t("field.incident"), t("incident.number", number=number) if number else None),
            (t("field.date"), b.wording.date(remedy.date) if remedy.date else None),
            (t("remedy.reference"), reference),
            (t("remedy.status"), b.wording.vocabulary("remedy_status", remedy.status)),
            (t("remedy.outcome"), b.user(remedy.outcome, "remedy", remedy, "outcome")),
        ]
    )


def add_evidence_annex(b: DocumentBuilder) -> Section:
    """The evidence index: each listed item with its SHA-256 (hashed at intake), so the
    files can be shown to be unaltered. Restricted items: description and hash only."""
    t = b.text
    section = Section("evidence", t("heading.evidence"))
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
            description = Text(t("evidence.description_withheld"))
        else:
            description = b.user(item.description, "evidence", item, "description")
        heading = t("evidence.heading", number=number, description=description.value)
        section.add("subheading", text=Text(heading, description.origin))
        if listing == "hash_only":
            section.fields(
                [
                    (t("evidence.note"), t("evidence.hash_only")),
                    (t("evidence.sha256"), Text(item.sha256, origin)),
                ]
            )
            continue
        related = [
            t("incident.number", number=b.incident_numbers[i.id])
            for i in snapshot.incidents
            if item.id in i.evidence_ids
        ]
        captured = b.wording.date(item.captured_on) if item.captured_on else None
        section.fields(
            [
                (t("field.type"), Text(item.media_type, origin)),
                (t("evidence.captured_on"), captured),
                (t("evidence.related"), t("value.list_separator").join(related)),
                (t("evidence.sha256"), Text(item.sha256, origin)),
            ]
        )
    if not number:
        section.paragraph(Text(t("evidence.none")))
    return section


# The notice names categories, never content: one line per rule group that applied, by
# its key in the catalogues (``notice.<key>``).
_NOTICE_GROUPS = (
    (("consent_un", "consent_publish", "source_public"), "not_consenting"),
    (("minor", "minor_perpetrator"), "minors"),
    (
        ("perpetrator_public", "examiner_public", "ambiguous_name", "group_holds_name"),
        "individuals",
    ),
    (("former_names_never",), "former_names"),
    (("restricted_evidence",), "restricted_evidence"),
    (("age_range",), "age_range"),
    (("affiliation_public", "orientation_public"), "affiliation"),
    (("medical_consent", "medical_evidence"), "medical"),
    (("place_public",), "place"),
    (("reference_public",), "reference"),
    (("confidential_statement",), "statements"),
    (("confidential_evidence_ohchr", "photo_consent_ohchr"), "evidence_files"),
    (("confidential_evidence_public", "photo_consent_public"), "evidence_omitted"),
    (("source_ohchr",), "source_page"),
    (("source_never_public",), "source"),
    (("user_marked",), "user_marked"),
)
# Rule key → the catalogue key of its line in the notice, in the notice's order.
NOTICE_KEYS: dict[str, str] = {
    rule: f"notice.{key}" for rules, key in _NOTICE_GROUPS for rule in rules
}
# Rule key → its line in English; rules sharing a line give the same text. A new
# profile's rule keys get their line in the catalogues (NOTICE_KEYS), or here in English
# only (a document in another language then shows that line in English).
NOTICE: dict[str, str] = {rule: catalogue("en").text(key) for rule, key in NOTICE_KEYS.items()}


def _notice_line(b: DocumentBuilder, rule: str, english: str) -> str:
    key = NOTICE_KEYS.get(rule)
    return b.text(key) if key is not None else english


def add_notice(b: DocumentBuilder) -> Section:
    section = Section("notice", b.text("heading.notice"))
    section.paragraph(Text(b.text("notice.intro")))
    lines = dict.fromkeys(
        _notice_line(b, rule, text) for rule, text in NOTICE.items() if rule in b.withheld
    )
    items = [Text(text) for text in lines]
    items.append(Text(b.text("notice.always")))
    section.add("bullets", items=items)
    assert all(rule in RULES for rule in b.withheld)
    return section
