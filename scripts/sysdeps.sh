#!/usr/bin/env bash
# Make sure the system libraries Musette needs are present.
#   scripts/sysdeps.sh run   Qt on a desktop (xcb), fonts
#   scripts/sysdeps.sh test  Qt offscreen, fonts, a Secret Service for the keyring test, Syncthing
# As root, missing packages are installed with apt; otherwise the exact apt
# command is printed and the script stops, so nothing fails later in a way
# that is hard to read.
set -euo pipefail

mode=${1:?usage: sysdeps.sh run|test|screenshots|package}
python=${PYTHON:-python3}

# The fonts documents draw Hebrew, Armenian, Georgian and CJK names with, and emoji
# (Symbola, in black and white); fontconfig finds them.
common="libegl1 libgl1 libxkbcommon0 libfontconfig1 fontconfig fonts-dejavu-core fonts-noto-core fonts-droid-fallback fonts-nanum fonts-symbola libglib2.0-0 libdbus-1-3"
desktop="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
keyring="gnome-keyring dbus-daemon fuse3"
packaging="desktop-file-utils appstream libxml2-utils groff-base"
# Two real Syncthing instances carry a musette between two computers in the sync test.
sync="syncthing"
# pdftotext reads back the letters and CVs the app's tests save, as a person's own tools would.
reading="poppler-utils"

case "$mode" in
  run) wanted="$common $desktop" ;;
  test) wanted="$common $keyring $packaging $sync $reading" ;;
  package) wanted="$packaging python3-dev python3-venv build-essential xvfb xauth" ;;
  screenshots) wanted="$common $desktop xvfb xauth $reading" ;;
  *) echo "usage: sysdeps.sh run|test|screenshots|package" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "sysdeps: not a Debian/Ubuntu system; make sure Qt's libraries ($wanted) are installed." >&2
  exit 0
fi

# Debian splits venv out of python3; without it `python3 -m venv` fails.
if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  wanted="$wanted python3-venv"
fi

missing=""
for package in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $package" ;;
  esac
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
  echo "sysdeps: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "sysdeps: missing system packages. Run this, then try again:" >&2
  echo "  sudo apt-get install$missing" >&2
  exit 1
fi
