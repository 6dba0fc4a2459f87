//! The `pinned_queues` table: the queues the tray shows, in menu order, for this cache's
//! profile. Until the user pins or unpins anything, the pinned queues are the cached Progressive
//! Dialer queues by name, at most [`DEFAULT_PINNED`]; the first choice turns that default into
//! an explicit list, which is kept from then on.

use rusqlite::{params, OptionalExtension};
use webitel_hooks_model::{Queue, QueueId, QueueType};

use super::Store;
use crate::error::Result;

/// Version 8. Rows of queues no longer cached are kept but not shown: a queue that comes back
/// keeps its place.
pub(super) const CREATE_V8: &str = "
CREATE TABLE pinned_queues (
    queue_id    INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL
);
";

/// How many Progressive Dialer queues are pinned by default.
pub const DEFAULT_PINNED: u32 = 10;

/// Set in `meta` once the user has pinned or unpinned a queue.
const CHOSEN: &str = "pins_chosen";

fn chosen(conn: &rusqlite::Connection) -> rusqlite::Result<bool> {
    Ok(Store::get_meta(conn, CHOSEN)?.is_some())
}

fn default_pins(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<QueueId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM queues WHERE queue_type = ?1 AND deleted_on_server = 0
         ORDER BY name COLLATE NOCASE, id LIMIT ?2",
    )?;
    let rows = stmt.query_map(
        params![QueueType::Progressive.code(), DEFAULT_PINNED],
        |r| r.get(0).map(QueueId),
    )?;
    rows.collect()
}

fn explicit_pins(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<QueueId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.queue_id FROM pinned_queues p JOIN queues q ON q.id = p.queue_id
         WHERE q.deleted_on_server = 0
         ORDER BY p.position, p.queue_id",
    )?;
    let rows = stmt.query_map([], |r| r.get(0).map(QueueId))?;
    rows.collect()
}

fn pins(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<QueueId>> {
    if chosen(conn)? {
        explicit_pins(conn)
    } else {
        default_pins(conn)
    }
}

impl Store {
    /// The pinned queues that are cached, in menu order.
    pub fn pinned_queue_ids(&self) -> Result<Vec<QueueId>> {
        self.read(pins)
    }

    /// Pins or unpins `queue_id` (a pinned queue goes last), in one transaction; `Ok(None)`
    /// when pinning a queue the cache does not hold. Answers the pinned queues now.
    pub fn set_pinned(&self, queue_id: QueueId, pinned: bool) -> Result<Option<Vec<QueueId>>> {
        self.write(|tx| {
            let cached: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM queues WHERE id = ?1)",
                [queue_id.0],
                |r| r.get(0),
            )?;
            if pinned && !cached {
                return Ok(None);
            }
            if !chosen(tx)? {
                // The default becomes the user's list, so that one pin keeps the others.
                tx.execute("DELETE FROM pinned_queues", [])?;
                for (position, id) in default_pins(tx)?.into_iter().enumerate() {
                    tx.execute(
                        "INSERT INTO pinned_queues (queue_id, position) VALUES (?1, ?2)",
                        params![id.0, position as i64],
                    )?;
                }
                Store::set_meta(tx, CHOSEN, "1")?;
            }
            if pinned {
                let last: Option<i64> = tx
                    .query_row("SELECT max(position) FROM pinned_queues", [], |r| r.get(0))
                    .optional()?
                    .flatten();
                tx.execute(
                    "INSERT INTO pinned_queues (queue_id, position) VALUES (?1, ?2)
                     ON CONFLICT (queue_id) DO NOTHING",
                    params![queue_id.0, last.map_or(0, |p| p + 1)],
                )?;
            } else {
                tx.execute(
                    "DELETE FROM pinned_queues WHERE queue_id = ?1",
                    [queue_id.0],
                )?;
            }
            pins(tx).map(Some)
        })
    }

    /// The pinned queues as the cache holds them, in menu order.
    pub fn pinned_queues(&self) -> Result<Vec<Queue>> {
        let ids = self.pinned_queue_ids()?;
        let queues = self.queues()?;
        Ok(ids
            .into_iter()
            .filter_map(|id| queues.iter().find(|c| c.queue.id == id))
            .map(|c| c.queue.clone())
            .collect())
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
            team: None,
        }
    }

    #[test]
    fn the_default_is_progressive_queues_by_name_until_the_user_chooses() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        let mut queues: Vec<Queue> = (1..=12)
            .map(|i| queue(i, &format!("dialer {:02}", 13 - i), QueueType::Progressive))
            .collect();
        queues.push(queue(20, "inbound", QueueType::Inbound));
        store.save_queues(&queues, true).unwrap();
        let ids: Vec<i64> = store
            .pinned_queue_ids()
            .unwrap()
            .iter()
            .map(|q| q.0)
            .collect();
        assert_eq!(ids, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);

        let after = store.set_pinned(QueueId(20), true).unwrap().unwrap();
        assert_eq!(after.len(), 11);
        assert_eq!(after.last(), Some(&QueueId(20)));
        let after = store.set_pinned(QueueId(12), false).unwrap().unwrap();
        assert_eq!(after.first(), Some(&QueueId(11)));
        assert_eq!(store.set_pinned(QueueId(99), true).unwrap(), None);
        // A chosen list stays chosen, even when it becomes empty.
        for id in store.pinned_queue_ids().unwrap() {
            store.set_pinned(id, false).unwrap();
        }
        assert!(store.pinned_queue_ids().unwrap().is_empty());
    }
}
