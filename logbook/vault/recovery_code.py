"""Recovery codes: 150 random bits shown once at creation, as six groups of five.

Crockford base32 (no I, L, O, U) so a code copied by hand survives: reading it back
ignores case, spaces and dashes, and takes O for 0 and I or L for 1.
"""

from __future__ import annotations

import secrets

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUPS, _GROUP_LEN = 6, 5
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def generate() -> str:
    chars = [secrets.choice(_ALPHABET) for _ in range(_GROUPS * _GROUP_LEN)]
    groups = ["".join(chars[i : i + _GROUP_LEN]) for i in range(0, len(chars), _GROUP_LEN)]
    return "-".join(groups)


def normalize(text: str) -> str:
    """The canonical form of a code as typed, or the cleaned text if it cannot be one.

    A mistyped code is not rejected here: it simply fails to open the recovery slot.
    """
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_CONFUSABLE)
    if len(cleaned) != _GROUPS * _GROUP_LEN or any(c not in _ALPHABET for c in cleaned):
        return cleaned
    return "-".join(cleaned[i : i + _GROUP_LEN] for i in range(0, len(cleaned), _GROUP_LEN))
