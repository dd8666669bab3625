"""What the frozen build leaves out (packaging/trim.py): the dropped Qt plugins, then only
the libraries nothing kept links to — never one something kept still needs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGING = Path(__file__).parents[2] / "packaging"
spec = importlib.util.spec_from_file_location("trim", PACKAGING / "trim.py")
assert spec is not None and spec.loader is not None
trim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trim)

QT = "PySide6/Qt"
BINARIES = [
    (f"{QT}/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    (f"{QT}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    (f"{QT}/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    (f"{QT}/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
    (f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6", "/src/libQt6Egl.so.6", "BINARY"),
    ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
    ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
    ("libX11.so.6", "/src/libX11.so.6", "BINARY"),
    ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", "/src/_sqlite3.so", "EXTENSION"),
    ("libcrypto.so.3", "/src/libcrypto.so.3", "BINARY"),
]
LINKS = {
    "/src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6", "libX11.so.6"],
    "/src/libgtk-3.so.0": ["libcairo.so.2", "libX11.so.6"],
    "/src/libqxcb.so": ["libQt6Gui.so.6", "libX11.so.6"],
    "/src/libqvnc.so": ["libQt6Gui.so.6", "libQt6EglFSDeviceIntegration.so.6"],
    "/src/_sqlite3.so": ["libcrypto.so.3"],
}


def imports(path: str) -> list[tuple[str, str | None]]:
    return [(name, None) for name in LINKS.get(path, [])]


def kept_names() -> set[str]:
    return {Path(dest).name for dest, _, _ in trim.trimmed(BINARIES, imports)}


def test_the_dropped_plugins_go_with_the_libraries_only_they_needed() -> None:
    kept = kept_names()
    assert not {"libqgtk3.so", "libqvnc.so"} & kept
    assert not {"libgtk-3.so.0", "libcairo.so.2", "libQt6EglFSDeviceIntegration.so.6"} & kept


def test_what_something_kept_still_needs_stays() -> None:
    kept = kept_names()
    assert {"libqxcb.so", "libQt6Gui.so.6", "libX11.so.6", "libcrypto.so.3"} <= kept
    assert {"libpython3.11.so.1.0", "_sqlite3.cpython-311-x86_64-linux-gnu.so"} <= kept


def test_a_library_no_one_links_to_is_kept_if_it_is_not_prunable() -> None:
    """Extension modules and Python's library are the roots, never pruned."""
    alone = [("pkg/_ext.cpython-311-x86_64-linux-gnu.so", "/src/_ext.so", "EXTENSION")]
    assert trim.trimmed(alone, imports) == alone


def test_links_to_a_dropped_library_go_too() -> None:
    """PyInstaller links each of Qt's libraries at the folder's top; a link whose
    library was left out would dangle in the installed folder."""
    with_links = [
        *BINARIES,
        ("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
        (
            "libQt6EglFSDeviceIntegration.so.6",
            f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
        (f"{QT}/lib/libQt6Core.so.6", "../../../libQt6Core.so.6", "SYMLINK"),
    ]
    links = {e[0] for e in trim.trimmed(with_links, imports) if e[2] == "SYMLINK"}
    assert links == {"libQt6Gui.so.6"}
