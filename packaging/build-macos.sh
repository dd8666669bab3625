#!/usr/bin/env bash
# Build Logbook for macOS from this checkout: Logbook.app, its smoke test, a .dmg, and
# SHA256SUMS. Run on macOS 12+ with Python 3.11 (python.org's or Homebrew's); the GitHub
# workflow .github/workflows/installers.yml does exactly this on hosted runners, one for
# Apple silicon and one for Intel. It cannot run on this project's own (Linux) machines.
# Signing and notarisation: packaging/README.md (set CODESIGN_IDENTITY to sign here).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=$PWD/packaging/build
DIST=$PWD/packaging/dist
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export PYTHONHASHSEED=0 PIP_DISABLE_PIP_VERSION_CHECK=1
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' logbook/__init__.py)
ARCH=$(uname -m)
rm -rf "$BUILD" "$DIST"
mkdir -p "$BUILD/src" "$DIST"

"${PYTHON:-python3}" -m venv "$BUILD/venv"  # Python 3.11 (the workflow sets it up)
PY=$BUILD/venv/bin/python
"$PY" -m pip install -q --require-hashes --no-deps -r packaging/requirements-build.txt
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && rsync -aR "$f" "$BUILD/src/"
done
"$PY" -m pip install -q --no-deps --no-build-isolation --no-cache-dir "$BUILD/src"

LOGBOOK_VERSION=$VERSION "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/frozen" --workpath "$BUILD/work" packaging/logbook.spec
APP=$BUILD/frozen/Logbook.app

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist -s "$CODESIGN_IDENTITY" "$APP"
fi
"$PY" packaging/smoke_test.py "$APP/Contents/MacOS/logbook" --demo docs/demo-case-ru.json

DMG=$DIST/logbook-$VERSION-macos-$ARCH.dmg
"$BUILD/venv/bin/dmgbuild" -s packaging/macos/dmg_settings.py -D app="$APP" Logbook "$DMG"
(cd "$DIST" && shasum -a 256 -- *.dmg > SHA256SUMS && cat SHA256SUMS)
