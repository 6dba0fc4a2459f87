# The words of the native side: the app's own errors, the tray menu, desktop notifications and
# native dialogs. The tray's status line uses the window's sync-* messages (main.ftl).

## The app's own errors
error-runtime = The app could not complete the request ({ $detail }). Restart it and try again.
error-still-starting = You are not signed in yet. Wait for the app to finish starting, then try again.
error-not-started = The app did not finish starting. Close it and start it again.
error-profiles-not-opened = The app could not open its profiles ({ $detail }). Start it again.
error-no-data-folder = The app cannot find a folder for its data ({ $detail }). Start it with --data-dir and a writable folder.
error-second-factor-at-start = This user signs in with a one-time code, which the app cannot take at start. Sign in on the Sign-in screen instead.
error-settings-not-loaded = The app did not finish starting, so its settings are not loaded. Close it and start it again.
error-settings-without-folder = The settings cannot be saved because the app has no data folder. Start it with --data-dir and a writable folder.
error-settings-not-saved = The settings could not be saved ({ $detail }). Check that { $path } is writable, then try again.
error-start-at-login-unavailable = Start at login is not available in this build of the app. Add the app to your desktop's startup programs instead.
error-start-at-login-not-on = Start at login could not be turned on ({ $detail }). Check your desktop's startup programs, then try again.
error-start-at-login-not-off = Start at login could not be turned off ({ $detail }). Check your desktop's startup programs, then try again.
error-window-gone = The app's window is gone. Quit the app from the tray and start it again.
error-window-not-hidden = The window could not be hidden ({ $detail }). Try again, or restart the app.
error-window-not-shown = The window could not be shown ({ $detail }). Try again, or restart the app.
error-sync-without-session = You are not signed in. Open the window and sign in, then sync again.
error-no-confirmation = The app cannot ask for a confirmation here, so the hooks of { $queue } were left as they are. Disable them in the window instead.
error-browser-not-opened = The browser could not be opened ({ $detail }). Open { $address } in your browser yourself.
error-not-a-web-address = { $address } is not a web address (https:// or http://), so it was not opened. Check the profile's Webitel admin address.

## The tray menu
tray-show = Show window
tray-hide = Hide window
tray-sync-now = Sync now
tray-quit = Quit
tray-offline = { $count ->
    [0] Offline: no changes waiting
    [one] Offline: { $count } change waiting
   *[other] Offline: { $count } changes waiting
}
tray-disable-all = Disable all hooks of { $owner }
tray-team = { $team } (team)
# A hook in a pinned queue's submenu: "Bridged → Survey after call".
tray-hook = { $event } → { $flow }
tray-hook-pending = { $event } → { $flow } (pending)
tray-failed-hook = The hook was not changed
tray-failed-disable-all = Not every hook was disabled
tray-failed-sync = The sync did not start
tray-failed-show = The window did not respond
tray-failed = The tray could not do that

## The confirmation before Disable all, from the tray
tray-confirm-title = Disable all hooks of { $queue }
tray-confirm-text = { $count ->
    [one] Disable its enabled hook? Calls in { $queue } stop starting their flows until the hooks are enabled again.
   *[other] Disable its { $count } enabled hooks? Calls in { $queue } stop starting their flows until the hooks are enabled again.
}
tray-confirm-yes = Disable all
tray-confirm-no = Cancel

## Desktop notifications
notify-conflicts = { $count ->
    [one] A change you made offline conflicts with the server: open the app to choose.
   *[other] { $count } changes you made offline conflict with the server: open the app to choose.
}
notify-changed = { $count ->
    [one] { $count } hook was changed on { $server } by someone else.
   *[other] { $count } hooks were changed on { $server } by someone else.
}
notify-the-server = the server

## Native file dialogs
dialog-export-hooks = Export hooks
dialog-export-journal = Export the journal
dialog-import-hooks = Import hooks
dialog-filter-export = Webitel Hooks export (JSON)
dialog-filter-json = JSON (to import again)
dialog-filter-csv = CSV (to read)
dialog-filter-csv-only = CSV
