"""Export profiles are data (logbook/core/profiles.py): a third profile needs only its
registry entry plus its wording.

The "state" profile here (what may be sent to the Government) exists for these tests
only: the ``state_profile`` fixture registers it and its wording and removes them after.
It names persons only with consent to disclose their identity to the State, never gives
the source or medical details, lists restricted evidence by hash only and has its own
marking — and the real pipeline applies all of it, with no change to the export code.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from logbook.cli import build_parser
from logbook.core.disclosure import decide
from logbook.core.model import Consent, Person
from logbook.core.profiles import PROFILES, Profile, profile
from logbook.export import labels, rules, sections
from logbook.export.report_text import en as report_en
from tests.export.conftest import Export, example

STATE = Profile(
    name="state",
    purpose="what may be sent to the Government",
    title="State: for the Government",
    note="For the Government: only persons who agreed to be named to the State are named.",
    column_title="In State export",
    marking="state",
    banner="state",
    named_with="disclose_to_state",
    consent_rule="consent_state",
    ask_to_keep_from_state=False,
    individual_perpetrators="withheld",
    perpetrator_rule="perpetrator_state",
    source="never",
    source_rule="source_never_state",
    source_person_withheld_by="source_state",
    place_withheld_by=None,
    medical="never",
    medical_rule="medical_never_state",
    restricted_evidence="hash_only",
    confidential_evidence_rule="confidential_evidence_ohchr",
    photo_consent_rule="photo_consent_ohchr",
    examiner_withheld_by=None,
    reference_withheld_by=None,
    orientation_withheld_by="orientation_state",
    pseudonym_affiliation_withheld_by="affiliation_state",
)

MARKING = "RESTRICTED — for the Government, persons named only with their consent"
BANNER = (
    "VERSION FOR THE STATE. Persons who did not agree to be named to the State appear by pseudonym."
)

# The wording of its new rule keys: what the report says ...
RULE_WORDS = {
    "consent_state": "named only with consent to disclose their identity to the State",
    "perpetrator_state": "individual alleged perpetrators are not named to the State",
    "source_never_state": "the source never appears in the version for the State",
    "source_state": "the source never appears in the version for the State",
    "medical_never_state": "medical details are never given to the State",
    "orientation_state": "sexual orientation is not given to the State",
    "affiliation_state": "the affiliation of a person shown by pseudonym is not given to the State",
}
# ... and its line in the redaction notice: the line of a rule of the same kind.
NOTICE_AS = {
    "consent_state": "consent_un",
    "perpetrator_state": "perpetrator_public",
    "source_never_state": "source_never_public",
    "source_state": "consent_un",
    "medical_never_state": "medical_consent",
    "orientation_state": "orientation_public",
    "affiliation_state": "affiliation_public",
}


@pytest.fixture
def state_profile(monkeypatch: pytest.MonkeyPatch) -> Profile:
    """The "state" profile registered, with its wording, for one test."""
    monkeypatch.setitem(PROFILES, STATE.name, STATE)
    monkeypatch.setitem(labels.PROFILE_MARKINGS, STATE.marking, MARKING)
    monkeypatch.setitem(labels.BANNERS, STATE.banner, BANNER)
    for key, words in RULE_WORDS.items():
        monkeypatch.setitem(rules.RULES, key, words)
        # The report's English words were read from RULES once: a profile added later
        # (as here) brings its words to the catalogues too.
        monkeypatch.setitem(report_en.MESSAGES, f"rule.{key}", words)
        monkeypatch.setitem(sections.NOTICE, key, sections.NOTICE[NOTICE_AS[key]])
    return STATE


def _state_case() -> dict[str, Any]:
    """The example case, with what sets the state profile apart from the others: a
    witness who agreed to be named to the UN but not to the State, an injury whose
    medical details the victim agreed to share, a private individual among the alleged
    perpetrators, the victim's sexual orientation, and a confidential document."""
    doc = example()
    victim, _, witness = doc["persons"]
    victim["sexual_orientation"] = "lesbian"
    witness["consent"] |= {"share_with_un": True, "disclose_to_state": False}
    doc["persons"].append(
        {"id": "p4", "kind": "individual", "name": "Bolat Zhaksybekov", "is_minor": False}
    )
    incident = doc["incidents"][0]
    incident["involvements"].append(
        {"person": "p4", "role": "alleged_perpetrator", "perpetrator_type": "private_individual",
         "state_actor": False}
    )  # fmt: skip
    incident["injuries"].append(
        {"id": "inj2", "person": "p1", "type": "laceration", "body_location": "right eyebrow",
         "description": "a cut above the right eyebrow", "examined_by": "Dr. Tolegenova",
         "facility": "regional hospital", "consistency": "consistent_with",
         "medically_confidential": False}
    )  # fmt: skip
    victim["consent"]["medical_details"] = True
    doc["evidence"].append(
        {"id": "e2", "filename": "complaint.pdf", "media_type": "application/pdf",
         "sha256": "ab" * 32, "description": "copy of the complaint", "confidential": True}
    )  # fmt: skip
    return doc


def test_the_registry_holds_the_two_profiles_with_known_rules() -> None:
    assert list(PROFILES) == ["ohchr", "public"]
    for each in PROFILES.values():
        assert profile(each.name) is each
        assert each.rule_keys() <= set(rules.RULES), each.name
        assert each.marking in labels.PROFILE_MARKINGS and each.banner in labels.BANNERS
        # Every rule that withholds has its line in the notice (perpetrator_ohchr names).
        assert each.rule_keys() - {"perpetrator_ohchr"} <= set(sections.NOTICE)


def test_an_unknown_profile_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"unknown export profile 'press' .*ohchr, public"):
        profile("press")


def test_the_cli_offers_the_registered_profiles_and_refuses_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["export", str(tmp_path), "--case", "c", "--out", str(tmp_path / "x.pdf")]
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([*argv, "--profile", "press"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'press'" in err and "'ohchr'" in err and "'public'" in err


def test_a_source_that_never_appears_must_withhold_the_source_person() -> None:
    with pytest.raises(ValueError, match="source"):
        dataclasses.replace(STATE, source_person_withheld_by=None)


def test_a_registered_profile_reaches_the_cli(state_profile: Profile, tmp_path: Path) -> None:
    argv = ["export", str(tmp_path), "--case", "c", "--out", str(tmp_path / "x.pdf")]
    assert build_parser().parse_args([*argv, "--profile", "state"]).profile == "state"
    assert "state: what may be sent to the Government" in " ".join(_export_help().split())
    assert profile("state") is state_profile


def _export_help() -> str:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.choices and "export" in a.choices)
    assert isinstance(commands.choices, dict)
    return str(commands.choices["export"].format_help())


def test_a_third_profile_exports_end_to_end(state_profile: Profile, exported: Export) -> None:
    doc = _state_case()
    ohchr = exported(doc, "ohchr").folded()
    result = exported(doc, "state")  # raises if the leak check finds a protected term
    text = result.folded()

    assert MARKING.casefold() in text and BANNER.casefold() in text
    assert "submission to ohchr, not for publication" not in text
    # Named with consent to disclose to the State; the witness agreed to the UN only.
    assert "aigerim example" in text
    assert "daniyar" in ohchr and "daniyar" not in text and "данияр" not in text
    # A private individual among the alleged perpetrators: withheld.
    assert "zhaksybekov" in ohchr and "zhaksybekov" not in text and "[name withheld]" in text
    # No source, not even its page.
    assert "source of the information" in ohchr and "source of the information" not in text
    assert "example collective" not in text
    # No medical details, even with the victim's consent.
    assert "right eyebrow" in ohchr and "tolegenova" in ohchr
    for detail in ("right eyebrow", "cut above", "tolegenova", "regional hospital"):
        assert detail not in text, detail
    assert text.count("an injury was documented; medical details withheld") == 2
    assert "lesbian" in ohchr and "lesbian" not in text
    # Confidential evidence: listed by hash only (the photo of an injury without its
    # description, as the medical details are withheld).
    assert text.count("listed by description and hash only") == 2
    assert all(item["sha256"] in text for item in doc["evidence"])
    assert "copy of the complaint" in text and "photo of the bruise" not in text

    report = result.report
    assert report.profile == "state" and report.verification == "passed"
    applied = set(report.rules_applied)
    assert {"perpetrator_state", "source_never_state", "medical_never_state"} <= applied
    assert {"orientation_state", "medical_evidence", "confidential_evidence_ohchr"} <= applied
    assert [p.rule for p in report.persons if p.shown == "pseudonym"] == ["consent_state"]
    assert "named only with consent to disclose their identity to the state" in (
        report.text().casefold()
    )


def test_the_state_profile_names_by_its_own_consent(state_profile: Profile) -> None:
    person = Person(case_id=1, name="X Y", consent=Consent(share_with_un=True))
    assert decide(person, {"victim"}, "ohchr") == ("name", "consent_un")
    assert decide(person, {"victim"}, "state") == ("pseudonym", "consent_state")
    assert decide(person, {"source"}, "state") == ("pseudonym", "source_state")
    assert decide(person, {"alleged_perpetrator"}, "state") == ("withheld", "perpetrator_state")
