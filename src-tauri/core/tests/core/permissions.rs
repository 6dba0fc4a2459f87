use webitel_hooks_model::commands::{
    CreateHookArgs, DeleteHooksArgs, SearchFlowsArgs, SetHookEnabledArgs, UpdateHookArgs,
};
use webitel_hooks_model::{ErrorCode, HookDraft, HookEvent, HookId, SchemaId};

use crate::support::{signed_in, SALES_EU};

#[tokio::test]
async fn a_viewer_reads_hooks_but_every_change_is_refused_before_the_server() {
    let env = signed_in("viewer").await;
    assert_eq!(env.all_hooks(SALES_EU).await.len(), 7);
    let before = env.sim.request_count();
    let draft = HookDraft {
        event: HookEvent::Joined,
        flow_id: SchemaId(101),
    };
    let refusals = [
        env.registry
            .create_hook(CreateHookArgs {
                owner: SALES_EU.into(),
                draft: draft.clone(),
            })
            .await
            .unwrap_err(),
        env.registry
            .update_hook(UpdateHookArgs {
                owner: SALES_EU.into(),
                hook_id: HookId(1),
                draft,
            })
            .await
            .unwrap_err(),
        env.registry
            .set_hook_enabled(SetHookEnabledArgs {
                owner: SALES_EU.into(),
                hook_id: HookId(1),
                enabled: false,
            })
            .await
            .unwrap_err(),
        env.registry
            .delete_hooks(DeleteHooksArgs {
                owner: SALES_EU.into(),
                hook_ids: vec![HookId(1)],
            })
            .await
            .unwrap_err(),
    ];
    for err in refusals {
        assert_eq!(err.code(), ErrorCode::Forbidden);
        assert!(
            err.to_string().contains("not change"),
            "{}",
            err.to_string()
        );
    }
    assert_eq!(
        env.sim.request_count(),
        before,
        "no change reached the server"
    );
    assert_eq!(env.sim.snapshot().queue(1).unwrap().hooks.len(), 7);
}

#[tokio::test]
async fn a_user_who_may_not_read_flows_gets_the_reason_without_a_call() {
    let env = signed_in("noflows").await;
    let before = env.sim.request_count();
    let err = env
        .registry
        .search_flows(SearchFlowsArgs {
            search: String::new(),
            page: 1,
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Forbidden);
    assert!(
        err.to_string().contains("flow schemas"),
        "{}",
        err.to_string()
    );
    assert_eq!(env.sim.request_count(), before);
}
