//! The engine's rules for hooks, and its answers to bad input.

use super::*;

#[tokio::test]
async fn one_enabled_hook_per_event_per_queue() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let enabled_event = sim.with_data(|d| {
        d.queue(q)
            .unwrap()
            .hooks
            .iter()
            .find(|h| h.enabled)
            .unwrap()
            .event
            .clone()
    });
    let path = hooks_path(q);
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": enabled_event, "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_queue_hook.create.app_error");
    assert_eq!(err["code"], 400);
    assert_eq!(err["status"], "Bad Request");
    // In the store's words: the engine's index, after `event=` on a create (webitel/engine
    // store/sqlstore/cc_queue_hook_store.go, Create; the index from webitel/call_center).
    assert_eq!(
        err["detail"],
        format!(
            "event={enabled_event}, pq: duplicate key value violates unique constraint \"cc_queue_events_queue_id_event_uindex\""
        )
    );

    // A disabled duplicate is allowed; without `enabled` the hook is stored disabled.
    let (status, dup) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": enabled_event, "schema": {"id": 101}}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(dup.get("enabled").is_none());
    assert_eq!(
        dup["schema"],
        json!({"id": "101", "name": "CRM: log call result"})
    );
    let id = dup["id"].as_u64().unwrap();

    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::PATCH,
        &format!("{path}/{id}"),
        json!({"fields": ["enabled"], "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_queue_hook.update.app_error");
    // An update's words are the database's alone (cc_queue_hook_store.go, Update).
    assert_eq!(
        err["detail"],
        "pq: duplicate key value violates unique constraint \"cc_queue_events_queue_id_event_uindex\""
    );
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::PUT,
        &format!("{path}/{id}"),
        json!({"event": enabled_event, "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_queue_hook.update.app_error");

    // PUT without a schema, or with an unknown one, is refused.
    let (status, _) = send(
        &sim,
        &c,
        &t,
        Method::PUT,
        &format!("{path}/{id}"),
        json!({"event": "joined", "enabled": false}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": "joined", "schema": {"id": "999999"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_queue_hook.create.app_error");
    // PUT on another event may enable it; a missing `enabled` turns it off again.
    let (status, put) = send(
        &sim,
        &c,
        &t,
        Method::PUT,
        &format!("{path}/{id}"),
        json!({"event": "answered", "schema": {"id": "102"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(put["enabled"], true);
    let (_, put) = send(
        &sim,
        &c,
        &t,
        Method::PUT,
        &format!("{path}/{id}"),
        json!({"event": "answered", "schema": {"id": "102"}}),
    )
    .await;
    assert!(put.get("enabled").is_none());
}

#[tokio::test]
async fn patch_changes_only_the_named_fields_and_bumps_updated_at() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let hook = sim.with_data(|d| {
        d.queue(q)
            .unwrap()
            .hooks
            .iter()
            .find(|h| h.enabled)
            .unwrap()
            .clone()
    });
    let before = sim.with_data(|d| d.queue(q).unwrap().updated_at);
    let url = format!("{}/{}", hooks_path(q), hook.id);
    let (status, body) = send(&sim, &c, &t, Method::PATCH, &url,
        json!({"fields": ["enabled"], "enabled": false, "event": "joined", "schema": {"id": "999"}})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.get("enabled").is_none());
    assert_eq!(body["event"], hook.event.as_str());
    assert_eq!(body["schema"]["id"], hook.schema_id.to_string());

    let (_, body) = send(
        &sim,
        &c,
        &t,
        Method::PATCH,
        &url,
        json!({"fields": ["schema.id"], "schema": {"id": 102}, "enabled": true}),
    )
    .await;
    assert_eq!(body["schema"]["id"], "102");
    assert!(body.get("enabled").is_none());

    let (_, queue) = get(&sim, &c, &t, &format!("/call_center/queues/{q}")).await;
    let after: i64 = queue["updated_at"].as_str().unwrap().parse().unwrap();
    assert!(after > before, "updated_at must move on change");
}

#[tokio::test]
async fn missing_hook_is_a_500_with_code_404_a_missing_queue_lists_nothing_and_refuses_a_create() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let url = format!("{}/987654", hooks_path(q));
    for (method, body) in [
        (Method::GET, None),
        (
            Method::PUT,
            Some(json!({"event": "joined", "schema": {"id": "101"}})),
        ),
        (
            Method::PATCH,
            Some(json!({"fields": ["enabled"], "enabled": true})),
        ),
        (Method::DELETE, None),
    ] {
        let (status, err) = call(
            &c,
            method.clone(),
            format!("{}{url}", sim.api_url()),
            Some(&t),
            body,
        )
        .await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{method}");
        assert_eq!(err["code"], 404);
        assert_eq!(err["id"], "store.sql_queue_hook.get.app_error");
        // The same answer for all four: each starts with `GetQueueHook` (webitel/engine
        // app/cc_queue_hook.go), whose store call words it so (cc_queue_hook_store.go, Get).
        assert_eq!(
            err["detail"], "Id=987654, sql: no rows in result set",
            "{method}"
        );
    }
    // As the engine: the list filters by queue, it does not look the queue up.
    let (status, page) = get(&sim, &c, &t, &hooks_path(424242)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.get("items")
            .is_none_or(|i| i.as_array().unwrap().is_empty()),
        "{page}"
    );
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &hooks_path(424242),
        json!({"event": "joined", "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(err["code"], 404);
    assert_eq!(err["id"], "store.sql_queue_hook.create.app_error");

    // DELETE answers the deleted hook, which is then gone.
    let id = sim.with_data(|d| d.queue(q).unwrap().hooks[0].id);
    let (status, gone) = call(
        &c,
        Method::DELETE,
        format!("{}{}/{id}", sim.api_url(), hooks_path(q)),
        Some(&t),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(gone["id"], id);
    let (status, _) = get(&sim, &c, &t, &format!("{}/{id}", hooks_path(q))).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn bad_input_answers_400_in_the_engine_shape() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let resp = c
        .post(format!("{}{}", sim.api_url(), hooks_path(q)))
        .header("X-Webitel-Access", &t)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let err: Value = resp.json().await.unwrap();
    assert_eq!(err["code"], 400);
    assert!(err["id"].is_string() && err["detail"].is_string() && err["status"].is_string());
    for path in [
        "/call_center/queues/abc/hooks".to_string(),
        format!("{}/x1", hooks_path(q)),
        format!("{}?page=two", hooks_path(q)),
        "/call_center/queues?type=progressive".to_string(),
        "/routing/schema?type=nonsense".to_string(),
    ] {
        let (status, err) = get(&sim, &c, &t, &path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(err["code"], 400);
    }
    let (status, _) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &hooks_path(q),
        json!({"enabled": "yes"}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, err) = get(&sim, &c, &t, "/no/such/route").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(err["code"], 404);
}

/// The engine stores a queue hook's event as it is sent, checking nothing of it (webitel/engine
/// model/cc_queue_hook.go: `QueueHook.IsValid` is a `//todo`): the dialer's attempt state
/// `wait_agent` is taken like the eight, listed, filtered by, switched, and held to one enabled
/// hook per queue by the same index; a spelling the dialer never fires is stored as sent too.
#[tokio::test]
async fn any_event_text_is_stored_as_sent_and_held_to_the_same_index() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let path = hooks_path(q);
    let (status, made) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": "wait_agent", "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{made}");
    assert_eq!(made["event"], "wait_agent");
    assert_eq!(made["enabled"], true);
    let id = made["id"].as_u64().unwrap();

    let (status, listed) = get(&sim, &c, &t, &format!("{path}?event=wait_agent")).await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<u64> = items(&listed)
        .iter()
        .map(|h| h["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [id]);

    // One enabled hook per event string, as for the eight.
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": "wait_agent", "schema": {"id": "102"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_queue_hook.create.app_error");

    let (status, patched) = send(
        &sim,
        &c,
        &t,
        Method::PATCH,
        &format!("{path}/{id}"),
        json!({"fields": ["enabled"], "enabled": false}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(patched.get("enabled").is_none());
    assert_eq!(patched["event"], "wait_agent");

    // Not the engine's business: a spelling no dialer fires is kept as sent.
    let (status, odd) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": "Wait Agent", "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(odd["event"], "Wait Agent");
    let stored = sim.with_data(|d| {
        d.queue(q)
            .unwrap()
            .hooks
            .iter()
            .map(|h| h.event.clone())
            .collect::<Vec<_>>()
    });
    assert!(stored.contains(&"wait_agent".to_string()));
    assert!(stored.contains(&"Wait Agent".to_string()));
}
