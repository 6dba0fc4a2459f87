//! The full sync: every queue and team the user may read, every page of their hooks, a few at a
//! time, each written in one transaction. One that keeps failing is reported and the others go
//! on.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, StreamExt};
use webitel_hooks_model::HookOwner;

use super::SyncOptions;
use crate::error::{Error, Result};
use crate::registry::HookRegistry;
use crate::store::Store;

/// What one full sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// The queues and teams read.
    pub queues: u32,
    pub hooks: u64,
    /// The queues and teams that could not be read, with why.
    pub failed: Vec<(HookOwner, Error)>,
    /// Hooks found added, changed or removed on the server since the cache last read them,
    /// not counting those with a change of ours waiting; 0 when the cache had never been
    /// read in full (everything would count as added).
    pub changed_on_server: u32,
    /// Hooks the server listed that could not be read (a field of a type this app does not
    /// know): left out, and their queue's cached hooks kept as they were.
    pub skipped: u32,
}

/// A run belongs to the cache (the profile) it started on: after a switch of profile it stops,
/// so that nothing read for one profile lands in another's cache; the background loop then
/// runs for the new profile.
pub(super) fn same_cache(reg: &HookRegistry, store: &Arc<Store>) -> Result<()> {
    if Arc::ptr_eq(&reg.store(), store) {
        Ok(())
    } else {
        Err(Error::SyncSuperseded)
    }
}

/// Runs `call` again after a growing wait while the server is unreachable or too busy.
pub(super) async fn with_retries<T, F, Fut>(options: &SyncOptions, call: F) -> Result<T>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let mut wait = options.backoff;
    let mut attempt = 1;
    loop {
        match call().await {
            Err(e) if e.is_offline() && attempt < options.attempts => {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// What reading one queue found: its hooks, how many differ from the cache, how many rows could
/// not be read.
struct QueueRead {
    hooks: usize,
    differ: u32,
    skipped: usize,
}

/// Reads every queue; `progress` hears `(done, total)` once the queues are listed and after each
/// queue.
pub(super) async fn sync_all(
    reg: &HookRegistry,
    options: &SyncOptions,
    progress: &(dyn Fn(u32, u32) + Sync),
) -> Result<SyncReport> {
    let store = &reg.store();
    // A cache never read in full has nothing to compare with.
    let compare = store.last_full_sync()?.is_some();
    let before = if compare {
        store.settled_hooks_by_owner()?
    } else {
        HashMap::new()
    };
    // The complete listings, from the server (never the cache's stand-in), also drop the queues
    // and teams (and their hooks) gone from the server. Teams only for a user who may read
    // their hooks: for another, the cache holds none.
    let mut owners: Vec<HookOwner> = with_retries(options, || reg.list_queues_online())
        .await?
        .into_iter()
        .map(|q| q.id.into())
        .collect();
    if reg.may_read_teams() {
        let teams = with_retries(options, || reg.list_teams_online()).await?;
        owners.extend(teams.into_iter().map(|t| HookOwner::from(t.id)));
    }
    let listed: HashSet<HookOwner> = owners.iter().copied().collect();
    let gone: u32 = before
        .iter()
        .filter(|(q, _)| !listed.contains(q))
        .map(|(_, n)| *n)
        .sum();
    let total = u32::try_from(owners.len()).unwrap_or(u32::MAX);
    progress(0, total);
    let done = std::sync::atomic::AtomicU32::new(0);
    let done = &done;
    let outcomes: Vec<(HookOwner, Result<QueueRead>)> = stream::iter(owners)
        .map(|owner| async move {
            let written = async {
                same_cache(reg, store)?;
                let (hooks, skipped) =
                    with_retries(options, || reg.read_whole_queue(owner)).await?;
                same_cache(reg, store)?;
                let differ = store.save_owner_snapshot(owner, &hooks, skipped == 0)?;
                Ok(QueueRead {
                    hooks: hooks.len(),
                    differ,
                    skipped,
                })
            }
            .await;
            let now = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            progress(now, total);
            (owner, written)
        })
        .buffer_unordered(options.concurrency.max(1))
        .collect()
        .await;
    same_cache(reg, store)?;
    let mut report = SyncReport {
        queues: total,
        changed_on_server: gone,
        ..SyncReport::default()
    };
    for (owner, outcome) in outcomes {
        match outcome {
            Ok(QueueRead {
                hooks: n,
                differ,
                skipped,
            }) => {
                report.hooks += n as u64;
                if skipped > 0 {
                    tracing::warn!(skipped, %owner, "hooks of a queue could not be read");
                    report.skipped = report.skipped.saturating_add(skipped as u32);
                }
                if compare {
                    report.changed_on_server = report.changed_on_server.saturating_add(differ);
                }
            }
            Err(e) => report.failed.push((owner, e)),
        }
    }
    report.failed.sort_by_key(|(q, _)| *q);
    Ok(report)
}
