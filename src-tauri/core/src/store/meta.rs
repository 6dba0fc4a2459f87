//! The `meta` table: small facts of the cache kept as text by key, such as who was signed in at
//! the last online sign-in (so that the app can open offline with that user's name and rights).
//!
//! What must hold: nothing secret is ever written here (no token, no password).

use rusqlite::{params, OptionalExtension};
use webitel_hooks_model::Permissions;

use super::{now_ms, Store};
use crate::error::Result;

/// Version 7.
pub(super) const CREATE_V7: &str = "
CREATE TABLE meta (
    key         TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);
";

const ACCOUNT: &str = "account";

/// Who was signed in at the last online sign-in of this cache's profile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CachedAccount {
    pub username: String,
    pub permissions: Permissions,
}

impl Store {
    pub(super) fn set_meta(
        tx: &rusqlite::Transaction<'_>,
        key: &str,
        value: &str,
    ) -> rusqlite::Result<()> {
        tx.execute(
            "INSERT INTO meta (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![key, value, now_ms()],
        )?;
        Ok(())
    }

    pub(super) fn get_meta(
        conn: &rusqlite::Connection,
        key: &str,
    ) -> rusqlite::Result<Option<String>> {
        conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
    }

    /// Keeps the signed-in user's name and rights, for an offline start.
    pub fn save_account(&self, account: &CachedAccount) -> Result<()> {
        let json = serde_json::to_string(account).unwrap_or_default();
        self.write(|tx| Store::set_meta(tx, ACCOUNT, &json))
    }

    /// The user of the last online sign-in; `None` before one, or when it cannot be read.
    pub fn account(&self) -> Result<Option<CachedAccount>> {
        let text = self.read(|conn| Store::get_meta(conn, ACCOUNT))?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }
}
