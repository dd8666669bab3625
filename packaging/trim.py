"""What the frozen build leaves out of what PyInstaller's Qt hooks collect (used by
``logbook.spec``; Linux only).

The hooks take every Qt plugin of the kinds Logbook's modules use, and every system
library those plugins link to. Some plugins serve nobody here: the GTK 3 platform theme
(it alone pulls in GTK, Cairo, Pango and a dozen more of the build machine's libraries),
embedded-display platforms (EGLFS, the Linux frame buffer, VNC, Vulkan displays), and
picture formats Logbook never shows (macOS icons, TGA, WBMP). They are dropped, then every
library at the top of the folder that nothing kept still links to.

Kept: X11 (xcb) and Wayland, so the app opens on any Linux desktop; ``offscreen`` and
``minimal``, for running with no screen (the smoke test); the xdg-desktop-portal theme;
JPEG, PNG, GIF, WebP, TIFF, SVG and ICO pictures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

DROPPED_PLUGINS = (
    "platformthemes/libqgtk3",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
)

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: destination, source, type
Imports = Callable[[str], Iterable[tuple[str, str | None]]]


def _dest(entry: Entry) -> str:
    return entry[0].replace("\\", "/")


def dropped_plugin(entry: Entry) -> bool:
    dest = _dest(entry)
    return "/plugins/" in dest and any(part in dest for part in DROPPED_PLUGINS)


def _prunable(entry: Entry) -> bool:
    """A shared library brought in only as something's dependency: at the folder's top,
    or one of Qt's own (Python's library and extension modules are never prunable)."""
    dest = _dest(entry)
    path = PurePosixPath(dest)
    top = "/" not in dest or str(path.parent).endswith("Qt/lib")
    return top and path.name.startswith("lib") and not path.name.startswith("libpython")


def trimmed(binaries: list[Entry], imports: Imports) -> list[Entry]:
    """``binaries`` without the dropped plugins and without the top-level libraries that
    nothing kept links to (``imports(path)`` lists a binary's link-time dependencies)."""
    kept = [entry for entry in binaries if not dropped_plugin(entry)]
    by_name: dict[str, list[Entry]] = {}
    for entry in kept:
        if _prunable(entry):  # a library may sit at the top and in Qt/lib (a link)
            by_name.setdefault(PurePosixPath(_dest(entry)).name, []).append(entry)
    needed: set[str] = set()
    todo = [entry for entry in kept if not _prunable(entry)]
    while todo:
        entry = todo.pop()
        for name, _ in imports(entry[1]):
            base = PurePosixPath(name).name
            if base in by_name and base not in needed:
                needed.add(base)
                todo.extend(by_name[base])
    kept = [e for e in kept if not _prunable(e) or PurePosixPath(_dest(e)).name in needed]
    return without_dangling_links(kept, {_dest(e) for e in kept if e[2] != "SYMLINK"})


def without_dangling_links(entries: list[Entry], files: set[str]) -> list[Entry]:
    """``entries`` less the symbolic links (PyInstaller puts one at the top for each of
    Qt's libraries) whose target is no longer among ``files``."""

    def target(entry: Entry) -> str:
        joined = PurePosixPath(_dest(entry)).parent / entry[1].replace("\\", "/")
        parts: list[str] = []
        for part in joined.parts:
            if part == "..":
                parts.pop()
            elif part != ".":
                parts.append(part)
        return "/".join(parts)

    return [e for e in entries if e[2] != "SYMLINK" or target(e) in files]
