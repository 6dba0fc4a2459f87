//! The all-queues registry: every cached hook of every queue, filtered, searched, sorted and
//! paged in SQL, with a total count (which the server cannot give).

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};
use webitel_hooks_model::{
    HookState, ListAllHooksArgs, QueueId, QueueType, RegistryColumn, RegistryPage, RegistryRow,
    RegistrySort, SortDirection,
};

use super::hooks::{cached_hook, CachedHook};
use super::Store;
use crate::error::Result;

/// The events in the order Webitel's admin lists them; an unknown one sorts after them.
const EVENT_ORDER: &str = "CASE h.event WHEN 'joined' THEN 0 WHEN 'answered' THEN 1 \
    WHEN 'offering' THEN 2 WHEN 'bridged' THEN 3 WHEN 'missed' THEN 4 WHEN 'leaving' THEN 5 \
    WHEN 'processing' THEN 6 WHEN 'active' THEN 7 ELSE 8 END";

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
        "h.queue_id",
        args.queue_ids.iter().map(|q| Value::Integer(q.0)),
    );
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
        RegistryColumn::Queue => format!("q.name COLLATE NOCASE {dir}, h.queue_id {dir}"),
        RegistryColumn::Event => format!("{EVENT_ORDER} {dir}, h.event {dir}"),
        RegistryColumn::Flow => format!("h.flow_name COLLATE NOCASE {dir}"),
        RegistryColumn::State => format!("h.enabled {dir}"),
    };
    // The rest keeps one page's rows in a stable order.
    format!("ORDER BY {first}, q.name COLLATE NOCASE, h.queue_id, {EVENT_ORDER}, h.id")
}

/// The first seven columns are the hook's, in `hooks::cached_hook`'s order.
fn registry_row(row: &Row<'_>) -> rusqlite::Result<RegistryRow> {
    let CachedHook { hook, synced_at } = cached_hook(row)?;
    Ok(RegistryRow {
        hook,
        synced_at,
        pending: row.get(7)?,
        conflict: row.get(8)?,
        queue_name: row.get(9)?,
        queue_type: QueueType::from_code(row.get(10)?),
    })
}

impl Store {
    /// Every cached hook of one queue as the registry shows it, by event (in Webitel's order),
    /// then id: the tray's submenu of a pinned queue.
    pub fn queue_rows(&self, queue_id: QueueId) -> Result<Vec<RegistryRow>> {
        self.read(|conn| {
            let sql = format!(
                "SELECT h.queue_id, h.id, h.event, h.schema_id, h.flow_name, h.enabled,
                        h.synced_at, h.pending, h.conflict,
                        COALESCE(q.name, ''), COALESCE(q.queue_type, 0)
                 FROM hooks h LEFT JOIN queues q ON q.id = h.queue_id
                 WHERE h.queue_id = ?1 ORDER BY {EVENT_ORDER}, h.event, h.id"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map([queue_id.0], registry_row)?;
            rows.collect()
        })
    }

    /// `list_all_hooks`: one page of every cached hook across queues. A hook whose queue is not
    /// cached (read before the queue list) shows with an empty queue name.
    pub fn all_hooks(&self, args: &ListAllHooksArgs) -> Result<RegistryPage> {
        let f = filter(args);
        let from = format!(
            "FROM hooks h LEFT JOIN queues q ON q.id = h.queue_id {}",
            f.sql()
        );
        let size = i64::from(args.size.get());
        let page = args.page.max(1);
        let offset = i64::from(page - 1) * size;
        let synced_at = self.last_full_sync()?;
        self.read(|conn| {
            let total: i64 = conn
                .prepare_cached(&format!("SELECT count(*) {from}"))?
                .query_row(params_from_iter(f.values.iter()), |r| r.get(0))?;
            let sql = format!(
                "SELECT h.queue_id, h.id, h.event, h.schema_id, h.flow_name, h.enabled,
                        h.synced_at, h.pending, h.conflict,
                        COALESCE(q.name, ''), COALESCE(q.queue_type, 0)
                 {from} {} LIMIT ? OFFSET ?",
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
}
