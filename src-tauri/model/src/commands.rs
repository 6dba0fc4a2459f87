//! Every command the webview may invoke: its name, argument and result, in one place, so that a
//! typo in a name or a mismatched type is a compile error on both sides of IPC.
//!
//! The native side registers each command under `Command::NAME` and takes one argument named
//! `args` of type `Command::Args`; the webview sends `{"args": ...}` and reads `Command::Output`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::{
    AppError, DeleteReport, FlowRef, Hook, HookDraft, HookId, HookSort, Page, PageSize, Password,
    Permissions, Profile, ProfileId, ProfileList, ProfileTarget, Queue, QueueId, QueueType,
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
    /// Something to tell once when this session begins, in words the UI can show (the cache was
    /// damaged or written by a newer version and was set aside and rebuilt).
    #[serde(default)]
    pub notice: Option<String>,
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
    pub queue_id: QueueId,
    /// 1-based.
    pub page: u32,
    pub size: PageSize,
    /// `None` leaves the order to the server.
    pub sort: Option<HookSort>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HookRef {
    pub queue_id: QueueId,
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
    pub queue_id: QueueId,
    pub draft: HookDraft,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateHookArgs {
    pub queue_id: QueueId,
    pub hook_id: HookId,
    pub draft: HookDraft,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetHookEnabledArgs {
    pub queue_id: QueueId,
    pub hook_id: HookId,
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteHooksArgs {
    pub queue_id: QueueId,
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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            close_to_tray: true,
            start_at_login: false,
            notifications: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetQueuePinnedArgs {
    pub queue_id: QueueId,
    pub pinned: bool,
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
    /// The active profile's queues pinned to the tray, in menu order: the user's choice, or by
    /// default the cached Progressive Dialer queues, at most ten.
    ListPinned = "list_pinned", NoArgs => Vec<QueueId>;
    /// Pins a queue to the tray or unpins it; answers the pinned queues now.
    SetQueuePinned = "set_queue_pinned", SetQueuePinnedArgs => Vec<QueueId>;
    /// Facts for a bug report, for "Copy diagnostics".
    GetDiagnostics = "diagnostics", NoArgs => Diagnostics;
}
