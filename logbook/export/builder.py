"""Building the redacted :class:`~logbook.export.document.Document` of a case (§6).

Sections, in order: cover · source (where the profile gives it a confidential page:
``ohchr``; its own page) · summary · alleged
victims · alleged perpetrators · incidents in chronological order · steps taken at
national level · concerns · requested action · annex: evidence index · redaction notice.

Every piece of user text goes through :meth:`DocumentBuilder.user`, the one place that
redacts it and runs the personal-data detector on what it will show — so no field can
reach the document unredacted or unchecked. What a rule withholds is recorded in
``withheld`` (rule keys) for the redaction notice and the report.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date

from logbook.core.model import Incident, Injury, Involvement, Person, Remedy, Statement
from logbook.export import labels
from logbook.export.dates import fuzzy_in_words, iso_in_words
from logbook.export.detector import Finding, detect, markup_findings
from logbook.export.document import Document, Section, Text
from logbook.export.markup import parse
from logbook.export.origin import Origin
from logbook.export.policy import PersonView, Policy
from logbook.export.redaction import Redactor, normalise
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
        self.communication_type = communication_type
        self.mandates = self.case.mandates if mandates is None else mandates
        self.export_date = export_date
        self.findings: list[Finding] = []
        self.withheld: set[str] = set()
        self.incident_numbers: dict[int | None, int] = {}

    # The one way user text enters the document -----------------------------------------

    def user(self, raw: str | None, kind: str, record: object, field: str) -> Text:
        """``raw`` (a field of ``record``) redacted, its findings recorded."""
        origin = Origin(kind, getattr(record, "id", None), getattr(record, "ref", ""), field)
        if not raw or not raw.strip():
            return Text("", origin)
        markup = self.policy.markup.get(raw) or parse(raw)  # parsed once per field
        redacted = self.redactor.redact(raw, markup)
        self.withheld.update(r.rule for r in redacted.replacements)
        covered = redacted.spans()
        self.findings += markup_findings(raw, origin, markup)
        self.findings += detect(raw, origin, covered)
        return Text(redacted.text, origin)

    def label(self, person_id: int) -> str:
        return self.policy.view(person_id).label

    def label_text(self, person_id: int, prefix: str = "") -> Text:
        """A person's label as document text: user data (a name or a pseudonym), so it
        is never mistaken for the document's own wording."""
        person = self.person(person_id)
        return Text(
            prefix + self.label(person_id), Origin("person", person_id, person.ref, "label")
        )

    # The document ----------------------------------------------------------------------

    def build(self) -> Built:
        """The document and what building it found and withheld. Build once."""
        document = self._document()
        return Built(
            document, list(self.findings), frozenset(self.withheld), Counter(self.redactor.counts)
        )

    def _document(self) -> Document:
        """The document. Its id is derived from its content (so the same content and
        date give the same id, and any change gives another)."""
        document = Document(
            profile=self.profile.name,
            communication_type=self.communication_type,
            marking=labels.PROFILE_MARKINGS[self.profile.marking],
            document_id="",
            metadata_title=labels.HEADINGS["cover"],
            metadata_subject=labels.COMMUNICATION_TYPES[self.communication_type],
            date=iso_in_words(self.export_date.isoformat()),
        )
        body: list[Section] = []
        if self.profile.source == "confidential_page" and self.case.source is not None:
            body.append(self._source())
        elif self.case.source is not None:
            self.withheld.add(self.profile.source_rule)
        summary = Section("summary", labels.HEADINGS["summary"])
        summary.paragraph(self.user(self.case.summary, "case", self.case, "summary"))
        body.append(summary)
        body += add_people(self)
        body.append(self._incidents())
        body.append(add_remedies(self))
        for key in ("concerns", "requested_action"):
            section = Section(key, labels.HEADINGS[key])
            section.paragraph(self.user(getattr(self.case, key), "case", self.case, key))
            body.append(section)
        body.append(add_evidence_annex(self))
        document.sections = body
        title = self.user(self.case.title, "case", self.case, "title")
        document.document_id = _document_id(document, title.value)
        document.sections = [self._cover(document, title), *body, add_notice(self)]
        return document

    def _cover(self, document: Document, title: Text) -> Section:
        cover = Section("cover", labels.HEADINGS["cover"])
        cover.add("banner", text=Text(labels.BANNERS[self.profile.banner]))
        mandates = "; ".join(labels.MANDATE_NAMES[m] for m in self.mandates)
        cover.fields(
            [
                ("Case", title),
                ("Mandates addressed", mandates or "not stated"),
                ("Communication type", labels.COMMUNICATION_TYPES[self.communication_type]),
                ("Country", labels.country(self.case.country)),
                ("Date", document.date),
                ("Document ID", document.document_id),
            ]
        )
        return cover

    def _source(self) -> Section:
        source = self.case.source
        assert source is not None
        section = Section("source", labels.HEADINGS["source"], new_page=True)
        section.add(
            "banner",
            text=Text(
                "CONFIDENTIAL. The identity of the source must not be disclosed to the State "
                "or published."
            ),
        )
        section.fields(
            [
                # The one place the source's name stands: as recorded (free texts
                # elsewhere, the relationship below included, have it withheld).
                (
                    "Name",
                    Text(
                        normalise(source.name),
                        Origin("source", self.case.id, self.case.ref, "name"),
                    ),
                ),
                ("Kind", source.kind),
                (
                    "Relationship to the victims",
                    self.user(source.relationship, "source", self.case, "relationship"),
                ),
            ]
        )
        self.withheld.add(self.profile.source_rule)
        return section

    # Incidents -------------------------------------------------------------------------

    def _incidents(self) -> Section:
        section = Section("incidents", labels.HEADINGS["incidents"])
        snapshot = self.policy.snapshot
        if not snapshot.incidents:
            section.paragraph(Text("No incidents recorded."))
        for number, incident in enumerate(snapshot.incidents, start=1):
            self.incident_numbers[incident.id] = number
            self._incident(section, number, incident)
        return section

    def _incident(self, section: Section, number: int, incident: Incident) -> None:
        snapshot = self.policy.snapshot
        title = self.user(incident.title, "incident", incident, "title")
        section.add("subheading", text=Text(f"Incident {number}: {title.value}", title.origin))
        involvements = snapshot.of_incident(Involvement, incident.id)
        section.fields(
            [
                ("Date and time", fuzzy_in_words(incident.date)),
                ("Place", self._place(incident)),
                ("Violations", "; ".join(labels.vocabulary(v) for v in incident.violations)),
                ("Ongoing or imminent", "yes" if incident.ongoing else "no"),
                ("Alleged victims", self._people(incident, involvements, "victim")),
                (
                    "Alleged perpetrators",
                    self._people(incident, involvements, "alleged_perpetrator"),
                ),
                ("Witnesses", self._people(incident, involvements, "witness")),
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
            "; ".join(labels_), Origin("incident", incident.id, incident.ref, "involvements")
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
                parts.append(self.user(value, "incident", incident, f"location.{name}").value)
        if loc.country:
            parts.append(labels.country(loc.country))
        return Text(", ".join(dict.fromkeys(p for p in parts if p)) or "not stated", origin)

    def _injury(self, section: Section, injury: Injury) -> None:
        section.add("subheading", text=self.label_text(injury.person_id, "Injury: "))
        if self.policy.medical_withheld(injury):
            self.withheld.add(self.profile.medical_rule)
            section.paragraph(Text(labels.INJURY_WITHHELD))
            return
        examined_by: Text | None = None
        withheld_by = self.profile.examiner_withheld_by
        if withheld_by is None:
            examined_by = self.user(injury.examined_by, "injury", injury, "examined_by")
        elif injury.examined_by:
            self.withheld.add(withheld_by)
        section.fields(
            [
                ("Type", labels.vocabulary(injury.type)),
                (
                    "Body location",
                    self.user(injury.body_location, "injury", injury, "body_location"),
                ),
                ("Description", self.user(injury.description, "injury", injury, "description")),
                ("Observed on", iso_in_words(injury.observed_on) if injury.observed_on else None),
                ("Examined by", examined_by),
                ("Facility", self.user(injury.facility, "injury", injury, "facility")),
                ("Consistency (Istanbul Protocol)", labels.CONSISTENCY[injury.consistency]),
            ]
        )

    def _statement(self, section: Section, statement: Statement) -> None:
        if self.policy.statement_withheld(statement):
            self.withheld.add("confidential_statement")
            return
        heading = f"Statement by {self.label(statement.person_id)}"
        if statement.taken_on:
            heading += f", taken on {iso_in_words(statement.taken_on)}"
        if statement.language:
            heading += f" (language: {statement.language})"
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
