//! The one clock of the app: every time it keeps or compares (a hook's `synced_at`, a change's
//! `queued_at`, the last full sync, the tray's "Synchronised 3 min ago") is Unix milliseconds
//! read here, so that two parts never disagree on the unit or the epoch.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch; 0 for a clock set before 1970.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
