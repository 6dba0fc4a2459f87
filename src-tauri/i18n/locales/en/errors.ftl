# What went wrong, as the native side reports it. Each message is one sentence or two: what
# happened, then what to do. Arguments: $server (an address), $detail (the server's, the
# system's or a library's own words, never translated), $path and $file (a file), $event (an
# event's name, already translated), $type (a queue type, already translated).

## The server and the session
error-unreachable = The server at { $server } cannot be reached. Check your connection and try again.
error-busy = The server at { $server } is too busy to answer now. Try again in a moment.
error-session-ended = Your session has ended. Sign in again.
error-not-signed-in = You are not signed in. Sign in to a Webitel server first.
error-forbidden-because = Your user is not allowed to do this on the server: { $detail }. Ask your Webitel administrator for the permission.
error-forbidden = Your user is not allowed to do this on the server. Ask your Webitel administrator for the permission.
error-read-only = Your user may view these hooks but not change them. Ask your Webitel administrator for the right to edit queues.
error-flows-forbidden = Your user may not read flow schemas, so no flow can be picked. Ask your Webitel administrator for read access to flow schemas.
error-queue-gone = This queue no longer exists on the server. Refresh the queue list and pick another queue.
error-team-gone = This team no longer exists on the server. Refresh the list of teams and pick another team.
error-event-already-enabled = Another { $event } hook of this queue is enabled, and a queue takes one enabled hook per event, so this one was left disabled. Disable the other { $event } hook first.
error-flow-taken-in-team = The server refused a second hook of this flow in this team: a team takes one hook per flow. Pick another flow, or edit the team's hook of this flow.
error-hook-gone = This hook no longer exists on the server. Refresh to see the current list.
error-rejected-because = The server refused the change: { $detail }. Check the values and try again.
error-rejected = The server refused the change. Check the values and try again.
error-second-enabled-hook = The server refused a second enabled { $event } hook on this queue: only one hook per event may be enabled. Disable the other { $event } hook first.
error-second-enabled-hook-any = The server refused a second enabled hook for this event on this queue: only one hook per event may be enabled. Disable the other hook of this event first.
error-server-failed-because = The server at { $server } failed to handle the request: { $detail }. Try again; if it keeps failing, tell your Webitel administrator.
error-server-failed = The server at { $server } failed to handle the request. Try again; if it keeps failing, tell your Webitel administrator.
error-unreadable-answer = The server at { $server } sent an answer this app cannot read. Check that the address points to a Webitel server, then try again.
error-answer-too-large = The server at { $server } sent an answer far larger than any Webitel answer, so it was not read. Check that the address points to a Webitel server, then try again.
error-redirected = The server at { $server } answered with a redirect to { $to }, which this app does not follow, so nothing was sent there. Check the server address (https:// or http://, and the path), then try again.

## The server's certificate
error-certificate-unknown-issuer = The server's certificate is not signed by an authority this computer trusts. If the server uses a private CA, add its certificate to the profile.
error-certificate-expired = The server's certificate has expired. Ask the server's administrator to renew it.
error-certificate-not-valid-yet = The server's certificate is not valid yet. Check this computer's date and time, then try again.
error-certificate-name-mismatch = The server's certificate was issued for another name than { $server }. Check the address, or ask the server's administrator for a certificate with this name.
error-certificate-revoked = The server's certificate has been revoked. Ask the server's administrator for a new one.
error-certificate-none = The server at { $server } presented no certificate. Check the address, or ask the server's administrator.
error-certificate-not-tls = The server at { $server } does not speak HTTPS at this address. Check whether the address should start with http:// instead.
error-certificate-refused = The server's certificate was refused: { $detail }. Check the address and the profile's CA certificate.
error-certificate-invalid = The server's certificate cannot be verified ({ $detail }). Ask the server's administrator for a valid certificate, or add the CA that signed it to the profile.
error-certificate = The secure connection to the server failed ({ $detail }). Check the address and the profile's CA certificate.
error-server-address = The server address is not a valid http(s) address ({ $detail }). Correct it and try again.
error-server-settings = The connection settings cannot be used ({ $detail }). Correct the server settings and try again.
error-client = The request could not be sent ({ $detail }). Try again; if it keeps failing, tell your Webitel administrator.

## Signing in
error-wrong-password = The server refused this username or password. Check them and try again.
error-wrong-code = The server refused this one-time code. Type the current code from your authenticator app and try again.
error-second-factor-unsupported = This user signs in with a one-time code, which this version of the app cannot ask for yet. Sign in with a user without two-factor sign-in.
error-sign-in-not-waiting = This sign-in is no longer waiting for a code. Sign in again with your password.
error-password-needed = Your session on { $server } has ended. Type the password of { $username } to sign in again.
error-bad-ca-certificate = The profile's CA certificate cannot be used ({ $detail }). Paste the CA certificate in PEM form (it starts with -----BEGIN CERTIFICATE-----).

## What the user typed
error-no-password = Type the password, then sign in again.
error-no-username = Type the username (user@domain), then sign in again.
error-bad-server-address = The server address is not valid. Write it as https://your-server, then try again.
error-bad-admin-address = The admin address is not valid. Write it as https://your-server/admin, or leave it empty for the server's own, then save again.
error-no-profile-name = A profile needs a name. Type one, then save again.
error-no-flow = Pick the flow schema the hook starts, then save again.
error-unknown-event = Pick one of the events the list offers for the hook, then save again.
error-not-a-team-event = A team's hook starts on Agent status: pick that event, then save again.
error-event-never-fires = That event never fires on a { $type } queue, so the hook would never start its flow. Pick an event the list offers for this queue, then save again.
error-no-such-owner = That queue or team is not one the server lists. Pick one from the list, then try again.
error-private-key-in-ca = The pasted text holds a private key, which this app never keeps: paste only the CA certificate, then try again.
error-page-size = Rows per page go from 1 to 1000: pick one of those, then try again.
error-page-number = Pages are numbered from 1 to 1,000,000: go to the first page, then try again.
error-too-many = At most 1000 items go in one request: pick fewer, then try again.
error-too-long = The text is longer than 1000 characters: shorten it, then try again.
error-no-such-profile = That server profile is not on this desktop any more: pick one from the list, then try again.

## The keyring
# $what: read, saved, deleted or opened. $platform: macos, windows or linux. $detail: one of the
# keyring-trouble-* messages below.
error-keyring-none = No keyring service is running. Install and unlock GNOME Keyring (package gnome-keyring) or KeePassXC with Secret Service, or sign in for this session only.
error-keyring-not-opened = The system keyring cannot be opened: { $detail }. { $platform ->
    [macos] Unlock the login keychain in Keychain Access, or sign in for this session only.
    [windows] Check that the Credential Manager service is running, or sign in for this session only.
   *[linux] Unlock the keyring (GNOME Keyring or KeePassXC with Secret Service), or sign in for this session only.
}
error-keyring-silent = The keyring does not answer: { $detail }. { $platform ->
    [macos] Unlock the login keychain in Keychain Access, or sign in for this session only.
    [windows] Check that the Credential Manager service is running, or sign in for this session only.
   *[linux] Unlock the keyring (GNOME Keyring or KeePassXC with Secret Service), or sign in for this session only.
}
error-keyring-stalled = The keyring did not answer within { $seconds } seconds: it may be waiting for its password in a window that cannot be seen. Unlock the keyring and start the app again, or sign in for this session only.
error-keyring-probe-stopped = The keyring's check stopped unexpectedly. Start the app again, or sign in for this session only.
error-keyring-locked = The keyring entry could not be { $what ->
    [read] read
    [deleted] deleted
    [opened] opened
   *[saved] saved
}: { $detail }. { $platform ->
    [macos] Unlock the login keychain in Keychain Access, or sign in for this session only.
    [windows] Check that the Credential Manager service is running, or sign in for this session only.
   *[linux] Unlock the keyring (GNOME Keyring or KeePassXC with Secret Service), or sign in for this session only.
}
error-keyring-failed = The keyring entry could not be { $what ->
    [read] read
    [deleted] deleted
    [opened] opened
   *[saved] saved
}: { $detail }.
error-keyring-task-stopped = The keyring call stopped unexpectedly ({ $detail }). Try again.
# What went wrong in a keyring call; $inner is the keyring's own words.
keyring-trouble-service-failed = the keyring service failed ({ $inner })
keyring-trouble-locked = the keyring is locked ({ $inner })
keyring-trouble-no-entry = there is no such entry
keyring-trouble-bad-format = the saved value is not in the expected format
keyring-trouble-damaged = the keyring is damaged ({ $inner })
keyring-trouble-too-long = a name is longer than the keyring allows ({ $inner })
keyring-trouble-invalid = a name is not valid for the keyring ({ $inner })
keyring-trouble-ambiguous = more than one entry has this name
keyring-trouble-no-store = no keyring is set up
keyring-trouble-not-supported = the keyring cannot do this ({ $inner })
keyring-trouble-unknown = an unknown keyring error

## Files on this computer
error-store-damaged = The local cache file { $path } is damaged ({ $detail }). Close the app, move that file away, and start the app again: the cache is rebuilt from the server.
error-store-unusable = The local cache file { $path } cannot be used ({ $detail }). Check that the disk has space and the file is writable, then try again.
error-store-newer = The local cache file { $path } was written by a newer version of Webitel Hooks (schema { $found }, this version knows { $known }). Update the app, or move that file away to start with an empty cache.
error-store-damaged-not-set-aside = The local cache was damaged and cannot be moved aside ({ $detail }). Close other programs that use { $path }, then start the app again.
error-store-newer-not-set-aside = The local cache was written by a newer version of Webitel Hooks and cannot be moved aside ({ $detail }). Close other programs that use { $path }, then start the app again.
error-cache-folder = The folder { $path } for the local cache cannot be created ({ $detail }). Check that it is writable, then start the app again.
error-cache-not-deleted = The cache file { $path } cannot be deleted ({ $detail }). Close other programs that use it, then try again.
error-data-folder = The data folder { $path } cannot be created ({ $detail }). Check that it is writable, then start the app again.
error-profiles-newer = The profiles file { $path } was written by a newer version of Webitel Hooks (schema { $found }, this version knows { $known }). Update the app.
error-not-an-export = The file { $file } is not an export of Webitel Hooks ({ $detail }). Pick a JSON file that Export made.
# Why a file is not an export ($inner: the parser's own words).
export-why-not-json = not JSON: { $inner }
export-why-not-an-object = it is not a JSON object
export-why-not-named = it does not say it is an export of Webitel Hooks
export-why-no-version = it has no format version
export-why-shape = { $inner }
export-why-too-large = it is larger than { $mib } MiB
error-newer-export = The file { $file } was exported by a newer version of Webitel Hooks (format version { $found }; this version reads versions up to { $known }). Update the app to import it.
error-file-not-read = The file { $path } cannot be read ({ $detail }). Check that it is there and that you may read it.
# The cache file could not be used and was set aside ($kept: where it went) and rebuilt.
notice-cache-rebuilt = { $why ->
    [newer] The local cache was written by a newer version of Webitel Hooks
   *[damaged] The local cache was damaged
} and has been rebuilt; nothing waiting to be sent was lost. It fills again from the server (the old file is kept as { $kept }).
notice-cache-rebuilt-kept = { $why ->
    [newer] The local cache was written by a newer version of Webitel Hooks
   *[damaged] The local cache was damaged
} and has been rebuilt; { $count ->
    [one] the { $count } change waiting to be sent was kept and will be sent
   *[other] the { $count } changes waiting to be sent were kept and will be sent
} when the server can be reached (the old file is kept as { $kept }).
notice-cache-rebuilt-lost = { $why ->
    [newer] The local cache was written by a newer version of Webitel Hooks
   *[damaged] The local cache was damaged
} and has been rebuilt. Changes made offline that were waiting to be sent could not be read from it and are lost; check the hooks you changed offline (the old file is kept as { $kept }).
error-file-not-written = The export cannot be written to { $path } ({ $detail }). Pick another folder or file name.

## Profiles, copies, pins, the sync
error-profile-gone = This server profile no longer exists. Pick another profile or add it again.
error-target-needs-sign-in = Copying into { $profile } needs a sign-in to that profile. Switch to { $profile }, sign in, switch back, and copy again.
error-target-never-synced = The server of { $profile } at { $server } cannot be reached, and { $profile } was never synced on this desktop, so its queues are not known. Try again when that server can be reached.
error-queue-not-cached = This queue is not in the local cache, so it cannot be pinned. Refresh the queue list, then pin it again.
error-conflict-gone = This conflict is already resolved. Refresh to see the current list.
error-sync-superseded = The sync stopped because another profile was opened; the new profile's sync starts by itself.
error-hook-not-listed = This hook is no longer among the hooks of { $queue }. Open the window to see them as they are now.
error-not-all-disabled = { $failed } of the { $total } enabled hooks of { $queue } were not disabled: { $first }
error-queues-not-read = { $failed } of { $total } queues and teams could not be read; they show what was read before. { $first }

## Changes that waited, and undo
error-conflict-deleted-on-server = The hook was deleted on the server while this change waited.
error-conflict-queue-deleted = The queue was deleted on the server, or you may no longer read it, while this change waited: discard the change, or keep it to try again once the queue is back.
error-conflict-changed-on-server = The hook was changed on the server while this change waited.
error-undo-needs-server = Undo first reads the hook from the server, and the server cannot be reached now, so nothing was undone. Try again when you are online.
# $what: what differs, made of the difference-* messages joined by "; ".
error-changed-since = The hook changed on the server since this change: { $what }. Nothing was undone, so that newer state stays; change the hook yourself if it should go back.
error-undo-pending = This change still waits to be sent to the server, so there is nothing to undo yet. Sync now, then undo it.
error-undo-conflict = This change met a change made on the server and waits for your choice, so there is nothing to undo. Settle the conflict first (Keep mine, Take theirs or Discard).
error-nothing-to-undo = The server did not take this change, so there is nothing to undo.
error-already-undone = This change was already undone.
error-journal-entry-gone = This journal entry is no longer kept (old entries are removed after the number of days set in Settings). Refresh the journal.
difference-deleted = it was deleted on the server
difference-exists = it is on the server again
difference-event = its event is now { $event }
difference-flow = its flow is now { $flow }
difference-enabled = it is now enabled
difference-disabled = it is now disabled
difference-separator = ;{" "}
