//! Undo of a journal entry, or of every entry of its batch: the reverse change, sent through the
//! same use cases as the window's, journaled as coming from an undo, in one batch.
//!
//! What must hold: nothing is sent unless the hook on the server, read fresh, is still as the
//! change left it (its event, flow and state; for a delete, still gone); otherwise the refusal
//! names what differs and nothing is overwritten. Offline nothing is sent: the server's state
//! cannot be checked. A batch undoes what still matches, newest first, and reports the rest.

use webitel_hooks_model::commands::{
    CreateHookArgs, DeleteHooksArgs, HookRef, SetHookEnabledArgs, UpdateHookArgs,
};
use webitel_hooks_model::journal::{
    JournalAction, JournalEntry, JournalOutcome, UndoArgs, UndoRefusal, UndoReport, UndoTarget,
};
use webitel_hooks_model::{AppError, ChangeOrigin, Hook, HookDraft, HookLabel};

use super::journal::{current_scope, recorded_as};
use super::HookRegistry;
use crate::error::{Difference, Error, Result};

/// How `now` (the server's hook) differs from `then` (what the change left), in the fields a
/// change touches.
fn differences(then: &Hook, now: &Hook) -> Vec<Difference> {
    let mut what = Vec::new();
    if now.event != then.event {
        what.push(Difference::Event(now.event.clone()));
    }
    if now.flow.id != then.flow.id {
        let name = if now.flow.name.trim().is_empty() {
            format!("flow {}", now.flow.id.0)
        } else {
            now.flow.name.clone()
        };
        what.push(Difference::Flow(name));
    }
    if now.enabled != then.enabled {
        what.push(Difference::Enabled(now.enabled));
    }
    what
}

/// The entry's hook as a report names it: "Sales EU: Bridged → CRM flow".
fn label(entry: &JournalEntry) -> HookLabel {
    HookLabel::new(entry.event.clone(), entry.flow_name.clone()).in_owner(entry.owner_name.clone())
}

impl HookRegistry {
    /// `undo_journal`: one entry (a refusal is the answer's error) or a batch (the report lists
    /// what was undone and what was not, each with its sentence).
    pub async fn undo(&self, args: UndoArgs) -> Result<UndoReport> {
        let entries = match args.target {
            UndoTarget::Entry(id) => vec![self
                .store()
                .journal_entry(id)?
                .ok_or(Error::JournalEntryGone)?],
            UndoTarget::Batch(batch) => self.store().journal_batch(batch)?,
        };
        if entries.is_empty() {
            return Err(Error::JournalEntryGone);
        }
        let single = matches!(args.target, UndoTarget::Entry(_));
        recorded_as(ChangeOrigin::Undo, async {
            let batch = current_scope().batch;
            let mut report = UndoReport::default();
            // Newest first: a hook changed twice in one batch goes back through its states.
            for entry in entries.iter().rev() {
                match self.undo_one(entry).await {
                    Ok(()) => {
                        self.remember("undone entry", self.store().mark_undone(entry.id, batch));
                        report.undone.push(entry.id);
                        if !report.owners.contains(&entry.owner) {
                            report.owners.push(entry.owner);
                        }
                        report.batch = Some(batch);
                    }
                    Err(err) if single => return Err(err),
                    Err(err) => report.refused.push(UndoRefusal {
                        entry: entry.id,
                        label: label(entry),
                        error: AppError::from(&err),
                    }),
                }
            }
            report.undone.reverse();
            report.refused.reverse();
            Ok(report)
        })
        .await
    }

    /// The hook as the server has it now (`None`: gone), or why it cannot be known.
    async fn fresh(&self, entry: &JournalEntry) -> Result<Option<Hook>> {
        let asked = HookRef {
            owner: entry.owner,
            hook_id: entry.hook_id,
        };
        match self
            .with_renewal(|| self.get_hook_once(asked.clone()))
            .await
        {
            Ok(hook) => Ok(Some(hook)),
            Err(Error::HookGone) => Ok(None),
            Err(e) if self.falls_back(&e) => Err(Error::UndoNeedsServer),
            Err(e) => Err(e),
        }
    }

    async fn undo_one(&self, entry: &JournalEntry) -> Result<()> {
        match entry.outcome {
            JournalOutcome::Taken => {}
            JournalOutcome::Pending => return Err(Error::UndoPending),
            JournalOutcome::Conflict => return Err(Error::UndoConflict),
            JournalOutcome::Refused | JournalOutcome::Discarded => {
                return Err(Error::NothingToUndo)
            }
        }
        if entry.undone_by.is_some() {
            return Err(Error::AlreadyUndone);
        }
        let now = self.fresh(entry).await?;
        match (&entry.after, &now) {
            (None, Some(_)) => {
                return Err(Error::ChangedSince {
                    differences: vec![Difference::Exists],
                })
            }
            (Some(_), None) => {
                return Err(Error::ChangedSince {
                    differences: vec![Difference::Deleted],
                })
            }
            (Some(then), Some(now)) => {
                let what = differences(then, now);
                if !what.is_empty() {
                    return Err(Error::ChangedSince { differences: what });
                }
            }
            (None, None) => {}
        }
        let (owner, hook_id) = (entry.owner, entry.hook_id);
        match (entry.action, &entry.before) {
            (JournalAction::Created, _) => {
                let mut deletion = self
                    .delete_hooks_once(DeleteHooksArgs {
                        owner,
                        hook_ids: vec![hook_id],
                    })
                    .await?;
                match deletion.failed.pop() {
                    Some(failed) => Err(failed.error),
                    None => Ok(()),
                }
            }
            // The engine deletes a hook outright (webitel/engine
            // store/sqlstore/cc_queue_hook_store.go, `Delete`) and a create inserts a new row
            // (`Create`, line 23: `insert into cc_queue_events … returning *`): the hook comes back
            // as it was, under a new id, and in the state it had (so the event's rule applies).
            (JournalAction::Deleted, Some(before)) => {
                let args = CreateHookArgs {
                    owner,
                    draft: HookDraft {
                        event: before.event.clone(),
                        flow_id: before.flow.id,
                    },
                };
                self.create_hook_as(args, before.enabled).await.map(|_| ())
            }
            (JournalAction::Enabled | JournalAction::Disabled, Some(before)) => self
                .set_hook_enabled(SetHookEnabledArgs {
                    owner,
                    hook_id,
                    enabled: before.enabled,
                })
                .await
                .map(|_| ()),
            // The edit's own use case: the engine's `Update` writes event, flow and state
            // together (cc_queue_hook_store.go), so the state is read fresh and kept.
            (JournalAction::Changed, Some(before)) => self
                .update_hook(UpdateHookArgs {
                    owner,
                    hook_id,
                    draft: HookDraft {
                        event: before.event.clone(),
                        flow_id: before.flow.id,
                    },
                })
                .await
                .map(|_| ()),
            // An entry without the hook as it was (a damaged row) cannot be reversed.
            (_, None) => Err(Error::NothingToUndo),
        }
    }
}
