#!/usr/bin/env bash
# Build the Linux .deb with Briefcase, on Debian's own Python (Briefcase's
# "linux system" format needs it). Without network, give Briefcase a local
# checkout of its Linux system template: BRIEFCASE_TEMPLATE=/path/to/it
# (and BRIEFCASE_TEMPLATE_BRANCH if not "main").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build="$root/build/package"
tools="$root/build/briefcase-venv"

/usr/bin/python3 -m venv "$tools"
"$tools/bin/pip" install --quiet --disable-pip-version-check 'briefcase>=0.4,<0.5'
/usr/bin/python3 scripts/briefcase_bridge.py "$build"
cd "$build"

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
"$tools/bin/briefcase" build linux system --no-input
"$tools/bin/briefcase" package linux system --no-input
deb=$(ls dist/*.deb)
echo "package: $deb"
dpkg-deb -c "$deb" | grep -E '\.desktop|metainfo|mime|icons' || true
