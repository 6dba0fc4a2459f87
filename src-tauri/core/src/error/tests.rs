//! Each error as it crosses IPC: its code and its message id, and a sentence that names what
//! its arguments say.

use std::path::PathBuf;

use serde_json::json;
use webitel_api::TlsProblem;
use webitel_hooks_model::{AppError, ConflictReason, ErrorCode, HookEvent};

use super::{Error, InputProblem, KeyringDown, KeyringTrouble};

fn server() -> String {
    "https://cc.example.com".to_owned()
}

fn path() -> PathBuf {
    PathBuf::from("/data/cache-1.sqlite3")
}

fn certificate(problem: Option<TlsProblem>) -> Error {
    Error::Certificate {
        server: server(),
        problem,
        detail: "the TLS handshake failed".into(),
    }
}

/// Every variant (and each form of it that reads differently), with the code and message id it
/// must cross IPC with.
fn every_variant() -> Vec<(Error, ErrorCode, &'static str)> {
    use ErrorCode as C;
    let detail = || Some("no such index".to_owned());
    vec![
        (
            Error::Unreachable { server: server() },
            C::Offline,
            "error-unreachable",
        ),
        (Error::Busy { server: server() }, C::Offline, "error-busy"),
        (
            Error::SessionEnded,
            C::Unauthenticated,
            "error-session-ended",
        ),
        (
            Error::NotSignedIn,
            C::Unauthenticated,
            "error-not-signed-in",
        ),
        (
            Error::Forbidden { detail: None },
            C::Forbidden,
            "error-forbidden",
        ),
        (
            Error::Forbidden { detail: detail() },
            C::Forbidden,
            "error-forbidden-because",
        ),
        (Error::ReadOnly, C::Forbidden, "error-read-only"),
        (Error::FlowsForbidden, C::Forbidden, "error-flows-forbidden"),
        (Error::QueueGone, C::NotFound, "error-queue-gone"),
        (Error::TeamGone, C::NotFound, "error-team-gone"),
        (
            Error::EventAlreadyEnabled {
                event: HookEvent::Bridged,
            },
            C::Rejected,
            "error-event-already-enabled",
        ),
        (
            Error::FlowTakenInTeam,
            C::Rejected,
            "error-flow-taken-in-team",
        ),
        (
            InputProblem::NotATeamEvent.into(),
            C::InvalidInput,
            "error-not-a-team-event",
        ),
        (
            InputProblem::NoSuchOwner.into(),
            C::InvalidInput,
            "error-no-such-owner",
        ),
        (Error::HookGone, C::NotFound, "error-hook-gone"),
        (
            Error::Rejected {
                engine_id: None,
                detail: None,
            },
            C::Rejected,
            "error-rejected",
        ),
        (
            Error::Rejected {
                engine_id: Some("store.sql_queue_hook.create.app_error".into()),
                detail: detail(),
            },
            C::Rejected,
            "error-rejected-because",
        ),
        (
            Error::SecondEnabledHook {
                event: Some(HookEvent::Bridged),
            },
            C::Rejected,
            "error-second-enabled-hook",
        ),
        (
            Error::SecondEnabledHook { event: None },
            C::Rejected,
            "error-second-enabled-hook-any",
        ),
        (
            Error::ServerFailed {
                server: server(),
                detail: None,
            },
            C::Internal,
            "error-server-failed",
        ),
        (
            Error::ServerFailed {
                server: server(),
                detail: detail(),
            },
            C::Internal,
            "error-server-failed-because",
        ),
        (
            Error::UnreadableAnswer { server: server() },
            C::Internal,
            "error-unreadable-answer",
        ),
        (
            Error::AnswerTooLarge { server: server() },
            C::Internal,
            "error-answer-too-large",
        ),
        (
            Error::Redirected {
                server: server(),
                to: "https://login.example.com/sso".into(),
            },
            C::InvalidInput,
            "error-redirected",
        ),
        (
            certificate(Some(TlsProblem::UnknownIssuer)),
            C::Certificate,
            "error-certificate-unknown-issuer",
        ),
        (
            certificate(Some(TlsProblem::Expired)),
            C::Certificate,
            "error-certificate-expired",
        ),
        (
            certificate(Some(TlsProblem::NotValidYet)),
            C::Certificate,
            "error-certificate-not-valid-yet",
        ),
        (
            certificate(Some(TlsProblem::NameMismatch)),
            C::Certificate,
            "error-certificate-name-mismatch",
        ),
        (
            certificate(Some(TlsProblem::Revoked)),
            C::Certificate,
            "error-certificate-revoked",
        ),
        (
            certificate(Some(TlsProblem::NoCertificate)),
            C::Certificate,
            "error-certificate-none",
        ),
        (
            certificate(Some(TlsProblem::NotTls)),
            C::Certificate,
            "error-certificate-not-tls",
        ),
        (
            certificate(Some(TlsProblem::Other("bad signature".into()))),
            C::Certificate,
            "error-certificate-refused",
        ),
        (
            certificate(Some(TlsProblem::InvalidCertificate("bad encoding".into()))),
            C::Certificate,
            "error-certificate-invalid",
        ),
        (certificate(None), C::Certificate, "error-certificate"),
        (
            Error::ServerSettings {
                address: true,
                detail: "relative URL without a base".into(),
            },
            C::InvalidInput,
            "error-server-address",
        ),
        (
            Error::ServerSettings {
                address: false,
                detail: "the HTTP client could not be set up".into(),
            },
            C::InvalidInput,
            "error-server-settings",
        ),
        (
            Error::Client {
                detail: "the change names no field".into(),
            },
            C::Internal,
            "error-client",
        ),
        (
            Error::WrongPassword,
            C::Unauthenticated,
            "error-wrong-password",
        ),
        (Error::WrongCode, C::Unauthenticated, "error-wrong-code"),
        (
            Error::SecondFactorUnsupported,
            C::Unauthenticated,
            "error-second-factor-unsupported",
        ),
        (
            Error::SignInNotWaiting,
            C::Unauthenticated,
            "error-sign-in-not-waiting",
        ),
        (
            Error::PasswordNeeded {
                server: server(),
                username: "admin@demo".into(),
            },
            C::Unauthenticated,
            "error-password-needed",
        ),
        (
            Error::BadCaCertificate {
                detail: "No certificate in the PEM.".into(),
            },
            C::Certificate,
            "error-bad-ca-certificate",
        ),
        (
            InputProblem::NoPassword.into(),
            C::InvalidInput,
            "error-no-password",
        ),
        (
            InputProblem::NoUsername.into(),
            C::InvalidInput,
            "error-no-username",
        ),
        (
            InputProblem::BadServerAddress.into(),
            C::InvalidInput,
            "error-bad-server-address",
        ),
        (
            InputProblem::BadAdminAddress.into(),
            C::InvalidInput,
            "error-bad-admin-address",
        ),
        (
            InputProblem::NoProfileName.into(),
            C::InvalidInput,
            "error-no-profile-name",
        ),
        (
            InputProblem::NoFlow.into(),
            C::InvalidInput,
            "error-no-flow",
        ),
        (
            InputProblem::UnknownEvent.into(),
            C::InvalidInput,
            "error-unknown-event",
        ),
        (
            InputProblem::EventNeverFires(webitel_hooks_model::QueueType::Progressive).into(),
            C::InvalidInput,
            "error-event-never-fires",
        ),
        (
            InputProblem::PrivateKeyInCa.into(),
            C::InvalidInput,
            "error-private-key-in-ca",
        ),
        (
            InputProblem::PageSize.into(),
            C::InvalidInput,
            "error-page-size",
        ),
        (
            InputProblem::PageNumber.into(),
            C::InvalidInput,
            "error-page-number",
        ),
        (
            InputProblem::TooMany.into(),
            C::InvalidInput,
            "error-too-many",
        ),
        (
            InputProblem::TooLong.into(),
            C::InvalidInput,
            "error-too-long",
        ),
        (
            Error::KeyringUnavailable {
                reason: KeyringDown::NoService,
            },
            C::KeyringUnavailable,
            "error-keyring-none",
        ),
        (
            Error::KeyringUnavailable {
                reason: KeyringDown::NotOpened(KeyringTrouble::NoStore),
            },
            C::KeyringUnavailable,
            "error-keyring-not-opened",
        ),
        (
            Error::KeyringUnavailable {
                reason: KeyringDown::Silent(KeyringTrouble::Locked("collection is locked".into())),
            },
            C::KeyringUnavailable,
            "error-keyring-silent",
        ),
        (
            Error::KeyringUnavailable {
                reason: KeyringDown::Stalled { seconds: 10 },
            },
            C::KeyringUnavailable,
            "error-keyring-stalled",
        ),
        (
            Error::KeyringUnavailable {
                reason: KeyringDown::ProbeStopped,
            },
            C::KeyringUnavailable,
            "error-keyring-probe-stopped",
        ),
        (
            Error::KeyringLocked {
                what: "read".into(),
                detail: KeyringTrouble::Locked("prompt dismissed".into()),
            },
            C::KeyringUnavailable,
            "error-keyring-locked",
        ),
        (
            Error::KeyringFailed {
                what: "saved".into(),
                detail: KeyringTrouble::Ambiguous,
            },
            C::Internal,
            "error-keyring-failed",
        ),
        (
            Error::KeyringTaskStopped {
                detail: "task cancelled".into(),
            },
            C::Internal,
            "error-keyring-task-stopped",
        ),
        (
            Error::StoreDamaged {
                path: path(),
                detail: "file is not a database".into(),
            },
            C::Internal,
            "error-store-damaged",
        ),
        (
            Error::StoreUnusable {
                path: path(),
                detail: "disk I/O error".into(),
            },
            C::Internal,
            "error-store-unusable",
        ),
        (
            Error::StoreNewer {
                path: path(),
                found: 12,
                known: 8,
            },
            C::Internal,
            "error-store-newer",
        ),
        (
            Error::StoreNotSetAside {
                path: path(),
                newer: false,
                detail: "permission denied".into(),
            },
            C::Internal,
            "error-store-damaged-not-set-aside",
        ),
        (
            Error::StoreNotSetAside {
                path: path(),
                newer: true,
                detail: "permission denied".into(),
            },
            C::Internal,
            "error-store-newer-not-set-aside",
        ),
        (
            Error::CacheFolder {
                path: path(),
                detail: "permission denied".into(),
            },
            C::Internal,
            "error-cache-folder",
        ),
        (
            Error::CacheNotDeleted {
                path: path(),
                detail: "busy".into(),
            },
            C::Internal,
            "error-cache-not-deleted",
        ),
        (
            Error::DataFolder {
                path: path(),
                detail: "permission denied".into(),
            },
            C::Internal,
            "error-data-folder",
        ),
        (
            Error::ProfilesNewer {
                path: path(),
                found: 3,
                known: 1,
            },
            C::Internal,
            "error-profiles-newer",
        ),
        (
            Error::NotAnExport {
                file: "hooks.json".into(),
                why: super::NotAnExportWhy::NotJson("line 1, column 2: expected value".into()),
            },
            C::InvalidInput,
            "error-not-an-export",
        ),
        (
            Error::NewerExport {
                file: "hooks.json".into(),
                found: 2,
                known: 1,
            },
            C::InvalidInput,
            "error-newer-export",
        ),
        (
            Error::FileNotRead {
                path: path(),
                detail: "permission denied".into(),
            },
            C::Internal,
            "error-file-not-read",
        ),
        (
            Error::FileNotWritten {
                path: path(),
                detail: "permission denied".into(),
            },
            C::Internal,
            "error-file-not-written",
        ),
        (Error::ProfileGone, C::NotFound, "error-profile-gone"),
        (
            Error::TargetNeedsSignIn {
                profile: "Staging".into(),
            },
            C::Rejected,
            "error-target-needs-sign-in",
        ),
        (
            Error::TargetNeverSynced {
                profile: "Staging".into(),
                server: server(),
            },
            C::Offline,
            "error-target-never-synced",
        ),
        (
            Error::Invalid(InputProblem::NoSuchProfile),
            C::InvalidInput,
            "error-no-such-profile",
        ),
        (Error::QueueNotCached, C::NotFound, "error-queue-not-cached"),
        (Error::ConflictGone, C::NotFound, "error-conflict-gone"),
        (Error::SyncSuperseded, C::Internal, "error-sync-superseded"),
        (
            Error::HookNotListed {
                queue: "Sales EU".into(),
            },
            C::NotFound,
            "error-hook-not-listed",
        ),
        (
            Error::NotAllDisabled {
                failed: 2,
                total: 5,
                queue: "Sales EU".into(),
                first: Box::new(Error::Unreachable { server: server() }),
            },
            // The code of the first failure: the UI treats it as that failure.
            C::Offline,
            "error-not-all-disabled",
        ),
        (
            Error::QueuesNotRead {
                failed: 3,
                total: 1000,
                first: Box::new(Error::QueueGone),
            },
            C::NotFound,
            "error-queues-not-read",
        ),
        (
            Error::Conflict(ConflictReason::ChangedOnServer),
            C::Rejected,
            "error-conflict-changed-on-server",
        ),
        (
            Error::Conflict(ConflictReason::DeletedOnServer),
            C::Rejected,
            "error-conflict-deleted-on-server",
        ),
        (
            Error::Conflict(ConflictReason::QueueDeletedOnServer),
            C::Rejected,
            "error-conflict-queue-deleted",
        ),
        (
            Error::UndoNeedsServer,
            C::Rejected,
            "error-undo-needs-server",
        ),
        (
            Error::ChangedSince {
                differences: vec![
                    super::Difference::Enabled(false),
                    super::Difference::Flow("Zendesk".into()),
                ],
            },
            C::Rejected,
            "error-changed-since",
        ),
        (Error::UndoPending, C::Rejected, "error-undo-pending"),
        (Error::UndoConflict, C::Rejected, "error-undo-conflict"),
        (Error::NothingToUndo, C::Rejected, "error-nothing-to-undo"),
        (Error::AlreadyUndone, C::Rejected, "error-already-undone"),
        (
            Error::JournalEntryGone,
            C::NotFound,
            "error-journal-entry-gone",
        ),
    ]
}

/// Fails to compile when a variant is added without a line in [`every_variant`].
fn covered(err: &Error) {
    use Error as E;
    match err {
        E::Unreachable { .. }
        | E::Busy { .. }
        | E::SessionEnded
        | E::NotSignedIn
        | E::Forbidden { .. }
        | E::ReadOnly
        | E::FlowsForbidden
        | E::QueueGone
        | E::TeamGone
        | E::FlowTakenInTeam
        | E::EventAlreadyEnabled { .. }
        | E::HookGone
        | E::Rejected { .. }
        | E::SecondEnabledHook { .. }
        | E::ServerFailed { .. }
        | E::UnreadableAnswer { .. }
        | E::AnswerTooLarge { .. }
        | E::Redirected { .. }
        | E::Certificate { .. }
        | E::ServerSettings { .. }
        | E::Client { .. }
        | E::WrongPassword
        | E::WrongCode
        | E::SecondFactorUnsupported
        | E::SignInNotWaiting
        | E::PasswordNeeded { .. }
        | E::BadCaCertificate { .. }
        | E::Invalid(_)
        | E::KeyringUnavailable { .. }
        | E::KeyringLocked { .. }
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
        | E::NotAnExport { .. }
        | E::NewerExport { .. }
        | E::FileNotRead { .. }
        | E::FileNotWritten { .. }
        | E::ProfileGone
        | E::TargetNeedsSignIn { .. }
        | E::TargetNeverSynced { .. }
        | E::QueueNotCached
        | E::ConflictGone
        | E::SyncSuperseded
        | E::HookNotListed { .. }
        | E::NotAllDisabled { .. }
        | E::QueuesNotRead { .. }
        | E::Conflict(_)
        | E::UndoNeedsServer
        | E::ChangedSince { .. }
        | E::UndoPending
        | E::UndoConflict
        | E::NothingToUndo
        | E::AlreadyUndone
        | E::JournalEntryGone => {}
    }
}

#[test]
fn each_error_crosses_ipc_with_its_code_and_message_id() {
    let mut ids = std::collections::HashSet::new();
    for (err, code, id) in every_variant() {
        covered(&err);
        let wire = serde_json::to_value(AppError::from(&err)).unwrap();
        assert_eq!(wire["code"], json!(code), "{err:?}");
        assert_eq!(wire["id"], json!(id), "{err:?}");
        assert!(ids.insert(id), "{id} is used by two forms");
        let sentence = wire["message"].as_str().unwrap();
        assert_eq!(sentence, err.to_string());
        assert!(
            sentence.ends_with('.') || sentence.ends_with(')'),
            "{err:?}: {sentence}"
        );
        // What the arguments say is what the sentence says (a translation gets the same facts).
        for (name, value) in wire["args"].as_object().unwrap() {
            // For support, or data the catalog words (an event's or a type's name, a message
            // id, the platform, the list of differences): not the sentence's own words.
            let worded = ["engine-id", "event", "type", "detail-id", "platform", "why"];
            if worded.contains(&name.as_str()) || (name == "what" && id == "error-changed-since") {
                continue;
            }
            let value = value.as_str().unwrap();
            assert!(
                sentence.contains(value),
                "{err:?}: {name} = {value:?} is not in {sentence:?}"
            );
        }
    }
}

#[test]
fn only_an_unreachable_or_busy_server_counts_as_offline() {
    for (err, _, _) in every_variant() {
        // A copy's target profile that cannot be reached and was never synced is an unreachable
        // server too (the other profile's).
        let offline = matches!(
            err,
            Error::Unreachable { .. } | Error::Busy { .. } | Error::TargetNeverSynced { .. }
        ) || matches!(&err, Error::NotAllDisabled { first, .. } | Error::QueuesNotRead { first, .. } if first.is_offline());
        assert_eq!(err.is_offline(), offline, "{err:?}");
    }
}

#[test]
fn a_damaged_file_is_told_apart_from_one_that_cannot_be_written() {
    let damaged = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_NOTADB),
        None,
    );
    let err = super::from_store(&damaged, &path());
    assert!(matches!(err, Error::StoreDamaged { .. }), "{err:?}");
    assert!(err.to_string().contains("/data/cache-1.sqlite3"));
    let full =
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
    assert!(matches!(
        super::from_store(&full, &path()),
        Error::StoreUnusable { .. }
    ));
}
