"""The installers' pinned requirements (packaging/requirements-build.txt) cover every
runtime dependency pyproject.toml declares, each pinned to one release, each with
hashes: the build installs them with --require-hashes and --no-deps, so a dependency
added to pyproject.toml but not locked would be missing from the installers."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[2]
LOCK = ROOT / "packaging" / "requirements-build.txt"


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned() -> dict[str, list[str]]:
    """Package → its hashes, from the lock file's ``name==version \\`` blocks."""
    pins: dict[str, list[str]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^([A-Za-z0-9_.-]+)==\S+", line):
            current = normalised(match.group(1))
            pins[current] = []
        elif current and (found := re.search(r"--hash=sha256:([0-9a-f]{64})", line)):
            pins[current].append(found.group(1))
    return pins


def declared() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [
        normalised(re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0])
        for dep in project["project"]["dependencies"]
    ]


def unpinned(names: list[str], pins: dict[str, list[str]]) -> list[str]:
    return [name for name in names if not pins.get(name)]


def test_every_runtime_dependency_is_pinned_with_hashes() -> None:
    pins = pinned()
    missing = unpinned(declared(), pins)
    assert missing == [], f"re-lock packaging/requirements-build.txt: {missing} not pinned"
    assert {"pyinstaller", "setuptools"} <= pins.keys()


def test_every_pin_has_hashes() -> None:
    assert all(pinned().values()), [name for name, h in pinned().items() if not h]


def test_the_check_names_a_dependency_that_was_not_locked() -> None:
    """The check can fail: a dependency added to pyproject.toml alone, or a pin whose
    hashes were lost, is named."""
    pins = pinned()
    pins["pypdf"] = []
    assert unpinned([*declared(), "a-new-dependency"], pins) == ["pypdf", "a-new-dependency"]
