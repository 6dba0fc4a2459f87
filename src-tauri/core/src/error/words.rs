//! What the catalog needs of an [`Error`] to word it in any language: its message id and its
//! arguments by name (webitel-hooks-i18n's catalogs hold the sentences).

use std::collections::BTreeMap;

use webitel_api::TlsProblem;
use webitel_hooks_model::{AppError, ConflictReason};

use super::{
    keyring, Difference, Error, InputProblem, KeyringDown, KeyringTrouble, NotAnExportWhy,
};

impl Error {
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

    /// The error as it crosses IPC, before its English sentence is made.
    pub(super) fn unworded(&self) -> AppError {
        let mut err =
            AppError::new(self.code(), String::new()).with_id(self.message_id(), self.args());
        if let Error::NotAllDisabled { first, .. } | Error::QueuesNotRead { first, .. } = self {
            err = err.with_cause(AppError::from(first.as_ref()));
        }
        err
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
