//! The sim's users and their sessions. Every user is in domain `demo` with password `demo`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::totp::OTP_USER_SECRET;

pub const DOMAIN: &str = "demo";
pub const DOMAIN_ID: i64 = 1;
pub const PASSWORD: &str = "demo";

/// How long a token lives when no `token_ttl_secs` knob is set.
pub const DEFAULT_TOKEN_TTL: Duration = Duration::from_secs(12 * 3600);
/// How long the id `/login` gives a 2FA user stays valid for `/login/2fa`.
pub const TWO_FACTOR_TTL: Duration = Duration::from_secs(300);

/// One entry of `/userinfo` `scope`: access flags on an object class.
#[derive(Clone, Debug)]
pub struct Scope {
    pub class: &'static str,
    pub id: i64,
    pub name: &'static str,
    /// Flags: `x` create, `r` read, `w` update, `d` delete.
    pub access: &'static str,
    pub obac: bool,
    pub rbac: bool,
}

#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub username: &'static str,
    pub name: &'static str,
    pub totp_secret: Option<&'static str>,
    pub scope: Vec<Scope>,
    pub roles: Vec<(i64, &'static str)>,
    pub permissions: Vec<(&'static str, &'static str)>,
}

fn scope(class: &'static str, access: &'static str) -> Scope {
    let (id, name) = match class {
        "cc_queue" => (21, "Queues"),
        "schema" => (33, "Flow schemas"),
        "cc_team" => (24, "Teams"),
        _ => (99, "Other"),
    };
    Scope {
        class,
        id,
        name,
        access,
        obac: true,
        rbac: false,
    }
}

pub fn users() -> Vec<User> {
    let admin_scope = vec![
        scope("cc_queue", "xrwd"),
        scope("schema", "xrwd"),
        scope("cc_team", "xrwd"),
    ];
    vec![
        User {
            id: 10,
            username: "admin",
            name: "Alice Admin",
            totp_secret: None,
            scope: admin_scope.clone(),
            roles: vec![(1, "admin")],
            permissions: vec![
                ("add", "Create any"),
                ("read", "Select any"),
                ("write", "Edit any"),
                ("delete", "Delete any"),
            ],
        },
        User {
            id: 11,
            username: "viewer",
            name: "Victor Viewer",
            totp_secret: None,
            scope: vec![
                scope("cc_queue", "r"),
                scope("schema", "r"),
                scope("cc_team", "r"),
            ],
            roles: vec![(2, "supervisor")],
            permissions: vec![("read", "Select any")],
        },
        User {
            id: 12,
            username: "noflows",
            name: "Nora Noflows",
            totp_secret: None,
            scope: vec![scope("cc_queue", "xrwd")],
            roles: vec![(3, "queue manager")],
            permissions: Vec::new(),
        },
        User {
            id: 13,
            username: "otp",
            name: "Oscar Otp",
            totp_secret: Some(OTP_USER_SECRET),
            scope: admin_scope,
            roles: vec![(1, "admin")],
            permissions: vec![("read", "Select any")],
        },
    ]
}

impl User {
    /// Whether the user holds every flag of `need` on `class`. An absent class means no access;
    /// a class without operation-based control (`obac` false) allows everything.
    pub fn may(&self, class: &str, need: &str) -> bool {
        match self.scope.iter().find(|s| s.class == class) {
            None => false,
            Some(s) if !s.obac => true,
            Some(s) => need.chars().all(|c| s.access.contains(c)),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Session {
    pub user: usize,
    pub expires_at: Instant,
    /// Wall-clock expiry in ms, for `/userinfo` `expires_at`.
    pub expires_at_ms: i64,
}

#[derive(Debug, Default)]
pub struct Sessions {
    pub tokens: HashMap<String, Session>,
    /// 2FA ids given by `/login`, waiting for `/login/2fa`.
    pub pending: HashMap<String, (usize, Instant)>,
}

pub enum Lookup<'a> {
    Valid(&'a Session),
    Expired,
    Unknown,
}

impl Sessions {
    pub fn lookup(&self, token: &str) -> Lookup<'_> {
        match self.tokens.get(token) {
            None => Lookup::Unknown,
            Some(s) if s.expires_at <= Instant::now() => Lookup::Expired,
            Some(s) => Lookup::Valid(s),
        }
    }

    /// Expired tokens are kept, so that a client using one hears "session expired" rather than
    /// "unauthenticated", as with the engine.
    pub fn expire_all(&mut self) {
        let now = Instant::now();
        for s in self.tokens.values_mut() {
            s.expires_at = s.expires_at.min(now);
        }
    }
}

/// A random token, hex like the engine's.
pub fn new_token() -> String {
    let mut s = String::with_capacity(32);
    for _ in 0..32 {
        let d = fastrand::u32(0..16);
        s.push(char::from_digit(d, 16).unwrap_or('0'));
    }
    s
}
