//! The local cache: one SQLite file (WAL) holding what the app last read from the server, so
//! that a later version can answer from it offline.
//!
//! What must hold:
//! - the schema is brought up to date on open ([`crate::sqlite`]), by `PRAGMA user_version`
//!   migrations kept beside each table's code and composed in `migrations`;
//! - a damaged or foreign file is an [`Error`] the caller can show, never a panic;
//! - each write of a page is one transaction: a reader never sees half a page;
//! - no token or password is ever written here.
//!
//! The connection sits behind a mutex that is never held across an `.await`: every call is a
//! short, synchronous transaction on a few rows.

mod all_hooks;
mod cached_reads;
mod flows;
mod hooks;
mod journal;
mod meta;
mod migrations;
mod outbox;
mod owners;
mod pins;
mod queues;
mod rebuild;
mod sync_meta;
mod teams;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;

pub use crate::clock::now_ms;
use crate::error::{self, Error, Result};
use crate::sqlite::{self, OpenError, IN_MEMORY};

pub use flows::CachedFlow;
pub use hooks::CachedHook;
pub use journal::NewJournalEntry;
pub use meta::CachedAccount;
pub use pins::DEFAULT_PINNED;
pub use queues::CachedQueue;
pub use rebuild::OpenedStore;

/// The cache file and its connection.
pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (or creates) the cache at `path`, and its folder, and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let fail = |e: rusqlite::Error| error::from_store(&e, &path);
        let conn = sqlite::open(&path, migrations::STEPS).map_err(|e| match e {
            OpenError::Folder(e) => Error::CacheFolder {
                path: path.parent().unwrap_or(&path).to_path_buf(),
                detail: e.to_string(),
            },
            OpenError::Sqlite(e) => fail(e),
            OpenError::Newer { found, known } => Error::StoreNewer {
                path: path.clone(),
                found,
                known,
            },
        })?;
        // With WAL, NORMAL keeps the file consistent after a crash; only the last commits may be
        // lost, which the next read from the server restores.
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(fail)?;
        // A file whose pages are damaged can still open; the check reads them all once.
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |row| row.get(0))
            .map_err(fail)?;
        if check != "ok" {
            return Err(error::from_store(
                &rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                    Some(check),
                ),
                &path,
            ));
        }
        Ok(Store {
            path,
            conn: Mutex::new(conn),
        })
    }

    /// A cache in memory, for a registry before any profile is open or while one's file is
    /// being deleted.
    pub fn in_memory() -> Result<Store> {
        Store::open(IN_MEMORY)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the file.
    pub fn schema_version(&self) -> Result<u32> {
        self.read(sqlite::version)
    }

    /// Runs `f` on the connection.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        let conn = self.lock();
        f(&conn).map_err(|e| error::from_store(&e, &self.path))
    }

    /// Runs `f` in one transaction, committed only when `f` succeeds.
    fn write<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let mut conn = self.lock();
        let run = |conn: &mut Connection| {
            let tx = conn.transaction()?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        };
        run(&mut conn).map_err(|e: rusqlite::Error| error::from_store(&e, &self.path))
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves at worst an uncommitted transaction, which
        // SQLite rolls back; the connection itself stays usable.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_gets_wal_and_the_latest_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("cache.sqlite3");
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), migrations::LATEST);
        let mode: String = store
            .read(|c| c.query_row("PRAGMA journal_mode", [], |r| r.get(0)))
            .unwrap();
        assert_eq!(mode, "wal");
        drop(store);
        // Opening again migrates nothing and keeps the version.
        assert_eq!(
            Store::open(&path).unwrap().schema_version().unwrap(),
            migrations::LATEST
        );
    }

    #[test]
    fn a_file_that_is_not_a_database_is_an_error_not_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.sqlite3");
        std::fs::write(&path, vec![0x5a_u8; 8192]).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert!(matches!(err, Error::StoreDamaged { .. }), "{err:?}");
    }

    #[test]
    fn a_file_from_a_newer_version_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", migrations::LATEST + 5)
                .unwrap();
        }
        let err = Store::open(&path).unwrap_err();
        assert!(
            matches!(err, Error::StoreNewer { found, .. } if found == migrations::LATEST + 5),
            "{err:?}"
        );
    }
}
