#!/usr/bin/env bash
# Build the Linux .deb with Briefcase, on Debian's own Python (Briefcase's
# "linux system" format needs it), then read the package back and start it.
# Without network, give Briefcase a local checkout of its Linux system
# template: BRIEFCASE_TEMPLATE=/path/to/it (and BRIEFCASE_TEMPLATE_BRANCH if
# not "main"). ESCO=/path/to/esco (folder or portal ZIP) is built into the
# package so the skills wizard works offline from the first start.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build="$root/build/package"
tools="$root/build/briefcase-venv"
esco=${ESCO:-../shared/data/esco}
rome=${ROME:-../shared/data/rome-4.0}

if [ ! -e "$esco" ]; then
  echo "make package: the ESCO files are not at $esco; give ESCO=/path/to/the ESCO folder or ZIP (esco.ec.europa.eu, CSV, French and English)" >&2
  exit 1
fi

/usr/bin/python3 -m venv "$tools"
"$tools/bin/pip" install --quiet --disable-pip-version-check 'briefcase>=0.4,<0.5'
shipped=(--esco "$esco")
# ROME 4.0 (France Travail), with Diagoriente's lists from the `diagoriente`
# folder beside it, is shipped when its files are there; else the app asks for
# `musette reference import` before the discovery path and the jobs explorer.
if [ -d "$rome" ]; then shipped+=(--rome "$rome"); fi
/usr/bin/python3 scripts/briefcase_bridge.py "$build" "${shipped[@]}"
cd "$build"
# Debian's own toolchain only: a python3.11-config from pyenv or a virtual
# environment earlier in PATH would link the launcher to another libpython.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin

template=()
if [ -n "${BRIEFCASE_TEMPLATE:-}" ]; then
  template=(-C "template=\"$BRIEFCASE_TEMPLATE\"" -C "template_branch=\"${BRIEFCASE_TEMPLATE_BRANCH:-main}\"")
fi
if ! "$tools/bin/briefcase" create linux system --no-input "${template[@]}" >create.log 2>&1; then
  if [ -z "${BRIEFCASE_TEMPLATE:-}" ]; then
    echo "make package: Briefcase could not get its Linux template (no network here); set BRIEFCASE_TEMPLATE=/path/to/a/local/checkout of briefcase-linux-system-template (details: build/package/create.log)" >&2
  else
    echo "make package: Briefcase could not create the app from $BRIEFCASE_TEMPLATE (details: build/package/create.log)" >&2
  fi
  exit 1
fi
# The bundle's root is build/musette/<vendor>/<codename>/musette-<version>.
project=$(ls -d build/musette/*/*/musette-*/)
/usr/bin/python3 "$root/scripts/desktop_integration.py" install "$project" >/dev/null
# Debug information in third-party wheels' libraries, as Debian's dh_strip
# removes it (SQLCipher and Pillow carry about 15 MB of it).
find "$project/usr/lib" -type f \( -name '*.so' -o -name '*.so.*' \) -exec strip --strip-debug {} +
"$tools/bin/briefcase" build linux system --no-input >build.log 2>&1 || {
  echo "make package: Briefcase could not build the app (details: build/package/build.log)" >&2; exit 1; }
"$tools/bin/briefcase" package linux system --no-input >package.log 2>&1 || {
  echo "make package: Briefcase could not make the .deb (details: build/package/package.log)" >&2; exit 1; }
deb=$(ls "$build"/dist/*.deb)
/usr/bin/python3 "$root/scripts/desktop_integration.py" check "$deb"
bash "$root/scripts/package_smoke.sh" "$deb"
# What desktops read, as dpkg-deb lists it.
dpkg-deb -c "$deb" | grep -oE '\./usr/share/(applications|metainfo|mime/packages|man/man1)/[^ ]+|\./usr/share/icons/hicolor/[^ ]+\.(png|svg)'
echo "package: $deb"
