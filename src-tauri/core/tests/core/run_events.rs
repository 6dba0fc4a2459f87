//! A sync run tells its life as events, never as states to compare: one `Started`, its
//! progress, one `Ended` with what it found, in order, for every run, also one the server's
//! absence stops early, and also when the next run starts the moment one ends.

use tokio::sync::broadcast::Receiver;
use webitel_hooks_core::{SyncOptions, SyncRunner};
use webitel_hooks_model::{ErrorCode, RunOutcome, SyncRun};

use crate::support;

/// Every event sent so far, without waiting.
fn drain(runs: &mut Receiver<SyncRun>) -> Vec<SyncRun> {
    let mut seen = Vec::new();
    while let Ok(event) = runs.try_recv() {
        seen.push(event);
    }
    seen
}

/// The events without the progress: what a view or the notifier acts on.
fn starts_and_ends(events: &[SyncRun]) -> Vec<(u64, &'static str)> {
    events
        .iter()
        .filter_map(|e| match e {
            SyncRun::Started { run } => Some((*run, "started")),
            SyncRun::Ended(outcome) => Some((outcome.run, "ended")),
            SyncRun::Progress { .. } => None,
        })
        .collect()
}

fn ends(events: &[SyncRun]) -> Vec<RunOutcome> {
    events
        .iter()
        .filter_map(|e| match e {
            SyncRun::Ended(outcome) => Some(outcome.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn back_to_back_runs_each_start_and_end_once_in_order() {
    let (sim, registry, _dir) = crate::sync::signed_in_to(webitel_sim::DataSet::Demo).await;
    let runner = SyncRunner::new(registry, SyncOptions::default());
    let mut runs = runner.runs();
    // A colleague changes a hook before the first run: only that run finds it.
    sim.with_data(|d| d.update_hook(1, |h| h.schema_id += 1))
        .unwrap();
    // The second run waits for the first and starts the moment it ends: the case a watch of
    // states folded into "still running".
    let (first, second) = tokio::join!(runner.sync_now(), runner.sync_now());
    assert!(first.last_error.is_none() && second.last_error.is_none());
    let events = drain(&mut runs);
    assert_eq!(
        starts_and_ends(&events),
        [(1, "started"), (1, "ended"), (2, "started"), (2, "ended")]
    );
    // Progress belongs to its run and counts up to the queues listed.
    let listed = ends(&events)[0].queues;
    assert!(listed > 0);
    let progress_of_1: Vec<u32> = events
        .iter()
        .filter_map(|e| match e {
            SyncRun::Progress { run: 1, done, .. } => Some(*done),
            _ => None,
        })
        .collect();
    assert_eq!(progress_of_1.last(), Some(&listed), "{progress_of_1:?}");
    let outcomes = ends(&events);
    assert!(outcomes.iter().all(|o| !o.offline && o.error.is_none()));
    assert!(outcomes.iter().all(|o| o.synced_at.is_some()));
}

#[tokio::test]
async fn a_run_the_server_stops_early_still_ends_once_and_says_why() {
    let (sim, registry, _dir) = crate::sync::signed_in_to(webitel_sim::DataSet::Demo).await;
    let runner = SyncRunner::new(
        registry.clone(),
        SyncOptions {
            attempts: 1,
            ..SyncOptions::default()
        },
    );
    // The cache holds the hooks (run 1); then a change is kept offline, so that the next run
    // starts by sending the outbox, and stops there.
    runner.sync_now().await;
    support::unreachable(&sim);
    registry
        .set_hook_enabled(support::toggle(2, false))
        .await
        .unwrap();
    let mut runs = runner.runs();
    runner.sync_now().await;
    let events = drain(&mut runs);
    assert_eq!(starts_and_ends(&events), [(2, "started"), (2, "ended")]);
    let ended = &ends(&events)[0];
    assert!(ended.offline, "{ended:?}");
    assert_eq!(ended.pending, 1, "the change still waits");
    assert_eq!(ended.synced_at, None);
    assert_eq!(
        ended.error.as_ref().map(|e| (e.code, e.id.as_str())),
        Some((ErrorCode::Offline, "error-unreachable"))
    );

    // Back: the next run sends it and says so.
    support::reachable(&sim);
    runner.sync_now().await;
    let ended = ends(&drain(&mut runs)).pop().unwrap();
    assert_eq!((ended.run, ended.sent, ended.pending), (3, 1, 0));
    assert_eq!(ended.error, None);
}
