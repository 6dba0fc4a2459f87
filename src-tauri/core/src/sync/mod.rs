//! `SyncRunner`: brings the cache up to the server, and the server up to the outbox.
//!
//! What must hold:
//! - a run first sends the outbox in order ([`replay`]), then reads every queue the user may
//!   read and all their hooks ([`full`]), at most `concurrency` queues at once, each queue
//!   written in one transaction, so a reader never sees half a queue;
//! - a queue that fails (after retries with backoff while the server is unreachable or busy)
//!   does not stop the others; the run's status says how many and why;
//! - a refused token goes through the registry's renewal, like every other call;
//! - progress is told through a `watch` of [`SyncStatus`] (the shell forwards it as
//!   `sync-status`), owned by the registry so that every call can flip `offline` and every
//!   outbox change update the counts; the last full sync's time is kept in the cache, so it
//!   survives restarts;
//! - a run belongs to the profile it started on and stops if another is opened meanwhile;
//! - [`SyncRunner::run_in_background`] decides when runs happen (`background`).

mod background;
mod full;
mod replay;
mod send;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::{broadcast, watch};
use webitel_hooks_model::{AppError, ResolveConflictArgs, RunOutcome, SyncRun, SyncStatus};

pub use full::SyncReport;
pub use replay::ReplayReport;

use crate::error::{Error, Result};
use crate::registry::HookRegistry;
use crate::store::now_ms;

/// Run events a slow receiver may fall behind by before it loses the oldest: a run of 1,000
/// queues sends about as many progress events.
pub const RUN_EVENTS_KEPT: usize = 2048;

/// Connections a full sync keeps busy at once.
pub const SYNC_CONCURRENCY: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncOptions {
    /// Queues read at once.
    pub concurrency: usize,
    /// Tries per queue while the server is unreachable or busy, the first included.
    pub attempts: u32,
    /// The wait before the second try; it doubles on each further one.
    pub backoff: Duration,
    /// The background sync's wait between runs while online.
    pub interval: Duration,
    /// The background sync's first wait after a run that found the server unreachable; it
    /// doubles after each such run up to `offline_retry_max`.
    pub offline_retry_min: Duration,
    pub offline_retry_max: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            concurrency: SYNC_CONCURRENCY,
            attempts: 4,
            backoff: Duration::from_millis(200),
            interval: Duration::from_secs(5 * 60),
            offline_retry_min: Duration::from_secs(2),
            offline_retry_max: Duration::from_secs(60),
        }
    }
}

/// Runs syncs for one registry, one at a time, and tells their progress through the
/// registry's status (which the registry's own calls also update: offline, outbox counts).
pub struct SyncRunner {
    registry: Arc<HookRegistry>,
    options: RwLock<SyncOptions>,
    one_at_a_time: tokio::sync::Mutex<()>,
    /// Runs (`sync_now`) started since the app started: the number of the last one.
    started: AtomicU64,
    /// Runs ended since the app started, for diagnostics and the tests.
    runs: AtomicU64,
    run_events: broadcast::Sender<SyncRun>,
}

impl std::fmt::Debug for SyncRunner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncRunner")
            .field("options", &self.options())
            .field("status", &self.status_now())
            .finish()
    }
}

impl SyncRunner {
    pub fn new(registry: Arc<HookRegistry>, options: SyncOptions) -> SyncRunner {
        SyncRunner {
            registry,
            options: RwLock::new(options),
            one_at_a_time: tokio::sync::Mutex::new(()),
            started: AtomicU64::new(0),
            runs: AtomicU64::new(0),
            run_events: broadcast::Sender::new(RUN_EVENTS_KEPT),
        }
    }

    pub fn options(&self) -> SyncOptions {
        self.options
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Used from the next run on.
    pub fn set_options(&self, options: SyncOptions) {
        *self.options.write().unwrap_or_else(|p| p.into_inner()) = options;
    }

    fn sender(&self) -> &watch::Sender<SyncStatus> {
        self.registry.status_sender()
    }

    /// The status now and at every change: run start, each queue done, run end, `offline`
    /// flips, outbox count changes.
    pub fn status(&self) -> watch::Receiver<SyncStatus> {
        self.registry.sync_status()
    }

    /// The status now.
    pub fn status_now(&self) -> SyncStatus {
        self.sender().borrow().clone()
    }

    /// How many runs (`sync_now`, background ones included) have ended.
    pub fn runs_ended(&self) -> u64 {
        self.runs.load(Ordering::Relaxed)
    }

    /// Asks the background sync ([`SyncRunner::run_in_background`]) for a run soon.
    pub fn nudge(&self) {
        self.registry.nudge();
    }

    /// Every run's start, progress and end, as they happen, from now on: one `Started` and
    /// one `Ended` per run, in order (a channel of events, not a watch of states, so that no
    /// end is ever folded into the next start). A receiver that falls more than
    /// [`RUN_EVENTS_KEPT`] events behind loses the oldest (progress first of all).
    pub fn runs(&self) -> broadcast::Receiver<SyncRun> {
        self.run_events.subscribe()
    }

    fn tell(&self, event: SyncRun) {
        // No receiver (no window, a test) is not a failure.
        let _ = self.run_events.send(event);
    }

    /// `sync_now`: sends the outbox, then reads every queue; answers the status at the end.
    /// A run asked for while one is going waits for it, then runs.
    pub async fn sync_now(&self) -> SyncStatus {
        let _running = self.one_at_a_time.lock().await;
        let run = self.started.fetch_add(1, Ordering::Relaxed) + 1;
        let options = self.options();
        self.sender().send_modify(|s| {
            s.running = true;
            s.done = 0;
            s.total = 0;
            s.last_error = None;
        });
        self.tell(SyncRun::Started { run });
        // Before sending anything: rights read from the cache at an offline start may be stale.
        self.registry.refresh_stale_rights().await;
        let replayed = replay::replay(&self.registry).await;
        self.registry.refresh_outbox_counts();
        let stopped = replayed.as_ref().ok().and_then(|r| r.stopped.clone());
        let progress = |done: u32, total: u32| {
            self.sender().send_modify(|s| {
                s.done = done;
                s.total = total;
            });
            self.tell(SyncRun::Progress { run, done, total });
        };
        let synced = match stopped {
            // An unreachable server would fail the full sync too: skip its retries.
            Some(e) => Err(e),
            None => full::sync_all(&self.registry, &options, &progress).await,
        };
        let at = now_ms();
        // The replay may have settled entries: those old enough go now.
        self.registry.prune_old_journal();
        let (error, offline) = summary(&replayed, &synced);
        if error.is_none() {
            self.registry
                .remember("sync time", self.registry.store().set_last_full_sync(at));
        }
        let changed = synced.as_ref().map_or(0, |r| r.changed_on_server);
        let error = error.map(|e| AppError::from(&e));
        self.sender().send_modify(|s| {
            s.running = false;
            if error.is_none() {
                s.last_synced_at = Some(at);
            }
            s.last_error = error.clone();
            s.offline = offline;
            s.changed_on_server = changed;
        });
        self.runs.fetch_add(1, Ordering::Relaxed);
        let status = self.status_now();
        let (sent, new_conflicts) = replayed.as_ref().map_or((0, 0), |r| (r.sent, r.conflicts));
        let (queues, failed_queues, skipped_hooks) = synced.as_ref().map_or((0, 0, 0), |r| {
            (
                r.queues,
                u32::try_from(r.failed.len()).unwrap_or(u32::MAX),
                r.skipped,
            )
        });
        self.tell(SyncRun::Ended(RunOutcome {
            run,
            queues,
            failed_queues,
            sent,
            new_conflicts,
            pending: status.pending,
            conflicts: status.conflicts,
            changed_on_server: changed,
            skipped_hooks,
            offline,
            error,
            synced_at: status
                .last_synced_at
                .filter(|_| status.last_error.is_none()),
        }));
        status
    }

    /// Only the full sync (no outbox), for tests and benchmarks.
    pub async fn full_sync(&self) -> Result<SyncReport> {
        let _running = self.one_at_a_time.lock().await;
        let options = self.options();
        let progress = |done: u32, total: u32| {
            self.sender().send_modify(|s| {
                s.done = done;
                s.total = total;
            });
        };
        let report = full::sync_all(&self.registry, &options, &progress).await?;
        if report.failed.is_empty() {
            let at = now_ms();
            self.registry.store().set_last_full_sync(at)?;
            self.sender().send_modify(|s| {
                s.last_synced_at = Some(at);
                s.changed_on_server = report.changed_on_server;
            });
        }
        Ok(report)
    }

    /// Only the outbox: sends what waits, in order, detecting conflicts.
    pub async fn replay_outbox(&self) -> Result<ReplayReport> {
        let _running = self.one_at_a_time.lock().await;
        let report = replay::replay(&self.registry).await;
        self.registry.refresh_outbox_counts();
        report
    }

    /// `resolve_conflict`: applies the user's choice to one conflict.
    pub async fn resolve_conflict(&self, args: ResolveConflictArgs) -> Result<()> {
        let _running = self.one_at_a_time.lock().await;
        let resolved = replay::resolve(&self.registry, args).await;
        self.registry.refresh_outbox_counts();
        resolved
    }
}

/// The run's error, and whether the server was unreachable.
fn summary(replayed: &Result<ReplayReport>, synced: &Result<SyncReport>) -> (Option<Error>, bool) {
    if let Err(e) = replayed {
        return (Some(e.clone()), e.is_offline());
    }
    match synced {
        Err(e) => (Some(e.clone()), e.is_offline()),
        Ok(report) if report.failed.is_empty() => (None, false),
        Ok(report) => {
            let offline = report.failed.iter().all(|(_, e)| e.is_offline());
            let (_, first) = &report.failed[0];
            (
                Some(Error::QueuesNotRead {
                    failed: report.failed.len(),
                    total: report.queues as usize,
                    first: Box::new(first.clone()),
                }),
                offline,
            )
        }
    }
}
