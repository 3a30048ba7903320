#!/usr/bin/env bash
# Build an AppImage from the PyInstaller folder that `make dist` made:
#   bash packaging/linux/build-appimage.sh dist/HybridHub
# It lays out dist/HybridHub.AppDir (the AppImage's contents, runnable as is: AppDir/AppRun), checks it
# starts, then packs it with `appimagetool` if that is on PATH. appimagetool is published only as a
# binary release on the AppImage project's site (not in Debian or PyPI); where it cannot be fetched
# the AppDir is left ready for it (see docs/packaging.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dist="$(cd "${1:-$root/dist/HybridHub}" && pwd)"
app_id="org.hybridhub.HybridHub"
version="$(cd "$root" && python3 -c 'import re,sys; print(re.search(r"__version__ = \"(.+?)\"", open("hybridhub/__init__.py").read()).group(1))')"
appdir="$(dirname "$dist")/HybridHub.AppDir"

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/metainfo" \
         "$appdir/usr/share/icons/hicolor/scalable/apps" "$appdir/usr/share/mime/packages"
cp -a "$dist" "$appdir/usr/lib/hybridhub"
# The launcher: the window by default, the command line with `cli` first (`HybridHub.AppImage cli demo`).
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
if [ "${1:-}" = "cli" ]; then shift; exec "$here/usr/lib/hybridhub/hybridhub-cli" "$@"; fi
exec "$here/usr/lib/hybridhub/HybridHub" "$@"
RUN
chmod +x "$appdir/AppRun"
sed 's/^Exec=.*/Exec=HybridHub %f/' "$here/$app_id.desktop" > "$appdir/usr/share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$appdir/usr/share/metainfo/"
cp "$here/$app_id.mime.xml" "$appdir/usr/share/mime/packages/"
cp "$root/resources/icons/$app_id.svg" "$appdir/usr/share/icons/hicolor/scalable/apps/"
ln -s "usr/share/applications/$app_id.desktop" "$appdir/$app_id.desktop"
ln -s "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "$appdir/$app_id.svg"
ln -s "$app_id.svg" "$appdir/.DirIcon"

command -v desktop-file-validate >/dev/null && desktop-file-validate "$appdir/usr/share/applications/$app_id.desktop"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
HOME="$work" HYBRIDHUB_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen "$appdir/AppRun" cli demo -o "$work/d.hybridhub" >/dev/null
HOME="$work" HYBRIDHUB_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen "$appdir/AppRun" --quit-after-start "$work/d.hybridhub" 2>/dev/null | grep -q '^started:'
echo "appimage: $appdir starts (AppRun cli demo, AppRun --quit-after-start)"

if command -v appimagetool >/dev/null; then
  ARCH="$(uname -m)" appimagetool --no-appstream "$appdir" "$(dirname "$dist")/HybridHub-$version-$(uname -m).AppImage"
else
  echo "appimage: appimagetool is not on PATH; the AppDir is ready: appimagetool $appdir" >&2
fi
