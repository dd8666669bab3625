"""The independent leak check (issue "Redaction you can prove").

It shares no matching code with the redactor (``scripts``, ``matching``, ``inflection``,
``redaction``, ``detector``): its own reading of the PDF (:mod:`.reading`), its own
normalisation (:mod:`.fold`) and its own search (:mod:`.check`). It shares only the list
of protected terms, which the policy produces (:mod:`.terms`). An import-linter contract
in the test run keeps it that way.
"""

from logbook.export.leakcheck.check import CheckSummary, Hit, LeakCheck, LeakDetected
from logbook.export.leakcheck.terms import Exemptions, Term

__all__ = ["CheckSummary", "Exemptions", "Hit", "LeakCheck", "LeakDetected", "Term"]
