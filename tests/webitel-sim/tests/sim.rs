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

#[path = "sim/auth.rs"]
mod auth;
#[path = "sim/faults.rs"]
mod faults;
#[path = "sim/hooks.rs"]
mod hooks;
#[path = "sim/server.rs"]
mod server;
#[path = "sim/shape.rs"]
mod shape;
#[path = "sim/teams.rs"]
mod teams;
#[path = "sim/tls.rs"]
mod tls;
