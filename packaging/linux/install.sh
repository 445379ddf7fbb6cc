#!/bin/sh
# Put fieldsessions in the applications menu of the user who runs this (no root needed):
# a desktop entry and icons in ~/.local/share, and the `fieldsessions` command in ~/.local/bin.
# Run it from the unpacked folder: ./install.sh   (./install.sh --remove undoes it)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
id=org.fieldsessions.FieldSessions
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" "$bin/fieldsessions"
    find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
    echo "fieldsessions removed from the menu (this folder and your data are left as they are)."
    exit 0
fi
mkdir -p "$data/applications" "$data/metainfo" "$bin"
cp -R "$here/share/icons" "$data/"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
sed "s|^Exec=fieldsessions|Exec=\"$here/fieldsessions\"|" \
    "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
ln -sf "$here/fieldsessions" "$bin/fieldsessions"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "fieldsessions is in your applications menu; the command is $bin/fieldsessions."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "$bin is not on your PATH yet: log out and in again, or run $bin/fieldsessions." ;;
esac
