//! Each of the shell's own errors, as it crosses IPC: its code and its message id.

use serde_json::json;
use webitel_hooks_core::error::{Error as CoreError, InputProblem};

use super::*;

/// Every variant of the shell's own, with the code and message id it must cross IPC with. The
/// match in `covered` makes a new variant a compile error until it is listed here.
fn every_variant() -> Vec<(Error, ErrorCode, &'static str)> {
    use ErrorCode as C;
    vec![
        (
            Error::Core(CoreError::HookGone),
            C::NotFound,
            "error-hook-gone",
        ),
        (
            Error::from(tauri::Error::WebviewNotFound),
            C::Internal,
            "error-runtime",
        ),
        (
            Error::StillStarting,
            C::Unauthenticated,
            "error-still-starting",
        ),
        (Error::NotStarted, C::Internal, "error-not-started"),
        (
            Error::ProfilesNotOpened("task cancelled".into()),
            C::Internal,
            "error-profiles-not-opened",
        ),
        (
            Error::NoDataFolder("no home".into()),
            C::Internal,
            "error-no-data-folder",
        ),
        (
            Error::SecondFactorAtStart,
            C::Unauthenticated,
            "error-second-factor-at-start",
        ),
        (
            Error::SettingsNotLoaded,
            C::Internal,
            "error-settings-not-loaded",
        ),
        (
            Error::SettingsWithoutFolder,
            C::Internal,
            "error-settings-without-folder",
        ),
        (
            Error::SettingsNotSaved {
                path: PathBuf::from("/data/settings.json"),
                detail: "read-only file system".into(),
            },
            C::Internal,
            "error-settings-not-saved",
        ),
        (
            Error::StartAtLoginUnavailable,
            C::Internal,
            "error-start-at-login-unavailable",
        ),
        (
            Error::StartAtLoginNotChanged {
                enabled: true,
                detail: "denied".into(),
            },
            C::Internal,
            "error-start-at-login-not-on",
        ),
        (
            Error::StartAtLoginNotChanged {
                enabled: false,
                detail: "denied".into(),
            },
            C::Internal,
            "error-start-at-login-not-off",
        ),
        (Error::WindowGone, C::Internal, "error-window-gone"),
        (
            Error::WindowNotChanged {
                hide: true,
                detail: "x".into(),
            },
            C::Internal,
            "error-window-not-hidden",
        ),
        (
            Error::WindowNotChanged {
                hide: false,
                detail: "x".into(),
            },
            C::Internal,
            "error-window-not-shown",
        ),
        (
            Error::SyncWithoutSession,
            C::Unauthenticated,
            "error-sync-without-session",
        ),
        (
            Error::NoConfirmation {
                queue: "Sales EU".into(),
            },
            C::Internal,
            "error-no-confirmation",
        ),
        (
            Error::BrowserNotOpened {
                address: "https://cc.example.com/admin/routing/flow/3".into(),
                detail: "no browser".into(),
            },
            C::Internal,
            "error-browser-not-opened",
        ),
        (
            Error::NotAWebAddress {
                address: "file:///etc/passwd".into(),
            },
            C::Internal,
            "error-not-a-web-address",
        ),
    ]
}

/// Fails to compile when a variant is added without a line above.
fn covered(err: &Error) {
    match err {
        Error::Core(_)
        | Error::Runtime(_)
        | Error::StillStarting
        | Error::NotStarted
        | Error::ProfilesNotOpened(_)
        | Error::NoDataFolder(_)
        | Error::SecondFactorAtStart
        | Error::SettingsNotLoaded
        | Error::SettingsWithoutFolder
        | Error::SettingsNotSaved { .. }
        | Error::StartAtLoginUnavailable
        | Error::StartAtLoginNotChanged { .. }
        | Error::WindowGone
        | Error::WindowNotChanged { .. }
        | Error::SyncWithoutSession
        | Error::NoConfirmation { .. }
        | Error::BrowserNotOpened { .. }
        | Error::NotAWebAddress { .. } => {}
    }
}

#[test]
fn each_error_crosses_ipc_with_its_code_and_message_id() {
    for (err, code, id) in every_variant() {
        covered(&err);
        let wire = serde_json::to_value(&err).unwrap();
        assert_eq!(wire["code"], json!(code), "{err:?}");
        assert_eq!(wire["id"], json!(id), "{err:?}");
        let sentence = wire["message"].as_str().unwrap();
        assert!(sentence.ends_with('.'), "{err:?}: {sentence}");
        // Every argument the message has is in the sentence the user reads.
        for (name, value) in wire["args"].as_object().unwrap() {
            let value = value.as_str().unwrap();
            assert!(
                sentence.contains(value),
                "{err:?}: {name} {value:?} not in {sentence}"
            );
        }
    }
}

#[test]
fn a_core_error_crosses_as_core_says_it() {
    let err = Error::from(CoreError::Invalid(InputProblem::NoFlow));
    let app = AppError::from(err);
    assert_eq!(app.code, ErrorCode::InvalidInput);
    assert_eq!(app.id, "error-no-flow");
    assert_eq!(
        app.message,
        "Pick the flow schema the hook starts, then save again."
    );
}

#[test]
fn the_log_keeps_the_last_errors_oldest_first() {
    let log = ErrorLog::default();
    for i in 0..KEPT_ERRORS + 5 {
        log.record(
            "list_queues",
            AppError::new(ErrorCode::Offline, format!("e{i}")),
        );
    }
    let recent = log.recent();
    assert_eq!(recent.len(), KEPT_ERRORS);
    assert_eq!(recent[0].error.message, "e5");
    assert_eq!(
        recent[KEPT_ERRORS - 1].error.message,
        format!("e{}", KEPT_ERRORS + 4)
    );
    assert_eq!(recent[0].command, "list_queues");
}
