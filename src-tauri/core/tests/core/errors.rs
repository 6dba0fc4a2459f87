use webitel_hooks_model::commands::{CreateHookArgs, ListHooksArgs};
use webitel_hooks_model::{ErrorCode, HookDraft, HookEvent, PageSize, SchemaId};
use webitel_sim::Knobs;

use crate::support::{signed_in, SALES_EU};

fn hooks_page() -> ListHooksArgs {
    ListHooksArgs {
        owner: SALES_EU.into(),
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
            owner: SALES_EU.into(),
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

#[tokio::test]
async fn a_server_that_echoes_the_token_and_the_password_has_them_redacted_on_one_line() {
    let env = signed_in("admin").await;
    let issued = env.sim.issued_tokens();
    env.sim.set_knobs(Knobs {
        echo_secrets: true,
        ..Knobs::default()
    });
    // A call with the token: the server quotes it back.
    let err = env.registry.list_hooks(hooks_page()).await.unwrap_err();
    let told = webitel_hooks_model::AppError::from(&err);
    let said = serde_json::to_string(&told).unwrap();
    for token in &issued {
        assert!(
            !said.contains(token.as_str()),
            "the token came back: {said}"
        );
    }
    assert!(!told.message.contains('\n'), "{}", told.message);
    assert!(told.message.chars().count() < 600, "{}", told.message);
    assert!(told.message.contains("[redacted]"), "{}", told.message);

    // A sign-in: the server quotes the password back.
    let password = "tr0ub4dor-echo-77";
    let again =
        webitel_hooks_core::HookRegistry::new(webitel_hooks_core::Store::in_memory().unwrap());
    let err = again
        .sign_in(
            &env.sim.base_url(),
            &webitel_hooks_core::Credentials::new("admin@demo", password),
        )
        .await
        .unwrap_err();
    let said = serde_json::to_string(&webitel_hooks_model::AppError::from(&err)).unwrap();
    assert!(!said.contains(password), "the password came back: {said}");
}
