//! `HookRegistry`: the use cases behind every command of the Hooks tab.
//!
//! What must hold:
//! - every answer comes from the server, and everything read is written through to the store;
//!   when the server cannot be reached, the reads (queues, a queue's page, a hook, flows) answer
//!   from the store in the same shape, and changes go to the outbox (`offline`);
//! - every call tells the sync status whether the server answered (`status`): a call that finds
//!   it gone marks the app offline, one that finds it back clears that and asks for a sync run;
//! - every store write of a change happens after the server accepted it; a failed cache write
//!   never turns a change the server accepted into an error (it is logged; the next listing
//!   writes the truth again);
//! - a change is refused here, before any call, when the user may only view hooks, and a flow
//!   search when the user may not read flows;
//! - a 401 ends the session (no official client refreshes tokens); with a [`Renewal`] installed
//!   (the profile remembers its password) the app signs in again by itself and retries the call
//!   once, else the user signs in again. A profile's ended session is not dropped: while it
//!   cannot be renewed (the server is down, or the password must be typed) reads answer from
//!   the cache and changes wait in the outbox, as offline (`falls_back`);
//! - the cache is the active profile's file: switching profiles switches it with the session;
//! - no answer of this type carries a token.

mod cached_changes;
mod changes;
pub(crate) mod convert;
mod delete;
pub mod input;
pub mod journal;
mod offline;
mod pins;
mod reads;
mod renewal;
mod status;
mod switch;
mod undo;

use std::sync::{Arc, RwLock};
use std::time::Duration;

pub use cached_changes::DisableAll;
pub use journal::recorded_as;
pub use pins::Pinned;
pub use renewal::Renewal;

use tokio::sync::watch;
use webitel_api::{Credentials, ErrorKind};
use webitel_hooks_model::commands::SessionInfo;
use webitel_hooks_model::{ErrorCode, HookOwner, SyncStatus};

use crate::error::{self, Error, Result};
use crate::session::SignedIn;
use crate::store::Store;

/// After a sign-in again failed, calls within this long answer with its failure instead of
/// trying again: a server that is down is not asked once per call (the background sync's
/// retries, at least 2 s apart, still try).
pub const RENEWAL_RETRY_AFTER: Duration = Duration::from_secs(1);

/// How many DELETE requests a bulk delete keeps in flight at once.
pub const DELETE_CONCURRENCY: usize = 6;

/// The Hooks tab's behaviour over one optional session and one cache.
pub struct HookRegistry {
    store: RwLock<Arc<Store>>,
    session: RwLock<Option<Arc<SignedIn>>>,
    renewal: RwLock<Option<Arc<dyn Renewal>>>,
    /// Held while signing in again, so that calls refused together sign in once; holds how
    /// the last attempt failed, so that the calls behind it fail with it (see `renewal`).
    renewing: tokio::sync::Mutex<Option<renewal::Failed>>,
    /// Where the sync stands, with the outbox's counts and whether the server answers; here
    /// rather than in the runner because every call of the registry may flip `offline`.
    sync_status: watch::Sender<SyncStatus>,
    /// Counts the requests for a sync run soon (a call found the server back).
    nudges: watch::Sender<u64>,
    /// How many days journal entries are kept (the settings'), see `journal`.
    journal_days: std::sync::atomic::AtomicU32,
}

impl std::fmt::Debug for HookRegistry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HookRegistry")
            .field("store", &self.store())
            .field("session", &self.session_info())
            .finish()
    }
}

impl HookRegistry {
    /// A registry without a session yet.
    pub fn new(store: Store) -> Self {
        let registry = HookRegistry {
            store: RwLock::new(Arc::new(store)),
            session: RwLock::new(None),
            renewal: RwLock::new(None),
            renewing: tokio::sync::Mutex::new(None),
            sync_status: watch::Sender::new(SyncStatus::default()),
            nudges: watch::Sender::new(0),
            journal_days: std::sync::atomic::AtomicU32::new(
                webitel_hooks_model::journal::KEEP_DAYS_DEFAULT,
            ),
        };
        registry.reload_status();
        registry
    }

    /// The cache of the active profile, for reads that do not need the server.
    pub fn store(&self) -> Arc<Store> {
        self.store.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Makes `store` the cache every use case writes to (on a profile switch, or to let go of a
    /// file about to be deleted). A call already running finishes with the store it started on.
    pub fn set_store(&self, store: Store) {
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(store);
        self.reload_status();
    }

    /// Switches to another profile: its session and its cache together.
    pub fn start_profile_session(&self, signed_in: SignedIn, store: Store) {
        self.set_store(store);
        self.start_session(signed_in);
    }

    /// Signs in and makes that the registry's session.
    pub async fn sign_in(&self, server: &str, credentials: &Credentials) -> Result<SessionInfo> {
        let signed_in = SignedIn::sign_in(server, credentials).await?;
        let info = signed_in.info();
        self.start_session(signed_in);
        self.set_offline(false);
        Ok(info)
    }

    /// Makes `signed_in` the session every use case works in, replacing any earlier one.
    pub fn start_session(&self, signed_in: SignedIn) {
        *self.session.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(signed_in));
    }

    /// Forgets the session and its token here (the profiles' `sign_out` tells the server).
    pub fn end_session(&self) {
        let ended = self
            .session
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(session) = ended {
            session.forget_token();
        }
    }

    /// `session_info`: who is signed in where, or `None`.
    pub fn session_info(&self) -> Option<SessionInfo> {
        self.current().map(|s| s.info())
    }

    /// The live session, for the profiles' sign-out.
    pub(crate) fn current_session(&self) -> Option<Arc<SignedIn>> {
        self.current()
    }

    fn current(&self) -> Option<Arc<SignedIn>> {
        self.session
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub(crate) fn session(&self) -> Result<Arc<SignedIn>> {
        self.current().ok_or(Error::NotSignedIn)
    }

    /// Whether the session's user may read teams' hooks (false when no one is signed in).
    pub(crate) fn may_read_teams(&self) -> bool {
        self.current()
            .is_some_and(|s| s.permissions().read_team_hooks)
    }

    /// A session that may change `owner`'s hooks, or the local refusal.
    pub(crate) fn session_for_change(&self, owner: HookOwner) -> Result<Arc<SignedIn>> {
        let session = self.session()?;
        if session.permissions().may_change(owner) {
            Ok(session)
        } else {
            Err(Error::ReadOnly)
        }
    }

    /// Maps a failed call, ending `session` when the server no longer accepts its token.
    pub(crate) fn failed(&self, session: &Arc<SignedIn>, err: &webitel_api::Error) -> Error {
        self.note_failure(session, err);
        error::from_api(err, session.server())
    }

    /// Ends `session` on a 401, unless another session has replaced it meanwhile.
    /// Also tells the status whether the server answered at all.
    pub(crate) fn note_failure(&self, session: &Arc<SignedIn>, err: &webitel_api::Error) {
        if error::from_api(err, session.server()).is_offline() {
            self.went_offline();
        } else {
            self.reached_server();
            if err.kind() != ErrorKind::Unauthenticated {
                // Any answer but a 401 means the server took the token.
                self.token_accepted(session);
            }
        }
        if err.kind() != ErrorKind::Unauthenticated {
            return;
        }
        let mut slot = self.session.write().unwrap_or_else(|p| p.into_inner());
        if slot.as_ref().is_some_and(|s| Arc::ptr_eq(s, session)) {
            session.end();
            // With a renewal the ended session stays (its profile, rights and cache) until it
            // is renewed or the user signs in again; without one nothing can renew it.
            if self.renewal().is_none() {
                *slot = None;
            }
        }
    }

    /// True while the start's session has not been checked by the server: the start's reads
    /// answer from the cache (see [`SignedIn::answers_from_cache`]).
    pub(crate) fn answers_from_cache(&self) -> bool {
        self.current().is_some_and(|s| s.answers_from_cache())
    }

    /// True when a call that failed with `err` answers from the cache instead (a read) or
    /// keeps its change in the outbox (a change): the server cannot be reached, or the session
    /// ended and waits for the user's password.
    pub(crate) fn falls_back(&self, err: &Error) -> bool {
        err.is_offline()
            || (err.code() == ErrorCode::Unauthenticated
                && self.current().is_some_and(|s| s.is_ended()))
    }

    /// Logs a failed cache write; the server's answer stands (see the module notes).
    pub(crate) fn remember(&self, what: &str, written: Result<()>) {
        if let Err(err) = written {
            tracing::warn!(what, error = %err, "the cache was not updated");
        }
    }
}
