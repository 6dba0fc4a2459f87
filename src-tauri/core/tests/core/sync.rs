//! The full sync against the stand-in server, with and without its faults: the cache ends
//! complete and consistent with the server's data.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use webitel_hooks_core::{Credentials, HookRegistry, Renewal, SignedIn, SyncOptions, SyncRunner};
use webitel_hooks_model::{HookOwner, ListAllHooksArgs, PageSize, QueueId, TeamId};
use webitel_sim::{DataSet, Knobs, SimConfig, SimServer};

use crate::support::registry;

/// Signs in again with the password, as a profile that remembers it does.
pub struct PasswordRenewal {
    pub server: String,
}

impl Renewal for PasswordRenewal {
    fn renew(&self) -> BoxFuture<'_, webitel_hooks_core::error::Result<SignedIn>> {
        Box::pin(async move {
            SignedIn::sign_in(&self.server, &Credentials::new("admin@demo", "demo")).await
        })
    }
}

pub async fn signed_in_to(data: DataSet) -> (SimServer, Arc<HookRegistry>, tempfile::TempDir) {
    let sim = webitel_sim::spawn(
        "127.0.0.1:0".parse().unwrap(),
        SimConfig {
            data,
            knobs: Knobs::default(),
        },
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let registry = Arc::new(registry(&dir));
    registry
        .sign_in(&sim.base_url(), &Credentials::new("admin@demo", "demo"))
        .await
        .unwrap();
    registry.set_renewal(Some(Arc::new(PasswordRenewal {
        server: sim.base_url(),
    })));
    (sim, registry, dir)
}

/// `(owner, hook, event, flow, enabled)` of every hook of every queue and team, from the server
/// and from the cache.
type Row = (HookOwner, i64, String, i64, bool);

fn server_rows(sim: &SimServer) -> BTreeSet<Row> {
    let data = sim.snapshot();
    let row = |owner: HookOwner, h: &webitel_sim::Hook| {
        (
            owner,
            i64::from(h.id),
            h.event.clone(),
            h.schema_id,
            h.enabled,
        )
    };
    let queues = data.queues.iter().flat_map(|q| {
        q.hooks
            .iter()
            .map(move |h| row(HookOwner::Queue(QueueId(q.id)), h))
    });
    let teams = data.teams.iter().flat_map(|t| {
        t.hooks
            .iter()
            .map(move |h| row(HookOwner::Team(TeamId(t.id)), h))
    });
    queues.chain(teams).collect()
}

fn cached_rows(registry: &HookRegistry) -> BTreeSet<Row> {
    let page = registry
        .list_all_hooks(&ListAllHooksArgs {
            page: 1,
            size: PageSize::new(1000),
            ..ListAllHooksArgs::default()
        })
        .unwrap();
    assert!(!page.next, "more than one page");
    page.items
        .into_iter()
        .map(|r| {
            let h = r.hook;
            (
                h.owner,
                h.id.0,
                h.event.as_str().to_owned(),
                h.flow.id.0,
                h.enabled,
            )
        })
        .collect()
}

fn fast_retries() -> SyncOptions {
    SyncOptions {
        attempts: 8,
        backoff: Duration::from_millis(20),
        ..SyncOptions::default()
    }
}

#[tokio::test]
async fn a_full_sync_caches_every_queue_and_hook_and_reports_progress() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Large {
        queues: 30,
        hooks_per_queue: 4,
    })
    .await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    let status = runner.status();
    let report = runner.full_sync().await.unwrap();
    // Every queue and every team: the large data set has a team per 20 queues, at least four.
    let owners = 30 + sim.snapshot().teams.len() as u32;
    assert!(owners > 30);
    assert_eq!(report.queues, owners);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(cached_rows(&registry), server_rows(&sim));
    let now = status.borrow().clone();
    assert_eq!((now.done, now.total), (owners, owners));
    assert!(now.last_synced_at.is_some());
    assert!(registry
        .store()
        .owner_synced_at(QueueId(sim.snapshot().queues[0].id).into())
        .unwrap()
        .is_some());
    let page = registry
        .list_all_hooks(&ListAllHooksArgs::default())
        .unwrap();
    assert_eq!(page.total, server_rows(&sim).len() as u64);
    assert_eq!(page.synced_at, now.last_synced_at);
}

#[tokio::test]
async fn hooks_and_queues_removed_on_the_server_leave_the_cache() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    runner.full_sync().await.unwrap();
    sim.with_data(|d| {
        let hook = d.queues[0].hooks[0].id;
        d.remove_hook(hook);
        d.queues.pop();
    });
    let status = runner.sync_now().await;
    assert_eq!(status.last_error, None);
    assert_eq!(cached_rows(&registry), server_rows(&sim));
    let queues: BTreeSet<i64> = registry
        .store()
        .queues()
        .unwrap()
        .iter()
        .map(|q| q.queue.id.0)
        .collect();
    let on_server: BTreeSet<i64> = sim.snapshot().queues.iter().map(|q| q.id).collect();
    assert_eq!(queues, on_server);
}

#[tokio::test]
async fn under_latency_failures_and_dropped_connections_the_cache_ends_complete() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Large {
        queues: 40,
        hooks_per_queue: 5,
    })
    .await;
    sim.set_knobs(Knobs {
        latency_ms: 10,
        failure_rate: 0.2,
        failure_status: 503,
        drop_rate: 0.15,
        ..Knobs::default()
    });
    let runner = SyncRunner::new(registry.clone(), fast_retries());
    let status = runner.sync_now().await;
    assert_eq!(status.last_error, None);
    assert!(!status.offline);
    sim.set_knobs(Knobs::default());
    assert_eq!(cached_rows(&registry), server_rows(&sim));
}

#[tokio::test]
async fn an_expired_token_is_renewed_and_the_sync_completes() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    sim.expire_tokens();
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    let status = runner.sync_now().await;
    assert_eq!(status.last_error, None);
    assert_eq!(cached_rows(&registry), server_rows(&sim));
}

#[tokio::test]
async fn an_unreachable_server_is_reported_offline_and_the_cache_kept() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(
        registry.clone(),
        SyncOptions {
            attempts: 2,
            backoff: Duration::from_millis(10),
            ..SyncOptions::default()
        },
    );
    runner.full_sync().await.unwrap();
    let before = cached_rows(&registry);
    sim.set_knobs(Knobs {
        drop_rate: 1.0,
        ..Knobs::default()
    });
    let status = runner.sync_now().await;
    assert!(status.offline, "{status:?}");
    assert!(status.last_error.is_some());
    assert_eq!(cached_rows(&registry), before);
}

#[tokio::test]
async fn one_failing_queue_leaves_the_others_synced_and_keeps_its_cached_hooks() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), fast_retries());
    assert_eq!(runner.sync_now().await.last_error, None);
    let failing = QueueId(sim.progressive_queue_id().unwrap());
    let cached_before: BTreeSet<Row> = cached_rows(&registry)
        .into_iter()
        .filter(|r| r.0 == failing.into())
        .collect();
    assert!(!cached_before.is_empty());
    // Every queue changes on the server; the failing queue's hooks cannot be read.
    sim.with_data(|d| {
        for q in &mut d.queues {
            for h in &mut q.hooks {
                h.schema_id = 109;
            }
        }
    });
    sim.set_knobs(Knobs {
        fail_path: Some(format!("/call_center/queues/{}/hooks", failing.0)),
        failure_status: 500,
        ..Knobs::default()
    });
    let status = runner.sync_now().await;
    let error = status.last_error.clone().unwrap();
    assert_eq!(error.id, "error-queues-not-read");
    assert_eq!(error.args["failed"], "1");
    assert!(
        error
            .message
            .starts_with("1 of 20 queues and teams could not be read"),
        "{error}"
    );
    assert!(!status.offline, "the server answered");
    sim.set_knobs(Knobs::default());
    let server: BTreeSet<Row> = server_rows(&sim);
    let cached = cached_rows(&registry);
    let others = |rows: &BTreeSet<Row>| -> BTreeSet<Row> {
        rows.iter()
            .filter(|r| r.0 != failing.into())
            .cloned()
            .collect()
    };
    assert_eq!(
        others(&cached),
        others(&server),
        "every other queue is synced"
    );
    let failing_now: BTreeSet<Row> = cached
        .into_iter()
        .filter(|r| r.0 == failing.into())
        .collect();
    assert_eq!(
        failing_now, cached_before,
        "the failing queue shows what was read before"
    );
    // The next run, with the queue readable again, completes.
    assert_eq!(runner.sync_now().await.last_error, None);
    assert_eq!(cached_rows(&registry), server_rows(&sim));
}

#[tokio::test]
async fn tokens_that_expire_during_a_slow_sync_are_renewed_and_the_sync_completes() {
    let sim = webitel_sim::spawn(
        "127.0.0.1:0".parse().unwrap(),
        SimConfig {
            data: DataSet::Large {
                queues: 24,
                hooks_per_queue: 3,
            },
            knobs: Knobs {
                token_ttl_secs: Some(1),
                ..Knobs::default()
            },
        },
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let registry = Arc::new(registry(&dir));
    registry
        .sign_in(&sim.base_url(), &Credentials::new("admin@demo", "demo"))
        .await
        .unwrap();
    registry.set_renewal(Some(Arc::new(PasswordRenewal {
        server: sim.base_url(),
    })));
    // 24 queues at 2 at once, 150 ms each: about 1.8 s, so each token (1 s) ends mid-run.
    sim.set_knobs(Knobs {
        latency_ms: 150,
        token_ttl_secs: Some(1),
        ..Knobs::default()
    });
    let runner = SyncRunner::new(
        registry.clone(),
        SyncOptions {
            concurrency: 2,
            ..SyncOptions::default()
        },
    );
    let status = runner.sync_now().await;
    assert_eq!(status.last_error, None);
    sim.set_knobs(Knobs::default());
    assert_eq!(cached_rows(&registry), server_rows(&sim));
    assert!(
        sim.issued_tokens().len() >= 2,
        "the run signed in again at least once"
    );
}

#[tokio::test]
async fn the_all_queues_filters_offer_each_queue_and_flow_the_cached_hooks_name_once_by_name() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    SyncRunner::new(registry.clone(), SyncOptions::default())
        .full_sync()
        .await
        .unwrap();
    let data = sim.snapshot();
    let mut queues: Vec<(String, HookOwner)> = data
        .queues
        .iter()
        .filter(|q| !q.hooks.is_empty())
        .map(|q| (q.name.to_lowercase(), HookOwner::Queue(QueueId(q.id))))
        .chain(
            data.teams
                .iter()
                .filter(|t| !t.hooks.is_empty())
                .map(|t| (t.name.to_lowercase(), HookOwner::Team(TeamId(t.id)))),
        )
        .collect();
    queues.sort();
    let mut flows: Vec<(String, i64)> = data
        .queues
        .iter()
        .flat_map(|q| q.hooks.iter().map(|h| h.schema_id))
        .chain(
            data.teams
                .iter()
                .flat_map(|t| t.hooks.iter().map(|h| h.schema_id)),
        )
        .collect::<BTreeSet<i64>>()
        .into_iter()
        .map(|id| {
            let flow = data.flows.iter().find(|f| f.id == id).unwrap();
            (flow.name.to_lowercase(), id)
        })
        .collect();
    flows.sort();
    assert!(
        queues.len() > 1 && flows.len() > 1,
        "the demo data names several"
    );

    let choices = registry.list_all_hooks_choices().unwrap();
    let got_queues: Vec<(String, HookOwner)> = choices
        .owners
        .iter()
        .map(|q| (q.name.to_lowercase(), q.owner))
        .collect();
    let got_flows: Vec<(String, i64)> = choices
        .flows
        .iter()
        .map(|f| (f.name.to_lowercase(), f.id.0))
        .collect();
    assert_eq!(got_queues, queues);
    assert_eq!(got_flows, flows);
}
