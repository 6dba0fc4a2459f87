//! The one place where a failure becomes the `AppError` that crosses IPC.
//!
//! What must hold: every message is one sentence (or two short ones) that says what happened and
//! what to do; a server's own words are kept when it gave some; a bare HTTP status is never the
//! whole message; no message ever holds a token or a password (`webitel_api::Error` never holds
//! one, and the server address given here has its credentials stripped by the session).

use std::path::Path;

use webitel_api::{Error as ApiError, ErrorKind, TlsProblem};
use webitel_hooks_model::{AppError, ErrorCode, HookEvent};

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// The message for a session the server no longer accepts.
pub const SESSION_ENDED: &str = "Your session has ended. Sign in again.";

/// The message for a hook that is gone on the server.
pub const HOOK_GONE: &str =
    "This hook no longer exists on the server. Refresh to see the current list.";

/// The hook is in neither the cache nor the server's answer.
pub fn hook_gone() -> AppError {
    AppError::new(ErrorCode::NotFound, HOOK_GONE)
}

/// Maps a failed call to `server` (the address shown to the user) to the app's error.
pub fn from_api(err: &ApiError, server: &str) -> AppError {
    let words = server_words(err);
    match err.kind() {
        ErrorKind::Unauthenticated => AppError::new(ErrorCode::Unauthenticated, SESSION_ENDED),
        ErrorKind::Forbidden => AppError::new(
            ErrorCode::Forbidden,
            match words {
                Some(words) => format!(
                    "Your user is not allowed to do this on the server: {words}. Ask your Webitel administrator for the permission."
                ),
                None => "Your user is not allowed to do this on the server. Ask your Webitel administrator for the permission.".to_owned(),
            },
        ),
        ErrorKind::NotFound if is_about_queue(err) => AppError::new(
            ErrorCode::NotFound,
            "This queue no longer exists on the server. Refresh the queue list and pick another queue.",
        ),
        ErrorKind::NotFound => AppError::new(ErrorCode::NotFound, HOOK_GONE),
        ErrorKind::Rejected => AppError::new(
            ErrorCode::Rejected,
            match words {
                Some(words) => format!(
                    "The server refused the change: {words}. Check the values and try again."
                ),
                None => "The server refused the change. Check the values and try again.".to_owned(),
            },
        ),
        ErrorKind::Timeout | ErrorKind::Connect | ErrorKind::Unavailable => AppError::new(
            ErrorCode::Offline,
            format!("The server at {server} cannot be reached. Check your connection and try again."),
        ),
        ErrorKind::RateLimited => AppError::new(
            ErrorCode::Offline,
            format!("The server at {server} is too busy to answer now. Try again in a moment."),
        ),
        // Verification is never offered as something to turn off: the remedy for a private CA
        // is adding it to the profile.
        ErrorKind::Tls => AppError::new(ErrorCode::Certificate, certificate_words(err, server)),
        ErrorKind::Decode => AppError::new(
            ErrorCode::Internal,
            format!(
                "The server at {server} sent an answer this app cannot read. Check that the address points to a Webitel server, then try again."
            ),
        ),
        ErrorKind::InvalidUrl | ErrorKind::InvalidConfig => AppError::new(
            ErrorCode::InvalidInput,
            format!("{} Correct the server settings and try again.", err),
        ),
        ErrorKind::Server => AppError::new(
            ErrorCode::Internal,
            match words {
                Some(words) => format!(
                    "The server at {server} failed to handle the request: {words}. Try again; if it keeps failing, tell your Webitel administrator."
                ),
                None => format!(
                    "The server at {server} failed to handle the request. Try again; if it keeps failing, tell your Webitel administrator."
                ),
            },
        ),
        _ => AppError::new(ErrorCode::Internal, err.to_string()),
    }
}

/// What is wrong with the server's certificate, in words, and what to do about it.
fn certificate_words(err: &ApiError, server: &str) -> String {
    match err.tls_problem() {
        Some(TlsProblem::UnknownIssuer) => "The server's certificate is not signed by an authority this computer trusts. If the server uses a private CA, add its certificate to the profile.".to_owned(),
        Some(TlsProblem::Expired) => "The server's certificate has expired. Ask the server's administrator to renew it.".to_owned(),
        Some(TlsProblem::NotValidYet) => "The server's certificate is not valid yet. Check this computer's date and time, then try again.".to_owned(),
        Some(TlsProblem::NameMismatch) => format!("The server's certificate was issued for another name than {server}. Check the address, or ask the server's administrator for a certificate with this name."),
        Some(TlsProblem::Revoked) => "The server's certificate has been revoked. Ask the server's administrator for a new one.".to_owned(),
        Some(TlsProblem::NoCertificate) => format!("The server at {server} presented no certificate. Check the address, or ask the server's administrator."),
        Some(TlsProblem::NotTls) => format!("The server at {server} does not speak HTTPS at this address. Check whether the address should start with http:// instead."),
        Some(TlsProblem::Other(words)) => format!("The server's certificate was refused: {words}. Check the address and the profile's CA certificate."),
        _ => format!("{err} Check the address and the profile's CA certificate."),
    }
}

/// A CA certificate the client cannot use (not PEM, or no certificate in it).
pub fn bad_ca_certificate(err: &ApiError) -> AppError {
    AppError::new(
        ErrorCode::Certificate,
        format!("The profile's CA certificate cannot be used: {err} Paste the CA certificate in PEM form (it starts with -----BEGIN CERTIFICATE-----)."),
    )
}

/// Maps a refused create, replace or enable of a hook for `event`. The engine refuses a second
/// enabled hook for one event with a bare 400 naming a unique index; the user needs to hear which
/// rule it was and what to do about it. The server's words (database wording, of no use to the
/// user) go to the log for support, not into the sentence.
pub fn from_hook_change(err: &ApiError, server: &str, event: Option<&HookEvent>) -> AppError {
    if err.kind() != ErrorKind::Rejected || !is_duplicate_enabled_event(err) {
        return from_api(err, server);
    }
    let words = server_words(err).unwrap_or_else(|| "duplicate enabled event".to_owned());
    tracing::info!(
        server,
        words,
        "the server refused a second enabled hook for one event"
    );
    let (which, what_to_do) = match event {
        Some(event) => {
            let label = event_label(event);
            (
                format!("a second enabled {label} hook"),
                format!("Disable the other {label} hook first."),
            )
        }
        None => (
            "a second enabled hook for this event".to_owned(),
            "Disable the other hook of this event first.".to_owned(),
        ),
    };
    AppError::new(
        ErrorCode::Rejected,
        format!(
            "The server refused {which} on this queue: only one hook per event may be enabled. {what_to_do}"
        ),
    )
}

/// Refused on this side, before calling the server: the user may only view hooks.
pub fn read_only() -> AppError {
    AppError::new(
        ErrorCode::Forbidden,
        "Your user may view these hooks but not change them. Ask your Webitel administrator for the right to edit queues.",
    )
}

/// Refused on this side, before calling the server: the user may not list flows.
pub fn flows_forbidden() -> AppError {
    AppError::new(
        ErrorCode::Forbidden,
        "Your user may not read flow schemas, so no flow can be picked. Ask your Webitel administrator for read access to flow schemas.",
    )
}

pub fn not_signed_in() -> AppError {
    AppError::new(
        ErrorCode::Unauthenticated,
        "You are not signed in. Sign in to a Webitel server first.",
    )
}

/// A failure of the local cache file at `path`.
pub fn from_store(err: &rusqlite::Error, path: &Path) -> AppError {
    use rusqlite::ErrorCode as Sqlite;
    let damaged = matches!(
        err.sqlite_error_code(),
        Some(Sqlite::NotADatabase | Sqlite::DatabaseCorrupt)
    );
    let message = if damaged {
        format!(
            "The local cache file {} is damaged ({err}). Close the app, move that file away, and start the app again: the cache is rebuilt from the server.",
            path.display()
        )
    } else {
        format!(
            "The local cache file {} cannot be used ({err}). Check that the disk has space and the file is writable, then try again.",
            path.display()
        )
    };
    AppError::new(ErrorCode::Internal, message)
}

/// The event as the UI labels it: capitalised (`bridged` -> `Bridged`); an unknown value as it is.
pub fn event_label(event: &HookEvent) -> String {
    let value = event.as_str();
    if matches!(event, HookEvent::Other(_)) {
        return value.to_owned();
    }
    let mut chars = value.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The server's own sentence, trimmed and without its final full stop (the caller adds its own).
fn server_words(err: &ApiError) -> Option<String> {
    err.message()
        .map(|m| m.trim().trim_end_matches('.').to_owned())
        .filter(|m| !m.is_empty())
}

/// The engine's "queue not found" (`store.sql_queue.get.app_error`); the hook's id starts with
/// `store.sql_queue_hook.` and does not match.
fn is_about_queue(err: &ApiError) -> bool {
    err.engine_id()
        .is_some_and(|id| id.starts_with("store.sql_queue."))
}

/// The engine names the partial unique index `(queue_id, event) WHERE enabled`; the words vary
/// between versions, so any unique/duplicate wording on a hook change counts.
fn is_duplicate_enabled_event(err: &ApiError) -> bool {
    err.message().is_some_and(|m| {
        let m = m.to_ascii_lowercase();
        m.contains("duplicate") || m.contains("unique")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_labels_are_capitalised_and_unknown_values_kept() {
        assert_eq!(event_label(&HookEvent::Bridged), "Bridged");
        assert_eq!(event_label(&HookEvent::Other("x_y".into())), "x_y");
    }

    #[test]
    fn a_damaged_file_says_what_to_do() {
        let err = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_NOTADB),
            None,
        );
        let app = from_store(&err, Path::new("/tmp/cache.sqlite3"));
        assert_eq!(app.code, ErrorCode::Internal);
        assert!(app.message.contains("damaged"), "{}", app.message);
        assert!(app.message.contains("/tmp/cache.sqlite3"));
    }
}
