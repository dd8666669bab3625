"""Build step: compile the translations (``resources/translations/*.ts``) with
``pyside6-lrelease`` into ``logbook/ui/translations/*.qm`` before the package is built.

Runs for wheels and for editable installs (``pip install -e``) alike.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent
SOURCES = ROOT / "resources" / "translations"
TARGET = ROOT / "logbook" / "ui" / "translations"


def _lrelease() -> list[str]:
    # The build environment has PySide6 (build-system.requires) but its scripts may not
    # be on PATH, so call the tool's entry point through this interpreter.
    entry = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"
    return [sys.executable, "-c", entry]


class BuildWithTranslations(build_py):
    def run(self) -> None:
        TARGET.mkdir(parents=True, exist_ok=True)
        for ts in sorted(SOURCES.glob("*.ts")):
            qm = TARGET / (ts.stem + ".qm")
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
