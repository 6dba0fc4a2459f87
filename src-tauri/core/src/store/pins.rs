//! The `pins` table: the queues the tray shows, in menu order, for this cache's
//! profile. Until the user pins or unpins anything, the pinned queues are the cached Progressive
//! Dialer queues by name, at most [`DEFAULT_PINNED`]; the first choice turns that default into
//! an explicit list, which is kept from then on.

use rusqlite::{params, OptionalExtension};
use webitel_hooks_model::{HookOwner, OwnerName, QueueType};

use super::owners::{key, owner_of};
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

/// Set in `meta` once the user has pinned or unpinned a queue or team.
const CHOSEN: &str = "pins_chosen";

fn chosen(conn: &rusqlite::Connection) -> rusqlite::Result<bool> {
    Ok(Store::get_meta(conn, CHOSEN)?.is_some())
}

fn default_pins(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<OwnerName>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name FROM owners WHERE queue_type = ?1 AND deleted_on_server = 0
         ORDER BY name COLLATE NOCASE, id LIMIT ?2",
    )?;
    let rows = stmt.query_map(
        params![QueueType::Progressive.code(), DEFAULT_PINNED],
        named,
    )?;
    rows.collect()
}

fn explicit_pins(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<OwnerName>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.owner, o.name FROM pins p JOIN owners o ON o.id = p.owner
         WHERE o.deleted_on_server = 0
         ORDER BY p.position, p.owner",
    )?;
    let rows = stmt.query_map([], named)?;
    rows.collect()
}

fn named(row: &rusqlite::Row<'_>) -> rusqlite::Result<OwnerName> {
    Ok(OwnerName {
        owner: owner_of(row.get(0)?),
        name: row.get(1)?,
    })
}

fn pins(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<OwnerName>> {
    if chosen(conn)? {
        explicit_pins(conn)
    } else {
        default_pins(conn)
    }
}

impl Store {
    /// The pinned queues and teams that are cached, in menu order, with their names.
    pub fn pinned(&self) -> Result<Vec<OwnerName>> {
        self.read(pins)
    }

    /// Pins or unpins `owner` (a pinned one goes last), in one transaction; `Ok(None)` when
    /// pinning a queue or team the cache does not hold. Answers the pinned ones now.
    pub fn set_pinned(&self, owner: HookOwner, pinned: bool) -> Result<Option<Vec<OwnerName>>> {
        self.write(|tx| {
            let cached: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM owners WHERE id = ?1)",
                [key(owner)],
                |r| r.get(0),
            )?;
            if pinned && !cached {
                return Ok(None);
            }
            if !chosen(tx)? {
                // The default becomes the user's list, so that one pin keeps the others.
                tx.execute("DELETE FROM pins", [])?;
                for (position, pin) in default_pins(tx)?.into_iter().enumerate() {
                    tx.execute(
                        "INSERT INTO pins (owner, position) VALUES (?1, ?2)",
                        params![key(pin.owner), position as i64],
                    )?;
                }
                Store::set_meta(tx, CHOSEN, "1")?;
            }
            if pinned {
                let last: Option<i64> = tx
                    .query_row("SELECT max(position) FROM pins", [], |r| r.get(0))
                    .optional()?
                    .flatten();
                tx.execute(
                    "INSERT INTO pins (owner, position) VALUES (?1, ?2)
                     ON CONFLICT (owner) DO NOTHING",
                    params![key(owner), last.map_or(0, |p| p + 1)],
                )?;
            } else {
                tx.execute("DELETE FROM pins WHERE owner = ?1", [key(owner)])?;
            }
            pins(tx).map(Some)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{Queue, QueueId};

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
            .pinned()
            .unwrap()
            .iter()
            .map(|p| p.owner.raw())
            .collect();
        assert_eq!(ids, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);

        let owner = |id| HookOwner::Queue(QueueId(id));
        let after = store.set_pinned(owner(20), true).unwrap().unwrap();
        assert_eq!(after.len(), 11);
        assert_eq!(after.last().map(|p| p.owner), Some(owner(20)));
        let after = store.set_pinned(owner(12), false).unwrap().unwrap();
        assert_eq!(after.first().map(|p| p.owner), Some(owner(11)));
        assert_eq!(store.set_pinned(owner(99), true).unwrap(), None);
        // A team pins beside the queues, under its name.
        store
            .save_teams(
                &[webitel_hooks_model::Team {
                    id: webitel_hooks_model::TeamId(11),
                    name: "Support".into(),
                }],
                true,
            )
            .unwrap();
        let team = HookOwner::Team(webitel_hooks_model::TeamId(11));
        let after = store.set_pinned(team, true).unwrap().unwrap();
        assert_eq!(
            after.last().map(|p| (p.owner, p.name.as_str())),
            Some((team, "Support"))
        );
        assert!(after.iter().any(|p| p.owner == owner(11)), "queue 11 stays");
        // A chosen list stays chosen, even when it becomes empty.
        for pin in store.pinned().unwrap() {
            store.set_pinned(pin.owner, false).unwrap();
        }
        assert!(store.pinned().unwrap().is_empty());
    }
}
