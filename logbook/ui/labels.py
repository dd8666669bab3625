"""Human labels for the closed vocabularies, translated ("Labels" context).

The stored values stay the English identifiers of ``logbook.core.vocabularies``; only what
the user reads is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logbook.ui.i18n import QT_TRANSLATE_NOOP

_T = "Labels"

_TEXT: dict[str, str] = {
    # mandates
    "SR_HRD": QT_TRANSLATE_NOOP("Labels", "Special Rapporteur on human rights defenders"),
    "SR_EXPRESSION": QT_TRANSLATE_NOOP("Labels", "Special Rapporteur on freedom of expression"),
    "SR_ASSEMBLY": QT_TRANSLATE_NOOP(
        "Labels", "Special Rapporteur on freedom of peaceful assembly and of association"
    ),
    "IE_SOGI": QT_TRANSLATE_NOOP(
        "Labels", "Independent Expert on sexual orientation and gender identity"
    ),
    "WGAD": QT_TRANSLATE_NOOP("Labels", "Working Group on Arbitrary Detention"),
    "SR_TORTURE": QT_TRANSLATE_NOOP("Labels", "Special Rapporteur on torture"),
    "SR_VAW": QT_TRANSLATE_NOOP("Labels", "Special Rapporteur on violence against women"),
    "SR_PRIVACY": QT_TRANSLATE_NOOP("Labels", "Special Rapporteur on the right to privacy"),
    "SR_HEALTH": QT_TRANSLATE_NOOP("Labels", "Special Rapporteur on the right to health"),
    "SR_INDEPENDENCE_JUDGES": QT_TRANSLATE_NOOP(
        "Labels", "Special Rapporteur on the independence of judges and lawyers"
    ),
    # communication types
    "auto": QT_TRANSLATE_NOOP("Labels", "Automatic (urgent appeal if anything is ongoing)"),
    "urgent_appeal": QT_TRANSLATE_NOOP("Labels", "Urgent appeal"),
    "allegation_letter": QT_TRANSLATE_NOOP("Labels", "Allegation letter"),
    "other_letter": QT_TRANSLATE_NOOP("Labels", "Other letter"),
    # actor kinds
    "individual": QT_TRANSLATE_NOOP("Labels", "Individual"),
    "group": QT_TRANSLATE_NOOP("Labels", "Group"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    # date precisions
    "day": QT_TRANSLATE_NOOP("Labels", "Exact day"),
    "month": QT_TRANSLATE_NOOP("Labels", "Month"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # roles
    "victim": QT_TRANSLATE_NOOP("Labels", "Victim"),
    "witness": QT_TRANSLATE_NOOP("Labels", "Witness"),
    "alleged_perpetrator": QT_TRANSLATE_NOOP("Labels", "Alleged perpetrator"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # perpetrator types
    "police": QT_TRANSLATE_NOOP("Labels", "Police"),
    "security_service": QT_TRANSLATE_NOOP("Labels", "Security service"),
    "prosecutor": QT_TRANSLATE_NOOP("Labels", "Prosecutor"),
    "court": QT_TRANSLATE_NOOP("Labels", "Court"),
    "prison_staff": QT_TRANSLATE_NOOP("Labels", "Prison staff"),
    "local_government": QT_TRANSLATE_NOOP("Labels", "Local government"),
    "national_government": QT_TRANSLATE_NOOP("Labels", "National government"),
    "military": QT_TRANSLATE_NOOP("Labels", "Military"),
    "private_individual": QT_TRANSLATE_NOOP("Labels", "Private individual"),
    "organised_group": QT_TRANSLATE_NOOP("Labels", "Organised group"),
    "media": QT_TRANSLATE_NOOP("Labels", "Media"),
    # violations
    "arbitrary_arrest": QT_TRANSLATE_NOOP("Labels", "Arbitrary arrest"),
    "arbitrary_detention": QT_TRANSLATE_NOOP("Labels", "Arbitrary detention"),
    "physical_assault": QT_TRANSLATE_NOOP("Labels", "Physical assault"),
    "sexual_violence": QT_TRANSLATE_NOOP("Labels", "Sexual violence"),
    "torture_or_ill_treatment": QT_TRANSLATE_NOOP("Labels", "Torture or ill-treatment"),
    "threat": QT_TRANSLATE_NOOP("Labels", "Threat"),
    "hate_speech": QT_TRANSLATE_NOOP("Labels", "Hate speech"),
    "harassment": QT_TRANSLATE_NOOP("Labels", "Harassment"),
    "surveillance": QT_TRANSLATE_NOOP("Labels", "Surveillance"),
    "privacy_violation": QT_TRANSLATE_NOOP("Labels", "Violation of privacy"),
    "disclosure_of_medical_data": QT_TRANSLATE_NOOP("Labels", "Disclosure of medical data"),
    "disruption_of_assembly": QT_TRANSLATE_NOOP("Labels", "Disruption of an assembly"),
    "denial_of_registration": QT_TRANSLATE_NOOP("Labels", "Denial of registration"),
    "judicial_harassment": QT_TRANSLATE_NOOP("Labels", "Judicial harassment"),
    "fine_or_administrative_sanction": QT_TRANSLATE_NOOP(
        "Labels", "Fine or administrative sanction"
    ),
    "denial_of_legal_counsel": QT_TRANSLATE_NOOP("Labels", "Denial of legal counsel"),
    "denial_of_medical_care": QT_TRANSLATE_NOOP("Labels", "Denial of medical care"),
    "defamation_or_smear": QT_TRANSLATE_NOOP("Labels", "Defamation or smear campaign"),
    "censorship": QT_TRANSLATE_NOOP("Labels", "Censorship"),
    "eviction_or_loss_of_livelihood": QT_TRANSLATE_NOOP("Labels", "Eviction or loss of livelihood"),
    # injury types
    "bruise": QT_TRANSLATE_NOOP("Labels", "Bruise"),
    "abrasion": QT_TRANSLATE_NOOP("Labels", "Abrasion"),
    "laceration": QT_TRANSLATE_NOOP("Labels", "Laceration"),
    "burn": QT_TRANSLATE_NOOP("Labels", "Burn"),
    "fracture": QT_TRANSLATE_NOOP("Labels", "Fracture"),
    "sprain": QT_TRANSLATE_NOOP("Labels", "Sprain"),
    "head_injury": QT_TRANSLATE_NOOP("Labels", "Head injury"),
    "psychological": QT_TRANSLATE_NOOP("Labels", "Psychological"),
    # Istanbul Protocol consistency
    "not_consistent": QT_TRANSLATE_NOOP("Labels", "Not consistent"),
    "consistent_with": QT_TRANSLATE_NOOP("Labels", "Consistent with"),
    "highly_consistent": QT_TRANSLATE_NOOP("Labels", "Highly consistent"),
    "typical_of": QT_TRANSLATE_NOOP("Labels", "Typical of"),
    "diagnostic_of": QT_TRANSLATE_NOOP("Labels", "Diagnostic of"),
    "not_assessed": QT_TRANSLATE_NOOP("Labels", "Not assessed"),
    # remedy types
    "police_complaint": QT_TRANSLATE_NOOP("Labels", "Complaint to the police"),
    "prosecutor_complaint": QT_TRANSLATE_NOOP("Labels", "Complaint to the prosecutor"),
    "court_case": QT_TRANSLATE_NOOP("Labels", "Court case"),
    "appeal": QT_TRANSLATE_NOOP("Labels", "Appeal"),
    "ombudsman": QT_TRANSLATE_NOOP("Labels", "Ombudsperson"),
    "administrative_complaint": QT_TRANSLATE_NOOP("Labels", "Administrative complaint"),
    # remedy statuses
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "no_action": QT_TRANSLATE_NOOP("Labels", "No action taken"),
    "dismissed": QT_TRANSLATE_NOOP("Labels", "Dismissed"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "decided_in_favour": QT_TRANSLATE_NOOP("Labels", "Decided in favour"),
    "decided_against": QT_TRANSLATE_NOOP("Labels", "Decided against"),
    # how each export profile shows a person
    "name": QT_TRANSLATE_NOOP("Labels", "Named"),
    "pseudonym": QT_TRANSLATE_NOOP("Labels", "Pseudonym"),
    "withheld": QT_TRANSLATE_NOOP("Labels", "Withheld"),
}


def label(value: str) -> str:
    """The translated label of a vocabulary value (the value itself if it has none)."""
    text = _TEXT.get(value)
    return QCoreApplication.translate(_T, text) if text else value
