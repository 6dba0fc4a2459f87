//! The cache's schema history, composed from the steps kept beside each table; the opener
//! ([`crate::sqlite`]) applies them.
//!
//! What must hold: steps are only ever appended, never edited or reordered once released.

use super::{flows, hooks, journal, meta, outbox, owners, pins, queues, sync_meta};

/// Every step, in order; step `i` brings the file to version `i + 1`.
pub const STEPS: &[&str] = &[
    queues::CREATE_V1,
    hooks::CREATE_V1,
    flows::CREATE_V1,
    sync_meta::CREATE_V4,
    hooks::CREATE_V5,
    outbox::CREATE_V6,
    meta::CREATE_V7,
    pins::CREATE_V8,
    outbox::CREATE_V9,
    queues::CREATE_V10,
    owners::CREATE_V11,
    journal::CREATE_V12,
];

/// The version a file has after every step.
pub const LATEST: u32 = STEPS.len() as u32;

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::*;
    use crate::sqlite::{migrate, version};

    #[test]
    fn the_steps_build_the_cache_from_an_empty_file() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, STEPS).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('owners', 'hooks', 'flows', 'pins', 'outbox')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 5);
    }
}
