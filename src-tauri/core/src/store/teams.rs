//! The teams in the `owners` table: the teams the user may read, as last listed.

use std::collections::HashSet;

use rusqlite::params;
use webitel_hooks_model::{HookOwner, Team, TeamId};

use super::owners::{key, of_teams, owner_of};
use super::queues::mark_gone;
use super::{now_ms, Store};
use crate::error::Result;

impl Store {
    /// Writes the teams of one listing in one transaction. `complete` says the listing was
    /// unfiltered, so a team missing from it is gone, as a queue missing from the queues'
    /// listing is ([`Store::save_queues`]).
    pub fn save_teams(&self, teams: &[Team], complete: bool) -> Result<()> {
        let synced_at = now_ms();
        self.write(|tx| {
            let mut upsert = tx.prepare_cached(
                "INSERT INTO owners (id, name, queue_type, enabled, team, synced_at)
                 VALUES (?1, ?2, NULL, 1, NULL, ?3)
                 ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, synced_at = excluded.synced_at,
                    deleted_on_server = 0",
            )?;
            for t in teams {
                upsert.execute(params![key(HookOwner::Team(t.id)), t.name, synced_at])?;
            }
            if complete {
                let listed: HashSet<i64> =
                    teams.iter().map(|t| key(HookOwner::Team(t.id))).collect();
                let cached: Vec<i64> = tx
                    .prepare(&format!("SELECT id FROM owners WHERE {}", of_teams("id")))?
                    .query_map([], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for gone in cached.into_iter().filter(|id| !listed.contains(id)) {
                    mark_gone(tx, owner_of(gone))?;
                }
            }
            Ok(())
        })
    }

    /// Every cached team whose name holds `search` (case-insensitive), by name.
    pub fn teams(&self, search: &str) -> Result<Vec<Team>> {
        let search = search.trim().to_lowercase();
        let teams: Vec<Team> = self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT id, name FROM owners WHERE {} AND deleted_on_server = 0",
                of_teams("id")
            ))?;
            let rows = stmt.query_map([], |row| {
                Ok(Team {
                    id: TeamId(-row.get::<_, i64>(0)?),
                    name: row.get(1)?,
                })
            })?;
            rows.collect()
        })?;
        // Filtered and ordered here, not in SQL: SQLite's LIKE and NOCASE fold ASCII only.
        let mut teams: Vec<Team> = teams
            .into_iter()
            .filter(|t| search.is_empty() || t.name.to_lowercase().contains(&search))
            .collect();
        teams.sort_by_cached_key(|t| (t.name.to_lowercase(), t.id));
        Ok(teams)
    }
}

#[cfg(test)]
mod tests {
    use webitel_hooks_model::{Hook, HookEvent, HookId, QueueId, QueueType};

    use super::*;

    fn team(id: i64, name: &str) -> Team {
        Team {
            id: TeamId(id),
            name: name.into(),
        }
    }

    #[test]
    fn teams_and_queues_of_one_id_are_kept_apart_and_a_complete_listing_drops_a_gone_team() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        store
            .save_queues(
                &[webitel_hooks_model::Queue {
                    id: QueueId(1),
                    name: "Sales EU".into(),
                    queue_type: QueueType::Progressive,
                    enabled: true,
                    team: None,
                }],
                true,
            )
            .unwrap();
        store
            .save_teams(&[team(1, "Support"), team(2, "Retention")], true)
            .unwrap();
        let hook = |owner: HookOwner| Hook {
            id: HookId(1),
            owner,
            event: HookEvent::AgentStatus,
            flow: webitel_hooks_model::FlowRef {
                id: webitel_hooks_model::SchemaId(5),
                name: "f".into(),
            },
            enabled: true,
        };
        store
            .save_hooks(&[
                hook(HookOwner::Queue(QueueId(1))),
                hook(HookOwner::Team(TeamId(1))),
            ])
            .unwrap();
        assert_eq!(store.queues().unwrap().len(), 1, "a team is not a queue");
        assert_eq!(
            store.teams("").unwrap(),
            [team(2, "Retention"), team(1, "Support")]
        );
        assert_eq!(store.teams("sup").unwrap(), [team(1, "Support")]);
        let team_hooks = store.owner_hooks(HookOwner::Team(TeamId(1))).unwrap();
        assert_eq!(team_hooks.len(), 1);
        assert_eq!(team_hooks[0].hook.owner, HookOwner::Team(TeamId(1)));

        store.save_teams(&[team(2, "Retention")], true).unwrap();
        assert_eq!(store.teams("").unwrap(), [team(2, "Retention")]);
        assert!(store
            .owner_hooks(HookOwner::Team(TeamId(1)))
            .unwrap()
            .is_empty());
        assert_eq!(
            store
                .owner_hooks(HookOwner::Queue(QueueId(1)))
                .unwrap()
                .len(),
            1,
            "the queue of the same id keeps its hook"
        );
        assert_eq!(
            store.queues().unwrap().len(),
            1,
            "a teams' listing leaves queues be"
        );
    }
}
