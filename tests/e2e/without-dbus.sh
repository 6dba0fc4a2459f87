#!/bin/sh
# Starts the app given as the first argument, with the rest as its arguments, outside any D-Bus
# session, so that no keyring (Secret Service) can be reached: the end-to-end tests use it as
# tauri-driver's `application` to see the app's no-keyring path.
unset DBUS_SESSION_BUS_ADDRESS
exec "$@"
