//! `profiles.sqlite3`: the server profiles of this desktop (public data only: no secret is ever
//! written here), with its migrations beside the table.
//!
//! It is a file of its own, not a table of a cache, because each profile's cache is a file that
//! is deleted with the profile or on "wipe", while the list of profiles stays.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension};
use webitel_hooks_model::{Profile, ProfileId};

use crate::error::{self, Error, Result};
use crate::sqlite::{self, OpenError};
use crate::store::now_ms;

/// Steps only ever appended; step `i` brings the file to `user_version` `i + 1`.
const STEPS: &[&str] = &[
    "CREATE TABLE profiles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        server TEXT NOT NULL,
        username TEXT NOT NULL,
        remember_password INTEGER NOT NULL DEFAULT 0,
        ca_certificate_pem TEXT,
        last_used_at INTEGER,
        created_at INTEGER NOT NULL
    );",
    // The admin the profile's links open, when the user named one (NULL: the server's own).
    "ALTER TABLE profiles ADD COLUMN admin_address TEXT;",
];

/// One row, with the CA certificate itself (the model's `Profile` only says whether there is one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRow {
    pub profile: Profile,
    pub ca_certificate_pem: Option<String>,
}

pub struct ProfileTable {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl ProfileTable {
    pub fn open(path: &Path) -> Result<ProfileTable> {
        let conn = sqlite::open(path, STEPS).map_err(|e| match e {
            OpenError::Folder(e) => Error::DataFolder {
                path: path.parent().unwrap_or(path).to_path_buf(),
                detail: e.to_string(),
            },
            OpenError::Sqlite(e) => error::from_store(&e, path),
            OpenError::Newer { found, known } => Error::ProfilesNewer {
                path: path.to_path_buf(),
                found,
                known,
            },
        })?;
        Ok(ProfileTable {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // Every call is one statement or one transaction: a panic leaves nothing half-done.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn run<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        f(&self.lock()).map_err(|e| error::from_store(&e, &self.path))
    }

    pub fn insert(
        &self,
        name: &str,
        server: &str,
        username: &str,
        ca_pem: Option<&str>,
    ) -> Result<ProfileRow> {
        let id = self.run(|c| {
            c.execute(
                "INSERT INTO profiles (name, server, username, ca_certificate_pem, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![name, server, username, ca_pem, now_ms()],
            )?;
            Ok(c.last_insert_rowid())
        })?;
        self.get(ProfileId(id))
    }

    pub fn find(&self, id: ProfileId) -> Result<Option<ProfileRow>> {
        self.run(|c| {
            c.query_row(&format!("{SELECT} WHERE id = ?1"), params![id.0], row_of)
                .optional()
        })
    }

    /// The profile, or the `NotFound` a removed one answers.
    pub fn get(&self, id: ProfileId) -> Result<ProfileRow> {
        self.find(id)?.ok_or(Error::ProfileGone)
    }

    /// Every profile, by name.
    pub fn all(&self) -> Result<Vec<Profile>> {
        self.run(|c| {
            let mut stmt = c.prepare(&format!("{SELECT} ORDER BY name COLLATE NOCASE, id"))?;
            let rows = stmt.query_map([], row_of)?;
            rows.map(|r| r.map(|row| row.profile)).collect()
        })
    }

    pub fn last_used(&self) -> Result<Option<ProfileId>> {
        self.run(|c| {
            c.query_row(
                "SELECT id FROM profiles WHERE last_used_at IS NOT NULL
                 ORDER BY last_used_at DESC, id DESC LIMIT 1",
                [],
                |r| r.get(0).map(ProfileId),
            )
            .optional()
        })
    }

    pub fn touch(&self, id: ProfileId) -> Result<()> {
        self.update(
            id,
            "UPDATE profiles SET last_used_at = ?2 WHERE id = ?1",
            now_ms(),
        )
    }

    pub fn set_remember(&self, id: ProfileId, remember: bool) -> Result<()> {
        self.update(
            id,
            "UPDATE profiles SET remember_password = ?2 WHERE id = ?1",
            remember,
        )
    }

    pub fn rename(&self, id: ProfileId, name: &str) -> Result<()> {
        self.update(id, "UPDATE profiles SET name = ?2 WHERE id = ?1", name)
    }

    pub fn set_ca(&self, id: ProfileId, pem: Option<&str>) -> Result<()> {
        self.update(
            id,
            "UPDATE profiles SET ca_certificate_pem = ?2 WHERE id = ?1",
            pem,
        )
    }

    pub fn set_admin_address(&self, id: ProfileId, address: Option<&str>) -> Result<()> {
        self.update(
            id,
            "UPDATE profiles SET admin_address = ?2 WHERE id = ?1",
            address,
        )
    }

    pub fn remove(&self, id: ProfileId) -> Result<()> {
        self.run(|c| c.execute("DELETE FROM profiles WHERE id = ?1", params![id.0]))
            .map(|_| ())
    }

    fn update(&self, id: ProfileId, sql: &str, value: impl rusqlite::ToSql) -> Result<()> {
        let changed = self.run(|c| c.execute(sql, params![id.0, value]))?;
        if changed == 0 {
            self.get(id)?;
        }
        Ok(())
    }
}

const SELECT: &str = "SELECT id, name, server, username, remember_password, ca_certificate_pem,
     admin_address FROM profiles";

fn row_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<ProfileRow> {
    let ca: Option<String> = r.get(5)?;
    Ok(ProfileRow {
        profile: Profile {
            id: ProfileId(r.get(0)?),
            name: r.get(1)?,
            server: r.get(2)?,
            username: r.get(3)?,
            remember_password: r.get(4)?,
            has_ca_certificate: ca.is_some(),
            admin_address: r.get(6)?,
        },
        ca_certificate_pem: ca,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rusqlite::types::Value;

    use super::*;

    /// Cases of each property: a file is written and opened per case.
    const CASES: u32 = 300;

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: CASES,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    /// Any value SQLite can hold, in any column (its columns are typed loosely).
    fn any_sql() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<i64>().prop_map(Value::Integer),
            any::<f64>().prop_map(Value::Real),
            ".{0,24}".prop_map(Value::Text),
            proptest::collection::vec(any::<u8>(), 0..24).prop_map(Value::Blob),
        ]
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn a_row_of_any_values_is_read_or_refused_without_a_panic(
            values in proptest::collection::vec(any_sql(), 7),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("profiles.sqlite3");
            drop(ProfileTable::open(&path).unwrap());
            let conn = Connection::open(&path).unwrap();
            let inserted = conn.execute(
                "INSERT INTO profiles (id, name, server, username, remember_password,
                     ca_certificate_pem, last_used_at, created_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                rusqlite::params_from_iter(values.iter()),
            );
            drop(conn);
            // A NOT NULL column refuses a null: then the file simply has no row.
            let table = ProfileTable::open(&path).unwrap();
            let all = table.all();
            let one = table.find(ProfileId(1));
            let _ = table.last_used();
            if inserted.is_ok() {
                // Read whole or refused whole, never half.
                prop_assert_eq!(all.is_ok(), one.is_ok());
            }
        }

        #[test]
        fn any_bytes_as_the_profiles_file_open_or_are_refused_in_words(
            bytes in proptest::collection::vec(any::<u8>(), 0..4096),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("profiles.sqlite3");
            std::fs::write(&path, &bytes).unwrap();
            if let Err(err) = ProfileTable::open(&path).and_then(|t| t.all()) {
                prop_assert!(!err.to_string().is_empty());
            }
        }
    }
}
