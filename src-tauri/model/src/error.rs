//! The error that crosses IPC ([`AppError`]) and the small set of codes the UI branches on
//! ([`ErrorCode`]). The native side makes one from its typed errors in one conversion; the
//! webview reads the code and shows the sentence (or, by its id, the catalog's).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// What the UI branches on when a command fails. Grows only when the UI needs a new branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The server refused the credentials or the session ended: sign in again.
    Unauthenticated,
    /// The signed-in user lacks the permission for this action.
    Forbidden,
    /// The hook or queue is gone on the server.
    NotFound,
    /// The server refused the change (for example a second enabled hook for one event).
    Rejected,
    /// The server could not be reached; the app works from its cache.
    Offline,
    /// Input from the user that cannot be used as it is.
    InvalidInput,
    /// The OS keyring cannot be used (no Secret Service, locked, refused): the UI offers to sign
    /// in for this session only, keeping secrets in memory.
    KeyringUnavailable,
    /// The server's TLS certificate is not trusted or does not fit: the UI points at the
    /// profile's CA certificate field.
    Certificate,
    /// Anything else; the message says what happened.
    Internal,
}

/// The error that crosses IPC: a stable code, the message's id in the catalog with its
/// arguments, and the sentence in English that says what happened and what to do. Never carries
/// a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppError {
    pub code: ErrorCode,
    /// The message's id in the catalog (`error-hook-gone`); empty for a sentence made in the
    /// webview itself.
    #[serde(default)]
    pub id: String,
    /// The message's arguments by name.
    #[serde(default)]
    pub args: BTreeMap<String, String>,
    pub message: String,
    /// The failure behind this one (the first of many, say), which the message names as its
    /// `first` argument once worded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<Box<AppError>>,
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            id: String::new(),
            args: BTreeMap::new(),
            message: message.into(),
            cause: None,
        }
    }

    /// The same error with its message's catalog id and arguments.
    pub fn with_id(mut self, id: impl Into<String>, args: BTreeMap<String, String>) -> Self {
        self.id = id.into();
        self.args = args;
        self
    }

    pub fn with_cause(mut self, cause: AppError) -> Self {
        self.cause = Some(Box::new(cause));
        self
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}
