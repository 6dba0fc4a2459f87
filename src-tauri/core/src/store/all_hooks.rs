//! Hook rows as the registries show them ([`HookRow`]: the hook, its owner, its offline marks):
//! the all-hooks registry (every cached hook of every queue and team, filtered, searched, sorted
//! and paged in SQL, with a total count, which the server cannot give) and its filters'
//! choices, a queue's or team's page from the cache (every registry page: the owner is read
//! whole from the server first), and an owner's rows for the tray.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};
use webitel_hooks_model::{
    FlowRef, HookColumn, HookOwner, HookRow, HookSort, HookState, ListAllHooksArgs, OwnerKind,
    OwnerName, Page, QueueType, RegistryChoices, RegistryColumn, RegistryPage, RegistrySort,
    SchemaId, SortDirection,
};

use super::hooks::{cached_hook, CachedHook};
use super::owners::{key, of_queues, of_teams, owner_of};
use super::Store;
use crate::error::Result;

/// The events in the order Webitel's admin lists them; an unknown one sorts after them.
const EVENT_ORDER: &str = "CASE h.event WHEN 'joined' THEN 0 WHEN 'answered' THEN 1 \
    WHEN 'offering' THEN 2 WHEN 'bridged' THEN 3 WHEN 'missed' THEN 4 WHEN 'leaving' THEN 5 \
    WHEN 'processing' THEN 6 WHEN 'active' THEN 7 WHEN 'agent_status' THEN 8 ELSE 9 END";

/// A WHERE clause and its values, built from the filters.
struct Filter {
    clauses: Vec<String>,
    values: Vec<Value>,
}

impl Filter {
    fn any_of(&mut self, column: &str, values: impl IntoIterator<Item = Value>) {
        let values: Vec<Value> = values.into_iter().collect();
        if values.is_empty() {
            return;
        }
        let marks = vec!["?"; values.len()].join(", ");
        self.clauses.push(format!("{column} IN ({marks})"));
        self.values.extend(values);
    }

    fn flag(&mut self, column: &str, wanted: Option<bool>) {
        if let Some(wanted) = wanted {
            self.clauses.push(format!("{column} = ?"));
            self.values.push(Value::Integer(i64::from(wanted)));
        }
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn filter(args: &ListAllHooksArgs) -> Filter {
    let mut f = Filter {
        clauses: Vec::new(),
        values: Vec::new(),
    };
    f.any_of(
        "h.owner",
        args.owners.iter().map(|o| Value::Integer(key(*o))),
    );
    let queues = args.kinds.contains(&OwnerKind::Queue);
    let teams = args.kinds.contains(&OwnerKind::Team);
    if queues != teams {
        f.clauses.push(if queues {
            of_queues("h.owner")
        } else {
            of_teams("h.owner")
        });
    }
    f.any_of(
        "q.queue_type",
        args.queue_types
            .iter()
            .map(|t| Value::Integer(i64::from(t.code()))),
    );
    f.any_of(
        "h.event",
        args.events
            .iter()
            .map(|e| Value::Text(e.as_str().to_owned())),
    );
    f.any_of(
        "h.schema_id",
        args.flow_ids.iter().map(|s| Value::Integer(s.0)),
    );
    f.flag("h.enabled", args.state.map(|s| s == HookState::Enabled));
    f.flag("h.pending", args.pending);
    f.flag("h.conflict", args.conflict);
    let term = args.search.trim();
    if !term.is_empty() {
        // LIKE with `\` escaping the user's own % and _; ASCII case-insensitive.
        let escaped = term
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        f.clauses.push(
            "(q.name LIKE ? ESCAPE '\\' OR h.flow_name LIKE ? ESCAPE '\\' OR h.event LIKE ? ESCAPE '\\')"
                .to_owned(),
        );
        for _ in 0..3 {
            f.values.push(Value::Text(pattern.clone()));
        }
    }
    f
}

fn order_by(sort: Option<RegistrySort>) -> String {
    let sort = sort.unwrap_or(RegistrySort {
        column: RegistryColumn::Queue,
        direction: SortDirection::Ascending,
    });
    let dir = match sort.direction {
        SortDirection::Ascending => "ASC",
        SortDirection::Descending => "DESC",
    };
    let first = match sort.column {
        RegistryColumn::Queue => format!("q.name COLLATE NOCASE {dir}, h.owner {dir}"),
        RegistryColumn::Event => format!("{EVENT_ORDER} {dir}, h.event {dir}"),
        RegistryColumn::Flow => format!("h.flow_name COLLATE NOCASE {dir}"),
        RegistryColumn::State => format!("h.enabled {dir}"),
    };
    // The rest keeps one page's rows in a stable order.
    format!("ORDER BY {first}, q.name COLLATE NOCASE, h.owner, {EVENT_ORDER}, h.id")
}

/// What a row selects, in `registry_row`'s order: the hook's columns first, in
/// `hooks::cached_hook`'s order, then its marks and its owner (a team has no queue type, and
/// neither has a queue not cached).
const ROW_COLUMNS: &str = "h.owner, h.id, h.event, h.schema_id, h.flow_name, h.enabled,
    h.synced_at, h.pending, h.conflict, COALESCE(q.name, ''), q.queue_type";

/// The first seven columns are the hook's, in `hooks::cached_hook`'s order.
fn registry_row(row: &Row<'_>) -> rusqlite::Result<HookRow> {
    let CachedHook { hook, synced_at } = cached_hook(row)?;
    Ok(HookRow {
        hook,
        synced_at,
        pending: row.get(7)?,
        conflict: row.get(8)?,
        owner_name: row.get(9)?,
        queue_type: row.get::<_, Option<i32>>(10)?.map(QueueType::from_code),
    })
}

impl Store {
    /// Every cached hook of one queue or team as the registry shows it, by event (in Webitel's
    /// order), then id: the tray's submenu of a pinned queue or team.
    pub fn owner_rows(&self, owner: HookOwner) -> Result<Vec<HookRow>> {
        self.read(|conn| {
            let sql = format!(
                "SELECT {ROW_COLUMNS} FROM hooks h LEFT JOIN owners q ON q.id = h.owner
                 WHERE h.owner = ?1 ORDER BY {EVENT_ORDER}, h.event, h.id"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map([key(owner)], registry_row)?;
            rows.collect()
        })
    }

    /// `list_all_hooks`: one page of every cached hook across queues and teams. A hook whose
    /// owner is not cached (read before the list of them) shows with an empty name.
    pub fn all_hooks(&self, args: &ListAllHooksArgs) -> Result<RegistryPage> {
        let f = filter(args);
        let from = format!(
            "FROM hooks h LEFT JOIN owners q ON q.id = h.owner {}",
            f.sql()
        );
        let size = i64::from(args.size.get());
        let page = args.page.max(1);
        let offset = i64::from(page.saturating_sub(1)) * size;
        let synced_at = self.last_full_sync()?;
        self.read(|conn| {
            let total: i64 = conn
                .prepare_cached(&format!("SELECT count(*) {from}"))?
                .query_row(params_from_iter(f.values.iter()), |r| r.get(0))?;
            let sql = format!(
                "SELECT {ROW_COLUMNS} {from} {} LIMIT ? OFFSET ?",
                order_by(args.sort)
            );
            let mut values = f.values.clone();
            values.push(Value::Integer(size));
            values.push(Value::Integer(offset));
            let mut stmt = conn.prepare_cached(&sql)?;
            let items = stmt
                .query_map(params_from_iter(values.iter()), registry_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let total = u64::try_from(total).unwrap_or(0);
            Ok(RegistryPage {
                next: (offset as u64).saturating_add(items.len() as u64) < total,
                items,
                page,
                total,
                synced_at,
            })
        })
    }

    /// `list_all_hooks_choices`: the queues, teams and flows the cached hooks name, each once, by
    /// name (as people read it: case aside), ties by id; what the registry lists unfiltered.
    pub fn all_hooks_choices(&self) -> Result<RegistryChoices> {
        let f = filter(&ListAllHooksArgs::default());
        let from = format!(
            "FROM hooks h LEFT JOIN owners q ON q.id = h.owner {}",
            f.sql()
        );
        // Each id once, with a name: a flow renamed since some of its hooks were cached has the
        // name of any one of them.
        let named =
            |conn: &rusqlite::Connection, sql: String| -> rusqlite::Result<Vec<(i64, String)>> {
                conn.prepare_cached(&sql)?
                    .query_map(params_from_iter(f.values.iter()), |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })?
                    .collect()
            };
        let (owners, flows) = self.read(|conn| {
            Ok((
                named(
                    conn,
                    format!("SELECT h.owner, coalesce(max(q.name), '') {from} GROUP BY h.owner"),
                )?,
                named(
                    conn,
                    format!("SELECT h.schema_id, max(h.flow_name) {from} GROUP BY h.schema_id"),
                )?,
            ))
        })?;
        let mut owners: Vec<OwnerName> = owners
            .into_iter()
            .map(|(key, name)| OwnerName {
                owner: owner_of(key),
                name,
            })
            .collect();
        let mut flows: Vec<FlowRef> = flows
            .into_iter()
            .map(|(id, name)| FlowRef {
                id: SchemaId(id),
                name,
            })
            .collect();
        owners.sort_by_cached_key(|o| (o.name.to_lowercase(), o.owner));
        flows.sort_by_cached_key(|f| (f.name.to_lowercase(), f.id));
        Ok(RegistryChoices { owners, flows })
    }

    /// `list_hooks` from the cache: one page of an owner's cached hooks as rows, sorted as the
    /// server sorts them (`None`: event ascending), ties by id; `next` known by reading one row
    /// more than the page.
    pub fn cached_hooks_page(
        &self,
        owner: HookOwner,
        page: u32,
        size: u32,
        sort: Option<HookSort>,
    ) -> Result<Page<HookRow>> {
        let sort = sort.unwrap_or(HookSort::DEFAULT);
        let column = match sort.column {
            HookColumn::Event => "h.event",
            HookColumn::Flow => "h.flow_name",
            HookColumn::State => "h.enabled",
        };
        let dir = match sort.direction {
            SortDirection::Ascending => "ASC",
            SortDirection::Descending => "DESC",
        };
        let page = page.max(1);
        let size = i64::from(size.max(1));
        let offset = i64::from(page.saturating_sub(1)) * size;
        let mut items = self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {ROW_COLUMNS} FROM hooks h LEFT JOIN owners q ON q.id = h.owner
                 WHERE h.owner = ?1 ORDER BY {column} {dir}, h.id LIMIT ?2 OFFSET ?3"
            ))?;
            let rows = stmt.query_map([key(owner), size + 1, offset], registry_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        let next = items.len() as i64 > size;
        items.truncate(size as usize);
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
    use webitel_hooks_model::{ChangeKind, Hook, HookEvent, HookId, Queue, QueueId};

    fn hook(id: i64, event: HookEvent, flow: &str, enabled: bool) -> Hook {
        Hook {
            id: HookId(id),
            owner: QueueId(7).into(),
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
        let first = store
            .cached_hooks_page(QueueId(7).into(), 1, 2, None)
            .unwrap();
        let ids: Vec<i64> = first.items.iter().map(|r| r.hook.id.0).collect();
        assert_eq!((ids, first.next), (vec![1, 2], true));
        let second = store
            .cached_hooks_page(QueueId(7).into(), 2, 2, None)
            .unwrap();
        assert_eq!(second.items.len(), 1);
        assert!(!second.next);
        let by_flow = store
            .cached_hooks_page(
                QueueId(7).into(),
                1,
                10,
                Some(HookSort {
                    column: HookColumn::Flow,
                    direction: SortDirection::Descending,
                }),
            )
            .unwrap();
        let ids: Vec<i64> = by_flow.items.iter().map(|r| r.hook.id.0).collect();
        assert_eq!(ids, [1, 3, 2]);
    }

    #[test]
    fn a_queue_page_from_the_cache_gets_its_queue_and_the_marks_of_what_waits() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("c.sqlite3")).unwrap();
        store
            .save_queues(
                &[Queue {
                    id: QueueId(7),
                    name: "Sales EU".into(),
                    queue_type: QueueType::Progressive,
                    enabled: true,
                    team: None,
                }],
                true,
            )
            .unwrap();
        let hooks = [
            hook(1, HookEvent::Bridged, "a", true),
            hook(2, HookEvent::Missed, "b", true),
            hook(3, HookEvent::Leaving, "c", true),
        ];
        store.save_hooks(&hooks).unwrap();
        let off = |h: &Hook| Hook {
            enabled: false,
            ..h.clone()
        };
        store
            .queue_change(
                ChangeKind::Toggle,
                QueueId(7).into(),
                HookId(2),
                Some(&hooks[1]),
                Some(&off(&hooks[1])),
            )
            .unwrap();
        let changed = store
            .queue_change(
                ChangeKind::Toggle,
                QueueId(7).into(),
                HookId(3),
                Some(&hooks[2]),
                Some(&off(&hooks[2])),
            )
            .unwrap();
        store
            .mark_conflict(
                changed.id,
                webitel_hooks_model::ConflictReason::ChangedOnServer,
                None,
                "changed",
            )
            .unwrap();
        let cached = store
            .cached_hooks_page(QueueId(7).into(), 1, 10, None)
            .unwrap();
        assert!(cached
            .items
            .iter()
            .all(|r| r.owner_name == "Sales EU" && r.queue_type == Some(QueueType::Progressive)));
        let marks: Vec<(i64, bool, bool)> = cached
            .items
            .iter()
            .map(|r| (r.hook.id.0, r.pending, r.conflict))
            .collect();
        assert_eq!(
            marks,
            [(1, false, false), (3, true, true), (2, true, false)]
        );
    }
}
