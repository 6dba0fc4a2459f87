use std::time::{Duration, Instant};

use webitel_hooks_model::commands::DeleteHooksArgs;
use webitel_hooks_model::{ErrorCode, HookEvent, HookId, HookLabel};

use webitel_sim::Knobs;

use crate::support::{signed_in, SALES_EU};

#[tokio::test]
async fn bulk_delete_reports_the_hook_deleted_behind_the_apps_back_by_name() {
    let env = signed_in("admin").await;
    env.all_hooks(SALES_EU).await;
    // Hook 2 (bridged, "CRM: log call result") goes through another client meanwhile.
    env.sim.with_data(|d| d.remove_hook(2)).unwrap();
    let report = env
        .registry
        .delete_hooks(DeleteHooksArgs {
            owner: SALES_EU.into(),
            hook_ids: vec![HookId(1), HookId(2), HookId(3), HookId(1)],
        })
        .await
        .unwrap();
    assert_eq!(report.deleted, [HookId(1), HookId(3)]);
    assert_eq!(report.failed.len(), 1);
    let failure = &report.failed[0];
    assert_eq!(failure.hook_id, HookId(2));
    assert_eq!(
        failure.label,
        HookLabel::new(HookEvent::Bridged, "CRM: log call result")
    );
    assert_eq!(failure.error.id, "error-hook-gone");
    assert_eq!(
        failure.error.message,
        "This hook no longer exists on the server. Refresh to see the current list."
    );
    for id in [1, 2, 3] {
        assert!(env.server_hook(id).is_none());
        assert!(env
            .registry
            .store()
            .hook(SALES_EU.into(), HookId(id))
            .unwrap()
            .is_none());
    }
    assert_eq!(
        env.registry
            .store()
            .owner_hooks(SALES_EU.into())
            .unwrap()
            .len(),
        4
    );
}

#[tokio::test]
async fn many_deletes_all_go_through_a_bounded_pool() {
    let env = signed_in("admin").await;
    let queue = env.sim.queue_without_hooks().unwrap();
    let ids: Vec<HookId> = env.sim.with_data(|d| {
        (0..20)
            .map(|i| {
                HookId(i64::from(
                    d.add_hook(queue, webitel_sim::EVENTS[i % 8], 101, false)
                        .unwrap(),
                ))
            })
            .collect()
    });
    let report = env
        .registry
        .delete_hooks(DeleteHooksArgs {
            owner: webitel_hooks_model::QueueId(queue).into(),
            hook_ids: ids.clone(),
        })
        .await
        .unwrap();
    assert_eq!(report.deleted, ids, "in the order asked");
    assert!(report.failed.is_empty());
    assert!(env.sim.snapshot().queue(queue).unwrap().hooks.is_empty());
}

#[tokio::test]
async fn a_failure_is_named_even_without_the_cache() {
    let env = signed_in("admin").await;
    let report = env
        .registry
        .delete_hooks(DeleteHooksArgs {
            owner: SALES_EU.into(),
            hook_ids: vec![HookId(999)],
        })
        .await
        .unwrap();
    assert_eq!(
        report.failed[0].label,
        HookLabel::new(HookEvent::Other("#999".into()), "")
    );
    assert!(report.deleted.is_empty());
    let _ = ErrorCode::NotFound;
}

#[tokio::test]
async fn bulk_delete_keeps_at_most_six_requests_in_flight() {
    let env = signed_in("admin").await;
    let queue = env.sim.queue_without_hooks().unwrap();
    let ids: Vec<HookId> = env.sim.with_data(|d| {
        (0..12)
            .map(|i| {
                let id = d.add_hook(queue, webitel_sim::EVENTS[i % 8], 101, false);
                HookId(i64::from(id.unwrap()))
            })
            .collect()
    });
    env.sim.set_knobs(Knobs {
        latency_ms: 150,
        ..Knobs::default()
    });
    let started = Instant::now();
    let report = env
        .registry
        .delete_hooks(DeleteHooksArgs {
            owner: webitel_hooks_model::QueueId(queue).into(),
            hook_ids: ids,
        })
        .await
        .unwrap();
    let took = started.elapsed();
    assert_eq!(report.deleted.len(), 12);
    // Twelve deletes six at a time take two rounds: never one, and far from twelve.
    assert!(took >= Duration::from_millis(300), "{took:?}");
    assert!(took < Duration::from_millis(1800), "{took:?}");
}
