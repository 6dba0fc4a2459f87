//! The state every command reads: the registry (or why there is none) and the outcome of the
//! sign-in made at start.

use std::sync::Arc;

use tokio::sync::watch;
use webitel_hooks_core::HookRegistry;
use webitel_hooks_model::commands::SessionInfo;
use webitel_hooks_model::{AppError, ErrorCode};

/// Where the sign-in made at start stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Startup {
    /// Started, not finished: `session_info` waits for it.
    SigningIn,
    /// Finished, or never asked for; the error when it failed.
    Done(Option<AppError>),
}

/// Managed by Tauri, one per app.
pub struct Backend {
    /// `Err` when the cache could not be opened: the app still starts, and every command says
    /// what happened and what to do instead of the window failing to open.
    registry: Result<Arc<HookRegistry>, AppError>,
    startup: watch::Sender<Startup>,
    /// Whether a sign-in was asked for at launch: a session missing after one ended.
    signs_in_at_start: bool,
}

impl std::fmt::Debug for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Backend")
            .field("registry", &self.registry)
            .field("startup", &*self.startup.borrow())
            .finish()
    }
}

impl Backend {
    pub fn new(registry: Result<HookRegistry, AppError>, signs_in_at_start: bool) -> Backend {
        let first = if signs_in_at_start && registry.is_ok() {
            Startup::SigningIn
        } else {
            Startup::Done(None)
        };
        Backend {
            registry: registry.map(Arc::new),
            startup: watch::Sender::new(first),
            signs_in_at_start,
        }
    }

    /// The registry, or the sentence saying why the cache is unusable.
    pub fn registry(&self) -> Result<&Arc<HookRegistry>, AppError> {
        self.registry.as_ref().map_err(Clone::clone)
    }

    /// Records the outcome of the sign-in made at start; wakes every waiting `session_info`.
    pub fn finish_startup(&self, outcome: Result<(), AppError>) {
        self.startup.send_replace(Startup::Done(outcome.err()));
    }

    /// `session_info`: waits for the sign-in made at start, then says who is signed in, `None`
    /// when no sign-in was asked for, or why there is no session.
    pub async fn session_info(&self) -> Result<Option<SessionInfo>, AppError> {
        let registry = self.registry()?;
        let mut startup = self.startup.subscribe();
        let failure = match startup.wait_for(|s| *s != Startup::SigningIn).await {
            Ok(done) => match &*done {
                Startup::Done(failure) => failure.clone(),
                Startup::SigningIn => None,
            },
            // The sender lives as long as `self`; kept total all the same.
            Err(_) => None,
        };
        if let Some(info) = registry.session_info() {
            return Ok(Some(info));
        }
        match failure {
            Some(failure) => Err(failure),
            None if self.signs_in_at_start => Err(AppError::new(
                ErrorCode::Unauthenticated,
                "Your session has ended. Start the app again to sign in again.",
            )),
            None => Ok(None),
        }
    }
}
