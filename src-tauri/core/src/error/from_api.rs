//! From a failed call of the Webitel client to [`Error`].

use webitel_api::{Error as ApiError, ErrorKind};
use webitel_hooks_model::{HookEvent, HookOwner};

use super::Error;

/// Maps a failed call to `server` (the address shown to the user).
pub fn from_api(err: &ApiError, server: &str) -> Error {
    let detail = server_words(err);
    let server = server.to_owned();
    match err.kind() {
        ErrorKind::Unauthenticated => Error::SessionEnded,
        ErrorKind::Forbidden => Error::Forbidden { detail },
        ErrorKind::NotFound if is_about_queue(err) => Error::QueueGone,
        ErrorKind::NotFound if is_about_team(err) => Error::TeamGone,
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
            detail: client_words(err),
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
            address: err.kind() == ErrorKind::InvalidUrl,
            detail: client_words(err),
        },
        ErrorKind::Server => Error::ServerFailed { server, detail },
        _ => Error::Client {
            detail: client_words(err),
        },
    }
}

/// What the client says went wrong, in its own words (a library's or the client's), for the
/// catalog's sentence to quote: never the client's whole English sentence.
pub fn client_words(err: &ApiError) -> String {
    match err.message() {
        Some(words) if !words.trim().is_empty() => words.trim().trim_end_matches('.').to_owned(),
        _ => format!("{:?}", err.kind()),
    }
}

/// The error that says `owner` is gone on the server.
pub fn owner_gone(owner: HookOwner) -> Error {
    match owner {
        HookOwner::Queue(_) => Error::QueueGone,
        HookOwner::Team(_) => Error::TeamGone,
    }
}

/// Maps a refused create, replace or enable of one of `owner`'s hooks for `event`. The engine
/// refuses what a unique index forbids with a bare 400 naming it: for a queue, a second enabled
/// hook of one event; for a team, a second hook of one flow. The user needs to hear which rule
/// it was and what to do about it. The server's words (database wording, of no use to the user)
/// go to the log for support, not into the sentence.
pub fn from_hook_change(
    err: &ApiError,
    server: &str,
    owner: HookOwner,
    event: Option<&HookEvent>,
) -> Error {
    if err.kind() != ErrorKind::Rejected || !is_duplicate(err) {
        return from_api(err, server);
    }
    let words = server_words(err).unwrap_or_else(|| "duplicate".to_owned());
    tracing::info!(server, words, %owner, "the server refused a duplicate hook");
    match owner {
        HookOwner::Queue(_) => Error::SecondEnabledHook {
            event: event.cloned(),
        },
        HookOwner::Team(_) => Error::FlowTakenInTeam,
    }
}

/// Maps a refused create of one of `owner`'s hooks for `event`. The engine inserts the hook only
/// where its queue (team) exists in the user's domain and reads the inserted row back; with the
/// owner gone no row comes back, and `sql: no rows in result set` is answered 404 as
/// `store.sql_queue_hook.create.app_error` (`store.sql_team.create.app_error`; webitel/engine
/// store/sqlstore/cc_queue_hook_store.go and cc_team_hook_store.go `Create`,
/// `extractCodeFromErr`): no hook is involved, so that 404 means the owner.
pub fn from_hook_create(
    err: &ApiError,
    server: &str,
    owner: HookOwner,
    event: &HookEvent,
) -> Error {
    match err.kind() {
        ErrorKind::NotFound => owner_gone(owner),
        _ => from_hook_change(err, server, owner, Some(event)),
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

/// The engine's "team not found" (`store.sql_agent_team.get.app_error`); a team hook's ids start
/// with `store.sql_team_hook.` or `store.sql_team.create` and do not match.
fn is_about_team(err: &ApiError) -> bool {
    err.engine_id()
        .is_some_and(|id| id.starts_with("store.sql_agent_team."))
}

/// The engine names the unique index (a queue's `(queue_id, event) WHERE enabled`, a team's
/// `(team_id, schema_id)`); the words vary between versions, so any unique/duplicate wording on
/// a hook change counts.
fn is_duplicate(err: &ApiError) -> bool {
    err.message().is_some_and(|m| {
        let m = m.to_ascii_lowercase();
        m.contains("duplicate") || m.contains("unique")
    })
}
