"""The Russian and Kazakh demo case (docs/demo-case-ru.json, used for the screenshots)
exports in both profiles with no findings, and its names leave no trace in any form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.export.conftest import Export

DEMO = Path(__file__).resolve().parents[2] / "docs" / "demo-case-ru.json"


@pytest.mark.parametrize("profile", ["ohchr", "public"])
def test_demo_case_exports_without_findings(exported: Export, profile: str) -> None:
    doc = json.loads(DEMO.read_text(encoding="utf-8"))
    result = exported(doc, profile, accept=False)  # a finding would stop the export
    text = result.folded()
    # The witness never consented: a pseudonym in both. The victim agreed to be named to
    # the UN only.
    assert "ерлан" not in text and "erlan" not in text and "witness 1" in text
    victim_named = "примеров" in text
    assert victim_named == (profile == "ohchr")
    assert ("victim a" in text) == (profile == "public")
    assert "кровоподтёк" not in text and "предплечье" not in text  # medically confidential
    assert "urgent appeal" in text  # one incident is ongoing
