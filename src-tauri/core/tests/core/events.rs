//! The "More events": a queue hook that starts on the dialer's attempt state `wait_agent`
//! (webitel/call_center queue/attempt.go, `Attempt.SetState` starts the queue's hook named after
//! the state), against the stand-in server, which stores any event string as the engine does
//! (webitel/engine model/cc_queue_hook.go: `QueueHook.IsValid` checks nothing). Created, synced,
//! listed, filtered, switched, kept offline; refused before sending where the queue's type never
//! sets that state, and where the owner cannot have the event at all.

use std::sync::Arc;

use webitel_hooks_core::{HookRegistry, SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{
    CreateHookArgs, ListHooksArgs, ListQueuesArgs, SetHookEnabledArgs, UpdateHookArgs,
};
use webitel_hooks_model::{
    ErrorCode, HookDraft, HookEvent, HookId, HookOwner, ListAllHooksArgs, PageSize, QueueId,
    SchemaId, TeamId,
};

use webitel_sim::SimServer;

use crate::support::{reachable, signed_in, unreachable, Env};

fn draft(event: HookEvent, flow: i64) -> HookDraft {
    HookDraft {
        event,
        flow_id: SchemaId(flow),
    }
}

/// The demo queue of that name, as the server lists it (the cache learns of it too).
async fn queue_named(env: &Env, name: &str) -> QueueId {
    let queues = env
        .registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    queues
        .iter()
        .find(|q| q.name == name)
        .unwrap_or_else(|| panic!("no queue {name}"))
        .id
}

/// The queue's hooks on the server: (id, event, flow, enabled), by id.
fn on_server(sim: &SimServer, queue: QueueId) -> Vec<(u32, String, i64, bool)> {
    let data = sim.snapshot();
    let mut hooks: Vec<_> = data
        .queues
        .iter()
        .find(|q| q.id == queue.0)
        .map(|q| {
            q.hooks
                .iter()
                .map(|h| (h.id, h.event.clone(), h.schema_id, h.enabled))
                .collect()
        })
        .unwrap_or_default();
    hooks.sort();
    hooks
}

async fn sync(registry: &Arc<HookRegistry>) {
    let status = SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;
    assert_eq!(status.pending, 0, "{status:?}");
    assert!(status.last_error.is_none(), "{status:?}");
}

fn page(queue: QueueId) -> ListHooksArgs {
    ListHooksArgs {
        owner: queue.into(),
        page: 1,
        size: PageSize::new(100),
        sort: None,
    }
}

#[tokio::test]
async fn a_wait_agent_hook_is_created_synced_listed_switched_and_kept_offline() {
    let env = signed_in("admin").await;
    let inbound = queue_named(&env, "Support Inbound").await;
    let predictive = queue_named(&env, "Predictive Campaign Q3").await;

    let created = env
        .registry
        .create_hook(CreateHookArgs {
            owner: inbound.into(),
            draft: draft(HookEvent::WaitAgent, 103),
        })
        .await
        .unwrap();
    assert_eq!(
        (created.event.clone(), created.enabled),
        (HookEvent::WaitAgent, true)
    );
    let id = u32::try_from(created.id.0).unwrap();
    assert!(
        on_server(&env.sim, inbound).contains(&(id, "wait_agent".into(), 103, true)),
        "the server stores the dialer's spelling: {:?}",
        on_server(&env.sim, inbound)
    );

    // The engine's unique index covers every event string: a second enabled wait_agent hook is
    // refused, and the sentence names the event as the window does.
    let second = env
        .registry
        .create_hook(CreateHookArgs {
            owner: inbound.into(),
            draft: draft(HookEvent::WaitAgent, 104),
        })
        .await
        .unwrap_err();
    assert!(
        second.to_string().contains("Wait agent"),
        "{}",
        second.to_string()
    );

    let registry = Arc::new(env.registry);
    sync(&registry).await;
    let rows = registry.list_hooks(page(inbound)).await.unwrap();
    let row = rows
        .items
        .iter()
        .find(|r| r.hook.id == created.id)
        .expect("the synced hook is listed");
    assert_eq!(row.hook.event, HookEvent::WaitAgent);
    // The all-hooks registry's Event filter finds it, and only hooks of that event.
    let filtered = registry
        .list_all_hooks(&ListAllHooksArgs {
            events: vec![HookEvent::WaitAgent],
            page: 1,
            size: PageSize::new(100),
            ..ListAllHooksArgs::default()
        })
        .unwrap();
    assert_eq!(filtered.total, 1);
    assert_eq!(filtered.items[0].hook.id, created.id);

    let switched = registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: inbound.into(),
            hook_id: created.id,
            enabled: false,
        })
        .await
        .unwrap();
    assert!(!switched.enabled);
    assert!(on_server(&env.sim, inbound).contains(&(id, "wait_agent".into(), 103, false)));

    // Offline, a wait_agent hook of a predictive queue waits in the outbox as any other and
    // reaches the server with the same spelling once it is back.
    unreachable(&env.sim);
    let kept = registry
        .create_hook(CreateHookArgs {
            owner: predictive.into(),
            draft: draft(HookEvent::WaitAgent, 105),
        })
        .await
        .unwrap();
    assert!(kept.id.0 < 0, "a stand-in id while it waits: {kept:?}");
    let waiting = registry.list_hooks(page(predictive)).await.unwrap();
    assert!(waiting
        .items
        .iter()
        .any(|r| r.pending && r.hook.event == HookEvent::WaitAgent));
    reachable(&env.sim);
    sync(&registry).await;
    assert!(
        on_server(&env.sim, predictive)
            .iter()
            .any(|(_, event, flow, enabled)| event == "wait_agent" && *flow == 105 && *enabled),
        "{:?}",
        on_server(&env.sim, predictive)
    );
}

#[tokio::test]
async fn an_event_the_owner_can_never_fire_is_refused_before_anything_is_sent() {
    let env = signed_in("admin").await;
    let progressive = queue_named(&env, "Sales Progressive EU").await;
    let before = on_server(&env.sim, progressive);

    // A Progressive Dialer reserves its agent before it calls: the attempt never waits for one.
    let refused = env
        .registry
        .create_hook(CreateHookArgs {
            owner: progressive.into(),
            draft: draft(HookEvent::WaitAgent, 101),
        })
        .await
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::InvalidInput);
    assert_eq!(
        refused.to_string(),
        "That event never fires on a Progressive Dialer queue, so the hook would never start its flow. Pick an event the list offers for this queue, then save again."
    );
    // An edit to it is refused the same way; the hook keeps its event.
    let edit = env
        .registry
        .update_hook(UpdateHookArgs {
            owner: progressive.into(),
            hook_id: HookId(1),
            draft: draft(HookEvent::WaitAgent, 104),
        })
        .await
        .unwrap_err();
    assert_eq!(edit.code(), ErrorCode::InvalidInput);

    // Offline it is not kept for later either: nothing waits, nothing reaches the server.
    unreachable(&env.sim);
    let offline = env
        .registry
        .create_hook(CreateHookArgs {
            owner: progressive.into(),
            draft: draft(HookEvent::WaitAgent, 101),
        })
        .await
        .unwrap_err();
    assert_eq!(offline.code(), ErrorCode::InvalidInput);
    reachable(&env.sim);

    // A queue never has a team's event, a team never a queue's, and nobody an event the app
    // does not know.
    for (owner, event) in [
        (HookOwner::Queue(progressive), HookEvent::AgentStatus),
        (
            HookOwner::Queue(progressive),
            HookEvent::Other("waiting".into()),
        ),
        (HookOwner::Team(TeamId(1)), HookEvent::WaitAgent),
    ] {
        let err = env
            .registry
            .create_hook(CreateHookArgs {
                owner,
                draft: draft(event.clone(), 101),
            })
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{owner:?} {event}");
    }

    let registry = Arc::new(env.registry);
    sync(&registry).await;
    assert_eq!(on_server(&env.sim, progressive), before);
    let rows = registry.list_hooks(page(progressive)).await.unwrap();
    assert!(rows.items.iter().all(|r| !r.pending));
    assert!(rows
        .items
        .iter()
        .all(|r| r.hook.event != HookEvent::WaitAgent));
}
