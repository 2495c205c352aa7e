#!/bin/sh
# Install CommandPost for the current user, from the built folder this script is in:
#
#   ./install.sh                 the program in ~/.local/opt/CommandPost
#   PREFIX=/opt/CommandPost ./install.sh     somewhere else (then run it as a user who may write there)
#
# Also: the menu entry (~/.local/share/applications/commandpost.desktop, "Open with CommandPost"
# for YAML plan files, never made their default program), the icon in the hicolor theme, and the
# command line as ~/.local/bin/commandpost. Installing again replaces the program; your database,
# settings and logs (~/.local/share/CommandPost, ~/.config/CommandPost, ~/.local/state/CommandPost)
# are never touched. To uninstall: ./install.sh --uninstall (the same files, and only those).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${PREFIX:-$HOME/.local/opt/CommandPost}
BIN=${BIN:-$HOME/.local/bin}
APPLICATIONS=$DATA_HOME/applications
ICONS=$DATA_HOME/icons/hicolor

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPLICATIONS" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -t "$ICONS" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPLICATIONS/commandpost.desktop" "$BIN/commandpost"
    find "$ICONS" -path "*/apps/commandpost.*" -type f -exec rm -f {} + 2>/dev/null || true
    case "$PREFIX" in
        */CommandPost) rm -rf "$PREFIX" ;;
        *) echo "install.sh: $PREFIX does not end in /CommandPost; remove it yourself." >&2 ;;
    esac
    refresh
    echo "CommandPost is uninstalled; your data is kept."
    exit 0
fi

if [ ! -x "$HERE/CommandPost" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run the install.sh that is inside the built CommandPost folder." >&2
    exit 1
fi

if [ "$HERE" != "$PREFIX" ]; then
    mkdir -p "$PREFIX"
    rm -rf "$PREFIX/_internal"
    cp -R "$HERE/." "$PREFIX/"
fi

mkdir -p "$APPLICATIONS" "$BIN"
# The entry runs the installed program by its full path (quoted: the path may hold spaces).
sed "s|^Exec=CommandPost |Exec=\"$PREFIX/CommandPost\" |" \
    "$HERE/share/applications/commandpost.desktop" > "$APPLICATIONS/commandpost.desktop"
for icon in "$HERE"/share/icons/hicolor/*/apps/commandpost.*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$ICONS/$size/apps"
    cp "$icon" "$ICONS/$size/apps/"
done
ln -sf "$PREFIX/commandpost" "$BIN/commandpost"
refresh

echo "CommandPost is installed in $PREFIX."
echo "Start it from the applications menu, or run: $BIN/commandpost selftest"
