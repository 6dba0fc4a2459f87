//! The background sync: one task for the app's life that runs a sync after every sign-in or
//! resume, every `interval` while online, with a growing wait while the server cannot be
//! reached, and soon after a nudge (a call found the server back).
//!
//! What must hold:
//! - no run without a session (signed out, or waiting for the password);
//! - a renamed profile, or a session resumed offline that the server has just checked, is not
//!   a new session: only another profile or user, or a session after none, starts a run;
//! - no call made while a run goes asks for another (see `HookRegistry::reached_server`): on a
//!   lossy network a run's own calls find the server back and lose it again, and runs would
//!   follow back to back; a run that ends offline waits its backoff unless asked for
//!   explicitly meanwhile ([`SyncRunner::nudge`]);
//! - the wait while offline starts at `offline_retry_min`, doubles up to `offline_retry_max`,
//!   and is reset by a run that reaches the server; a command that finds the server gone while
//!   the loop waits for its long interval brings the next run forward to that short wait.

use std::sync::Arc;

use tokio::sync::watch;
use tokio::time::{sleep_until, Instant};
use webitel_hooks_model::commands::SessionStatus;
use webitel_hooks_model::ProfileId;

use super::SyncRunner;

/// What makes a session new for the loop.
fn session_key(status: &SessionStatus) -> Option<(ProfileId, String)> {
    match status {
        SessionStatus::SignedIn { session } => Some((session.profile_id, session.username.clone())),
        _ => None,
    }
}

impl SyncRunner {
    /// Runs syncs in the background for as long as the app lives; spawn it once. `session` is
    /// the profiles' session status (`ProfileBook::session_status`).
    pub async fn run_in_background(self: Arc<Self>, mut session: watch::Receiver<SessionStatus>) {
        let mut nudges = self.registry.nudges();
        let mut status = self.status();
        let mut key = session_key(&session.borrow_and_update());
        let mut next = key.as_ref().map(|_| Instant::now());
        let mut offline_wait = self.options().offline_retry_min;
        nudges.borrow_and_update();
        status.borrow_and_update();
        loop {
            let due = async {
                match next {
                    Some(at) => sleep_until(at).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                changed = session.changed() => {
                    if changed.is_err() {
                        // The profiles are gone (the app is ending): nothing more to sync.
                        std::future::pending::<()>().await;
                    }
                    let now = session_key(&session.borrow_and_update());
                    if now.is_none() {
                        next = None;
                    } else if now != key {
                        next = Some(Instant::now());
                        offline_wait = self.options().offline_retry_min;
                    }
                    key = now;
                }
                changed = nudges.changed() => {
                    if changed.is_ok() {
                        nudges.borrow_and_update();
                        if key.is_some() {
                            next = Some(Instant::now());
                        }
                    }
                }
                changed = status.changed() => {
                    if changed.is_ok() {
                        let offline = status.borrow_and_update().offline;
                        let soon = Instant::now() + offline_wait;
                        if offline && key.is_some() && next.is_none_or(|at| at > soon) {
                            next = Some(soon);
                        }
                    }
                }
                () = due => {
                    // The session may have ended a moment ago, its change not seen yet.
                    if session_key(&session.borrow()).is_none() {
                        next = None;
                        continue;
                    }
                    // Between a 401 and signing in again the registry has no session: a run
                    // now would only say "not signed in". Look again shortly.
                    if self.registry.session_info().is_none() {
                        next = Some(Instant::now() + self.options().offline_retry_min);
                        continue;
                    }
                    let ran = self.sync_now().await;
                    let options = self.options();
                    let nudged = nudges.has_changed().unwrap_or(false);
                    nudges.borrow_and_update();
                    status.borrow_and_update();
                    let now = Instant::now();
                    if !ran.offline {
                        offline_wait = options.offline_retry_min;
                        next = Some(now + options.interval);
                    } else if nudged {
                        next = Some(now);
                    } else {
                        next = Some(now + offline_wait);
                        offline_wait = (offline_wait * 2).min(options.offline_retry_max);
                    }
                    if key.is_none() {
                        next = None;
                    }
                }
            }
        }
    }
}
