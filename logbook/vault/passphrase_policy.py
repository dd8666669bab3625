"""Passphrase strength, judged by zxcvbn (a real estimator, not a length rule)."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from logbook.core.errors import WeakPassphrase

MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable", about 10^8 guesses or more
_CONTEXT = ["logbook", "vault", "password", "passphrase", "пароль", "құпиясөз"]
# zxcvbn is quadratic in length; past this many characters the extra text only helps.
_ESTIMATE_PREFIX = 100


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (trivial) … 4 (very strong)
    warning: str
    suggestions: list[str]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, "The passphrase is empty.", [])
    result = zxcvbn(passphrase[:_ESTIMATE_PREFIX], user_inputs=_CONTEXT)
    feedback = result["feedback"]
    return Strength(result["score"], feedback["warning"] or "", list(feedback["suggestions"]))


def require_strong(passphrase: str) -> None:
    """Raise :class:`WeakPassphrase` explaining why, unless the passphrase is strong."""
    strength = estimate(passphrase)
    if strength.acceptable:
        return
    reasons = " ".join(filter(None, [strength.warning, *strength.suggestions]))
    raise WeakPassphrase(
        f"This passphrase is too easy to guess (strength {strength.score} of 4, "
        f"at least {MIN_SCORE} needed). {reasons or 'Add more unusual words.'}".rstrip()
    )
