//! What can go wrong in core, as data: [`Error`], one variant per thing that happened, with what
//! the user needs to hear about it (the server's address, the engine's words, the cache file).
//!
//! What must hold:
//! - every decision is made on a variant (`matches!(err, Error::SessionEnded)`), never on
//!   message text;
//! - an `Error` becomes the [`AppError`] that crosses IPC in one conversion only
//!   (`From<&Error> for AppError`), which gives the stable code the UI branches on, the message
//!   id with its arguments (what every language's catalog words), and the English sentence for
//!   the log, made from the English catalog (webitel-hooks-i18n) like every other;
//! - every sentence says what happened and what to do; a server's own words are kept when it
//!   gave some; a bare HTTP status is never the whole message;
//! - no variant ever holds a token or a password (`webitel_api::Error` never holds one, and the
//!   server address kept here has its credentials stripped by the session).

mod from_api;
mod keyring;
mod server_words;
#[cfg(test)]
mod tests;
mod words;

use std::path::PathBuf;

use webitel_api::TlsProblem;
use webitel_hooks_model::{AppError, ConflictReason, ErrorCode, HookEvent, QueueType};

pub use keyring::{KeyringDown, KeyringTrouble};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why core could not do what it was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    // The server and the session.
    /// The server at `server` did not answer (timeout, refused connection, 502-504).
    Unreachable { server: String },
    /// The server at `server` asked to be called less often (429), still so after the retries.
    Busy { server: String },
    /// The server no longer accepts the session's token.
    SessionEnded,
    /// No one is signed in.
    NotSignedIn,
    /// The server refused for want of a permission, in its words when it gave some.
    Forbidden { detail: Option<String> },
    /// Refused here, before calling the server: the user may only view hooks.
    ReadOnly,
    /// Refused here, before calling the server: the user may not list flows.
    FlowsForbidden,
    /// The queue is gone on the server (the engine's `store.sql_queue.*` not found).
    QueueGone,
    /// The team is gone on the server (the engine's `store.sql_agent_team.get.app_error`, or a
    /// create into it that found no team).
    TeamGone,
    /// The hook is gone on the server, or in neither the cache nor the server's answer.
    HookGone,
    /// The server refused the request as it was: the engine's error id and its words.
    Rejected {
        engine_id: Option<String>,
        detail: Option<String>,
    },
    /// The engine's one-enabled-hook-per-event rule (a partial unique index on
    /// `(queue_id, event) WHERE enabled`) refused a create, a replace or an enable; `event` is
    /// the event as the user chose or saw it.
    SecondEnabledHook { event: Option<HookEvent> },
    /// Refused here, before anything was sent: a queue's hook of `event` asked to be enabled
    /// while another hook of that event is enabled in the queue (in the cache, or earlier in
    /// the same bulk switch), which the engine's unique index would refuse.
    EventAlreadyEnabled { event: HookEvent },
    /// The engine's one-hook-per-flow rule of a team (the unique index
    /// `cc_team_events_team_id_schema_id_uindex` on `(team_id, schema_id)`, webitel/call_center's
    /// schema) refused a create or a replace: the team already has a hook of that flow.
    FlowTakenInTeam,
    /// The server failed to handle the request (5xx), in its words when it gave some.
    ServerFailed {
        server: String,
        detail: Option<String>,
    },
    /// The answer is not what the API describes.
    UnreadableAnswer { server: String },
    /// The answer was larger than the app reads: not an answer of Webitel's API.
    AnswerTooLarge { server: String },
    /// The server answered with a redirect (to `to`, shown without credentials or query), which
    /// is never followed: it would carry the token or the password elsewhere.
    Redirected { server: String, to: String },
    /// The server's certificate was refused; `detail` is the client's sentence, for a problem
    /// that has no words of its own here.
    Certificate {
        server: String,
        problem: Option<TlsProblem>,
        detail: String,
    },
    /// The server address or the client's configuration cannot be used (the client's sentence).
    ServerSettings { address: bool, detail: String },
    /// Any other failure of the client, in its words.
    Client { detail: String },

    // Signing in.
    /// `/login` refused the username or the password.
    WrongPassword,
    /// The server refused the one-time code.
    WrongCode,
    /// The user signs in with a one-time code where this path cannot ask for one.
    SecondFactorUnsupported,
    /// A one-time code arrived for a sign-in that no longer waits for it.
    SignInNotWaiting,
    /// The session ended and no password is remembered: the user types it.
    PasswordNeeded { server: String, username: String },
    /// The profile's CA certificate cannot be used (not PEM, or no certificate in it).
    BadCaCertificate { detail: String },

    // What the user typed.
    /// Input that cannot be used as it is.
    Invalid(InputProblem),

    // The keyring.
    /// The OS keyring cannot be used at all (no Secret Service, refused): `reason` is the
    /// probe's sentence.
    KeyringUnavailable { reason: KeyringDown },
    /// The keyring is there but locked or failing (`what`: "read", "saved", …).
    KeyringLocked {
        what: String,
        detail: KeyringTrouble,
    },
    /// A keyring call failed for another reason.
    KeyringFailed {
        what: String,
        detail: KeyringTrouble,
    },
    /// The task running a keyring call stopped before answering.
    KeyringTaskStopped { detail: String },

    // The files on this computer.
    /// The local cache file is damaged.
    StoreDamaged { path: PathBuf, detail: String },
    /// The local cache file cannot be read or written.
    StoreUnusable { path: PathBuf, detail: String },
    /// The local cache file was written by a newer version of the app.
    StoreNewer {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    /// The local cache cannot be used and could not be moved aside to start anew.
    StoreNotSetAside {
        path: PathBuf,
        newer: bool,
        detail: String,
    },
    /// The folder for the local cache cannot be created.
    CacheFolder { path: PathBuf, detail: String },
    /// A profile's cache file cannot be deleted.
    CacheNotDeleted { path: PathBuf, detail: String },
    /// The app's data folder cannot be created.
    DataFolder { path: PathBuf, detail: String },
    /// The profiles file was written by a newer version of the app.
    ProfilesNewer {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    /// A file picked for import is not an export of this app (not JSON, or not its shape);
    /// `why` says where reading it stopped.
    NotAnExport { file: String, why: NotAnExportWhy },
    /// A file picked for import was exported in a format version newer than this app reads.
    NewerExport {
        file: String,
        found: u64,
        known: u32,
    },
    /// A file picked for import cannot be read.
    FileNotRead { path: PathBuf, detail: String },
    /// An export cannot be written to the file picked.
    FileNotWritten { path: PathBuf, detail: String },

    // Things asked for that are not there (any more).
    /// The server profile was removed.
    ProfileGone,
    /// A copy into another server profile that has no session to send with: no token kept and
    /// no password remembered (or the server refused it). The user signs in to it first.
    TargetNeedsSignIn { profile: String },
    /// A copy into another server profile whose server cannot be reached and whose cache was
    /// never filled by a sync: its queues are not known here.
    TargetNeverSynced { profile: String, server: String },
    /// A queue to pin is not in the cache.
    QueueNotCached,
    /// The conflict was resolved meanwhile.
    ConflictGone,
    /// A sync run stopped because another profile was opened.
    SyncSuperseded,
    /// A hook asked for from a menu is no longer among the cached hooks of `queue`.
    HookNotListed { queue: String },
    /// Some of the enabled hooks of `queue` were not disabled; `first` is why the first was not.
    NotAllDisabled {
        failed: usize,
        total: usize,
        queue: String,
        first: Box<Error>,
    },
    /// A sync run could not read some queues (they keep what was read before); `first` is why
    /// the first could not.
    QueuesNotRead {
        failed: usize,
        total: usize,
        first: Box<Error>,
    },
    /// A change kept offline meets the server: the hook was changed or deleted there while the
    /// change waited (`ChangedOnServer`, `DeletedOnServer`); the user chooses.
    Conflict(ConflictReason),

    // The change journal's undo.
    /// Undo reads the hook from the server first, and the server cannot be reached.
    UndoNeedsServer,
    /// The hook changed on the server since the change to undo: what differs, never empty.
    ChangedSince { differences: Vec<Difference> },
    /// The change waits in the outbox: there is nothing on the server to undo yet.
    UndoPending,
    /// The change met a conflict and waits for the user's choice: nothing on the server to undo.
    UndoConflict,
    /// The server did not take the change (refused, or discarded after a conflict).
    NothingToUndo,
    /// An undo already reversed the change.
    AlreadyUndone,
    /// The journal entry is gone (pruned by age, or the cache was rebuilt).
    JournalEntryGone,
}

/// How the server's hook differs from what a change left, for the sentence of an undo refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The hook was deleted on the server.
    Deleted,
    /// A deleted hook is on the server again (its id answers).
    Exists,
    /// Its event is now this one.
    Event(HookEvent),
    /// Its flow is now this one (by name, or `flow <id>` when the name is not known).
    Flow(String),
    /// It is now enabled (`true`) or disabled.
    Enabled(bool),
}

/// Why a file is not an export of this app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAnExportWhy {
    /// Not JSON, in the parser's words.
    NotJson(String),
    NotAnObject,
    /// Its `format` is not this app's.
    NotNamed,
    NoVersion,
    /// JSON of another shape, in the parser's words.
    Shape(String),
    /// Larger than any export this app reads.
    TooLarge {
        mib: u64,
    },
}

/// What is wrong with something the user typed or picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputProblem {
    NoPassword,
    NoUsername,
    BadServerAddress,
    /// An admin address that is not an http(s) URL of a host, or that carries credentials.
    BadAdminAddress,
    NoProfileName,
    /// A hook without a flow schema.
    NoFlow,
    /// A hook event outside the ones the app offers.
    UnknownEvent,
    /// A team's hook with another event than `agent_status`.
    NotATeamEvent,
    /// A queue's hook of one of the "More events" its queue's type never fires
    /// (`HookEvent::fires_for`): the app offers none there, and such a hook never starts its flow.
    EventNeverFires(QueueType),
    /// A queue or team id the server never gives (not positive).
    NoSuchOwner,
    /// A pasted CA certificate that carries a private key too.
    PrivateKeyInCa,
    /// Rows per page outside 1 to 1000.
    PageSize,
    /// A page number outside 1 to [`crate::registry::input::MAX_PAGE`].
    PageNumber,
    /// More items in one call than [`crate::registry::input::MAX_ITEMS`].
    TooMany,
    /// A text longer than [`crate::registry::input::MAX_TEXT`] characters.
    TooLong,
    /// A server profile id that is not one of this desktop's profiles.
    NoSuchProfile,
}

impl Error {
    /// The code the UI branches on.
    pub fn code(&self) -> ErrorCode {
        use Error as E;
        match self {
            E::Unreachable { .. } | E::Busy { .. } | E::TargetNeverSynced { .. } => {
                ErrorCode::Offline
            }
            E::SessionEnded
            | E::NotSignedIn
            | E::WrongPassword
            | E::WrongCode
            | E::SecondFactorUnsupported
            | E::SignInNotWaiting
            | E::PasswordNeeded { .. } => ErrorCode::Unauthenticated,
            E::Forbidden { .. } | E::ReadOnly | E::FlowsForbidden => ErrorCode::Forbidden,
            E::QueueGone
            | E::TeamGone
            | E::HookGone
            | E::ProfileGone
            | E::QueueNotCached
            | E::ConflictGone
            | E::HookNotListed { .. } => ErrorCode::NotFound,
            E::NotAllDisabled { first, .. } | E::QueuesNotRead { first, .. } => first.code(),
            E::Rejected { .. }
            | E::SecondEnabledHook { .. }
            | E::FlowTakenInTeam
            | E::EventAlreadyEnabled { .. }
            | E::Conflict(_)
            | E::ChangedSince { .. }
            | E::UndoPending
            | E::UndoConflict
            | E::NothingToUndo
            | E::AlreadyUndone
            // Not `Unauthenticated`: that code is the active session's, whose dialog asks for
            // the password; this one is another profile's.
            | E::TargetNeedsSignIn { .. }
            // Not `Offline`: that code means the call may answer from the cache or the outbox.
            | E::UndoNeedsServer => ErrorCode::Rejected,
            E::JournalEntryGone => ErrorCode::NotFound,
            E::Certificate { .. } | E::BadCaCertificate { .. } => ErrorCode::Certificate,
            E::ServerSettings { .. }
            | E::Invalid(_)
            | E::NotAnExport { .. }
            | E::NewerExport { .. } => ErrorCode::InvalidInput,
            E::KeyringUnavailable { .. } | E::KeyringLocked { .. } => ErrorCode::KeyringUnavailable,
            E::Redirected { .. } => ErrorCode::InvalidInput,
            E::ServerFailed { .. }
            | E::UnreadableAnswer { .. }
            | E::AnswerTooLarge { .. }
            | E::Client { .. }
            | E::KeyringFailed { .. }
            | E::KeyringTaskStopped { .. }
            | E::StoreDamaged { .. }
            | E::StoreUnusable { .. }
            | E::StoreNewer { .. }
            | E::StoreNotSetAside { .. }
            | E::CacheFolder { .. }
            | E::CacheNotDeleted { .. }
            | E::DataFolder { .. }
            | E::ProfilesNewer { .. }
            | E::FileNotRead { .. }
            | E::FileNotWritten { .. }
            | E::SyncSuperseded => ErrorCode::Internal,
        }
    }

    /// The server could not be reached or was too busy: the app works from its cache, and a
    /// change goes to the outbox.
    pub fn is_offline(&self) -> bool {
        self.code() == ErrorCode::Offline
    }
}

/// The English sentence, as the log and `AppError::message` have it.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&AppError::from(self).message)
    }
}

impl std::error::Error for Error {}

impl From<InputProblem> for Error {
    fn from(problem: InputProblem) -> Self {
        Error::Invalid(problem)
    }
}

/// The one conversion to what crosses IPC: the code, the message id with its arguments, and the
/// English sentence for the log.
impl From<&Error> for AppError {
    fn from(err: &Error) -> Self {
        webitel_hooks_i18n::in_english(err.unworded())
    }
}

impl From<Error> for AppError {
    fn from(err: Error) -> Self {
        AppError::from(&err)
    }
}

/// `err` as the cache keeps it beside a conflict or a journal entry: the [`AppError`] as JSON,
/// so that it is worded in whatever language the window speaks when it is read.
pub fn stored(err: &Error) -> String {
    serde_json::to_string(&AppError::from(err)).unwrap_or_else(|_| err.to_string())
}

/// What [`stored`] kept, read back; a sentence kept by an older version (plain text) is that
/// sentence, as it was written.
pub fn from_stored(text: &str) -> AppError {
    serde_json::from_str(text).unwrap_or_else(|_| AppError::new(ErrorCode::Internal, text))
}

/// A failure of the local cache file at `path`.
pub fn from_store(err: &rusqlite::Error, path: &std::path::Path) -> Error {
    use rusqlite::ErrorCode as Sqlite;
    let damaged = matches!(
        err.sqlite_error_code(),
        Some(Sqlite::NotADatabase | Sqlite::DatabaseCorrupt)
    );
    let (path, detail) = (path.to_path_buf(), err.to_string());
    if damaged {
        Error::StoreDamaged { path, detail }
    } else {
        Error::StoreUnusable { path, detail }
    }
}

pub use from_api::{client_words, from_api, from_hook_change, from_hook_create, owner_gone};
