//! The `hooks` table: every hook the app has read or changed, by queue.

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, Row};
use webitel_hooks_model::{FlowRef, Hook, HookEvent, HookId, HookOwner, SchemaId};

use super::owners::{key, owner_of};
use super::{now_ms, Store};
use crate::error::Result;

/// Version 1. The primary key `(owner, id)` also serves lookups by queue; the other indexes
/// are what the all-queues registry to come filters by.
pub(super) const CREATE_V1: &str = "
CREATE TABLE hooks (
    queue_id    INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    event       TEXT    NOT NULL,
    schema_id   INTEGER NOT NULL,
    flow_name   TEXT    NOT NULL,
    enabled     INTEGER NOT NULL,
    synced_at   INTEGER NOT NULL,
    PRIMARY KEY (queue_id, id)
);
CREATE INDEX hooks_queue ON hooks (queue_id);
CREATE INDEX hooks_event ON hooks (event);
CREATE INDEX hooks_enabled ON hooks (enabled);
CREATE INDEX hooks_schema ON hooks (schema_id);
";

/// Version 5: the offline state of each hook, and the indexes of the all-queues registry (its
/// joins by queue, its filters by queue and event, by state, and its searches by names).
pub(super) const CREATE_V5: &str = "
ALTER TABLE hooks ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hooks ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0;
CREATE INDEX hooks_queue_event ON hooks (queue_id, event);
CREATE INDEX hooks_pending ON hooks (pending) WHERE pending <> 0;
CREATE INDEX hooks_conflict ON hooks (conflict) WHERE conflict <> 0;
CREATE INDEX hooks_flow_name ON hooks (flow_name COLLATE NOCASE);
CREATE INDEX queues_name ON queues (name COLLATE NOCASE);
";

/// A hook as the cache holds it, with when it was read from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedHook {
    pub hook: Hook,
    /// Unix milliseconds.
    pub synced_at: i64,
}

const COLUMNS: &str = "owner, id, event, schema_id, flow_name, enabled, synced_at";

/// Reads a hook from the first seven columns of a row, in `COLUMNS`' order (the all-queues
/// registry selects them first too).
pub(super) fn cached_hook(row: &Row<'_>) -> rusqlite::Result<CachedHook> {
    let event: String = row.get(2)?;
    Ok(CachedHook {
        hook: Hook {
            owner: owner_of(row.get(0)?),
            id: HookId(row.get(1)?),
            event: HookEvent::parse(&event),
            flow: FlowRef {
                id: SchemaId(row.get(3)?),
                name: row.get(4)?,
            },
            enabled: row.get(5)?,
        },
        synced_at: row.get(6)?,
    })
}

/// Which cached hooks a write may replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Over {
    /// Only a hook without a change waiting: what the server says of a hook the user changed
    /// offline waits until the outbox has sent the change (or a conflict is settled).
    Settled,
    /// Any: the user's own change, or the server's answer that ends it.
    Any,
}

/// The one write of a hook into the cache: inserted, or its fields replaced (its offline marks
/// are the outbox's to set).
pub(super) fn write_hook(
    tx: &rusqlite::Transaction<'_>,
    hook: &Hook,
    synced_at: i64,
    over: Over,
) -> rusqlite::Result<()> {
    const UPSERT: &str = "INSERT INTO hooks
            (owner, id, event, schema_id, flow_name, enabled, synced_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (owner, id) DO UPDATE SET
            event = excluded.event, schema_id = excluded.schema_id,
            flow_name = excluded.flow_name, enabled = excluded.enabled,
            synced_at = excluded.synced_at";
    let sql = match over {
        Over::Settled => format!("{UPSERT} WHERE hooks.pending = 0"),
        Over::Any => UPSERT.to_owned(),
    };
    tx.prepare_cached(&sql)?.execute(params![
        key(hook.owner),
        hook.id.0,
        hook.event.as_str(),
        hook.flow.id.0,
        hook.flow.name,
        hook.enabled,
        synced_at
    ])?;
    Ok(())
}

/// Writes hooks read from the server, except those with a change waiting in the outbox: the
/// cache shows them as the change leaves them (a hook deleted offline is not brought back).
fn upsert(tx: &rusqlite::Transaction<'_>, hooks: &[Hook], synced_at: i64) -> rusqlite::Result<()> {
    let mut waiting = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM outbox WHERE owner = ?1 AND hook_id = ?2)")?;
    for h in hooks {
        if waiting.query_row([key(h.owner), h.id.0], |r| r.get::<_, bool>(0))? {
            continue;
        }
        write_hook(tx, h, synced_at, Over::Settled)?;
    }
    Ok(())
}

impl Store {
    /// Writes hooks as the server just gave them (one page, or one changed hook), in one
    /// transaction.
    pub fn save_hooks(&self, hooks: &[Hook]) -> Result<()> {
        let synced_at = now_ms();
        self.write(|tx| upsert(tx, hooks, synced_at))
    }

    /// Writes every hook of `owner`, as a listing that held them all gave them: cached hooks
    /// of that queue missing from `hooks` are gone on the server and are removed.
    pub fn replace_owner_hooks(&self, owner: HookOwner, hooks: &[Hook]) -> Result<()> {
        let synced_at = now_ms();
        let listed: HashSet<i64> = hooks.iter().map(|h| h.id.0).collect();
        self.write(|tx| {
            upsert(tx, hooks, synced_at)?;
            let cached: Vec<i64> = tx
                .prepare_cached("SELECT id FROM hooks WHERE owner = ?1 AND pending = 0")?
                .query_map([key(owner)], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut delete = tx.prepare_cached("DELETE FROM hooks WHERE owner = ?1 AND id = ?2")?;
            for gone in cached.into_iter().filter(|id| !listed.contains(id)) {
                delete.execute([key(owner), gone])?;
            }
            Ok(())
        })
    }

    /// Removes hooks that are gone on the server.
    pub fn remove_hooks(&self, owner: HookOwner, ids: &[HookId]) -> Result<()> {
        self.write(|tx| {
            let mut delete = tx.prepare_cached("DELETE FROM hooks WHERE owner = ?1 AND id = ?2")?;
            for id in ids {
                delete.execute([key(owner), id.0])?;
            }
            Ok(())
        })
    }

    pub fn hook(&self, owner: HookOwner, id: HookId) -> Result<Option<CachedHook>> {
        self.read(|conn| {
            conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM hooks WHERE owner = ?1 AND id = ?2"
            ))?
            .query_row([key(owner), id.0], cached_hook)
            .optional()
        })
    }

    /// True when a change of the hook waits in the outbox (or it exists only here): a new change
    /// of it must wait behind that one.
    pub fn is_pending(&self, owner: HookOwner, id: HookId) -> Result<bool> {
        if id.0 < 0 {
            return Ok(true);
        }
        self.read(|conn| {
            conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM outbox WHERE owner = ?1 AND hook_id = ?2)",
                [key(owner), id.0],
                |row| row.get(0),
            )
        })
    }

    /// The cached hooks of one queue, by event then id.
    pub fn owner_hooks(&self, owner: HookOwner) -> Result<Vec<CachedHook>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM hooks WHERE owner = ?1 ORDER BY event, id"
            ))?;
            let rows = stmt.query_map([key(owner)], cached_hook)?;
            rows.collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::QueueId;

    fn hook(id: i64, event: HookEvent, enabled: bool) -> Hook {
        Hook {
            id: HookId(id),
            owner: QueueId(7).into(),
            event,
            flow: FlowRef {
                id: SchemaId(101),
                name: "CRM: log call result".into(),
            },
            enabled,
        }
    }

    #[test]
    fn hooks_upsert_replace_and_remove() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        store
            .save_hooks(&[
                hook(1, HookEvent::Bridged, true),
                hook(2, HookEvent::Other("waiting".into()), false),
            ])
            .unwrap();
        store
            .save_hooks(&[hook(1, HookEvent::Bridged, false)])
            .unwrap();
        let one = store.hook(QueueId(7).into(), HookId(1)).unwrap().unwrap();
        assert!(!one.hook.enabled);
        assert!(one.synced_at > 0);
        let two = store.hook(QueueId(7).into(), HookId(2)).unwrap().unwrap();
        assert_eq!(two.hook.event, HookEvent::Other("waiting".into()));

        store
            .replace_owner_hooks(QueueId(7).into(), &[hook(3, HookEvent::Missed, true)])
            .unwrap();
        let ids: Vec<i64> = store
            .owner_hooks(QueueId(7).into())
            .unwrap()
            .into_iter()
            .map(|c| c.hook.id.0)
            .collect();
        assert_eq!(ids, [3]);
        store.remove_hooks(QueueId(7).into(), &[HookId(3)]).unwrap();
        assert!(store.owner_hooks(QueueId(7).into()).unwrap().is_empty());
    }
}
