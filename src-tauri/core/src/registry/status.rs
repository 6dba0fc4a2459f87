//! The registry's part of the sync status: the outbox's counts, kept current after every change
//! of the outbox, and `offline`, flipped by every call that finds the server gone or back.
//!
//! What must hold: the status is sent only when a value changes (`send_if_modified`), so a
//! listener hears each flip and each count change once; a call that finds the server back
//! after it was gone asks for a sync run at once ([`HookRegistry::nudge`]), unless a run is
//! going.

use std::sync::Arc;

use tokio::sync::watch;
use webitel_hooks_model::SyncStatus;

use super::HookRegistry;
use crate::session::SignedIn;

impl HookRegistry {
    /// The sync status now and at every change; the same channel as `SyncRunner::status`.
    pub fn sync_status(&self) -> watch::Receiver<SyncStatus> {
        self.sync_status.subscribe()
    }

    pub(crate) fn status_sender(&self) -> &watch::Sender<SyncStatus> {
        &self.sync_status
    }

    /// Asks the background sync for a run soon.
    pub fn nudge(&self) {
        self.nudges.send_modify(|n| *n = n.wrapping_add(1));
    }

    pub(crate) fn nudges(&self) -> watch::Receiver<u64> {
        self.nudges.subscribe()
    }

    /// Reads the status of a newly opened cache: its last full sync and its outbox. Nothing of
    /// the previous profile's run (progress, changes found, error) carries over.
    pub(crate) fn reload_status(&self) {
        let store = self.store();
        let last_synced_at = store.last_full_sync().ok().flatten();
        let (pending, conflicts) = store.outbox_counts().unwrap_or_default();
        self.sync_status.send_if_modified(|s| {
            let next = SyncStatus {
                running: s.running,
                last_synced_at,
                offline: s.offline,
                pending,
                conflicts,
                ..SyncStatus::default()
            };
            let changed = *s != next;
            *s = next;
            changed
        });
    }

    /// Tells the outbox's counts after a change of it.
    pub(crate) fn refresh_outbox_counts(&self) {
        let Ok((pending, conflicts)) = self.store().outbox_counts() else {
            return;
        };
        self.sync_status.send_if_modified(|s| {
            let changed = (s.pending, s.conflicts) != (pending, conflicts);
            s.pending = pending;
            s.conflicts = conflicts;
            changed
        });
    }

    /// A call found the server unreachable (or too busy to answer).
    pub(crate) fn went_offline(&self) {
        if let Some(session) = self.current() {
            session.found_unreachable();
        }
        self.set_offline(true);
    }

    /// A call got an answer from the server: the app is online again, and if it was not, a
    /// sync run sends what waits and reads what changed meanwhile. Not while a run goes: its
    /// own calls find a lossy server back and lose it again, and each would ask for one more
    /// run; a run that ends offline waits its backoff instead.
    pub(crate) fn reached_server(&self) {
        if self.set_offline(false) && !self.sync_status.borrow().running {
            self.nudge();
        }
    }

    /// Marks the status offline or not; true when that changed it.
    pub(crate) fn set_offline(&self, offline: bool) -> bool {
        self.sync_status.send_if_modified(|s| {
            let changed = s.offline != offline;
            s.offline = offline;
            changed
        })
    }

    /// The server took `session`'s token: a session resumed offline is checked now, and the
    /// profiles hear of it once (to tell the shell that the session is online).
    pub(crate) fn token_accepted(&self, session: &Arc<SignedIn>) {
        if session.mark_checked() {
            if let Some(renewal) = self.renewal() {
                renewal.confirmed(session.info());
            }
        }
    }

    /// After an offline start, reads the user's rights from the server once it answers (they
    /// may have changed meanwhile), so that the window turns read-only (or back) at once. Like
    /// any call: offline it changes nothing; a refused token signs in again through the renewal
    /// (whose fresh session has fresh rights) or asks for the password.
    pub(crate) async fn refresh_stale_rights(&self) {
        let Some(stale) = self.current().filter(|s| s.rights_stale()) else {
            return;
        };
        // The first answer to an unchecked session already tells the shell (`answered`), with
        // the rights read by then; only a session checked earlier needs telling here.
        let was_checked = !stale.is_unchecked();
        let changed = self
            .with_renewal(|| async {
                let session = self.session()?;
                session
                    .refresh_rights()
                    .await
                    .map_err(|e| self.failed(&session, &e))
            })
            .await;
        if changed == Ok(true) && was_checked {
            if let (Some(renewal), Some(now)) = (self.renewal(), self.current()) {
                renewal.confirmed(now.info());
            }
        }
    }

    /// After a call that succeeded: the server answered, with the current session's token.
    pub(crate) fn answered(&self) {
        self.reached_server();
        if let Some(session) = self.current() {
            self.token_accepted(&session);
        }
    }
}
