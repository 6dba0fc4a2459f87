//! `/call_center/queues`: list and read, the part of the queue API this app needs.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::{ok, path_int, Caller, St};
use crate::data::Queue;
use crate::error::{ApiError, ApiResult};
use crate::json::{list as list_json, to_value, QueueOut, QUEUE_FIELDS};
use crate::query::{keep_fields, sort_rows, Params};
use crate::state::lock;

pub async fn list(
    caller: Caller,
    State(state): St,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    caller.require("cc_queue", "r")?;
    let params = Params::parse(raw.as_deref());
    let page = params.page()?;
    let ids = params.int64s("id")?;
    let types: Vec<i32> = params.ints("type")?;
    let teams = params.int64s("team_id")?;
    let enabled = params.bool("enabled")?;
    let q = params.pattern("q")?;
    let fields = params.fields(QUEUE_FIELDS);

    let data = lock(&state.data);
    let mut rows: Vec<&Queue> = data
        .queues
        .iter()
        .filter(|r| ids.is_empty() || ids.contains(&r.id))
        .filter(|r| types.is_empty() || types.contains(&r.queue_type))
        .filter(|r| teams.is_empty() || r.team.as_ref().is_some_and(|t| teams.contains(&t.id)))
        .filter(|r| enabled.is_none_or(|e| r.enabled == e))
        .filter(|r| {
            q.as_ref()
                .is_none_or(|p| p.matches(&r.name) || p.matches(&r.description))
        })
        .collect();
    let (field, desc) = params
        .sort()?
        .filter(|(f, _)| QUEUE_FIELDS.contains(&f.as_str()))
        .unwrap_or_else(|| ("name".to_string(), false));
    match field.as_str() {
        "id" => sort_rows(&mut rows, desc, |r| r.id, |r| r.id),
        "type" => sort_rows(&mut rows, desc, |r| r.queue_type, |r| r.id),
        "enabled" => sort_rows(&mut rows, desc, |r| r.enabled, |r| r.id),
        "priority" => sort_rows(&mut rows, desc, |r| r.priority, |r| r.id),
        "description" => sort_rows(&mut rows, desc, |r| r.description.clone(), |r| r.id),
        "team" => sort_rows(
            &mut rows,
            desc,
            |r| r.team.as_ref().map(|t| t.name.clone()),
            |r| r.id,
        ),
        "created_at" => sort_rows(&mut rows, desc, |r| r.created_at, |r| r.id),
        "updated_at" => sort_rows(&mut rows, desc, |r| r.updated_at, |r| r.id),
        _ => sort_rows(&mut rows, desc, |r| r.name.clone(), |r| r.id),
    }
    let (rows, next) = page.slice(rows);
    let items = rows
        .into_iter()
        .map(|r| keep_fields(to_value(&QueueOut::new(r)), &fields))
        .collect();
    Ok(ok(list_json(items, next)))
}

pub async fn read(
    caller: Caller,
    State(state): St,
    path: Result<Path<String>, PathRejection>,
) -> ApiResult<Response> {
    caller.require("cc_queue", "r")?;
    let Path(raw) = path.map_err(|e| ApiError::bad_param("id", &e.body_text()))?;
    let id: i64 = path_int("id", &raw)?;
    let data = lock(&state.data);
    let queue = data.queue(id).ok_or_else(|| {
        ApiError::new(
            404,
            "store.sql_queue.get.app_error",
            format!("Id={id}, sql: no rows in result set"),
        )
    })?;
    Ok(ok(to_value(&QueueOut::new(queue))))
}
