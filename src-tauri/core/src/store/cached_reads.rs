//! The registry's reads answered from the cache when the server cannot be reached, in the same
//! shapes as the server's answers: the queues (Progressive Dialer first, then by name) and one
//! page of flows by name (a queue's page of hooks is a page of rows: `all_hooks`). Name searches fold case in Rust, since
//! SQLite's `LIKE` folds ASCII only and queue and flow names are often Cyrillic.

use webitel_hooks_model::{FlowRef, Page, Queue, QueueId, QueueType, SchemaId};

use super::Store;
use crate::error::Result;

impl Store {
    /// `list_queues` from the cache: the queues whose name contains `search` (any case, in any
    /// script: compared in Rust, since SQLite folds the case of ASCII only), of `queue_type`
    /// when given, Progressive Dialer first, then by name.
    pub fn cached_queues(&self, search: &str, queue_type: Option<QueueType>) -> Result<Vec<Queue>> {
        let term = search.trim().to_lowercase();
        let queues = self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, name, queue_type, enabled, team FROM owners
                 WHERE id > 0 AND (?1 IS NULL OR queue_type = ?1) AND deleted_on_server = 0
                 ORDER BY queue_type <> ?2, name COLLATE NOCASE, id",
            )?;
            let rows = stmt.query_map(
                rusqlite::params![queue_type.map(|t| t.code()), QueueType::Progressive.code()],
                |row| {
                    Ok(Queue {
                        id: QueueId(row.get(0)?),
                        name: row.get(1)?,
                        queue_type: QueueType::from_code(row.get(2)?),
                        enabled: row.get(3)?,
                        team: row.get(4)?,
                    })
                },
            )?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        Ok(queues
            .into_iter()
            .filter(|q| term.is_empty() || q.name.to_lowercase().contains(&term))
            .collect())
    }

    /// `search_flows` from the cache: the flows a hook may start (service and default ones, and
    /// those only known by the hooks that name them), whose name contains `search` in any case,
    /// by name. The cache holds a few hundred flows at most: they are filtered and paged here,
    /// where the case of every script folds (SQLite's `LIKE` folds ASCII only).
    pub fn cached_flows_page(&self, search: &str, page: u32, size: u32) -> Result<Page<FlowRef>> {
        let term = search.trim().to_lowercase();
        let page = page.max(1);
        let size = size.max(1) as usize;
        let mut flows = self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, name FROM flows
                 WHERE flow_type IN ('service', 'default', '') AND id > 0",
            )?;
            let rows = stmt.query_map([], |row| {
                Ok(FlowRef {
                    id: SchemaId(row.get(0)?),
                    name: row.get(1)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        flows.retain(|f| term.is_empty() || f.name.to_lowercase().contains(&term));
        flows.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        let skip = (page as usize).saturating_sub(1).saturating_mul(size);
        let items: Vec<FlowRef> = flows.iter().skip(skip).take(size).cloned().collect();
        let next = flows.len() > skip.saturating_add(items.len());
        Ok(Page {
            items,
            page,
            next,
            skipped: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_and_flow_searches_fold_the_case_of_any_script() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        let queue = |id, name: &str| Queue {
            id: QueueId(id),
            name: name.into(),
            queue_type: QueueType::Progressive,
            enabled: true,
            team: None,
        };
        store
            .save_queues(&[queue(1, "Продажі Київ"), queue(2, "Sales 50%")], true)
            .unwrap();
        let found = store.cached_queues("  продажі ", None).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(store.cached_queues("50%", None).unwrap()[0].id, QueueId(2));
        assert!(store
            .cached_queues("", Some(QueueType::Inbound))
            .unwrap()
            .is_empty());
        let flow = |id, name: &str| {
            (
                FlowRef {
                    id: SchemaId(id),
                    name: name.into(),
                },
                "service".to_owned(),
            )
        };
        store
            .save_flows(&[flow(1, "CRM Ввод"), flow(2, "crm b"), flow(3, "Other")])
            .unwrap();
        let first = store.cached_flows_page("CRM", 1, 1).unwrap();
        assert_eq!((first.items[0].id, first.next), (SchemaId(2), true));
        let second = store.cached_flows_page("crm", 2, 1).unwrap();
        assert_eq!((second.items[0].id, second.next), (SchemaId(1), false));
        assert_eq!(
            store.cached_flows_page("ввод", 1, 20).unwrap().items.len(),
            1
        );
    }
}
