"""Smoke test of a frozen Logbook: the built program, never the source tree.

    python3 packaging/smoke_test.py PATH/TO/logbook[.exe] [--demo docs/demo-case-ru.json]

Runs with any Python 3.9+ and imports nothing of Logbook's. In a fresh home folder (so the
vault is made where the installed app looks for it), it runs ``--version``, ``init``,
``import`` of the demo case, a ``search`` in Cyrillic, ``export`` of both profiles (each
verified by the independent leak check, as every export is), ``verify``, and the app
started offscreen, which must reach its unlock window and pass its own resource checks
(``LOGBOOK_SELF_TEST=1``: translations, font, icon, SVG, QtPdf, CLDR country names).
Then it checks that nothing was written beside the program. These are the classic
freezing failures: a missing hidden import, Qt plugin, font, translation or SQLCipher.

Prints one JSON line per step and exits non-zero at the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "smoke test kettle quasar vermilion otter"
TIMEOUT = 300  # seconds any one step may take (the first export starts its workers)


def default_vault(home: Path) -> Path:
    """Where the app looks for the vault (platformdirs' user data folder, "Logbook"),
    with the home folder and its variables pointed at ``home``."""
    if sys.platform == "win32":
        return home / "AppData" / "Local" / "Logbook" / "vault"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Logbook" / "vault"
    return home / ".local" / "share" / "Logbook" / "vault"


def environment(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "LOGBOOK_", "PYTHON"))
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        # platformdirs asks Windows itself for these folders unless told otherwise.
        WIN_PD_OVERRIDE_CSIDL_APPDATA=str(home / "AppData" / "Roaming"),
        WIN_PD_OVERRIDE_CSIDL_LOCAL_APPDATA=str(home / "AppData" / "Local"),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
    )
    return env


class Smoke:
    def __init__(self, program: Path, home: Path) -> None:
        self.program = program
        self.env = environment(home)

    def run(self, step: str, *args: str, stdin: str = "", expect: str = "", **env: str):
        started = time.monotonic()
        done = subprocess.run(
            [str(self.program), *args],
            input=stdin.encode("utf-8"),
            capture_output=True,
            env={**self.env, **env},
            timeout=TIMEOUT,
            check=False,
        )
        out = done.stdout.decode("utf-8", "replace")
        err = done.stderr.decode("utf-8", "replace")
        ok = done.returncode == 0 and expect in out
        line = {"step": step, "ok": ok, "seconds": round(time.monotonic() - started, 2)}
        if not ok:
            line.update(code=done.returncode, out=out[-2000:], err=err[-2000:])
        print(json.dumps(line, ensure_ascii=False), flush=True)
        if not ok:
            sys.exit(1)
        return out


def files_beside(program: Path) -> dict[str, int]:
    folder = program.parent
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program", type=Path, help="the frozen logbook executable")
    parser.add_argument("--demo", type=Path, default=Path("docs/demo-case-ru.json"))
    args = parser.parse_args()
    program, demo = args.program.resolve(), args.demo.resolve()
    before = files_beside(program)
    with tempfile.TemporaryDirectory(prefix="logbook-smoke-") as temp:
        home = Path(temp) / "home"
        home.mkdir()
        vault, out = default_vault(home), Path(temp)
        smoke = Smoke(program, home)
        secret = PASSPHRASE + "\n"
        smoke.run("version", "--version", expect="logbook ")
        smoke.run("init", "init", str(vault), "--passphrase-stdin", stdin=secret * 2)
        smoke.run("import", "import", str(vault), str(demo), "--passphrase-stdin", stdin=secret)
        smoke.run(
            "search in Cyrillic", "search", str(vault), "--query-stdin", "--passphrase-stdin",
            stdin=secret + "задержания\n", expect="demo-ru/",
        )  # fmt: skip
        for profile in ("ohchr", "public"):
            pdf = out / f"{profile}.pdf"
            smoke.run(
                f"export {profile}", "export", str(vault), "--case", "demo-ru",
                "--profile", profile, "--out", str(pdf), "--accept-findings",
                "--passphrase-stdin", stdin=secret,
            )  # fmt: skip
            if not pdf.read_bytes().startswith(b"%PDF-"):
                print(json.dumps({"step": f"export {profile}", "ok": False, "pdf": False}))
                return 1
        smoke.run("verify", "verify", str(vault), "--passphrase-stdin", stdin=secret)
        report = smoke.run("app", expect='"window": "UnlockDialog"', LOGBOOK_SELF_TEST="1")
        print(json.dumps({"step": "app checks", "ok": True, **json.loads(report)}))
    after = files_beside(program)
    if after != before:
        changed = sorted(set(after) ^ set(before)) or "sizes changed"
        print(json.dumps({"step": "nothing beside the program", "ok": False, "changed": changed}))
        return 1
    print(json.dumps({"step": "nothing beside the program", "ok": True}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
