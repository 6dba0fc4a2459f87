//! Drives the sim over HTTP with a raw client, asserting what a caller would notice.

// The helpers below are test code too; clippy.toml only exempts `#[test]` functions themselves.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};
use webitel_sim::{spawn, totp, DataSet, FlowType, Knobs, SimConfig, SimServer};

async fn start_with(data: DataSet) -> (SimServer, Client) {
    let config = SimConfig {
        data,
        ..SimConfig::default()
    };
    let sim = spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap();
    let client = Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    (sim, client)
}

async fn start() -> (SimServer, Client) {
    start_with(DataSet::Demo).await
}

async fn login(sim: &SimServer, client: &Client, username: &str) -> String {
    let body: Value = client
        .post(format!("{}/login", sim.api_url()))
        .json(&json!({ "username": username, "password": "demo" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["access_token"].as_str().unwrap().to_string()
}

/// Sends a call and returns the status and the body as JSON (`Null` when it is not JSON).
async fn call(
    client: &Client,
    method: Method,
    url: String,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut req = client.request(method, url);
    if let Some(t) = token {
        req = req.header("X-Webitel-Access", t);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn get(sim: &SimServer, c: &Client, token: &str, path: &str) -> (StatusCode, Value) {
    call(
        c,
        Method::GET,
        format!("{}{path}", sim.api_url()),
        Some(token),
        None,
    )
    .await
}

async fn send(
    sim: &SimServer,
    c: &Client,
    token: &str,
    method: Method,
    path: &str,
    body: Value,
) -> (StatusCode, Value) {
    call(
        c,
        method,
        format!("{}{path}", sim.api_url()),
        Some(token),
        Some(body),
    )
    .await
}

fn items(v: &Value) -> Vec<Value> {
    v["items"].as_array().cloned().unwrap_or_default()
}

fn hooks_path(queue: i64) -> String {
    format!("/call_center/queues/{queue}/hooks")
}

#[tokio::test]
async fn answers_leave_out_zero_values_and_write_int64_as_strings() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let (status, body) = get(&sim, &c, &t, &format!("{}?size=100", hooks_path(q))).await;
    assert_eq!(status, StatusCode::OK);
    let hooks = items(&body);
    assert!(hooks.iter().all(|h| h["id"].is_u64()));
    assert!(hooks.iter().all(|h| h["schema"]["id"].is_string()));
    assert!(hooks.iter().all(|h| h.get("properties").is_none()));
    let disabled: Vec<_> = hooks
        .iter()
        .filter(|h| h.get("enabled").is_none())
        .collect();
    assert!(
        !disabled.is_empty(),
        "demo queue should have a disabled hook"
    );
    assert!(hooks
        .iter()
        .all(|h| h.get("enabled").is_none() || h["enabled"] == true));
    assert!(body.get("next").is_none());

    let (_, queues) = get(&sim, &c, &t, "/call_center/queues?type=0").await;
    let offline = items(&queues);
    assert!(!offline.is_empty());
    for q in &offline {
        assert!(q.get("type").is_none(), "type 0 must be left out: {q}");
        assert!(q["id"].is_string() && q["created_at"].is_string() && q["updated_at"].is_string());
    }

    let (_, flows) = get(&sim, &c, &t, "/routing/schema?type=default").await;
    let defaults = items(&flows);
    assert!(!defaults.is_empty());
    assert!(defaults
        .iter()
        .all(|f| f.get("type").is_none() && f["id"].is_string()));

    let empty = sim.queue_without_hooks().unwrap();
    let (status, body) = get(&sim, &c, &t, &hooks_path(empty)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({}));
}

#[tokio::test]
async fn pages_say_next_without_a_total() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let total = sim.with_data(|d| d.queue(q).unwrap().hooks.len());
    assert!(total > 3);
    let mut seen = Vec::new();
    for page in 1.. {
        let (_, body) = get(
            &sim,
            &c,
            &t,
            &format!("{}?size=3&page={page}", hooks_path(q)),
        )
        .await;
        assert!(body.get("total").is_none());
        seen.extend(items(&body).into_iter().map(|h| h["id"].as_u64().unwrap()));
        if body.get("next").is_none() {
            break;
        }
        assert_eq!(body["next"], true);
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), total);

    let (_, p0) = get(&sim, &c, &t, &format!("{}?size=3&page=0", hooks_path(q))).await;
    let (_, p1) = get(&sim, &c, &t, &format!("{}?size=3&page=1", hooks_path(q))).await;
    assert_eq!(p0, p1);
    // size 0 or too large falls back to 40.
    let (_, all) = get(&sim, &c, &t, "/call_center/queues?size=0").await;
    let (_, huge) = get(&sim, &c, &t, "/call_center/queues?size=50000").await;
    let n = sim.with_data(|d| d.queues.len());
    assert_eq!(items(&all).len(), n.min(40));
    assert_eq!(items(&huge).len(), n.min(40));
    let (_, beyond) = get(&sim, &c, &t, "/call_center/queues?page=99").await;
    assert_eq!(beyond, json!({}));
}

#[tokio::test]
async fn q_matches_with_wildcards_or_exactly() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let events = |b: &Value| -> Vec<String> {
        items(b)
            .iter()
            .map(|h| h["event"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, b) = get(&sim, &c, &t, &format!("{}?q=*iss*", hooks_path(q))).await;
    assert!(!events(&b).is_empty() && events(&b).iter().all(|e| e == "missed"));
    let (_, b) = get(&sim, &c, &t, &format!("{}?q=MISSED", hooks_path(q))).await;
    assert!(!events(&b).is_empty() && events(&b).iter().all(|e| e == "missed"));
    let (_, b) = get(&sim, &c, &t, &format!("{}?q=miss", hooks_path(q))).await;
    assert_eq!(b, json!({}));

    let (_, b) = get(&sim, &c, &t, "/call_center/queues?q=*progressive*&size=100").await;
    let names: Vec<_> = items(&b)
        .iter()
        .map(|q| q["name"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(names.len() >= 5 && names.iter().all(|n| n.contains("progressive")));
    // q matches the description too.
    let (_, b) = get(&sim, &c, &t, "/call_center/queues?q=*overdue*").await;
    assert_eq!(items(&b).len(), 1);

    let (_, b) = get(&sim, &c, &t, "/routing/schema?q=*crm*").await;
    assert!(items(&b)
        .iter()
        .all(|f| f["name"].as_str().unwrap().to_lowercase().contains("crm")));
    assert!(!items(&b).is_empty());
}

#[tokio::test]
async fn sort_fields_and_repeated_params() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let q = sim.progressive_queue_id().unwrap();
    let events = |b: &Value| -> Vec<String> {
        items(b)
            .iter()
            .map(|h| h["event"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, default) = get(&sim, &c, &t, &hooks_path(q)).await;
    let mut sorted = events(&default);
    sorted.sort();
    assert_eq!(events(&default), sorted, "default order is +event");
    let (_, desc) = get(&sim, &c, &t, &format!("{}?sort=-event", hooks_path(q))).await;
    let mut rev = sorted.clone();
    rev.reverse();
    assert_eq!(events(&desc), rev);
    // An unencoded `+` arrives as a space and still means ascending.
    let (_, plus) = get(&sim, &c, &t, &format!("{}?sort=+event", hooks_path(q))).await;
    assert_eq!(events(&plus), sorted);
    let (_, by_schema) = get(&sim, &c, &t, &format!("{}?sort=%2Bschema", hooks_path(q))).await;
    let names: Vec<String> = items(&by_schema)
        .iter()
        .map(|h| h["schema"]["name"].as_str().unwrap().to_string())
        .collect();
    let mut sorted_names = names.clone();
    sorted_names.sort();
    assert_eq!(names, sorted_names, "schema sorts by name");

    let (_, flows) = get(&sim, &c, &t, "/routing/schema?fields=created_at&size=100").await;
    let created: Vec<i64> = items(&flows)
        .iter()
        .map(|f| f["created_at"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(
        created.windows(2).all(|w| w[0] >= w[1]),
        "flows default to -created_at"
    );

    let (_, b) = get(
        &sim,
        &c,
        &t,
        &format!("{}?fields=id&fields=event&fields=nonsense", hooks_path(q)),
    )
    .await;
    for h in items(&b) {
        let keys: Vec<_> = h.as_object().unwrap().keys().cloned().collect();
        assert!(keys.iter().all(|k| k == "id" || k == "event"), "{keys:?}");
    }
    let (_, b) = get(&sim, &c, &t, "/call_center/queues?fields=id,name").await;
    assert!(items(&b).iter().all(|q| q.as_object().unwrap().len() == 2));

    let (_, b) = get(
        &sim,
        &c,
        &t,
        "/call_center/queues?type=4&type=1&size=100&fields=type",
    )
    .await;
    let types: Vec<_> = items(&b)
        .iter()
        .map(|q| q["type"].as_i64().unwrap())
        .collect();
    assert!(types.contains(&4) && types.contains(&1));
    assert!(types.iter().all(|t| *t == 4 || *t == 1));
    assert!(types.iter().filter(|t| **t == 4).count() >= 5);

    let (_, b) = get(
        &sim,
        &c,
        &t,
        "/routing/schema?type=service&type=default&size=100",
    )
    .await;
    assert!(items(&b)
        .iter()
        .all(|f| f.get("type").is_none() || f["type"] == "service"));
    let (_, b) = get(
        &sim,
        &c,
        &t,
        &format!("{}?event=missed&event=leaving", hooks_path(q)),
    )
    .await;
    assert!(events(&b).iter().all(|e| e == "missed" || e == "leaving"));
}

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
    assert!(err["detail"].as_str().unwrap().contains("duplicate key"));

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
async fn missing_hook_is_a_500_with_code_404_and_missing_queue_a_404() {
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
    }
    let (status, err) = get(&sim, &c, &t, &hooks_path(424242)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(err["code"], 404);
    assert_eq!(err["id"], "store.sql_queue.get.app_error");
    let (status, _) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &hooks_path(424242),
        json!({"event": "joined", "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

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

#[tokio::test]
async fn permissions_come_from_the_scope() {
    let (sim, c) = start().await;
    let q = sim.progressive_queue_id().unwrap();
    let viewer = login(&sim, &c, "viewer@demo").await;
    let (status, _) = get(&sim, &c, &viewer, &hooks_path(q)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = get(&sim, &c, &viewer, "/routing/schema").await;
    assert_eq!(status, StatusCode::OK);
    let id = sim.with_data(|d| d.queue(q).unwrap().hooks[0].id);
    for (method, path) in [
        (Method::POST, hooks_path(q)),
        (Method::PATCH, format!("{}/{id}", hooks_path(q))),
        (Method::PUT, format!("{}/{id}", hooks_path(q))),
        (Method::DELETE, format!("{}/{id}", hooks_path(q))),
    ] {
        let (status, err) = send(&sim, &c, &viewer, method.clone(), &path,
            json!({"fields": ["enabled"], "event": "joined", "schema": {"id": "101"}, "enabled": false})).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}");
        assert_eq!(err["id"], "api.context.permissions.app_error");
        assert_eq!(err["code"], 403);
        assert_eq!(err["status"], "Forbidden");
    }
    let noflows = login(&sim, &c, "noflows@demo").await;
    let (status, err) = get(&sim, &c, &noflows, "/routing/schema").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(err["id"], "api.context.permissions.app_error");
    let (status, _) = send(
        &sim,
        &c,
        &noflows,
        Method::PATCH,
        &format!("{}/{id}", hooks_path(q)),
        json!({"fields": ["enabled"], "enabled": false}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    let (_, info) = get(&sim, &c, &viewer, "/userinfo").await;
    assert_eq!(info["domain"], "demo");
    assert_eq!(info["username"], "viewer");
    assert!(
        info["user_id"].is_string() && info["dc"].is_string() && info["expires_at"].is_string()
    );
    let queue_scope = info["scope"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["class"] == "cc_queue")
        .unwrap();
    assert_eq!(queue_scope["access"], "r");
    assert!(!info["roles"].as_array().unwrap().is_empty());
    let (_, info) = get(&sim, &c, &noflows, "/userinfo").await;
    assert!(info["scope"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["class"] != "schema"));
}

#[tokio::test]
async fn tokens_missing_unknown_expired_or_revoked_answer_401() {
    let (sim, c) = start().await;
    let url = format!("{}/call_center/queues", sim.api_url());
    let (status, err) = call(&c, Method::GET, url.clone(), None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(err["id"], "app.session.unauthenticated");
    assert_eq!(err["code"], 401);
    assert_eq!(err["status"], "Unauthorized");
    let (status, _) = call(&c, Method::GET, url.clone(), Some("nope"), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let t = login(&sim, &c, "admin@demo").await;
    sim.expire_tokens();
    let (status, err) = call(&c, Method::GET, url.clone(), Some(&t), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(err["id"], "api.context.session_expired.app_error");

    sim.set_knobs(Knobs {
        token_ttl_secs: Some(1),
        ..Knobs::default()
    });
    let short = login(&sim, &c, "admin@demo").await;
    let (status, _) = call(&c, Method::GET, url.clone(), Some(&short), None).await;
    assert_eq!(status, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, _) = call(&c, Method::GET, url.clone(), Some(&short), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    sim.set_knobs(Knobs::default());
    let t = login(&sim, &c, "admin@demo").await;
    let (status, _) = call(
        &c,
        Method::POST,
        format!("{}/logout", sim.api_url()),
        Some(&t),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(&c, Method::GET, url, Some(&t), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_in_both_ways_and_refuse_bad_credentials() {
    let (sim, c) = start().await;
    let login_url = format!("{}/login", sim.api_url());
    let (status, body) = call(
        &c,
        Method::POST,
        login_url.clone(),
        None,
        Some(json!({"username": "admin", "domain": "demo", "password": "demo"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["access_token"].is_string());
    assert_eq!(body["token_type"], "bearer");
    assert!(body["expires_in"].as_u64().unwrap() > 0);
    let (status, body) = call(
        &c,
        Method::POST,
        login_url.clone(),
        None,
        Some(json!({"username": "admin@demo", "domain": "demo", "password": "demo"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for bad in [
        json!({"username": "admin@demo", "password": "wrong"}),
        json!({"username": "admin@other", "password": "demo"}),
        json!({"username": "ghost@demo", "password": "demo"}),
        json!({"username": "admin", "password": "demo"}),
    ] {
        let (status, err) =
            call(&c, Method::POST, login_url.clone(), None, Some(bad.clone())).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{bad}");
        assert_eq!(err["code"], 401);
        assert!(err["detail"]
            .as_str()
            .unwrap()
            .contains("Invalid username or password"));
    }
}

#[tokio::test]
async fn two_factor_sign_in() {
    let (sim, c) = start().await;
    let (status, first) = call(
        &c,
        Method::POST,
        format!("{}/login", sim.api_url()),
        None,
        Some(json!({"username": "otp@demo", "password": "demo"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(first.get("access_token").is_none());
    let id = first["id"].as_str().unwrap().to_string();
    let url = format!("{}/login/2fa", sim.api_url());
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let good = totp::code(totp::OTP_USER_SECRET, now);
    let wrong = format!("{:06}", (good.parse::<u32>().unwrap() + 1) % 1_000_000);
    let (status, err) = call(
        &c,
        Method::POST,
        url.clone(),
        None,
        Some(json!({"id": id, "totp": wrong})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(err["code"], 401);
    let (status, body) = call(
        &c,
        Method::POST,
        url.clone(),
        None,
        Some(json!({"id": id, "totp": good})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = body["access_token"].as_str().unwrap();
    let (status, info) = get(&sim, &c, token, "/userinfo").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["username"], "otp");
    // The attempt id is used up.
    let (status, _) = call(
        &c,
        Method::POST,
        url,
        None,
        Some(json!({"id": id, "totp": good})),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(totp::code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59), "287082");
}

#[tokio::test]
async fn fail_next_answers_the_status_then_recovers() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let before = sim.request_count();
    sim.set_knobs(Knobs {
        fail_next: 2,
        failure_status: 429,
        ..Knobs::default()
    });
    for _ in 0..2 {
        let (status, err) = get(&sim, &c, &t, "/call_center/queues").await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(err["code"], 429);
        assert!(err["id"].is_string() && err["detail"].is_string());
    }
    let (status, _) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sim.request_count() - before, 3);
    assert_eq!(sim.knobs().fail_next, 0);

    sim.set_knobs(Knobs {
        failure_rate: 1.0,
        ..Knobs::default()
    });
    let (status, _) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(
        status,
        StatusCode::SERVICE_UNAVAILABLE,
        "failure_status 0 means 503"
    );
}

#[tokio::test]
async fn drop_and_garbage_and_latency() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let url = format!("{}/call_center/queues", sim.api_url());
    sim.set_knobs(Knobs {
        drop_next: 1,
        ..Knobs::default()
    });
    let dropped = c.get(&url).header("X-Webitel-Access", &t).send().await;
    let err = dropped.expect_err("the connection should close without an answer");
    assert!(!err.is_timeout() && err.status().is_none(), "{err:?}");
    let (status, _) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::OK);

    sim.set_knobs(Knobs {
        garbage_next: 1,
        ..Knobs::default()
    });
    let resp = c
        .get(&url)
        .header("X-Webitel-Access", &t)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let text = resp.text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_err());
    let (status, body) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["items"].is_array());

    sim.set_knobs(Knobs {
        latency_ms: 250,
        ..Knobs::default()
    });
    let started = Instant::now();
    let (status, _) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::OK);
    assert!(started.elapsed() >= Duration::from_millis(250));
    // The admin endpoint is never slowed down nor failed.
    sim.set_knobs(Knobs {
        latency_ms: 2_000,
        fail_next: 1,
        ..Knobs::default()
    });
    let started = Instant::now();
    let health = c
        .get(format!("{}/_sim/health", sim.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    assert!(started.elapsed() < Duration::from_millis(1_500));
    assert_eq!(sim.knobs().fail_next, 1);
}

#[tokio::test]
async fn admin_endpoint_sets_knobs_expires_tokens_and_resets() {
    let (sim, c) = start().await;
    let admin = |p: &str| format!("{}/_sim{p}", sim.base_url());
    let t = login(&sim, &c, "admin@demo").await;

    let (status, health) = call(&c, Method::GET, admin("/health"), None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["status"], "ok");
    assert_eq!(health["data"], "demo");

    let (status, k) = call(
        &c,
        Method::PUT,
        admin("/knobs"),
        None,
        Some(json!({"fail_next": 1, "failure_status": 500})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(k["fail_next"], 1);
    assert_eq!(sim.knobs().failure_status, 500);
    let (status, _) = call(
        &c,
        Method::PATCH,
        admin("/knobs"),
        None,
        Some(json!({"latency_ms": 5})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, k) = call(&c, Method::GET, admin("/knobs"), None, None).await;
    assert_eq!(k["latency_ms"], 5);
    assert_eq!(k["fail_next"], 1, "PATCH keeps the other knobs");
    let (status, err) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(err["code"], 500);
    let (status, _) = call(
        &c,
        Method::PUT,
        admin("/knobs"),
        None,
        Some(json!({"drop_rate": 3.0})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = call(&c, Method::PUT, admin("/knobs"), None, Some(json!({}))).await;
    assert_eq!(status, StatusCode::OK);

    let q = sim.progressive_queue_id().unwrap();
    let n = sim.with_data(|d| d.hook_count());
    sim.with_data(|d| {
        let id = d.queue(q).unwrap().hooks[0].id;
        d.remove_hook(id);
    });
    assert_eq!(sim.with_data(|d| d.hook_count()), n - 1);
    let (status, _) = call(&c, Method::POST, admin("/reset"), None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sim.with_data(|d| d.hook_count()), n);

    let (status, _) = call(&c, Method::POST, admin("/tokens/expire"), None, None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, err) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(err["id"], "api.context.session_expired.app_error");
    sim.shutdown().await;
}

#[tokio::test]
async fn data_sets_are_believable_and_keep_the_rules() {
    let (sim, _c) = start().await;
    let demo = sim.snapshot();
    assert!(demo.queues.len() >= 12);
    assert!(demo.queue_ids_of_type(4).len() >= 5);
    assert!(demo.hook_count() >= 30);
    assert!(demo.flows.len() >= 20);
    for t in [
        FlowType::Service,
        FlowType::Default,
        FlowType::Voice,
        FlowType::Chat,
    ] {
        assert!(!demo.flow_ids_of_type(t).is_empty());
    }
    assert!(demo.queue_without_hooks().is_some());
    let disabled_dup = demo.queues.iter().any(|q| {
        q.hooks
            .iter()
            .any(|h| !h.enabled && q.hooks.iter().any(|o| o.enabled && o.event == h.event))
    });
    assert!(disabled_dup);

    for set in ["demo", "large:40:12", "empty"] {
        let data = set.parse::<DataSet>().unwrap().build();
        for q in &data.queues {
            let mut enabled: Vec<_> = q
                .hooks
                .iter()
                .filter(|h| h.enabled)
                .map(|h| &h.event)
                .collect();
            let n = enabled.len();
            enabled.sort();
            enabled.dedup();
            assert_eq!(
                n,
                enabled.len(),
                "{set}: queue {} has two enabled hooks of one event",
                q.id
            );
            assert!(q.hooks.iter().all(|h| data.flow(h.schema_id).is_some()));
        }
    }
    let large = "large:200:10".parse::<DataSet>().unwrap();
    assert_eq!(
        large,
        DataSet::Large {
            queues: 200,
            hooks_per_queue: 10
        }
    );
    let data = large.build();
    assert_eq!((data.queues.len(), data.hook_count()), (200, 2000));
    assert_eq!(data.queues.len(), large.build().queues.len());
    assert!("large:x".parse::<DataSet>().is_err());
    assert!("demo2".parse::<DataSet>().is_err());

    let (sim2, c2) = start_with(DataSet::Empty).await;
    let t = login(&sim2, &c2, "admin@demo").await;
    let (_, body) = get(&sim2, &c2, &t, "/call_center/queues").await;
    assert_eq!(body, json!({}));
}

#[tokio::test]
async fn a_port_in_use_is_an_error() {
    let (sim, _c) = start().await;
    let again = spawn(sim.addr(), SimConfig::default()).await;
    assert!(again.is_err());
}

#[cfg(unix)]
#[tokio::test]
async fn the_binary_announces_its_address_and_stops_on_sigterm() {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_webitel-sim"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--data",
            "large:5:3",
            "--latency-ms",
            "1",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .unwrap();
        line
    })
    .await
    .unwrap();
    let base = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_string();
    assert!(base.starts_with("http://127.0.0.1:"));
    let health: Value = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(format!("{base}/_sim/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["queues"], 5);
    assert_eq!(health["hooks"], 15);
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "the sim did not stop on SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
