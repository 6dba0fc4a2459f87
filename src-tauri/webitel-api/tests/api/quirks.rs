//! One test per quirk of the engine the client absorbs.

use std::time::{Duration, Instant};

use webitel_api::{
    AccessToken, Client, Credentials, ErrorKind, HookEvent, HookId, HookInput, HookQuery,
    LoginOutcome, QueueId, QueueQuery, RetryPolicy, SchemaQuery,
};

use crate::support::{
    admin, canned, client_for, empty_queue, fake, progressive, raw_get, sim, Canned,
};

#[tokio::test]
async fn int64_ids_arrive_as_strings_and_are_read() {
    let sim = sim().await;
    let token = sim.token_for("admin").unwrap();
    let raw = raw_get(&sim, &token, "/call_center/queues?size=1").await;
    assert!(raw["items"][0]["id"].is_string(), "{raw}");
    let client = admin(&sim).await;
    let page = client
        .queues()
        .list(&QueueQuery::new().size(1))
        .await
        .unwrap();
    assert_eq!(
        raw["items"][0]["id"].as_str().unwrap(),
        page.items[0].id.to_string()
    );
    let flows = raw_get(&sim, &token, "/routing/schema?size=1").await;
    assert!(flows["items"][0]["id"].is_string(), "{flows}");
    sim.shutdown().await;
}

#[tokio::test]
async fn a_disabled_hook_arrives_without_enabled() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let queue = empty_queue(&sim);
    let flows = client
        .schemas()
        .list(&SchemaQuery::for_hooks().size(1))
        .await
        .unwrap();
    let hook = client
        .hooks(queue)
        .create(&HookInput::new(
            HookEvent::Offering,
            flows.items[0].id,
            false,
        ))
        .await
        .unwrap();
    let token = sim.token_for("admin").unwrap();
    let raw = raw_get(
        &sim,
        &token,
        &format!("/call_center/queues/{queue}/hooks/{}", hook.id),
    )
    .await;
    assert!(raw.get("enabled").is_none(), "{raw}");
    assert!(raw["schema"]["id"].is_string(), "{raw}");
    assert!(!client.hooks(queue).get(hook.id).await.unwrap().enabled);
    sim.shutdown().await;
}

#[tokio::test]
async fn the_queue_without_hooks_answers_an_empty_object() {
    let sim = sim().await;
    let queue = empty_queue(&sim);
    let token = sim.token_for("admin").unwrap();
    let raw = raw_get(&sim, &token, &format!("/call_center/queues/{queue}/hooks")).await;
    assert_eq!(raw, serde_json::json!({}));
    let page = admin(&sim)
        .await
        .hooks(queue)
        .list(&HookQuery::new())
        .await
        .unwrap();
    assert!(page.items.is_empty() && !page.next);
    sim.shutdown().await;
}

#[tokio::test]
async fn server_url_with_or_without_api_and_slash() {
    let sim = sim().await;
    let token = AccessToken::new(sim.token_for("viewer").unwrap());
    let base = sim.base_url();
    for server in [
        base.clone(),
        format!("{base}/"),
        format!("{base}/api"),
        format!("{base}/api/"),
    ] {
        let client = client_for(&server).with_token(token.clone());
        assert_eq!(client.base_url().as_str(), format!("{base}/api/"));
        let page = client
            .queues()
            .list(&QueueQuery::new().size(1))
            .await
            .unwrap();
        assert_eq!(page.items.len(), 1, "{server}");
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn sort_plus_arrives_as_a_plus() {
    let server = fake(vec![canned(200, "{}")]).await;
    let client = client_for(&server.url()).with_token(AccessToken::new("t"));
    let query = HookQuery::new()
        .sort("+event")
        .fields(["id", "event"])
        .event(HookEvent::Leaving);
    client.hooks(QueueId(7)).list(&query).await.unwrap();
    let seen = server.requests();
    assert_eq!(
        seen[0].target,
        "/api/call_center/queues/7/hooks?event=leaving&fields=id&fields=event&sort=%2Bevent"
    );
    // And the sim sorts both ways by what arrives.
    let sim = sim().await;
    let client = admin(&sim).await;
    let hooks = client.hooks(progressive(&sim));
    let up = hooks.list(&HookQuery::new().sort("+event")).await.unwrap();
    let down = hooks.list(&HookQuery::new().sort("-event")).await.unwrap();
    let mut reversed = up.items.clone();
    reversed.reverse();
    assert_eq!(
        down.items
            .iter()
            .map(|h| h.event.clone())
            .collect::<Vec<_>>(),
        reversed.iter().map(|h| h.event.clone()).collect::<Vec<_>>()
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn a_not_found_that_arrives_as_http_500() {
    let sim = sim().await;
    let err = admin(&sim)
        .await
        .hooks(progressive(&sim))
        .get(HookId(999_999))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.code(), Some(404));
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.engine_id(), Some("store.sql_queue_hook.get.app_error"));
    sim.shutdown().await;
}

#[tokio::test]
async fn an_unknown_event_survives_a_round_trip() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let queue = empty_queue(&sim);
    let flow = client
        .schemas()
        .list(&SchemaQuery::for_hooks().size(1))
        .await
        .unwrap()
        .items[0]
        .id;
    let odd = HookEvent::Other("waiting".into());
    let hook = client
        .hooks(queue)
        .create(&HookInput::new(odd.clone(), flow, false))
        .await
        .unwrap();
    assert_eq!(hook.event, odd);
    let read = client.hooks(queue).get(hook.id).await.unwrap();
    let again = client
        .hooks(queue)
        .replace(hook.id, &read.to_input().unwrap())
        .await
        .unwrap();
    assert_eq!(again, read);
    assert_eq!(again.event, odd);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_server_without_the_plural_hook_path_is_asked_on_the_singular_one() {
    let server = fake(vec![
        canned(404, ""),
        canned(
            200,
            r#"{"items":[{"id":1,"event":"leaving","schema":{"id":"3","name":"F"}}]}"#,
        ),
        canned(
            200,
            r#"{"id":1,"event":"leaving","schema":{"id":"3"},"enabled":true}"#,
        ),
    ])
    .await;
    let client = client_for(&server.url()).with_token(AccessToken::new("t"));
    let page = client
        .hooks(QueueId(5))
        .list(&HookQuery::new())
        .await
        .unwrap();
    assert_eq!(page.items[0].id, HookId(1));
    let hook = client.hooks(QueueId(5)).get(HookId(1)).await.unwrap();
    assert!(hook.enabled);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/api/call_center/queues/5/hooks",
            "/api/call_center/queues/5/hook",
            "/api/call_center/queues/5/hook/1"
        ]
    );
}

#[tokio::test]
async fn login_sends_the_domain_both_ways_without_a_token_and_reads_the_authorization_shape() {
    let server = fake(vec![canned(
        200,
        r#"{"authorization":{"access_token":"abc","token_type":"bearer","expires_in":"60","refresh_token":"r"}}"#,
    )])
    .await;
    let client = client_for(&server.url()).with_token(AccessToken::new("old"));
    let outcome = client
        .auth()
        .login(&Credentials::new("admin@demo", "pw"))
        .await
        .unwrap();
    let LoginOutcome::Signed(session) = outcome else {
        panic!("signed")
    };
    assert_eq!(session.token.expose_secret(), "abc");
    assert_eq!(session.expires_in, Some(Duration::from_secs(60)));
    let seen = &server.requests()[0];
    assert_eq!(
        (seen.method.as_str(), seen.target.as_str()),
        ("POST", "/api/login")
    );
    assert!(seen.header("x-webitel-access").is_none());
    let body: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"username":"admin@demo","password":"pw","domain":"demo"})
    );
    assert_eq!(
        seen.header("user-agent"),
        Some(concat!("webitel-hooks/", env!("CARGO_PKG_VERSION")))
    );
}

#[tokio::test]
async fn the_google_rpc_status_shape_is_read_too() {
    let server = fake(vec![canned(
        500,
        r#"{"code":5,"message":"hook not found","details":[]}"#,
    )])
    .await;
    let client = client_for(&server.url()).with_token(AccessToken::new("t"));
    let err = client.hooks(QueueId(1)).get(HookId(2)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.message(), Some("hook not found"));
    assert_eq!(server.requests()[0].header("x-webitel-access"), Some("t"));
}

#[tokio::test]
async fn retry_after_seconds_are_honoured() {
    let busy = Canned {
        status: 429,
        headers: vec![("retry-after", "1".into())],
        body: String::new(),
    };
    let server = fake(vec![
        busy,
        canned(200, r#"{"items":[{"id":"4","name":"Q"}]}"#),
    ])
    .await;
    let client = Client::builder(server.url())
        .retry_policy(RetryPolicy {
            max_retries: 1,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_secs(3),
        })
        .token(AccessToken::new("t"))
        .build()
        .unwrap();
    let started = Instant::now();
    let page = client.queues().list(&QueueQuery::new()).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(page.items[0].id, QueueId(4));
    assert_eq!(server.requests().len(), 2);
}
