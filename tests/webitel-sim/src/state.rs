//! What every handler shares: the data, the sessions, the knobs and the request counter.

use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::data::SimData;
use crate::datasets::DataSet;
use crate::faults::Knobs;
use crate::users::{users, Sessions, User};

pub struct Shared {
    pub dataset: DataSet,
    pub data: Mutex<SimData>,
    pub users: Vec<User>,
    pub sessions: Mutex<Sessions>,
    pub knobs: Mutex<Knobs>,
    pub requests: AtomicU64,
    /// Every request received, as it came, for tests that check what reached this server (a
    /// token, a password) when it plays another origin. The oldest go past `SEEN_KEPT`.
    pub seen: Mutex<Vec<SeenRequest>>,
}

/// How many requests `Shared::seen` keeps.
pub const SEEN_KEPT: usize = 2000;

/// One request as this server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenRequest {
    pub method: String,
    /// The path with its query.
    pub target: String,
    /// Every header, as text (a value that is not text is kept lossily).
    pub headers: Vec<(String, String)>,
    /// The body, up to `SEEN_BODY_BYTES`.
    pub body: Vec<u8>,
}

/// How much of a request's body `SeenRequest` keeps.
pub const SEEN_BODY_BYTES: usize = 64 * 1024;

impl SeenRequest {
    /// The whole request as text (method, target, headers, body), to search for a secret.
    pub fn text(&self) -> String {
        let mut out = format!("{} {}\n", self.method, self.target);
        for (name, value) in &self.headers {
            out.push_str(&format!("{name}: {value}\n"));
        }
        out.push_str(&String::from_utf8_lossy(&self.body));
        out
    }
}

pub type AppState = Arc<Shared>;

impl Shared {
    pub fn new(dataset: DataSet, knobs: Knobs) -> Self {
        Self {
            data: Mutex::new(dataset.build()),
            dataset,
            users: users(),
            sessions: Mutex::new(Sessions::default()),
            knobs: Mutex::new(knobs),
            requests: AtomicU64::new(0),
            seen: Mutex::new(Vec::new()),
        }
    }
}

/// Locks without panicking: a handler that panicked mid-change cannot leave the data half
/// written (changes are single assignments), so a poisoned lock is still usable.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
