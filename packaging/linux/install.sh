#!/bin/sh
# Install aflastapp for the current user (no root needed), from the unpacked Linux bundle:
#     ./install.sh            install or update
#     ./install.sh --remove   uninstall (the diary is NOT deleted)
# The program goes to ~/.local/opt/aflastapp, the command to ~/.local/bin/aflastapp, the menu entry
# and icons to ~/.local/share. The diary stays in ~/.local/share/aflastapp (or $XDG_DATA_HOME/aflastapp).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$HOME/.local/opt/aflastapp
BIN=$HOME/.local/bin

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$TARGET" "$BIN/aflastapp" "$DATA_HOME/applications/dk.aflastapp.desktop" \
        "$DATA_HOME/metainfo/dk.aflastapp.app.metainfo.xml"
    find "$DATA_HOME/icons/hicolor" -name 'dk.aflastapp.*' -delete 2>/dev/null || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" || true
    echo "aflastapp er afinstalleret. Dagbogen er IKKE slettet: den ligger i $DATA_HOME/aflastapp"
    exit 0
fi

if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET.new"
    mkdir -p "$(dirname "$TARGET")"
    cp -a "$HERE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$BIN" "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/icons"
ln -sf "$TARGET/aflastapp" "$BIN/aflastapp"
sed "s|^Exec=aflastapp|Exec=$TARGET/aflastapp|; s|^TryExec=aflastapp|TryExec=$TARGET/aflastapp|" \
    "$TARGET/share/applications/dk.aflastapp.desktop" > "$DATA_HOME/applications/dk.aflastapp.desktop"
cp "$TARGET/share/metainfo/dk.aflastapp.app.metainfo.xml" "$DATA_HOME/metainfo/"
cp -r "$TARGET/share/icons/hicolor" "$DATA_HOME/icons/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
echo "aflastapp er installeret. Start den fra programmenuen eller med: $BIN/aflastapp"
