//! What a full sync writes: one queue's complete hooks (and the flows they name) in one
//! transaction, and when each queue and the whole cache were last read from the server.

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension};
use webitel_hooks_model::{Hook, QueueId};

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
    /// Writes every hook of `queue_id` as a complete listing gave them, in one transaction:
    /// hooks missing from it leave the cache, except those with a change waiting to be sent
    /// (the outbox decides their fate); the flows they name are kept by name.
    pub fn save_queue_snapshot(&self, queue_id: QueueId, hooks: &[Hook]) -> Result<()> {
        let synced_at = now_ms();
        let listed: HashSet<i64> = hooks.iter().map(|h| h.id.0).collect();
        self.write(|tx| {
            let mut upsert = tx.prepare_cached(
                "INSERT INTO hooks (queue_id, id, event, schema_id, flow_name, enabled, synced_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (queue_id, id) DO UPDATE SET
                    event = excluded.event, schema_id = excluded.schema_id,
                    flow_name = excluded.flow_name, enabled = excluded.enabled,
                    synced_at = excluded.synced_at
                 WHERE hooks.pending = 0",
            )?;
            let mut flow = tx.prepare_cached(
                "INSERT INTO flows (id, name, flow_type, synced_at) VALUES (?1, ?2, '', ?3)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, synced_at = excluded.synced_at",
            )?;
            for h in hooks {
                upsert.execute(params![
                    queue_id.0,
                    h.id.0,
                    h.event.as_str(),
                    h.flow.id.0,
                    h.flow.name,
                    h.enabled,
                    synced_at
                ])?;
                if h.flow.id.0 > 0 {
                    flow.execute(params![h.flow.id.0, h.flow.name, synced_at])?;
                }
            }
            let cached: Vec<i64> = tx
                .prepare_cached("SELECT id FROM hooks WHERE queue_id = ?1 AND pending = 0")?
                .query_map([queue_id.0], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut delete =
                tx.prepare_cached("DELETE FROM hooks WHERE queue_id = ?1 AND id = ?2")?;
            for gone in cached.into_iter().filter(|id| !listed.contains(id)) {
                delete.execute([queue_id.0, gone])?;
            }
            tx.execute(
                "UPDATE queues SET hooks_synced_at = ?2 WHERE id = ?1",
                params![queue_id.0, synced_at],
            )?;
            Ok(())
        })
    }

    /// When the hooks of `queue_id` were last read in full.
    pub fn queue_synced_at(&self, queue_id: QueueId) -> Result<Option<i64>> {
        self.read(|conn| {
            conn.query_row(
                "SELECT hooks_synced_at FROM queues WHERE id = ?1",
                [queue_id.0],
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
