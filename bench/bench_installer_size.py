"""Installer size: the frozen Linux folder, its packages, and what dominates them.

Run from the repository root after ``bash packaging/build-linux.sh``::

    python3 bench/bench_installer_size.py > result.json

Prints one JSON object. Sizes are bytes as files hold them (apparent size), in MB (10^6).
Side by side, measured in the same run: the baseline is what Logbook's runtime packages
take installed by pip in the build's own environment (``packaging/build/venv``'s
site-packages without the build tools), so the effect of freezing and of
``packaging/trim.py`` shows against it (the frozen folder also holds Python itself). The
target is ≤ 150 MB unpacked.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "packaging" / "build"
DIST = ROOT / "packaging" / "dist"
TARGET_MB = 150
BUILD_TOOLS = ("pyinstaller", "setuptools", "pip", "altgraph", "_distutils", "pkg_resources",
               "distutils-precedence", "packaging", "wheel")  # fmt: skip
# The parts worth naming, as paths inside the frozen folder's _internal.
PARTS = {
    "Qt (PySide6, libraries and plugins)": ["PySide6"],
    "ICU (within Qt)": ["PySide6/Qt/lib/libicudata.so.73", "PySide6/Qt/lib/libicui18n.so.73",
                        "PySide6/Qt/lib/libicuuc.so.73"],
    "cryptography": ["cryptography"],
    "SQLCipher": ["sqlcipher3"],
    "PDFium": ["pypdfium2_raw"],
    "Pillow": ["PIL", "pillow.libs"],
    "Python": ["libpython3.11.so.1.0", "python3.11", "base_library.zip"],
    "Babel (CLDR)": ["babel"],
    "PT Sans": ["fontpkg_pt_sans"],
}  # fmt: skip


def size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> float:
    return round(n / 1e6, 1)


def main() -> int:
    frozen = BUILD / "frozen" / "logbook"
    if not frozen.is_dir():
        print("Build first: bash packaging/build-linux.sh", file=sys.stderr)
        return 2
    internal = frozen / "_internal"
    parts = {name: mb(sum(size(internal / p) for p in paths)) for name, paths in PARTS.items()}
    top_libs = sum(
        p.stat().st_size
        for p in internal.glob("lib*.so*")
        if p.is_file() and not p.is_symlink() and not p.name.startswith("libpython")
    )
    parts["system libraries from the build machine"] = mb(top_libs)
    site = next((BUILD / "venv" / "lib").glob("python3*/site-packages"))
    runtime = [p for p in site.iterdir() if not p.name.lower().startswith(BUILD_TOOLS)]
    unpacked = size(frozen)
    result = {
        "unpacked_mb": mb(unpacked),
        "target_mb": TARGET_MB,
        "target_met": unpacked <= TARGET_MB * 1e6,
        "packages_mb": {p.name: mb(size(p)) for p in sorted(DIST.glob("logbook*"))},
        "parts_mb": dict(sorted(parts.items(), key=lambda kv: -kv[1])),
        "baseline": {
            "what": "Logbook's runtime packages installed by pip (site-packages)",
            "installed_mb": mb(sum(size(p) for p in runtime)),
        },
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
