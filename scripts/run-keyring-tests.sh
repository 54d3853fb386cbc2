#!/usr/bin/env bash
# Run the tests marked `secret_service` (a real gnome-keyring, a real D-Bus
# session bus for the screen-lock signals) in a
# private D-Bus session and a throw-away home, so the person's own keyring is
# never touched.
set -euo pipefail

python=${1:?usage: run-keyring-tests.sh PYTHON}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/run" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

# Without --unlock the daemon would ask for a password in a prompt and fail.
exec dbus-run-session -- sh -c '
  printf %s musette-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
  QT_QPA_PLATFORM=offscreen exec "$0" -m pytest -p no:cacheprovider -m secret_service tests/integration
' "$python"
