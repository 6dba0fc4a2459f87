//! From a failed call of the Webitel client to [`Error`].

use webitel_api::{Error as ApiError, ErrorKind};
use webitel_hooks_model::HookEvent;

use super::Error;

/// Maps a failed call to `server` (the address shown to the user).
pub fn from_api(err: &ApiError, server: &str) -> Error {
    let detail = server_words(err);
    let server = server.to_owned();
    match err.kind() {
        ErrorKind::Unauthenticated => Error::SessionEnded,
        ErrorKind::Forbidden => Error::Forbidden { detail },
        ErrorKind::NotFound if is_about_queue(err) => Error::QueueGone,
        ErrorKind::NotFound => Error::HookGone,
        ErrorKind::Rejected => Error::Rejected {
            engine_id: err.engine_id().map(str::to_owned),
            detail,
        },
        ErrorKind::Timeout | ErrorKind::Connect | ErrorKind::Unavailable => {
            Error::Unreachable { server }
        }
        ErrorKind::RateLimited => Error::Busy { server },
        ErrorKind::Tls => Error::Certificate {
            server,
            problem: err.tls_problem().cloned(),
            detail: err.to_string(),
        },
        ErrorKind::Decode => Error::UnreadableAnswer { server },
        ErrorKind::TooLarge => Error::AnswerTooLarge { server },
        ErrorKind::Redirected => Error::Redirected {
            server,
            // The client's words are "to <where>", the address already stripped.
            to: err
                .message()
                .map(|m| m.trim_start_matches("to ").to_owned())
                .unwrap_or_default(),
        },
        ErrorKind::InvalidUrl | ErrorKind::InvalidConfig => Error::ServerSettings {
            detail: err.to_string(),
        },
        ErrorKind::Server => Error::ServerFailed { server, detail },
        _ => Error::Client {
            detail: err.to_string(),
        },
    }
}

/// Maps a refused create, replace or enable of a hook for `event`. The engine refuses a second
/// enabled hook for one event with a bare 400 naming a unique index; the user needs to hear which
/// rule it was and what to do about it. The server's words (database wording, of no use to the
/// user) go to the log for support, not into the sentence.
pub fn from_hook_change(err: &ApiError, server: &str, event: Option<&HookEvent>) -> Error {
    if err.kind() != ErrorKind::Rejected || !is_duplicate_enabled_event(err) {
        return from_api(err, server);
    }
    let words = server_words(err).unwrap_or_else(|| "duplicate enabled event".to_owned());
    tracing::info!(
        server,
        words,
        "the server refused a second enabled hook for one event"
    );
    Error::SecondEnabledHook {
        event: event.cloned(),
    }
}

/// The server's own sentence, on one line, bounded, its secrets redacted
/// ([`super::server_words::clean`]), without its final full stop (the caller adds its own).
fn server_words(err: &ApiError) -> Option<String> {
    err.message()
        .map(|m| {
            super::server_words::clean(m)
                .trim_end_matches('.')
                .to_owned()
        })
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
