//! What a full sync writes: one queue's complete hooks (and the flows they name) in one
//! transaction, and when each queue and the whole cache were last read from the server.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};
use webitel_hooks_model::{Hook, HookOwner};

use super::hooks::{write_hook, Over};
use super::owners::{key, owner_of};
use super::{now_ms, Store};
use crate::error::Result;

/// Version 4: when each queue's hooks were last read in full, and the cache's own facts.
pub(super) const CREATE_V4: &str = "
ALTER TABLE queues ADD COLUMN hooks_synced_at INTEGER;
CREATE TABLE sync_meta (
    key     TEXT    PRIMARY KEY,
    value   INTEGER NOT NULL
);
";

const LAST_FULL_SYNC: &str = "last_full_sync";

impl Store {
    /// Writes every hook of `owner` as a complete listing gave them, in one transaction:
    /// hooks missing from it leave the cache; the flows they name are kept by name. A hook with
    /// a change waiting in the outbox is left as the change shows it (the outbox decides its
    /// fate), including one deleted offline, which a listing must not bring back.
    ///
    /// Answers how many hooks differ from what the cache held (added, changed or removed on the
    /// server), not counting those with a change waiting: the caller's count of changes made
    /// by someone else.
    ///
    /// `complete` false (some rows of the listing could not be read): nothing leaves the cache,
    /// since a hook missing from `hooks` may be one of those rows.
    pub fn save_owner_snapshot(
        &self,
        owner: HookOwner,
        hooks: &[Hook],
        complete: bool,
    ) -> Result<u32> {
        let synced_at = now_ms();
        let listed: HashSet<i64> = hooks.iter().map(|h| h.id.0).collect();
        self.write(|tx| {
            let waiting: HashSet<i64> = tx
                .prepare_cached("SELECT hook_id FROM outbox WHERE owner = ?1")?
                .query_map([key(owner)], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let cached: HashMap<i64, (String, i64, bool)> = tx
                .prepare_cached(
                    "SELECT id, event, schema_id, enabled FROM hooks
                     WHERE owner = ?1 AND pending = 0",
                )?
                .query_map([key(owner)], |row| {
                    Ok((row.get(0)?, (row.get(1)?, row.get(2)?, row.get(3)?)))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let mut flow = tx.prepare_cached(
                "INSERT INTO flows (id, name, flow_type, synced_at) VALUES (?1, ?2, '', ?3)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, synced_at = excluded.synced_at",
            )?;
            let mut differ = 0u32;
            for h in hooks {
                if h.flow.id.0 > 0 {
                    flow.execute(params![h.flow.id.0, h.flow.name, synced_at])?;
                }
                if waiting.contains(&h.id.0) {
                    continue;
                }
                let now = (h.event.as_str().to_owned(), h.flow.id.0, h.enabled);
                if cached.get(&h.id.0) != Some(&now) {
                    differ += 1;
                }
                write_hook(tx, h, synced_at, Over::Settled)?;
            }
            let mut delete =
                tx.prepare_cached("DELETE FROM hooks WHERE owner = ?1 AND id = ?2")?;
            let gone = cached
                .keys()
                .filter(|id| complete && !listed.contains(id) && !waiting.contains(id));
            for gone in gone {
                delete.execute([key(owner), *gone])?;
                differ += 1;
            }
            tx.execute(
                "UPDATE owners SET hooks_synced_at = ?2 WHERE id = ?1",
                params![key(owner), synced_at],
            )?;
            Ok(differ)
        })
    }

    /// How many hooks of each cached queue the cache holds without a change waiting, to count
    /// the hooks of queues that a listing then finds gone.
    pub fn settled_hooks_by_owner(&self) -> Result<HashMap<HookOwner, u32>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT owner, count(*) FROM hooks WHERE pending = 0 GROUP BY owner",
            )?;
            let rows = stmt.query_map([], |r| Ok((owner_of(r.get(0)?), r.get(1)?)))?;
            rows.collect()
        })
    }

    /// When the hooks of `owner` were last read in full.
    pub fn owner_synced_at(&self, owner: HookOwner) -> Result<Option<i64>> {
        self.read(|conn| {
            conn.query_row(
                "SELECT hooks_synced_at FROM owners WHERE id = ?1",
                [key(owner)],
                |row| row.get(0),
            )
            .optional()
            .map(Option::flatten)
        })
    }

    /// Notes that every queue has just been read in full.
    pub fn set_last_full_sync(&self, at: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO sync_meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![LAST_FULL_SYNC, at],
            )?;
            Ok(())
        })
    }

    /// When every queue was last read in full; `None` before the first full sync.
    pub fn last_full_sync(&self) -> Result<Option<i64>> {
        self.read(|conn| {
            conn.query_row(
                "SELECT value FROM sync_meta WHERE key = ?1",
                [LAST_FULL_SYNC],
                |row| row.get(0),
            )
            .optional()
        })
    }
}
