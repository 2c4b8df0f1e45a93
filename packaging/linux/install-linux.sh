#!/bin/sh
# Install MunicipalESS for the current user, from the unpacked bundle (no root, no Python):
#   ./install-linux.sh              copy the app, menu entry, icons, .municipaless file type
#   ./install-linux.sh --uninstall  remove them (territory files and backups are never touched)
# Honours XDG_DATA_HOME (default ~/.local/share); the command `municipaless` goes to ~/.local/bin.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${MUNICIPALESS_BIN_DIR:-$HOME/.local/bin}
APP_DIR=$DATA/municipaless/app
SHARE=$HERE/_internal/share
MIME_TYPE=application/x-municipaless

refresh() {
    # Each tool is optional: a desktop without them still reads the files at next login.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP_DIR"
    rm -f "$BIN/municipaless" "$DATA/applications/municipaless.desktop" \
        "$DATA/mime/packages/municipaless-mime.xml"
    find "$DATA/icons/hicolor" -name municipaless.png -path '*/apps/*' -delete 2>/dev/null || true
    refresh
    echo "MunicipalESS est désinstallé (vos fichiers de territoire et sauvegardes sont conservés)."
    exit 0
fi

if [ ! -x "$HERE/MunicipalESS" ] || [ ! -d "$SHARE" ]; then
    echo "Lancez ce script depuis le dossier MunicipalESS décompressé (il contient MunicipalESS et _internal)." >&2
    exit 1
fi

# The app itself: a fresh copy, so the downloaded folder can be deleted afterwards.
if [ "$HERE" != "$APP_DIR" ]; then
    rm -rf "$APP_DIR.new"
    mkdir -p "$(dirname "$APP_DIR")"
    cp -a "$HERE" "$APP_DIR.new"
    rm -rf "$APP_DIR"
    mv "$APP_DIR.new" "$APP_DIR"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/mime/packages"
ln -sf "$APP_DIR/MunicipalESS" "$BIN/municipaless"

# Menu entry, pointing at the installed copy (quoted: the path may hold spaces).
sed "s|@EXEC@|\"$APP_DIR/MunicipalESS\"|" "$SHARE/applications/municipaless.desktop" \
    >"$DATA/applications/municipaless.desktop"
chmod 644 "$DATA/applications/municipaless.desktop"
cp "$SHARE/mime/packages/municipaless-mime.xml" "$DATA/mime/packages/"
for png in "$SHARE"/icons/hicolor/*/apps/municipaless.png; do
    size_dir=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$DATA/icons/hicolor/$size_dir/apps"
    cp "$png" "$DATA/icons/hicolor/$size_dir/apps/"
done
refresh
# Double-click on a .municipaless file opens MunicipalESS.
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default municipaless.desktop "$MIME_TYPE" >/dev/null 2>&1 || true
fi
echo "MunicipalESS est installé : menu Bureautique, commande « municipaless », et un double-clic"
echo "sur un fichier .municipaless l'ouvre. Application copiée dans $APP_DIR."
