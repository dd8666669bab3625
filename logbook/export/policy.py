"""The redaction policy of one case for one profile (DESIGN.md §5).

From a :class:`~logbook.export.snapshot.CaseSnapshot` and a profile it decides, once:
how each person appears (name, pseudonym or "[name withheld]", by
:func:`logbook.core.disclosure.decide`), which injuries, statements and evidence are
shown, and every *protected term* — text that must not be in the exported document:
names and name variants of persons not shown by name (and each word of those names),
contact details, private notes, confidential medical details, the exact place and the
source where the profile withholds them (``public``), and text the user marked for
redaction. What differs between profiles is read from the policy's
:class:`~logbook.core.profiles.Profile`. The placeholders and the pseudonyms are in the
document's language (:mod:`logbook.export.wording`): an automatic pseudonym, stored in
English ("Witness 1"), reads "Témoin 1" in a French document.

Redaction replaces protected terms found in free text; verification looks for them in
the produced PDF.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from logbook.core.disclosure import Shown, decide
from logbook.core.model import Evidence, Injury, Location, Person, Statement
from logbook.core.profiles import Profile
from logbook.core.profiles import profile as profile_of
from logbook.core.pseudonyms import LABEL_WORDS, PseudonymMaker, main_role
from logbook.core.translations import field_value
from logbook.export.localising import translation_field
from logbook.export.markup import PLACEHOLDER as MARKED
from logbook.export.markup import Markup, find_marked
from logbook.export.matching import MIN_PHRASE_CHARS, NameIndex, phrase_keys
from logbook.export.origin import Origin
from logbook.export.private_values import sentences, values
from logbook.export.romanise import latin_name
from logbook.export.scripts import tokenize, words
from logbook.export.snapshot import CaseSnapshot
from logbook.export.wording import DEFAULT_LANGUAGE, LANGUAGES, Wording, catalogue

Listing = Literal["full", "hash_only", "omitted"]

# A sentence of a note or description is protected on its own only if it is this
# specific: shorter ones ("Call her.") would be found in unrelated narratives.
_MIN_FRAGMENT_WORDS = 3
_MIN_FRAGMENT_CHARS = 12
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S+\s+\S)", re.IGNORECASE)
_LIST_ITEMS = re.compile(r"[,;\n]+")


@dataclass(frozen=True)
class Protected:
    """A protected term. ``kind`` ``part`` is one word of a person's name (found in any
    inflected form and script); ``phrase`` is a word sequence found as written.

    ``text`` is case content: never print it. ``origin`` names the record (and field) it
    protects, ``category`` and ``rule`` are keys of :mod:`logbook.export.rules`,
    ``placeholder`` is what replaces it in free text.
    """

    text: str
    kind: Literal["part", "phrase"]
    category: str
    rule: str
    origin: Origin
    placeholder: str
    person_id: int | None = None


# How the _protect_* functions hand over what they find (the policy's list's append).
_Add = Callable[[Protected], None]


@dataclass(frozen=True)
class PersonView:
    """How one person appears in this export, and why (``rule``)."""

    person: Person
    roles: frozenset[str]
    shown: Shown
    rule: str
    label: str  # the name, the pseudonym or "[name withheld]", in the document's language

    @property
    def named(self) -> bool:
        return self.shown == "name"


@dataclass
class Policy:
    profile: Profile
    snapshot: CaseSnapshot
    persons: dict[int, PersonView] = field(default_factory=dict)
    protected: list[Protected] = field(default_factory=list)
    # Each text field's markup, parsed once here (by the text) for the builder to reuse.
    markup: dict[str, Markup] = field(default_factory=dict)
    language: str = DEFAULT_LANGUAGE  # the document's (logbook.export.wording.LANGUAGES)
    # The source's contact details stand on its confidential page (OHCHR does not act on
    # anonymous submissions: it needs a way back); protected everywhere else.
    source_contact_shown: bool = False
    # Named persons whose label is a romanisation of their name made by Logbook (they
    # have no name_latin): the builder asks the user to confirm each.
    romanised: set[int] = field(default_factory=set)
    # Named victims' names as recorded, in brackets after the Latin ones (victims' page).
    original_names: bool = False

    @property
    def wording(self) -> Wording:
        return catalogue(self.language)

    @property
    def placeholders(self) -> dict[str, str]:
        """What replaces withheld text, by category, in the document's language."""
        return self.wording.placeholders

    def view(self, person_id: int) -> PersonView:
        return self.persons[person_id]

    def medical_withheld(self, injury: Injury) -> bool:
        """A medically confidential injury without the person's medical consent; any
        injury in a profile that never gives medical details."""
        if self.profile.medical == "never":
            return True
        person = self.snapshot.person(injury.person_id)
        return injury.medically_confidential and not person.consent.medical_details

    def statement_withheld(self, statement: Statement) -> bool:
        return statement.confidential

    def evidence_listing(self, item: Evidence) -> tuple[Listing, str | None]:
        """How an evidence item is listed in the annex, and the rule if restricted:
        as the profile's ``restricted_evidence`` says (``ohchr`` by description and hash
        only, ``public`` not at all)."""
        restricted: Listing = self.profile.restricted_evidence
        # Medical first: a photo of a withheld injury is listed without its description
        # even where a photo or a confidential item would show one.
        if self._evidence_of_withheld_injury(item):
            return restricted, "medical_evidence"
        if item.confidential:
            return restricted, self.profile.confidential_evidence_rule
        if self._photo_without_consent(item):
            return restricted, self.profile.photo_consent_rule
        return "full", None

    def place_withheld(self) -> bool:
        return self.profile.place_withheld_by is not None

    def _photo_without_consent(self, item: Evidence) -> bool:
        visual = item.media_type.startswith(("image/", "video/"))
        return visual and any(not self.snapshot.person(pid).consent.photos for pid in item.depicts)

    def _evidence_of_withheld_injury(self, item: Evidence) -> bool:
        return any(
            item.id in injury.evidence_ids and self.medical_withheld(injury)
            for injury in self.snapshot.injuries
        )


def build_policy(
    snapshot: CaseSnapshot,
    profile: str | Profile,
    language: str = DEFAULT_LANGUAGE,
    *,
    source_contact: bool = True,
    original_names: bool | None = None,
) -> Policy:
    """The policy of ``snapshot`` for ``profile``: a registered profile's name (ValueError
    for another) or a :class:`~logbook.core.profiles.Profile`, for a document in
    ``language`` (ValueError for one not in :data:`~logbook.export.wording.LANGUAGES`).
    ``source_contact``: the source's contact details on its confidential page, where the
    profile gives it one (never elsewhere). ``original_names``: named victims' names as
    recorded in brackets on the victims' page (``None``: the profile's default)."""
    catalogue(language)  # an unknown language fails here, naming the known ones
    policy = Policy(profile_of(profile), snapshot, language=language)
    source = snapshot.case.source
    policy.source_contact_shown = bool(
        source_contact
        and policy.profile.source == "confidential_page"
        and source is not None
        and source.contact
        and source.contact.strip()
    )
    policy.original_names = (
        policy.profile.original_script_names if original_names is None else original_names
    )
    _decide_persons(policy)
    add = policy.protected.append
    for view in policy.persons.values():
        _protect_person(view, add)
    for person in snapshot.persons:
        _protect_private(person, add, policy.placeholders)
    _protect_source(policy, add)
    _protect_statements(policy, add)
    _protect_evidence(policy, add)
    _protect_medical(policy, add)
    _protect_places(policy, add)
    for text, origin in _marked_passages(snapshot, policy.markup):
        # Marked once, withheld everywhere: the same words elsewhere would undo it, with
        # or without an article ("the Green Bakery" marked, "Green Bakery" elsewhere).
        bare = _ARTICLE.sub("", text, count=1)
        for passage in dict.fromkeys((text, bare)):
            placeholder = policy.placeholders["user_marked"]
            add(Protected(passage, "phrase", "user_marked", "user_marked", origin, placeholder))
    policy.protected = _usable(policy.protected)
    return policy


def _decide_persons(policy: Policy) -> None:
    snapshot = policy.snapshot
    roles = snapshot.roles()
    maker = PseudonymMaker(p.pseudonym for p in snapshot.persons if p.pseudonym)
    stored: dict[int, str] = {}  # pseudonyms as stored, where the document translates them
    for person in snapshot.persons:
        assert person.id is not None
        held = frozenset(roles.get(person.id, ()))
        shown, rule = decide(person, held, policy.profile)
        if shown == "name":
            # A document in Latin script (every language it has) names people in Latin
            # letters; a romanisation Logbook made is for the user to confirm.
            label, guessed = latin_name(person)
            if guessed:
                policy.romanised.add(person.id)
        elif shown == "withheld":
            label = policy.placeholders["withheld_name"]
        else:
            # The vault assigns pseudonyms to persons with a role; one without a role
            # (only mentioned in text) gets one for this export.
            pseudonym = person.pseudonym or maker.label_for(main_role(held) or "other")
            label = policy.wording.pseudonym(pseudonym)
            if label != pseudonym:
                stored[person.id] = pseudonym
        policy.persons[person.id] = PersonView(person, held, shown, rule, label)
    _keep_labels_apart(policy, stored)
    _withhold_groups_named_after_protected_persons(policy)


def _keep_labels_apart(policy: Policy, stored: dict[int, str]) -> None:
    """A translated pseudonym that reads like another person's ("Witness 1" → "Témoin 1"
    beside a "Témoin 1" the user wrote) stays as stored: two persons never share one."""
    counts = Counter(v.label for v in policy.persons.values() if not v.named)
    for pid, pseudonym in stored.items():
        view = policy.persons[pid]
        if counts[view.label] > 1:
            policy.persons[pid] = dataclasses.replace(view, label=pseudonym)


def _withhold_groups_named_after_protected_persons(policy: Policy) -> None:
    """A named group whose name holds a protected person's name ("Фонд Амира Касымова",
    "#FreeAmir initiative") would disclose that person: it is withheld instead."""
    protected: NameIndex[int] = NameIndex()
    for view in policy.persons.values():
        if not view.named and view.person.kind == "individual":
            for name in _protected_names(view.person):
                for word in name_words(name):
                    protected.add(word, view.person.id or 0)
    for pid, view in policy.persons.items():
        if not view.named or view.person.kind == "individual":
            continue
        keys = [t.key for name in view.person.all_names() for t in tokenize(name) if t.is_word]
        if any(protected.lookup(key) for key in keys):
            policy.persons[pid] = dataclasses.replace(
                view,
                shown="withheld",
                rule="group_holds_name",
                label=policy.placeholders["withheld_name"],
            )


def _protected_names(person: Person) -> list[str]:
    """Every name of a person that redaction withholds when the person is protected."""
    return [*person.all_names(), *person.former_names]


def _origin(kind: str, record: object, field_name: str) -> Origin:
    return Origin(kind, getattr(record, "id", None), getattr(record, "ref", ""), field_name)


def _protect_person(view: PersonView, add: _Add) -> None:
    person = view.person
    origin = _origin("person", person, "name")
    if not view.named:
        category = "name" if view.shown == "pseudonym" else "withheld_name"
        for name in person.all_names():
            _protect_name(name, person, category, view.rule, origin, view.label, add)
    # Former names (a deadname) are never disclosed, even for a person shown by name:
    # they read as the person's current label.
    former_origin = _origin("person", person, "former_names")
    current = _current_words(person)
    for name in person.former_names:
        _protect_name(
            name, person, "former_name", "former_names_never", former_origin, view.label, add,
            skip_words=current,
        )  # fmt: skip


def _protect_name(
    name: str,
    person: Person,
    category: str,
    rule: str,
    origin: Origin,
    label: str,
    add: _Add,
    skip_words: NameIndex[int] | None = None,
) -> None:
    add(Protected(name, "phrase", category, rule, origin, label, person.id))
    if person.kind != "individual":
        # A group's name is found whole: its words ("Almaty", "Initiative") are
        # ordinary words that must not turn into a pseudonym everywhere.
        return
    for token in name_words(name):
        if skip_words is not None and any(skip_words.lookup(k) for k in _keys(token)):
            continue  # also a word of a name in use (a shared surname): the phrase guards
        add(Protected(token, "part", category, rule, origin, label, person.id))


def _current_words(person: Person) -> NameIndex[int]:
    index: NameIndex[int] = NameIndex()
    for name in person.all_names():
        for word in name_words(name):
            index.add(word, 0)
    return index


def _keys(word: str) -> list[str]:
    return [t.key for t in tokenize(word) if t.is_word]


def name_words(name: str) -> list[str]:
    """The words of a name, without initials ("А. С. Секербаева" → Секербаева): an
    initial is in every text, and redaction takes it along with the name it stands by."""
    return [w for w in re.findall(r"[^\W\d_]+", name) if len(w) > 1 or f"{w}." not in name]


# Words every export prints (the automatic labels' and the placeholders', in every
# document language): a name word equal to one ("Witness", "Témoin") is not matched on
# its own.
DOCUMENT_WORDS = frozenset(LABEL_WORDS) | frozenset(
    w
    for language in LANGUAGES
    for text in (
        *catalogue(language).placeholders.values(),
        *catalogue(language).role_labels.values(),
        MARKED,
    )
    for w in words(text)
)


def _protect_private(person: Person, add: _Add, placeholders: dict[str, str]) -> None:
    """Contact details and private notes, by the whole field, by its items or sentences,
    and by every identifying value in it (a phone by its digits in any format, an e-mail,
    a handle, ID numbers, an address), so that the value is found however it is written
    elsewhere."""
    for text, split, category, rule, field_name in (
        (person.contact, _list_items, "contact", "contact_never", "contact"),
        (person.private_notes, sentences, "private_note", "notes_never", "private_notes"),
    ):
        origin = _origin("person", person, field_name)
        fragments = _fragments(text, split, whole_list=category == "contact")
        for fragment in dict.fromkeys([*fragments, *values(text)]):
            add(Protected(fragment, "phrase", category, rule, origin, placeholders[category]))


def _list_items(text: str) -> list[str]:
    return _LIST_ITEMS.split(text)


def _protect_source(policy: Policy, add: _Add) -> None:
    source = policy.snapshot.case.source
    if source is None:
        return
    case = policy.snapshot.case
    origin = Origin("source", case.id, case.ref, "contact")
    contact = _fragments(source.contact, _list_items, whole_list=True)
    for fragment in dict.fromkeys([*contact, *values(source.contact)]):
        add(
            Protected(
                fragment,
                "phrase",
                "contact",
                "contact_never",
                origin,
                policy.placeholders["contact"],
            )
        )
    if source.name:
        # The source stands only on its confidential page (ohchr) or nowhere (public):
        # its name is withheld from every free text of both.
        origin = Origin("source", case.id, case.ref, "name")
        placeholder = policy.placeholders["source"]
        rule = policy.profile.source_rule
        add(Protected(source.name, "phrase", "source", rule, origin, placeholder))
        if source.kind == "individual":
            for token in name_words(source.name):
                add(Protected(token, "part", "source", rule, origin, placeholder))


def _protect_statements(policy: Policy, add: _Add) -> None:
    """A confidential statement is not exported; its sentences are withheld where they
    are repeated (a narrative quoting it)."""
    placeholder = policy.placeholders["private_note"]
    for statement in policy.snapshot.statements:
        if statement.confidential:  # the data, not the decision: a check must not share it
            for field_name, text in _versions(statement, "text"):
                origin = _origin("statement", statement, field_name)
                for fragment in _fragments(text, sentences):
                    add(
                        Protected(
                            fragment, "phrase", "statement", "confidential_statement", origin,
                            placeholder,
                        )
                    )  # fmt: skip


def _protect_evidence(policy: Policy, add: _Add) -> None:
    """The description of evidence a profile does not describe (confidential, photos
    without consent, files of a withheld injury): withheld where it is repeated. Decided
    from the records, not from :meth:`Policy.evidence_listing`, so that a listing that
    goes wrong is caught by the leak check."""
    placeholder = policy.placeholders["private_note"]
    for item in policy.snapshot.evidence:
        medical = policy._evidence_of_withheld_injury(item)
        hidden = item.confidential or policy._photo_without_consent(item)
        # ohchr lists confidential items and photos by description; public omits them.
        omitted = policy.profile.restricted_evidence == "omitted"
        if not (medical or (hidden and omitted)):
            continue
        for field_name, text in _versions(item, "description"):
            origin = _origin("evidence", item, field_name)
            for fragment in _fragments(text, sentences):
                add(
                    Protected(
                        fragment, "phrase", "evidence", "restricted_evidence", origin, placeholder
                    )
                )


def _protect_medical(policy: Policy, add: _Add) -> None:
    medical_rule = policy.profile.medical_rule
    examiner_rule = policy.profile.examiner_withheld_by
    for injury in policy.snapshot.injuries:
        withheld = policy.medical_withheld(injury)
        for name in ("description", "body_location", "examined_by", "facility"):
            for field_name, value in _versions(injury, name):
                _protect_injury_field(
                    policy, add, injury, field_name, value, withheld, medical_rule, examiner_rule
                )


def _protect_injury_field(
    policy: Policy,
    add: _Add,
    injury: Injury,
    field_name: str,
    value: str | None,
    withheld: bool,
    medical_rule: str,
    examiner_rule: str | None,
) -> None:
    """One field of an injury (or its translation), as :func:`_protect_medical` says."""
    origin = _origin("injury", injury, field_name)
    if withheld:
        placeholder = policy.placeholders["medical"]
        for fragment in _fragments(value, sentences):
            add(Protected(fragment, "phrase", "medical", medical_rule, origin, placeholder))
    elif field_name.endswith("examined_by") and examiner_rule is not None and value:
        placeholder = policy.placeholders["withheld_name"]
        add(Protected(value, "phrase", "withheld_name", examiner_rule, origin, placeholder))


def _protect_places(policy: Policy, add: _Add) -> None:
    rule = policy.profile.place_withheld_by
    if rule is None:
        return
    for incident in policy.snapshot.incidents:
        place = incident.location.place
        if not place:
            continue
        coarse = {
            phrase_keys(v) for v in (incident.location.locality, incident.location.region) if v
        }
        if phrase_keys(place) in coarse:
            continue  # the "place" is just the city: nothing more exact to withhold
        for field_name, text in _versions(incident, "location.place"):
            origin = _origin("incident", incident, field_name)
            add(Protected(text, "phrase", "place", rule, origin, policy.placeholders["place"]))


def _marked_passages(
    snapshot: CaseSnapshot, parsed: dict[str, Markup]
) -> Iterable[tuple[str, Origin]]:
    """Every passage marked ``[[redact: …]]`` in any text field of any record; each text
    that holds markup is parsed once, into ``parsed``."""
    records: list[tuple[str, object]] = [("case", snapshot.case)]
    if snapshot.case.source is not None:
        records.append(("source", snapshot.case.source))
    for kind, items in snapshot.kinds():
        records += [(kind, item) for item in items]
    for kind, record in records:
        for f in dataclasses.fields(record):  # type: ignore[arg-type]
            value = getattr(record, f.name)
            if isinstance(value, Location):
                values = [(f"location.{k}", v) for k, v in vars(value).items()]
            elif f.name == "translations":
                values = [
                    (translation_field(language, name), text)
                    for language, texts in value.items()
                    for name, text in texts.items()
                ]
            else:
                values = [(f.name, value)]
            for field_name, text in values:
                if isinstance(text, str) and "redact" in text.casefold():
                    if text not in parsed:
                        parsed[text] = find_marked(text)
                    passages, _ = parsed[text]
                    origin = _origin(kind, record, field_name)
                    yield from ((p.content, origin) for p in passages if p.content)


def _versions(record: object, field_name: str) -> list[tuple[str, str]]:
    """The text of ``record``'s field and of each of its translations, by where each is
    (``description``, ``translations.en.description``): what protects the field protects
    its translations alike, whichever language the document is in."""
    found = [(field_name, field_value(record, field_name))]
    for language, texts in getattr(record, "translations", {}).items():
        if texts.get(field_name):
            found.append((translation_field(language, field_name), texts[field_name]))
    return [(name, text) for name, text in found if isinstance(text, str) and text.strip()]


def _fragments(
    text: str | None, split: Callable[[str], list[str]], *, whole_list: bool = False
) -> list[str]:
    """The whole text and its parts that are specific enough to look for alone."""
    if not text or not text.strip():
        return []
    found = [text.strip()]
    for part in split(text):
        part = part.strip()
        keys = phrase_keys(part)
        specific = len(keys) >= _MIN_FRAGMENT_WORDS or sum(map(len, keys)) >= _MIN_FRAGMENT_CHARS
        if part and (whole_list or specific) and part not in found:
            found.append(part)
    return found


def _usable(terms: list[Protected]) -> list[Protected]:
    """Drop duplicates and phrases too short to look for (parts are checked later)."""
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    usable = []
    for term in terms:
        keys = phrase_keys(term.text)
        if term.kind == "phrase" and sum(map(len, keys)) < MIN_PHRASE_CHARS:
            continue
        identity = (term.kind, term.category + term.placeholder + str(term.person_id), keys)
        if keys and identity not in seen:
            seen.add(identity)
            usable.append(term)
    return usable
