//! The background sync as the window shows it: the last status the native side told, what the
//! sync bar says about it, and when the shown view must be read again.

use webitel_hooks_model::SyncStatus;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncState {
    /// `None` until `sync_status` answers or the first `sync-status` event arrives.
    pub status: Option<SyncStatus>,
    /// Moves each time the shown view must be read again in place: a run ended (see
    /// `run_ended`: also one whose end merged with the next start), or the outbox's counts changed (a change went out, met a conflict, or was resolved).
    pub epoch: u32,
    /// Moves each time a run ends: what the cache holds may have changed beyond the page
    /// shown (queues, flows), so lists derived from it are read again too.
    pub runs_ended: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The answer to the one `sync_status` read at start. An event may have overtaken it; the
    /// event is newer, so the answer only fills a status not yet known.
    Read(SyncStatus),
    /// A `sync-status` event, or the answer to "Sync now" (the status at the end of its run).
    Status(SyncStatus),
}

impl SyncState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Read(status) => {
                if self.status.is_none() {
                    self.status = Some(status);
                }
            }
            Action::Status(next) => {
                if let Some(previous) = &self.status {
                    let run_ended = run_ended(previous, &next);
                    let outbox_moved =
                        previous.pending != next.pending || previous.conflicts != next.conflicts;
                    if run_ended || outbox_moved {
                        self.epoch += 1;
                    }
                    if run_ended {
                        self.runs_ended += 1;
                    }
                }
                self.status = Some(next);
            }
        }
    }

    /// The server cannot be reached: the native side says so, or, before it said anything,
    /// the session began offline (`session_offline`: resumed without reaching the server).
    pub fn offline(&self, session_offline: bool) -> bool {
        match &self.status {
            Some(status) => status.offline,
            None => session_offline,
        }
    }

    pub fn pending(&self) -> u32 {
        self.status.as_ref().map_or(0, |s| s.pending)
    }

    pub fn conflicts(&self) -> u32 {
        self.status.as_ref().map_or(0, |s| s.conflicts)
    }
}

reducible_by_apply!(SyncState);

/// Whether a run ended between two statuses. Events can merge: one run ends and the next
/// begins before the window sees `running: false`, so besides `running` going true → false a
/// new sync time, a new count of hooks changed on the server (both written only at a run's
/// end), or a progress that went back (a new run counts from 0) also tell of an ended run.
fn run_ended(previous: &SyncStatus, next: &SyncStatus) -> bool {
    let stopped = !next.running;
    let counted_anew = next.running && next.done < previous.done;
    (previous.running && (stopped || counted_anew))
        || previous.last_synced_at != next.last_synced_at
        || previous.changed_on_server != next.changed_on_server
}

/// What the sync bar says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncText {
    /// "Synchronising… D of T queues"; `total` is 0 while the run is still counting them.
    Running {
        done: u32,
        total: u32,
    },
    Never,
    JustNow,
    Minutes(i64),
    Hours(i64),
}

/// A run is shown as progress only while the server answers.
pub fn shows_progress(status: &SyncStatus) -> bool {
    status.running && !status.offline
}

const MINUTE_MS: i64 = 60_000;
const HOUR_MS: i64 = 60 * MINUTE_MS;

/// The sync bar's words for `status` at `now_ms` (Unix milliseconds): whole minutes under an
/// hour, whole hours after. A clock behind the last sync counts as just now. Offline, a run is
/// only a retry that will not get far: the bar keeps telling the cache's age, which is what the
/// user works from (the offline banner says why).
pub fn sync_text(status: &SyncStatus, now_ms: i64) -> SyncText {
    if shows_progress(status) {
        return SyncText::Running {
            done: status.done,
            total: status.total,
        };
    }
    let Some(at) = status.last_synced_at else {
        return SyncText::Never;
    };
    let elapsed = now_ms.saturating_sub(at).max(0);
    if elapsed < MINUTE_MS {
        SyncText::JustNow
    } else if elapsed < HOUR_MS {
        SyncText::Minutes(elapsed / MINUTE_MS)
    } else {
        SyncText::Hours(elapsed / HOUR_MS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synced_at(at: i64) -> SyncStatus {
        SyncStatus {
            last_synced_at: Some(at),
            ..SyncStatus::default()
        }
    }

    #[test]
    fn the_bar_says_how_long_ago_in_minutes_then_hours() {
        let now = 10 * HOUR_MS;
        let ago = |ms: i64| sync_text(&synced_at(now - ms), now);
        assert_eq!(ago(0), SyncText::JustNow);
        assert_eq!(ago(59_999), SyncText::JustNow);
        assert_eq!(ago(MINUTE_MS), SyncText::Minutes(1));
        assert_eq!(ago(3 * MINUTE_MS + 30_000), SyncText::Minutes(3));
        assert_eq!(ago(HOUR_MS - 1), SyncText::Minutes(59));
        assert_eq!(ago(HOUR_MS), SyncText::Hours(1));
        assert_eq!(ago(26 * HOUR_MS), SyncText::Hours(26));
        // The machine's clock is behind the sync's: not "-2 min ago".
        assert_eq!(ago(-2 * MINUTE_MS), SyncText::JustNow);
    }

    #[test]
    fn never_synchronised_and_running_win_over_the_time() {
        assert_eq!(sync_text(&SyncStatus::default(), 5), SyncText::Never);
        let running = SyncStatus {
            running: true,
            done: 3,
            total: 16,
            ..synced_at(0)
        };
        assert_eq!(
            sync_text(&running, HOUR_MS),
            SyncText::Running { done: 3, total: 16 }
        );
    }

    #[test]
    fn offline_retries_keep_telling_the_age_of_the_cache() {
        let retrying = SyncStatus {
            running: true,
            offline: true,
            ..synced_at(0)
        };
        assert!(!shows_progress(&retrying));
        assert_eq!(sync_text(&retrying, 3 * MINUTE_MS), SyncText::Minutes(3));
    }

    #[test]
    fn the_view_is_read_again_when_a_run_ends_or_the_outbox_moves() {
        let mut state = SyncState::default();
        state.apply(Action::Status(SyncStatus {
            running: true,
            ..SyncStatus::default()
        }));
        assert_eq!(state.epoch, 0, "the first status is no change");
        state.apply(Action::Status(SyncStatus {
            running: true,
            done: 1,
            total: 4,
            ..SyncStatus::default()
        }));
        assert_eq!(state.epoch, 0, "a queue done is not the end of the run");
        state.apply(Action::Status(synced_at(9)));
        assert_eq!((state.epoch, state.runs_ended), (1, 1));
        state.apply(Action::Status(SyncStatus {
            pending: 1,
            ..synced_at(9)
        }));
        assert_eq!(state.epoch, 2, "a change went into the outbox");
        assert_eq!(state.runs_ended, 1, "but no run ended");
        state.apply(Action::Status(SyncStatus {
            pending: 1,
            offline: true,
            ..synced_at(9)
        }));
        assert_eq!(state.epoch, 2, "going offline alone changes nothing shown");
    }

    #[test]
    fn a_run_that_ended_unseen_is_told_by_its_traces() {
        let running = |done: u32, at: Option<i64>| SyncStatus {
            running: true,
            done,
            total: 4,
            last_synced_at: at,
            ..SyncStatus::default()
        };
        let mut state = SyncState::default();
        state.apply(Action::Status(running(3, Some(5))));
        // The end of that run and the start of the next came as one event.
        state.apply(Action::Status(running(0, Some(9))));
        assert_eq!((state.epoch, state.runs_ended), (1, 1), "a new sync time");
        state.apply(Action::Status(running(2, Some(9))));
        assert_eq!(state.epoch, 1, "progress within a run");
        // A failed run (no new sync time) merged with the next start: progress went back.
        state.apply(Action::Status(running(0, Some(9))));
        assert_eq!(
            (state.epoch, state.runs_ended),
            (2, 2),
            "progress went back"
        );
        state.apply(Action::Status(SyncStatus {
            changed_on_server: 3,
            ..running(1, Some(9))
        }));
        assert_eq!((state.epoch, state.runs_ended), (3, 3), "changed on server");
        // A sync time first told while nothing runs (a quick run folded into one event).
        let mut state = SyncState::default();
        state.apply(Action::Status(SyncStatus::default()));
        state.apply(Action::Status(synced_at(7)));
        assert_eq!((state.epoch, state.runs_ended), (1, 1));
        state.apply(Action::Status(synced_at(7)));
        assert_eq!(state.epoch, 1, "the same status again is no change");
    }

    #[test]
    fn the_start_up_read_does_not_overwrite_a_newer_event() {
        let mut state = SyncState::default();
        state.apply(Action::Status(SyncStatus {
            running: true,
            ..SyncStatus::default()
        }));
        state.apply(Action::Read(SyncStatus::default()));
        assert!(state.status.as_ref().is_some_and(|s| s.running));
    }

    #[test]
    fn a_session_resumed_offline_is_offline_until_the_status_says() {
        let mut state = SyncState::default();
        assert!(state.offline(true));
        assert!(!state.offline(false));
        state.apply(Action::Read(SyncStatus {
            offline: false,
            ..SyncStatus::default()
        }));
        assert!(!state.offline(true));
        let counted = SyncStatus {
            offline: true,
            pending: 3,
            conflicts: 1,
            ..SyncStatus::default()
        };
        state.apply(Action::Status(counted));
        assert!(state.offline(false));
        assert_eq!((state.pending(), state.conflicts()), (3, 1));
    }
}
