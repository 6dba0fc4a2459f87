//! The `outbox` table: changes made while the server could not be reached, in the order they
//! were made, each with the hook as the user saw it (its base) and as the change leaves it.
//!
//! What must hold: a change and its effect on the cached hook commit together, so that after a
//! crash either both are there or neither; the hook stays marked `pending` while any change of
//! it waits, and `conflict` while any of them waits for the user's choice.

use rusqlite::{params, OptionalExtension, Row, Transaction};
use webitel_hooks_model::{
    AppError, ChangeId, ChangeKind, Conflict, ConflictReason, ErrorCode, Hook, HookId, HookOwner,
    PendingChange,
};

use super::hooks::{write_hook, Over};
use super::owners::{key, owner_of};
use super::{now_ms, Store};
use crate::error::{Error, Result};

/// Version 6. `base`, `mine` and `theirs` are the model's `Hook` in JSON; `conflict_reason` is
/// set once the server's version was found to differ, and cleared only by the user's choice.
pub(super) const CREATE_V6: &str = "
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind                TEXT    NOT NULL,
    queue_id            INTEGER NOT NULL,
    hook_id             INTEGER NOT NULL,
    base                TEXT,
    mine                TEXT,
    queued_at           INTEGER NOT NULL,
    conflict_reason     TEXT,
    theirs              TEXT,
    conflict_message    TEXT
);
CREATE INDEX outbox_hook ON outbox (queue_id, hook_id);
";

/// Version 9. `known_before`: for a create that may have reached the server (sent, its answer
/// not read), the ids of the queue's hooks of its event that were there before it was sent, in
/// JSON; `NULL` while it has never been sent. Whatever of its event is there now and was not
/// then may be the hook it made (see the replay).
pub(super) const CREATE_V9: &str = "
ALTER TABLE outbox ADD COLUMN known_before TEXT;
";

const COLUMNS: &str = "id, kind, owner, hook_id, base, mine, queued_at, \
                       conflict_reason, theirs, conflict_message";

fn kind_name(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Create => "create",
        ChangeKind::Update => "update",
        ChangeKind::Toggle => "toggle",
        ChangeKind::Delete => "delete",
    }
}

fn parse_kind(name: &str) -> ChangeKind {
    match name {
        "create" => ChangeKind::Create,
        "toggle" => ChangeKind::Toggle,
        "delete" => ChangeKind::Delete,
        _ => ChangeKind::Update,
    }
}

fn reason_name(reason: ConflictReason) -> &'static str {
    match reason {
        ConflictReason::ChangedOnServer => "changed",
        ConflictReason::DeletedOnServer => "deleted",
        ConflictReason::RefusedByServer => "refused",
        ConflictReason::QueueDeletedOnServer => "queue_deleted",
    }
}

fn parse_reason(name: &str) -> ConflictReason {
    match name {
        "deleted" => ConflictReason::DeletedOnServer,
        "refused" => ConflictReason::RefusedByServer,
        "queue_deleted" => ConflictReason::QueueDeletedOnServer,
        _ => ConflictReason::ChangedOnServer,
    }
}

fn ids_json(ids: &[HookId]) -> String {
    let ids: Vec<i64> = ids.iter().map(|id| id.0).collect();
    serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned())
}

fn to_json(hook: Option<&Hook>) -> Option<String> {
    hook.and_then(|h| serde_json::to_string(h).ok())
}

/// A snapshot this build cannot read (written by a damaged file) reads as none.
fn from_json(text: Option<String>) -> Option<Hook> {
    text.and_then(|t| serde_json::from_str(&t).ok())
}

/// One outbox row: the change, and its conflict when it has one.
fn change_row(row: &Row<'_>) -> rusqlite::Result<(PendingChange, Option<Conflict>)> {
    let kind: String = row.get(1)?;
    let change = PendingChange {
        id: ChangeId(row.get(0)?),
        kind: parse_kind(&kind),
        owner: owner_of(row.get(2)?),
        hook_id: HookId(row.get(3)?),
        base: from_json(row.get(4)?),
        mine: from_json(row.get(5)?),
        queued_at: row.get(6)?,
    };
    let reason: Option<String> = row.get(7)?;
    let conflict = reason.map(|r| Conflict {
        change: change.clone(),
        reason: parse_reason(&r),
        theirs: None,
        error: AppError::new(ErrorCode::Internal, String::new()),
    });
    let conflict = match conflict {
        Some(mut c) => {
            c.theirs = from_json(row.get(8)?);
            c.error =
                crate::error::from_stored(&row.get::<_, Option<String>>(9)?.unwrap_or_default());
            Some(c)
        }
        None => None,
    };
    Ok((change, conflict))
}

/// Marks the cached hook with what still waits for it.
fn refresh_flags(tx: &Transaction<'_>, owner: HookOwner, hook_id: HookId) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE hooks SET
            pending = EXISTS (SELECT 1 FROM outbox o WHERE o.owner = ?1 AND o.hook_id = ?2),
            conflict = EXISTS (SELECT 1 FROM outbox o WHERE o.owner = ?1 AND o.hook_id = ?2
                               AND o.conflict_reason IS NOT NULL)
         WHERE owner = ?1 AND id = ?2",
        params![key(owner), hook_id.0],
    )?;
    Ok(())
}

/// `mark_conflict` within a transaction: each change of the queue's hooks waits for the
/// user's choice because the queue is gone from the server.
pub(super) fn hold_changes_of_gone_queue(
    tx: &Transaction<'_>,
    owner: HookOwner,
) -> rusqlite::Result<()> {
    let message = crate::error::stored(&Error::Conflict(ConflictReason::QueueDeletedOnServer));
    tx.execute(
        "UPDATE outbox SET conflict_reason = ?2, conflict_message = ?3 WHERE owner = ?1",
        params![
            key(owner),
            reason_name(ConflictReason::QueueDeletedOnServer),
            message
        ],
    )?;
    // Their journal entries wait for the same choice.
    tx.execute(
        "UPDATE journal SET outcome = 'conflict', message = ?2
         WHERE change_id IN (SELECT id FROM outbox WHERE owner = ?1)",
        params![key(owner), message],
    )?;
    let hooks: Vec<i64> = tx
        .prepare("SELECT DISTINCT hook_id FROM outbox WHERE owner = ?1")?
        .query_map([key(owner)], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for hook in hooks {
        refresh_flags(tx, owner, HookId(hook))?;
    }
    Ok(())
}

/// A switch of a hook whose last waiting change is a switch too (not held as a conflict) takes
/// that change's place: switched off, on and off again offline, one change waits, with the last
/// state. Switched back to where it started, the change stays, and the replay finds the server
/// already so and sends nothing. `None` when there is nothing to coalesce with.
fn coalesce_toggle(
    tx: &Transaction<'_>,
    owner: HookOwner,
    hook_id: HookId,
    mine: Option<&Hook>,
) -> rusqlite::Result<Option<PendingChange>> {
    let Some(mine) = mine else {
        return Ok(None);
    };
    let last = tx
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM outbox WHERE owner = ?1 AND hook_id = ?2
                 ORDER BY id DESC LIMIT 1"
            ),
            params![key(owner), hook_id.0],
            change_row,
        )
        .optional()?;
    let Some((mut change, None)) = last else {
        return Ok(None);
    };
    if change.kind != ChangeKind::Toggle {
        return Ok(None);
    }
    change.mine = Some(mine.clone());
    tx.execute(
        "UPDATE outbox SET mine = ?2 WHERE id = ?1",
        params![change.id.0, to_json(change.mine.as_ref())],
    )?;
    // The hook keeps the time it was last read from the server, as when the change was made.
    let synced_at = change.base.as_ref().map_or(0, |_| change.queued_at);
    write_hook(tx, mine, synced_at, Over::Any)?;
    refresh_flags(tx, owner, hook_id)?;
    Ok(Some(change))
}

fn delete_hook(tx: &Transaction<'_>, owner: HookOwner, hook_id: HookId) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM hooks WHERE owner = ?1 AND id = ?2",
        params![key(owner), hook_id.0],
    )?;
    Ok(())
}

impl Store {
    /// Records a change that could not be sent and applies it to the cache, marked pending, in
    /// one transaction. A created hook gets the negative stand-in id `-change id` until the
    /// server gives it one; the returned change carries it.
    pub fn queue_change(
        &self,
        kind: ChangeKind,
        owner: HookOwner,
        hook_id: HookId,
        base: Option<&Hook>,
        mine: Option<&Hook>,
    ) -> Result<PendingChange> {
        self.queue_any(kind, owner, hook_id, base, mine, None)
    }

    /// Records a create that was sent but whose answer never came (it may be on the server),
    /// with `known_before` (see [`CREATE_V9`]), as [`Store::queue_change`] records a create.
    pub fn queue_sent_create(&self, mine: &Hook, known_before: &[HookId]) -> Result<PendingChange> {
        let owner = mine.owner;
        self.queue_any(
            ChangeKind::Create,
            owner,
            HookId(0),
            None,
            Some(mine),
            Some(known_before),
        )
    }

    fn queue_any(
        &self,
        kind: ChangeKind,
        owner: HookOwner,
        hook_id: HookId,
        base: Option<&Hook>,
        mine: Option<&Hook>,
        known_before: Option<&[HookId]>,
    ) -> Result<PendingChange> {
        let queued_at = now_ms();
        self.write(|tx| {
            if kind == ChangeKind::Toggle {
                if let Some(change) = coalesce_toggle(tx, owner, hook_id, mine)? {
                    return Ok(change);
                }
            }
            tx.execute(
                "INSERT INTO outbox (kind, owner, hook_id, base, mine, queued_at, known_before)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    kind_name(kind),
                    key(owner),
                    hook_id.0,
                    to_json(base),
                    to_json(mine),
                    queued_at,
                    known_before.map(ids_json),
                ],
            )?;
            let id = tx.last_insert_rowid();
            let hook_id = if kind == ChangeKind::Create {
                HookId(-id)
            } else {
                hook_id
            };
            let mine = mine.cloned().map(|mut h| {
                h.id = hook_id;
                h
            });
            tx.execute(
                "UPDATE outbox SET hook_id = ?2, mine = ?3 WHERE id = ?1",
                params![id, hook_id.0, to_json(mine.as_ref())],
            )?;
            match &mine {
                // A change keeps the time the hook was last read from the server.
                Some(h) => {
                    let synced_at = base.map_or(0, |_| queued_at);
                    write_hook(tx, h, synced_at, Over::Any)?
                }
                None => delete_hook(tx, owner, hook_id)?,
            }
            refresh_flags(tx, owner, hook_id)?;
            Ok(PendingChange {
                id: ChangeId(id),
                kind,
                owner,
                hook_id,
                base: base.cloned(),
                mine,
                queued_at,
            })
        })
    }

    fn outbox_rows(&self, condition: &str) -> Result<Vec<(PendingChange, Option<Conflict>)>> {
        self.read(|conn| {
            let mut stmt = conn.prepare(&format!(
                "SELECT {COLUMNS} FROM outbox {condition} ORDER BY id"
            ))?;
            let rows = stmt.query_map([], change_row)?;
            rows.collect()
        })
    }

    /// Every change waiting, conflicting ones included, in the order they were made.
    pub fn pending_changes(&self) -> Result<Vec<PendingChange>> {
        Ok(self.outbox_rows("")?.into_iter().map(|(c, _)| c).collect())
    }

    /// Changes waiting for the user's choice, oldest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        Ok(self
            .outbox_rows("WHERE conflict_reason IS NOT NULL")?
            .into_iter()
            .filter_map(|(_, c)| c)
            .collect())
    }

    /// One change of the outbox, with its conflict if it has one.
    pub fn outbox_change(&self, id: ChangeId) -> Result<Option<(PendingChange, Option<Conflict>)>> {
        self.read(|conn| {
            conn.query_row(
                &format!("SELECT {COLUMNS} FROM outbox WHERE id = ?1"),
                [id.0],
                change_row,
            )
            .optional()
        })
    }

    /// Keeps a change aside, with the server's version, until the user chooses.
    pub fn mark_conflict(
        &self,
        id: ChangeId,
        reason: ConflictReason,
        theirs: Option<&Hook>,
        message: &str,
    ) -> Result<()> {
        self.write(|tx| {
            let hook: Option<(i64, i64)> = tx
                .query_row(
                    "SELECT owner, hook_id FROM outbox WHERE id = ?1",
                    [id.0],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            tx.execute(
                "UPDATE outbox SET conflict_reason = ?2, theirs = ?3, conflict_message = ?4
                 WHERE id = ?1",
                params![id.0, reason_name(reason), to_json(theirs), message],
            )?;
            if let Some((owner, hook_id)) = hook {
                refresh_flags(tx, owner_of(owner), HookId(hook_id))?;
            }
            Ok(())
        })
    }

    /// Ends a change: removes it from the outbox and caches what the server has now (`None`:
    /// the hook is gone there). A hook created offline takes the server's id, in the cache and
    /// in the changes of it still waiting.
    pub fn finish_change(&self, change: &PendingChange, server: Option<&Hook>) -> Result<()> {
        let synced_at = now_ms();
        self.write(|tx| {
            let now: Option<Option<String>> = tx
                .query_row(
                    "SELECT mine FROM outbox WHERE id = ?1",
                    [change.id.0],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(now) = now {
                if now != to_json(change.mine.as_ref()) {
                    // Switched again while this was being sent (`coalesce_toggle`): the change
                    // stays, now over what the server has, and the next replay sends the rest.
                    tx.execute(
                        "UPDATE outbox SET base = ?2 WHERE id = ?1",
                        params![change.id.0, to_json(server)],
                    )?;
                    return Ok(());
                }
            }
            tx.execute("DELETE FROM outbox WHERE id = ?1", [change.id.0])?;
            let (owner, local_id) = (change.owner, change.hook_id);
            match server {
                Some(hook) => {
                    if hook.id != local_id {
                        delete_hook(tx, owner, local_id)?;
                        tx.execute(
                            "UPDATE outbox SET hook_id = ?3 WHERE owner = ?1 AND hook_id = ?2",
                            params![key(owner), local_id.0, hook.id.0],
                        )?;
                    }
                    // A later change of the same hook keeps the cache showing it applied.
                    let later: bool = tx.query_row(
                        "SELECT EXISTS (SELECT 1 FROM outbox WHERE owner = ?1 AND hook_id = ?2)",
                        params![key(owner), hook.id.0],
                        |r| r.get(0),
                    )?;
                    if !later {
                        write_hook(tx, hook, synced_at, Over::Any)?;
                    }
                    refresh_flags(tx, owner, hook.id)?;
                }
                None => {
                    delete_hook(tx, owner, local_id)?;
                }
            }
            super::queues::forget_if_gone_and_settled(tx, owner)?;
            Ok(())
        })
    }

    /// For a create that may have reached the server, the ids of the hooks of its event that
    /// were on the queue before it was first sent; `None` while it has never been sent.
    pub fn create_known_before(&self, id: ChangeId) -> Result<Option<Vec<HookId>>> {
        self.read(|conn| {
            let text: Option<Option<String>> = conn
                .query_row(
                    "SELECT known_before FROM outbox WHERE id = ?1",
                    [id.0],
                    |r| r.get(0),
                )
                .optional()?;
            // A list this build cannot read counts as an empty one: everything of the event is
            // then a candidate, which at worst adopts an identical hook instead of a duplicate.
            Ok(text
                .flatten()
                .map(|t| serde_json::from_str::<Vec<i64>>(&t).unwrap_or_default())
                .map(|ids| ids.into_iter().map(HookId).collect()))
        })
    }

    /// Notes, before a create is sent for the first time, the hooks of its event already there
    /// (`known_before`); kept as it is when the create was sent before.
    pub fn note_create_sent(&self, id: ChangeId, known_before: &[HookId]) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE outbox SET known_before = ?2 WHERE id = ?1 AND known_before IS NULL",
                params![id.0, ids_json(known_before)],
            )?;
            Ok(())
        })
    }

    /// Changes waiting (conflicts included), and those waiting for the user's choice.
    pub fn outbox_counts(&self) -> Result<(u32, u32)> {
        self.read(|conn| {
            conn.query_row(
                "SELECT count(*), count(conflict_reason) FROM outbox",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
        })
    }

    /// How many changes wait in the outbox.
    pub fn outbox_len(&self) -> Result<u64> {
        self.read(|conn| conn.query_row("SELECT count(*) FROM outbox", [], |r| r.get(0)))
    }
}

#[cfg(test)]
mod tests {
    use webitel_hooks_model::{FlowRef, HookEvent, SchemaId};

    use super::*;
    use webitel_hooks_model::QueueId;

    fn hook(enabled: bool) -> Hook {
        Hook {
            id: HookId(1),
            owner: QueueId(7).into(),
            event: HookEvent::Missed,
            flow: FlowRef {
                id: SchemaId(101),
                name: "CRM: log call result".into(),
            },
            enabled,
        }
    }

    #[test]
    fn a_switch_made_while_its_change_is_being_sent_waits_for_the_next_replay() {
        let store = Store::in_memory().unwrap();
        let (on, off) = (hook(true), hook(false));
        store.save_hooks(std::slice::from_ref(&on)).unwrap();
        let (q, id) = (on.owner, on.id);
        // The replay has read this change and sends it ...
        let sending = store
            .queue_change(ChangeKind::Toggle, q, id, Some(&on), Some(&off))
            .unwrap();
        // ... while the user switches the hook back on: the waiting change takes the new state.
        let coalesced = store
            .queue_change(ChangeKind::Toggle, q, id, Some(&off), Some(&on))
            .unwrap();
        assert_eq!(coalesced.id, sending.id);
        // The server took "off": the change stays, over the server's version, to send "on".
        store.finish_change(&sending, Some(&off)).unwrap();
        let pending = store.pending_changes().unwrap();
        assert_eq!(pending.len(), 1);
        assert_eq!(pending[0].base.as_ref().map(|h| h.enabled), Some(false));
        assert_eq!(pending[0].mine.as_ref().map(|h| h.enabled), Some(true));
        let cached = store.hook(q, id).unwrap().unwrap();
        assert!(cached.hook.enabled);
        assert!(store.is_pending(q, id).unwrap());
        // Sent as it is now, it leaves the outbox.
        store.finish_change(&pending[0], Some(&on)).unwrap();
        assert!(store.pending_changes().unwrap().is_empty());
        assert!(!store.is_pending(q, id).unwrap());
    }
}
