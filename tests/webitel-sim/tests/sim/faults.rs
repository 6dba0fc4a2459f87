//! Fault knobs and the admin endpoint.

use super::*;

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
