"""Build the desktop bundle: `python3 packaging/dev.py bundle` runs this in .venv.

dist/fieldsessions/            the one-folder bundle (packaging/fieldsessions.spec)
  fieldsessions                the app (no arguments) and the CLI (a command), one program
  share/ , install.sh          Linux: desktop entry, AppStream file, icons, their installer
dist/fieldsessions-VERSION-linux-x86_64.tar.gz   Linux: that folder, packed
dist/fieldsessions.app         macOS: the app (then packaging/macos/make_dmg.sh)

Then `packaging/smoke_bundle.py` checks the bundle from itself alone.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "fieldsessions"
APP_ID = "org.fieldsessions.FieldSessions"
sys.path.insert(0, str(ROOT / "packaging"))
from bundle_trim import VERSION  # noqa: E402


def folder_mb(folder: Path) -> float:
    """Size of the files under `folder` (symbolic links not followed), in MB (10^6 bytes)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def add_linux_desktop_files(bundle: Path) -> None:
    """share/ (the XDG layout) and install.sh in the bundle folder."""
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    linux = ROOT / "packaging" / "linux"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    today = datetime.now(UTC).date().isoformat()
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", VERSION).replace("@DATE@", today), encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("fieldsessions-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "fieldsessions.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(linux / "install.sh", bundle / "install.sh")


def tarball(bundle: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    name = f"fieldsessions-{VERSION}-linux-{machine}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
    return target


def main() -> int:
    started = time.monotonic()
    code = subprocess.call(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "fieldsessions.spec")], cwd=ROOT)
    if code != 0:
        print(f"[bundle] PyInstaller failed (exit {code})", flush=True)
        return code
    built = time.monotonic() - started
    print(f"[bundle] {BUNDLE}: {folder_mb(BUNDLE):.0f} MB unpacked, built in {built:.0f} s",
          flush=True)
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(BUNDLE)
        packed = tarball(BUNDLE)
        print(f"[bundle] {packed}: {packed.stat().st_size / 1e6:.0f} MB", flush=True)
    print("[bundle] check it: python3 packaging/smoke_bundle.py", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
