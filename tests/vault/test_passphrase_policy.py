"""Long passphrases are the kind we recommend: any length is judged, none crashes the
estimator (zxcvbn refuses more than 72 characters), in the vault's check, the command
line and the app's meter (issue 16, point 2)."""

from __future__ import annotations

import pytest

from logbook.core.errors import WeakPassphrase
from logbook.vault.passphrase_policy import _parts, estimate, require_strong

WORDS = "лунный кот танцует над рекой в полночь сорок два раза и уходит домой спать "
LATIN = "correct horse battery staple zebra quantum lantern orbit walnut meadow "


def long(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length].strip()


@pytest.mark.parametrize("length", [73, 500, 10_000])
@pytest.mark.parametrize("words", [WORDS, LATIN], ids=["cyrillic", "latin"])
def test_a_long_passphrase_is_judged_and_accepted(length: int, words: str) -> None:
    passphrase = long(words, length)
    assert len(passphrase) >= length - 1
    assert estimate(passphrase).acceptable
    require_strong(passphrase)  # does not raise


@pytest.mark.parametrize("length", [73, 500, 10_000])
def test_a_long_but_guessable_passphrase_is_refused(length: int) -> None:
    with pytest.raises(WeakPassphrase, match="too easy to guess"):
        require_strong("a" * length)


def test_parts_are_cut_at_spaces_and_fit_the_estimator() -> None:
    passphrase = long(WORDS, 500)
    parts = _parts(passphrase)
    assert all(0 < len(part) <= 72 for part in parts)
    assert " ".join(parts) == passphrase  # nothing lost but the spaces it was cut at
    assert _parts("x" * 150) == ["x" * 72, "x" * 72, "x" * 6]  # no space: cut at 72
