# The words of Webitel Hooks, English. A language is a copy of this file with the values translated.

app-title = Webitel Hooks
app-version = { $name } { $version }

## Session start
session-loading = Signing in…

## Sign-in screen
sign-in-form = Sign in
sign-in-title = Sign in to Webitel
sign-in-loading = Reading your server profiles…
sign-in-profile = Profile
sign-in-new-server = New server…
sign-in-server = Server URL
sign-in-server-placeholder = https://cc.example.com
sign-in-username = Username
sign-in-username-placeholder = user@domain
sign-in-password = Password
sign-in-remember = Remember me
sign-in-remember-hint = Keeps the password in this computer's keyring, so an expired session renews by itself.
sign-in-keyring-title = This computer's keyring cannot be used.
sign-in-keyring-hint = Nothing is kept between runs: you type the password again next time you open the app.
sign-in-session-only = This session only
sign-in-ca = Private CA certificate
sign-in-ca-hint = For a server whose certificate is signed by your organisation's own authority: paste that authority's certificate (PEM). Certificates are always checked.
sign-in-ca-kept = This profile already trusts a certificate of its own; paste another to replace it.
sign-in-ca-pem = CA certificate (PEM)
sign-in-submit = Sign in
sign-in-cancel = Cancel
sign-in-code-lead = Your account asks for a second factor. Type the one-time code from your authenticator app.
sign-in-code = One-time code
sign-in-verify = Verify
sign-in-back = Back

## Profile menu and its dialogs
profiles = Profiles
profiles-add = Add server…
profiles-rename = Rename profile…
profiles-remove = Remove profile…
profiles-settings = Settings…
profiles-sign-out = Sign out
dialog-cancel = Cancel
rename-title = Rename profile
rename-name = Profile name
remove-title = Remove profile
remove-text = Remove the profile
remove-detail = Its saved password, session and cached hooks go from this computer. The hooks on the server stay as they are.
remove-confirm = Remove
sign-out-title = Sign out
sign-out-text = You will need the password to sign in to this server again. Changes not yet sent stay on this computer.
sign-out-wipe = Also delete the cached hooks of this server
sign-out-confirm = Sign out

## Session expired
expired-title = Session expired
expired-kept = Your place and every change not yet sent are kept.

## Queue picker
queues-title = Queues
queues-search = Search queues
queues-type = Queue type
queues-type-all = All types
queues-list = Queues
queues-loading = Loading queues…
queues-empty = No queue matches.
queues-pin = Pin to tray
queues-pinned = Pinned to the tray: its hooks can be switched from the tray's menu. Press to unpin.
queue-disabled = Disabled
queue-type-offline = Offline
queue-type-inbound = Inbound
queue-type-ivr = IVR
queue-type-preview = Preview
queue-type-progressive = Progressive Dialer
queue-type-predictive = Predictive Dialer
queue-type-inbound-chat = Inbound chat
queue-type-inbound-task = Inbound task
queue-type-outbound-task = Outbound task
queue-type-im-chat = IM chat
queue-type-outbound-call = Outbound call
queue-type-other = Type { $code }

## Registry
registry-pick-title = No queue picked
registry-pick = Pick a queue on the left to review its hooks.
registry-subtitle = Hooks start a flow schema when an event happens to a member of this queue.
registry-read-only = You may only view the hooks of this queue: adding, changing or deleting them needs update rights on queues.
hooks-refresh = Refresh
hooks-add = Add
hooks-delete-selected = Delete { $count } selected items
hooks-selected = { $count } selected
hooks-table = Hooks
hooks-select-all = Select all
hooks-select = Select
col-event = Event
col-flow = Flow schema
col-state = State
col-actions = Actions
hooks-state = State
hooks-enabled = Enabled
hooks-disabled = Disabled
hooks-edit = Edit hook
hooks-delete = Delete
hooks-empty = There are no records yet
hooks-empty-hint = Add a hook with the Add button.
hooks-loading = Loading hooks…
hooks-never-fires = never fires
hooks-never-fires-title = The call center never fires this event for a { $type } queue, so this hook never starts its flow.

## Pagination
pagination = Pages
page-size = Rows per page
page-prev = Previous
page-next = Next
page-number = Page { $page }

## Add / edit modal
modal-add = Add hook
modal-edit = Edit hook
modal-event = Event
modal-event-placeholder = Select an event
modal-flow = Flow schema
modal-flow-list = Flow schemas
modal-flow-placeholder = Search flow schemas
modal-flow-none = No flow schema matches.
modal-flow-loading = Loading flow schemas…
modal-flow-selected = Selected: { $name }
modal-flow-unselected = No flow schema chosen yet.
modal-flow-forbidden = You may not read flow schemas, so no flow can be chosen. Ask an administrator for read access to flow schemas.
modal-duplicate = Another { $event } hook is enabled on this queue; the server allows only one.
modal-never-fires = The call center never fires this event for a { $type } queue.
modal-required = Required
modal-save = Save
modal-saving = Saving…
modal-close = Close
modal-loading = Reading the hook from the server…

## Delete confirmation
confirm-title = Confirm deletion
confirm-text = Are you sure you want to delete { $count } record(s)?
# The one hook a single delete removes: its event and its flow schema.
confirm-hook = { $event } → { $flow }
confirm-yes = Yes
confirm-no = No

## Notifications
toasts-region = Notifications
toast-close = Dismiss
toast-created = Hook added.
toast-saved = Hook saved.
toast-deleted = Deleted { $count } record(s).
toast-delete-failed = Could not delete { $count } record(s): { $list }
toast-delete-failure = { $label } ({ $message })

## Events: label, and what makes the call center fire it
event-joined = Joined
event-joined-meaning = The member entered the queue.
event-answered = Answered
event-answered-meaning = Defined, but the call center never fires it, in any queue type.
event-offering = Offering
event-offering-meaning = The call is being offered to an agent (the agent's leg is ringing).
event-bridged = Bridged
event-bridged-meaning = The customer and the agent are connected.
event-missed = Missed
event-missed-meaning = The offered agent did not answer or rejected the call.
event-leaving = Leaving
event-leaving-meaning = The attempt ended and the member leaves the queue, whatever the result; also when the member's expiry passed.
event-processing = Processing
event-processing-meaning = Post-call wrap-up; only when the queue has post-processing on.
event-active = Active
event-active-meaning = The agent answered (Offline and Preview queues).
event-other = { $value }
event-other-meaning = An event this version does not know: { $value }.

## Sync bar
sync-status = Sync status
sync-progress = Sync progress
sync-now = Sync now
sync-never = Never synchronised
sync-just-now = Synchronised just now
sync-minutes = Synchronised { $count } min ago
sync-hours = Synchronised { $count } h ago
sync-running = Synchronising… { $done } of { $total } queues
sync-starting = Synchronising…

## Banners
offline-title = Offline
offline-text = You are offline: { $server } cannot be reached. You are working from the cache; changes are kept and sent when it is back.
offline-pending = { $count ->
    [one] { $count } change waiting to be sent.
   *[other] { $count } changes waiting to be sent.
}
conflicts-title = Conflicts
conflicts-text = { $count ->
    [one] { $count } change conflicts with the server.
   *[other] { $count } changes conflict with the server.
}
conflicts-review = Review conflicts

## Offline marks on registry rows
mark-pending = Pending
mark-pending-title = Waiting to be sent
mark-conflict = Conflict
mark-conflict-action = Resolve conflict
mark-conflict-title = This change conflicts with the server: choose which version stays.

## Conflict dialog
conflict-title = Conflict
conflict-loading = Reading the conflicts…
conflict-position = { $position } of { $count }
conflict-queue = Queue:
conflict-queue-unknown = Queue { $id }
conflict-mine = Your version
conflict-theirs = Server version
conflict-deleted = Deleted
conflict-keep-mine = Keep mine
conflict-keep-mine-title = Send your version over the server's.
conflict-take-theirs = Take theirs
conflict-take-theirs-title = Drop your change and keep the server's version.
conflict-discard = Discard
conflict-discard-title = Drop your change and read the hook from the server again.

## All queues
all-title = All queues
all-total = { $count ->
    [one] { $count } hook
   *[other] { $count } hooks
}
all-filters = Filters
all-search = Search hooks
all-filter-any = All
all-filter-queue = Filter by queue
all-filter-queue-type = Filter by queue type
all-filter-event = Filter by event
all-filter-flow = Filter by flow
all-filter-state = Filter by state
all-only-pending = Only pending
all-only-conflicts = Only conflicts
all-table = All hooks
all-col-queue = Queue
all-col-queue-type = Queue type
all-open-queue = Open this queue's hooks

## Settings
settings-title = Settings
settings-loading = Reading the settings…
settings-close-to-tray = Keep running in the tray when the window is closed
settings-start-at-login = Start at login
settings-notifications = Desktop notifications
settings-copy-diagnostics = Copy diagnostics
settings-diagnostics-hint = Versions, folders, keyring state and recent errors, for a bug report. Never a password or a token.
settings-diagnostics = Diagnostics
settings-copied = Diagnostics copied
settings-copy-failed = The clipboard could not be reached: the diagnostics are selected in the box above; copy them from there (Ctrl+C).
settings-close = Close

# A queue whose server answer had rows this app could not read: they show as last read, if ever.
hooks-skipped = { $count ->
    [one] One hook of this queue could not be read (the server sent it in a form this app does not know): it shows as it was last read, or not at all if it never was. Open it in Webitel's admin to review it.
   *[other] { $count } hooks of this queue could not be read (the server sent them in a form this app does not know): they show as they were last read, or not at all if they never were. Open them in Webitel's admin to review them.
}
