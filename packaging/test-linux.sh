#!/usr/bin/env bash
# Smoke-test the Linux packages packaging/build-linux.sh made, as a user gets them: the
# .tar.gz unpacked, and the .deb installed with apt (which also brings the few system
# libraries it depends on). Then show the smoke test catching broken builds: copies of
# the frozen folder missing the Kazakh translation, the PT Sans font, or SQLCipher must
# each fail it. Needs root for the .deb (CI runs as root); without root it says so and
# skips that part.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=$PWD/packaging/dist
DEMO=$PWD/docs/demo-case-ru.json
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== the .tar.gz, unpacked"
tar -xzf "$DIST"/logbook-*-linux-*.tar.gz -C "$WORK"
FOLDER=$(echo "$WORK"/logbook-*)
python3 packaging/smoke_test.py "$FOLDER/logbook" --demo "$DEMO"
test -x "$FOLDER/install-menu-entry.sh" && test -f "$FOLDER/logbook.desktop" && test -f "$FOLDER/logbook.png"

echo "== the app on an X server (Xvfb), through Qt's xcb plugin as on a desktop"
# The smoke test runs Qt offscreen; this loads the plugin users' desktops need, with the
# libraries it links to, from the unpacked folder.
if command -v xvfb-run >/dev/null; then
    XHOME=$(mktemp -d -p "$WORK")
    REPORT=$(env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY HOME="$XHOME" XDG_DATA_HOME= \
        XDG_CONFIG_HOME= LOGBOOK_SELF_TEST=1 xvfb-run -a "$FOLDER/logbook" 2>"$WORK/x.log") || {
        echo "the app failed on X: $REPORT $(cat "$WORK/x.log")"; exit 1; }
    grep -q '"platform": "xcb"' <<< "$REPORT" || { echo "not on xcb: $REPORT"; exit 1; }
    echo "$REPORT"
else
    echo "skipped: xvfb-run is not installed (Debian: apt-get install xvfb xauth)"
fi

echo "== the smoke test catches a broken build"
broken() {  # $1: what is removed (a glob under _internal), $2: its name in the log
    rm -rf "$WORK/broken"
    cp -a "$FOLDER" "$WORK/broken"
    # shellcheck disable=SC2086
    rm -rf "$WORK"/broken/_internal/$1
    if python3 packaging/smoke_test.py "$WORK/broken/logbook" --demo "$DEMO" > "$WORK/log" 2>&1; then
        echo "the smoke test passed a build without $2"; exit 1
    fi
    echo "caught: a build without $2 ($(grep -o '"step": "[^"]*", "ok": false' "$WORK/log" | head -1))"
}
broken "logbook/ui/translations/logbook_kk.qm" "the Kazakh translation"
broken "fontpkg_pt_sans/files" "the PT Sans font"
broken "sqlcipher3" "SQLCipher"

echo "== the .deb, installed"
if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: installing the .deb needs root"; exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "$DIST"/logbook_*.deb > "$WORK/apt.log" 2>&1 || {
    apt-get update -qq && apt-get install -y -qq "$DIST"/logbook_*.deb; }
test -x /usr/bin/logbook && test -f /usr/share/applications/logbook.desktop
python3 packaging/smoke_test.py /usr/bin/logbook --demo "$DEMO"
apt-get remove -y -qq logbook > /dev/null
test ! -e /opt/logbook && echo "removed cleanly: nothing left in /opt/logbook"
