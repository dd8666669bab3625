"""The shape of the code: layering, lint, and no Qt below the user interface.

The core, the vault and the services must run headless (the command line, scripts, a
future server for a collective), so they may never pull in PySide6, not even
indirectly; the layers only import downwards.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(argv), cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def test_import_contracts_are_kept() -> None:
    done = run_tool(str(BIN / "lint-imports"), "--no-cache", "--no-logo")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    summary = re.search(r"Contracts: (\d+) kept, (\d+) broken", output)
    assert summary, output
    assert int(summary.group(1)) >= 2, output
    assert summary.group(2) == "0", output
    assert "never import Qt KEPT" in output, output


def import_cycles(package: str) -> list[tuple[str, str]]:
    """Pairs of modules of ``package`` each of which imports the other, directly or
    through others (imports inside functions and for type checking count too)."""
    import grimp

    graph = grimp.build_graph(package)
    return [
        (module, imported)
        for module in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(module))
        if imported.startswith(f"{package}.")
        and graph.find_shortest_chain(importer=imported, imported=module)
    ]


def test_there_are_no_import_cycles() -> None:
    assert import_cycles("logbook") == []


def test_the_cycle_check_can_fail(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "cyclic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from cyclic import b\n")
    (package / "b.py").write_text("def f():\n    from cyclic import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles("cyclic") == [("cyclic.a", "cyclic.b"), ("cyclic.b", "cyclic.a")]


def test_ruff_is_clean() -> None:
    done = run_tool(str(BIN / "ruff"), "check", "--no-cache", "logbook", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean() -> None:
    """Types checked over all of logbook/ with pyproject.toml's [tool.mypy] settings:
    strict for the core, the vault, the services and the export; ordinary (bodies of
    unannotated functions included) for the user interface and the command line."""
    done = run_tool(
        sys.executable, "-m", "mypy", "--config-file", "pyproject.toml", "--no-incremental"
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Success: no issues found" in output, output


_PROBE = """
import importlib, json, pkgutil, sys
imported = []
for name in ("logbook.core", "logbook.vault", "logbook.services", "logbook.export"):
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def test_core_vault_and_services_never_import_qt() -> None:
    done = run_tool(sys.executable, "-c", _PROBE)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    imported = set(report["imported"])
    # The probe really walked all three layers (so an empty result means something).
    for module in ("logbook.core.model", "logbook.vault.lifecycle", "logbook.services.search"):
        assert module in imported
    assert report["qt"] == [], report["qt"]


# SQL in a string: a statement's keywords, or a condition with a parameter.
_SQL = re.compile(
    r"""["'][^"'\n]*\b(SELECT\b.*\bFROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA \w+)"""
    r"""|["'][^"'\n]*\w+ = \?"""
)


def sql_outside_vault(root: Path) -> list[str]:
    """``path:line`` of every line outside logbook/vault that writes SQL."""
    return [
        f"{path.relative_to(root)}:{number}"
        for path in sorted((root / "logbook").rglob("*.py"))
        if "vault" not in path.relative_to(root).parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _SQL.search(line)
    ]


def test_sql_is_written_only_inside_the_vault() -> None:
    """The services ask the store (``where``, ``in_case``) and ``vault/queries.py``."""
    assert sql_outside_vault(ROOT) == []


def test_the_sql_check_can_fail(tmp_path: Path) -> None:
    service = tmp_path / "logbook" / "services" / "leaky.py"
    service.parent.mkdir(parents=True)
    service.write_text('rows = store.select(Person, "case_id = ?", (case_id,))\n')
    assert sql_outside_vault(tmp_path) == ["logbook/services/leaky.py:1"]
