//! The error of the native side, and its mapping to the [`AppError`] that crosses IPC.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Serialize, Serializer};
use webitel_hooks_model::{AppError, ErrorCode};

/// Why a command failed. Each variant keeps its source for the log; what reaches the webview is
/// always an [`AppError`], so the UI branches on a stable code and never parses a message.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A failure that already speaks the IPC contract.
    #[error(transparent)]
    App(#[from] AppError),
    /// The runtime refused something (a window, the app handle); never the user's doing.
    #[error(transparent)]
    Tauri(#[from] tauri::Error),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The error as the webview sees it.
    pub fn to_app_error(&self) -> AppError {
        match self {
            Error::App(app) => app.clone(),
            Error::Tauri(err) => AppError::new(
                ErrorCode::Internal,
                format!(
                    "The app could not complete the request ({err}). Restart it and try again."
                ),
            ),
        }
    }
}

impl From<Error> for AppError {
    fn from(err: Error) -> Self {
        match err {
            Error::App(app) => app,
            other => other.to_app_error(),
        }
    }
}

// Tauri serializes a command's error to send it to the webview, so the error is serialized as
// the `AppError` it maps to: the one shape the UI reads.
impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.to_app_error().serialize(serializer)
    }
}

/// How many of the last errors [`ErrorLog`] keeps.
pub const KEPT_ERRORS: usize = 20;

/// One error that crossed IPC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedError {
    /// Unix seconds.
    pub at: u64,
    pub command: &'static str,
    pub error: AppError,
}

/// The last [`KEPT_ERRORS`] errors the commands answered, for diagnostics. They hold only what
/// the webview was told anyway (an `AppError`: a code and a sentence), never a secret.
#[derive(Debug, Default)]
pub struct ErrorLog {
    entries: Mutex<VecDeque<LoggedError>>,
}

impl ErrorLog {
    /// Keeps what `command` answered, dropping the oldest beyond [`KEPT_ERRORS`].
    pub fn record(&self, command: &'static str, error: AppError) {
        let at = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() == KEPT_ERRORS {
            entries.pop_front();
        }
        entries.push_back(LoggedError { at, command, error });
    }

    /// Oldest first.
    pub fn recent(&self) -> Vec<LoggedError> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_the_app_error() {
        let err = Error::from(AppError::new(ErrorCode::NotFound, "The hook is gone."));
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "not_found", "message": "The hook is gone."})
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

    #[test]
    fn runtime_failures_are_internal() {
        let err = Error::from(tauri::Error::WebviewNotFound);
        assert_eq!(AppError::from(err).code, ErrorCode::Internal);
    }
}
