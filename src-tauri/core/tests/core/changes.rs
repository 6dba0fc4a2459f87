use webitel_hooks_model::commands::{CreateHookArgs, SetHookEnabledArgs, UpdateHookArgs};
use webitel_hooks_model::{ErrorCode, HookDraft, HookEvent, HookId, SchemaId};

use crate::support::{signed_in, SALES_EU};

fn draft(event: HookEvent, flow: i64) -> HookDraft {
    HookDraft {
        event,
        flow_id: SchemaId(flow),
    }
}

#[tokio::test]
async fn a_new_hook_is_created_enabled_and_cached() {
    let env = signed_in("admin").await;
    let queue = webitel_hooks_model::QueueId(env.sim.queue_without_hooks().unwrap());
    let hook = env
        .registry
        .create_hook(CreateHookArgs {
            owner: queue.into(),
            draft: draft(HookEvent::Bridged, 101),
        })
        .await
        .unwrap();
    assert!(hook.enabled);
    assert_eq!(hook.owner, queue.into());
    assert_eq!(hook.flow.name, "CRM: log call result");
    let on_server = env.server_hook(hook.id.0).unwrap();
    assert!(on_server.enabled);
    assert_eq!(
        (on_server.event.as_str(), on_server.schema_id),
        ("bridged", 101)
    );
    let cached = env
        .registry
        .store()
        .hook(queue.into(), hook.id)
        .unwrap()
        .unwrap();
    assert_eq!(cached.hook, hook);
}

#[tokio::test]
async fn switching_on_a_disabled_duplicate_is_refused_and_off_is_kept() {
    let env = signed_in("admin").await;
    env.all_hooks(SALES_EU).await;
    // Hook 4 is the disabled `leaving` beside the enabled hook 5.
    let err = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(4),
            enabled: true,
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Rejected);
    assert!(err.to_string().ends_with(
        "only one hook per event may be enabled. Disable the other Leaving hook first."
    ));
    assert!(!env.server_hook(4).unwrap().enabled);

    let off = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(5),
            enabled: false,
        })
        .await
        .unwrap();
    assert!(!off.enabled);
    let on_server = env.server_hook(5).unwrap();
    assert!(!on_server.enabled);
    assert_eq!(
        (on_server.event.as_str(), on_server.schema_id),
        ("leaving", 113),
        "only `enabled` changed"
    );
    let cached = env
        .registry
        .store()
        .hook(SALES_EU.into(), HookId(5))
        .unwrap()
        .unwrap();
    assert!(!cached.hook.enabled);

    let on = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(4),
            enabled: true,
        })
        .await
        .unwrap();
    assert!(on.enabled, "with the other one off, the server accepts it");
}

#[tokio::test]
async fn an_edit_keeps_the_state_the_hook_has_on_the_server() {
    let env = signed_in("admin").await;
    // Hook 7 is a disabled `missed`; hook 2 the enabled `bridged`.
    let edited = env
        .registry
        .update_hook(UpdateHookArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(7),
            draft: draft(HookEvent::Offering, 110),
        })
        .await
        .unwrap();
    assert!(!edited.enabled);
    assert_eq!(edited.event, HookEvent::Offering);
    assert_eq!(edited.flow.id, SchemaId(110));
    let on_server = env.server_hook(7).unwrap();
    assert_eq!(
        (
            on_server.event.as_str(),
            on_server.schema_id,
            on_server.enabled
        ),
        ("offering", 110, false)
    );

    // Switched on behind the app's back: the edit re-reads and keeps it on.
    env.sim
        .with_data(|d| d.update_hook(7, |h| h.event = "joined".into()))
        .unwrap();
    env.sim
        .with_data(|d| d.update_hook(7, |h| h.enabled = true))
        .unwrap();
    let edited = env
        .registry
        .update_hook(UpdateHookArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(7),
            draft: draft(HookEvent::Answered, 102),
        })
        .await
        .unwrap();
    assert!(edited.enabled);
    assert!(env.server_hook(7).unwrap().enabled);
    let cached = env
        .registry
        .store()
        .hook(SALES_EU.into(), HookId(7))
        .unwrap()
        .unwrap();
    assert_eq!(cached.hook, edited);
}

#[tokio::test]
async fn an_edit_of_a_hook_gone_meanwhile_says_so() {
    let env = signed_in("admin").await;
    env.sim.with_data(|d| d.remove_hook(3)).unwrap();
    let err = env
        .registry
        .update_hook(UpdateHookArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(3),
            draft: draft(HookEvent::Missed, 101),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[tokio::test]
async fn a_draft_outside_the_eight_events_or_without_flow_is_refused_locally() {
    let env = signed_in("admin").await;
    let before = env.sim.request_count();
    for bad in [
        draft(HookEvent::Other("waiting".into()), 101),
        // A team's event, which no queue fires.
        draft(HookEvent::AgentStatus, 101),
        draft(HookEvent::Missed, 0),
    ] {
        let err = env
            .registry
            .create_hook(CreateHookArgs {
                owner: SALES_EU.into(),
                draft: bad,
            })
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
    }
    assert_eq!(env.sim.request_count(), before);
}
