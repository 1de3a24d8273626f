#!/usr/bin/env bash
# Runs a command against a private, unlocked OS keychain: a fresh D-Bus session bus (dbus-run-session) with
# gnome-keyring-daemon serving the Secret Service API, its "login" keyring unlocked with a throwaway password fed
# on stdin. HOME and the XDG folders point into STATE_DIR, so the user's own keychain is never touched.
#
#   with-keyring.sh STATE_DIR COMMAND [ARG...]
#
# The command always runs. When no keyring can be started, it runs with COFFER_KEYRING_UNAVAILABLE set to the
# reason (the test then skips and says why); when one is running, COFFER_KEYRING_SESSION=1.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 STATE_DIR COMMAND [ARG...]" >&2
    exit 2
fi

if [[ $1 == --inside-session ]]; then
    # Second stage, inside dbus-run-session: start the keyring daemon on this private bus.
    shift
    state=$1
    shift
    : >"$state/session-started"
    # --unlock reads the password from stdin, creates the login keyring on first use and makes it the default
    # collection; the daemon forks and the foreground process returns once it is serving.
    if printf '%s\n' 'coffer-test-keyring' \
        | gnome-keyring-daemon --unlock --components=secrets >"$state/gnome-keyring.out" 2>"$state/gnome-keyring.err"; then
        export COFFER_KEYRING_SESSION=1
    else
        reason=$(tr '\n' ' ' <"$state/gnome-keyring.err" | head -c 400)
        export COFFER_KEYRING_UNAVAILABLE="gnome-keyring-daemon did not start: $reason"
    fi
    exec "$@"
fi

state=$1
shift
rm -rf "$state"
mkdir -p "$state"/home "$state"/config "$state"/data "$state"/cache "$state"/runtime
chmod 700 "$state"/runtime
state=$(cd "$state" && pwd)
export HOME=$state/home XDG_CONFIG_HOME=$state/config XDG_DATA_HOME=$state/data XDG_CACHE_HOME=$state/cache \
    XDG_RUNTIME_DIR=$state/runtime
# Never reach an outer session's bus or keyring.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK COFFER_KEYRING_SESSION COFFER_KEYRING_UNAVAILABLE

missing=()
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    export COFFER_KEYRING_UNAVAILABLE="not installed: ${missing[*]} (packages dbus, gnome-keyring; packaging/dev.sh installs them)"
    exec "$@"
fi

# dbus-run-session ends the bus when the command exits; gnome-keyring-daemon leaves with its bus.
rc=0
dbus-run-session -- bash "$0" --inside-session "$state" "$@" || rc=$?
if [[ ! -e $state/session-started ]]; then
    # The bus itself could not be started, so the command never ran: run it once more, told why.
    export COFFER_KEYRING_UNAVAILABLE="dbus-run-session could not start a private session bus (exit status $rc)"
    exec "$@"
fi
exit "$rc"
