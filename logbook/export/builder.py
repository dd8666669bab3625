"""Building the redacted :class:`~logbook.export.document.Document` of a case (§6).

Sections, in order: cover · source (where the profile gives it a confidential page:
``ohchr``; its own page) · summary · alleged
victims · alleged perpetrators · incidents in chronological order · steps taken at
national level · concerns · requested action · annex: evidence index · redaction notice.

Every piece of user text goes through :meth:`DocumentBuilder.user`, the one place that
redacts it and runs the personal-data detector on what it will show — so no field can
reach the document unredacted or unchecked. What a rule withholds is recorded in
``withheld`` (rule keys) for the redaction notice and the report.

Every word of the document's own comes from the catalogue of its language
(:mod:`logbook.export.wording`, read through the policy): nothing here is written in
English or any other language.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date

from logbook.core.model import Incident, Injury, Involvement, Person, Remedy, Statement
from logbook.export import labels
from logbook.export.detector import Finding, detect, markup_findings
from logbook.export.document import Document, Section, Text
from logbook.export.localising import localise, translation_field
from logbook.export.markup import PLACEHOLDER as MARKED
from logbook.export.markup import parse
from logbook.export.origin import Origin
from logbook.export.policy import PersonView, Policy
from logbook.export.redaction import Redacted, Redactor, normalise
from logbook.export.romanise import romanise
from logbook.export.sections import add_evidence_annex, add_notice, add_people, add_remedies


@dataclass(frozen=True)
class Built:
    """What :meth:`DocumentBuilder.build` gives: the document, the personal-data findings
    to review, the rules that withheld something (by name), and how many replacements
    each (category, rule, record) made in free text."""

    document: Document
    findings: list[Finding]
    withheld: frozenset[str]
    replaced: Counter[tuple[str, str, tuple[str, int | None] | None]]


class DocumentBuilder:
    """Builds one document. ``findings`` and ``withheld`` fill up while it builds."""

    def __init__(
        self,
        policy: Policy,
        communication_type: str,
        export_date: date,
        mandates: tuple[str, ...] | None = None,
    ) -> None:
        self.policy = policy
        self.profile = policy.profile  # what differs between profiles, as data
        self.case = policy.snapshot.case
        self.redactor = Redactor(policy)
        self.wording = policy.wording
        self.language = policy.language
        # The redaction's own fixed placeholders, in English: this document's instead.
        self._fixed = {
            MARKED: self.wording.placeholders["user_marked"],
            labels.PLACEHOLDERS["withheld_name"]: self.wording.placeholders["withheld_name"],
        }
        self.communication_type = communication_type
        self.mandates = self.case.mandates if mandates is None else mandates
        self.export_date = export_date
        self.findings: list[Finding] = []
        self.withheld: set[str] = set()
        self.incident_numbers: dict[int | None, int] = {}
        self.incident_titles: dict[int | None, Text] = {}

    # The one way user text enters the document -----------------------------------------

    def user(self, raw: str | None, kind: str, record: object, field: str) -> Text:
        """``raw`` (a field of ``record``) in the document's language, redacted, its
        findings recorded: the field's translation where it has one; else the original,
        marked as such, with a finding for the user to translate or accept it."""
        owner = self.case.source if kind == "source" else record
        local = localise(owner, field, raw, self.language)
        ids = (kind, getattr(record, "id", None), getattr(record, "ref", ""))
        origin = Origin(*ids, local.field)
        text = local.text
        if not text or not text.strip():
            return Text("", origin)
        markup = self.policy.markup.get(text) or parse(text)  # parsed once per field
        redacted = self.redactor.redact(text, markup)
        self.withheld.update(r.rule for r in redacted.replacements)
        covered = redacted.spans()
        self.findings += markup_findings(text, origin, markup)
        self.findings += detect(text, origin, covered)
        value = self._translated(text, redacted)
        if local.original is not None:
            missing = Origin(*ids, translation_field(self.language, field))
            self.findings.append(Finding("not_translated", missing, 0, len(text), text))
            value = f"{self._original_marker(local.original)} {value}"
        return Text(value, origin)

    def _original_marker(self, language: str) -> str:
        """ "[original in Russian]" in the document's language ("[original]" for a language
        the catalogue has no name for)."""
        name = self.wording.get(f"language.{language}")
        if name is None:
            return self.text("value.original")
        return self.text("value.original_in", language=name)

    def _translated(self, raw: str, redacted: Redacted) -> str:
        """The redacted text, with the placeholders the redaction writes in English
        whatever the language ("[redacted]" for marked passages, "[name withheld]" for a
        name two persons share) in the document's language."""
        fixed = {k: v for k, v in self._fixed.items() if k != v}
        if not any(r.placeholder in fixed for r in redacted.replacements):
            return redacted.text
        out, pos = [], 0
        for r in redacted.replacements:  # in order, not overlapping (merged)
            out += [raw[pos : r.start], fixed.get(r.placeholder, r.placeholder)]
            pos = r.end
        out.append(raw[pos:])
        return normalise("".join(out))

    def text(self, key: str, **fields: object) -> str:
        """The message ``key`` of the document's language (see logbook.export.wording)."""
        return self.wording.text(key, **fields)

    def label(self, person_id: int) -> str:
        return self.policy.view(person_id).label

    def label_text(self, person_id: int, key: str | None = None) -> Text:
        """A person's label as document text, alone or in the message ``key`` (its
        ``{label}``): user data (a name or a pseudonym), so it is never mistaken for the
        document's own wording."""
        person = self.person(person_id)
        label = self.label(person_id)
        return Text(
            self.text(key, label=label) if key else label,
            Origin("person", person_id, person.ref, "label"),
        )

    # The document ----------------------------------------------------------------------

    def victim_heading(self, person_id: int) -> Text:
        """A victim's label as the heading of their entry: a named victim's Latin name
        followed by the name as recorded, where that differs and the export asks so."""
        view = self.policy.view(person_id)
        original = view.person.name
        if not (view.named and self.policy.original_names and original != view.label):
            return self.label_text(person_id)
        text = self.text("person.name_and_original", name=view.label, original=original)
        return Text(text, Origin("person", person_id, view.person.ref, "label"))

    def build(self) -> Built:
        """The document and what building it found and withheld. Build once."""
        document = self._document()
        for person_id in sorted(self.policy.romanised):
            name, ref = self.person(person_id).name, self.person(person_id).ref
            origin = Origin("person", person_id, ref, "name_latin")
            self.findings.append(Finding("transliterated", origin, 0, len(name), name))
        return Built(
            document, list(self.findings), frozenset(self.withheld), Counter(self.redactor.counts)
        )

    def _document(self) -> Document:
        """The document. Its id is derived from its content (so the same content and
        date give the same id, and any change gives another)."""
        t = self.text
        document = Document(
            profile=self.profile.name,
            communication_type=self.communication_type,
            marking=labels.marking(self.wording, self.profile.marking),
            document_id="",
            metadata_title=t("heading.cover"),
            metadata_subject=t(f"communication_type.{self.communication_type}"),
            date=self.wording.date(self.export_date.isoformat()),
            footer=t("page.footer", document_id="{document_id}", page="{page}", pages="{pages}"),
            language=self.wording.language,
            field_label=t("layout.field", label="{label}"),
        )
        body: list[Section] = []
        if self.profile.source == "confidential_page" and self.case.source is not None:
            body.append(self._source())
        elif self.case.source is not None:
            self.withheld.add(self.profile.source_rule)
        summary = Section("summary", t("heading.summary"))
        summary.paragraph(self.user(self.case.summary, "case", self.case, "summary"))
        body.append(summary)
        body += add_people(self)
        body.append(self._incidents())
        body.append(add_remedies(self))
        for key in ("concerns", "requested_action"):
            section = Section(key, t(f"heading.{key}"))
            section.paragraph(self.user(getattr(self.case, key), "case", self.case, key))
            body.append(section)
        body.append(add_evidence_annex(self))
        document.sections = body
        title = self.user(self.case.title, "case", self.case, "title")
        document.document_id = _document_id(document, title.value)
        document.sections = [self._cover(document, title), *body, add_notice(self)]
        return document

    def _cover(self, document: Document, title: Text) -> Section:
        t = self.text
        cover = Section("cover", t("heading.cover"))
        cover.add("banner", text=Text(labels.banner(self.wording, self.profile.banner)))
        mandates = t("value.list_separator").join(t(f"mandate.{m}") for m in self.mandates)
        cover.fields(
            [
                (t("cover.case"), title),
                (t("cover.mandates"), mandates or t("value.not_stated")),
                (
                    t("cover.communication_type"),
                    t(f"communication_type.{self.communication_type}"),
                ),
                (t("cover.country"), self.wording.country(self.case.country)),
                (t("field.date"), document.date),
                (t("cover.document_id"), document.document_id),
            ]
        )
        self._current_status(cover)
        return cover

    def _current_status(self, cover: Section) -> None:
        """An urgent appeal states on its cover who is at risk now, as the OHCHR form
        asks: each ongoing incident, its date and its victims (built after the incidents,
        whose redacted titles it reuses)."""
        snapshot = self.policy.snapshot
        ongoing = [i for i in snapshot.incidents if i.ongoing and i.id in self.incident_titles]
        if self.communication_type != "urgent_appeal" or not ongoing:
            return
        t = self.text
        cover.add("subheading", text=Text(t("cover.current_status")))
        for incident in ongoing:
            involvements = snapshot.of_incident(Involvement, incident.id)
            cover.fields(
                [
                    (t("cover.ongoing_incident"), self.incident_titles[incident.id]),
                    (t("incident.date"), self.wording.fuzzy_date(incident.date)),
                    (t("incident.victims"), self._people(incident, involvements, "victim")),
                ]
            )

    def _source(self) -> Section:
        source = self.case.source
        assert source is not None
        t = self.text
        section = Section("source", t("heading.source"), new_page=True)
        section.add("banner", text=Text(t("source.banner")))
        section.fields(
            [
                # The one place the source's name stands: as recorded (free texts
                # elsewhere, the relationship below included, have it withheld).
                (
                    t("source.name"),
                    Text(
                        normalise(source.name),
                        Origin("source", self.case.id, self.case.ref, "name"),
                    ),
                ),
                (t("field.kind"), self.wording.vocabulary("actor_kind", source.kind)),
                (
                    t("source.relationship"),
                    self.user(source.relationship, "source", self.case, "relationship"),
                ),
                (t("source.contact"), self._source_contact()),
            ]
        )
        self._flag_kept_from_state(section)
        self.withheld.add(self.profile.source_rule)
        return section

    def _source_contact(self) -> Text | None:
        """The source's contact details as recorded (OHCHR needs a way back), where the
        policy shows them; the one place they stand."""
        source = self.case.source
        if not self.policy.source_contact_shown or source is None or not source.contact:
            return None
        origin = Origin("source", self.case.id, self.case.ref, "contact")
        return Text(normalise(source.contact), origin)

    def _flag_kept_from_state(self, section: Section) -> None:
        """On the confidential page, the named victims who did not consent to their
        identity reaching the State, so the desk officer sees it before writing to it."""
        if not self.profile.ask_to_keep_from_state:
            return
        kept = [
            view
            for view in self.views("victim")
            if view.named and not view.person.consent.disclose_to_state
        ]
        if kept:
            section.add("paragraph", text=Text(self.text("source.keep_from_state")))
            section.add("bullets", items=[self.label_text(view.person.id or 0) for view in kept])

    # Incidents -------------------------------------------------------------------------

    def _incidents(self) -> Section:
        section = Section("incidents", self.text("heading.incidents"))
        snapshot = self.policy.snapshot
        if not snapshot.incidents:
            section.paragraph(Text(self.text("incident.none")))
        for number, incident in enumerate(snapshot.incidents, start=1):
            self.incident_numbers[incident.id] = number
            self._incident(section, number, incident)
        return section

    def _incident(self, section: Section, number: int, incident: Incident) -> None:
        snapshot, t, w = self.policy.snapshot, self.text, self.wording
        title = self.user(incident.title, "incident", incident, "title")
        self.incident_titles[incident.id] = title  # the cover's current status reuses it
        heading = t("incident.heading", number=number, title=title.value)
        section.add("subheading", text=Text(heading, title.origin))
        involvements = snapshot.of_incident(Involvement, incident.id)
        violations = (w.vocabulary("violation", v) for v in incident.violations)
        section.fields(
            [
                (t("incident.date"), w.fuzzy_date(incident.date)),
                (t("incident.place"), self._place(incident)),
                (t("incident.violations"), t("value.list_separator").join(violations)),
                (t("incident.ongoing"), w.yes_no(incident.ongoing)),
                (t("incident.victims"), self._people(incident, involvements, "victim")),
                (
                    t("incident.perpetrators"),
                    self._people(incident, involvements, "alleged_perpetrator"),
                ),
                (t("incident.witnesses"), self._people(incident, involvements, "witness")),
            ]
        )
        section.paragraph(self.user(incident.narrative, "incident", incident, "narrative"))
        for injury in snapshot.of_incident(Injury, incident.id):
            self._injury(section, injury)
        for statement in snapshot.of_incident(Statement, incident.id):
            self._statement(section, statement)

    def _people(self, incident: Incident, involvements: list[Involvement], role: str) -> Text:
        labels_ = dict.fromkeys(self.label(v.person_id) for v in involvements if v.role == role)
        return Text(
            self.text("value.list_separator").join(labels_),
            Origin("incident", incident.id, incident.ref, "involvements"),
        )

    def _place(self, incident: Incident) -> Text:
        loc = incident.location
        parts: list[str] = []
        origin = Origin("incident", incident.id, incident.ref, "location")
        withheld_by = self.profile.place_withheld_by
        if loc.place and not self.policy.place_withheld():
            parts.append(self.user(loc.place, "incident", incident, "location.place").value)
        elif loc.place and withheld_by is not None:
            self.withheld.add(withheld_by)
        for value, name in ((loc.locality, "locality"), (loc.region, "region")):
            if value and value not in parts:
                # A city's or region's name: in Latin letters, as every language here is
                # written (Алматы → Almaty); it has no translation to ask for.
                text = self.user(value, "incident", incident, f"location.{name}").value
                parts.append(romanise(text))
        if loc.country:
            parts.append(self.wording.country(loc.country))
        place = ", ".join(dict.fromkeys(p for p in parts if p))
        return Text(place or self.text("value.not_stated"), origin)

    def _injury(self, section: Section, injury: Injury) -> None:
        t = self.text
        section.add("subheading", text=self.label_text(injury.person_id, "injury.heading"))
        if self.policy.medical_withheld(injury):
            self.withheld.add(self.profile.medical_rule)
            section.paragraph(Text(t("injury.withheld")))
            return
        examined_by: Text | None = None
        withheld_by = self.profile.examiner_withheld_by
        if withheld_by is None:
            examined_by = self.user(injury.examined_by, "injury", injury, "examined_by")
        elif injury.examined_by:
            self.withheld.add(withheld_by)
        observed = self.wording.date(injury.observed_on) if injury.observed_on else None
        section.fields(
            [
                (t("field.type"), self.wording.vocabulary("injury_type", injury.type)),
                (
                    t("injury.body_location"),
                    self.user(injury.body_location, "injury", injury, "body_location"),
                ),
                (
                    t("field.description"),
                    self.user(injury.description, "injury", injury, "description"),
                ),
                (t("injury.observed_on"), observed),
                (t("injury.examined_by"), examined_by),
                (t("injury.facility"), self.user(injury.facility, "injury", injury, "facility")),
                (t("injury.consistency"), t(f"consistency.{injury.consistency}")),
            ]
        )

    def _statement(self, section: Section, statement: Statement) -> None:
        if self.policy.statement_withheld(statement):
            self.withheld.add("confidential_statement")
            return
        t = self.text
        heading = t("statement.heading", label=self.label(statement.person_id))
        if statement.taken_on:
            heading += t("statement.taken_on", date=self.wording.date(statement.taken_on))
        if statement.language:
            heading += t("statement.language", language=statement.language)
        origin = Origin("statement", statement.id, statement.ref, "heading")
        section.add("subheading", text=Text(heading, origin))
        section.paragraph(self.user(statement.text, "statement", statement, "text"))

    # Helpers used by the section modules ----------------------------------------------

    def views(self, role: str) -> list[PersonView]:
        return [v for v in self.policy.persons.values() if role in v.roles]

    def incidents_of(self, remedy: Remedy) -> int | None:
        return self.incident_numbers.get(remedy.incident_id)

    def person(self, person_id: int) -> Person:
        return self.policy.snapshot.person(person_id)


def _document_id(document: Document, title: str) -> str:
    """``LB-XXXX-XXXX-XXXX``: a digest of everything the document says."""
    digest = hashlib.sha256()
    for text in [title, *(t.value for t in document.texts())]:
        digest.update(text.encode("utf-8") + b"\x00")
    code = digest.hexdigest()[:12].upper()
    return f"LB-{code[:4]}-{code[4:8]}-{code[8:]}"
