//! `profiles.sqlite3`: the server profiles of this desktop (public data only: no secret is ever
//! written here), with its migrations beside the table.
//!
//! It is a file of its own, not a table of a cache, because each profile's cache is a file that
//! is deleted with the profile or on "wipe", while the list of profiles stays.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension};
use webitel_hooks_model::{AppError, ErrorCode, Profile, ProfileId};

use crate::error::{self, Result};
use crate::store::now_ms;

/// Steps only ever appended; step `i` brings the file to `user_version` `i + 1`.
const STEPS: &[&str] = &["CREATE TABLE profiles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        server TEXT NOT NULL,
        username TEXT NOT NULL,
        remember_password INTEGER NOT NULL DEFAULT 0,
        ca_certificate_pem TEXT,
        last_used_at INTEGER,
        created_at INTEGER NOT NULL
    );"];

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
        let fail = |e: rusqlite::Error| error::from_store(&e, path);
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|e| {
                AppError::new(
                    ErrorCode::Internal,
                    format!(
                        "The data folder {} cannot be created ({e}). Check that it is writable, then start the app again.",
                        folder.display()
                    ),
                )
            })?;
        }
        let mut conn = Connection::open(path).map_err(fail)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(fail)?;
        let _mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(fail)?;
        let found: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(fail)?;
        let known = STEPS.len() as u32;
        if found > known {
            return Err(AppError::new(
                ErrorCode::Internal,
                format!(
                    "The profiles file {} was written by a newer version of Webitel Hooks (schema {found}, this version knows {known}). Update the app.",
                    path.display()
                ),
            ));
        }
        for (done, step) in (found..).zip(STEPS.iter().skip(found as usize)) {
            let tx = conn.transaction().map_err(fail)?;
            tx.execute_batch(step).map_err(fail)?;
            tx.pragma_update(None, "user_version", done + 1)
                .map_err(fail)?;
            tx.commit().map_err(fail)?;
        }
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
        self.find(id)?.ok_or_else(|| {
            AppError::new(
                ErrorCode::NotFound,
                "This server profile no longer exists. Pick another profile or add it again.",
            )
        })
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

const SELECT: &str = "SELECT id, name, server, username, remember_password, ca_certificate_pem
     FROM profiles";

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
        },
        ca_certificate_pem: ca,
    })
}
