//! Every command the webview may invoke: its name, argument and result, in one place, so that a
//! typo in a name or a mismatched type is a compile error on both sides of IPC.
//!
//! The native side registers each command under `Command::NAME` and takes one argument named
//! `args` of type `Command::Args`; the webview sends `{"args": ...}` and reads `Command::Output`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::journal::{
    ExportJournalArgs, JournalExport, JournalPage, ListJournalArgs, UndoArgs, UndoReport,
};
use crate::{
    AppError, DeleteReport, FlowRef, Hook, HookDraft, HookId, HookKey, HookOwner, HookSort,
    Language, Page, PageSize, Password, Permissions, Profile, ProfileId, ProfileList,
    ProfileTarget, Queue, QueueType, SchemaId, SwitchReport, Team,
};
use crate::{
    Conflict, HookRow, ListAllHooksArgs, PendingChange, RegistryChoices, RegistryPage,
    ResolveConflictArgs, SyncStatus,
};

pub trait Command {
    const NAME: &'static str;
    type Args: Serialize + DeserializeOwned;
    type Output: Serialize + DeserializeOwned;
}

/// Declares every command at once: for each, a unit struct implementing [`Command`], and
/// [`ALL_NAMES`] with every name, so that the list the native side registers and grants cannot
/// drift from the declarations.
macro_rules! commands {
    ($($(#[$doc:meta])* $ty:ident = $name:literal, $args:ty => $output:ty;)*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy)]
            pub struct $ty;

            impl Command for $ty {
                const NAME: &'static str = $name;
                type Args = $args;
                type Output = $output;
            }
        )*

        /// Every command's name: what the native side registers, and what its capability grants
        /// (`allow-<name>`).
        pub const ALL_NAMES: &[&str] = &[$($name),*];
    };
}

/// For commands that take nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoArgs {}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
    /// The OS's language as the app speaks it: the window's language while Settings leaves the
    /// choice to the system.
    #[serde(default)]
    pub system_language: Language,
}

/// Who is signed in where, and what they may do. Never carries a token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// The profile this session belongs to.
    pub profile_id: ProfileId,
    /// The profile's name, as the header's profile menu shows it.
    pub profile_name: String,
    /// The server's address as the user gave it, without credentials.
    pub server: String,
    pub username: String,
    pub permissions: Permissions,
    /// Nothing of this session is kept in the keyring: it ends with the app.
    pub session_only: bool,
    /// Resumed from the keyring's token without reaching the server: the app works from the
    /// cache until the server answers (the background sync then checks the token).
    #[serde(default)]
    pub offline: bool,
    /// Something to tell once when this session begins, by its message id (the cache was
    /// damaged or written by a newer version and was set aside and rebuilt).
    #[serde(default)]
    pub notice: Option<AppError>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInArgs {
    pub profile: ProfileTarget,
    pub password: Password,
    /// Keep the password in the keyring, so the app signs in again by itself when the token
    /// expires. Otherwise only the token is kept.
    pub remember: bool,
    /// Keep nothing in the keyring (for a machine without one): the session ends with the app.
    pub session_only: bool,
}

/// How a sign-in ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SignInOutcome {
    SignedIn {
        session: SessionInfo,
    },
    /// The server wants a one-time code: call `submit_second_factor`.
    SecondFactorRequired {
        profile_id: ProfileId,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondFactorArgs {
    pub profile_id: ProfileId,
    /// The six digits from the authenticator app.
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRef {
    pub profile_id: ProfileId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenameProfileArgs {
    pub profile_id: ProfileId,
    pub name: String,
}

/// A profile's admin address: a URL, or empty for the server's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAdminAddressArgs {
    pub profile_id: ProfileId,
    pub admin_address: String,
}

/// A flow schema to open in Webitel's admin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenFlowArgs {
    pub flow_id: SchemaId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignOutArgs {
    /// Also delete this profile's cached queues and hooks; otherwise they stay for offline review.
    pub wipe_cache: bool,
}

/// Where the session stands, as the `session-changed` event tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SessionStatus {
    SignedIn {
        session: SessionInfo,
    },
    SignedOut,
    /// The token expired and no password is remembered: ask for it, keeping the user's place
    /// and every change not yet sent.
    PasswordNeeded {
        profile_id: ProfileId,
        /// Why, as a command's error would say it (code, message id and arguments, sentence).
        error: AppError,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListQueuesArgs {
    /// Part of the queue's name; empty for all.
    pub search: String,
    pub queue_type: Option<QueueType>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListHooksArgs {
    pub owner: HookOwner,
    /// 1-based.
    pub page: u32,
    pub size: PageSize,
    /// `None` leaves the order to the server.
    pub sort: Option<HookSort>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HookRef {
    pub owner: HookOwner,
    pub hook_id: HookId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchFlowsArgs {
    /// Part of the flow's name; empty for all.
    pub search: String,
    /// 1-based; the picker loads the next page on scroll.
    pub page: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateHookArgs {
    pub owner: HookOwner,
    pub draft: HookDraft,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateHookArgs {
    pub owner: HookOwner,
    pub hook_id: HookId,
    pub draft: HookDraft,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetHookEnabledArgs {
    pub owner: HookOwner,
    pub hook_id: HookId,
    pub enabled: bool,
}

/// Hooks of any queues and teams to switch to one state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetHooksEnabledArgs {
    pub hooks: Vec<HookKey>,
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteHooksArgs {
    pub owner: HookOwner,
    pub hook_ids: Vec<HookId>,
}

/// App-wide preferences, kept beside the profiles; every field has a default so that an older
/// file still reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Closing the window hides it to the tray; Quit (tray) ends the app. Default on.
    pub close_to_tray: bool,
    /// Start at login, hidden in the tray. Default off (opt-in).
    pub start_at_login: bool,
    /// Desktop notifications when a sync finds hooks changed by someone else or a change meets
    /// a conflict. Default on.
    pub notifications: bool,
    /// Journal entries older than this many days are removed (at start and after each sync
    /// run). Default 180; 1 to 3650.
    pub journal_days: u32,
    /// The language chosen in Settings; `None` follows the OS locale (English when the app
    /// does not speak it).
    pub language: Option<Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            close_to_tray: true,
            start_at_login: false,
            notifications: true,
            journal_days: crate::journal::KEEP_DAYS_DEFAULT,
            language: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetPinnedArgs {
    pub owner: HookOwner,
    pub pinned: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListTeamsArgs {
    /// Part of the team's name; empty for all.
    pub search: String,
}

/// Facts for a bug report: versions, paths, keyring state, recent errors. Never a secret: no
/// token, no password, no server credentials.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostics {
    /// Plain text, one fact per line, ready for the clipboard.
    pub text: String,
}

commands! {
    /// The app's name and version, for the footer and diagnostics.
    GetAppInfo = "app_info", NoArgs => AppInfo;
    /// The signed-in session, or `None` before sign-in.
    GetSession = "session_info", NoArgs => Option<SessionInfo>;
    /// Queues the user may read, Progressive Dialer first, then by name.
    ListQueues = "list_queues", ListQueuesArgs => Vec<Queue>;
    /// Teams the user may read whose name matches, by name; offline, the cached ones.
    ListTeams = "list_teams", ListTeamsArgs => Vec<Team>;
    /// One page of a queue's hooks, sorted on the server (or the cache offline), each row with
    /// its queue and its offline marks: the one call a queue's page needs.
    ListHooks = "list_hooks", ListHooksArgs => Page<HookRow>;
    /// A hook as the server has it now, for the edit modal.
    GetHook = "get_hook", HookRef => Hook;
    /// Service and default flows whose name contains the search.
    SearchFlows = "search_flows", SearchFlowsArgs => Page<FlowRef>;
    /// Creates an enabled hook.
    CreateHook = "create_hook", CreateHookArgs => Hook;
    /// Replaces a hook's event and flow, keeping its state.
    UpdateHook = "update_hook", UpdateHookArgs => Hook;
    /// Enables or disables a hook.
    SetHookEnabled = "set_hook_enabled", SetHookEnabledArgs => Hook;
    /// Deletes hooks in parallel; the report names those that failed.
    DeleteHooks = "delete_hooks", DeleteHooksArgs => DeleteReport;
    /// Enables or disables many hooks of any owners; hooks already so are left alone, and a
    /// queue's second enabled hook of one event is refused before anything is sent.
    SetHooksEnabled = "set_hooks_enabled", SetHooksEnabledArgs => SwitchReport;

    /// Every profile, the last one used, and whether the keyring can be used.
    ListProfiles = "list_profiles", NoArgs => ProfileList;
    /// Signs in to an existing or a new profile and makes it the active one; a CA certificate
    /// given for an existing profile is kept once the server accepts the password.
    SignIn = "sign_in", SignInArgs => SignInOutcome;
    /// Finishes a sign-in that asked for a one-time code.
    SubmitSecondFactor = "submit_second_factor", SecondFactorArgs => SessionInfo;
    /// Switches to a profile, signing in with what the keyring keeps; fails with
    /// `Unauthenticated` when the password must be typed.
    ResumeProfile = "resume_profile", ProfileRef => SessionInfo;
    /// Signs out of the active profile: tells the server and forgets the token.
    SignOut = "sign_out", SignOutArgs => ();
    RenameProfile = "rename_profile", RenameProfileArgs => Profile;
    /// Sets the admin address a profile's links open; empty goes back to the server's own.
    SetAdminAddress = "set_admin_address", SetAdminAddressArgs => Profile;
    /// Opens a flow schema's page in Webitel's admin, in the system browser.
    OpenFlow = "open_flow", OpenFlowArgs => ();
    /// Removes a profile with its keyring entries and its cached data.
    RemoveProfile = "remove_profile", ProfileRef => ();

    /// One page of every cached hook of every queue, filtered, searched and sorted in the cache.
    ListAllHooks = "list_all_hooks", ListAllHooksArgs => RegistryPage;
    /// The queues and flows the all-queues registry's filters offer, from the cache.
    ListAllHooksChoices = "list_all_hooks_choices", NoArgs => RegistryChoices;
    /// Changes made offline, in the order they will be sent.
    ListPending = "list_pending", NoArgs => Vec<PendingChange>;
    /// Changes that conflict with the server, each waiting for the user's choice.
    ListConflicts = "list_conflicts", NoArgs => Vec<Conflict>;
    /// Applies the user's choice to one conflict.
    ResolveConflict = "resolve_conflict", ResolveConflictArgs => ();
    /// Sends what waits in the outbox, then reads every queue again; answers the status at the end.
    SyncNow = "sync_now", NoArgs => SyncStatus;

    /// Where the background sync stands now (then follow the `sync-status` event).
    GetSyncStatus = "sync_status", NoArgs => SyncStatus;
    /// The app-wide preferences.
    GetSettings = "get_settings", NoArgs => Settings;
    /// Saves and applies the preferences (start at login registers or unregisters the app);
    /// answers them as saved.
    UpdateSettings = "update_settings", Settings => Settings;
    /// The active profile's queues and teams pinned to the tray, in menu order: the user's
    /// choice, or by default the cached Progressive Dialer queues, at most ten.
    ListPinned = "list_pinned", NoArgs => Vec<HookOwner>;
    /// Pins a queue or a team to the tray or unpins it; answers the pinned ones now.
    SetPinned = "set_pinned", SetPinnedArgs => Vec<HookOwner>;
    /// Facts for a bug report, for "Copy diagnostics".
    GetDiagnostics = "diagnostics", NoArgs => Diagnostics;

    /// One page of the active profile's change journal, newest first, filtered, from the cache.
    ListJournal = "list_journal", ListJournalArgs => JournalPage;
    /// Undoes a journal entry or a whole batch, where the server still has what it left.
    UndoJournal = "undo_journal", UndoArgs => UndoReport;
    /// Writes the journal's entries matching the filters to a CSV file picked in a native Save
    /// dialog; answers where (nothing when the dialog was closed).
    ExportJournal = "export_journal", ExportJournalArgs => JournalExport;

    /// Writes the hooks a source names (from the cache) to a file the native Save dialog asks
    /// for, JSON or CSV by its extension; `None` when the dialog was closed.
    ExportHooks = "export_hooks", crate::transfer::ExportHooksArgs => Option<crate::transfer::ExportOutcome>;
    /// Reads an export from a file the native Open dialog asks for and previews its import into
    /// the active profile; nothing is sent. `None` when the dialog was closed.
    PreviewImport = "preview_import", NoArgs => Option<crate::transfer::TransferPreview>;
    /// The queues "Copy to…" offers in a profile: from its server, or its cache when that
    /// cannot be reached or has no session without the user.
    ListCopyTargets = "list_copy_targets", crate::transfer::ListCopyTargetsArgs => Vec<crate::Queue>;
    /// Previews copying hooks into queues of the active profile or of another one; nothing is
    /// sent.
    PreviewCopy = "preview_copy", crate::transfer::PreviewCopyArgs => crate::transfer::TransferPreview;
    /// Creates a confirmed preview's hooks, one at a time (`transfer-progress` after each).
    ApplyTransfer = "apply_transfer", crate::transfer::ApplyTransferArgs => crate::transfer::TransferReport;
}
