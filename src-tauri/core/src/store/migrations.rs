//! The cache's schema history, composed from the steps kept beside each table.
//!
//! What must hold: `PRAGMA user_version` is the number of steps applied; steps are only ever
//! appended (never edited or reordered once released); each step and its version bump commit
//! together, so a crash mid-migration leaves the file at the previous version. A file with a
//! higher version than this build knows was written by a newer app and is left untouched.

use std::path::Path;

use rusqlite::Connection;
use webitel_hooks_model::{AppError, ErrorCode};

use super::{flows, hooks, meta, outbox, pins, queues, sync_meta};

/// Every step, in order; step `i` brings the file to version `i + 1`.
const STEPS: &[&str] = &[
    queues::CREATE_V1,
    hooks::CREATE_V1,
    flows::CREATE_V1,
    sync_meta::CREATE_V4,
    hooks::CREATE_V5,
    outbox::CREATE_V6,
    meta::CREATE_V7,
    pins::CREATE_V8,
];

/// The version a file has after every step.
pub const LATEST: u32 = STEPS.len() as u32;

#[derive(Debug)]
pub enum MigrationError {
    Sqlite(rusqlite::Error),
    Newer { found: u32, known: u32 },
}

impl From<rusqlite::Error> for MigrationError {
    fn from(e: rusqlite::Error) -> Self {
        MigrationError::Sqlite(e)
    }
}

pub fn version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Applies the steps the file lacks.
pub fn migrate(conn: &mut Connection) -> Result<(), MigrationError> {
    let found = version(conn)?;
    if found > LATEST {
        return Err(MigrationError::Newer {
            found,
            known: LATEST,
        });
    }
    for (done, step) in (found..).zip(STEPS.iter().skip(found as usize)) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", done + 1)?;
        tx.commit()?;
    }
    Ok(())
}

pub fn newer_file(path: &Path, found: u32, known: u32) -> AppError {
    AppError::new(
        ErrorCode::Internal,
        format!(
            "The local cache file {} was written by a newer version of Webitel Hooks (schema {found}, this version knows {known}). Update the app, or move that file away to start with an empty cache.",
            path.display()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_at_an_older_version_gets_only_the_missing_steps() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(STEPS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('queues', 'hooks', 'flows')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 3);
    }
}
