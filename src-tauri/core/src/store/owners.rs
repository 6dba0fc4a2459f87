//! The owners of hooks, queues and teams, in one table (`owners`), and how the cache names an
//! owner in one integer column: its owner key.
//!
//! What must hold: a queue's key is its id and a team's its id negated. The engine's ids of both
//! are serials from 1 (`cc_queue.id`, `cc_team.id`), and the registry refuses an owner whose id
//! is not positive before anything reaches the cache ([`crate::registry::input`]), so a key
//! names exactly one owner, and hooks, changes and pins join their owner on one integer column
//! (`hooks.owner`, `outbox.owner`, `pins.owner`, `owners.id`). Nothing outside the store sees a
//! key.

use webitel_hooks_model::{HookOwner, QueueId, TeamId};

/// Version 11: teams have hooks too. The queues' table becomes the owners' (a team's row has no
/// queue type), keyed by owner key, which the queues' ids already were; the hooks', the
/// changes' and the pins' queue columns become owner columns, and the hooks a waiting change
/// holds as JSON (`base`, `mine`, `theirs`: the model's `Hook`) name their queue as an owner.
pub(super) const CREATE_V11: &str = "
CREATE TABLE owners (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL,
    queue_type          INTEGER,
    enabled             INTEGER NOT NULL,
    team                TEXT,
    synced_at           INTEGER NOT NULL,
    hooks_synced_at     INTEGER,
    deleted_on_server   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO owners (id, name, queue_type, enabled, team, synced_at, hooks_synced_at,
                    deleted_on_server)
    SELECT id, name, queue_type, enabled, team, synced_at, hooks_synced_at, deleted_on_server
    FROM queues;
DROP TABLE queues;
CREATE INDEX owners_type ON owners (queue_type);
CREATE INDEX owners_name ON owners (name COLLATE NOCASE);
ALTER TABLE hooks RENAME COLUMN queue_id TO owner;
ALTER TABLE outbox RENAME COLUMN queue_id TO owner;
ALTER TABLE pinned_queues RENAME TO pins;
ALTER TABLE pins RENAME COLUMN queue_id TO owner;
UPDATE outbox SET base = json_remove(json_set(base, '$.owner',
    json_object('kind', 'queue', 'id', json_extract(base, '$.queue_id'))), '$.queue_id')
    WHERE json_valid(base) AND json_type(base, '$.queue_id') IS NOT NULL;
UPDATE outbox SET mine = json_remove(json_set(mine, '$.owner',
    json_object('kind', 'queue', 'id', json_extract(mine, '$.queue_id'))), '$.queue_id')
    WHERE json_valid(mine) AND json_type(mine, '$.queue_id') IS NOT NULL;
UPDATE outbox SET theirs = json_remove(json_set(theirs, '$.owner',
    json_object('kind', 'queue', 'id', json_extract(theirs, '$.queue_id'))), '$.queue_id')
    WHERE json_valid(theirs) AND json_type(theirs, '$.queue_id') IS NOT NULL;
";

impl super::Store {
    /// The name of a cached queue or team (one gone from the server included).
    pub fn owner_name(&self, owner: HookOwner) -> crate::error::Result<Option<String>> {
        use rusqlite::OptionalExtension;
        self.read(|conn| {
            conn.query_row(
                "SELECT name FROM owners WHERE id = ?1",
                [key(owner)],
                |row| row.get(0),
            )
            .optional()
        })
    }
}

/// The owner's key in the cache's columns.
pub(super) fn key(owner: HookOwner) -> i64 {
    match owner {
        HookOwner::Queue(id) => id.0,
        HookOwner::Team(id) => -id.0,
    }
}

/// The owner a key names.
pub(super) fn owner_of(key: i64) -> HookOwner {
    if key < 0 {
        HookOwner::Team(TeamId(-key))
    } else {
        HookOwner::Queue(QueueId(key))
    }
}

/// The SQL condition that keeps only the rows of queues (`kind` is the key's column).
pub(super) fn of_queues(column: &str) -> String {
    format!("{column} > 0")
}

/// The SQL condition that keeps only the rows of teams.
pub(super) fn of_teams(column: &str) -> String {
    format!("{column} < 0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_of_version_10_keeps_its_queues_hooks_pins_and_waiting_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.sqlite3");
        {
            let mut conn = rusqlite::Connection::open(&path).unwrap();
            crate::sqlite::migrate(&mut conn, &super::super::migrations::STEPS[..10]).unwrap();
            conn.execute_batch(
                r#"INSERT INTO queues (id, name, queue_type, enabled, team, synced_at)
                       VALUES (7, 'Sales EU', 4, 1, 'Sales', 1);
                   INSERT INTO hooks (queue_id, id, event, schema_id, flow_name, enabled,
                                      synced_at, pending)
                       VALUES (7, 3, 'missed', 102, 'Zendesk', 0, 1, 1);
                   INSERT INTO pinned_queues (queue_id, position) VALUES (7, 0);
                   INSERT INTO outbox (kind, queue_id, hook_id, base, mine, queued_at)
                       VALUES ('toggle', 7, 3,
                         '{"id":3,"queue_id":7,"event":"missed","flow":{"id":102,"name":"Zendesk"},"enabled":true}',
                         '{"id":3,"queue_id":7,"event":"missed","flow":{"id":102,"name":"Zendesk"},"enabled":false}',
                         1);"#,
            )
            .unwrap();
        }
        let store = super::super::Store::open(&path).unwrap();
        let queue = HookOwner::Queue(QueueId(7));
        assert_eq!(store.queues().unwrap()[0].queue.name, "Sales EU");
        assert_eq!(store.owner_hooks(queue).unwrap()[0].hook.owner, queue);
        assert_eq!(store.pinned().unwrap()[0].owner, queue);
        let waiting = store.pending_changes().unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting[0].owner, queue);
        assert_eq!(waiting[0].base.as_ref().map(|h| h.owner), Some(queue));
        assert_eq!(waiting[0].mine.as_ref().map(|h| h.enabled), Some(false));
    }

    #[test]
    fn a_queue_and_a_team_of_one_id_have_two_keys_and_each_reads_back() {
        for id in [1, 7, i64::MAX] {
            let queue = HookOwner::Queue(QueueId(id));
            let team = HookOwner::Team(TeamId(id));
            assert_ne!(key(queue), key(team));
            assert_eq!(owner_of(key(queue)), queue);
            assert_eq!(owner_of(key(team)), team);
        }
    }
}
