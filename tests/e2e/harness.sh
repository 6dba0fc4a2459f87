#!/usr/bin/env bash
# Runs COMMAND next to what the end-to-end tests drive the app through: a headless X display
# (Xvfb), a D-Bus session with an unlocked Secret Service keyring (gnome-keyring), and
# tauri-driver inside that session (it starts WebKitWebDriver, which starts the app). A free
# display and port are picked, so two checkouts (or `make e2e` and `make deb-e2e`) can run side
# by side. Everything started here is stopped on exit, failure included.
#
#   tests/e2e/harness.sh LOGS_DIR COMMAND [ARGS...]
#
# COMMAND sees WEBDRIVER_URL (the driver), DISPLAY (the display), E2E_LOGS_DIR (LOGS_DIR, which
# gets the display's and the driver's logs; the driver's holds the app's output),
# E2E_DBUS_ADDRESS (the D-Bus session the app runs in: a second launch of the app must join it,
# so that the app's single-instance check finds the first) and E2E_OPENED (the file where the
# browser's stand-in, tests/e2e/bin/xdg-open, writes each address the app opened). Env: E2E_PORT (first port tried,
# default 4444), WEBITEL_HOOKS_PASSWORD (passed to the app through the driver).
set -euo pipefail

if [ $# -lt 2 ]; then
	echo "usage: $0 LOGS_DIR COMMAND [ARGS...]" >&2
	exit 2
fi
logs=$1
shift
mkdir -p "$logs"
rm -f "$logs/display" "$logs/dbus-address"

xvfb=""
driver=""
stop() {
	# The driver runs in a process group of its own (setsid): the D-Bus session, the keyring
	# daemon, tauri-driver, WebKitWebDriver and any app still open go together.
	[ -z "$driver" ] || kill -- -"$driver" 2>/dev/null || true
	[ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
	wait 2>/dev/null || true
}
trap stop EXIT

exec 3>"$logs/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb=$!
exec 3>&-
for _ in $(seq 100); do [ -s "$logs/display" ] && break; sleep 0.1; done
[ -s "$logs/display" ] || { cat "$logs/xvfb.log" >&2; echo "Xvfb did not start" >&2; exit 1; }
display=":$(head -n1 "$logs/display")"

listening() { (exec 2>/dev/null; : >"/dev/tcp/127.0.0.1/$1"); }
first=${E2E_PORT:-4444}
port=$first
while listening "$port" || listening "$((port + 1))"; do
	port=$((port + 2))
	[ "$port" -lt $((first + 100)) ] || { echo "no free port for tauri-driver" >&2; exit 1; }
done

# The app opens links with `xdg-open`; here that is tests/e2e/bin/xdg-open, which writes the
# address down instead, for the app (started by the driver) and the tests alike.
PATH="$(cd "$(dirname "$0")" && pwd)/bin:$PATH"
E2E_OPENED="$logs/opened"
: >"$E2E_OPENED"
export PATH E2E_OPENED

# The app speaks the OS's language: every test sees English unless it starts the app in another
# locale itself (tests/e2e/language.rs), whatever this machine's own locale is.
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES LANGUAGE

# The keyring's password only unlocks it for this session; the address is written before the
# driver starts, so it is there by the time the driver answers.
DISPLAY="$display" E2E_DBUS_FILE="$logs/dbus-address" setsid dbus-run-session -- bash -c '
	set -euo pipefail
	echo -n e2e-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
	echo "$DBUS_SESSION_BUS_ADDRESS" >"$E2E_DBUS_FILE"
	exec tauri-driver --port "$0" --native-port "$1"' "$port" "$((port + 1))" \
	>"$logs/tauri-driver.log" 2>&1 &
driver=$!
for _ in $(seq 100); do listening "$port" && break; sleep 0.1; done
listening "$port" || { cat "$logs/tauri-driver.log" >&2; echo "tauri-driver did not start" >&2; exit 1; }
[ -s "$logs/dbus-address" ] || { echo "the D-Bus session did not start" >&2; exit 1; }

echo "e2e: display $display, tauri-driver on port $port (logs in $logs)"
status=0
DISPLAY="$display" WEBDRIVER_URL="http://127.0.0.1:$port" E2E_LOGS_DIR="$logs" \
	E2E_DBUS_ADDRESS="$(head -n1 "$logs/dbus-address")" "$@" || status=$?
exit "$status"
