//! The `flows` table: the flow schemas the picker has listed (service and default ones).

use rusqlite::params;
use webitel_hooks_model::{FlowRef, SchemaId};

use super::{now_ms, Store};
use crate::error::Result;

/// Version 1. `flow_type` is the API's enum name (`service`, `default`, ...).
pub(super) const CREATE_V1: &str = "
CREATE TABLE flows (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    flow_type   TEXT    NOT NULL,
    synced_at   INTEGER NOT NULL
);
CREATE INDEX flows_name ON flows (name COLLATE NOCASE);
";

/// A flow as the cache holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedFlow {
    pub flow: FlowRef,
    pub flow_type: String,
    /// Unix milliseconds.
    pub synced_at: i64,
}

impl Store {
    /// Writes one page of flows, `(flow, type name)`, in one transaction.
    pub fn save_flows(&self, flows: &[(FlowRef, String)]) -> Result<()> {
        let synced_at = now_ms();
        self.write(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO flows (id, name, flow_type, synced_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, flow_type = excluded.flow_type,
                    synced_at = excluded.synced_at",
            )?;
            for (flow, flow_type) in flows {
                stmt.execute(params![flow.id.0, flow.name, flow_type, synced_at])?;
            }
            Ok(())
        })
    }

    /// One cached flow, to name it in a change made offline.
    pub fn flow(&self, id: SchemaId) -> Result<Option<FlowRef>> {
        use rusqlite::OptionalExtension;
        self.read(|conn| {
            conn.query_row("SELECT name FROM flows WHERE id = ?1", [id.0], |row| {
                Ok(FlowRef {
                    id,
                    name: row.get(0)?,
                })
            })
            .optional()
        })
    }

    /// Every cached flow, by name.
    pub fn flows(&self) -> Result<Vec<CachedFlow>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, name, flow_type, synced_at FROM flows ORDER BY name COLLATE NOCASE, id",
            )?;
            let rows = stmt.query_map([], |row| {
                Ok(CachedFlow {
                    flow: FlowRef {
                        id: SchemaId(row.get(0)?),
                        name: row.get(1)?,
                    },
                    flow_type: row.get(2)?,
                    synced_at: row.get(3)?,
                })
            })?;
            rows.collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flows_upsert_by_id() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        let flow = |id, name: &str| FlowRef {
            id: SchemaId(id),
            name: name.into(),
        };
        store
            .save_flows(&[
                (flow(2, "b"), "service".into()),
                (flow(1, "A"), "default".into()),
            ])
            .unwrap();
        store
            .save_flows(&[(flow(2, "renamed"), "service".into())])
            .unwrap();
        let names: Vec<String> = store
            .flows()
            .unwrap()
            .into_iter()
            .map(|c| c.flow.name)
            .collect();
        assert_eq!(names, ["A", "renamed"]);
    }
}
