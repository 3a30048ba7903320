#!/usr/bin/env bash
# Installs the system libraries Qt (offscreen and on screen), QtMultimedia and the PDF checks need.
# Debian/Ubuntu only, and only what is missing; elsewhere it says what to do and carries on.
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
command -v apt-get >/dev/null 2>&1 || { echo "system-deps: not a Debian-like system; install Qt's xcb/EGL libraries and poppler-utils yourself" >&2; exit 0; }
pkgs=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
      libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 libnss3 libasound2
      poppler-utils fonts-dejavu-core desktop-file-utils appstream flatpak-builder)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "system-deps: missing ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2; exit 1; fi
else SUDO=""; fi
echo "system-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
