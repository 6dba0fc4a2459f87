//! The sync status the shell forwards as `sync-status`: the outbox's counts, the hooks a run
//! found changed by someone else, and `offline` as every call finds the server gone or back.

use std::collections::BTreeSet;

use webitel_hooks_core::{SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{ListHooksArgs, ListQueuesArgs, SearchFlowsArgs};
use webitel_hooks_model::{
    ConflictChoice, HookColumn, HookId, HookSort, PageSize, ResolveConflictArgs, SortDirection,
};
use webitel_sim::{DataSet, Knobs};

use crate::sync::signed_in_to;

use crate::support::{reachable, toggle, unreachable, SALES_EU};

#[tokio::test]
async fn the_status_counts_changes_waiting_and_conflicts_as_they_come_and_go() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    runner.sync_now().await;
    let mut status = runner.status();
    status.borrow_and_update();

    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    registry.set_hook_enabled(toggle(2, false)).await.unwrap();
    assert!(
        status.has_changed().unwrap(),
        "each change kept offline is told"
    );
    let now = status.borrow_and_update().clone();
    assert_eq!((now.pending, now.conflicts, now.offline), (2, 0, true));

    reachable(&sim);
    // Hook 1 changed by someone else meanwhile: its change becomes a conflict, hook 2's is sent.
    sim.with_data(|d| d.update_hook(1, |h| h.schema_id = 109));
    let ended = runner.sync_now().await;
    assert_eq!(
        (ended.pending, ended.conflicts, ended.offline),
        (1, 1, false)
    );
    let conflict = registry.list_conflicts().unwrap().remove(0);
    runner
        .resolve_conflict(ResolveConflictArgs {
            change_id: conflict.change.id,
            choice: ConflictChoice::TakeTheirs,
        })
        .await
        .unwrap();
    let now = runner.status_now();
    assert_eq!((now.pending, now.conflicts), (0, 0));
}

#[tokio::test]
async fn changed_on_server_counts_what_others_changed_not_ours_and_nothing_on_a_first_run() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    let first = runner.sync_now().await;
    assert_eq!(first.last_error, None);
    assert_eq!(
        first.changed_on_server, 0,
        "a fresh cache has nothing to compare"
    );

    // Ours: one change online, one kept offline and sent by the next run.
    registry.set_hook_enabled(toggle(2, false)).await.unwrap();
    unreachable(&sim);
    registry.set_hook_enabled(toggle(3, false)).await.unwrap();
    reachable(&sim);
    let ours = runner.sync_now().await;
    assert_eq!(ours.pending, 0);
    assert_eq!(
        ours.changed_on_server, 0,
        "our own changes are not someone else's"
    );

    // Someone else's: one changed, one added, one removed, and a queue removed with its hooks.
    let (removed_queue_hooks, queue_without_hooks) = sim.with_data(|d| {
        d.update_hook(1, |h| h.schema_id = 109);
        let q = d.queue_without_hooks().unwrap();
        d.add_hook(q, "missed", 102, false);
        d.remove_hook(6);
        let last = d.queues.pop().unwrap();
        (last.hooks.len() as u32, q)
    });
    assert_ne!(Some(queue_without_hooks), None);
    let theirs = runner.sync_now().await;
    assert_eq!(theirs.last_error, None);
    assert_eq!(theirs.changed_on_server, 3 + removed_queue_hooks);

    let quiet = runner.sync_now().await;
    assert_eq!(
        quiet.changed_on_server, 0,
        "each run counts its own findings"
    );
}

#[tokio::test]
async fn a_call_that_finds_the_server_gone_marks_offline_and_one_that_reaches_it_clears_it() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let online_queues = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    let status = registry.sync_status();
    assert!(!status.borrow().offline);

    unreachable(&sim);
    let offline_queues = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(status.borrow().offline);
    assert_eq!(
        offline_queues, online_queues,
        "the cache answers the same list"
    );

    reachable(&sim);
    registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(!status.borrow().offline);
}

#[tokio::test]
async fn offline_queue_pages_and_flows_come_from_the_cache_in_the_servers_shape() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    runner.sync_now().await;
    let mut sorts = vec![None];
    for column in [HookColumn::Event, HookColumn::Flow, HookColumn::State] {
        for direction in [SortDirection::Ascending, SortDirection::Descending] {
            sorts.push(Some(HookSort { column, direction }));
        }
    }
    let flows = SearchFlowsArgs {
        search: "crm".into(),
        page: 1,
    };
    let search = ListQueuesArgs {
        search: "sales".into(),
        queue_type: None,
    };
    let mut online = Vec::new();
    for sort in &sorts {
        for page in 1..=3 {
            let args = ListHooksArgs {
                owner: SALES_EU.into(),
                page,
                size: PageSize::new(3),
                sort: *sort,
            };
            online.push(registry.list_hooks(args).await.unwrap());
        }
    }
    let online_flows = registry.search_flows(flows.clone()).await.unwrap();
    let online_search = registry.list_queues(search.clone()).await.unwrap();

    unreachable(&sim);
    let mut offline = Vec::new();
    for sort in &sorts {
        for page in 1..=3 {
            let args = ListHooksArgs {
                owner: SALES_EU.into(),
                page,
                size: PageSize::new(3),
                sort: *sort,
            };
            offline.push(registry.list_hooks(args).await.unwrap());
        }
    }
    // The rows as drawn: the hook, its queue, its marks; not when each was read.
    let drawn = |pages: &[webitel_hooks_model::Page<webitel_hooks_model::HookRow>]| {
        pages
            .iter()
            .map(|p| {
                let rows: Vec<_> = p
                    .items
                    .iter()
                    .map(|r| (r.hook.clone(), r.owner_name.clone(), r.pending, r.conflict))
                    .collect();
                (rows, p.page, p.next)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        drawn(&offline),
        drawn(&online),
        "same items, same order, same `next` on every page"
    );
    assert!(online.iter().any(|p| p.next), "the test pages for real");
    assert!(registry.sync_status().borrow().offline);

    let offline_flows = registry.search_flows(flows).await.unwrap();
    let names = |p: &webitel_hooks_model::Page<webitel_hooks_model::FlowRef>| {
        p.items
            .iter()
            .map(|f| f.name.clone())
            .collect::<BTreeSet<_>>()
    };
    assert!(!online_flows.items.is_empty());
    assert!(
        names(&online_flows).is_subset(&names(&offline_flows)),
        "{online_flows:?} vs {offline_flows:?}"
    );
    assert_eq!(registry.list_queues(search).await.unwrap(), online_search);
}

#[tokio::test]
async fn offline_a_cached_hook_opens_for_editing_from_the_cache() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;
    let args = webitel_hooks_model::commands::HookRef {
        owner: SALES_EU.into(),
        hook_id: HookId(1),
    };
    let online = registry.get_hook(args.clone()).await.unwrap();
    unreachable(&sim);
    assert_eq!(registry.get_hook(args).await.unwrap(), online);
    let unknown = registry
        .get_hook(webitel_hooks_model::commands::HookRef {
            owner: SALES_EU.into(),
            hook_id: HookId(987_654),
        })
        .await
        .unwrap_err();
    assert_eq!(unknown.code(), webitel_hooks_model::ErrorCode::Offline);
}

#[tokio::test]
async fn a_run_stops_when_another_profile_is_opened_and_writes_nothing_into_its_cache() {
    let (sim, registry, dir) = signed_in_to(DataSet::Large {
        queues: 20,
        hooks_per_queue: 2,
    })
    .await;
    sim.set_knobs(Knobs {
        latency_ms: 100,
        ..Knobs::default()
    });
    let runner = std::sync::Arc::new(SyncRunner::new(
        registry.clone(),
        SyncOptions {
            concurrency: 1,
            ..SyncOptions::default()
        },
    ));
    let run = tokio::spawn({
        let runner = runner.clone();
        async move { runner.sync_now().await }
    });
    // After the queue listing, a few queues into the run.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let other = dir.path().join("other.sqlite3");
    registry.set_store(webitel_hooks_core::Store::open(&other).unwrap());
    let ended = run.await.unwrap();
    assert_eq!(
        ended.last_error.as_ref().map(|e| e.id.as_str()),
        Some("error-sync-superseded"),
        "{ended:?}"
    );
    assert!(ended
        .last_error
        .unwrap()
        .message
        .contains("another profile"));
    let store = registry.store();
    assert_eq!(store.path(), other);
    assert_eq!(store.last_full_sync().unwrap(), None);
    assert!(
        store.settled_hooks_by_owner().unwrap().is_empty(),
        "no hook of the old profile"
    );
}

#[tokio::test]
async fn a_run_tells_its_start_each_queue_done_and_its_end() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Large {
        queues: 5,
        hooks_per_queue: 2,
    })
    .await;
    // Slow enough for each step to be seen on its own.
    sim.set_knobs(Knobs {
        latency_ms: 40,
        ..Knobs::default()
    });
    let runner = SyncRunner::new(
        registry.clone(),
        SyncOptions {
            concurrency: 1,
            ..SyncOptions::default()
        },
    );
    let mut status = runner.status();
    status.borrow_and_update();
    let heard = tokio::spawn(async move {
        let mut heard = Vec::new();
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            let ended = !now.running && !heard.is_empty();
            heard.push(now);
            if ended {
                break;
            }
        }
        heard
    });
    let ended = runner.sync_now().await;
    let heard = heard.await.unwrap();
    assert!(heard[0].running && heard[0].done == 0, "{:?}", heard[0]);
    let done: BTreeSet<u32> = heard.iter().map(|s| s.done).collect();
    // The five queues and the data set's teams (at least four).
    let owners = 5 + sim.snapshot().teams.len() as u32;
    assert!(
        (1..=owners).all(|n| done.contains(&n)),
        "each queue and team done is told: {done:?}"
    );
    let last = heard.last().unwrap();
    assert_eq!(last, &ended);
    assert!(!last.running);
    assert_eq!((last.done, last.total), (owners, owners));
    assert!(last.last_synced_at.is_some());
}

#[tokio::test]
async fn a_delete_kept_offline_marks_offline_and_counts_as_waiting() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;
    unreachable(&sim);
    let report = registry
        .delete_hooks(webitel_hooks_model::commands::DeleteHooksArgs {
            owner: SALES_EU.into(),
            hook_ids: vec![HookId(2), HookId(3)],
        })
        .await
        .unwrap();
    assert_eq!(report.deleted, [HookId(2), HookId(3)]);
    let now = registry.sync_status().borrow().clone();
    assert!(now.offline);
    assert_eq!(now.pending, 2);
}
