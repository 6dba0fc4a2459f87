//! Changes kept while the server cannot be reached: recorded in the outbox with the hook as the
//! user saw it, applied to the cache marked pending, and answered as done. A change of a hook
//! that already has one waiting goes straight behind it, so that they reach the server in order.

use webitel_hooks_model::commands::{CreateHookArgs, SetHookEnabledArgs, UpdateHookArgs};
use webitel_hooks_model::{
    ChangeKind, Conflict, FlowRef, Hook, HookId, ListAllHooksArgs, PendingChange, QueueId,
    RegistryChoices, RegistryPage,
};

use super::{changes::check_draft, input, HookRegistry};
use crate::error::{Error, Result};

impl HookRegistry {
    /// `list_all_hooks`: one page of every cached hook of every queue, answered from the cache
    /// (no server call, so it works offline).
    pub fn list_all_hooks(&self, args: &ListAllHooksArgs) -> Result<RegistryPage> {
        input::page(args.page)?;
        input::page_size(args.size)?;
        input::text(&args.search)?;
        for count in [
            args.queue_ids.len(),
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
    pub(super) fn waits_behind_outbox(&self, queue_id: QueueId, hook_id: HookId) -> bool {
        self.store().is_pending(queue_id, hook_id).unwrap_or(false)
    }

    /// The cached hook, the base of an offline change; without one the change cannot be kept
    /// and `failure` is the answer.
    fn base(&self, queue_id: QueueId, hook_id: HookId, failure: Error) -> Result<Hook> {
        match self.store().hook(queue_id, hook_id)? {
            Some(cached) => Ok(cached.hook),
            None => Err(failure),
        }
    }

    /// `known_before`: the hooks of the event the cache knew before the create was sent (it
    /// may have reached the server).
    pub(super) fn keep_create(
        &self,
        args: &CreateHookArgs,
        known_before: &[HookId],
    ) -> Result<Hook> {
        self.session_for_change()?;
        check_draft(&args.draft, None)?;
        let flow = self.store().flow(args.draft.flow_id)?.unwrap_or(FlowRef {
            id: args.draft.flow_id,
            name: String::new(),
        });
        let mine = Hook {
            id: HookId(0),
            queue_id: args.queue_id,
            event: args.draft.event.clone(),
            flow,
            enabled: true,
        };
        let change = self.store().queue_sent_create(&mine, known_before)?;
        self.refresh_outbox_counts();
        Ok(change.mine.unwrap_or(mine))
    }

    pub(super) fn keep_update(&self, args: &UpdateHookArgs, failure: Error) -> Result<Hook> {
        self.session_for_change()?;
        let base = self.base(args.queue_id, args.hook_id, failure)?;
        check_draft(&args.draft, Some(&base.event))?;
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
        self.store().queue_change(
            ChangeKind::Update,
            args.queue_id,
            args.hook_id,
            Some(&base),
            Some(&mine),
        )?;
        self.refresh_outbox_counts();
        Ok(mine)
    }

    pub(super) fn keep_toggle(&self, args: &SetHookEnabledArgs, failure: Error) -> Result<Hook> {
        self.session_for_change()?;
        let base = self.base(args.queue_id, args.hook_id, failure)?;
        let mine = Hook {
            enabled: args.enabled,
            ..base.clone()
        };
        self.store().queue_change(
            ChangeKind::Toggle,
            args.queue_id,
            args.hook_id,
            Some(&base),
            Some(&mine),
        )?;
        self.refresh_outbox_counts();
        Ok(mine)
    }

    /// `Ok(true)` when the delete was kept for later.
    pub(super) fn keep_delete(&self, queue_id: QueueId, hook_id: HookId) -> Result<bool> {
        let Some(base) = self.store().hook(queue_id, hook_id)? else {
            return Ok(false);
        };
        self.store().queue_change(
            ChangeKind::Delete,
            queue_id,
            hook_id,
            Some(&base.hook),
            None,
        )?;
        self.refresh_outbox_counts();
        Ok(true)
    }
}
