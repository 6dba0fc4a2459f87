//! A create is made once on the server, whatever happens to its answer: lost on the way back
//! (the server made the hook, the app never heard), or the app killed between the server's
//! answer and the cache's record (see `crash.rs`). The replay looks for the hook it made before
//! sending it again.

use webitel_hooks_core::{SyncOptions, SyncRunner};
use webitel_hooks_model::commands::CreateHookArgs;
use webitel_hooks_model::{HookDraft, HookEvent, SchemaId};
use webitel_sim::{Knobs, SimServer};

use crate::support::{reachable, signed_in, SALES_EU};

/// The flow of the hooks these tests create.
pub const FLOW: i64 = 101;

/// A `joined` hook in Sales Progressive EU, which has none.
pub fn joined_hook() -> CreateHookArgs {
    CreateHookArgs {
        owner: SALES_EU.into(),
        draft: HookDraft {
            event: HookEvent::Joined,
            flow_id: SchemaId(FLOW),
        },
    }
}

/// The `joined` hooks of Sales EU on the server.
pub fn joined_on_server(sim: &SimServer) -> Vec<webitel_sim::Hook> {
    sim.snapshot()
        .queue(SALES_EU.0)
        .unwrap()
        .hooks
        .iter()
        .filter(|h| h.event == "joined")
        .cloned()
        .collect()
}

/// The sim carries out the next create in Sales EU, then loses its answer.
pub fn lose_the_next_create(sim: &SimServer, hold: bool) {
    sim.set_knobs(Knobs {
        lose_answer_of: Some(format!("POST /api/call_center/queues/{}/hooks", SALES_EU.0)),
        lose_answer_next: 1,
        hold_lost_answers: hold,
        ..Knobs::default()
    });
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_is_made_once() {
    let env = signed_in("admin").await;
    assert!(joined_on_server(&env.sim).is_empty());

    lose_the_next_create(&env.sim, false);
    let kept = env.registry.create_hook(joined_hook()).await.unwrap();
    assert!(
        kept.id.0 < 0,
        "kept for later, with a stand-in id: {kept:?}"
    );
    let made = joined_on_server(&env.sim);
    assert_eq!(made.len(), 1, "the server made it, the app did not hear");

    reachable(&env.sim);
    let runner = SyncRunner::new(std::sync::Arc::new(env.registry), SyncOptions::default());
    for _ in 0..2 {
        let status = runner.sync_now().await;
        assert_eq!(status.last_error, None);
        assert_eq!((status.pending, status.conflicts), (0, 0));
    }
    let on_server = joined_on_server(&env.sim);
    assert_eq!(on_server.len(), 1, "one hook, not two: {on_server:?}");
    assert_eq!(on_server[0].schema_id, FLOW);
    assert!(on_server[0].enabled);
}

#[tokio::test]
async fn a_create_kept_offline_still_goes_when_the_same_flow_is_there_disabled() {
    // A disabled hook of the same event and flow that was there before is someone's, not the
    // create's: the create is still sent.
    let env = signed_in("admin").await;
    let queue = SALES_EU.0;
    let theirs = env
        .sim
        .with_data(|d| d.add_hook(queue, "joined", FLOW, false))
        .unwrap();
    env.all_hooks(SALES_EU).await;
    crate::support::unreachable(&env.sim);
    let kept = env.registry.create_hook(joined_hook()).await.unwrap();
    assert!(kept.id.0 < 0);

    reachable(&env.sim);
    let runner = SyncRunner::new(std::sync::Arc::new(env.registry), SyncOptions::default());
    let status = runner.sync_now().await;
    assert_eq!((status.pending, status.conflicts), (0, 0));
    let on_server = joined_on_server(&env.sim);
    assert_eq!(on_server.len(), 2, "{on_server:?}");
    assert!(on_server.iter().any(|h| h.id != theirs && h.enabled));
}
