#!/bin/sh
# macOS: the .app from the PyInstaller spec (its BUNDLE step), packed in a .dmg.
#
#   python3 packaging/dev.py bundle          # dist/fieldsessions.app (and dist/fieldsessions/)
#   sh packaging/macos/make_dmg.sh           # dist/fieldsessions-VERSION-macos-ARCH.dmg
#
# Uses create-dmg (brew install create-dmg) when present, for the drag-to-Applications window;
# else plain hdiutil. Not signed or notarised: see packaging/README.md (Gatekeeper asks the
# user to open it with right-click > Open the first time). Not run yet: no Mac here.
set -eu
cd "$(dirname "$0")/../.."
app=dist/fieldsessions.app
[ -d "$app" ] || { echo "no $app: run python3 packaging/dev.py bundle on a Mac first" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)
dmg="dist/fieldsessions-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
if command -v create-dmg >/dev/null 2>&1; then
    create-dmg --volname "fieldsessions $version" --window-size 540 360 --icon-size 96 \
        --icon "fieldsessions.app" 140 170 --app-drop-link 400 170 "$dmg" "$app"
else
    staging=$(mktemp -d)
    cp -R "$app" "$staging/"
    ln -s /Applications "$staging/Applications"
    hdiutil create -volname "fieldsessions $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
    rm -rf "$staging"
fi
echo "$dmg"
