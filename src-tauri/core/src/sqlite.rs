//! The one way this app opens a SQLite file: its folder made, a busy timeout, WAL, and the
//! file's schema brought up to date from a list of steps. Used by the cache ([`crate::store`])
//! and the profiles file ([`crate::profiles`]), which each keep their own steps and say in
//! their own words what a failure means for them.
//!
//! What must hold: `PRAGMA user_version` is the number of steps applied; steps are only ever
//! appended (never edited or reordered once released); each step and its version bump commit
//! together, so a crash mid-migration leaves the file at the previous version. A file with a
//! higher version than the steps know was written by a newer app and is left untouched.

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

/// How long a write waits for another connection to the same file before it fails.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// SQLite's name for a database that lives in memory only.
pub const IN_MEMORY: &str = ":memory:";

/// Why a file could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// Its folder cannot be created.
    Folder(std::io::Error),
    Sqlite(rusqlite::Error),
    /// Written by a newer version: `found` steps where this build knows `known`.
    Newer {
        found: u32,
        known: u32,
    },
}

impl From<rusqlite::Error> for OpenError {
    fn from(e: rusqlite::Error) -> Self {
        OpenError::Sqlite(e)
    }
}

/// Opens (or creates) the file at `path`, and its folder, in WAL mode, and applies the `steps`
/// it lacks.
pub fn open(path: &Path, steps: &[&str]) -> Result<Connection, OpenError> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(OpenError::Folder)?;
    }
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The first statement that reads the file: a file that is not SQLite fails here.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && path != Path::new(IN_MEMORY) {
        tracing::warn!(%mode, path = %path.display(), "the file could not switch to WAL");
    }
    migrate(&mut conn, steps)?;
    Ok(conn)
}

pub fn version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Applies the steps the file lacks, each in its own transaction with its version bump.
pub fn migrate(conn: &mut Connection, steps: &[&str]) -> Result<(), OpenError> {
    let found = version(conn)?;
    let known = steps.len() as u32;
    if found > known {
        return Err(OpenError::Newer { found, known });
    }
    for (done, step) in (found..).zip(steps.iter().skip(found as usize)) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", done + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEPS: &[&str] = &[
        "CREATE TABLE a (id INTEGER PRIMARY KEY);",
        "CREATE TABLE b (id INTEGER PRIMARY KEY);",
    ];

    #[test]
    fn a_file_at_an_older_version_gets_only_the_missing_steps() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(STEPS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        migrate(&mut conn, STEPS).unwrap();
        assert_eq!(version(&conn).unwrap(), 2);
        // The first step did not run again (it would fail: the table exists).
        migrate(&mut conn, STEPS).unwrap();
    }

    #[test]
    fn a_newer_file_is_refused_and_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("x.sqlite3");
        drop(open(&path, STEPS).unwrap());
        let refused = open(&path, &STEPS[..1]).unwrap_err();
        assert!(
            matches!(refused, OpenError::Newer { found: 2, known: 1 }),
            "{refused:?}"
        );
        assert_eq!(version(&Connection::open(&path).unwrap()).unwrap(), 2);
    }
}
