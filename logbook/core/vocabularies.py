"""Closed vocabularies of the case model (``interchange.md`` lists the same values).

Each is a tuple so the order is the order shown to users. An unknown value is always an
error that names the field and lists the allowed values.
"""

from __future__ import annotations

MANDATES = (
    "SR_HRD",
    "SR_EXPRESSION",
    "SR_ASSEMBLY",
    "IE_SOGI",
    "WGAD",
    "SR_TORTURE",
    "SR_VAW",
    "SR_PRIVACY",
    "SR_HEALTH",
    "SR_INDEPENDENCE_JUDGES",
)
COMMUNICATION_TYPES = ("auto", "urgent_appeal", "allegation_letter", "other_letter")
ACTOR_KINDS = ("individual", "group", "organisation")
DATE_PRECISIONS = ("day", "month", "year", "unknown")
ROLES = ("victim", "witness", "alleged_perpetrator", "source", "other")
PERPETRATOR_TYPES = (
    "police",
    "security_service",
    "prosecutor",
    "court",
    "prison_staff",
    "local_government",
    "national_government",
    "military",
    "private_individual",
    "organised_group",
    "media",
    "unknown",
)
VIOLATIONS = (
    "arbitrary_arrest",
    "arbitrary_detention",
    "physical_assault",
    "sexual_violence",
    "torture_or_ill_treatment",
    "threat",
    "hate_speech",
    "harassment",
    "surveillance",
    "privacy_violation",
    "disclosure_of_medical_data",
    "disruption_of_assembly",
    "denial_of_registration",
    "judicial_harassment",
    "fine_or_administrative_sanction",
    "denial_of_legal_counsel",
    "denial_of_medical_care",
    "defamation_or_smear",
    "censorship",
    "eviction_or_loss_of_livelihood",
    "other",
)
INJURY_TYPES = (
    "bruise",
    "abrasion",
    "laceration",
    "burn",
    "fracture",
    "sprain",
    "head_injury",
    "psychological",
    "other",
)
CONSISTENCY_LEVELS = (
    "not_consistent",
    "consistent_with",
    "highly_consistent",
    "typical_of",
    "diagnostic_of",
    "not_assessed",
)
REMEDY_TYPES = (
    "police_complaint",
    "prosecutor_complaint",
    "court_case",
    "appeal",
    "ombudsman",
    "administrative_complaint",
    "other",
)
REMEDY_STATUSES = (
    "pending",
    "no_action",
    "dismissed",
    "closed",
    "decided_in_favour",
    "decided_against",
    "unknown",
)


def check_choice(value: object, allowed: tuple[str, ...], field: str) -> str | None:
    """Return a message if ``value`` is not one of ``allowed``, else ``None``."""
    if value in allowed:
        return None
    return f"unknown value {value!r} for {field}; allowed: {', '.join(allowed)}"
