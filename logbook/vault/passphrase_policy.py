"""Passphrase strength, judged by zxcvbn (a real estimator, not a length rule)."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from logbook.core.errors import WeakPassphrase

MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable", about 10^8 guesses or more
_CONTEXT = ["logbook", "vault", "password", "passphrase", "пароль", "құпиясөз"]
# zxcvbn refuses more than 72 characters (and is quadratic in length): a longer
# passphrase is judged by parts of at most this many characters, cut at spaces.
_PART = 72
# Parts judged at most: a passphrase is at least as strong as its strongest part, and
# past a few hundred characters the rest only adds to it.
_MAX_PARTS = 8


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (trivial) … 4 (very strong)
    warning: str
    suggestions: list[str]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def estimate(passphrase: str) -> Strength:
    """The strength of ``passphrase``: zxcvbn's, of the whole if it is short enough for
    zxcvbn (72 characters), else of its strongest part (a lower bound: guessing the
    whole takes at least as long as guessing any part of it). Any length is accepted."""
    if not passphrase:
        return Strength(0, "The passphrase is empty.", [])
    results = [zxcvbn(part, user_inputs=_CONTEXT) for part in _parts(passphrase)]
    best = max(results, key=lambda result: result["score"])
    feedback = best["feedback"]
    return Strength(best["score"], feedback["warning"] or "", list(feedback["suggestions"]))


def _parts(passphrase: str) -> list[str]:
    """``passphrase`` in parts zxcvbn takes: cut at the last space before the limit
    where there is one, else at the limit; at most :data:`_MAX_PARTS`."""
    parts: list[str] = []
    rest = passphrase
    while rest and len(parts) < _MAX_PARTS:
        if len(rest) <= _PART:
            parts.append(rest)
            break
        cut = rest.rfind(" ", 1, _PART + 1)
        cut = cut if cut > 0 else _PART
        parts.append(rest[:cut])
        rest = rest[cut:].lstrip(" ")
    return [part for part in parts if part]


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
