//! `/call_center/queues/{queue_id}/hooks`: the engine's rules for queue hooks.

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::{ok, parse_body, path_int, Caller, St};
use crate::data::{Hook, SimData};
use crate::error::{ApiError, ApiResult};
use crate::json::{list as list_json, to_value, HookIn, HookOut};
use crate::query::{keep_fields, sort_rows, Params};
use crate::state::lock;

const CLASS: &str = "cc_queue";
const FIELDS: &[&str] = &["id", "schema", "event", "enabled"];
/// A partial unique index, `(queue_id, event) WHERE enabled`, in the engine's database.
const UNIQUE_INDEX: &str = "cc_queue_hook_queue_id_event_enabled_uindex";

/// A create into a missing queue: the engine's insert is guarded by `where exists` on the
/// queue, inserts nothing, and the "no rows" becomes code 404 (webitel/engine
/// store/sqlstore/cc_queue_hook_store.go, Create), which reaches the client as HTTP 500.
fn queue_missing(event: &str) -> ApiError {
    ApiError::new(
        404,
        "store.sql_queue_hook.create.app_error",
        format!("event={event}, sql: no rows in result set"),
    )
    .with_http(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The database's refusal of an ORDER BY on a column the view does not have.
fn unknown_sort_column(column: &str) -> ApiError {
    ApiError::new(
        500,
        "store.sql_queue_hook.get_all.app_error",
        format!("pq: column \"{column}\" does not exist"),
    )
}

/// The gateway maps the engine's "not found" to the gRPC code of an internal error: HTTP 500,
/// with the true code 404 in the body.
fn hook_missing(queue_id: i64, id: u32) -> ApiError {
    ApiError::new(
        404,
        "store.sql_queue_hook.get.app_error",
        format!("QueueId={queue_id}, Id={id}, sql: no rows in result set"),
    )
    .with_http(StatusCode::INTERNAL_SERVER_ERROR)
}

fn store_error(op: &str, queue_id: i64, detail: String) -> ApiError {
    ApiError::bad_request(
        &format!("store.sql_queue_hook.{op}.app_error"),
        format!("QueueId={queue_id}, {detail}"),
    )
}

fn duplicate(op: &str, queue_id: i64) -> ApiError {
    store_error(
        op,
        queue_id,
        format!("pq: duplicate key value violates unique constraint \"{UNIQUE_INDEX}\""),
    )
}

fn bad_schema(op: &str, queue_id: i64, schema_id: i64) -> ApiError {
    store_error(
        op,
        queue_id,
        format!(
            "pq: insert or update on table \"cc_queue_hook\" violates foreign key constraint \"cc_queue_hook_acr_routing_scheme_id_fk\" (schema_id={schema_id})"
        ),
    )
}

fn one_path(p: Result<Path<String>, PathRejection>) -> ApiResult<i64> {
    let Path(raw) = p.map_err(|e| ApiError::bad_param("queue_id", &e.body_text()))?;
    path_int("queue_id", &raw)
}

fn two_paths(p: Result<Path<(String, String)>, PathRejection>) -> ApiResult<(i64, u32)> {
    let Path((q, id)) = p.map_err(|e| ApiError::bad_param("id", &e.body_text()))?;
    Ok((path_int("queue_id", &q)?, path_int("id", &id)?))
}

fn hook_json(hook: &Hook, data: &SimData) -> Value {
    to_value(&HookOut::new(hook, data))
}

/// Whether another enabled hook of `queue_id` has `event`.
fn clashes(data: &SimData, queue_id: i64, except: u32, event: &str) -> bool {
    data.queue(queue_id).is_some_and(|q| {
        q.hooks
            .iter()
            .any(|h| h.id != except && h.enabled && h.event == event)
    })
}

pub async fn list(
    caller: Caller,
    State(state): St,
    path: Result<Path<String>, PathRejection>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    caller.require(CLASS, "r")?;
    let queue_id = one_path(path)?;
    let params = Params::parse(raw.as_deref());
    let page = params.page()?;
    let ids: Vec<u32> = params.ints("id")?;
    let schema_ids = params.int64s("schema_id")?;
    let events = params.many("event");
    let q = params.pattern("q");
    let fields = params.fields(FIELDS);

    let data = lock(&state.data);
    // The engine's list filters by queue and domain and never looks the queue up: a missing
    // queue lists no hooks, with 200 (webitel/engine store/sqlstore/cc_queue_hook_store.go,
    // GetAllPage).
    let none = Vec::new();
    let hooks = data.queue(queue_id).map_or(&none, |q| &q.hooks);
    let mut rows: Vec<&Hook> = hooks
        .iter()
        .filter(|h| ids.is_empty() || ids.contains(&h.id))
        .filter(|h| schema_ids.is_empty() || schema_ids.contains(&h.schema_id))
        .filter(|h| events.is_empty() || events.contains(&h.event.as_str()))
        .filter(|h| q.as_ref().is_none_or(|p| p.matches(&h.event)))
        .collect();
    let (field, desc) = params
        .sort()
        .unwrap_or_else(|| ("event".to_string(), false));
    match field.as_str() {
        "id" => sort_rows(&mut rows, desc, |h| h.id, |h| h.id),
        "schema" => sort_rows(&mut rows, desc, |h| data.flow_name(h.schema_id), |h| h.id),
        "schema_id" => sort_rows(&mut rows, desc, |h| h.schema_id, |h| h.id),
        "enabled" => sort_rows(&mut rows, desc, |h| h.enabled, |h| h.id),
        "event" => sort_rows(&mut rows, desc, |h| h.event.as_str(), |h| h.id),
        "queue_id" => {}
        // The engine orders by the column named, in SQL over the view `cc_queue_events_list`
        // (webitel/engine store/sqlstore/cc_queue_hook_store.go, GetAllPage through ListQuery):
        // a name that is not one of its columns is a database error, answered 500.
        other => return Err(unknown_sort_column(other)),
    }
    let (rows, next) = page.slice(rows);
    let garbled = lock(&state.knobs).garbled_hook;
    let items = rows
        .into_iter()
        .map(|h| {
            let mut json = keep_fields(hook_json(h, &data), &fields);
            // The hostile side: one row with a field of a type no Webitel server sends.
            if garbled == Some(h.id) {
                json["enabled"] = serde_json::json!({"not": "a boolean"});
            }
            json
        })
        .collect();
    Ok(ok(list_json(items, next)))
}

pub async fn read(
    caller: Caller,
    State(state): St,
    path: Result<Path<(String, String)>, PathRejection>,
) -> ApiResult<Response> {
    caller.require(CLASS, "r")?;
    let (queue_id, id) = two_paths(path)?;
    let data = lock(&state.data);
    let hook = data
        .queue(queue_id)
        .and_then(|q| q.hooks.iter().find(|h| h.id == id))
        .ok_or_else(|| hook_missing(queue_id, id))?;
    Ok(ok(hook_json(hook, &data)))
}

pub async fn create(
    caller: Caller,
    State(state): St,
    path: Result<Path<String>, PathRejection>,
    body: Bytes,
) -> ApiResult<Response> {
    caller.require(CLASS, "rw")?;
    let queue_id = one_path(path)?;
    let input: HookIn = parse_body(&body)?;
    let mut data = lock(&state.data);
    let event = input.event.unwrap_or_default();
    data.queue(queue_id).ok_or_else(|| queue_missing(&event))?;
    let schema_id = input.schema.and_then(|s| s.id).unwrap_or(0);
    let enabled = input.enabled.unwrap_or(false);
    if data.flow(schema_id).is_none() {
        return Err(bad_schema("create", queue_id, schema_id));
    }
    if enabled && clashes(&data, queue_id, 0, &event) {
        return Err(duplicate("create", queue_id));
    }
    let id = data
        .add_hook(queue_id, &event, schema_id, enabled)
        .ok_or_else(|| queue_missing(&event))?;
    let (_, hook) = data
        .find_hook(id)
        .ok_or_else(|| hook_missing(queue_id, id))?;
    Ok(ok(hook_json(hook, &data)))
}

/// The hook after a change, checked against the rules before anything is stored.
fn apply(data: &mut SimData, op_queue: (i64, u32), changed: Hook) -> ApiResult<Value> {
    let (queue_id, id) = op_queue;
    if data.flow(changed.schema_id).is_none() {
        return Err(bad_schema("update", queue_id, changed.schema_id));
    }
    if changed.enabled && clashes(data, queue_id, id, &changed.event) {
        return Err(duplicate("update", queue_id));
    }
    data.update_hook(id, |h| *h = changed)
        .ok_or_else(|| hook_missing(queue_id, id))?;
    let (_, hook) = data
        .find_hook(id)
        .ok_or_else(|| hook_missing(queue_id, id))?;
    Ok(hook_json(hook, data))
}

fn current(data: &SimData, queue_id: i64, id: u32) -> ApiResult<Hook> {
    data.queue(queue_id)
        .and_then(|q| q.hooks.iter().find(|h| h.id == id))
        .cloned()
        .ok_or_else(|| hook_missing(queue_id, id))
}

pub async fn replace(
    caller: Caller,
    State(state): St,
    path: Result<Path<(String, String)>, PathRejection>,
    body: Bytes,
) -> ApiResult<Response> {
    caller.require(CLASS, "rw")?;
    let (queue_id, id) = two_paths(path)?;
    let input: HookIn = parse_body(&body)?;
    let mut data = lock(&state.data);
    current(&data, queue_id, id)?;
    // PUT replaces every field: what is missing becomes the zero value, as in protobuf.
    let changed = Hook {
        id,
        event: input.event.unwrap_or_default(),
        schema_id: input.schema.and_then(|s| s.id).unwrap_or(0),
        enabled: input.enabled.unwrap_or(false),
    };
    Ok(ok(apply(&mut data, (queue_id, id), changed)?))
}

pub async fn patch(
    caller: Caller,
    State(state): St,
    path: Result<Path<(String, String)>, PathRejection>,
    body: Bytes,
) -> ApiResult<Response> {
    caller.require(CLASS, "rw")?;
    let (queue_id, id) = two_paths(path)?;
    let input: HookIn = parse_body(&body)?;
    let mut data = lock(&state.data);
    let mut changed = current(&data, queue_id, id)?;
    for field in input.fields.iter().flatten() {
        match field.trim() {
            "event" => changed.event = input.event.clone().unwrap_or_default(),
            "schema" | "schema.id" => {
                changed.schema_id = input.schema.as_ref().and_then(|s| s.id).unwrap_or(0);
            }
            "enabled" => changed.enabled = input.enabled.unwrap_or(false),
            _ => {}
        }
    }
    Ok(ok(apply(&mut data, (queue_id, id), changed)?))
}

pub async fn delete(
    caller: Caller,
    State(state): St,
    path: Result<Path<(String, String)>, PathRejection>,
) -> ApiResult<Response> {
    caller.require(CLASS, "rw")?;
    let (queue_id, id) = two_paths(path)?;
    let mut data = lock(&state.data);
    let before = current(&data, queue_id, id)?;
    let answer = hook_json(&before, &data);
    data.remove_hook(id)
        .ok_or_else(|| hook_missing(queue_id, id))?;
    Ok(ok(answer))
}
