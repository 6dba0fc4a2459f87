//! The all-queues registry over thousands of cached hooks in a real SQLite file.

use webitel_hooks_core::Store;
use webitel_hooks_model::{
    FlowRef, Hook, HookEvent, HookId, HookState, ListAllHooksArgs, PageSize, Queue, QueueId,
    QueueType, RegistryColumn, RegistrySort, SchemaId, SortDirection,
};

/// 300 queues (every third Progressive) of 10 hooks each: 3000 rows.
fn filled(dir: &tempfile::TempDir) -> Store {
    let store = Store::open(dir.path().join("cache.sqlite3")).unwrap();
    let queues: Vec<Queue> = (1..=300)
        .map(|i| Queue {
            id: QueueId(i),
            name: format!("Queue {i:03}"),
            queue_type: if i % 3 == 0 {
                QueueType::Progressive
            } else {
                QueueType::Inbound
            },
            enabled: true,
            team: None,
        })
        .collect();
    store.save_queues(&queues, true).unwrap();
    for q in &queues {
        let hooks: Vec<Hook> = (0..10)
            .map(|j| Hook {
                id: HookId(q.id.0 * 100 + j),
                owner: q.id.into(),
                event: HookEvent::ALL[(j % 8) as usize].clone(),
                flow: FlowRef {
                    id: SchemaId(100 + j),
                    name: format!("Flow {j}"),
                },
                enabled: j % 2 == 0,
            })
            .collect();
        store
            .save_owner_snapshot(q.id.into(), &hooks, true)
            .unwrap();
    }
    store
}

fn args() -> ListAllHooksArgs {
    ListAllHooksArgs {
        page: 1,
        size: PageSize::new(50),
        ..ListAllHooksArgs::default()
    }
}

#[test]
fn filters_count_every_matching_row() {
    let dir = tempfile::tempdir().unwrap();
    let store = filled(&dir);
    assert_eq!(store.all_hooks(&args()).unwrap().total, 3000);
    let progressive = store
        .all_hooks(&ListAllHooksArgs {
            queue_types: vec![QueueType::Progressive],
            ..args()
        })
        .unwrap();
    assert_eq!(progressive.total, 1000);
    assert!(progressive
        .items
        .iter()
        .all(|r| r.queue_type == Some(QueueType::Progressive)));
    let enabled_bridged = store
        .all_hooks(&ListAllHooksArgs {
            events: vec![HookEvent::Bridged],
            state: Some(HookState::Enabled),
            ..args()
        })
        .unwrap();
    // j = 3 is bridged and odd (disabled); j = 11 does not exist: none enabled.
    assert_eq!(enabled_bridged.total, 0);
    let some = store
        .all_hooks(&ListAllHooksArgs {
            owners: vec![QueueId(7).into(), QueueId(8).into()],
            flow_ids: vec![SchemaId(100), SchemaId(108)],
            ..args()
        })
        .unwrap();
    assert_eq!(some.total, 4);
    assert_eq!(some.items[0].owner_name, "Queue 007");
    let none_pending = store
        .all_hooks(&ListAllHooksArgs {
            pending: Some(true),
            ..args()
        })
        .unwrap();
    assert_eq!(none_pending.total, 0);
}

#[test]
fn search_matches_queue_flow_or_event_and_escapes_wildcards() {
    let dir = tempfile::tempdir().unwrap();
    let store = filled(&dir);
    let by_queue = store
        .all_hooks(&ListAllHooksArgs {
            search: "queue 01".into(),
            ..args()
        })
        .unwrap();
    assert_eq!(by_queue.total, 100, "queues 010 to 019");
    let by_flow = store
        .all_hooks(&ListAllHooksArgs {
            search: "flow 9".into(),
            ..args()
        })
        .unwrap();
    assert_eq!(by_flow.total, 300);
    let by_event = store
        .all_hooks(&ListAllHooksArgs {
            search: "MISSED".into(),
            ..args()
        })
        .unwrap();
    assert_eq!(by_event.total, 300);
    let wildcard = store
        .all_hooks(&ListAllHooksArgs {
            search: "%".into(),
            ..args()
        })
        .unwrap();
    assert_eq!(wildcard.total, 0);
}

#[test]
fn sort_and_deep_pages_are_stable_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    let store = filled(&dir);
    let sort = |column, direction| ListAllHooksArgs {
        sort: Some(RegistrySort { column, direction }),
        size: PageSize::new(1000),
        ..args()
    };
    let desc = store
        .all_hooks(&sort(RegistryColumn::Queue, SortDirection::Descending))
        .unwrap();
    assert_eq!(desc.items[0].owner_name, "Queue 300");
    let by_event = store
        .all_hooks(&sort(RegistryColumn::Event, SortDirection::Ascending))
        .unwrap();
    assert_eq!(by_event.items[0].hook.event, HookEvent::Joined);
    let by_state = store
        .all_hooks(&sort(RegistryColumn::State, SortDirection::Descending))
        .unwrap();
    assert!(by_state.items.iter().all(|r| r.hook.enabled));
    let by_flow = store
        .all_hooks(&sort(RegistryColumn::Flow, SortDirection::Descending))
        .unwrap();
    assert_eq!(by_flow.items[0].hook.flow.name, "Flow 9");

    let mut seen = std::collections::HashSet::new();
    for page in 1..=3 {
        let p = store
            .all_hooks(&ListAllHooksArgs {
                page,
                ..sort(RegistryColumn::Flow, SortDirection::Ascending)
            })
            .unwrap();
        assert_eq!(p.next, page < 3);
        for r in p.items {
            assert!(seen.insert((r.hook.owner, r.hook.id)));
        }
    }
    assert_eq!(seen.len(), 3000);
    let past_the_end = store
        .all_hooks(&ListAllHooksArgs { page: 99, ..args() })
        .unwrap();
    assert!(past_the_end.items.is_empty() && !past_the_end.next);
    assert_eq!(past_the_end.total, 3000);
}
