//! The `journal` table: every change made from this desktop to a hook of this cache's profile,
//! with the hook as it was and as the change leaves it, where the change came from, the batch of
//! the user action it was part of, and whether the server took it.
//!
//! What must hold: an entry is written once and then only settled (a pending change sent or met
//! by a conflict; a created hook given its server id; an undo noted); entries go only by age
//! ([`Store::prune_journal`]). A hook kept here is the model's `Hook` in JSON; one this build
//! cannot read reads as none, never as an error.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};
use webitel_hooks_model::journal::{
    BatchId, ChangeOrigin, JournalAction, JournalEntry, JournalEntryId, JournalFilter,
    JournalOutcome, JournalPage,
};
use webitel_hooks_model::{ChangeId, Hook, HookEvent, HookId, HookOwner, OwnerName};

use super::owners::{key, owner_of};
use super::Store;
use crate::error::Result;

/// Version 12. `change_id`: the outbox change a pending entry waits on (kept while it is a
/// conflict, so that the user's choice settles it too); `undone_by`: the batch of the undo that
/// reversed it.
pub(super) const CREATE_V12: &str = "
CREATE TABLE journal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL,
    server      TEXT    NOT NULL,
    username    TEXT    NOT NULL,
    owner       INTEGER NOT NULL,
    owner_name  TEXT    NOT NULL,
    hook_id     INTEGER NOT NULL,
    event       TEXT    NOT NULL,
    flow_name   TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    before      TEXT,
    after       TEXT,
    origin      TEXT    NOT NULL,
    batch       INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    message     TEXT,
    change_id   INTEGER,
    undone_by   INTEGER
);
CREATE INDEX journal_at ON journal (at);
CREATE INDEX journal_batch ON journal (batch);
CREATE INDEX journal_owner ON journal (owner);
CREATE INDEX journal_change ON journal (change_id) WHERE change_id IS NOT NULL;
";

/// A change to write down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJournalEntry {
    pub at: i64,
    pub server: String,
    pub username: String,
    pub owner: HookOwner,
    pub owner_name: String,
    pub hook_id: HookId,
    pub action: JournalAction,
    pub before: Option<Hook>,
    pub after: Option<Hook>,
    pub origin: ChangeOrigin,
    pub batch: BatchId,
    pub outcome: JournalOutcome,
    pub message: Option<String>,
    /// The outbox change a pending entry waits on.
    pub change: Option<ChangeId>,
}

const COLUMNS: &str = "j.id, j.at, j.server, j.username, j.owner, j.owner_name, j.hook_id, \
     j.event, j.flow_name, j.action, j.before, j.after, j.origin, j.batch, j.outcome, j.message, \
     j.undone_by, (SELECT count(*) FROM journal b WHERE b.batch = j.batch)";

fn to_json(hook: Option<&Hook>) -> Option<String> {
    hook.and_then(|h| serde_json::to_string(h).ok())
}

fn from_json(text: Option<String>) -> Option<Hook> {
    text.and_then(|t| serde_json::from_str(&t).ok())
}

fn entry(row: &Row<'_>) -> rusqlite::Result<JournalEntry> {
    let event: String = row.get(7)?;
    let action: String = row.get(9)?;
    let origin: String = row.get(12)?;
    let outcome: String = row.get(14)?;
    Ok(JournalEntry {
        id: JournalEntryId(row.get(0)?),
        at: row.get(1)?,
        server: row.get(2)?,
        username: row.get(3)?,
        owner: owner_of(row.get(4)?),
        owner_name: row.get(5)?,
        hook_id: HookId(row.get(6)?),
        event: HookEvent::parse(&event),
        flow_name: row.get(8)?,
        action: JournalAction::parse(&action),
        before: from_json(row.get(10)?),
        after: from_json(row.get(11)?),
        origin: ChangeOrigin::parse(&origin),
        batch: BatchId(row.get(13)?),
        outcome: JournalOutcome::parse(&outcome),
        error: row
            .get::<_, Option<String>>(15)?
            .map(|text| crate::error::from_stored(&text)),
        undone_by: row.get::<_, Option<i64>>(16)?.map(BatchId),
        batch_size: u32::try_from(row.get::<_, i64>(17)?).unwrap_or(u32::MAX),
    })
}

/// The filter as SQL over `journal j`, with its values in order.
fn condition(filter: &JournalFilter) -> (String, Vec<Value>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    if !filter.owners.is_empty() {
        let marks = vec!["?"; filter.owners.len()].join(", ");
        clauses.push(format!("j.owner IN ({marks})"));
        values.extend(filter.owners.iter().map(|o| Value::Integer(key(*o))));
    }
    if !filter.actions.is_empty() {
        let marks = vec!["?"; filter.actions.len()].join(", ");
        clauses.push(format!("j.action IN ({marks})"));
        values.extend(
            filter
                .actions
                .iter()
                .map(|a| Value::Text(a.as_str().to_owned())),
        );
    }
    if let Some(from) = filter.from {
        clauses.push("j.at >= ?".to_owned());
        values.push(Value::Integer(from));
    }
    if let Some(to) = filter.to {
        clauses.push("j.at < ?".to_owned());
        values.push(Value::Integer(to));
    }
    let term = filter.search.trim();
    if !term.is_empty() {
        // LIKE with `\` escaping the user's own % and _; ASCII case-insensitive.
        let escaped = term
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        clauses.push(
            "(j.flow_name LIKE ? ESCAPE '\\' OR j.event LIKE ? ESCAPE '\\' \
             OR j.owner_name LIKE ? ESCAPE '\\' OR j.event LIKE ? ESCAPE '\\')"
                .to_owned(),
        );
        for _ in 0..3 {
            values.push(Value::Text(pattern.clone()));
        }
        // An event as the window names it ("Agent status") finds its stored name (agent_status).
        values.push(Value::Text(pattern.replace(' ', "\\_")));
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (sql, values)
}

impl Store {
    /// Writes one entry; answers its id.
    pub fn record_journal(&self, new: &NewJournalEntry) -> Result<JournalEntryId> {
        // The event and flow shown are those the change leaves, or those the hook had.
        let shown = new.after.as_ref().or(new.before.as_ref());
        let event = shown.map_or("", |h| h.event.as_str()).to_owned();
        let flow = shown.map_or(String::new(), |h| h.flow.name.clone());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO journal (at, server, username, owner, owner_name, hook_id, event,
                    flow_name, action, before, after, origin, batch, outcome, message, change_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                params![
                    new.at,
                    new.server,
                    new.username,
                    key(new.owner),
                    new.owner_name,
                    new.hook_id.0,
                    event,
                    flow,
                    new.action.as_str(),
                    to_json(new.before.as_ref()),
                    to_json(new.after.as_ref()),
                    new.origin.as_str(),
                    new.batch.0,
                    new.outcome.as_str(),
                    new.message,
                    new.change.map(|c| c.0),
                ],
            )?;
            Ok(JournalEntryId(tx.last_insert_rowid()))
        })
    }

    /// Settles the entries waiting on the outbox change `change`: `Taken` with the server's
    /// hook (`None`: gone there, as a delete leaves it), or `Conflict`/`Discarded` with the
    /// sentence the user read. A hook created offline takes its server id in every entry of it.
    pub fn settle_journal(
        &self,
        change: ChangeId,
        outcome: JournalOutcome,
        server: Option<&Hook>,
        message: Option<&str>,
    ) -> Result<()> {
        self.write(|tx| {
            let waiting: Vec<(i64, i64, i64, String)> = tx
                .prepare_cached(
                    "SELECT id, owner, hook_id, action FROM journal WHERE change_id = ?1",
                )?
                .query_map([change.0], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            for (id, owner, hook_id, action) in waiting {
                match outcome {
                    JournalOutcome::Taken => {
                        let action = JournalAction::parse(&action);
                        let kept = server.filter(|_| action != JournalAction::Deleted);
                        if let Some(hook) = kept {
                            if hook.id.0 != hook_id {
                                // A hook created offline has its server id now: in every entry
                                // of it, and in the hooks those entries hold.
                                tx.execute(
                                    "UPDATE journal SET hook_id = ?3,
                                        before = CASE WHEN json_valid(before)
                                            THEN json_set(before, '$.id', ?3) ELSE before END,
                                        after = CASE WHEN json_valid(after)
                                            THEN json_set(after, '$.id', ?3) ELSE after END
                                     WHERE owner = ?1 AND hook_id = ?2",
                                    params![owner, hook_id, hook.id.0],
                                )?;
                            }
                            // A create's after is what the server made (its flow's name too); a
                            // later change keeps what it asked for: switches coalesced into one
                            // waiting change each keep their own state.
                            if action == JournalAction::Created {
                                tx.execute(
                                    "UPDATE journal SET after = ?2 WHERE id = ?1",
                                    params![id, to_json(Some(hook))],
                                )?;
                            }
                        }
                        tx.execute(
                            "UPDATE journal SET outcome = ?2, message = NULL, change_id = NULL
                             WHERE id = ?1",
                            params![id, outcome.as_str()],
                        )?;
                    }
                    JournalOutcome::Conflict => {
                        tx.execute(
                            "UPDATE journal SET outcome = ?2, message = ?3 WHERE id = ?1",
                            params![id, outcome.as_str(), message],
                        )?;
                    }
                    _ => {
                        tx.execute(
                            "UPDATE journal SET outcome = ?2, message = ?3, change_id = NULL
                             WHERE id = ?1",
                            params![id, outcome.as_str(), message],
                        )?;
                    }
                }
            }
            Ok(())
        })
    }

    /// One page of the entries matching `filter`, newest first (ties: the later written first),
    /// with how many match and the owners the whole journal names.
    pub fn journal_page(
        &self,
        filter: &JournalFilter,
        page: u32,
        size: u32,
    ) -> Result<JournalPage> {
        let (sql, values) = condition(filter);
        let size = i64::from(size.max(1));
        let page = page.max(1);
        let offset = i64::from(page - 1) * size;
        self.read(|conn| {
            let total: i64 = conn
                .prepare_cached(&format!("SELECT count(*) FROM journal j {sql}"))?
                .query_row(params_from_iter(values.iter()), |r| r.get(0))?;
            let mut all = values.clone();
            all.push(Value::Integer(size));
            all.push(Value::Integer(offset));
            let entries = conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM journal j {sql} ORDER BY j.at DESC, j.id DESC
                     LIMIT ? OFFSET ?"
                ))?
                .query_map(params_from_iter(all.iter()), entry)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let owners = conn
                .prepare_cached(
                    "SELECT owner, max(owner_name) FROM journal GROUP BY owner
                     ORDER BY max(owner_name) COLLATE NOCASE, owner",
                )?
                .query_map([], |r| {
                    Ok(OwnerName {
                        owner: owner_of(r.get(0)?),
                        name: r.get(1)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let total = u64::try_from(total).unwrap_or(0);
            Ok(JournalPage {
                next: (offset as u64).saturating_add(entries.len() as u64) < total,
                entries,
                page,
                total,
                owners,
            })
        })
    }

    /// Every entry matching `filter`, newest first (for the CSV export).
    pub fn journal_entries(&self, filter: &JournalFilter) -> Result<Vec<JournalEntry>> {
        let (sql, values) = condition(filter);
        self.read(|conn| {
            conn.prepare(&format!(
                "SELECT {COLUMNS} FROM journal j {sql} ORDER BY j.at DESC, j.id DESC"
            ))?
            .query_map(params_from_iter(values.iter()), entry)?
            .collect()
        })
    }

    pub fn journal_entry(&self, id: JournalEntryId) -> Result<Option<JournalEntry>> {
        self.read(|conn| {
            conn.query_row(
                &format!("SELECT {COLUMNS} FROM journal j WHERE j.id = ?1"),
                [id.0],
                entry,
            )
            .optional()
        })
    }

    /// The entries of one batch, in the order they were written.
    pub fn journal_batch(&self, batch: BatchId) -> Result<Vec<JournalEntry>> {
        self.read(|conn| {
            conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM journal j WHERE j.batch = ?1 ORDER BY j.id"
            ))?
            .query_map([batch.0], entry)?
            .collect()
        })
    }

    /// Notes that the undo batch `by` reversed entry `id`.
    pub fn mark_undone(&self, id: JournalEntryId, by: BatchId) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE journal SET undone_by = ?2 WHERE id = ?1",
                params![id.0, by.0],
            )?;
            Ok(())
        })
    }

    /// Removes the entries made before `before` (Unix milliseconds), except those still waiting
    /// on the outbox; answers how many went.
    pub fn prune_journal(&self, before: i64) -> Result<usize> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM journal WHERE at < ?1 AND change_id IS NULL",
                [before],
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{FlowRef, QueueId, SchemaId};

    fn hook(id: i64, enabled: bool) -> Hook {
        Hook {
            id: HookId(id),
            owner: QueueId(7).into(),
            event: HookEvent::Bridged,
            flow: FlowRef {
                id: SchemaId(3),
                name: "CRM 100% done".into(),
            },
            enabled,
        }
    }

    fn new(at: i64, before: Option<Hook>, after: Option<Hook>) -> NewJournalEntry {
        NewJournalEntry {
            at,
            server: "http://127.0.0.1:1".into(),
            username: "admin".into(),
            owner: QueueId(7).into(),
            owner_name: "Sales EU".into(),
            hook_id: HookId(-4),
            action: JournalAction::Created,
            before,
            after,
            origin: ChangeOrigin::Window,
            batch: BatchId(1),
            outcome: JournalOutcome::Pending,
            message: None,
            change: Some(ChangeId(4)),
        }
    }

    #[test]
    fn a_pending_create_takes_its_server_id_and_searches_escape_the_users_percent() {
        let store = Store::in_memory().unwrap();
        store
            .record_journal(&new(10, None, Some(hook(-4, true))))
            .unwrap();
        let mut edit = new(11, Some(hook(-4, true)), Some(hook(-4, false)));
        edit.action = JournalAction::Disabled;
        edit.change = Some(ChangeId(5));
        store.record_journal(&edit).unwrap();
        store
            .settle_journal(
                ChangeId(4),
                JournalOutcome::Taken,
                Some(&hook(40, true)),
                None,
            )
            .unwrap();
        let page = store
            .journal_page(&JournalFilter::default(), 1, 10)
            .unwrap();
        assert_eq!(page.total, 2);
        assert_eq!(
            page.entries[0].action,
            JournalAction::Disabled,
            "newest first"
        );
        assert!(page.entries.iter().all(|e| e.hook_id == HookId(40)));
        // The later switch keeps the state it asked for, under the server's id.
        let switched = page.entries[0].after.as_ref().unwrap();
        assert_eq!((switched.id, switched.enabled), (HookId(40), false));
        assert_eq!(page.entries[1].outcome, JournalOutcome::Taken);
        assert_eq!(page.entries[0].outcome, JournalOutcome::Pending);
        assert_eq!(page.entries[0].batch_size, 2);
        let search = |s: &str| {
            let filter = JournalFilter {
                search: s.into(),
                ..JournalFilter::default()
            };
            store.journal_page(&filter, 1, 10).unwrap().total
        };
        assert_eq!(search("100%"), 2);
        assert_eq!(search("1000%"), 0);
        assert_eq!(search("sales eu"), 2);
        assert_eq!(search("bridged"), 2);
        // The one still waiting on the outbox stays, however old.
        assert_eq!(store.prune_journal(1_000).unwrap(), 1);
        assert_eq!(
            store
                .journal_page(&JournalFilter::default(), 1, 10)
                .unwrap()
                .total,
            1
        );
        // An event as the window names it.
        let mut team = new(2_000, None, Some(hook(9, true)));
        if let Some(h) = team.after.as_mut() {
            h.event = HookEvent::AgentStatus;
        }
        store.record_journal(&team).unwrap();
        assert_eq!(search("Agent status"), 1);
        assert_eq!(search("agent_status"), 1);
    }
}
