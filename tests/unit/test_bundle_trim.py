"""What the desktop bundle keeps and drops (packaging/bundle_trim.py, used by the PyInstaller
spec): the window systems and the xcb libraries bare systems lack stay; the GTK theme, the
on-screen keyboard's QtQuick, the print system's libraries and other languages' Qt
translations go (issue 14: bundle <= 150 MB)."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_trim",
                                                  ROOT / "packaging" / "bundle_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qtbase_pt_BR.qm",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0", "libxcb-render-util.so.0",
    "libicudata.so.73", "libssl.so.3",
    "resources/fonts/DejaVuSans.ttf",
    "uharfbuzz/_harfbuzz.abi3.so",  # names in Arabic, Indic, Thai... print shaped
])
def test_the_bundle_keeps(dest: str) -> None:
    assert trim().wanted(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtwebengine_fr.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "libcups.so.2", "libgnutls.so.30", "libX11.so.6", "libxcb.so.1", "libxcb-render.so.0",
    "libfontconfig.so.1", "libgtk-3.so.0",
])
def test_the_bundle_drops(dest: str) -> None:
    assert not trim().wanted(dest)


def _imported_packages(folder: Path) -> dict[str, str]:
    """Top-level packages imported anywhere in `folder`'s Python files -> one file doing so."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name, path.relative_to(ROOT).as_posix())
    return found


def test_the_desktop_app_imports_nothing_the_bundle_leaves_out() -> None:
    """Every module the bundle excludes is one the app and its CLI never import (the server,
    which is not in the bundle, aside): an import of one would fail only in the bundle. The
    optional 'paper' part is left out too: without it `scan-in` says how to add it."""
    excluded = set(trim().EXCLUDED_MODULES)
    imported = {name: path for name, path in _imported_packages(ROOT / "fieldsessions").items()
                if not path.startswith(("fieldsessions/server", "fieldsessions/paper"))}
    clashes = {name: path for name, path in imported.items()
               if any(name == out or name.startswith(out + ".") for out in excluded)}
    assert clashes == {}


def test_the_keyring_stays_but_not_the_linux_secret_service_stack() -> None:
    """keyring stays (Windows' and macOS' keyrings need nothing more); the Secret Service
    backend's secretstorage, jeepney and cryptography (11.6 MB) go: on Linux the sync token
    goes to the private credentials file (packaging/README.md)."""
    excluded = set(trim().EXCLUDED_MODULES)
    assert {"secretstorage", "jeepney", "cryptography"} <= excluded
    assert not {"keyring", "uharfbuzz", "reportlab", "PIL", "pypdf"} & excluded
