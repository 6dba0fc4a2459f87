//! Sign-in, two-factor, who-am-I and sign-out (`/login`, `/login/2fa`, `/userinfo`, `/logout`).
//!
//! What must hold: `/login` gets the username as typed and the domain as a field of its own as
//! well (older login apps sent only the field, the current one only `user@domain`); both answer
//! shapes are read (a top-level `access_token`, or one inside `authorization`); an answer with a
//! second-factor `id` and no token asks for the TOTP code. No official client refreshes tokens:
//! on a 401 the caller drops the token and asks the person to sign in again.

use std::fmt;
use std::time::Duration;

use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::client::{Call, Client};
use crate::error::{Error, ErrorKind, Result};
use crate::token::AccessToken;
use crate::wire::{self, Lookup};

/// What a person types to sign in. The password is kept out of `Debug`.
#[derive(Clone)]
pub struct Credentials {
    username: String,
    password: String,
    domain: Option<String>,
}

impl Credentials {
    /// `username` is usually `user@domain`; the domain is then taken from it.
    pub fn new(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credentials {
            username: username.into().trim().to_owned(),
            password: password.into(),
            domain: None,
        }
    }

    /// Names the domain explicitly (for a username typed without `@domain`).
    pub fn domain(mut self, domain: impl Into<String>) -> Self {
        let domain = domain.into().trim().to_owned();
        self.domain = (!domain.is_empty()).then_some(domain);
        self
    }

    /// The `/login` form: the domain both inside the username and as its own field.
    fn form(&self) -> LoginForm<'_> {
        let from_username = self
            .username
            .rsplit_once('@')
            .map(|(_, d)| d.to_owned())
            .filter(|d| !d.is_empty());
        let domain = self.domain.clone().or(from_username);
        let username = match (&domain, self.username.contains('@')) {
            (Some(domain), false) => format!("{}@{domain}", self.username),
            _ => self.username.clone(),
        };
        LoginForm {
            username,
            password: &self.password,
            domain,
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field("domain", &self.domain)
            .finish()
    }
}

#[derive(Serialize)]
struct LoginForm<'a> {
    username: String,
    password: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain: Option<String>,
}

/// A signed-in session.
#[derive(Debug, Clone)]
pub struct Session {
    pub token: AccessToken,
    /// `Bearer` usually; informative only, the engine reads `X-Webitel-Access`.
    pub token_type: Option<String>,
    pub expires_in: Option<Duration>,
    /// Handed out by some servers; no official client uses it. As secret as the token.
    pub refresh_token: Option<AccessToken>,
}

/// The second factor the server asks for, by the id it gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecondFactorId(pub String);

/// What `/login` led to.
#[derive(Debug, Clone)]
pub enum LoginOutcome {
    Signed(Session),
    /// Two-factor sign-in is on: send the TOTP code with [`AuthHandler::login_2fa`].
    SecondFactor {
        id: SecondFactorId,
    },
}

/// Both answer shapes, leniently.
#[derive(Deserialize)]
pub(crate) struct LoginAnswer {
    #[serde(default)]
    authorization: Option<TokenFields>,
    #[serde(flatten)]
    top: TokenFields,
    #[serde(default, deserialize_with = "wire::opt_string")]
    id: Option<String>,
}

#[derive(Default, Deserialize)]
struct TokenFields {
    #[serde(default, deserialize_with = "wire::opt_string")]
    access_token: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_string")]
    token_type: Option<String>,
    #[serde(default, deserialize_with = "wire::opt_int64")]
    expires_in: Option<i64>,
    #[serde(default, deserialize_with = "wire::opt_string")]
    refresh_token: Option<String>,
}

impl LoginAnswer {
    pub(crate) fn outcome(self) -> Result<LoginOutcome> {
        let fields = match self.authorization {
            Some(inner) if inner.access_token.is_some() => inner,
            _ => self.top,
        };
        if let Some(token) = fields.access_token {
            return Ok(LoginOutcome::Signed(Session {
                token: AccessToken::new(token),
                token_type: fields.token_type,
                expires_in: fields
                    .expires_in
                    .and_then(|s| u64::try_from(s).ok())
                    .map(Duration::from_secs),
                refresh_token: fields.refresh_token.map(AccessToken::new),
            }));
        }
        match self.id {
            Some(id) => Ok(LoginOutcome::SecondFactor {
                id: SecondFactorId(id),
            }),
            None => Err(Error::new(ErrorKind::Decode)
                .with_message("the sign-in answer has neither a token nor a second-factor id")),
        }
    }
}

/// One access-control entry of `/userinfo` `scope`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct Scope {
    #[serde(default, deserialize_with = "wire::string")]
    pub class: String,
    /// Flags: `x` create, `r` read, `w` update, `d` delete.
    #[serde(default, deserialize_with = "wire::string")]
    pub access: String,
    #[serde(default, deserialize_with = "wire::boolean")]
    pub obac: bool,
    #[serde(default, deserialize_with = "wire::boolean")]
    pub rbac: bool,
    #[serde(default, deserialize_with = "wire::int64")]
    pub id: i64,
    #[serde(default, deserialize_with = "wire::string")]
    pub name: String,
}

impl Scope {
    /// Whether `flag` (`x`, `r`, `w`, `d`) is granted: with neither operation- nor record-based
    /// control on, everything is allowed for the class.
    pub fn allows(&self, flag: char) -> bool {
        (!self.obac && !self.rbac) || self.access.contains(flag)
    }
}

/// A global permission of `/userinfo` `permissions`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct Permission {
    #[serde(default, deserialize_with = "wire::string")]
    pub id: String,
    #[serde(default, deserialize_with = "wire::string")]
    pub name: String,
    #[serde(default, deserialize_with = "wire::string")]
    pub usage: String,
}

/// The signed-in user, from `/userinfo`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct UserInfo {
    #[serde(default, deserialize_with = "wire::string")]
    pub domain: String,
    /// The domain's id (`dc`).
    #[serde(default, deserialize_with = "wire::int64")]
    pub dc: i64,
    #[serde(default, deserialize_with = "wire::int64")]
    pub user_id: i64,
    #[serde(default, deserialize_with = "wire::string")]
    pub name: String,
    #[serde(default, deserialize_with = "wire::string")]
    pub username: String,
    #[serde(default, deserialize_with = "wire::string")]
    pub preferred_username: String,
    #[serde(default, deserialize_with = "wire::list")]
    pub scope: Vec<Scope>,
    #[serde(default, deserialize_with = "wire::list")]
    pub roles: Vec<Lookup>,
    #[serde(default, deserialize_with = "wire::list")]
    pub permissions: Vec<Permission>,
    /// When the session ends, as the server writes it (unix time); 0 when not given.
    #[serde(default, deserialize_with = "wire::int64")]
    pub expires_at: i64,
}

impl UserInfo {
    /// The entry of an object class; `None` means no access to that class at all.
    pub fn scope_of(&self, class: &str) -> Option<&Scope> {
        self.scope.iter().find(|s| s.class == class)
    }

    fn allows(&self, class: &str, flags: &[char]) -> bool {
        self.scope_of(class)
            .is_some_and(|s| flags.iter().all(|f| s.allows(*f)))
    }

    /// Listing and reading hooks: `r` on `cc_queue`.
    pub fn can_read_hooks(&self) -> bool {
        self.allows("cc_queue", &['r'])
    }

    /// Creating, changing and deleting hooks: `r` and `w` on `cc_queue`.
    pub fn can_change_hooks(&self) -> bool {
        self.allows("cc_queue", &['r', 'w'])
    }

    /// Reading a team's hooks: `r` on `cc_team` (webitel/engine grpc_api team hook calls check
    /// the team object).
    pub fn can_read_team_hooks(&self) -> bool {
        self.allows("cc_team", &['r'])
    }

    /// Creating, changing and deleting a team's hooks: `r` and `w` on `cc_team`.
    pub fn can_change_team_hooks(&self) -> bool {
        self.allows("cc_team", &['r', 'w'])
    }

    /// Listing flows: `r` on `schema`.
    pub fn can_read_flows(&self) -> bool {
        self.allows("schema", &['r'])
    }
}

/// The sign-in calls.
#[derive(Debug)]
pub struct AuthHandler<'c> {
    client: &'c Client,
}

impl Client {
    pub fn auth(&self) -> AuthHandler<'_> {
        AuthHandler { client: self }
    }
}

impl AuthHandler<'_> {
    /// `POST /login`. Does not store the token: call [`Client::set_token`] with it.
    pub async fn login(&self, credentials: &Credentials) -> Result<LoginOutcome> {
        let call = Call::new(Method::POST, "login")
            .json(&credentials.form())?
            .anonymous()
            .secret(&credentials.password);
        let answer: LoginAnswer = self.client.send(call).await?;
        answer.outcome()
    }

    /// `POST /login/2fa` with the id `/login` gave and the current TOTP code.
    pub async fn login_2fa(&self, id: &SecondFactorId, totp: &str) -> Result<Session> {
        #[derive(Serialize)]
        struct Form<'a> {
            id: &'a str,
            totp: &'a str,
        }
        let form = Form {
            id: &id.0,
            totp: totp.trim(),
        };
        let call = Call::new(Method::POST, "login/2fa")
            .json(&form)?
            .anonymous()
            .secret(form.totp)
            .secret(form.id);
        let answer: LoginAnswer = self.client.send(call).await?;
        match answer.outcome()? {
            LoginOutcome::Signed(session) => Ok(session),
            LoginOutcome::SecondFactor { .. } => Err(Error::new(ErrorKind::Decode)
                .with_message("the server asked for a second factor again")),
        }
    }

    /// `GET /userinfo`: who is signed in and what they may do.
    pub async fn userinfo(&self) -> Result<UserInfo> {
        self.client.send(Call::new(Method::GET, "userinfo")).await
    }

    /// `POST /logout` with `{}`. The token is dead on the server afterwards; the client keeps it
    /// until [`Client::clear_token`].
    pub async fn logout(&self) -> Result<()> {
        let call = Call::new(Method::POST, "logout").json(&serde_json::json!({}))?;
        let _: serde::de::IgnoredAny = self.client.send(call).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(json: &str) -> Result<LoginOutcome> {
        serde_json::from_str::<LoginAnswer>(json).unwrap().outcome()
    }

    #[test]
    fn the_form_carries_the_domain_both_ways() {
        let form = serde_json::to_value(Credentials::new("admin@demo", "pw").form()).unwrap();
        assert_eq!(
            form,
            serde_json::json!({"username":"admin@demo","password":"pw","domain":"demo"})
        );
        let form =
            serde_json::to_value(Credentials::new("admin", "pw").domain("demo").form()).unwrap();
        assert_eq!(
            form,
            serde_json::json!({"username":"admin@demo","password":"pw","domain":"demo"})
        );
        let form = serde_json::to_value(Credentials::new("admin", "pw").form()).unwrap();
        assert_eq!(
            form,
            serde_json::json!({"username":"admin","password":"pw"})
        );
        assert!(!format!("{:?}", Credentials::new("a@b", "hunter2")).contains("hunter2"));
    }

    #[test]
    fn both_answer_shapes_sign_in() {
        let LoginOutcome::Signed(s) =
            outcome(r#"{"access_token":"t1","expires_in":"3600","x":1}"#).unwrap()
        else {
            panic!("not signed")
        };
        assert_eq!(
            (s.token.expose_secret(), s.expires_in),
            ("t1", Some(Duration::from_secs(3600)))
        );
        let LoginOutcome::Signed(s) = outcome(
            r#"{"authorization":{"access_token":"t2","token_type":"bearer","expires_in":60,"refresh_token":"r"}}"#,
        )
        .unwrap() else {
            panic!("not signed")
        };
        assert_eq!(s.token.expose_secret(), "t2");
        assert_eq!(s.token_type.as_deref(), Some("bearer"));
        assert_eq!(s.refresh_token.unwrap().expose_secret(), "r");
    }

    #[test]
    fn an_id_without_token_asks_for_the_second_factor() {
        let LoginOutcome::SecondFactor { id } = outcome(r#"{"id":"abc"}"#).unwrap() else {
            panic!("no second factor")
        };
        assert_eq!(id.0, "abc");
        assert_eq!(outcome("{}").unwrap_err().kind(), ErrorKind::Decode);
    }

    #[test]
    fn permissions_follow_scope_flags_and_control_switches() {
        let info: UserInfo = serde_json::from_str(
            r#"{"domain":"demo","user_id":"7","scope":[
                {"class":"cc_queue","access":"r","obac":true},
                {"class":"schema","access":"","obac":false}],
              "roles":[{"id":"1","name":"admin"}],"expires_at":"1700000000000"}"#,
        )
        .unwrap();
        assert_eq!(info.user_id, 7);
        assert!(info.can_read_hooks());
        assert!(!info.can_change_hooks());
        assert!(
            info.can_read_flows(),
            "obac and rbac both off: everything allowed"
        );
        let none: UserInfo = serde_json::from_str(r#"{"scope":{}}"#).unwrap();
        assert!(!none.can_read_hooks() && !none.can_read_flows());
    }
}
