//! The background sync as the window shows it: the last status the native side told, what the
//! sync bar says about it, and when the shown view must be read again.

use webitel_hooks_model::{RunOutcome, SyncStatus};

use super::refresh::{Refresh, RefreshReason};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncState {
    /// `None` until `sync_status` answers or the first `sync-status` event arrives.
    pub status: Option<SyncStatus>,
    /// When the shown view must be read again in place, and why (see [`RefreshReason`]).
    pub refresh: Refresh,
    /// The number of the last run whose end was told, so that an end told twice (the event and
    /// the answer to "Sync now") refreshes once.
    last_ended: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The answer to the one `sync_status` read at start. An event may have overtaken it; the
    /// event is newer, so the answer only fills a status not yet known.
    Read(SyncStatus),
    /// A `sync-status` event, or the answer to "Sync now" (the status at the end of its run).
    Status(SyncStatus),
    /// A run ended, as the run itself tells it (`sync-run`, `ended`).
    RunEnded(RunOutcome),
    /// Something outside the sync asks the view to read again (the session was renewed,
    /// conflicts were resolved).
    Refresh(RefreshReason),
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
                // A change of the outbox's counts is a fact of the status itself, not a guess
                // about a run: what waits, or is in conflict, is shown differently now.
                let outbox_moved = self.status.as_ref().is_some_and(|previous| {
                    previous.pending != next.pending || previous.conflicts != next.conflicts
                });
                if outbox_moved {
                    self.refresh = self.refresh.after(RefreshReason::OutboxMoved);
                }
                self.status = Some(next);
            }
            Action::RunEnded(outcome) => {
                if outcome.run > self.last_ended {
                    self.last_ended = outcome.run;
                    self.refresh = self.refresh.after(RefreshReason::RunEnded);
                }
            }
            Action::Refresh(reason) => self.refresh = self.refresh.after(reason),
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

    fn ended(run: u64) -> RunOutcome {
        RunOutcome {
            run,
            ..RunOutcome::default()
        }
    }

    fn running(done: u32) -> SyncStatus {
        SyncStatus {
            running: true,
            done,
            total: 4,
            ..SyncStatus::default()
        }
    }

    #[test]
    fn the_view_is_read_again_when_a_run_ends_or_the_outbox_moves() {
        let mut state = SyncState::default();
        state.apply(Action::Status(running(0)));
        assert_eq!(state.refresh.seq, 0, "the first status is no change");
        state.apply(Action::Status(running(1)));
        assert_eq!(
            state.refresh.seq, 0,
            "a queue done is not the end of the run"
        );
        state.apply(Action::RunEnded(ended(1)));
        assert_eq!(state.refresh.seq, 1);
        assert_eq!(state.refresh.reason, Some(RefreshReason::RunEnded));
        state.apply(Action::Status(SyncStatus {
            pending: 1,
            ..synced_at(9)
        }));
        assert_eq!(state.refresh.seq, 2, "a change went into the outbox");
        assert_eq!(state.refresh.reason, Some(RefreshReason::OutboxMoved));
        state.apply(Action::Status(SyncStatus {
            pending: 1,
            offline: true,
            ..synced_at(9)
        }));
        assert_eq!(
            state.refresh.seq, 2,
            "going offline alone changes nothing shown"
        );
        state.apply(Action::Refresh(RefreshReason::SessionRenewed));
        assert_eq!(
            (state.refresh.seq, state.refresh.reason),
            (3, Some(RefreshReason::SessionRenewed))
        );
    }

    #[test]
    fn an_end_merged_with_the_next_start_is_one_refresh_for_that_run() {
        // What the window receives when one run ends and the next starts at once: the end is
        // an event of its own, and no status in between ever says `running: false`.
        let mut state = SyncState::default();
        state.apply(Action::Status(running(3)));
        state.apply(Action::RunEnded(ended(1)));
        state.apply(Action::Status(running(0)));
        state.apply(Action::Status(running(2)));
        assert_eq!(state.refresh.seq, 1, "one refresh for run 1's end");
        assert_eq!(state.refresh.reason, Some(RefreshReason::RunEnded));
        // The same end told again (the answer to "Sync now"): still one.
        state.apply(Action::RunEnded(ended(1)));
        assert_eq!(state.refresh.seq, 1);
        // Progress and statuses alone never end a run, whatever they look like.
        state.apply(Action::Status(SyncStatus {
            last_synced_at: Some(99),
            changed_on_server: 4,
            ..running(0)
        }));
        assert_eq!(state.refresh.seq, 1);
        state.apply(Action::RunEnded(ended(2)));
        assert_eq!(state.refresh.seq, 2);
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
