"""Starting the app with no display says so and points to the command line, instead of
Qt aborting the process (issue 16, point 6)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from logbook.ui.app import no_display
from tests.cli.test_console_script import logbook_command

DISPLAYS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland systems")
def test_logbook_without_a_display_explains_and_exits(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAYS}
    env["HOME"] = str(tmp_path)  # no settings or vault of the user's are touched
    done = subprocess.run(
        logbook_command(), env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])  # not SIGABRT (-6)
    assert "no display was found" in done.stderr
    assert "logbook --help" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland systems")
def test_any_display_or_a_chosen_platform_counts() -> None:
    assert no_display({})
    assert not no_display({"DISPLAY": ":0"})
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"})
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"})
