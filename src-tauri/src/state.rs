//! The state every command reads: the profiles (with the registry of the active one), or why
//! there are none, and the outcome of the start-up attempt (a sign-in or the resume of the
//! profile used last).

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::watch;
use webitel_hooks_core::{HookRegistry, ProfileBook, SyncRunner};
use webitel_hooks_model::commands::SessionInfo;

use crate::error::{Error, ErrorLog};

/// Where the app keeps its data and its logs, as decided at start (for diagnostics).
#[derive(Debug, Clone, Default)]
pub struct AppPaths {
    /// `None` when no folder could be found for the data.
    pub data_dir: Option<PathBuf>,
    pub log_dir: Option<PathBuf>,
}

/// Where the start-up attempt stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Startup {
    /// Opening the profiles and signing in or resuming: `session_info` waits for it.
    Starting,
    /// Finished; the error when it failed, until a later sign-in or sign-out replaces it.
    Done(Option<Error>),
}

/// Managed by Tauri, one per app, from the first moment: the profiles arrive a little later,
/// once the keyring has been probed off the async runtime.
pub struct Backend {
    /// `None` until opened; `Err` when the data folder or the profiles file cannot be used: the
    /// app still starts, and every command says what happened and what to do.
    book: watch::Sender<Option<Result<ProfileBook, Error>>>,
    startup: watch::Sender<Startup>,
    /// The last errors the commands answered, for diagnostics.
    errors: ErrorLog,
}

impl std::fmt::Debug for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Backend")
            .field("book", &*self.book.borrow())
            .field("startup", &*self.startup.borrow())
            .finish()
    }
}

impl Default for Backend {
    fn default() -> Self {
        Backend::new()
    }
}

impl Backend {
    pub fn new() -> Backend {
        Backend {
            book: watch::Sender::new(None),
            startup: watch::Sender::new(Startup::Starting),
            errors: ErrorLog::default(),
        }
    }

    pub fn errors(&self) -> &ErrorLog {
        &self.errors
    }

    /// The profiles as they stand now, without waiting: `None` while they are being opened.
    pub fn book_now(&self) -> Option<Result<ProfileBook, Error>> {
        self.book.borrow().clone()
    }

    /// The sync of the profiles (it follows the active one), without waiting, like
    /// [`Backend::registry`].
    pub fn sync(&self) -> Result<Arc<SyncRunner>, Error> {
        match &*self.book.borrow() {
            Some(Ok(book)) => Ok(book.sync()),
            Some(Err(err)) => Err(err.clone()),
            None => Err(Error::StillStarting),
        }
    }

    /// Hands over the opened profiles (or why they could not be opened).
    pub fn set_book(&self, book: Result<ProfileBook, Error>) {
        self.book.send_replace(Some(book));
    }

    /// The profiles, waiting for them to be opened at start (a keyring probe, quick).
    pub async fn book(&self) -> Result<ProfileBook, Error> {
        let mut book = self.book.subscribe();
        let opened = book.wait_for(Option::is_some).await;
        match opened.as_deref() {
            Ok(Some(book)) => book.clone(),
            // The sender lives as long as `self`; kept total all the same.
            _ => Err(Error::NotStarted),
        }
    }

    /// The registry of the active profile, without waiting: before the profiles are open no one
    /// is signed in, and the registry says so itself.
    pub fn registry(&self) -> Result<Arc<HookRegistry>, Error> {
        match &*self.book.borrow() {
            Some(Ok(book)) => Ok(book.registry().clone()),
            Some(Err(err)) => Err(err.clone()),
            None => Err(Error::StillStarting),
        }
    }

    /// Records the outcome of the start-up attempt; wakes every waiting `session_info`.
    pub fn finish_startup(&self, outcome: Result<(), Error>) {
        self.startup.send_replace(Startup::Done(outcome.err()));
    }

    /// A sign-in, resume or sign-out made by the user replaces what the start-up attempt said.
    pub fn forget_startup_failure(&self) {
        self.startup.send_if_modified(|s| match s {
            Startup::Done(failure @ Some(_)) => {
                *failure = None;
                true
            }
            _ => false,
        });
    }

    /// `session_info`: waits for the start-up attempt, then says who is signed in; `None` when
    /// no one is (the Sign-in screen); the start-up attempt's error when it failed and nothing
    /// happened since (the reason the Sign-in screen shows).
    pub async fn session_info(&self) -> Result<Option<SessionInfo>, Error> {
        let mut startup = self.startup.subscribe();
        let failure = match startup.wait_for(|s| *s != Startup::Starting).await {
            Ok(done) => match &*done {
                Startup::Done(failure) => failure.clone(),
                Startup::Starting => None,
            },
            Err(_) => None,
        };
        if let Some(info) = self.registry()?.session_info() {
            return Ok(Some(info));
        }
        match failure {
            Some(failure) => Err(failure),
            None => Ok(None),
        }
    }
}
