//! The sentences the user reads for what the engine really answers, one test per case, against
//! the stand-in server answering as webitel/engine does (app/cc_queue_hook.go and
//! store/sqlstore/cc_queue_hook_store.go; tests/webitel-sim/README.md cites each rule):
//! - a queue that is gone: its hook list is an empty 200, reading the queue a 404
//!   `store.sql_queue.get.app_error`, a create into it a 404 `store.sql_queue_hook.create.app_error`;
//! - a hook that is gone: a 404 `store.sql_queue_hook.get.app_error` (`Id=N, sql: no rows in
//!   result set`) for read, replace, patch and delete alike;
//! - a second enabled hook of one event: a 400 naming `cc_queue_events_queue_id_event_uindex`.

use webitel_hooks_model::commands::{
    CreateHookArgs, HookRef, ListHooksArgs, SetHookEnabledArgs, UpdateHookArgs,
};
use webitel_hooks_model::{ErrorCode, HookDraft, HookEvent, HookId, PageSize, SchemaId};

use crate::support::{signed_in, SALES_EU};

const QUEUE_GONE: &str =
    "This queue no longer exists on the server. Refresh the queue list and pick another queue.";
const HOOK_GONE: &str =
    "This hook no longer exists on the server. Refresh to see the current list.";

fn first_page() -> ListHooksArgs {
    ListHooksArgs {
        owner: SALES_EU.into(),
        page: 1,
        size: PageSize::new(10),
        sort: None,
    }
}

fn draft(event: HookEvent, flow: i64) -> HookDraft {
    HookDraft {
        event,
        flow_id: SchemaId(flow),
    }
}

#[tokio::test]
async fn a_queue_gone_on_the_server_says_so_when_its_hooks_are_read_or_one_is_added() {
    let env = signed_in("admin").await;
    let shown = env.registry.list_hooks(first_page()).await.unwrap();
    assert!(!shown.items.is_empty());
    env.sim.with_data(|d| d.remove_queue(SALES_EU.0)).unwrap();

    // The engine lists no hooks rather than failing: the app must not show an empty queue.
    let err = env.registry.list_hooks(first_page()).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(err.to_string(), QUEUE_GONE);
    assert!(
        env.registry
            .store()
            .owner_hooks(SALES_EU.into())
            .unwrap()
            .is_empty(),
        "the gone queue's hooks leave the cache (none had a change waiting)"
    );

    let err = env
        .registry
        .create_hook(CreateHookArgs {
            owner: SALES_EU.into(),
            draft: draft(HookEvent::Joined, 101),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(err.to_string(), QUEUE_GONE, "not a hook that is gone");
}

#[tokio::test]
async fn an_empty_queue_that_exists_is_shown_empty() {
    let env = signed_in("admin").await;
    let empty = env.sim.snapshot().queue_without_hooks().unwrap();
    let page = env
        .registry
        .list_hooks(ListHooksArgs {
            owner: webitel_hooks_model::QueueId(empty).into(),
            ..first_page()
        })
        .await
        .unwrap();
    assert!(page.items.is_empty());
}

#[tokio::test]
async fn a_hook_gone_on_the_server_says_so_when_read_edited_or_switched() {
    let env = signed_in("admin").await;
    env.registry.list_hooks(first_page()).await.unwrap();
    env.sim.with_data(|d| d.remove_hook(3)).unwrap();
    let gone = HookId(3);

    let read = env
        .registry
        .get_hook(HookRef {
            owner: SALES_EU.into(),
            hook_id: gone,
        })
        .await
        .unwrap_err();
    let edit = env
        .registry
        .update_hook(UpdateHookArgs {
            owner: SALES_EU.into(),
            hook_id: gone,
            draft: draft(HookEvent::Missed, 101),
        })
        .await
        .unwrap_err();
    let switch = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_EU.into(),
            hook_id: gone,
            enabled: false,
        })
        .await
        .unwrap_err();
    for err in [read, edit, switch] {
        assert_eq!(err.code(), ErrorCode::NotFound, "{err:?}");
        assert_eq!(err.to_string(), HOOK_GONE);
    }
}

#[tokio::test]
async fn a_second_enabled_hook_of_an_event_is_refused_in_one_sentence_naming_the_event() {
    let env = signed_in("admin").await;
    // The switch is used on a row the window shows: the page was read.
    env.registry.list_hooks(first_page()).await.unwrap();
    let before = env.sim.snapshot().hook_count();
    // The demo's first queue has an enabled `bridged` hook and a disabled `leaving` (hook 4)
    // beside an enabled one.
    let create = env
        .registry
        .create_hook(CreateHookArgs {
            owner: SALES_EU.into(),
            draft: draft(HookEvent::Bridged, 103),
        })
        .await
        .unwrap_err();
    let enable = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(4),
            enabled: true,
        })
        .await
        .unwrap_err();
    for (err, event) in [(create, "Bridged"), (enable, "Leaving")] {
        assert_eq!(err.code(), ErrorCode::Rejected, "{err:?}");
        let told = err.to_string();
        assert!(
            told.ends_with(&format!(
                "only one hook per event may be enabled. Disable the other {event} hook first."
            )),
            "{told}"
        );
        assert!(
            !told.contains("cc_queue_events") && !told.contains("duplicate key"),
            "the database's words are for the log: {told}"
        );
    }
    assert_eq!(env.sim.snapshot().hook_count(), before);
}
