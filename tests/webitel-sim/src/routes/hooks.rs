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
/// The engine's table of queue hooks (webitel/engine store/sqlstore/cc_queue_hook_store.go).
const TABLE: &str = "cc_queue_events";
/// Its partial unique index, `(queue_id, event) WHERE enabled`: one enabled hook per event
/// (webitel/call_center's migration `create unique index cc_queue_events_queue_id_event_uindex
/// on call_center.cc_queue_events (queue_id, event) where enabled`).
const UNIQUE_INDEX: &str = "cc_queue_events_queue_id_event_uindex";
/// Its foreign key to the flow schemas; the name follows the schema's `<table>_<target>_fk`.
const SCHEMA_FK: &str = "cc_queue_events_acr_routing_scheme_id_fk";

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

/// A hook that is not there, whether read, replaced, patched or deleted: the engine starts each
/// of the four with `GetQueueHook` (webitel/engine app/cc_queue_hook.go), whose "no rows" is
/// code 404 with the store's words (store/sqlstore/cc_queue_hook_store.go, Get: `Id=%v, %v`).
/// The gateway maps that "not found" to the gRPC code of an internal error: HTTP 500, with
/// the true code 404 in the body.
fn hook_missing(id: u32) -> ApiError {
    ApiError::new(
        404,
        "store.sql_queue_hook.get.app_error",
        format!("Id={id}, sql: no rows in result set"),
    )
    .with_http(StatusCode::INTERNAL_SERVER_ERROR)
}

/// Which store call refused, with what it adds before the database's words: Create writes
/// `event=%v, %v`, Update the database's words alone (cc_queue_hook_store.go). Either is code
/// 400 for a unique or foreign key violation (store/sqlstore: `extractCodeFromErr`).
#[derive(Clone, Copy)]
enum Op<'a> {
    Create { event: &'a str },
    Update,
}

fn store_error(op: Op<'_>, words: String) -> ApiError {
    match op {
        Op::Create { event } => ApiError::bad_request(
            "store.sql_queue_hook.create.app_error",
            format!("event={event}, {words}"),
        ),
        Op::Update => ApiError::bad_request("store.sql_queue_hook.update.app_error", words),
    }
}

fn duplicate(op: Op<'_>) -> ApiError {
    store_error(
        op,
        format!("pq: duplicate key value violates unique constraint \"{UNIQUE_INDEX}\""),
    )
}

fn bad_schema(op: Op<'_>) -> ApiError {
    store_error(
        op,
        format!(
            "pq: insert or update on table \"{TABLE}\" violates foreign key constraint \"{SCHEMA_FK}\""
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
    // The engine orders by that one column and by nothing after it (webitel/engine
    // model/queue_hook.go: `DefaultOrder` "+event"; store/sqlstore/list_query.go: `GetOrderBy`
    // builds `order by` of the one field): hooks of one value come back in whatever order the
    // database finds them, which may change between two requests, so between two pages. Here
    // the rows are shuffled, seeded per request, then sorted stably by that column alone, so
    // that a client cannot page through ties as if they kept an order. Ids are unique: an id
    // order has no ties.
    let seed = lock(&state.knobs).tie_seed
        ^ state
            .requests
            .load(std::sync::atomic::Ordering::Relaxed)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    fastrand::Rng::with_seed(seed).shuffle(&mut rows);
    let untied = |_: &&Hook| ();
    match field.as_str() {
        "id" => sort_rows(&mut rows, desc, |h| h.id, untied),
        "schema" => sort_rows(&mut rows, desc, |h| data.flow_name(h.schema_id), untied),
        "schema_id" => sort_rows(&mut rows, desc, |h| h.schema_id, untied),
        "enabled" => sort_rows(&mut rows, desc, |h| h.enabled, untied),
        "event" => sort_rows(&mut rows, desc, |h| h.event.as_str(), untied),
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
        .ok_or_else(|| hook_missing(id))?;
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
        return Err(bad_schema(Op::Create { event: &event }));
    }
    if enabled && clashes(&data, queue_id, 0, &event) {
        return Err(duplicate(Op::Create { event: &event }));
    }
    let id = data
        .add_hook(queue_id, &event, schema_id, enabled)
        .ok_or_else(|| queue_missing(&event))?;
    let (_, hook) = data.find_hook(id).ok_or_else(|| hook_missing(id))?;
    Ok(ok(hook_json(hook, &data)))
}

/// The hook after a change, checked against the rules before anything is stored.
fn apply(data: &mut SimData, op_queue: (i64, u32), changed: Hook) -> ApiResult<Value> {
    let (queue_id, id) = op_queue;
    if data.flow(changed.schema_id).is_none() {
        return Err(bad_schema(Op::Update));
    }
    if changed.enabled && clashes(data, queue_id, id, &changed.event) {
        return Err(duplicate(Op::Update));
    }
    data.update_hook(id, |h| *h = changed)
        .ok_or_else(|| hook_missing(id))?;
    let (_, hook) = data.find_hook(id).ok_or_else(|| hook_missing(id))?;
    Ok(hook_json(hook, data))
}

fn current(data: &SimData, queue_id: i64, id: u32) -> ApiResult<Hook> {
    data.queue(queue_id)
        .and_then(|q| q.hooks.iter().find(|h| h.id == id))
        .cloned()
        .ok_or_else(|| hook_missing(id))
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
    data.remove_hook(id).ok_or_else(|| hook_missing(id))?;
    Ok(ok(answer))
}
