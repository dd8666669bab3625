"""The app's strength meter takes a passphrase longer than the estimator's 72 characters
(issue 16, point 2)."""

from __future__ import annotations

import pytest

from logbook.ui.passphrase_fields import NewPassphraseFields
from tests.vault.test_passphrase_policy import WORDS, long


@pytest.mark.parametrize("length", [73, 10_000])
def test_the_apps_meter_takes_a_long_passphrase(qtbot, length: int) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    text = long(WORDS, length)
    fields.passphrase.setText(text)
    fields.confirmation.setText(text)
    assert fields.meter.value() >= 3
