"""Refresh the translation sources from the code: ``python resources/translations/update.py``.

Runs ``pyside6-lupdate`` over ``logbook/ui`` for every language; new strings arrive marked
unfinished (the translation test fails until they are translated), removed ones are dropped.
The build step (``setup.py``) compiles the ``.ts`` files to ``.qm`` with ``pyside6-lrelease``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "kk")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "logbook" / "ui").rglob("*.py"))


def lupdate(target: Path, language: str, *, keep_obsolete: bool = False) -> None:
    entry = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"
    command = [sys.executable, "-c", entry, *sources(), "-ts", str(target)]
    command += ["-target-language", language, "-locations", "none", "-silent"]
    if not keep_obsolete:
        command.append("-no-obsolete")
    subprocess.run(command, check=True, cwd=ROOT)


def main() -> None:
    for language in LANGUAGES:
        lupdate(ROOT / "resources" / "translations" / f"logbook_{language}.ts", language)


if __name__ == "__main__":
    main()
