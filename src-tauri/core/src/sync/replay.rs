//! Sends the outbox in order. Before each change of an existing hook it reads the server's
//! version and compares it with the change's base (what the user saw): equal, the change is
//! sent; different, gone, or refused by the one-enabled-event rule, the change becomes a
//! conflict holding both versions and waits for the user's choice. Nothing on the server is
//! overwritten without that choice.

use std::collections::HashSet;

use webitel_hooks_model::journal::{JournalAction, JournalOutcome};
use webitel_hooks_model::{
    ChangeKind, ChangeOrigin, Conflict, ConflictChoice, ConflictReason, ErrorCode, Hook, HookId,
    HookOwner, PendingChange, ResolveConflictArgs,
};

use super::send::{self, Sent};
use crate::error::{Error, Result};
use crate::registry::journal::{new_batch, Scope};
use crate::registry::HookRegistry;

/// What one replay did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplayReport {
    pub sent: u32,
    pub conflicts: u32,
    /// Changes left waiting because the server could not be reached (or refused the session).
    pub waiting: u32,
    /// The replay stopped because the server could not be reached; `error` says so.
    pub stopped: Option<Error>,
}

/// What the user sees as the same hook: the fields a change can touch.
fn same(a: &Hook, b: &Hook) -> bool {
    a.event == b.event && a.flow.id == b.flow.id && a.enabled == b.enabled
}

/// Where one change ends up.
enum Step {
    Done(Option<Hook>),
    Conflict(ConflictReason, Option<Hook>, Error),
}

async fn refused(reg: &HookRegistry, mine: &Hook, why: Error) -> Result<Step> {
    let theirs = send::enabled_of_event(reg, mine.owner, &mine.event).await?;
    Ok(Step::Conflict(ConflictReason::RefusedByServer, theirs, why))
}

fn sent(step: Sent) -> Step {
    match step {
        Sent::Done(hook) => Step::Done(hook),
        Sent::Refused(why) => Step::Conflict(ConflictReason::RefusedByServer, None, why),
    }
}

/// Sends `change` as it is, over whatever the server has (the base check is the caller's).
async fn send_mine(reg: &HookRegistry, change: &PendingChange) -> Result<Step> {
    let id = change.hook_id;
    let Some(mine) = &change.mine else {
        send::delete(reg, change.owner, id).await?;
        return Ok(Step::Done(None));
    };
    let answer = match change.kind {
        ChangeKind::Create => send::create(reg, mine).await?,
        ChangeKind::Toggle => {
            send::set_enabled(reg, change.owner, id, &mine.event, mine.enabled).await?
        }
        _ => send::replace(reg, id, mine).await?,
    };
    match answer {
        Sent::Refused(why) => refused(reg, mine, why).await,
        // A create answered "not found": its queue is gone (the engine inserts only where the
        // queue exists, webitel/engine store/sqlstore/cc_queue_hook_store.go). Kept for the user.
        Sent::Done(None) if change.kind == ChangeKind::Create => Ok(Step::Conflict(
            ConflictReason::QueueDeletedOnServer,
            None,
            Error::Conflict(ConflictReason::QueueDeletedOnServer),
        )),
        // Gone between the read and the write: the user decides whether to create it again.
        Sent::Done(None) => Ok(Step::Conflict(
            ConflictReason::DeletedOnServer,
            None,
            Error::Conflict(ConflictReason::DeletedOnServer),
        )),
        other => Ok(sent(other)),
    }
}

/// Sends `change`; a refusal for want of the right (the user's rights changed while the change
/// waited) becomes a conflict the user settles, rather than an error that would stop every
/// later change behind it for good. `theirs`: the hook as the server has it now.
async fn send_or_hold(
    reg: &HookRegistry,
    change: &PendingChange,
    theirs: Option<Hook>,
) -> Result<Step> {
    match send_mine(reg, change).await {
        Err(e @ Error::Forbidden { .. }) => {
            Ok(Step::Conflict(ConflictReason::RefusedByServer, theirs, e))
        }
        other => other,
    }
}

/// A create is sent at most once in effect: before sending, the queue's hooks of its event are
/// read, and a hook it already made (sent before, its answer lost or a crash before it was
/// written down) or the same hook made by anyone is taken as its result instead.
async fn replay_create(reg: &HookRegistry, change: &PendingChange) -> Result<Step> {
    let Some(mine) = &change.mine else {
        return Ok(Step::Done(None));
    };
    let of_event = match send::hooks_of_event(reg, change.owner, &mine.event).await {
        Ok(hooks) => hooks,
        // The user may no longer read the queue: a choice for the user, as when sending.
        Err(e @ Error::Forbidden { .. }) => {
            return Ok(Step::Conflict(ConflictReason::RefusedByServer, None, e))
        }
        Err(e) => return Err(e),
    };
    let known_before = reg.store().create_known_before(change.id)?;
    if let Some(made) = made_by(mine, known_before.as_deref(), &of_event) {
        return Ok(Step::Done(Some(made)));
    }
    // Written before the POST: if the answer is lost, or the app dies before it is recorded,
    // the next replay tells the hook it made from those that were there.
    let there: Vec<HookId> = of_event.iter().map(|h| h.id).collect();
    reg.store().note_create_sent(change.id, &there)?;
    send_or_hold(reg, change, None).await
}

/// Among the queue's hooks of the create's event, the one it stands for: of its flow, and
/// either as it would leave it (enabled as it asks: a second one would be refused anyway) or
/// not there before the create was first sent (`known_before`), so made by it.
fn made_by(mine: &Hook, known_before: Option<&[HookId]>, of_event: &[Hook]) -> Option<Hook> {
    let same_flow = || of_event.iter().filter(|h| h.flow.id == mine.flow.id);
    same_flow()
        .find(|h| h.enabled == mine.enabled)
        .or_else(|| known_before.and_then(|known| same_flow().find(|h| !known.contains(&h.id))))
        .cloned()
}

async fn replay_one(reg: &HookRegistry, change: &PendingChange) -> Result<Step> {
    if change.kind == ChangeKind::Create {
        return replay_create(reg, change).await;
    }
    let theirs = send::read(reg, change.owner, change.hook_id).await?;
    // Already as this change leaves it: sent before a crash cut the run short, or made by
    // someone else too. Either way there is nothing to send and nothing to choose.
    if let (Some(t), Some(mine)) = (&theirs, &change.mine) {
        if same(t, mine) {
            return Ok(Step::Done(theirs.clone()));
        }
    }
    match (&theirs, &change.base) {
        (None, _) if change.kind == ChangeKind::Delete => Ok(Step::Done(None)),
        (None, _) => Ok(Step::Conflict(
            ConflictReason::DeletedOnServer,
            None,
            Error::Conflict(ConflictReason::DeletedOnServer),
        )),
        (Some(t), Some(base)) if !same(t, base) => Ok(Step::Conflict(
            ConflictReason::ChangedOnServer,
            theirs.clone(),
            Error::Conflict(ConflictReason::ChangedOnServer),
        )),
        _ => send_or_hold(reg, change, theirs.clone()).await,
    }
}

/// Writes where the change ended up, and tells the outbox's new counts.
fn record(reg: &HookRegistry, change: &PendingChange, step: Step) -> Result<bool> {
    let sent = match step {
        Step::Done(server) => {
            reg.store().finish_change(change, server.as_ref())?;
            settle(reg, change, JournalOutcome::Taken, server.as_ref(), None);
            true
        }
        Step::Conflict(reason, theirs, why) => {
            let message = crate::error::stored(&why);
            reg.store()
                .mark_conflict(change.id, reason, theirs.as_ref(), &message)?;
            settle(reg, change, JournalOutcome::Conflict, None, Some(&message));
            false
        }
    };
    reg.refresh_outbox_counts();
    Ok(sent)
}

/// Settles the journal's entries of `change`; a journal that cannot be written is logged, and
/// the change stands.
fn settle(
    reg: &HookRegistry,
    change: &PendingChange,
    outcome: JournalOutcome,
    server: Option<&Hook>,
    message: Option<&str>,
) {
    if let Err(err) = reg
        .store()
        .settle_journal(change.id, outcome, server, message)
    {
        tracing::warn!(error = %err, "the journal was not updated");
    }
}

/// Sends every waiting change in order. A change of a hook with an earlier conflict waits
/// behind it; an unreachable server stops the replay (the rest keeps its order for next time).
pub async fn replay(reg: &HookRegistry) -> Result<ReplayReport> {
    let mut report = ReplayReport::default();
    let mut blocked: HashSet<(HookOwner, HookId)> = reg
        .store()
        .conflicts()?
        .iter()
        .map(|c| (c.change.owner, c.change.hook_id))
        .collect();
    let store = reg.store();
    let changes = store.pending_changes()?;
    let total = changes.len() as u32;
    for (done, listed) in changes.into_iter().enumerate() {
        super::full::same_cache(reg, &store)?;
        // Read again: an earlier create may have given this hook its server id.
        let Some((change, conflict)) = reg.store().outbox_change(listed.id)? else {
            continue;
        };
        let key = (change.owner, change.hook_id);
        if conflict.is_some() || blocked.contains(&key) {
            continue;
        }
        match replay_one(reg, &change).await {
            Ok(step) => {
                if record(reg, &change, step)? {
                    report.sent += 1;
                } else {
                    report.conflicts += 1;
                    blocked.insert(key);
                }
            }
            Err(e) if send::is_offline(&e) || e.code() == ErrorCode::Unauthenticated => {
                report.waiting = total - done as u32;
                report.stopped = Some(e);
                return Ok(report);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

/// Applies the user's choice to one conflict.
pub async fn resolve(reg: &HookRegistry, args: ResolveConflictArgs) -> Result<()> {
    let Some((change, Some(conflict))) = reg.store().outbox_change(args.change_id)? else {
        return Err(Error::ConflictGone);
    };
    match args.choice {
        ConflictChoice::KeepMine => keep_mine(reg, &change, &conflict).await,
        ConflictChoice::TakeTheirs if conflict.reason != ConflictReason::RefusedByServer => {
            reg.store()
                .finish_change(&change, conflict.theirs.as_ref())?;
            settle(reg, &change, JournalOutcome::Discarded, None, None);
            Ok(())
        }
        // Refused by the rule, "theirs" is the other hook: this one is read again.
        ConflictChoice::TakeTheirs | ConflictChoice::Discard => {
            let now = if change.kind == ChangeKind::Create {
                None
            } else {
                send::read(reg, change.owner, change.hook_id).await?
            };
            reg.store().finish_change(&change, now.as_ref())?;
            settle(reg, &change, JournalOutcome::Discarded, None, None);
            Ok(())
        }
    }
}

async fn keep_mine(reg: &HookRegistry, change: &PendingChange, conflict: &Conflict) -> Result<()> {
    // The rule allows one enabled hook per event: mine over theirs means theirs is disabled.
    if conflict.reason == ConflictReason::RefusedByServer {
        // Theirs is another hook only when the rule refused; a refusal for want of the right
        // holds this hook's own server version, which is not to be touched.
        let other = conflict
            .theirs
            .as_ref()
            .filter(|t| t.enabled && (t.owner, t.id) != (change.owner, change.hook_id));
        if let Some(theirs) = other {
            match send::set_enabled(reg, theirs.owner, theirs.id, &theirs.event, false).await? {
                Sent::Done(Some(h)) => {
                    // A change the replay made on its own, for the user's choice.
                    let scope = Scope {
                        origin: ChangeOrigin::Replay,
                        batch: new_batch(),
                    };
                    reg.journal_in(
                        scope,
                        JournalAction::Disabled,
                        Some(theirs),
                        Some(&h),
                        JournalOutcome::Taken,
                        None,
                        None,
                    );
                    reg.store().save_hooks(std::slice::from_ref(&h))?
                }
                Sent::Done(None) => reg.store().remove_hooks(theirs.owner, &[theirs.id])?,
                Sent::Refused(_) => {}
            }
        }
    }
    // Mine over a hook deleted on the server: it is created again.
    let step = if conflict.reason == ConflictReason::DeletedOnServer && change.mine.is_some() {
        let again = PendingChange {
            kind: ChangeKind::Create,
            ..change.clone()
        };
        send_mine(reg, &again).await?
    } else {
        send_mine(reg, change).await?
    };
    match step {
        Step::Done(server) => {
            reg.store().finish_change(change, server.as_ref())?;
            settle(reg, change, JournalOutcome::Taken, server.as_ref(), None);
            Ok(())
        }
        Step::Conflict(reason, theirs, why) => {
            let message = crate::error::stored(&why);
            reg.store()
                .mark_conflict(change.id, reason, theirs.as_ref(), &message)?;
            settle(reg, change, JournalOutcome::Conflict, None, Some(&message));
            Err(why)
        }
    }
}
