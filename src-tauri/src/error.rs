//! The error of the native side, and its mapping to the [`AppError`] that crosses IPC.

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
    fn runtime_failures_are_internal() {
        let err = Error::from(tauri::Error::WebviewNotFound);
        assert_eq!(AppError::from(err).code, ErrorCode::Internal);
    }
}
