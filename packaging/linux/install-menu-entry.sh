#!/bin/sh
# Adds Logbook (this unpacked folder) to the current user's applications menu.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
mkdir -p "$apps" "$icons"
cp "$here/logbook.png" "$icons/logbook.png"
sed "s|^Exec=.*|Exec=\"$here/logbook\"|" "$here/logbook.desktop" > "$apps/logbook.desktop"
echo "Logbook is in your applications menu (it starts $here/logbook)."
