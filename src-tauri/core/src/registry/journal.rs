//! The change journal's side of the use cases: which user action a change belongs to (its origin
//! and batch), and the entry each change leaves in the profile's cache.
//!
//! What must hold:
//! - every change a use case of the registry makes (online, kept in the outbox, or refused) leaves
//!   one entry, recorded here, in core, so that the window, the tray, an import, a copy and the
//!   outbox's replay are covered alike;
//! - the changes made inside one [`recorded_as`] share its origin and one batch, also those made
//!   on futures polled inside it (a bulk switch's `buffered` stream); a task spawned inside it
//!   does not inherit it. Outside any scope a change comes from the window and is a batch of its
//!   own;
//! - a journal that cannot be written never turns a change into an error: the change stands,
//!   and the failure is logged.

use std::future::Future;
use std::sync::atomic::{AtomicI64, Ordering};

use webitel_hooks_model::commands::{CreateHookArgs, SetHookEnabledArgs, UpdateHookArgs};
use webitel_hooks_model::journal::{
    BatchId, JournalAction, JournalEntry, JournalFilter, JournalOutcome, JournalPage,
    ListJournalArgs,
};
use webitel_hooks_model::{ChangeId, ChangeOrigin, ErrorCode, FlowRef, Hook, HookId};

use super::{input, HookRegistry};
use crate::clock;
use crate::error::{Error, Result};
use crate::store::NewJournalEntry;

/// The user action the changes being made belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scope {
    pub origin: ChangeOrigin,
    pub batch: BatchId,
}

tokio::task_local! {
    static SCOPE: Scope;
}

/// Runs `fut` with every change made inside it journaled as coming from `origin`, in one new
/// batch. Do not spawn inside: a spawned task does not inherit the scope.
pub async fn recorded_as<F: Future>(origin: ChangeOrigin, fut: F) -> F::Output {
    SCOPE
        .scope(
            Scope {
                origin,
                batch: new_batch(),
            },
            fut,
        )
        .await
}

/// Runs `fut` as one batch: inside the caller's scope when there is one (a bulk switch made by
/// an import stays the import's), else as one batch from the window.
pub(crate) async fn in_one_batch<F: Future>(fut: F) -> F::Output {
    if SCOPE.try_with(|_| ()).is_ok() {
        fut.await
    } else {
        recorded_as(ChangeOrigin::Window, fut).await
    }
}

/// The scope of the change being made now: the caller's, or the window's and a batch of its own.
pub(crate) fn current_scope() -> Scope {
    SCOPE.try_with(|s| *s).unwrap_or_else(|_| Scope {
        origin: ChangeOrigin::Window,
        batch: new_batch(),
    })
}

/// A batch id not given before in this process nor, the clock going forward, in an earlier one:
/// the time in milliseconds times a thousand, plus a counter. Stays below 2^53 until the year
/// 2255, so that the webview's numbers hold it exactly.
pub(crate) fn new_batch() -> BatchId {
    static LAST: AtomicI64 = AtomicI64::new(0);
    let candidate = clock::now_ms().saturating_mul(1000);
    let mut last = LAST.load(Ordering::Relaxed);
    loop {
        let next = candidate.max(last + 1);
        match LAST.compare_exchange_weak(last, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return BatchId(next),
            Err(seen) => last = seen,
        }
    }
}

/// Whether a failed change is written down as refused: not when nothing was tried (the input
/// was wrong, no one is signed in) nor when the session's refusal is tried again after a silent
/// sign-in (the retry writes its own entry).
fn journals_refusal(err: &Error) -> bool {
    !matches!(err, Error::Invalid(_) | Error::NotSignedIn)
        && err.code() != ErrorCode::Unauthenticated
}

impl HookRegistry {
    /// Writes one entry in the scope of the change being made now.
    pub(crate) fn journal(
        &self,
        action: JournalAction,
        before: Option<&Hook>,
        after: Option<&Hook>,
        outcome: JournalOutcome,
        message: Option<String>,
        change: Option<ChangeId>,
    ) {
        self.journal_in(
            current_scope(),
            action,
            before,
            after,
            outcome,
            message,
            change,
        );
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn journal_in(
        &self,
        scope: Scope,
        action: JournalAction,
        before: Option<&Hook>,
        after: Option<&Hook>,
        outcome: JournalOutcome,
        message: Option<String>,
        change: Option<ChangeId>,
    ) {
        let Some(hook) = after.or(before) else {
            return;
        };
        let (server, username) = self
            .session_info()
            .map(|s| (s.server, s.username))
            .unwrap_or_default();
        let entry = NewJournalEntry {
            at: clock::now_ms(),
            server,
            username,
            owner: hook.owner,
            owner_name: self.cached_owner_name(hook.owner),
            hook_id: hook.id,
            action,
            before: before.cloned(),
            after: after.cloned(),
            origin: scope.origin,
            batch: scope.batch,
            outcome,
            message,
            change,
        };
        if let Err(err) = self.store().record_journal(&entry) {
            tracing::warn!(error = %err, "the change was not written to the journal");
        }
    }

    /// A change the server took.
    pub(crate) fn journal_taken(
        &self,
        action: JournalAction,
        before: Option<&Hook>,
        after: Option<&Hook>,
    ) {
        self.journal(action, before, after, JournalOutcome::Taken, None, None);
    }

    /// A change kept in the outbox as `change`.
    pub(crate) fn journal_kept(
        &self,
        action: JournalAction,
        before: Option<&Hook>,
        after: Option<&Hook>,
        change: ChangeId,
    ) {
        self.journal(
            action,
            before,
            after,
            JournalOutcome::Pending,
            None,
            Some(change),
        );
    }

    /// A change refused, with the sentence the user read.
    pub(crate) fn journal_refused(
        &self,
        action: JournalAction,
        before: Option<&Hook>,
        after: Option<&Hook>,
        err: &Error,
    ) {
        if journals_refusal(err) {
            self.journal(
                action,
                before,
                after,
                JournalOutcome::Refused,
                Some(crate::error::stored(err)),
                None,
            );
        }
    }

    /// The cached hook, as the user saw it before a change.
    pub(super) fn seen(&self, owner: webitel_hooks_model::HookOwner, id: HookId) -> Option<Hook> {
        self.store().hook(owner, id).ok().flatten().map(|c| c.hook)
    }

    /// The hook a draft asks for, for the entry of a refused create or edit.
    fn drafted(
        &self,
        base: Hook,
        event: &webitel_hooks_model::HookEvent,
        flow_id: webitel_hooks_model::SchemaId,
    ) -> Hook {
        let flow = if base.flow.id == flow_id {
            base.flow.clone()
        } else {
            self.store()
                .flow(flow_id)
                .ok()
                .flatten()
                .unwrap_or(FlowRef {
                    id: flow_id,
                    name: String::new(),
                })
        };
        Hook {
            event: event.clone(),
            flow,
            ..base
        }
    }

    /// Writes down how an online create ended (one kept offline is written when kept).
    pub(super) fn note_created(
        &self,
        args: &CreateHookArgs,
        enabled: bool,
        outcome: Result<Hook>,
    ) -> Result<Hook> {
        match &outcome {
            Ok(hook) => self.journal_taken(JournalAction::Created, None, Some(hook)),
            Err(err) => {
                let empty = Hook {
                    id: HookId(0),
                    owner: args.owner,
                    event: args.draft.event.clone(),
                    flow: FlowRef {
                        id: webitel_hooks_model::SchemaId(0),
                        name: String::new(),
                    },
                    enabled,
                };
                let asked = self.drafted(empty, &args.draft.event, args.draft.flow_id);
                self.journal_refused(JournalAction::Created, None, Some(&asked), err);
            }
        }
        outcome
    }

    /// Writes down how an online edit ended; `before`: the hook as the cache showed it.
    pub(super) fn note_updated(
        &self,
        args: &UpdateHookArgs,
        before: Option<Hook>,
        outcome: Result<Hook>,
    ) -> Result<Hook> {
        match &outcome {
            Ok(hook) => self.journal_taken(JournalAction::Changed, before.as_ref(), Some(hook)),
            Err(err) => {
                if let Some(base) = before {
                    let asked = self.drafted(base.clone(), &args.draft.event, args.draft.flow_id);
                    self.journal_refused(JournalAction::Changed, Some(&base), Some(&asked), err);
                }
            }
        }
        outcome
    }

    /// Writes down how an online switch ended; `before`: the hook as the cache showed it.
    pub(super) fn note_switched(
        &self,
        args: &SetHookEnabledArgs,
        before: Option<Hook>,
        outcome: Result<Hook>,
    ) -> Result<Hook> {
        let action = JournalAction::switch(args.enabled);
        match &outcome {
            Ok(hook) => {
                // Without a cached copy the hook was as it is now, but for its state.
                let before = before.unwrap_or_else(|| Hook {
                    enabled: !args.enabled,
                    ..hook.clone()
                });
                self.journal_taken(action, Some(&before), Some(hook));
            }
            Err(err) => {
                if let Some(base) = before {
                    let asked = Hook {
                        enabled: args.enabled,
                        ..base.clone()
                    };
                    self.journal_refused(action, Some(&base), Some(&asked), err);
                }
            }
        }
        outcome
    }
}

/// How long entries are kept by default, in days.
pub const KEEP_DAYS: u32 = 180;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

fn check(filter: &JournalFilter) -> Result<()> {
    input::text(&filter.search)?;
    input::items(filter.owners.len())?;
    input::items(filter.actions.len())?;
    for owner in &filter.owners {
        input::owner(*owner)?;
    }
    Ok(())
}

impl HookRegistry {
    /// `list_journal`: one page of the active profile's journal, newest first (the cache's; works
    /// offline).
    pub fn list_journal(&self, args: &ListJournalArgs) -> Result<JournalPage> {
        input::page(args.page)?;
        input::page_size(args.size)?;
        check(&args.filter)?;
        self.store()
            .journal_page(&args.filter, args.page, args.size.get())
    }

    /// The entries matching `filter` as CSV (a header line, then one line per entry, newest
    /// first), and how many.
    pub fn journal_csv(&self, filter: &JournalFilter) -> Result<(String, u64)> {
        check(filter)?;
        let entries = self.store().journal_entries(filter)?;
        Ok((csv_table::table(&entries), entries.len() as u64))
    }

    /// `export_journal`: writes [`HookRegistry::journal_csv`] to `path` (the file the user
    /// picked); answers how many entries went.
    pub fn export_journal(&self, filter: &JournalFilter, path: &std::path::Path) -> Result<u64> {
        let (text, count) = self.journal_csv(filter)?;
        std::fs::write(path, text).map_err(|e| Error::FileNotWritten {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })?;
        Ok(count)
    }

    /// Keeps journal entries `days` days from now on (the settings'; 1 to ten years).
    pub fn set_journal_days(&self, days: u32) {
        let days = days.clamp(1, webitel_hooks_model::journal::KEEP_DAYS_MAX);
        self.journal_days
            .store(days, std::sync::atomic::Ordering::Relaxed);
    }

    /// Removes the entries older than the settings' days, now; a failure is logged (the entries
    /// stay until the next try).
    pub fn prune_old_journal(&self) {
        let days = self.journal_days.load(std::sync::atomic::Ordering::Relaxed);
        match self.prune_journal(clock::now_ms(), days) {
            Ok(0) => {}
            Ok(pruned) => tracing::info!(pruned, days, "old journal entries removed"),
            Err(err) => tracing::warn!(error = %err, "old journal entries were not removed"),
        }
    }

    /// Removes the entries older than `keep_days` days at `now` (Unix milliseconds, from
    /// [`clock::now_ms`] but in tests); those still waiting on the outbox stay. Answers how many
    /// went.
    pub fn prune_journal(&self, now: i64, keep_days: u32) -> Result<usize> {
        let before = now.saturating_sub(i64::from(keep_days).saturating_mul(DAY_MS));
        self.store().prune_journal(before)
    }
}

/// Unix milliseconds as the UTC date `2026-12-06`, for a file's name.
pub fn utc_date(ms: i64) -> String {
    crate::clock::utc_text(ms).chars().take(10).collect()
}

/// The journal as CSV, for reading in a spreadsheet.
mod csv_table {
    use super::JournalEntry;
    use webitel_hooks_model::Hook;

    const HEADER: [&str; 20] = [
        "when (UTC)",
        "server",
        "user",
        "origin",
        "owner kind",
        "owner id",
        "owner",
        "hook id",
        "change",
        "event",
        "before: event",
        "before: flow",
        "before: enabled",
        "after: event",
        "after: flow",
        "after: enabled",
        "outcome",
        "message",
        "batch",
        "undone",
    ];

    fn hook_fields(hook: Option<&Hook>) -> [String; 3] {
        match hook {
            Some(h) => [
                h.event.as_str().to_owned(),
                h.flow.name.clone(),
                h.enabled.to_string(),
            ],
            None => [String::new(), String::new(), String::new()],
        }
    }

    pub(super) fn table(entries: &[JournalEntry]) -> String {
        let mut out = HEADER.join(",");
        out.push_str("\r\n");
        for e in entries {
            let [be, bf, bn] = hook_fields(e.before.as_ref());
            let [ae, af, an] = hook_fields(e.after.as_ref());
            let kind = match e.owner {
                webitel_hooks_model::HookOwner::Queue(_) => "queue",
                webitel_hooks_model::HookOwner::Team(_) => "team",
            };
            let row = [
                crate::clock::utc_text(e.at),
                e.server.clone(),
                e.username.clone(),
                e.origin.as_str().to_owned(),
                kind.to_owned(),
                e.owner.raw().to_string(),
                e.owner_name.clone(),
                e.hook_id.0.to_string(),
                e.action.as_str().to_owned(),
                e.event.as_str().to_owned(),
                be,
                bf,
                bn,
                ae,
                af,
                an,
                e.outcome.as_str().to_owned(),
                // A data file: the English sentence, as its other columns use the API's words.
                e.error
                    .as_ref()
                    .map(|e| e.message.clone())
                    .unwrap_or_default(),
                e.batch.0.to_string(),
                e.undone_by.is_some().to_string(),
            ];
            crate::csv::push_row(&mut out, &row);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::stream::{self, StreamExt};

    #[tokio::test]
    async fn a_scope_reaches_futures_polled_inside_it_and_nothing_outside() {
        let outside = current_scope();
        assert_eq!(outside.origin, ChangeOrigin::Window);
        assert_ne!(current_scope().batch, outside.batch, "a batch of its own");
        let seen: Vec<Scope> = recorded_as(ChangeOrigin::Tray, async {
            stream::iter(0..4)
                .map(|_| async { current_scope() })
                .buffered(3)
                .collect()
                .await
        })
        .await;
        assert!(seen.iter().all(|s| *s == seen[0]));
        assert_eq!(seen[0].origin, ChangeOrigin::Tray);
        // A bulk action inside the tray's scope stays the tray's batch.
        let inner = recorded_as(
            ChangeOrigin::Import,
            in_one_batch(async { current_scope() }),
        )
        .await;
        assert_eq!(inner.origin, ChangeOrigin::Import);
        let own = in_one_batch(async { (current_scope(), current_scope()) }).await;
        assert_eq!(own.0, own.1);
        assert_eq!(own.0.origin, ChangeOrigin::Window);
    }
}
