//! The registry's reads answered from the cache when the server cannot be reached: the same
//! shapes as the server's answers (queues Progressive Dialer first then by name, one page of a
//! queue's hooks in the server's order, one page of flows by name), filtered, sorted and paged
//! in SQL, with `next` computed by reading one row more than the page.

use rusqlite::params_from_iter;
use rusqlite::types::Value;
use webitel_hooks_model::{
    FlowRef, Hook, HookColumn, HookSort, Page, Queue, QueueId, QueueType, SchemaId, SortDirection,
};

use super::Store;
use crate::error::Result;

/// `%term%` for SQL `LIKE ... ESCAPE '\'`, the user's own `%` and `_` taken literally.
fn like_pattern(search: &str) -> Option<String> {
    let term = search.trim();
    if term.is_empty() {
        return None;
    }
    let escaped = term
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Some(format!("%{escaped}%"))
}

/// `LIMIT size + 1 OFFSET ...` values, and the page number (1-based, 0 read as 1).
fn window(page: u32, size: u32) -> (u32, i64, i64) {
    let page = page.max(1);
    let size = i64::from(size.max(1));
    (page, size + 1, i64::from(page - 1) * size)
}

/// Cuts the extra row, which only says that a next page exists.
fn paged<T>(mut items: Vec<T>, page: u32, size: u32) -> Page<T> {
    let next = items.len() > size.max(1) as usize;
    items.truncate(size.max(1) as usize);
    Page { items, page, next }
}

impl Store {
    /// `list_queues` from the cache: the queues whose name contains `search`, of `queue_type`
    /// when given, Progressive Dialer first, then by name.
    pub fn cached_queues(&self, search: &str, queue_type: Option<QueueType>) -> Result<Vec<Queue>> {
        let mut clauses = Vec::new();
        let mut values = vec![Value::Integer(i64::from(QueueType::Progressive.code()))];
        if let Some(pattern) = like_pattern(search) {
            values.push(Value::Text(pattern));
            clauses.push(format!("name LIKE ?{} ESCAPE '\\'", values.len()));
        }
        if let Some(t) = queue_type {
            values.push(Value::Integer(i64::from(t.code())));
            clauses.push(format!("queue_type = ?{}", values.len()));
        }
        let filter = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT id, name, queue_type, enabled, team FROM queues {filter}
                 ORDER BY queue_type <> ?1, name COLLATE NOCASE, id"
            ))?;
            let rows = stmt.query_map(params_from_iter(values.iter()), |row| {
                Ok(Queue {
                    id: QueueId(row.get(0)?),
                    name: row.get(1)?,
                    queue_type: QueueType::from_code(row.get(2)?),
                    enabled: row.get(3)?,
                    team: row.get(4)?,
                })
            })?;
            rows.collect()
        })
    }

    /// `list_hooks` from the cache: one page of a queue's cached hooks, sorted as the server
    /// sorts them (`None`: event ascending), ties by id.
    pub fn cached_hooks_page(
        &self,
        queue_id: QueueId,
        page: u32,
        size: u32,
        sort: Option<HookSort>,
    ) -> Result<Page<Hook>> {
        let sort = sort.unwrap_or(HookSort::DEFAULT);
        let column = match sort.column {
            HookColumn::Event => "event",
            HookColumn::Flow => "flow_name",
            HookColumn::State => "enabled",
        };
        let dir = match sort.direction {
            SortDirection::Ascending => "ASC",
            SortDirection::Descending => "DESC",
        };
        let (page, limit, offset) = window(page, size);
        let items = self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT id, event, schema_id, flow_name, enabled FROM hooks WHERE queue_id = ?1
                 ORDER BY {column} {dir}, id LIMIT ?2 OFFSET ?3"
            ))?;
            let rows = stmt.query_map([queue_id.0, limit, offset], |row| {
                let event: String = row.get(1)?;
                Ok(Hook {
                    id: webitel_hooks_model::HookId(row.get(0)?),
                    queue_id,
                    event: webitel_hooks_model::HookEvent::parse(&event),
                    flow: FlowRef {
                        id: SchemaId(row.get(2)?),
                        name: row.get(3)?,
                    },
                    enabled: row.get(4)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        Ok(paged(items, page, size))
    }

    /// `search_flows` from the cache: the flows a hook may start (service and default ones, and
    /// those only known by the hooks that name them), whose name contains `search`, by name.
    pub fn cached_flows_page(&self, search: &str, page: u32, size: u32) -> Result<Page<FlowRef>> {
        let (page, limit, offset) = window(page, size);
        let pattern = like_pattern(search).unwrap_or_else(|| "%".to_owned());
        let items = self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, name FROM flows
                 WHERE flow_type IN ('service', 'default', '') AND id > 0
                   AND name LIKE ?1 ESCAPE '\\'
                 ORDER BY name COLLATE NOCASE, id LIMIT ?2 OFFSET ?3",
            )?;
            let rows = stmt.query_map(rusqlite::params![pattern, limit, offset], |row| {
                Ok(FlowRef {
                    id: SchemaId(row.get(0)?),
                    name: row.get(1)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        Ok(paged(items, page, size))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{HookEvent, HookId};

    fn hook(id: i64, event: HookEvent, flow: &str, enabled: bool) -> Hook {
        Hook {
            id: HookId(id),
            queue_id: QueueId(7),
            event,
            flow: FlowRef {
                id: SchemaId(100 + id),
                name: flow.into(),
            },
            enabled,
        }
    }

    #[test]
    fn a_queue_page_is_sorted_and_paged_with_next() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        store
            .save_hooks(&[
                hook(3, HookEvent::Missed, "b", true),
                hook(1, HookEvent::Bridged, "c", false),
                hook(2, HookEvent::Bridged, "a", true),
            ])
            .unwrap();
        let first = store.cached_hooks_page(QueueId(7), 1, 2, None).unwrap();
        let ids: Vec<i64> = first.items.iter().map(|h| h.id.0).collect();
        assert_eq!((ids, first.next), (vec![1, 2], true));
        let second = store.cached_hooks_page(QueueId(7), 2, 2, None).unwrap();
        assert_eq!(second.items.len(), 1);
        assert!(!second.next);
        let by_flow = store
            .cached_hooks_page(
                QueueId(7),
                1,
                10,
                Some(HookSort {
                    column: HookColumn::Flow,
                    direction: SortDirection::Descending,
                }),
            )
            .unwrap();
        let ids: Vec<i64> = by_flow.items.iter().map(|h| h.id.0).collect();
        assert_eq!(ids, [1, 3, 2]);
    }

    #[test]
    fn a_search_takes_percent_and_underscore_literally() {
        assert_eq!(like_pattern(" 50%_x "), Some("%50\\%\\_x%".into()));
        assert_eq!(like_pattern("  "), None);
    }
}
