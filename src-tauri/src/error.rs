//! What can go wrong in the shell, as data ([`Error`]: core's errors, the runtime's, and the
//! shell's own: settings, start at login, the window, the start-up), and the one conversion of
//! any of them to the [`AppError`] that crosses IPC.
//!
//! What must hold: nothing decides on message text; a command's error, a tray failure's
//! notification and the diagnostics' list of recent errors all go through
//! [`Error::to_app_error`], which gives the code, the message id with its arguments (what the
//! window words in the user's language), and the English sentence for the log, from the English
//! catalog. No variant holds a secret.

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::Mutex;

use serde::{Serialize, Serializer};
use webitel_hooks_core::error::Error as CoreError;
use webitel_hooks_model::{AppError, ErrorCode};

/// Why a command or a tray action failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// What core says went wrong.
    Core(CoreError),
    /// The runtime refused something (a window, the app handle); never the user's doing.
    Runtime(String),
    /// The start-up has not opened the profiles yet.
    StillStarting,
    /// The start-up ended without handing the profiles over.
    NotStarted,
    /// The task opening the profiles stopped before answering.
    ProfilesNotOpened(String),
    /// The OS gave no folder for the app's data.
    NoDataFolder(String),
    /// The sign-in given at launch needs a one-time code.
    SecondFactorAtStart,
    /// The settings are not loaded (the app did not finish starting).
    SettingsNotLoaded,
    /// Without a data folder there is nowhere to save the settings.
    SettingsWithoutFolder,
    SettingsNotSaved {
        path: PathBuf,
        detail: String,
    },
    /// This build has no start-at-login support.
    StartAtLoginUnavailable,
    StartAtLoginNotChanged {
        enabled: bool,
        detail: String,
    },
    /// The main window is gone.
    WindowGone,
    WindowNotChanged {
        hide: bool,
        detail: String,
    },
    /// "Sync now" from the tray with no one signed in.
    SyncWithoutSession,
    /// The tray's "Disable all" cannot ask first.
    NoConfirmation {
        queue: String,
    },
    /// The OS did not open an address in the browser.
    BrowserNotOpened {
        address: String,
        detail: String,
    },
    /// An address to open in the browser that is not an http(s) one.
    NotAWebAddress {
        address: String,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<CoreError> for Error {
    fn from(err: CoreError) -> Self {
        Error::Core(err)
    }
}

/// The English sentence, for the log; the window words it in the user's language.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_app_error().message)
    }
}

impl std::error::Error for Error {}

impl From<tauri::Error> for Error {
    fn from(err: tauri::Error) -> Self {
        Error::Runtime(err.to_string())
    }
}

impl Error {
    /// The error as the webview sees it: the one conversion.
    pub fn to_app_error(&self) -> AppError {
        match self {
            Error::Core(err) => AppError::from(err),
            own => webitel_hooks_i18n::in_english(
                AppError::new(own.code(), String::new()).with_id(own.message_id(), own.args()),
            ),
        }
    }

    fn code(&self) -> ErrorCode {
        match self {
            Error::Core(err) => err.code(),
            Error::StillStarting | Error::SecondFactorAtStart | Error::SyncWithoutSession => {
                ErrorCode::Unauthenticated
            }
            Error::Runtime(_)
            | Error::NotStarted
            | Error::ProfilesNotOpened(_)
            | Error::NoDataFolder(_)
            | Error::SettingsNotLoaded
            | Error::SettingsWithoutFolder
            | Error::SettingsNotSaved { .. }
            | Error::StartAtLoginUnavailable
            | Error::StartAtLoginNotChanged { .. }
            | Error::WindowGone
            | Error::WindowNotChanged { .. }
            | Error::NoConfirmation { .. }
            | Error::BrowserNotOpened { .. }
            | Error::NotAWebAddress { .. } => ErrorCode::Internal,
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            Error::Core(err) => err.message_id(),
            Error::Runtime(_) => "error-runtime",
            Error::StillStarting => "error-still-starting",
            Error::NotStarted => "error-not-started",
            Error::ProfilesNotOpened(_) => "error-profiles-not-opened",
            Error::NoDataFolder(_) => "error-no-data-folder",
            Error::SecondFactorAtStart => "error-second-factor-at-start",
            Error::SettingsNotLoaded => "error-settings-not-loaded",
            Error::SettingsWithoutFolder => "error-settings-without-folder",
            Error::SettingsNotSaved { .. } => "error-settings-not-saved",
            Error::StartAtLoginUnavailable => "error-start-at-login-unavailable",
            Error::StartAtLoginNotChanged { enabled: true, .. } => "error-start-at-login-not-on",
            Error::StartAtLoginNotChanged { enabled: false, .. } => "error-start-at-login-not-off",
            Error::WindowGone => "error-window-gone",
            Error::WindowNotChanged { hide: true, .. } => "error-window-not-hidden",
            Error::WindowNotChanged { hide: false, .. } => "error-window-not-shown",
            Error::SyncWithoutSession => "error-sync-without-session",
            Error::NoConfirmation { .. } => "error-no-confirmation",
            Error::BrowserNotOpened { .. } => "error-browser-not-opened",
            Error::NotAWebAddress { .. } => "error-not-a-web-address",
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            Error::Core(err) => return err.args(),
            Error::Runtime(detail)
            | Error::ProfilesNotOpened(detail)
            | Error::NoDataFolder(detail) => {
                vec![("detail", detail.clone())]
            }
            Error::SettingsNotSaved { path, detail } => vec![
                ("path", path.display().to_string()),
                ("detail", detail.clone()),
            ],
            Error::StartAtLoginNotChanged { detail, .. }
            | Error::WindowNotChanged { detail, .. } => {
                vec![("detail", detail.clone())]
            }
            Error::NoConfirmation { queue } => vec![("queue", queue.clone())],
            Error::NotAWebAddress { address } => vec![("address", address.clone())],
            Error::BrowserNotOpened { address, detail } => {
                vec![("address", address.clone()), ("detail", detail.clone())]
            }
            Error::StillStarting
            | Error::NotStarted
            | Error::SecondFactorAtStart
            | Error::SettingsNotLoaded
            | Error::SettingsWithoutFolder
            | Error::StartAtLoginUnavailable
            | Error::WindowGone
            | Error::SyncWithoutSession => Vec::new(),
        };
        pairs
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect()
    }
}

impl From<Error> for AppError {
    fn from(err: Error) -> Self {
        err.to_app_error()
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
        let at = u64::try_from(webitel_hooks_core::clock::now_ms() / 1000).unwrap_or(0);
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
mod tests;
