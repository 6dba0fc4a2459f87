//! Signing in again when the server refuses the token: [`Renewal`], and the one wrapper every
//! use case calls the server through ([`HookRegistry::with_renewal`]).
//!
//! What must hold: a call the server refused with 401 is retried once, after a silent sign-in,
//! when a [`Renewal`] is installed and can sign in (the profile remembers its password); else
//! the call fails with the error the UI keeps its state on (the renewal itself tells the shell
//! that the password is needed). Several calls refused at once sign in again only once, and
//! calls within [`RENEWAL_RETRY_AFTER`] of an attempt the server could not answer share its
//! failure; a refused remembered password is not tried again for that session. A session the
//! server refused stays, ended, while it cannot be renewed (the server is down, or the password
//! must be typed); the next call renews it first. A 401
//! refuses before anything changes on the server, so a retried change is not applied twice.

use std::future::Future;
use std::sync::{Arc, Weak};
use std::time::Instant;

use futures::future::BoxFuture;
use webitel_hooks_model::commands::SessionInfo;

use super::{HookRegistry, RENEWAL_RETRY_AFTER};
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

/// How the last attempt to sign in again failed, and for which ended session.
pub(super) struct Failed {
    at: Instant,
    error: Error,
    session: Option<Weak<SignedIn>>,
}

impl Failed {
    /// True when a call for the ended session `refused` takes this failure instead of trying
    /// again: for the same session, within [`RENEWAL_RETRY_AFTER`] when the server could not
    /// be reached (it may be back soon), and for good when it refused the remembered
    /// password (trying it again and again could lock the account: the user types it).
    fn holds_for(&self, refused: Option<&Arc<SignedIn>>) -> bool {
        let same = match (&self.session, refused) {
            (Some(failed), Some(refused)) => {
                failed.upgrade().is_some_and(|f| Arc::ptr_eq(&f, refused))
            }
            (None, None) => true,
            _ => false,
        };
        same && (!self.error.is_offline() || self.at.elapsed() < RENEWAL_RETRY_AFTER)
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

    /// Runs `call`; on a refused token, signs in again and runs it once more. A session that
    /// ended earlier is renewed before the call.
    pub(crate) async fn with_renewal<T, F, Fut>(&self, call: F) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        self.ensure_live().await?;
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

    /// Renews the session first when the server refused its token earlier, so that no call
    /// goes out without one.
    pub(super) async fn ensure_live(&self) -> Result<()> {
        let current = self.current();
        if current.as_ref().is_some_and(|s| s.is_ended()) {
            self.renew(current).await?;
        }
        Ok(())
    }

    /// `Ok(true)` when a session is there to retry with; `Ok(false)` without a renewal. A
    /// renewal that fails because the server cannot be reached marks the app offline and
    /// leaves the ended session in place, to be renewed by a later call.
    pub(super) async fn renew(&self, refused: Option<Arc<SignedIn>>) -> Result<bool> {
        let Some(renewal) = self.renewal() else {
            return Ok(false);
        };
        let mut last_failure = self.renewing.lock().await;
        // Another call refused at the same time may have signed in again meanwhile, or tried
        // and failed a moment ago: then this call shares its outcome.
        if let Some(now) = self.current().filter(|s| !s.is_ended()) {
            if refused.as_ref().is_none_or(|r| !Arc::ptr_eq(r, &now)) {
                return Ok(true);
            }
        }
        if let Some(failed) = last_failure
            .as_ref()
            .filter(|f| f.holds_for(refused.as_ref()))
        {
            return Err(failed.error.clone());
        }
        match renewal.renew().await {
            Ok(signed_in) => {
                *last_failure = None;
                self.start_session(signed_in);
                Ok(true)
            }
            Err(err) => {
                if err.is_offline() {
                    self.went_offline();
                }
                *last_failure = Some(Failed {
                    at: Instant::now(),
                    error: err.clone(),
                    session: refused.as_ref().map(Arc::downgrade),
                });
                Err(err)
            }
        }
    }
}
