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

use std::collections::BTreeMap;
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

    /// The message's id in the catalog.
    pub fn message_id(&self) -> &'static str {
        use Error as E;
        match self {
            E::Unreachable { .. } => "error-unreachable",
            E::Busy { .. } => "error-busy",
            E::SessionEnded => "error-session-ended",
            E::NotSignedIn => "error-not-signed-in",
            E::Forbidden { detail: Some(_) } => "error-forbidden-because",
            E::Forbidden { detail: None } => "error-forbidden",
            E::ReadOnly => "error-read-only",
            E::FlowsForbidden => "error-flows-forbidden",
            E::QueueGone => "error-queue-gone",
            E::TeamGone => "error-team-gone",
            E::FlowTakenInTeam => "error-flow-taken-in-team",
            E::EventAlreadyEnabled { .. } => "error-event-already-enabled",
            E::HookGone => "error-hook-gone",
            E::Rejected {
                detail: Some(_), ..
            } => "error-rejected-because",
            E::Rejected { detail: None, .. } => "error-rejected",
            E::SecondEnabledHook { event: Some(_) } => "error-second-enabled-hook",
            E::SecondEnabledHook { event: None } => "error-second-enabled-hook-any",
            E::ServerFailed {
                detail: Some(_), ..
            } => "error-server-failed-because",
            E::ServerFailed { detail: None, .. } => "error-server-failed",
            E::UnreadableAnswer { .. } => "error-unreadable-answer",
            E::AnswerTooLarge { .. } => "error-answer-too-large",
            E::Redirected { .. } => "error-redirected",
            E::Certificate { problem, .. } => match problem {
                Some(TlsProblem::UnknownIssuer) => "error-certificate-unknown-issuer",
                Some(TlsProblem::Expired) => "error-certificate-expired",
                Some(TlsProblem::NotValidYet) => "error-certificate-not-valid-yet",
                Some(TlsProblem::NameMismatch) => "error-certificate-name-mismatch",
                Some(TlsProblem::Revoked) => "error-certificate-revoked",
                Some(TlsProblem::NoCertificate) => "error-certificate-none",
                Some(TlsProblem::NotTls) => "error-certificate-not-tls",
                Some(TlsProblem::Other(_)) => "error-certificate-refused",
                Some(TlsProblem::InvalidCertificate(_)) => "error-certificate-invalid",
                _ => "error-certificate",
            },
            E::ServerSettings { address: true, .. } => "error-server-address",
            E::ServerSettings { address: false, .. } => "error-server-settings",
            E::Client { .. } => "error-client",
            E::WrongPassword => "error-wrong-password",
            E::WrongCode => "error-wrong-code",
            E::SecondFactorUnsupported => "error-second-factor-unsupported",
            E::SignInNotWaiting => "error-sign-in-not-waiting",
            E::PasswordNeeded { .. } => "error-password-needed",
            E::BadCaCertificate { .. } => "error-bad-ca-certificate",
            E::Invalid(problem) => match problem {
                InputProblem::NoPassword => "error-no-password",
                InputProblem::NoUsername => "error-no-username",
                InputProblem::BadServerAddress => "error-bad-server-address",
                InputProblem::BadAdminAddress => "error-bad-admin-address",
                InputProblem::NoProfileName => "error-no-profile-name",
                InputProblem::NoFlow => "error-no-flow",
                InputProblem::UnknownEvent => "error-unknown-event",
                InputProblem::NotATeamEvent => "error-not-a-team-event",
                InputProblem::EventNeverFires(_) => "error-event-never-fires",
                InputProblem::NoSuchOwner => "error-no-such-owner",
                InputProblem::PrivateKeyInCa => "error-private-key-in-ca",
                InputProblem::PageSize => "error-page-size",
                InputProblem::PageNumber => "error-page-number",
                InputProblem::TooMany => "error-too-many",
                InputProblem::TooLong => "error-too-long",
                InputProblem::NoSuchProfile => "error-no-such-profile",
            },
            E::KeyringUnavailable { reason } => match reason {
                KeyringDown::NoService => "error-keyring-none",
                KeyringDown::NotOpened(_) => "error-keyring-not-opened",
                KeyringDown::Silent(_) => "error-keyring-silent",
                KeyringDown::Stalled { .. } => "error-keyring-stalled",
                KeyringDown::ProbeStopped => "error-keyring-probe-stopped",
            },
            E::KeyringLocked { .. } => "error-keyring-locked",
            E::KeyringFailed { .. } => "error-keyring-failed",
            E::KeyringTaskStopped { .. } => "error-keyring-task-stopped",
            E::StoreDamaged { .. } => "error-store-damaged",
            E::StoreUnusable { .. } => "error-store-unusable",
            E::StoreNewer { .. } => "error-store-newer",
            E::StoreNotSetAside { newer: false, .. } => "error-store-damaged-not-set-aside",
            E::StoreNotSetAside { newer: true, .. } => "error-store-newer-not-set-aside",
            E::CacheFolder { .. } => "error-cache-folder",
            E::CacheNotDeleted { .. } => "error-cache-not-deleted",
            E::DataFolder { .. } => "error-data-folder",
            E::ProfilesNewer { .. } => "error-profiles-newer",
            E::NotAnExport { .. } => "error-not-an-export",
            E::NewerExport { .. } => "error-newer-export",
            E::FileNotRead { .. } => "error-file-not-read",
            E::FileNotWritten { .. } => "error-file-not-written",
            E::ProfileGone => "error-profile-gone",
            E::TargetNeedsSignIn { .. } => "error-target-needs-sign-in",
            E::TargetNeverSynced { .. } => "error-target-never-synced",
            E::QueueNotCached => "error-queue-not-cached",
            E::ConflictGone => "error-conflict-gone",
            E::SyncSuperseded => "error-sync-superseded",
            E::HookNotListed { .. } => "error-hook-not-listed",
            E::NotAllDisabled { .. } => "error-not-all-disabled",
            E::QueuesNotRead { .. } => "error-queues-not-read",
            E::Conflict(ConflictReason::DeletedOnServer) => "error-conflict-deleted-on-server",
            E::Conflict(ConflictReason::QueueDeletedOnServer) => "error-conflict-queue-deleted",
            E::Conflict(_) => "error-conflict-changed-on-server",
            E::UndoNeedsServer => "error-undo-needs-server",
            E::ChangedSince { .. } => "error-changed-since",
            E::UndoPending => "error-undo-pending",
            E::UndoConflict => "error-undo-conflict",
            E::NothingToUndo => "error-nothing-to-undo",
            E::AlreadyUndone => "error-already-undone",
            E::JournalEntryGone => "error-journal-entry-gone",
        }
    }

    /// The message's arguments by name, as the catalog's message uses them.
    pub fn args(&self) -> BTreeMap<String, String> {
        use Error as E;
        let mut args = BTreeMap::new();
        let mut put = |name: &str, value: String| {
            args.insert(name.to_owned(), value);
        };
        match self {
            E::Unreachable { server }
            | E::Busy { server }
            | E::UnreadableAnswer { server }
            | E::AnswerTooLarge { server } => put("server", server.clone()),
            E::Redirected { server, to } => {
                put("server", server.clone());
                put("to", to.clone());
            }
            E::Forbidden { detail } => {
                if let Some(detail) = detail {
                    put("detail", detail.clone());
                }
            }
            E::Rejected { engine_id, detail } => {
                if let Some(detail) = detail {
                    put("detail", detail.clone());
                }
                if let Some(id) = engine_id {
                    put("engine-id", id.clone());
                }
            }
            E::SecondEnabledHook { event } => {
                if let Some(event) = event {
                    put("event", event.as_str().to_owned());
                }
            }
            E::EventAlreadyEnabled { event } => put("event", event.as_str().to_owned()),
            E::Invalid(InputProblem::EventNeverFires(queue_type)) => {
                put("type", queue_type.code().to_string())
            }
            E::ServerFailed { server, detail } => {
                put("server", server.clone());
                if let Some(detail) = detail {
                    put("detail", detail.clone());
                }
            }
            E::Certificate {
                server,
                problem,
                detail,
            } => {
                // Each form names only what its sentence says.
                match problem {
                    Some(
                        TlsProblem::NameMismatch | TlsProblem::NoCertificate | TlsProblem::NotTls,
                    ) => put("server", server.clone()),
                    Some(TlsProblem::Other(words) | TlsProblem::InvalidCertificate(words)) => {
                        put("detail", words.clone())
                    }
                    Some(
                        TlsProblem::UnknownIssuer
                        | TlsProblem::Expired
                        | TlsProblem::NotValidYet
                        | TlsProblem::Revoked,
                    ) => {}
                    _ => put("detail", detail.clone()),
                }
            }
            E::ServerSettings { detail, .. }
            | E::Client { detail }
            | E::BadCaCertificate { detail }
            | E::KeyringTaskStopped { detail } => put("detail", detail.clone()),
            E::PasswordNeeded { server, username } => {
                put("server", server.clone());
                put("username", username.clone());
            }
            E::KeyringUnavailable { reason } => match reason {
                KeyringDown::NotOpened(trouble) | KeyringDown::Silent(trouble) => {
                    put("platform", keyring::platform().to_owned());
                    put_trouble(&mut put, trouble);
                }
                KeyringDown::Stalled { seconds } => put("seconds", seconds.to_string()),
                KeyringDown::NoService | KeyringDown::ProbeStopped => {}
            },
            E::KeyringLocked { what, detail } | E::KeyringFailed { what, detail } => {
                put("what", what.clone());
                put("platform", keyring::platform().to_owned());
                put_trouble(&mut put, detail);
            }
            E::StoreDamaged { path, detail }
            | E::StoreUnusable { path, detail }
            | E::StoreNotSetAside { path, detail, .. }
            | E::CacheFolder { path, detail }
            | E::CacheNotDeleted { path, detail }
            | E::DataFolder { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            E::StoreNewer { path, found, known } | E::ProfilesNewer { path, found, known } => {
                put("path", path.display().to_string());
                put("found", found.to_string());
                put("known", known.to_string());
            }
            E::HookNotListed { queue } => put("queue", queue.clone()),
            E::TargetNeedsSignIn { profile } => put("profile", profile.clone()),
            E::TargetNeverSynced { profile, server } => {
                put("profile", profile.clone());
                put("server", server.clone());
            }
            E::ChangedSince { differences } => put("what", differences_arg(differences)),
            E::NotAnExport { file, why } => {
                put("file", file.clone());
                let (id, inner) = match why {
                    NotAnExportWhy::NotJson(words) => ("export-why-not-json", Some(words)),
                    NotAnExportWhy::NotAnObject => ("export-why-not-an-object", None),
                    NotAnExportWhy::NotNamed => ("export-why-not-named", None),
                    NotAnExportWhy::NoVersion => ("export-why-no-version", None),
                    NotAnExportWhy::Shape(words) => ("export-why-shape", Some(words)),
                    NotAnExportWhy::TooLarge { mib } => {
                        put("mib", mib.to_string());
                        ("export-why-too-large", None)
                    }
                };
                put("detail-id", id.to_owned());
                if let Some(words) = inner {
                    put("inner", words.clone());
                }
            }
            E::NewerExport { file, found, known } => {
                put("file", file.clone());
                put("found", found.to_string());
                put("known", known.to_string());
            }
            E::FileNotRead { path, detail } | E::FileNotWritten { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            E::NotAllDisabled {
                failed,
                total,
                queue,
                // Worded as the `first` argument from the AppError's cause.
                first: _,
            } => {
                put("failed", failed.to_string());
                put("total", total.to_string());
                put("queue", queue.clone());
            }
            E::QueuesNotRead {
                failed,
                total,
                first: _,
            } => {
                put("failed", failed.to_string());
                put("total", total.to_string());
            }
            E::SessionEnded
            | E::NotSignedIn
            | E::ReadOnly
            | E::FlowsForbidden
            | E::QueueGone
            | E::TeamGone
            | E::FlowTakenInTeam
            | E::HookGone
            | E::WrongPassword
            | E::WrongCode
            | E::SecondFactorUnsupported
            | E::SignInNotWaiting
            | E::Invalid(_)
            | E::ProfileGone
            | E::QueueNotCached
            | E::ConflictGone
            | E::SyncSuperseded
            | E::Conflict(_)
            | E::UndoNeedsServer
            | E::UndoPending
            | E::UndoConflict
            | E::NothingToUndo
            | E::AlreadyUndone
            | E::JournalEntryGone => {}
        }
        args
    }
}

impl Error {
    /// The error as it crosses IPC, before its English sentence is made.
    fn unworded(&self) -> AppError {
        let mut err =
            AppError::new(self.code(), String::new()).with_id(self.message_id(), self.args());
        if let Error::NotAllDisabled { first, .. } | Error::QueuesNotRead { first, .. } = self {
            err = err.with_cause(AppError::from(first.as_ref()));
        }
        err
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

/// The `what` argument of `error-changed-since`: each difference in the catalog's terms.
fn differences_arg(what: &[Difference]) -> String {
    let items: Vec<String> = what
        .iter()
        .map(|d| match d {
            Difference::Deleted => "deleted".to_owned(),
            Difference::Exists => "exists".to_owned(),
            Difference::Event(event) => format!("event:{}", event.as_str()),
            Difference::Flow(flow) => format!("flow:{flow}"),
            Difference::Enabled(true) => "enabled".to_owned(),
            Difference::Enabled(false) => "disabled".to_owned(),
        })
        .collect();
    webitel_hooks_i18n::differences_arg(items.iter().map(String::as_str))
}

/// The `detail-id` (a catalog id) and `inner` (the keyring's words) arguments of a keyring call's
/// failure, which the catalog words as its `detail`.
fn put_trouble(put: &mut impl FnMut(&str, String), trouble: &KeyringTrouble) {
    let (id, words) = trouble.id_and_words();
    put("detail-id", id.to_owned());
    if let Some(words) = words {
        put("inner", words.to_owned());
    }
}
pub use from_api::{client_words, from_api, from_hook_change, from_hook_create, owner_gone};
