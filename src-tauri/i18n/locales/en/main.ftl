# The words of Webitel Hooks, English. A language is a copy of this file with the values translated.

app-title = Webitel Hooks
app-version = { $name } { $version }

## The window's own failures ($command: the command's name; $detail: what went wrong, in
## the words of the part that failed)
error-window-request = The window could not prepare the request { $command } ({ $detail }).
error-window-answer = The window could not read the answer to { $command } ({ $detail }). Restart the app.
error-window-refused = The app refused the request ({ $detail }). Restart the app; if this persists, report it.

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
profiles-edit = Edit profile…
profiles-remove = Remove profile…
profiles-settings = Settings…
profiles-sign-out = Sign out
dialog-cancel = Cancel
profile-edit-title = Edit profile
profile-edit-name = Profile name
profile-edit-admin = Webitel admin address
profile-edit-admin-note = Flow links open here. Leave it empty for the server's own admin.
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

## Teams beside queues in the picker (for a user who may read teams' hooks)
owners-tabs = Queues and teams
teams-title = Teams
teams-search = Search teams
teams-list = Teams
teams-loading = Loading teams…
teams-empty = No team matches.
# What a team's hook belongs to, where a queue's shows its queue type.
owner-team = Team

## Registry
registry-pick-title = No queue picked
registry-pick = Pick a queue on the left to review its hooks.
registry-pick-owner = Pick a queue or a team on the left to review its hooks.
registry-subtitle = Hooks start a flow schema when an event happens to a member of this queue.
registry-read-only = You may only view the hooks of this queue: adding, changing or deleting them needs update rights on queues.
registry-read-only-team = You may only view the hooks of this team: adding, changing or deleting them needs update rights on teams.
hooks-refresh = Refresh
hooks-add = Add
hooks-delete-selected = { $count ->
    [one] Delete { $count } selected item
   *[other] Delete { $count } selected items
}
hooks-selected = { $count } selected
hooks-table = Hooks
hooks-select-all = Select all
hooks-select = Select
# A row whose owner the user may not change, in the all-hooks registry: why it cannot be selected.
hooks-select-forbidden-queue = Changing a queue's hooks needs update rights on queues.
hooks-select-forbidden-team = Changing a team's hooks needs update rights on teams.
col-event = Event
col-flow = Flow schema
col-state = State
col-actions = Actions
hooks-state = State
hooks-enabled = Enabled
hooks-disabled = Disabled
hooks-edit = Edit hook
hooks-open-flow = Open { $flow } in Webitel's admin
hooks-delete = Delete
hooks-empty = There are no records yet
hooks-empty-hint = Add a hook with the Add button.
hooks-loading = Loading hooks…
hooks-never-fires = never fires
hooks-never-fires-title = The call center never fires this event for a { $type } queue, so this hook never starts its flow.

## Bulk switch of the selected hooks (both registries)
bulk-bar = Selection
bulk-enable = Enable
bulk-disable = Disable
bulk-enable-selected = { $count ->
    [one] Enable { $count } selected hook
   *[other] Enable { $count } selected hooks
}
bulk-disable-selected = { $count ->
    [one] Disable { $count } selected hook
   *[other] Disable { $count } selected hooks
}
bulk-selected = { $count ->
    [one] { $count } hook selected
   *[other] { $count } hooks selected
}
bulk-select-matching = { $count ->
    [one] Select the { $count } matching hook
   *[other] Select all { $count } matching
}
bulk-all-matching-selected = { $count ->
    [one] The { $count } matching hook you may change is selected.
   *[other] All { $count } matching hooks you may change are selected.
}
bulk-selecting = Selecting every matching hook…
bulk-clear = Clear selection
bulk-switched-enabled = { $count ->
    [one] { $count } hook enabled.
   *[other] { $count } hooks enabled.
}
bulk-switched-disabled = { $count ->
    [one] { $count } hook disabled.
   *[other] { $count } hooks disabled.
}
bulk-unchanged-enabled = { $count ->
    [one] { $count } was already enabled.
   *[other] { $count } were already enabled.
}
bulk-unchanged-disabled = { $count ->
    [one] { $count } was already disabled.
   *[other] { $count } were already disabled.
}
bulk-all-unchanged-enabled = { $count ->
    [one] The hook was already enabled.
   *[other] All { $count } hooks were already enabled.
}
bulk-all-unchanged-disabled = { $count ->
    [one] The hook was already disabled.
   *[other] All { $count } hooks were already disabled.
}
bulk-failed-enable = { $count ->
    [one] Could not enable { $count } hook:
   *[other] Could not enable { $count } hooks:
}
bulk-failed-disable = { $count ->
    [one] Could not disable { $count } hook:
   *[other] Could not disable { $count } hooks:
}
# A refused hook, on a line of its own: its event and flow, then why, as a full sentence.
bulk-failure = • { $label }: { $message }
bulk-failures-more = { $count ->
    [one] and { $count } more.
   *[other] and { $count } more.
}

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
modal-clash = { $event } → { $flow } is { $state } on this queue, and the server allows one enabled hook per event: saving would be refused.
modal-clash-enabled = enabled
modal-clash-disabled = disabled
modal-clash-show = Show that hook
modal-more-events = More events
modal-never-fires = The call center never fires this event for a { $type } queue.
modal-team-flow-taken = This team already has a hook that starts { $flow }: a team takes one hook per flow.
modal-save = Save
modal-saving = Saving…
modal-close = Close
modal-loading = Reading the hook from the server…

## Delete confirmation
confirm-title = Confirm deletion
confirm-text = { $count ->
    [one] Are you sure you want to delete { $count } record?
   *[other] Are you sure you want to delete { $count } records?
}
# The one hook a single delete removes: its event and its flow schema.
hook-label = { $event } → { $flow }
hook-label-owner = { $owner }: { $event } → { $flow }
hook-label-owner-no-flow = { $owner }: { $event }
confirm-hook = { $event } → { $flow }
confirm-yes = Yes
confirm-no = No

## Notifications
toasts-region = Notifications
toast-close = Dismiss
toast-created = Hook added.
toast-saved = Hook saved.
toast-deleted = { $count ->
    [one] Deleted { $count } record.
   *[other] Deleted { $count } records.
}
toast-delete-failed = { $count ->
    [one] Could not delete { $count } record: { $list }
   *[other] Could not delete { $count } records: { $list }
}
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
event-wait-agent = Wait agent
event-wait-agent-meaning = The member waits for a free agent: an inbound call or chat entered the agent search, a predictive call was answered, or an offered agent missed and the search starts again.
event-agent-status = Agent status
event-agent-status-meaning = An agent of the team changed status.
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
conflict-team = Team:
conflict-team-unknown = Team { $id }
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
all-filter-kind = Kind
all-kind-queues = Queues
all-kind-teams = Teams
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
all-open-team = Open this team's hooks
# The owner filter's choices: a team's name marked as a team's; an owner the cache has no name for.
all-owner-team = { $name } (team)
all-owner-queue-unknown = Queue { $id }
all-owner-team-unknown = Team { $id }
# The owner and flow filters' lists show the first fifty matches of the typed text; the line under them counts the rest.
picker-more = { $count } more — type to narrow
picker-none = Nothing matches

## Settings
settings-title = Settings
settings-loading = Reading the settings…
settings-close-to-tray = Keep running in the tray when the window is closed
settings-start-at-login = Start at login
settings-notifications = Desktop notifications
settings-language = Language
settings-language-system = Same as the system ({ $language })
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

## Export, import and "Copy to…"
transfer-group = Export and import
export-button = Export…
export-hint-queue = Export this queue's hooks to a file (JSON to import, or CSV to read)
export-hint-team = Export this team's hooks to a file (JSON to import, or CSV to read)
export-hint-selected = { $count ->
    [one] Export the selected hook to a file (JSON to import, or CSV to read)
   *[other] Export the { $count } selected hooks to a file (JSON to import, or CSV to read)
}
export-hint-matching = Export every hook matching the filters to a file (JSON to import, or CSV to read)
export-done = { $count ->
    [one] { $count } hook exported to { $file }.
   *[other] { $count } hooks exported to { $file }.
}
import-button = Import…
import-hint = Import the hooks of an export file into this server profile
import-title = Import preview
copy-preview-title = Copy preview
import-running-title = Importing hooks
import-report-title = Import report
copy-running-title = Copying hooks
copy-report-title = Copy report
import-source = From { $file }.
import-source-server = From { $file }, exported from { $server }.
transfer-nothing = Nothing will be created: every hook is already there or cannot be imported.
transfer-section-create = Will be created: { $count }
transfer-section-disabled = Will be created disabled, since the queue already has an enabled hook of its event: { $count }
transfer-section-skip = Already there, skipped: { $count }
transfer-section-unmatched = Cannot be imported: { $count }
transfer-disabled-because = “{ $hook }” is enabled for this event
transfer-team = { $team } (team)
transfer-why-owner-not-found = No { $kind ->
    [team] team
   *[other] queue
} named “{ $owner }” on this server.
transfer-why-owner-ambiguous = Several { $kind ->
    [team] teams
   *[other] queues
} are named “{ $owner }”, none with the file's id.
transfer-why-flow-not-found = No flow schema named “{ $flow }” on this server.
transfer-why-flow-ambiguous = Several flow schemas are named “{ $flow }”, none with the file's id.
transfer-why-event-not-possible = This event cannot start a hook of this { $kind ->
    [team] team
   *[other] queue
}.
transfer-why-not-allowed = Your user may not change the hooks of “{ $owner }”.
transfer-cancel = Cancel
transfer-confirm = { $count ->
    [one] Create { $count } hook
   *[other] Create { $count } hooks
}
transfer-close = Close
transfer-progress = Creating hooks… { $done } of { $total }
transfer-progress-label = Progress
transfer-report = Report
transfer-created = { $count ->
    [one] { $count } hook created.
   *[other] { $count } hooks created.
}
transfer-queued = { $count ->
    [one] { $count } hook kept to be sent when the server can be reached.
   *[other] { $count } hooks kept to be sent when the server can be reached.
}
transfer-skipped = { $count } already there, skipped.
transfer-not-imported = { $count } could not be imported, as the preview listed.
transfer-failed = { $count ->
    [one] { $count } hook was not created:
   *[other] { $count } hooks were not created:
}
copy-button = Copy to…
copy-selected = { $count ->
    [one] Copy { $count } selected hook to…
   *[other] Copy { $count } selected hooks to…
}
copy-dialog = Copy to queues
copy-title = { $count ->
    [one] Copy { $count } hook to queues
   *[other] Copy { $count } hooks to queues
}
copy-hint = Pick the queues of this server to copy the hooks into. To copy them to another server, add it from the profiles menu (Add server…) first.
copy-hint-servers = Pick the target server, then the queues to copy the hooks into.
copy-hint-other = Pick the queues of { $name } to copy the hooks into: they are created with that profile's sign-in, or wait in its outbox while its server cannot be reached.
copy-server = Target server
copy-server-active = { $name } (this server)
copy-into = Into the server profile { $name }.
copy-search = Search target queues
copy-type = Target queue type
copy-loading = Reading the queues…
copy-no-queues = No queue matches.
copy-targets = Target queues
copy-chosen = { $count ->
    [one] { $count } queue chosen
   *[other] { $count } queues chosen
}
copy-preview = Preview

## The main area's tabs and the change journal
main-tabs = Views
main-tab-hooks = Hooks
main-tab-journal = Journal
journal-title = Journal
journal-total = { $count ->
    [one] { $count } change made from this desktop
   *[other] { $count } changes made from this desktop
}
journal-filters = Journal filters
journal-search = Search the journal
journal-filter-owner = Filter by queue or team
journal-filter-action = Filter by kind of change
journal-from = From
journal-to = To
journal-clear-filters = Clear filters
journal-export = Export CSV…
journal-export-title = Save the entries the filters show as a CSV file
journal-exported = { $count ->
    [one] { $count } journal entry saved to { $path }
   *[other] { $count } journal entries saved to { $path }
}
journal-table = Change journal
journal-col-when = When
journal-col-who = Who
journal-col-where = Where
journal-col-what = What
journal-col-change = Before → after
journal-col-outcome = Server
journal-col-undo = Undo
journal-action-created = Created
journal-action-changed = Changed
journal-action-enabled = Enabled
journal-action-disabled = Disabled
journal-action-deleted = Deleted
journal-what = { $action } { $event } hook
journal-batch-of = { $count ->
    [one] alone
   *[other] one of { $count } changed together
}
journal-origin-window = from the window
journal-origin-tray = from the tray
journal-origin-import = by an import
journal-origin-copy = by a copy
journal-origin-replay = by the offline replay
journal-origin-undo = by an undo
journal-none = (none)
journal-hook-enabled = { $event } → { $flow }, enabled
journal-hook-disabled = { $event } → { $flow }, disabled
journal-outcome-taken = Taken
journal-outcome-pending = Waiting to be sent
journal-outcome-refused = Refused
journal-outcome-conflict = Conflict
journal-outcome-discarded = Discarded
journal-undone-mark = Undone
journal-undo = Undo
journal-undo-title = Change the hook back, if it is still as this change left it on the server
journal-undo-batch = { $count ->
    [one] Undo all
   *[other] Undo all { $count }
}
journal-undo-batch-title = Change back every hook of this action that is still as it left it
journal-undone = { $count ->
    [0] Nothing was undone.
    [one] { $count } change undone.
   *[other] { $count } changes undone.
}
journal-undo-none = { $count ->
    [one] The change was not undone:
   *[other] None of the { $count } changes was undone:
}
journal-undo-some-not = { $count ->
    [one] { $count } was not:
   *[other] { $count } were not:
}
journal-empty = No changes yet
journal-empty-hint = Every change made from this desktop (the window, the tray, an import or a copy) is listed here, newest first.
journal-empty-filtered = No change matches
journal-empty-filtered-hint = Clear the filters to see every change.
journal-page = Page { $page } of { $pages }
settings-journal-days = Keep the change journal for (days)
