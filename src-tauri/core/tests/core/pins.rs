//! Queues pinned to the tray, per profile, from the cache: the default, the user's choice, and
//! the tray's data with each pinned queue's hooks.

use webitel_hooks_core::{SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{SetHookEnabledArgs, SetPinnedArgs};
use webitel_hooks_model::{ErrorCode, HookEvent, QueueId, QueueType};
use webitel_sim::{DataSet, Knobs};

use crate::sync::signed_in_to;

#[tokio::test]
async fn the_tray_shows_progressive_queues_by_default_then_the_users_choice() {
    let (sim, registry, _dir) = signed_in_to(DataSet::Demo).await;
    assert!(
        registry.list_pinned().unwrap().is_empty(),
        "nothing cached yet"
    );
    SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;

    let pinned = registry.pinned().unwrap();
    let names: Vec<&str> = pinned.iter().map(|p| p.name.as_str()).collect();
    let mut progressive: Vec<String> = sim
        .snapshot()
        .queues
        .iter()
        .filter(|q| q.queue_type == QueueType::Progressive.code())
        .map(|q| q.name.clone())
        .collect();
    progressive.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, progressive);
    assert_eq!(
        registry.list_pinned().unwrap(),
        pinned.iter().map(|p| p.owner).collect::<Vec<_>>()
    );
    // Each queue's hooks in Webitel's event order, as the registry shows them.
    let order = |e: &HookEvent| {
        [
            "joined",
            "answered",
            "offering",
            "bridged",
            "missed",
            "leaving",
            "processing",
            "active",
        ]
        .iter()
        .position(|x| *x == e.as_str())
        .unwrap_or(8)
    };
    let sales = pinned
        .iter()
        .find(|p| p.owner == QueueId(1).into())
        .unwrap();
    assert_eq!(sales.hooks.len(), 7);
    let events: Vec<usize> = sales.hooks.iter().map(|r| order(&r.hook.event)).collect();
    let mut sorted = events.clone();
    sorted.sort();
    assert_eq!(events, sorted);
    assert!(sales.hooks.iter().all(|r| r.owner_name == sales.name));

    // An offline toggle shows pending in the tray's data.
    sim.set_knobs(Knobs {
        drop_rate: 1.0,
        ..Knobs::default()
    });
    let hook = sales.hooks[0].hook.clone();
    registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: hook.owner,
            hook_id: hook.id,
            enabled: !hook.enabled,
        })
        .await
        .unwrap();
    let again = registry.pinned().unwrap();
    let row = again
        .iter()
        .flat_map(|p| &p.hooks)
        .find(|r| r.hook.id == hook.id)
        .unwrap();
    assert!(row.pending);
    assert_eq!(row.hook.enabled, !hook.enabled);

    // The user's choice: an inbound queue pinned last, a progressive one unpinned.
    let inbound = QueueId(
        sim.snapshot()
            .queues
            .iter()
            .find(|q| q.queue_type == QueueType::Inbound.code())
            .unwrap()
            .id,
    );
    let first = pinned[0].owner;
    let now = registry
        .set_pinned(SetPinnedArgs {
            owner: inbound.into(),
            pinned: true,
        })
        .unwrap();
    assert_eq!(now.last(), Some(&inbound.into()));
    let now = registry
        .set_pinned(SetPinnedArgs {
            owner: first,
            pinned: false,
        })
        .unwrap();
    assert!(!now.contains(&first));
    assert_eq!(registry.list_pinned().unwrap(), now, "the choice is kept");
    let missing = registry
        .set_pinned(SetPinnedArgs {
            owner: QueueId(999_999).into(),
            pinned: true,
        })
        .unwrap_err();
    assert_eq!(missing.code(), ErrorCode::NotFound);
}
