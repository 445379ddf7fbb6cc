"""What the desktop bundle leaves out (read by packaging/fieldsessions.spec).

The PySide6 wheels carry all of Qt (650 MB); the app imports QtCore, QtGui, QtWidgets,
QtPrintSupport, QtPdf and QtPdfWidgets (tests/gui/test_startup_imports.py and a grep of
`from PySide6.` show which). PyInstaller's PySide6 hooks already collect only the modules that
are imported and their plugins; this list keeps out what would still come in through optional
imports, and `keep` drops the plugins and Qt translations the app cannot use.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

# Python modules never needed by the desktop app or its CLI.
EXCLUDED_MODULES = [
    # the sync server's (fieldsessions-server runs from a Python install, not from the bundle)
    "fieldsessions.server", "fastapi", "starlette", "uvicorn", "pydantic", "pydantic_core",
    "psycopg", "psycopg_binary", "psycopg2", "orjson", "swagger_ui_bundle", "httpx", "anyio",
    # development tools and standard-library parts the app does not use
    "tkinter", "_tkinter", "pytest", "mypy", "IPython", "pydoc_data", "lib2to3", "unittest",
    # Pillow (reportlab imports it) without its AVIF, WebP, colour-management and Tk parts:
    # reports draw no pictures (7 MB of image libraries)
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    # Qt modules the app does not import
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.Qt3DExtras", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtGraphs", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql",
    "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtXml", "PySide6.QtTest",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtBluetooth",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtTextToSpeech", "PySide6.QtSpatialAudio", "PySide6.QtRemoteObjects",
    "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtHttpServer", "PySide6.QtNfc",
    "PySide6.QtNetwork", "PySide6.QtDBus",  # (their C++ libraries stay: QtPdf and plugins)
    "readline",  # the interactive prompt's line editing (with libreadline and libtinfo)
    # keyring's Secret Service backend (Linux desktops' keyring) and what only it needs: the
    # sync token then goes to the private file (sync/credentials.py: a 0600 file in a 0700
    # folder), as on any Linux without a keyring. cryptography's Rust library alone is
    # 11.6 MB; Windows' and macOS' keyrings do not use it. pypdf would use it only to open
    # encrypted PDFs, and the app joins only the sheets it drew itself (packaging/README.md).
    "secretstorage", "jeepney", "cryptography", "cffi", "_cffi_backend",
    # the optional 'paper' part (reading scanned sheets: OpenCV alone is ~100 MB installed),
    # present in a developer's venv once `dev.py test` has installed it; the bundle's
    # `scan-in` then says how to add it
    "cv2", "zxingcpp", "pypdfium2", "pypdfium2_raw", "numpy",
]

# Qt plugin folders the bundle keeps (anything else under PySide6/Qt/plugins is dropped):
# the window systems, GL on X11, the desktop portal's file dialogs, input methods (typing
# names in other scripts), image formats, SVG icons and printing. Dropped with the rest: the
# GTK 3 theme (it would bring GTK, cairo and pango from the build machine: 15 MB), the
# on-screen keyboard (it brings QtQuick and QML: 17 MB), touch-screen and kiosk back-ends,
# QtNetwork's TLS and network-status back-ends (sync uses Python's own HTTP and TLS).
KEPT_PLUGINS = {
    "platforms", "platformthemes", "platforminputcontexts", "xcbglintegrations",
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration", "imageformats", "iconengines", "printsupport", "styles",
}
# ...and within them: image formats the app never reads (it shows PNG, built into QtGui, and
# SVG icons; JPEG, GIF and ICO are kept for pictures a user's theme may use).
DROPPED_PLUGIN_FILES = re.compile(
    r"(qgtk3|qtvirtualkeyboard|qeglfs|qlinuxfb|qvnc|qminimalegl|qvkkhrdisplay|-server|"
    r"qtiff|qwebp|qtga|qwbmp|qicns|imageformats[/\\][^/\\]*qpdf)[^/\\]*$")
# Libraries a kept plugin would bring only for the dropped files above (PyInstaller collects
# them before the spec trims the plugins), matched by file name.
DROPPED_LIBRARIES = re.compile(
    r"^(libQt6(Quick|Qml|VirtualKeyboard|EglFS|EglFsKms)[^/\\]*|lib(gtk|gdk|atk|cairo|pango|"
    r"gdk_pixbuf|pixman|fribidi|thai|datrie|graphite2|epoxy|harfbuzz)[^/\\]*)$")
# Libraries taken from the user's system, not bundled (the rule AppImage's exclude list
# follows): they must match the system's services and configuration, and every Linux desktop
# has them. The printing system (libcups2, with the network-security stack it links: 8 MB;
# without it Qt's print dialog offers only printing to a PDF file); the X11 client libraries
# and the X server's core extensions (libx11-6, libxcb1's siblings); fontconfig and FreeType
# (a bundled older fontconfig cannot read a newer system's font configuration); the D-Bus
# client (libdbus-1-3). The xcb utility libraries that bare systems lack (libxcb-cursor0,
# -icccm4, -keysyms1, -image0, -render-util0, -util1) and libxkbcommon stay in the bundle.
SYSTEM_LIBRARIES = re.compile(
    r"^lib(cups|gnutls|p11-kit|idn2|unistring|tasn1|nettle|hogweed|gmp|avahi-client|"
    r"avahi-common|gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils|"
    r"X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb|xcb-(glx|randr|render|shape|shm|sync|xfixes|xkb)|"
    r"fontconfig|freetype|dbus-1)\.so[.0-9]*$")

# Qt's own translations kept (standard buttons and dialogs) for the app's languages.
KEPT_QT_LANGUAGES = ("fr", "es", "pt", "sw")

_PLUGIN = re.compile(r"PySide6[/\\]Qt[/\\]plugins[/\\]([^/\\]+)[/\\]")
_TRANSLATION = re.compile(r"PySide6[/\\]Qt[/\\]translations[/\\]([^/\\]+)$")


def wanted(dest: str) -> bool:
    """Whether a file at `dest` (its path inside the bundle) is kept."""
    plugin = _PLUGIN.search(dest)
    if plugin and (plugin.group(1) not in KEPT_PLUGINS or DROPPED_PLUGIN_FILES.search(dest)):
        return False
    name = re.split(r"[/\\]", dest)[-1]
    if DROPPED_LIBRARIES.match(name) or SYSTEM_LIBRARIES.match(name):
        return False
    translation = _TRANSLATION.search(dest)
    if translation:
        name = translation.group(1)
        language = name.rsplit(".", 1)[0].split("_", 1)[-1]
        return name.startswith("qtbase_") and language.split("_")[0] in KEPT_QT_LANGUAGES
    return True


def keep(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The spec's binaries or datas without the files `wanted` drops, and (on Linux) without
    the shared libraries that only dropped files needed."""
    kept = [entry for entry in entries if wanted(entry[0])]
    return without_unneeded_libraries(kept) if sys.platform.startswith("linux") else kept


def _needed(path: str, cache: dict[str, set[str]]) -> set[str]:
    """The DT_NEEDED names of an ELF file (readelf, from binutils)."""
    if path not in cache:
        shown = subprocess.run(["readelf", "-d", path], capture_output=True, text=True,
                               check=False).stdout
        cache[path] = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", shown))
    return cache[path]


def without_unneeded_libraries(
    entries: list[tuple[str, str, str]],
) -> list[tuple[str, str, str]]:
    """Drop the shared libraries PyInstaller put beside the program (the bundle's top folder,
    or a wheel's `*.libs` folder) that no kept file links to any more: what the GTK theme,
    the on-screen keyboard or the print system's network stack brought. libpython (loaded by
    the program itself) always stays."""
    if not shutil.which("readelf"):
        return entries
    cache: dict[str, set[str]] = {}

    def removable(dest: str) -> bool:
        folder, name = os.path.split(dest.replace("\\", "/"))
        return (".so" in name and not name.startswith("libpython")
                and (folder == "" or folder.endswith(".libs")))

    kept = list(entries)
    while True:
        needed: set[str] = set()
        for dest, source, kind in kept:
            if kind in ("BINARY", "EXTENSION") and os.path.isfile(source):
                needed |= _needed(source, cache) - {os.path.basename(dest)}
        unused = [entry for entry in kept
                  if entry[2] == "BINARY" and removable(entry[0])
                  and os.path.basename(entry[0]) not in needed]
        if not unused:
            return kept
        kept = [entry for entry in kept if entry not in unused]
