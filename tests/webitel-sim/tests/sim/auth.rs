//! Sign-in, two-factor, tokens and permissions.

use super::*;

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
