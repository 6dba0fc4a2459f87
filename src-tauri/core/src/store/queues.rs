//! The `queues` table: the queues the user may read, as last listed.

use std::collections::HashSet;

use rusqlite::{params, Transaction};
use webitel_hooks_model::{HookOwner, Queue, QueueId, QueueType};

use super::outbox::hold_changes_of_gone_queue;
use super::owners::{key, of_queues, owner_of};
use super::{now_ms, Store};
use crate::error::Result;

/// Version 1: the queue picker's columns.
pub(super) const CREATE_V1: &str = "
CREATE TABLE queues (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    queue_type  INTEGER NOT NULL,
    enabled     INTEGER NOT NULL,
    team        TEXT,
    synced_at   INTEGER NOT NULL
);
CREATE INDEX queues_type ON queues (queue_type);
";

/// Version 10. `deleted_on_server`: the queue is gone from the server's complete listing but
/// kept, with its hooks that have changes waiting (held as conflicts), until the user has
/// settled them; the queue lists leave it out.
pub(super) const CREATE_V10: &str = "
ALTER TABLE queues ADD COLUMN deleted_on_server INTEGER NOT NULL DEFAULT 0;
";

/// A queue as the cache holds it, with when it was read from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedQueue {
    pub queue: Queue,
    /// Unix milliseconds.
    pub synced_at: i64,
}

/// Removes a queue or team marked deleted on the server, and its hooks, once no change of it
/// waits.
pub(super) fn forget_if_gone_and_settled(
    tx: &Transaction<'_>,
    owner: HookOwner,
) -> rusqlite::Result<()> {
    let settled: bool = tx.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM outbox WHERE owner = ?1)",
        [key(owner)],
        |r| r.get(0),
    )?;
    if settled {
        let gone = tx.execute(
            "DELETE FROM owners WHERE id = ?1 AND deleted_on_server = 1",
            [key(owner)],
        )?;
        if gone > 0 {
            tx.execute("DELETE FROM hooks WHERE owner = ?1", [key(owner)])?;
        }
    }
    Ok(())
}

/// A queue or team gone from the server: out of the lists at once; kept with only the hooks whose
/// changes wait (held as conflicts), and gone with them once none waits.
pub(super) fn mark_gone(tx: &rusqlite::Transaction<'_>, owner: HookOwner) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE owners SET deleted_on_server = 1 WHERE id = ?1",
        [key(owner)],
    )?;
    hold_changes_of_gone_queue(tx, owner)?;
    tx.execute(
        "DELETE FROM hooks WHERE owner = ?1
         AND id NOT IN (SELECT hook_id FROM outbox WHERE owner = ?1)",
        [key(owner)],
    )?;
    forget_if_gone_and_settled(tx, owner)
}

impl Store {
    /// Writes the queues of one listing in one transaction. `complete` says the listing was
    /// unfiltered, so a queue missing from it is gone (or no longer readable) and is removed,
    /// with its hooks; but a hook with a change waiting is never dropped silently: the queue
    /// stays, marked deleted on the server, with those hooks, and their changes wait as
    /// conflicts for the user's choice.
    pub fn save_queues(&self, queues: &[Queue], complete: bool) -> Result<()> {
        let synced_at = now_ms();
        self.write(|tx| {
            let mut upsert = tx.prepare_cached(
                "INSERT INTO owners (id, name, queue_type, enabled, team, synced_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, queue_type = excluded.queue_type,
                    enabled = excluded.enabled, team = excluded.team,
                    synced_at = excluded.synced_at, deleted_on_server = 0",
            )?;
            for q in queues {
                upsert.execute(params![
                    q.id.0,
                    q.name,
                    q.queue_type.code(),
                    q.enabled,
                    q.team,
                    synced_at
                ])?;
            }
            if complete {
                let listed: HashSet<i64> = queues.iter().map(|q| q.id.0).collect();
                let cached: Vec<i64> = tx
                    .prepare(&format!("SELECT id FROM owners WHERE {}", of_queues("id")))?
                    .query_map([], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for gone in cached.into_iter().filter(|id| !listed.contains(id)) {
                    mark_gone(tx, owner_of(gone))?;
                }
            }
            Ok(())
        })
    }

    /// One queue or team the server says is gone, as a complete listing without it would leave
    /// it.
    pub fn owner_gone(&self, owner: HookOwner) -> Result<()> {
        self.write(|tx| mark_gone(tx, owner))
    }

    /// Every cached queue, Progressive Dialer first, then by name.
    pub fn queues(&self) -> Result<Vec<CachedQueue>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, name, queue_type, enabled, team, synced_at FROM owners
                 WHERE id > 0 AND deleted_on_server = 0
                 ORDER BY queue_type <> ?1, name COLLATE NOCASE, id",
            )?;
            let rows = stmt.query_map([QueueType::Progressive.code()], |row| {
                Ok(CachedQueue {
                    queue: Queue {
                        id: QueueId(row.get(0)?),
                        name: row.get(1)?,
                        queue_type: QueueType::from_code(row.get(2)?),
                        enabled: row.get(3)?,
                        team: row.get(4)?,
                    },
                    synced_at: row.get(5)?,
                })
            })?;
            rows.collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queue(id: i64, name: &str, queue_type: QueueType) -> Queue {
        Queue {
            id: QueueId(id),
            name: name.into(),
            queue_type,
            enabled: true,
            team: Some("Sales".into()),
        }
    }

    #[test]
    fn a_full_listing_replaces_and_a_filtered_one_adds() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        store
            .save_queues(
                &[
                    queue(1, "b inbound", QueueType::Inbound),
                    queue(2, "z dialer", QueueType::Progressive),
                    queue(3, "a offline", QueueType::Offline),
                ],
                true,
            )
            .unwrap();
        let names: Vec<String> = store
            .queues()
            .unwrap()
            .into_iter()
            .map(|c| c.queue.name)
            .collect();
        assert_eq!(names, ["z dialer", "a offline", "b inbound"]);

        store
            .save_queues(&[queue(4, "c", QueueType::Ivr)], false)
            .unwrap();
        assert_eq!(store.queues().unwrap().len(), 4);

        store
            .save_queues(&[queue(2, "z dialer", QueueType::Progressive)], true)
            .unwrap();
        let ids: Vec<i64> = store
            .queues()
            .unwrap()
            .into_iter()
            .map(|c| c.queue.id.0)
            .collect();
        assert_eq!(ids, [2]);
    }
}
