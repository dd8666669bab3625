#!/usr/bin/env bash
# Build Logbook for Linux from this checkout: the frozen folder, a .tar.gz with a desktop
# entry and icon, a .deb that installs into /opt/logbook, and SHA256SUMS.
#
#   bash packaging/build-linux.sh            # everything lands in packaging/dist/
#
# Needs python3 (3.11, with venv), dpkg-deb, tar and gzip. Downloads only what
# packaging/requirements-build.txt pins, each file checked against its SHA-256; the
# programs it makes download nothing, ever. See packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/packaging/build
DIST=$ROOT/packaging/dist
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

# Reproducibility: every timestamp is the commit's, hash seeds are fixed.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' logbook/__init__.py)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
MACHINE=$(uname -m)
NAME=logbook-$VERSION-linux-$MACHINE

# Qt's X11 plugin links to these; PyInstaller bundles them from this machine when they
# are here, and silently leaves them out when not, which would make the folder depend on
# what the build machine had. So they must be here. (Wayland's and OpenGL's libraries
# PyInstaller never bundles: the .deb depends on them, as every desktop has them.)
SYSTEM_LIBS="libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxkbcommon-x11.so.0"
KNOWN=$(ldconfig -p)  # read once: "ldconfig -p | grep -q" fails by SIGPIPE under pipefail
missing=$(for lib in $SYSTEM_LIBS; do grep -q "/$lib\$" <<< "$KNOWN" || echo "$lib"; done)
if [ -n "$missing" ]; then
    echo "Missing on this build machine: $missing" >&2
    echo "Debian/Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0" \
        "libxkbcommon-x11-0" >&2
    exit 2
fi

rm -rf "$BUILD" "$DIST"
mkdir -p "$BUILD" "$DIST"

echo "== build environment (pinned, hashes required)"
python3 -m venv "$BUILD/venv"
PY=$BUILD/venv/bin/python
"$PY" -m pip install -q --require-hashes --no-deps -r packaging/requirements-build.txt
# Logbook itself, from a copy of this checkout's files (what git tracks, and new files it
# does not ignore), so no earlier build's leftovers are taken; its build step compiles
# the translations.
mkdir -p "$BUILD/src"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && cp --parents -a "$f" "$BUILD/src/"
done
"$PY" -m pip install -q --no-deps --no-build-isolation --no-cache-dir "$BUILD/src"

echo "== freeze (PyInstaller, one folder)"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/frozen" --workpath "$BUILD/work" packaging/logbook.spec
FROZEN=$BUILD/frozen/logbook

# Every file of the release carries the commit's time, whatever made it.
settle_times() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }

echo "== $NAME.tar.gz"
STAGE=$BUILD/tar/$NAME
mkdir -p "$STAGE"
cp -a "$FROZEN"/. "$STAGE"/
install -m 644 packaging/linux/logbook.desktop "$STAGE/logbook.desktop"
install -m 755 packaging/linux/install-menu-entry.sh "$STAGE/install-menu-entry.sh"
install -m 644 logbook/ui/icons/logbook-256.png "$STAGE/logbook.png"
install -m 644 packaging/linux/README-tar.txt "$STAGE/README.txt"
settle_times "$BUILD/tar"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$BUILD/tar" -cf - "$NAME" | gzip -n -9 > "$DIST/$NAME.tar.gz"

echo "== logbook_${VERSION}_$ARCH.deb"
DEB=$BUILD/deb
mkdir -p "$DEB/opt" "$DEB/usr/bin" "$DEB/usr/share/applications" "$DEB/DEBIAN" \
    "$DEB/usr/share/icons/hicolor/256x256/apps" "$DEB/usr/share/icons/hicolor/48x48/apps" \
    "$DEB/usr/share/doc/logbook"
cp -a "$FROZEN" "$DEB/opt/logbook"
ln -s /opt/logbook/logbook "$DEB/usr/bin/logbook"
install -m 644 packaging/linux/logbook.desktop "$DEB/usr/share/applications/logbook.desktop"
install -m 644 logbook/ui/icons/logbook-256.png "$DEB/usr/share/icons/hicolor/256x256/apps/logbook.png"
install -m 644 logbook/ui/icons/logbook-48.png "$DEB/usr/share/icons/hicolor/48x48/apps/logbook.png"
install -m 644 packaging/linux/copyright "$DEB/usr/share/doc/logbook/copyright"
SIZE_KB=$(du -sk --apparent-size "$DEB/opt" "$DEB/usr" | awk '{s += $1} END {print s}')
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE_KB/" \
    packaging/linux/control.in > "$DEB/DEBIAN/control"
chmod -R u=rwX,go=rX "$DEB"
settle_times "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$DEB" "$DIST/logbook_${VERSION}_$ARCH.deb" >/dev/null

echo "== SHA256SUMS"
(cd "$DIST" && sha256sum -- *.tar.gz *.deb > SHA256SUMS && cat SHA256SUMS)
du -sh --apparent-size "$FROZEN" | sed 's/\t.*/ unpacked (the frozen folder)/'
ls -l "$DIST"
