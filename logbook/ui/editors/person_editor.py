"""Editing a person: names in every spelling, identity as they describe it, and consent.

Former names (a deadname) sit beside the name variants, with a line saying no export ever
shows them. Contact and private notes sit on their own tab that says they are never
exported.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QWidget

from logbook.core import vocabularies as v
from logbook.core.model import Consent, Person
from logbook.services.case_book import CaseBook
from logbook.ui.editors.country_field import CountryField
from logbook.ui.editors.fields import ChoiceField, LineField, OptionalNumberField, TextField
from logbook.ui.editors.record_editor import Context, RecordEditor
from logbook.ui.pseudonym_text import pseudonym_text, stored_pseudonym


class PersonEditor(RecordEditor):
    record: Person

    @classmethod
    def gather(cls, book: CaseBook, record: Person) -> Context:
        return {"this_year": book.session.clock().year}

    def title(self) -> str:
        return self.tr("New person") if self.record.id is None else self.tr("Edit person")

    def build(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._identity(), self.tr("Identity"))
        self.tabs.addTab(self._work(), self.tr("Work"))
        self.tabs.addTab(self._consent(), self.tr("Consent"))
        self.tabs.addTab(self._private(), self.tr("Private (never exported)"))
        return self.tabs

    def _identity(self) -> QWidget:
        form = self.new_form()
        self.name = form.add("name", self.tr("&Name"), LineField())
        self.name_latin = form.add("name_latin", self.tr("Name in La&tin letters"), LineField())
        self.name_latin.setPlaceholderText(self.tr("as in the passport"))
        self.kind = form.add("kind", self.tr("&Kind"), ChoiceField(v.ACTOR_KINDS))
        self.variants = form.add(
            "name_variants", self.tr("Name &variants (one per line)"), TextField()
        )
        self.variants.setPlaceholderText("Sekerbaeva\nСекербаева")
        self.former = form.add("former_names", self.tr("&Former names (one per line)"), TextField())
        never = self.tr(
            "Former names are never disclosed in any export, even when the person is named."
        )
        self.former.setToolTip(never)
        self.former.setAccessibleDescription(never)
        self.former_help = QLabel(never)
        self.former_help.setWordWrap(True)
        form.add_widget(self.former_help)
        self.pseudonym = form.add("pseudonym", self.tr("&Pseudonym"), LineField())
        self.pseudonym.setPlaceholderText(self.tr("assigned automatically"))
        self.gender = form.add("gender_identity", self.tr("&Gender identity"), LineField())
        self.orientation = form.add(
            "sexual_orientation", self.tr("Se&xual orientation"), LineField()
        )
        for field in (self.gender, self.orientation):
            field.setPlaceholderText(self.tr("as the person describes it, or 'prefer not to say'"))
        self.pronouns = form.add("pronouns", self.tr("P&ronouns"), LineField())
        self.age = form.add("age", self.tr("&Age"), OptionalNumberField(0, 130))
        this_year = self.context["this_year"]  # the vault's clock, as validation uses
        self.birth_year = form.add(
            "birth_year", self.tr("&Birth year"), OptionalNumberField(1900, this_year)
        )
        self.minor = form.add(
            "is_minor", self.tr("&Minor"), QCheckBox(self.tr("under 18: never named"))
        )
        self.nationality = form.add("nationality", self.tr("Nationa&lity"), CountryField())
        return form

    def _work(self) -> QWidget:
        form = self.new_form()
        self.occupation = form.add("occupation", self.tr("&Occupation"), LineField())
        self.affiliation = form.add("affiliation", self.tr("A&ffiliation"), LineField())
        self.is_hrd = form.add(
            "is_hrd", self.tr("&Defender"), QCheckBox(self.tr("human rights defender"))
        )
        self.hrd_work = form.add("hrd_work", self.tr("Human rights &work"), TextField())
        return form

    def _consent(self) -> QWidget:
        form = self.new_form()
        form.add_widget(
            QLabel(self.tr("Without consent, this person appears under their pseudonym."))
        )
        self.share_un = form.add(
            "consent/share_with_un",
            self.tr("&UN"),
            QCheckBox(self.tr("share identity with the UN (OHCHR)")),
        )
        self.disclose_state = form.add(
            "consent/disclose_to_state",
            self.tr("&State"),
            QCheckBox(self.tr("disclose identity to the State")),
        )
        self.publish = form.add(
            "consent/publish", self.tr("Pu&blic"), QCheckBox(self.tr("publish the name"))
        )
        self.medical = form.add(
            "consent/medical_details",
            self.tr("&Medical"),
            QCheckBox(self.tr("share medical details")),
        )
        self.photos = form.add(
            "consent/photos", self.tr("P&hotos"), QCheckBox(self.tr("use photos"))
        )
        self.obtained_on = form.add("consent/obtained_on", self.tr("Obtained &on"), LineField())
        self.obtained_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.obtained_how = form.add("consent/obtained_how", self.tr("Obtained ho&w"), LineField())
        return form

    def _private(self) -> QWidget:
        form = self.new_form()
        form.add_widget(QLabel(self.tr("Nothing on this page is ever exported.")))
        self.contact = form.add("contact", self.tr("&Contact"), TextField())
        self.notes = form.add("private_notes", self.tr("Private &notes"), TextField())
        return form

    def load(self, p: Person) -> None:
        self.name.setText(p.name)
        self.name_latin.set_value(p.name_latin)
        self.kind.set_value(p.kind)
        self.variants.set_value("\n".join(p.name_variants))
        self.former.set_value("\n".join(p.former_names))
        self.pseudonym.set_value(pseudonym_text(p.pseudonym))  # in the UI language
        self.gender.set_value(p.gender_identity)
        self.orientation.set_value(p.sexual_orientation)
        self.pronouns.set_value(p.pronouns)
        self.age.set_value(p.age)
        self.birth_year.set_value(p.birth_year)
        self.minor.setChecked(p.is_minor)
        self.nationality.set_value(p.nationality)
        self.occupation.set_value(p.occupation)
        self.affiliation.set_value(p.affiliation)
        self.is_hrd.setChecked(p.is_hrd)
        self.hrd_work.set_value(p.hrd_work)
        self.contact.set_value(p.contact)
        self.notes.set_value(p.private_notes)
        c = p.consent
        for box, value in (
            (self.share_un, c.share_with_un),
            (self.disclose_state, c.disclose_to_state),
            (self.publish, c.publish),
            (self.medical, c.medical_details),
            (self.photos, c.photos),
        ):
            box.setChecked(value)
        self.obtained_on.set_value(c.obtained_on)
        self.obtained_how.set_value(c.obtained_how)

    def collect(self) -> Person:
        return replace(
            self.record,
            name=self.name.text().strip(),
            name_latin=self.name_latin.value(),
            kind=self.kind.value() or "individual",
            name_variants=_lines(self.variants),
            former_names=_lines(self.former),
            pseudonym=stored_pseudonym(self.pseudonym.value()),
            gender_identity=self.gender.value(),
            sexual_orientation=self.orientation.value(),
            pronouns=self.pronouns.value(),
            age=self.age.value_or_none(),
            birth_year=self.birth_year.value_or_none(),
            is_minor=self.minor.isChecked(),
            nationality=self.nationality.value(),
            occupation=self.occupation.value(),
            affiliation=self.affiliation.value(),
            is_hrd=self.is_hrd.isChecked(),
            hrd_work=self.hrd_work.value() or None,
            contact=self.contact.value() or None,
            private_notes=self.notes.value() or None,
            consent=Consent(
                share_with_un=self.share_un.isChecked(),
                disclose_to_state=self.disclose_state.isChecked(),
                publish=self.publish.isChecked(),
                medical_details=self.medical.isChecked(),
                photos=self.photos.isChecked(),
                obtained_on=self.obtained_on.value(),
                obtained_how=self.obtained_how.value(),
            ),
        )


def _lines(field: TextField) -> list[str]:
    """The non-blank lines of a one-per-line field, stripped."""
    return [line.strip() for line in field.toPlainText().splitlines() if line.strip()]
