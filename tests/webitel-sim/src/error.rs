//! The engine's error body, `{id, status, detail, code}`, and the errors the sim answers with.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error as the engine's gateway writes it. `http` and `code` differ on purpose for "not
/// found", which the gateway maps to the same gRPC code as an internal error.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub http: StatusCode,
    pub code: u16,
    pub id: String,
    pub detail: String,
}

#[derive(Serialize)]
struct Body<'a> {
    id: &'a str,
    status: &'a str,
    detail: &'a str,
    code: u16,
}

impl ApiError {
    pub fn new(code: u16, id: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            http: StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            code,
            id: id.into(),
            detail: detail.into(),
        }
    }

    /// Answers with another HTTP status than the body's `code`.
    pub fn with_http(mut self, http: StatusCode) -> Self {
        self.http = http;
        self
    }

    pub fn bad_request(id: &str, detail: impl Into<String>) -> Self {
        Self::new(400, id, detail)
    }

    pub fn bad_param(name: &str, value: &str) -> Self {
        Self::bad_request(
            "api.request.invalid_param.app_error",
            format!("Invalid value {value:?} for parameter {name}"),
        )
    }

    pub fn bad_json(err: impl std::fmt::Display) -> Self {
        Self::bad_request(
            "api.request.invalid_body.app_error",
            format!("The request body is not valid JSON for this call: {err}"),
        )
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            401,
            "app.session.unauthenticated",
            "No valid session: sign in and send the token in X-Webitel-Access",
        )
    }

    pub fn session_expired() -> Self {
        Self::new(
            401,
            "api.context.session_expired.app_error",
            "Your session has expired: sign in again",
        )
    }

    pub fn forbidden(class: &str, access: &str) -> Self {
        Self::new(
            403,
            "api.context.permissions.app_error",
            format!("You do not have the permission \"{access}\" on the object class \"{class}\""),
        )
    }

    pub fn not_found_route(path: &str) -> Self {
        Self::new(
            404,
            "api.route.not_found",
            format!("No such method: {path}"),
        )
    }

    pub fn body(&self) -> String {
        let status = StatusCode::from_u16(self.code)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("Unknown");
        let body = Body {
            id: &self.id,
            status,
            detail: &self.detail,
            code: self.code,
        };
        serde_json::to_string(&body).unwrap_or_else(|_| String::from("{}"))
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.code, self.id, self.detail)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = self.body();
        (
            self.http,
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
