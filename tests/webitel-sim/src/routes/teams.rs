//! `/call_center/teams`: list and read (`AgentTeamService`), the part of the team API the app
//! needs to find a team's hooks.
//!
//! Follows webitel/engine grpc_api/cc_team.go (`r` on `cc_team`), store/sqlstore/cc_team_store.go
//! (`q` matches name, description or strategy; filters `id`, `strategy`, `admin_id`) and
//! model/cc_team.go (default order `id`, the allowed `fields`).

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::{ok, path_int, shuffle_ties, Caller, St};
use crate::data::Team;
use crate::error::{ApiError, ApiResult};
use crate::json::{list as list_json, to_value, TeamOut, TEAM_FIELDS};
use crate::query::{keep_fields, sort_rows, Params};
use crate::state::lock;

const CLASS: &str = "cc_team";

pub async fn list(
    caller: Caller,
    State(state): St,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    caller.require(CLASS, "r")?;
    let params = Params::parse(raw.as_deref());
    let page = params.page()?;
    let ids = params.int64s("id")?;
    let strategies = params.many("strategy");
    let admins = params.int64s("admin_id")?;
    let q = params.pattern("q")?;
    let fields = params.fields(TEAM_FIELDS);
    let (field, desc) = params.sort()?.unwrap_or_else(|| ("id".to_string(), false));
    if !TEAM_FIELDS.contains(&field.as_str()) {
        // The order is SQL over the view `cc_team_list`: a column it does not have is the
        // database's error, answered 500 (cc_team_store.go, GetAllPage).
        return Err(ApiError::new(
            500,
            "store.sql_agent_team.get_all.app_error",
            format!("pq: column \"{field}\" does not exist"),
        ));
    }

    let data = lock(&state.data);
    let mut rows: Vec<&Team> = data
        .teams
        .iter()
        .filter(|t| ids.is_empty() || ids.contains(&t.id))
        .filter(|t| strategies.is_empty() || strategies.contains(&t.strategy.as_str()))
        // No sim team has an administrator, so any `admin_id` filter matches none.
        .filter(|_| admins.is_empty())
        .filter(|t| {
            q.as_ref().is_none_or(|p| {
                p.matches(&t.name) || p.matches(&t.description) || p.matches(&t.strategy)
            })
        })
        .collect();
    // By the one column asked and nothing after it, as every engine list.
    shuffle_ties(&state, &mut rows);
    let untied = |_: &&Team| ();
    match field.as_str() {
        "id" => sort_rows(&mut rows, desc, |t| t.id, untied),
        "name" => sort_rows(&mut rows, desc, |t| t.name.as_str(), untied),
        "description" => sort_rows(&mut rows, desc, |t| t.description.as_str(), untied),
        "strategy" => sort_rows(&mut rows, desc, |t| t.strategy.as_str(), untied),
        "max_no_answer" => sort_rows(&mut rows, desc, |t| t.max_no_answer, untied),
        "wrap_up_time" => sort_rows(&mut rows, desc, |t| t.wrap_up_time, untied),
        "no_answer_delay_time" => sort_rows(&mut rows, desc, |t| t.no_answer_delay_time, untied),
        "call_timeout" => sort_rows(&mut rows, desc, |t| t.call_timeout, untied),
        "updated_at" => sort_rows(&mut rows, desc, |t| t.updated_at, untied),
        // `admin`: empty on every sim team, all ties.
        _ => {}
    }
    let (rows, next) = page.slice(rows);
    let items = rows
        .into_iter()
        .map(|t| keep_fields(to_value(&TeamOut::new(t)), &fields))
        .collect();
    Ok(ok(list_json(items, next)))
}

pub async fn read(
    caller: Caller,
    State(state): St,
    path: Result<Path<String>, PathRejection>,
) -> ApiResult<Response> {
    caller.require(CLASS, "r")?;
    let Path(raw) = path.map_err(|e| ApiError::bad_param("id", &e.body_text()))?;
    let id: i64 = path_int("id", &raw)?;
    let data = lock(&state.data);
    // The store's "no rows" is code 404 (cc_team_store.go, Get: `Id=%v, %s`), which the gateway
    // answers as HTTP 500, as every store's "not found".
    let team = data.team(id).ok_or_else(|| {
        ApiError::new(
            404,
            "store.sql_agent_team.get.app_error",
            format!("Id={id}, sql: no rows in result set"),
        )
        .with_http(StatusCode::INTERNAL_SERVER_ERROR)
    })?;
    Ok(ok(to_value(&TeamOut::new(team))))
}
