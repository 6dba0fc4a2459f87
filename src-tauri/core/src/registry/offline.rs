//! Changes kept while the server cannot be reached: recorded in the outbox with the hook as the
//! user saw it, applied to the cache marked pending, and answered as done. A change of a hook
//! that already has one waiting goes straight behind it, so that they reach the server in order.

use webitel_hooks_model::commands::{CreateHookArgs, SetHookEnabledArgs, UpdateHookArgs};
use webitel_hooks_model::{
    ChangeKind, Conflict, FlowRef, Hook, HookId, HookOwner, ListAllHooksArgs, PendingChange,
    RegistryChoices, RegistryPage,
};

use webitel_hooks_model::journal::JournalAction;

use super::{changes::check_draft, input, HookRegistry};
use crate::error::{Error, Result};

impl HookRegistry {
    /// `list_all_hooks`: one page of every cached hook of every queue and team, answered from the cache
    /// (no server call, so it works offline).
    pub fn list_all_hooks(&self, args: &ListAllHooksArgs) -> Result<RegistryPage> {
        input::page(args.page)?;
        input::page_size(args.size)?;
        input::text(&args.search)?;
        for owner in &args.owners {
            input::owner(*owner)?;
        }
        for count in [
            args.owners.len(),
            args.queue_types.len(),
            args.events.len(),
            args.flow_ids.len(),
        ] {
            input::items(count)?;
        }
        self.store().all_hooks(args)
    }

    /// `list_all_hooks_choices`: the queues and flows the all-queues filters offer, from the
    /// cache (offline too).
    pub fn list_all_hooks_choices(&self) -> Result<RegistryChoices> {
        self.store().all_hooks_choices()
    }

    /// `list_pending`: changes waiting to be sent, in order.
    pub fn list_pending(&self) -> Result<Vec<PendingChange>> {
        self.store().pending_changes()
    }

    /// `list_conflicts`: changes waiting for the user's choice.
    pub fn list_conflicts(&self) -> Result<Vec<Conflict>> {
        self.store().conflicts()
    }

    /// True when a change of this hook must wait behind one already in the outbox.
    pub(super) fn waits_behind_outbox(&self, owner: HookOwner, hook_id: HookId) -> bool {
        self.store().is_pending(owner, hook_id).unwrap_or(false)
    }

    /// The cached hook, the base of an offline change; without one the change cannot be kept
    /// and `failure` is the answer.
    fn base(&self, owner: HookOwner, hook_id: HookId, failure: Error) -> Result<Hook> {
        match self.store().hook(owner, hook_id)? {
            Some(cached) => Ok(cached.hook),
            None => Err(failure),
        }
    }

    /// `known_before`: the hooks of the event the cache knew before the create was sent (it
    /// may have reached the server).
    pub(super) fn keep_create(
        &self,
        args: &CreateHookArgs,
        enabled: bool,
        known_before: &[HookId],
    ) -> Result<Hook> {
        self.session_for_change(args.owner)?;
        check_draft(args.owner, &args.draft, None)?;
        let flow = self.store().flow(args.draft.flow_id)?.unwrap_or(FlowRef {
            id: args.draft.flow_id,
            name: String::new(),
        });
        let mine = Hook {
            id: HookId(0),
            owner: args.owner,
            event: args.draft.event.clone(),
            flow,
            enabled,
        };
        let change = self.store().queue_sent_create(&mine, known_before)?;
        self.refresh_outbox_counts();
        let mine = change.mine.unwrap_or(mine);
        self.journal_kept(JournalAction::Created, None, Some(&mine), change.id);
        Ok(mine)
    }

    pub(super) fn keep_update(&self, args: &UpdateHookArgs, failure: Error) -> Result<Hook> {
        self.session_for_change(args.owner)?;
        let base = self.base(args.owner, args.hook_id, failure)?;
        check_draft(args.owner, &args.draft, Some(&base.event))?;
        let flow = if args.draft.flow_id == base.flow.id {
            base.flow.clone()
        } else {
            self.store().flow(args.draft.flow_id)?.unwrap_or(FlowRef {
                id: args.draft.flow_id,
                name: String::new(),
            })
        };
        let mine = Hook {
            event: args.draft.event.clone(),
            flow,
            ..base.clone()
        };
        let change = self.store().queue_change(
            ChangeKind::Update,
            args.owner,
            args.hook_id,
            Some(&base),
            Some(&mine),
        )?;
        self.refresh_outbox_counts();
        self.journal_kept(JournalAction::Changed, Some(&base), Some(&mine), change.id);
        Ok(mine)
    }

    pub(super) fn keep_toggle(&self, args: &SetHookEnabledArgs, failure: Error) -> Result<Hook> {
        self.session_for_change(args.owner)?;
        let base = self.base(args.owner, args.hook_id, failure)?;
        let mine = Hook {
            enabled: args.enabled,
            ..base.clone()
        };
        let change = self.store().queue_change(
            ChangeKind::Toggle,
            args.owner,
            args.hook_id,
            Some(&base),
            Some(&mine),
        )?;
        self.refresh_outbox_counts();
        let action = JournalAction::switch(args.enabled);
        self.journal_kept(action, Some(&base), Some(&mine), change.id);
        Ok(mine)
    }

    /// `Ok(true)` when the delete was kept for later.
    pub(super) fn keep_delete(&self, owner: HookOwner, hook_id: HookId) -> Result<bool> {
        let Some(base) = self.store().hook(owner, hook_id)? else {
            return Ok(false);
        };
        let change = self.store().queue_change(
            ChangeKind::Delete,
            owner,
            hook_id,
            Some(&base.hook),
            None,
        )?;
        self.refresh_outbox_counts();
        self.journal_kept(JournalAction::Deleted, Some(&base.hook), None, change.id);
        Ok(true)
    }
}
