//! Sign-in, two-factor, who-am-I and sign-out. `/login`, `/login/2fa` and `/logout` are not in
//! the Swagger documents; their shapes follow Webitel's login app.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use serde::{Deserialize, Deserializer};
use serde_json::{json, Value};

use super::{ok, parse_body, Caller, St};
use crate::data::now_ms;
use crate::error::{ApiError, ApiResult};
use crate::json::Int64;
use crate::state::{lock, AppState};
use crate::totp;
use crate::users::{
    new_token, Session, DEFAULT_TOKEN_TTL, DOMAIN, DOMAIN_ID, PASSWORD, TWO_FACTOR_TTL,
};

#[derive(Deserialize, Default)]
struct LoginIn {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    domain: String,
}

#[derive(Deserialize, Default)]
struct TwoFactorIn {
    #[serde(default)]
    id: String,
    #[serde(default, deserialize_with = "string_or_number")]
    totp: String,
}

/// A code typed as digits may arrive as a JSON number, losing its leading zeros.
fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s,
        Value::Number(n) => format!("{:06}", n.as_u64().unwrap_or(u64::MAX)),
        _ => String::new(),
    })
}

fn bad_credentials() -> ApiError {
    ApiError::new(
        401,
        "app.user.login.app_error",
        "Invalid username or password",
    )
}

fn issue_token(state: &AppState, user: usize) -> Value {
    let token = issue_token_for(state, user);
    let ttl = lock(&state.sessions)
        .tokens
        .get(&token)
        .map(|s| s.expires_at.saturating_duration_since(Instant::now()))
        .unwrap_or_default();
    // Rounded up, so that a fresh 12-hour token says 43200 rather than 43199.
    let secs = ttl.as_secs() + u64::from(ttl.subsec_nanos() > 0);
    let mut answer = json!({ "access_token": token, "token_type": "bearer" });
    if secs > 0 {
        if let Value::Object(m) = &mut answer {
            m.insert("expires_in".into(), json!(secs));
        }
    }
    answer
}

/// Starts a session for `user` and returns its token.
pub fn issue_token_for(state: &AppState, user: usize) -> String {
    let ttl = lock(&state.knobs)
        .token_ttl_secs
        .map(Duration::from_secs)
        .unwrap_or(DEFAULT_TOKEN_TTL);
    let token = new_token();
    let ttl_ms = i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX);
    let session = Session {
        user,
        expires_at: Instant::now()
            .checked_add(ttl)
            .unwrap_or_else(|| Instant::now() + DEFAULT_TOKEN_TTL),
        expires_at_ms: now_ms().saturating_add(ttl_ms),
    };
    lock(&state.sessions).tokens.insert(token.clone(), session);
    token
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

pub async fn login(State(state): St, body: Bytes) -> ApiResult<Response> {
    let input: LoginIn = parse_body(&body)?;
    // `user@domain` in the current login app; a separate `domain` field in older ones.
    let (name, domain) = match input.username.split_once('@') {
        Some((n, d)) => (n.to_string(), d.to_string()),
        None => (input.username.clone(), input.domain.clone()),
    };
    if !input.domain.is_empty() && !input.domain.eq_ignore_ascii_case(&domain) {
        return Err(bad_credentials());
    }
    let index = state
        .users
        .iter()
        .position(|u| u.username.eq_ignore_ascii_case(name.trim()))
        .filter(|_| domain.trim().eq_ignore_ascii_case(DOMAIN) && input.password == PASSWORD)
        .ok_or_else(bad_credentials)?;
    if state.users[index].totp_secret.is_some() {
        let id = new_token();
        lock(&state.sessions)
            .pending
            .insert(id.clone(), (index, Instant::now() + TWO_FACTOR_TTL));
        return Ok(ok(json!({ "id": id })));
    }
    Ok(ok(issue_token(&state, index)))
}

pub async fn login_2fa(State(state): St, body: Bytes) -> ApiResult<Response> {
    let input: TwoFactorIn = parse_body(&body)?;
    let pending = lock(&state.sessions).pending.get(&input.id).copied();
    let Some((index, _)) = pending.filter(|(_, until)| *until > Instant::now()) else {
        return Err(ApiError::new(
            401,
            "app.user.login.2fa.session_expired",
            "The sign-in attempt has expired or is unknown: sign in again",
        ));
    };
    let secret = state
        .users
        .get(index)
        .and_then(|u| u.totp_secret)
        .unwrap_or("");
    if !totp::verify(secret, &input.totp, unix_now()) {
        // The attempt stays open until it expires, so the user may type the code again.
        return Err(ApiError::new(
            401,
            "app.user.login.2fa.invalid_code",
            "Invalid verification code",
        ));
    }
    lock(&state.sessions).pending.remove(&input.id);
    Ok(ok(issue_token(&state, index)))
}

pub async fn logout(caller: Caller, State(state): St) -> ApiResult<Response> {
    lock(&state.sessions).tokens.remove(&caller.token);
    Ok(ok(json!({})))
}

pub async fn userinfo(caller: Caller) -> ApiResult<Response> {
    let u = &caller.user;
    let scope: Vec<Value> = u
        .scope
        .iter()
        .map(|s| {
            let mut v = json!({ "class": s.class, "id": Int64(s.id), "name": s.name });
            if let Value::Object(m) = &mut v {
                // protojson leaves out empty strings and false flags.
                if !s.access.is_empty() {
                    m.insert("access".into(), json!(s.access));
                }
                if s.obac {
                    m.insert("obac".into(), json!(true));
                }
                if s.rbac {
                    m.insert("rbac".into(), json!(true));
                }
            }
            v
        })
        .collect();
    let roles: Vec<Value> = u
        .roles
        .iter()
        .map(|(id, name)| json!({ "id": Int64(*id), "name": name }))
        .collect();
    let permissions: Vec<Value> = u
        .permissions
        .iter()
        .map(|(id, name)| json!({ "id": id, "name": name }))
        .collect();
    let mut info = json!({
        "domain": DOMAIN,
        "dc": Int64(DOMAIN_ID),
        "user_id": Int64(u.id),
        "name": u.name,
        "username": u.username,
        "preferred_username": u.username,
        "scope": scope,
        "expires_at": Int64(caller.expires_at_ms),
    });
    if let Value::Object(m) = &mut info {
        if !roles.is_empty() {
            m.insert("roles".into(), Value::Array(roles));
        }
        if !permissions.is_empty() {
            m.insert("permissions".into(), Value::Array(permissions));
        }
    }
    Ok(ok(info))
}
