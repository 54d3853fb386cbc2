#!/usr/bin/env bash
# Start what the .deb installs, unpacked into a scratch folder: every module
# imports, no Qt library is left without the ones it needs, the command line
# says the package's version, creates a demo musette and exports a CV
# (SQLCipher, reportlab, fonts, Pillow), then the app opens that file in a
# window under Xvfb and the system libraries it loaded are checked against
# the package's Depends (scripts/runtime_depends.py).
# Usage: scripts/package_smoke.sh PACKAGE.deb
set -euo pipefail
deb=${1:?usage: package_smoke.sh PACKAGE.deb}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
musette="$scratch/root/usr/bin/musette"
run() {
  env -i HOME="$scratch/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    MUSETTE_PASSPHRASE="smoke test passphrase" QT_QPA_PLATFORM=offscreen "$@"
}
mkdir -p "$scratch/home"
cli() {
  run "$musette" "$@" >"$scratch/cli.log" 2>&1 || {
    echo "package_smoke: the packaged 'musette $1' failed:" >&2; tail -20 "$scratch/cli.log" >&2; exit 1; }
}
# Every module, as the launcher sets the paths: nothing trimmed that a screen needs.
app_packages=$(find "$scratch/root/usr" -maxdepth 4 -type d -name app_packages)
run /usr/bin/python3 -I "$(dirname "$0")/package_imports.py" "$(dirname "$app_packages")/app" "$app_packages" >/dev/null
# A Qt library or plugin left needing a Qt library the trimming removed.
broken=$(find "$app_packages" -name '*.so*' -type f -exec sh -c \
  'ldd "$1" 2>/dev/null | grep -q "libQt6[^ ]* => not found" && echo "$1"' _ {} \;)
if [ -n "$broken" ]; then
  echo "package_smoke: these need a Qt library the package no longer holds:" >&2
  echo "$broken" >&2
  exit 1
fi
cli --version
grep -qx "musette $(dpkg-deb -f "$deb" Version)" "$scratch/cli.log" || {
  echo "package_smoke: the packaged app does not say the package's version" >&2; exit 1; }
cli demo "$scratch/demo.musette"
cli export cv --vault "$scratch/demo.musette" "$scratch/cv.pdf"
head -c 5 "$scratch/cv.pdf" | grep -q '%PDF-' || { echo "package_smoke: the packaged CV export wrote no PDF" >&2; exit 1; }
# The app with a file, as a double-click starts it, on a real X server: still
# running after 8 s; the libraries it loaded are then checked against Depends.
cat >"$scratch/window.sh" <<'WINDOW'
"$1" "$2" >"$3/app.log" 2>&1 &
app=$!
sleep 8
if kill -0 "$app" 2>/dev/null; then cp "/proc/$app/maps" "$3/maps"; kill "$app"; fi
WINDOW
run xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
  sh "$scratch/window.sh" "$musette" "$scratch/demo.musette" "$scratch"
if [ ! -s "$scratch/maps" ]; then
  echo "package_smoke: the packaged app stopped before its window was up:" >&2
  tail -20 "$scratch/app.log" >&2
  exit 1
fi
/usr/bin/python3 "$(dirname "$0")/runtime_depends.py" "$deb" "$scratch/maps" "$scratch/root/"
echo "package_smoke: the packaged app runs (demo musette, CV export, window on a .musette file) and its libraries come with its dependencies"
