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
        }
    }
}

/// Locks without panicking: a handler that panicked mid-change cannot leave the data half
/// written (changes are single assignments), so a poisoned lock is still usable.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
