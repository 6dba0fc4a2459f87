//! The admin endpoint under `/_sim`, outside `/api`: no token, no faults.

use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::faults::Knobs;
use crate::routes::{ok, parse_body};
use crate::state::{lock, AppState};

pub fn admin_router() -> Router<AppState> {
    Router::new()
        .route("/health", get(health))
        .route("/knobs", get(get_knobs).put(put_knobs).patch(patch_knobs))
        .route("/tokens/expire", post(expire_tokens))
        .route("/reset", post(reset))
}

async fn health(State(state): State<AppState>) -> Response {
    let (queues, hooks, flows, teams, team_hooks) = {
        let data = lock(&state.data);
        (
            data.queues.len(),
            data.hook_count(),
            data.flows.len(),
            data.teams.len(),
            data.team_hook_count(),
        )
    };
    ok(json!({
        "status": "ok",
        "data": state.dataset.to_string(),
        "queues": queues,
        "hooks": hooks,
        "flows": flows,
        "teams": teams,
        "team_hooks": team_hooks,
        "requests": state.requests.load(Ordering::Relaxed),
    }))
}

fn knobs_json(k: &Knobs) -> Value {
    serde_json::to_value(k).unwrap_or(Value::Null)
}

async fn get_knobs(State(state): State<AppState>) -> Response {
    ok(knobs_json(&lock(&state.knobs)))
}

/// Replaces every knob; a key left out takes its default (no fault).
async fn put_knobs(State(state): State<AppState>, body: Bytes) -> ApiResult<Response> {
    let knobs: Knobs = parse_body(&body)?;
    check(&knobs)?;
    let mut current = lock(&state.knobs);
    *current = knobs;
    Ok(ok(knobs_json(&current)))
}

/// Changes only the knobs named in the body.
async fn patch_knobs(State(state): State<AppState>, body: Bytes) -> ApiResult<Response> {
    let changes: Value = parse_body(&body)?;
    let Value::Object(changes) = changes else {
        return Err(ApiError::bad_json("expected a JSON object"));
    };
    let mut current = lock(&state.knobs);
    let mut merged = knobs_json(&current);
    if let Value::Object(m) = &mut merged {
        m.extend(changes);
    }
    let knobs: Knobs = serde_json::from_value(merged).map_err(ApiError::bad_json)?;
    check(&knobs)?;
    *current = knobs;
    Ok(ok(knobs_json(&current)))
}

fn check(k: &Knobs) -> ApiResult<()> {
    for (name, rate) in [
        ("failure_rate", k.failure_rate),
        ("drop_rate", k.drop_rate),
        ("garbage_rate", k.garbage_rate),
    ] {
        if !(0.0..=1.0).contains(&rate) {
            return Err(ApiError::bad_param(name, &rate.to_string()));
        }
    }
    if k.failure_status != 0 && !(400..=599).contains(&k.failure_status) {
        return Err(ApiError::bad_param(
            "failure_status",
            &k.failure_status.to_string(),
        ));
    }
    Ok(())
}

/// The same checks as `PUT /_sim/knobs`, for knobs given another way.
pub fn validate(k: &Knobs) -> Result<(), String> {
    check(k).map_err(|e| e.detail)
}

async fn expire_tokens(State(state): State<AppState>) -> Response {
    lock(&state.sessions).expire_all();
    ok(json!({}))
}

/// Reloads the data set; sessions and knobs stay.
async fn reset(State(state): State<AppState>) -> Response {
    *lock(&state.data) = state.dataset.build();
    ok(json!({}))
}
