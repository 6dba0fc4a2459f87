//! The `/api` routes, the token check and the helpers every handler uses.

pub mod auth;
pub mod hook_collection;
pub mod hooks;
pub mod queues;
pub mod schemas;
pub mod team_hooks;
pub mod teams;

use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::state::{lock, AppState};
use crate::users::{Lookup, User};

pub fn api_router() -> Router<AppState> {
    Router::new()
        .route("/login", post(auth::login))
        .route("/login/2fa", post(auth::login_2fa))
        .route("/logout", post(auth::logout))
        .route("/userinfo", get(auth::userinfo))
        .route("/call_center/queues", get(queues::list))
        .route("/call_center/queues/{id}", get(queues::read))
        .route(
            "/call_center/queues/{queue_id}/hooks",
            get(hooks::list).post(hooks::create),
        )
        .route(
            "/call_center/queues/{queue_id}/hooks/{id}",
            get(hooks::read)
                .put(hooks::replace)
                .patch(hooks::patch)
                .delete(hooks::delete),
        )
        .route("/call_center/teams", get(teams::list))
        .route("/call_center/teams/{id}", get(teams::read))
        .route(
            "/call_center/teams/{team_id}/hooks",
            get(team_hooks::list).post(team_hooks::create),
        )
        .route(
            "/call_center/teams/{team_id}/hooks/{id}",
            get(team_hooks::read)
                .put(team_hooks::replace)
                .patch(team_hooks::patch)
                .delete(team_hooks::delete),
        )
        .route("/routing/schema", get(schemas::list))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found_route(uri.path())
}

async fn method_not_allowed(uri: Uri) -> ApiError {
    ApiError::new(
        405,
        "api.route.method_not_allowed",
        format!("Method not allowed on {}", uri.path()),
    )
}

/// The signed-in user of a request, from `X-Webitel-Access`.
pub struct Caller {
    pub user: User,
    pub token: String,
    pub expires_at_ms: i64,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get("x-webitel-access")
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(ApiError::unauthenticated)?
            .to_string();
        let sessions = lock(&state.sessions);
        match sessions.lookup(&token) {
            Lookup::Unknown => Err(ApiError::unauthenticated()),
            Lookup::Expired => Err(ApiError::session_expired()),
            Lookup::Valid(session) => {
                let user = state
                    .users
                    .get(session.user)
                    .cloned()
                    .ok_or_else(ApiError::unauthenticated)?;
                Ok(Caller {
                    user,
                    expires_at_ms: session.expires_at_ms,
                    token,
                })
            }
        }
    }
}

impl Caller {
    /// 403 unless the caller holds every flag of `need` on `class`.
    pub fn require(&self, class: &str, need: &str) -> ApiResult<()> {
        if self.user.may(class, need) {
            Ok(())
        } else {
            Err(ApiError::forbidden(class, need))
        }
    }
}

/// A 200 JSON answer.
pub fn ok(value: Value) -> Response {
    let body = serde_json::to_string(&value).unwrap_or_else(|_| String::from("{}"));
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

/// Parses a body ourselves so that bad JSON gets the engine's error shape, not axum's text.
/// An empty body reads as `{}`, as the gateway does.
pub fn parse_body<T: DeserializeOwned>(body: &Bytes) -> ApiResult<T> {
    let text = if body.iter().all(u8::is_ascii_whitespace) {
        &b"{}"[..]
    } else {
        &body[..]
    };
    serde_json::from_slice(text).map_err(ApiError::bad_json)
}

/// A path segment that must be an integer; the engine's gateway answers 400 otherwise.
pub fn path_int<T: std::str::FromStr>(name: &str, raw: &str) -> ApiResult<T> {
    raw.trim()
        .parse()
        .map_err(|_| ApiError::bad_param(name, raw))
}

pub type St = State<AppState>;

/// Shuffles `rows`, seeded per request (knob `tie_seed`), before a stable sort by one column:
/// the engine orders a list by the one column asked and by nothing after it
/// (webitel/engine store/sqlstore/list_query.go, `GetOrderBy`), so rows of one value come back
/// in whatever order the database finds them, which may change between two pages.
pub fn shuffle_ties<T>(state: &AppState, rows: &mut [T]) {
    let seed = lock(&state.knobs).tie_seed
        ^ state
            .requests
            .load(std::sync::atomic::Ordering::Relaxed)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    fastrand::Rng::with_seed(seed).shuffle(rows);
}
