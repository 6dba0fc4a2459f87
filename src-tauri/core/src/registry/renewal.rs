//! Signing in again when the server refuses the token: [`Renewal`], and the one wrapper every
//! use case calls the server through ([`HookRegistry::with_renewal`]).
//!
//! What must hold: a call the server refused with 401 is retried once, after a silent sign-in,
//! when a [`Renewal`] is installed and can sign in (the profile remembers its password); else
//! the call fails with the error the UI keeps its state on (the renewal itself tells the shell
//! that the password is needed). Several calls refused at once sign in again only once. A 401
//! refuses before anything changes on the server, so a retried change is not applied twice.

use std::future::Future;
use std::sync::Arc;

use futures::future::BoxFuture;
use webitel_hooks_model::commands::SessionInfo;

use super::HookRegistry;
use crate::error::{Error, Result};
use crate::session::SignedIn;

/// Signs in again for the registry's active profile without asking the user.
pub trait Renewal: Send + Sync {
    /// A new session for the same profile, or the error to answer (after telling the shell that
    /// the password is needed).
    fn renew(&self) -> BoxFuture<'_, Result<SignedIn>>;

    /// The server took the token of a session resumed offline (`session.offline` is now false):
    /// the profiles tell the shell that the session is online. Called once per such session.
    fn confirmed(&self, session: SessionInfo) {
        let _ = session;
    }
}

impl HookRegistry {
    /// Installs (or with `None` removes) what signs in again after a 401.
    pub fn set_renewal(&self, renewal: Option<Arc<dyn Renewal>>) {
        *self.renewal.write().unwrap_or_else(|p| p.into_inner()) = renewal;
    }

    pub(super) fn renewal(&self) -> Option<Arc<dyn Renewal>> {
        self.renewal
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Runs `call`; on a refused token, signs in again and runs it once more.
    pub(crate) async fn with_renewal<T, F, Fut>(&self, call: F) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let before = self.current();
        let result = match call().await {
            Err(err @ Error::SessionEnded) => {
                if self.renew(before).await? {
                    call().await
                } else {
                    Err(err)
                }
            }
            other => other,
        };
        if result.is_ok() {
            self.answered();
        }
        result
    }

    /// `Ok(true)` when a session is there to retry with; `Ok(false)` without a renewal.
    pub(super) async fn renew(&self, refused: Option<Arc<SignedIn>>) -> Result<bool> {
        let Some(renewal) = self.renewal() else {
            return Ok(false);
        };
        let _one_at_a_time = self.renewing.lock().await;
        // Another call refused at the same time may have signed in again meanwhile.
        if let Some(now) = self.current() {
            if refused.is_none_or(|r| !Arc::ptr_eq(&r, &now)) {
                return Ok(true);
            }
        }
        let signed_in = renewal.renew().await?;
        self.start_session(signed_in);
        Ok(true)
    }
}
