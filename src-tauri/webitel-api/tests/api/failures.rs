//! One test per failure a person can meet, and what the client makes of it.

use std::time::Duration;

use webitel_api::{
    AccessToken, Client, ErrorKind, HookEvent, HookId, HookInput, HookPatch, HookQuery, QueueQuery,
    SchemaQuery, TlsProblem,
};
use webitel_sim::Knobs;

use crate::support::{admin, client, empty_queue, fast_retry, progressive, signed_in, sim};

#[tokio::test]
async fn no_token_and_expired_token_are_unauthenticated() {
    let sim = sim().await;
    let err = client(&sim)
        .queues()
        .list(&QueueQuery::new())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
    assert_eq!(err.engine_id(), Some("app.session.unauthenticated"));

    let client = admin(&sim).await;
    sim.expire_tokens();
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
    assert_eq!(
        err.engine_id(),
        Some("api.context.session_expired.app_error")
    );
    let text = err.to_string();
    assert!(text.starts_with("You are not signed in"), "{text}");
    sim.shutdown().await;
}

#[tokio::test]
async fn a_viewer_may_not_change_and_noflows_may_not_list_flows() {
    let sim = sim().await;
    let viewer = signed_in(&sim, "viewer").await;
    let queue = progressive(&sim);
    let hooks = viewer.hooks(queue).list(&HookQuery::new()).await.unwrap();
    let id = hooks.items[0].id;
    let err = viewer
        .hooks(queue)
        .patch(id, &HookPatch::new().enabled(false))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Forbidden);
    assert_eq!(err.status(), Some(403));
    assert_eq!(err.engine_id(), Some("api.context.permissions.app_error"));
    assert!(err.message().is_some_and(|m| m.contains("cc_queue")));

    let noflows = signed_in(&sim, "noflows").await;
    let err = noflows
        .schemas()
        .list(&SchemaQuery::for_hooks())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Forbidden);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_missing_hook_is_not_found_on_every_call() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let hooks = client.hooks(progressive(&sim));
    let gone = HookId(424_242);
    let patch = hooks
        .patch(gone, &HookPatch::new().enabled(true))
        .await
        .unwrap_err();
    let delete = hooks.delete(gone).await.unwrap_err();
    let flow = client
        .schemas()
        .list(&SchemaQuery::for_hooks().size(1))
        .await
        .unwrap()
        .items[0]
        .id;
    let replace = hooks
        .replace(gone, &HookInput::new(HookEvent::Leaving, flow, false))
        .await
        .unwrap_err();
    for err in [patch, delete, replace] {
        assert_eq!(err.kind(), ErrorKind::NotFound, "{err}");
        assert_eq!(err.status(), Some(500));
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn a_second_enabled_hook_for_one_event_is_rejected_with_the_engine_sentence() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let hooks = client.hooks(empty_queue(&sim));
    let flow = client
        .schemas()
        .list(&SchemaQuery::for_hooks().size(1))
        .await
        .unwrap()
        .items[0]
        .id;
    hooks
        .create(&HookInput::new(HookEvent::Missed, flow, true))
        .await
        .unwrap();
    let err = hooks
        .create(&HookInput::new(HookEvent::Missed, flow, true))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Rejected);
    assert_eq!(err.status(), Some(400));
    assert_eq!(
        err.engine_id(),
        Some("store.sql_queue_hook.create.app_error")
    );
    assert!(
        err.message().is_some_and(|m| m.contains("duplicate key")),
        "{err}"
    );
    assert!(err.to_string().contains("duplicate key"));
    // A disabled duplicate is allowed; enabling it is refused by the update rule.
    let twin = hooks
        .create(&HookInput::new(HookEvent::Missed, flow, false))
        .await
        .unwrap();
    let err = hooks
        .patch(twin.id, &HookPatch::new().enabled(true))
        .await
        .unwrap_err();
    assert_eq!(
        err.engine_id(),
        Some("store.sql_queue_hook.update.app_error")
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn rate_limited_twice_then_success() {
    let sim = sim().await;
    let client = admin(&sim).await;
    sim.set_knobs(Knobs {
        fail_next: 2,
        failure_status: 429,
        ..Knobs::default()
    });
    let before = sim.request_count();
    let page = client.queues().list(&QueueQuery::new()).await.unwrap();
    assert!(!page.items.is_empty());
    assert_eq!(
        sim.request_count() - before,
        3,
        "two 429 answers, then the success"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn unavailable_until_the_retries_run_out() {
    let sim = sim().await;
    let client = admin(&sim).await;
    sim.set_knobs(Knobs {
        fail_next: 10,
        failure_status: 503,
        ..Knobs::default()
    });
    let before = sim.request_count();
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    assert_eq!(err.status(), Some(503));
    let tries = u64::from(fast_retry().max_retries) + 1;
    assert_eq!(sim.request_count() - before, tries);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let sim = sim().await;
    let token = AccessToken::new(sim.token_for("admin").unwrap());
    sim.set_knobs(Knobs {
        latency_ms: 1_500,
        ..Knobs::default()
    });
    let client = Client::builder(sim.api_url())
        .timeout(Duration::from_millis(200))
        .retry_policy(fast_retry())
        .token(token)
        .build()
        .unwrap();
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    sim.shutdown().await;
}

#[tokio::test]
async fn a_garbage_body_is_a_decode_error() {
    let sim = sim().await;
    let client = admin(&sim).await;
    sim.set_knobs(Knobs {
        garbage_next: 1,
        ..Knobs::default()
    });
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(client.queues().list(&QueueQuery::new()).await.is_ok());
    sim.shutdown().await;
}

#[tokio::test]
async fn a_dropped_connection_is_a_connection_error() {
    let sim = sim().await;
    let client = admin(&sim).await;
    sim.set_knobs(Knobs {
        drop_next: 1,
        ..Knobs::default()
    });
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connect, "{err}");
    sim.shutdown().await;
}

#[tokio::test]
async fn a_refused_connection_is_a_connection_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder(format!("http://{addr}")).build().unwrap();
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connect, "{err}");
}

#[tokio::test]
async fn https_to_a_plain_http_server_is_a_tls_error() {
    let sim = sim().await;
    let client = Client::builder(format!("https://{}", sim.addr()))
        .build()
        .unwrap();
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Tls, "{err}");
    assert_eq!(err.tls_problem(), Some(&TlsProblem::NotTls));
    assert!(err.to_string().contains("http://"), "{err}");
    sim.shutdown().await;
}
