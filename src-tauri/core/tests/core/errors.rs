use webitel_hooks_model::commands::{CreateHookArgs, ListHooksArgs};
use webitel_hooks_model::{ErrorCode, HookDraft, HookEvent, PageSize, SchemaId};
use webitel_sim::Knobs;

use crate::support::{signed_in, SALES_EU};

fn hooks_page() -> ListHooksArgs {
    ListHooksArgs {
        queue_id: SALES_EU,
        page: 1,
        size: PageSize::DEFAULT,
        sort: None,
    }
}

#[tokio::test]
async fn an_unreadable_answer_and_a_server_failure_are_sentences() {
    let env = signed_in("admin").await;
    env.sim.set_knobs(Knobs {
        garbage_next: 1,
        ..Knobs::default()
    });
    let err = env.registry.list_hooks(hooks_page()).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Internal);
    assert!(
        err.to_string()
            .contains("sent an answer this app cannot read"),
        "{}",
        err.to_string()
    );

    env.sim.set_knobs(Knobs {
        fail_next: 1,
        failure_status: 500,
        ..Knobs::default()
    });
    let err = env.registry.list_hooks(hooks_page()).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Internal);
    assert!(err
        .to_string()
        .starts_with("The server at http://127.0.0.1:"));
    assert!(!err.to_string().contains("HTTP 500"), "{}", err.to_string());
    assert!(env.registry.list_hooks(hooks_page()).await.is_ok());
}

#[tokio::test]
async fn an_unknown_flow_is_refused_with_the_servers_words_only() {
    let env = signed_in("admin").await;
    let err = env
        .registry
        .create_hook(CreateHookArgs {
            queue_id: SALES_EU,
            draft: HookDraft {
                event: HookEvent::Joined,
                flow_id: SchemaId(9999),
            },
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Rejected);
    assert!(
        err.to_string().contains("foreign key"),
        "{}",
        err.to_string()
    );
    assert!(
        !err.to_string().contains("Disable the other"),
        "{}",
        err.to_string()
    );
}
