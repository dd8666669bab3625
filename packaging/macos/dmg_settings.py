"""dmgbuild settings: the macOS disk image for Logbook.app (packaging/build-macos.sh).

    dmgbuild -s packaging/macos/dmg_settings.py -D app=packaging/build/frozen/Logbook.app \
        Logbook packaging/dist/logbook-VERSION-macos-ARCH.dmg

The image holds the app and a link to /Applications to drag it onto; it is compressed
(UDZO) and downloads nothing when opened.
"""

import os.path

application = defines.get("app", "packaging/build/frozen/Logbook.app")  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"
filesystem = "HFS+"
size = None  # as small as the contents allow
files = [application]
symlinks = {"Applications": "/Applications"}
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
background = "builtin-arrow"
window_rect = ((100, 100), (640, 280))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
