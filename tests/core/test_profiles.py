"""Export profiles are read as data everywhere: no code outside the registry
(logbook/core/profiles.py) compares a profile's name or builds a rule key from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from logbook.core.profiles import PROFILES

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = Path("logbook/core/profiles.py")
# Files that may still compare names (none: a file added here must leave once it reads
# the registry; test_pending_files_still_compare_names fails as a reminder).
PENDING: set[Path] = set()

_NAME = "|".join(re.escape(name) for name in PROFILES)
_QUOTED = rf"""["'](?:{_NAME})["']"""
FORBIDDEN = re.compile(
    rf"""[=!]=\s*{_QUOTED}"""  # profile == "ohchr"
    rf"""|{_QUOTED}\s*[=!]="""  # "ohchr" == profile
    rf"""|{_QUOTED}\s+if\b"""  # "hash_only" if … else …: the name chooses a value
    rf"""|\bin\s+[(\[{{]\s*{_QUOTED}"""  # profile in ("ohchr", "public")
    # A rule key built from the profile: f"photo_consent_{self.profile}"
    r"""|\bf["'][^"'\n]*(?:\w_\{[^}\n]*profile[^}\n]*\}|\{[^}\n]*profile[^}\n]*\}_\w)"""
)


def profile_name_comparisons(root: Path) -> list[str]:
    """``path:line: text`` of every line under ``root``/logbook (the registry aside) that
    compares a profile's name or builds a rule key from the profile."""
    found = []
    for path in sorted((root / "logbook").rglob("*.py")):
        relative = path.relative_to(root)
        if relative == REGISTRY:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORBIDDEN.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    return found


def test_no_code_compares_a_profile_name() -> None:
    found = [f for f in profile_name_comparisons(ROOT) if Path(f.split(":")[0]) not in PENDING]
    assert found == [], "read a Profile attribute instead:\n" + "\n".join(found)


def test_pending_files_still_compare_names() -> None:
    """A file in PENDING that reads the registry now leaves PENDING."""
    found = {Path(f.split(":")[0]) for f in profile_name_comparisons(ROOT)}
    assert found >= PENDING, f"no longer comparing names, remove from PENDING: {PENDING - found}"


# Where a profile's name may stand as a literal: the registry, the wording keyed by the
# names its Profile gives (labels.PROFILE_MARKINGS, BANNERS), a usage example.
SPELLED_OUT = {
    REGISTRY,
    Path("logbook/export/labels.py"),
    Path("logbook/export/__init__.py"),  # the module docstring's example
}


def test_profile_names_are_spelled_out_only_in_the_registry_and_wording() -> None:
    """Code passes Profile objects or names from the registry, never a literal name
    (the person list's columns, the command line's choices)."""
    literal = re.compile(_QUOTED)
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "logbook").rglob("*.py"))
        if path.relative_to(ROOT) not in SPELLED_OUT | PENDING
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        'if b.profile == "public" and p.sexual_orientation:',
        "if profile != 'ohchr':",
        'if "ohchr" == self.profile.currentData():',
        'restricted = "hash_only" if self.profile == "ohchr" else "omitted"',
        'rule = "source_ohchr" if policy.profile == "ohchr" else "source_never_public"',
        'rule = "ohchr" if x else "public"',
        'if profile not in ("ohchr", "public"):',
        'return restricted, f"confidential_evidence_{self.profile}"',
        "key = f'{profile.name}_marking'",
    ],
)
def test_the_check_finds_each_kind_of_comparison(tmp_path: Path, line: str) -> None:
    module = tmp_path / "logbook" / "export" / "bad.py"
    module.parent.mkdir(parents=True)
    module.write_text(f"def f():\n    {line}\n", encoding="utf-8")
    assert profile_name_comparisons(tmp_path) == [f"logbook/export/bad.py:2: {line}"]


@pytest.mark.parametrize(
    "line",
    [
        'out(f"Wrote {target}: {args.profile} profile, {kind}.")',
        'name = f"{report.document_id}-{report.profile}.pdf"',
        'PROFILE_MARKINGS = {"ohchr": "CONFIDENTIAL"}',
        'if visibility == "private":',
    ],
)
def test_the_check_leaves_other_uses_alone(tmp_path: Path, line: str) -> None:
    module = tmp_path / "logbook" / "cli.py"
    module.parent.mkdir(parents=True)
    module.write_text(f"{line}\n", encoding="utf-8")
    assert profile_name_comparisons(tmp_path) == []


def test_the_registry_itself_may_spell_names(tmp_path: Path) -> None:
    registry = tmp_path / REGISTRY
    registry.parent.mkdir(parents=True)
    registry.write_text('if name == "ohchr":\n    pass\n', encoding="utf-8")
    assert profile_name_comparisons(tmp_path) == []
