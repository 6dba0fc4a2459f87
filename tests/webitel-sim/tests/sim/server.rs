//! Data sets, binding and the binary.

use super::*;

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

#[tokio::test]
async fn in_process_helpers_change_data_behind_the_clients_back() {
    let (sim, c) = start().await;
    let token = sim.token_for("viewer").unwrap();
    assert!(
        sim.token_for("otp").is_none(),
        "the 2FA user signs in over HTTP only"
    );
    let q = sim.progressive_queue_id().unwrap();
    let id = sim
        .with_data(|d| d.add_hook(q, "missed", 102, false))
        .unwrap();
    let (status, hook) = get(&sim, &c, &token, &format!("{}/{id}", hooks_path(q))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(hook["schema"]["name"], "Zendesk ticket on missed call");

    // Many clients at once, and the counter sees only /api requests.
    let before = sim.request_count();
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..40 {
        let url = format!("{}/call_center/queues?fields=id", sim.api_url());
        let (c, token) = (c.clone(), token.clone());
        calls.spawn(async move { call(&c, Method::GET, url, Some(&token), None).await.0 });
    }
    while let Some(status) = calls.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::OK);
    }
    c.get(format!("{}/_sim/health", sim.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(sim.request_count() - before, 40);
    sim.shutdown().await;
}

#[tokio::test]
async fn dropping_the_server_stops_it() {
    let (sim, c) = start().await;
    let url = format!("{}/_sim/health", sim.base_url());
    assert!(c.get(&url).send().await.is_ok());
    drop(sim);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(c.get(&url).send().await.is_err());
}

#[tokio::test]
async fn issued_tokens_lists_every_token_expired_ones_too() {
    let (sim, _c) = start().await;
    assert!(sim.issued_tokens().is_empty());
    let a = sim.token_for("admin").unwrap();
    let b = sim.token_for("viewer").unwrap();
    sim.expire_tokens();
    let mut want = vec![a, b];
    want.sort();
    assert_eq!(sim.issued_tokens(), want);
    // Reading them changes nothing.
    assert_eq!(sim.issued_tokens(), want);
}
