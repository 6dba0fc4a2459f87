//! The rules the engine's two hook collections share, the hooks of a queue
//! (`/call_center/queues/{queue_id}/hooks`) and the hooks of a team
//! (`/call_center/teams/{team_id}/hooks`), and the few places where they differ, each a field of
//! [`HookCollection`].
//!
//! Both follow one pattern in webitel/engine: `app/cc_queue_hook.go` and `app/cc_team_hook.go`
//! start a read, replace, patch and delete with the store's `Get`; the stores
//! (`store/sqlstore/cc_queue_hook_store.go`, `store/sqlstore/cc_team_hook_store.go`) insert under
//! `where exists` on the owner, list with a `where` on owner and domain that never looks the
//! owner up, and order by the one column asked (`store/sqlstore/list_query.go`, `GetOrderBy`).
//! Store errors carry a code from `extractCodeFromErr` (`store/sqlstore`): 404 for "no rows",
//! 400 for a unique or foreign key violation, 500 otherwise.

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::{ok, parse_body, path_int, shuffle_ties, Caller};
use crate::data::{touch, Hook, SimData, AGENT_STATUS};
use crate::error::{ApiError, ApiResult};
use crate::json::{list as list_json, to_value, HookIn, HookOut};
use crate::query::{keep_fields, sort_rows, Params};
use crate::state::{lock, AppState};

/// The six axum handlers of one hook resource (list, read, create, replace, patch, delete), each
/// handing its request to `$collection`: the queue's and the team's differ only in it.
macro_rules! hook_handlers {
    ($collection:expr) => {
        pub async fn list(
            caller: super::Caller,
            axum::extract::State(state): super::St,
            path: Result<axum::extract::Path<String>, axum::extract::rejection::PathRejection>,
            axum::extract::RawQuery(raw): axum::extract::RawQuery,
        ) -> crate::error::ApiResult<axum::response::Response> {
            $collection.list(&caller, &state, path, raw.as_deref())
        }

        pub async fn read(
            caller: super::Caller,
            axum::extract::State(state): super::St,
            path: Result<
                axum::extract::Path<(String, String)>,
                axum::extract::rejection::PathRejection,
            >,
        ) -> crate::error::ApiResult<axum::response::Response> {
            $collection.read(&caller, &state, path)
        }

        pub async fn create(
            caller: super::Caller,
            axum::extract::State(state): super::St,
            path: Result<axum::extract::Path<String>, axum::extract::rejection::PathRejection>,
            body: axum::body::Bytes,
        ) -> crate::error::ApiResult<axum::response::Response> {
            $collection.create(&caller, &state, path, &body)
        }

        pub async fn replace(
            caller: super::Caller,
            axum::extract::State(state): super::St,
            path: Result<
                axum::extract::Path<(String, String)>,
                axum::extract::rejection::PathRejection,
            >,
            body: axum::body::Bytes,
        ) -> crate::error::ApiResult<axum::response::Response> {
            $collection.replace(&caller, &state, path, &body)
        }

        pub async fn patch(
            caller: super::Caller,
            axum::extract::State(state): super::St,
            path: Result<
                axum::extract::Path<(String, String)>,
                axum::extract::rejection::PathRejection,
            >,
            body: axum::body::Bytes,
        ) -> crate::error::ApiResult<axum::response::Response> {
            $collection.patch(&caller, &state, path, &body)
        }

        pub async fn delete(
            caller: super::Caller,
            axum::extract::State(state): super::St,
            path: Result<
                axum::extract::Path<(String, String)>,
                axum::extract::rejection::PathRejection,
            >,
        ) -> crate::error::ApiResult<axum::response::Response> {
            $collection.delete(&caller, &state, path)
        }
    };
}
pub(crate) use hook_handlers;

/// What a hook belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Queue,
    Team,
}

/// Which hooks the table's unique index lets live side by side.
#[derive(Clone, Copy, Debug)]
pub enum Unique {
    /// `(queue_id, event) where enabled`: one enabled hook per event (webitel/call_center's
    /// migration, `cc_queue_events_queue_id_event_uindex`).
    EnabledEvent,
    /// `(team_id, schema_id)`: one hook per flow, enabled or not (webitel/call_center's
    /// migration, `cc_team_events_team_id_schema_id_uindex`).
    Flow,
}

/// How the API spells a hook's event.
#[derive(Clone, Copy, Debug)]
pub enum Events {
    /// A free string, stored and answered as sent (`engine.QueueHook.event`): the engine checks
    /// nothing of it (webitel/engine model/cc_queue_hook.go, lines 48-51 at commit 74e6ec8:
    /// `QueueHook.IsValid` is a `//todo` returning nil), so the eight events, the dialer's
    /// attempt states such as `wait_agent`, and any other text are all taken; the unique index
    /// still holds one enabled hook per string.
    Text,
    /// The enum `engine.TeamHookEvent`: `teamHookEventUndefined` (0) and `agent_status` (1).
    TeamEnum,
}

/// The enum `TeamHookEvent`'s values by number (the Swagger's `engine.TeamHookEvent`).
const TEAM_EVENTS: [&str; 2] = ["teamHookEventUndefined", AGENT_STATUS];

impl Events {
    /// The event a body's `event` stores. The gateway decodes the body with protojson: a string
    /// field takes a string, an enum field its value's name or number (an unknown name is a 400,
    /// an unknown number passes, as proto3 enums are open), and a missing one its zero value. The
    /// team hook API then stores the enum's `String()` (webitel/engine grpc_api/cc_team_hook.go:
    /// `in.GetEvent().String()`), which is a decimal for a number the enum does not name.
    fn stored(self, sent: Option<&Value>) -> ApiResult<String> {
        let refuse = |v: &Value| ApiError::bad_json(format!("invalid value for field event: {v}"));
        match (self, sent) {
            (_, None | Some(Value::Null)) => Ok(self.zero().to_string()),
            (Events::Text, Some(Value::String(s))) => Ok(s.clone()),
            (Events::TeamEnum, Some(v @ Value::String(s))) => TEAM_EVENTS
                .iter()
                .find(|name| *name == s)
                .map(|name| (*name).to_string())
                .ok_or_else(|| refuse(v)),
            (Events::TeamEnum, Some(v @ Value::Number(n))) => {
                let number = n
                    .as_i64()
                    .and_then(|n| i32::try_from(n).ok())
                    .ok_or_else(|| refuse(v))?;
                Ok(usize::try_from(number)
                    .ok()
                    .and_then(|i| TEAM_EVENTS.get(i))
                    .map_or_else(|| number.to_string(), |name| (*name).to_string()))
            }
            (_, Some(other)) => Err(refuse(other)),
        }
    }

    fn zero(self) -> &'static str {
        match self {
            Events::Text => "",
            Events::TeamEnum => TEAM_EVENTS[0],
        }
    }

    /// The event as an answer carries it: a team hook's stored text goes back through the enum
    /// (`toEngineTeamHook`: `TeamHookEvent_value[src.Event]`), so anything but `agent_status`
    /// becomes the zero value, which protojson leaves out.
    fn answered(self, stored: &str) -> &str {
        match self {
            Events::Text => stored,
            Events::TeamEnum if stored == AGENT_STATUS => stored,
            Events::TeamEnum => "",
        }
    }

    /// An `event` list parameter as the gateway parses it: any string for a string list; for
    /// the enum, names and numbers of its values only (grpc-gateway v2 `runtime/query.go`,
    /// `parseField`), anything else a 400.
    fn check_filter(self, values: Vec<&str>) -> ApiResult<Vec<&str>> {
        if let Events::TeamEnum = self {
            for v in &values {
                let by_name = TEAM_EVENTS.contains(v);
                let by_number = v
                    .parse::<usize>()
                    .is_ok_and(|i| i < TEAM_EVENTS.len() && !v.starts_with('+'));
                if !by_name && !by_number {
                    return Err(ApiError::bad_param("event", v));
                }
            }
        }
        Ok(values)
    }
}

/// One hook collection of the engine, described by what differs between queues and teams.
#[derive(Debug)]
pub struct HookCollection {
    pub owner: Owner,
    /// The object class whose rights govern the hooks: reading needs `r`, every change `r` and
    /// `w` on it (webitel/engine's controllers of queue and team hooks: `CanRead`, then
    /// `CanUpdate`).
    pub class: &'static str,
    /// The path parameter that names the owner.
    pub owner_param: &'static str,
    /// The store's name in its error ids (`store.<store>.get.app_error`, ...).
    pub store: &'static str,
    /// The id of a refused create: the team hook store words it as the team store's.
    pub create_error: &'static str,
    pub table: &'static str,
    /// The columns of the view the list reads, the only ones a sort may name.
    pub view_columns: &'static [&'static str],
    pub unique: Unique,
    pub unique_index: &'static str,
    pub schema_fk: &'static str,
    pub events: Events,
    /// Whether the list's `event` parameter filters: the team hook API parses it and drops it
    /// (webitel/engine grpc_api/cc_team_hook.go, SearchTeamHook: `//Events: in.Event`).
    pub filters_by_event: bool,
    /// The PATCH `fields` names that change the flow.
    pub schema_fields: &'static [&'static str],
}

/// Names a hook list may ask for in `fields` (`model.QueueHook` and `model.TeamHook`
/// `DefaultFields`).
const FIELDS: &[&str] = &["id", "schema", "event", "enabled"];

/// Which store call refused, with what it adds before the database's words: Create writes
/// `event=%v, %v`, Update the database's words alone.
#[derive(Clone, Copy)]
enum Op<'a> {
    Create { event: &'a str },
    Update,
}

impl HookCollection {
    fn error_id(&self, call: &str) -> String {
        format!("store.{}.{call}.app_error", self.store)
    }

    /// A create under an owner that is not there (or is another domain's): the insert's
    /// `where exists` inserts nothing, and the "no rows" is code 404, which the gateway answers
    /// as HTTP 500.
    fn owner_missing(&self, event: &str) -> ApiError {
        ApiError::new(
            404,
            self.create_error,
            format!("event={event}, sql: no rows in result set"),
        )
        .with_http(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// A hook that is not there, whether read, replaced, patched or deleted: each starts with
    /// the store's `Get`, whose "no rows" is code 404 with the store's words (`Id=%v, %v`),
    /// answered as HTTP 500.
    fn hook_missing(&self, id: u32) -> ApiError {
        ApiError::new(
            404,
            self.error_id("get"),
            format!("Id={id}, sql: no rows in result set"),
        )
        .with_http(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// The database's refusal of an ORDER BY on a column the view does not have.
    fn unknown_sort_column(&self, column: &str) -> ApiError {
        ApiError::new(
            500,
            self.error_id("get_all"),
            format!("pq: column \"{column}\" does not exist"),
        )
    }

    fn store_error(&self, op: Op<'_>, words: String) -> ApiError {
        match op {
            Op::Create { event } => {
                ApiError::bad_request(self.create_error, format!("event={event}, {words}"))
            }
            Op::Update => ApiError::bad_request(&self.error_id("update"), words),
        }
    }

    fn duplicate(&self, op: Op<'_>) -> ApiError {
        self.store_error(
            op,
            format!(
                "pq: duplicate key value violates unique constraint \"{}\"",
                self.unique_index
            ),
        )
    }

    fn bad_schema(&self, op: Op<'_>) -> ApiError {
        self.store_error(
            op,
            format!(
                "pq: insert or update on table \"{}\" violates foreign key constraint \"{}\"",
                self.table, self.schema_fk
            ),
        )
    }

    fn hooks<'a>(&self, data: &'a SimData, owner: i64) -> Option<&'a Vec<Hook>> {
        match self.owner {
            Owner::Queue => data.queue(owner).map(|q| &q.hooks),
            Owner::Team => data.team(owner).map(|t| &t.hooks),
        }
    }

    /// Changes the hooks of `owner` with `f`; a queue's `updated_at` moves with every change of
    /// its hooks, a team's stays (its hook store writes `cc_team_events` only).
    fn change<R>(
        &self,
        data: &mut SimData,
        owner: i64,
        f: impl FnOnce(&mut Vec<Hook>) -> R,
    ) -> Option<R> {
        match self.owner {
            Owner::Queue => {
                let queue = data.queue_mut(owner)?;
                let r = f(&mut queue.hooks);
                touch(queue);
                Some(r)
            }
            Owner::Team => data.team_mut(owner).map(|t| f(&mut t.hooks)),
        }
    }

    fn allocate(&self, data: &mut SimData) -> u32 {
        match self.owner {
            Owner::Queue => data.allocate_hook_id(),
            Owner::Team => data.allocate_team_hook_id(),
        }
    }

    fn current(&self, data: &SimData, owner: i64, id: u32) -> ApiResult<Hook> {
        self.hooks(data, owner)
            .and_then(|hooks| hooks.iter().find(|h| h.id == id))
            .cloned()
            .ok_or_else(|| self.hook_missing(id))
    }

    fn json(&self, hook: &Hook, data: &SimData) -> Value {
        let mut out = HookOut::new(hook, data);
        out.event = self.events.answered(&hook.event).to_string();
        to_value(&out)
    }

    /// Whether another hook of `owner` (not `except`) stands in the unique index's way.
    fn clashes(&self, data: &SimData, owner: i64, except: u32, hook: &Hook) -> bool {
        self.hooks(data, owner).is_some_and(|hooks| {
            hooks
                .iter()
                .filter(|h| h.id != except)
                .any(|h| match self.unique {
                    Unique::EnabledEvent => hook.enabled && h.enabled && h.event == hook.event,
                    Unique::Flow => h.schema_id == hook.schema_id,
                })
        })
    }

    fn one_path(&self, p: Result<Path<String>, PathRejection>) -> ApiResult<i64> {
        let Path(raw) = p.map_err(|e| ApiError::bad_param(self.owner_param, &e.body_text()))?;
        path_int(self.owner_param, &raw)
    }

    fn two_paths(&self, p: Result<Path<(String, String)>, PathRejection>) -> ApiResult<(i64, u32)> {
        let Path((owner, id)) = p.map_err(|e| ApiError::bad_param("id", &e.body_text()))?;
        Ok((path_int(self.owner_param, &owner)?, path_int("id", &id)?))
    }

    pub fn list(
        &self,
        caller: &Caller,
        state: &AppState,
        path: Result<Path<String>, PathRejection>,
        raw: Option<&str>,
    ) -> ApiResult<Response> {
        caller.require(self.class, "r")?;
        let owner = self.one_path(path)?;
        let params = Params::parse(raw);
        let page = params.page()?;
        let ids: Vec<u32> = params.ints("id")?;
        let schema_ids = params.int64s("schema_id")?;
        let events = self.events.check_filter(params.many("event"))?;
        let events = if self.filters_by_event {
            events
        } else {
            Vec::new()
        };
        let q = params.pattern("q")?;
        let fields = params.fields(FIELDS);
        let (field, desc) = params
            .sort()?
            .unwrap_or_else(|| ("event".to_string(), false));
        if !self.view_columns.contains(&field.as_str()) {
            return Err(self.unknown_sort_column(&field));
        }

        let data = lock(&state.data);
        // The list filters by owner and domain and never looks the owner up: a missing owner
        // lists no hooks, with 200.
        let none = Vec::new();
        let mut rows: Vec<&Hook> = self
            .hooks(&data, owner)
            .unwrap_or(&none)
            .iter()
            .filter(|h| ids.is_empty() || ids.contains(&h.id))
            .filter(|h| schema_ids.is_empty() || schema_ids.contains(&h.schema_id))
            .filter(|h| events.is_empty() || events.contains(&h.event.as_str()))
            .filter(|h| q.as_ref().is_none_or(|p| p.matches(&h.event)))
            .collect();
        // The order is by that one column and by nothing after it (`DefaultOrder` "+event" in
        // webitel/engine model/queue_hook.go and model/cc_team_hook.go): hooks of one value come
        // back in whatever order the database finds them, which may change between two pages.
        // Ids are unique, so an id order has no ties.
        shuffle_ties(state, &mut rows);
        let untied = |_: &&Hook| ();
        match field.as_str() {
            "id" => sort_rows(&mut rows, desc, |h| h.id, untied),
            "schema" => sort_rows(&mut rows, desc, |h| data.flow_name(h.schema_id), untied),
            "schema_id" => sort_rows(&mut rows, desc, |h| h.schema_id, untied),
            "enabled" => sort_rows(&mut rows, desc, |h| h.enabled, untied),
            "event" => sort_rows(&mut rows, desc, |h| h.event.as_str(), untied),
            // The owner's column: the same on every row, all ties.
            _ => {}
        }
        let (rows, next) = page.slice(rows);
        let garbled = match self.owner {
            Owner::Queue => lock(&state.knobs).garbled_hook,
            Owner::Team => None,
        };
        let items = rows
            .into_iter()
            .map(|h| {
                let mut json = keep_fields(self.json(h, &data), &fields);
                // The hostile side: one row with a field of a type no Webitel server sends.
                if garbled == Some(h.id) {
                    json["enabled"] = serde_json::json!({"not": "a boolean"});
                }
                json
            })
            .collect();
        Ok(ok(list_json(items, next)))
    }

    pub fn read(
        &self,
        caller: &Caller,
        state: &AppState,
        path: Result<Path<(String, String)>, PathRejection>,
    ) -> ApiResult<Response> {
        caller.require(self.class, "r")?;
        let (owner, id) = self.two_paths(path)?;
        let data = lock(&state.data);
        let hook = self.current(&data, owner, id)?;
        Ok(ok(self.json(&hook, &data)))
    }

    /// The hook a body describes; what the body leaves out is the zero value, as in protobuf.
    fn hook_of_body(&self, id: u32, input: &HookIn) -> ApiResult<Hook> {
        Ok(Hook {
            id,
            event: self.events.stored(input.event.as_ref())?,
            schema_id: input.schema.as_ref().and_then(|s| s.id).unwrap_or(0),
            enabled: input.enabled.unwrap_or(false),
        })
    }

    pub fn create(
        &self,
        caller: &Caller,
        state: &AppState,
        path: Result<Path<String>, PathRejection>,
        body: &Bytes,
    ) -> ApiResult<Response> {
        caller.require(self.class, "rw")?;
        let owner = self.one_path(path)?;
        let input: HookIn = parse_body(body)?;
        let new = self.hook_of_body(0, &input)?;
        let mut data = lock(&state.data);
        let op = Op::Create { event: &new.event };
        self.hooks(&data, owner)
            .ok_or_else(|| self.owner_missing(&new.event))?;
        if data.flow(new.schema_id).is_none() {
            return Err(self.bad_schema(op));
        }
        if self.clashes(&data, owner, 0, &new) {
            return Err(self.duplicate(op));
        }
        let id = self.allocate(&mut data);
        let stored = Hook { id, ..new };
        self.change(&mut data, owner, |hooks| hooks.push(stored.clone()))
            .ok_or_else(|| self.owner_missing(&stored.event))?;
        Ok(ok(self.json(&stored, &data)))
    }

    /// Stores `changed` over the hook it replaces, after the checks the database makes.
    fn apply(&self, data: &mut SimData, owner: i64, changed: Hook) -> ApiResult<Value> {
        if data.flow(changed.schema_id).is_none() {
            return Err(self.bad_schema(Op::Update));
        }
        if self.clashes(data, owner, changed.id, &changed) {
            return Err(self.duplicate(Op::Update));
        }
        let id = changed.id;
        let answer = self.json(&changed, data);
        self.change(data, owner, |hooks| {
            hooks.iter_mut().find(|h| h.id == id).map(|h| *h = changed)
        })
        .flatten()
        .ok_or_else(|| self.hook_missing(id))?;
        Ok(answer)
    }

    pub fn replace(
        &self,
        caller: &Caller,
        state: &AppState,
        path: Result<Path<(String, String)>, PathRejection>,
        body: &Bytes,
    ) -> ApiResult<Response> {
        caller.require(self.class, "rw")?;
        let (owner, id) = self.two_paths(path)?;
        let input: HookIn = parse_body(body)?;
        let changed = self.hook_of_body(id, &input)?;
        let mut data = lock(&state.data);
        self.current(&data, owner, id)?;
        Ok(ok(self.apply(&mut data, owner, changed)?))
    }

    /// PATCH takes from the body only what `fields` names (webitel/engine
    /// grpc_api/cc_queue_hook.go and grpc_api/cc_team_hook.go, Patch*Hook: `schema.id`, `event`,
    /// `enabled`), over the hook as stored.
    pub fn patch(
        &self,
        caller: &Caller,
        state: &AppState,
        path: Result<Path<(String, String)>, PathRejection>,
        body: &Bytes,
    ) -> ApiResult<Response> {
        caller.require(self.class, "rw")?;
        let (owner, id) = self.two_paths(path)?;
        let input: HookIn = parse_body(body)?;
        // The body is decoded whole before `fields` is read, so a bad event is refused even
        // when `fields` does not name it.
        let event = self.events.stored(input.event.as_ref())?;
        let mut data = lock(&state.data);
        let mut changed = self.current(&data, owner, id)?;
        for field in input.fields.iter().flatten() {
            match field.as_str() {
                "event" => changed.event = event.clone(),
                "enabled" => changed.enabled = input.enabled.unwrap_or(false),
                f if self.schema_fields.contains(&f) => {
                    changed.schema_id = input.schema.as_ref().and_then(|s| s.id).unwrap_or(0);
                }
                _ => {}
            }
        }
        Ok(ok(self.apply(&mut data, owner, changed)?))
    }

    pub fn delete(
        &self,
        caller: &Caller,
        state: &AppState,
        path: Result<Path<(String, String)>, PathRejection>,
    ) -> ApiResult<Response> {
        caller.require(self.class, "rw")?;
        let (owner, id) = self.two_paths(path)?;
        let mut data = lock(&state.data);
        let before = self.current(&data, owner, id)?;
        let answer = self.json(&before, &data);
        self.change(&mut data, owner, |hooks| hooks.retain(|h| h.id != id))
            .ok_or_else(|| self.hook_missing(id))?;
        Ok(ok(answer))
    }
}
