//! A queue deleted on the server while changes of its hooks waited: nothing the user made is
//! dropped silently. The changes wait as conflicts ("queue deleted on the server"), their hooks
//! stay in the cache, and the queue leaves the lists; discarding them lets the queue go.

use webitel_hooks_core::{SyncOptions, SyncRunner};
use webitel_hooks_model::{
    ConflictChoice, ConflictReason, HookId, ListAllHooksArgs, PageSize, ResolveConflictArgs,
};
use webitel_sim::DataSet;

use crate::creates::joined_hook;
use crate::support::{reachable, toggle, unreachable, SALES_EU};
use crate::sync::signed_in_to;

#[tokio::test]
async fn a_queue_deleted_on_the_server_keeps_its_waiting_changes_as_conflicts() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    runner.sync_now().await;
    let hooks_before = registry.store().owner_hooks(SALES_EU.into()).unwrap().len();
    assert!(hooks_before > 2);

    unreachable(&sim);
    let switched = registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    let created = registry.create_hook(joined_hook()).await.unwrap();
    assert!(created.id.0 < 0);
    reachable(&sim);
    sim.with_data(|d| d.remove_queue(SALES_EU.0)).unwrap();

    let status = runner.sync_now().await;
    assert_eq!(
        (status.pending, status.conflicts),
        (2, 2),
        "the create is not counted as sent: {status:?}"
    );
    let conflicts = registry.list_conflicts().unwrap();
    assert_eq!(conflicts.len(), 2);
    for conflict in &conflicts {
        assert_eq!(
            conflict.reason,
            ConflictReason::QueueDeletedOnServer,
            "{conflict:?}"
        );
        assert!(
            conflict.error.message.contains("queue was deleted"),
            "{}",
            conflict.error.message
        );
    }
    // The two hooks stay in the all-queues registry, marked, under the queue's name; the
    // queue's other hooks and the queue itself leave the lists.
    let rows = registry
        .list_all_hooks(&ListAllHooksArgs {
            owners: vec![SALES_EU.into()],
            page: 1,
            size: PageSize::new(100),
            ..ListAllHooksArgs::default()
        })
        .unwrap();
    let mut ids: Vec<HookId> = rows.items.iter().map(|r| r.hook.id).collect();
    ids.sort();
    assert_eq!(ids, vec![created.id, switched.id]);
    assert!(rows
        .items
        .iter()
        .all(|r| r.conflict && r.owner_name == "Sales Progressive EU"));
    let queues = registry.store().queues().unwrap();
    assert!(queues.iter().all(|q| q.queue.id != SALES_EU));

    // Keep mine cannot bring the queue back: it says so and the conflict stays.
    let create_conflict = conflicts
        .iter()
        .find(|c| c.change.hook_id == created.id)
        .unwrap();
    let kept = runner
        .resolve_conflict(ResolveConflictArgs {
            change_id: create_conflict.change.id,
            choice: ConflictChoice::KeepMine,
        })
        .await;
    assert!(kept.is_err());
    assert_eq!(registry.list_conflicts().unwrap().len(), 2);

    for conflict in registry.list_conflicts().unwrap() {
        runner
            .resolve_conflict(ResolveConflictArgs {
                change_id: conflict.change.id,
                choice: ConflictChoice::Discard,
            })
            .await
            .unwrap();
    }
    assert_eq!(registry.store().outbox_len().unwrap(), 0);
    assert!(registry
        .store()
        .owner_hooks(SALES_EU.into())
        .unwrap()
        .is_empty());
    let status = runner.sync_now().await;
    assert_eq!(
        (status.pending, status.conflicts, status.last_error),
        (0, 0, None)
    );
}
