//! Deleting several hooks: one DELETE per hook (the API has no bulk call), a few at a time.

use std::collections::HashSet;

use futures::stream::{self, StreamExt};
use webitel_hooks_model::commands::DeleteHooksArgs;
use webitel_hooks_model::journal::JournalAction;
use webitel_hooks_model::{
    AppError, DeleteFailure, DeleteReport, HookEvent, HookId, HookLabel, HookOwner,
};

use super::{convert, input, journal, HookRegistry, DELETE_CONCURRENCY};
use crate::error::{self, Error, Result};

/// A bulk delete's outcome while it is still being decided on: each failure keeps its typed
/// error (the refused-token ones are sent again after a silent sign-in) until it is told as a
/// [`DeleteReport`].
#[derive(Debug, Default)]
pub(super) struct Deletion {
    pub deleted: Vec<HookId>,
    pub failed: Vec<FailedDelete>,
}

#[derive(Debug)]
pub(super) struct FailedDelete {
    pub hook_id: HookId,
    /// The hook as the user saw it ("Bridged → CRM flow"), read before it left the cache.
    pub label: HookLabel,
    pub error: Error,
}

impl From<Deletion> for DeleteReport {
    fn from(deletion: Deletion) -> Self {
        DeleteReport {
            deleted: deletion.deleted,
            failed: deletion
                .failed
                .into_iter()
                .map(|f| DeleteFailure {
                    hook_id: f.hook_id,
                    label: f.label,
                    error: AppError::from(&f.error),
                })
                .collect(),
        }
    }
}

impl HookRegistry {
    /// `delete_hooks`: the hooks refused for an ended session are sent once more after a silent
    /// sign-in; the others keep their outcome. While the session cannot be renewed (the server
    /// is down, or the password must be typed), the deletes wait in the outbox.
    pub async fn delete_hooks(&self, args: DeleteHooksArgs) -> Result<DeleteReport> {
        journal::in_one_batch(self.delete_each(args)).await
    }

    /// `delete_hooks`, inside the batch the deletes share in the journal.
    async fn delete_each(&self, args: DeleteHooksArgs) -> Result<DeleteReport> {
        input::owner(args.owner)?;
        input::items(args.hook_ids.len())?;
        match self.ensure_live().await {
            Err(e) if self.falls_back(&e) => return self.keep_deletes(&args, e).map(Into::into),
            other => other?,
        }
        let before = self.current();
        let mut report = self.delete_hooks_once(args.clone()).await?;
        let refused: Vec<_> = report
            .failed
            .iter()
            .filter(|f| matches!(f.error, Error::SessionEnded))
            .map(|f| f.hook_id)
            .collect();
        if refused.is_empty() {
            return Ok(report.into());
        }
        let again = match self.renew(before).await {
            Ok(true) => {
                self.delete_hooks_once(DeleteHooksArgs {
                    owner: args.owner,
                    hook_ids: refused.clone(),
                })
                .await?
            }
            Ok(false) => return Ok(report.into()),
            Err(e) if self.falls_back(&e) => self.keep_deletes(
                &DeleteHooksArgs {
                    owner: args.owner,
                    hook_ids: refused.clone(),
                },
                e,
            )?,
            Err(e) => return Err(e),
        };
        report.failed.retain(|f| !refused.contains(&f.hook_id));
        report.failed.extend(again.failed);
        report.deleted.extend(again.deleted);
        // The report keeps the order of the request.
        let order = |id| args.hook_ids.iter().position(|h| *h == id);
        report.deleted.sort_by_key(|id| order(*id));
        report.failed.sort_by_key(|f| order(f.hook_id));
        Ok(report.into())
    }

    /// Keeps every delete of `args` in the outbox, as offline; a hook the cache does not hold
    /// cannot be kept and fails with `why`.
    fn keep_deletes(&self, args: &DeleteHooksArgs, why: Error) -> Result<Deletion> {
        self.session_for_change(args.owner)?;
        let mut report = Deletion::default();
        for id in distinct(&args.hook_ids) {
            if self.keep_delete(args.owner, id)? {
                report.deleted.push(id);
            } else {
                report.failed.push(FailedDelete {
                    hook_id: id,
                    label: self.label_of(args.owner, id),
                    error: why.clone(),
                });
            }
        }
        Ok(report)
    }

    /// `delete_hooks`: sends the DELETEs in parallel, at most [`DELETE_CONCURRENCY`] at once,
    /// and reports which went and which failed, each failure naming the hook as the user saw it
    /// ("Bridged → CRM flow") with the server's sentence. Both lists keep the order of the
    /// request; an id asked twice is deleted once.
    pub(super) async fn delete_hooks_once(&self, args: DeleteHooksArgs) -> Result<Deletion> {
        let session = self.session_for_change(args.owner)?;
        let ids = distinct(&args.hook_ids);
        let owner = args.owner;
        // A hook with a change still waiting is deleted behind it, in the outbox.
        let (ids, behind): (Vec<HookId>, Vec<HookId>) = ids
            .into_iter()
            .partition(|id| !self.waits_behind_outbox(owner, *id));
        let client = session.client();
        let mut outcomes: Vec<(usize, HookId, std::result::Result<(), webitel_api::Error>)> =
            stream::iter(ids.into_iter().enumerate())
                .map(|(order, id)| async move {
                    let outcome = client.hooks_of(owner).delete(id).await.map(|_| ());
                    (order, id, outcome)
                })
                .buffer_unordered(DELETE_CONCURRENCY)
                .collect()
                .await;
        outcomes.sort_by_key(|(order, _, _)| *order);
        if outcomes.iter().any(|(_, _, outcome)| outcome.is_ok()) {
            self.answered();
        }

        let mut report = Deletion::default();
        // A hook gone on the server, deleted now or before, leaves the cache too.
        let mut gone = Vec::new();
        for (_, id, outcome) in outcomes {
            // The hook as the user saw it: the cache still holds it here.
            let before = self.seen(owner, id);
            match outcome {
                Ok(()) => {
                    self.journal_taken(JournalAction::Deleted, before.as_ref(), None);
                    report.deleted.push(id);
                    gone.push(id);
                }
                Err(e)
                    if error::from_api(&e, session.server()).is_offline()
                        && self.keep_delete(owner, id).unwrap_or(false) =>
                {
                    self.went_offline();
                    report.deleted.push(id);
                }
                Err(e) => {
                    if e.kind() == webitel_api::ErrorKind::NotFound {
                        gone.push(id);
                    }
                    let error = self.failed(&session, &e);
                    self.journal_refused(JournalAction::Deleted, before.as_ref(), None, &error);
                    report.failed.push(FailedDelete {
                        hook_id: id,
                        label: self.label_of(owner, id),
                        error,
                    });
                }
            }
        }
        for id in behind {
            if self.keep_delete(owner, id)? {
                report.deleted.push(id);
            }
        }
        self.remember("deleted hooks", self.store().remove_hooks(owner, &gone));
        self.refresh_outbox_counts();
        Ok(report)
    }

    /// The hook's name from the cache (what the registry showed), before it is removed there.
    fn label_of(&self, owner: HookOwner, id: HookId) -> HookLabel {
        match self.store().hook(owner, id) {
            Ok(Some(cached)) => convert::hook_label(&cached.hook),
            // Not cached: named by its id, the one thing known of it.
            _ => HookLabel::new(HookEvent::Other(format!("#{id}")), ""),
        }
    }
}

/// `ids` in their order, each once: an id asked twice is deleted once.
fn distinct(ids: &[HookId]) -> Vec<HookId> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}
