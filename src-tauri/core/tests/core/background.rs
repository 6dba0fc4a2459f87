//! The background sync loop against the stand-in server: a run at each sign-in and then every
//! interval, none without a session, a growing wait while the server is gone (really gone: the
//! sim is stopped and started again on the same port), and a run at once when a call finds the
//! server back.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch;
use webitel_hooks_core::{HookRegistry, SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{ListQueuesArgs, SessionStatus};
use webitel_sim::{DataSet, Knobs, SimConfig};

use crate::sync::signed_in_to;

/// Polls `done` until it holds, failing the test after `limit`.
pub async fn wait_until(limit: Duration, what: &str, done: impl Fn() -> bool) -> Duration {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "waited {limit:?} for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    start.elapsed()
}

fn signed_in(registry: &HookRegistry) -> SessionStatus {
    SessionStatus::SignedIn {
        session: registry.session_info().unwrap(),
    }
}

fn start(
    registry: &Arc<HookRegistry>,
    options: SyncOptions,
    session: SessionStatus,
) -> (Arc<SyncRunner>, watch::Sender<SessionStatus>) {
    let runner = Arc::new(SyncRunner::new(registry.clone(), options));
    let (tx, rx) = watch::channel(session);
    tokio::spawn(runner.clone().run_in_background(rx));
    (runner, tx)
}

#[tokio::test]
async fn a_run_follows_each_sign_in_then_the_interval_and_none_runs_signed_out() {
    let (_sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let options = SyncOptions {
        interval: Duration::from_millis(600),
        ..SyncOptions::default()
    };
    let (runner, session) = start(&registry, options, SessionStatus::SignedOut);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(runner.runs_ended(), 0, "no run without a session");

    session.send_replace(signed_in(&registry));
    wait_until(Duration::from_secs(5), "the sign-in's run", || {
        runner.runs_ended() == 1
    })
    .await;
    let after_first = runner.status_now();
    assert!(after_first.last_synced_at.is_some());
    assert!(!after_first.running);
    assert_eq!(after_first.last_error, None);
    assert!(!registry.store().queues().unwrap().is_empty());

    let waited = wait_until(Duration::from_secs(5), "the interval's run", || {
        runner.runs_ended() == 2
    })
    .await;
    assert!(
        waited >= Duration::from_millis(450),
        "the next run waits for the interval, not {waited:?}"
    );

    session.send_replace(SessionStatus::SignedOut);
    // A run already due may still end; after it, none.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let stopped = runner.runs_ended();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(runner.runs_ended(), stopped, "no run while signed out");

    // A new sign-in runs at once, whatever the interval.
    session.send_replace(signed_in(&registry));
    wait_until(Duration::from_secs(5), "the next sign-in's run", || {
        runner.runs_ended() > stopped
    })
    .await;
}

#[tokio::test]
async fn while_the_server_is_gone_runs_back_off_and_its_return_ends_the_offline_state() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let addr = sim.addr();
    let options = SyncOptions {
        attempts: 1,
        interval: Duration::from_secs(600),
        offline_retry_min: Duration::from_millis(100),
        offline_retry_max: Duration::from_millis(400),
        ..SyncOptions::default()
    };
    let (runner, _session) = start(&registry, options, signed_in(&registry));
    wait_until(Duration::from_secs(5), "the first run", || {
        runner.runs_ended() == 1
    })
    .await;

    sim.shutdown().await;
    // A command finds the server gone: the loop does not wait for its ten-minute interval.
    let cached = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(!cached.is_empty(), "the queue list comes from the cache");
    assert!(runner.status_now().offline);
    let before = runner.runs_ended();
    tokio::time::sleep(Duration::from_millis(1600)).await;
    let offline_runs = runner.runs_ended() - before;
    // Waits of 100, 200, 400, 400 ms: about five runs in 1.6 s (fewer on a busy machine),
    // where a fixed 100 ms wait would make about fifteen.
    assert!(
        (2..=8).contains(&offline_runs),
        "{offline_runs} runs while offline"
    );
    let status = runner.status_now();
    assert!(status.offline);
    assert!(status.last_error.is_some());

    // The server is back at the same address (with none of the old tokens: the renewal signs
    // in again), and the next retry finds it.
    let again = webitel_sim::spawn(addr, SimConfig::default())
        .await
        .unwrap();
    wait_until(
        Duration::from_secs(5),
        "a run that reaches the server",
        || {
            let s = runner.status_now();
            !s.offline && !s.running && s.last_error.is_none()
        },
    )
    .await;
    assert!(again.request_count() > 0);
}

#[tokio::test]
async fn a_call_that_reaches_the_server_again_starts_a_run_at_once() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let options = SyncOptions {
        attempts: 1,
        // Longer than the test: only the nudge can start the run looked for.
        offline_retry_min: Duration::from_secs(60),
        offline_retry_max: Duration::from_secs(60),
        ..SyncOptions::default()
    };
    let (runner, _session) = start(&registry, options, signed_in(&registry));
    wait_until(Duration::from_secs(5), "the first run", || {
        runner.runs_ended() == 1
    })
    .await;

    sim.set_knobs(Knobs {
        drop_rate: 1.0,
        ..Knobs::default()
    });
    registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(runner.status_now().offline);
    sim.set_knobs(Knobs::default());
    registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(!runner.status_now().offline);
    wait_until(Duration::from_secs(3), "the nudged run", || {
        runner.runs_ended() == 2
    })
    .await;
    assert_eq!(runner.status_now().last_error, None);
}

#[tokio::test]
async fn a_flapping_server_gets_runs_spaced_by_the_backoff_not_back_to_back() {
    // Sixty seconds of a lossy server, with the app's own waits (2 s doubling to 60 s between
    // runs that end offline; each queue tried 4 times): one queue's hooks always fail (502),
    // and one request in five is dropped, so that every run ends offline while its other
    // calls keep finding the server back.
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let options = SyncOptions::default();
    let (runner, _session) = start(&registry, options, signed_in(&registry));
    wait_until(Duration::from_secs(5), "the first run", || {
        runner.runs_ended() == 1
    })
    .await;

    sim.set_knobs(Knobs {
        fail_path: Some("/call_center/queues/3/hooks".into()),
        failure_status: 502,
        drop_rate: 0.2,
        ..Knobs::default()
    });
    runner.nudge();
    let before = runner.runs_ended();
    tokio::time::sleep(Duration::from_secs(60)).await;
    let lossy_runs = runner.runs_ended() - before;
    // Runs of about 1.5 s with waits of 2, 4, 8, 16 and 32 s after them: five or six runs in a
    // minute. Back to back, there were about forty.
    eprintln!("{lossy_runs} full runs in 60 s of a lossy server");
    assert!(
        (3..=7).contains(&lossy_runs),
        "{lossy_runs} runs in 60 s of a lossy server"
    );
    let status = runner.status_now();
    assert!(status.last_error.is_some(), "{status:?}");

    // Once the server is whole, a call that reaches it brings the next run forward.
    sim.set_knobs(Knobs::default());
    registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    wait_until(
        Duration::from_secs(30),
        "a run that reaches every queue",
        || {
            let s = runner.status_now();
            !s.offline && !s.running && s.last_error.is_none()
        },
    )
    .await;
}
