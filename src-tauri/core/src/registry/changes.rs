//! The registry's changes to one hook: create, edit, enable or disable.

use webitel_api::{HookInput, HookPatch};
use webitel_hooks_model::commands::{CreateHookArgs, SetHookEnabledArgs, UpdateHookArgs};
use webitel_hooks_model::{Hook, HookDraft, HookEvent, HookId, QueueId};

use super::{convert, HookRegistry};
use crate::error::{self, Error, InputProblem, Result};

impl HookRegistry {
    /// `create_hook`. Offline, the hook is kept in the outbox and answered with a negative
    /// stand-in id, shown pending.
    pub async fn create_hook(&self, args: CreateHookArgs) -> Result<Hook> {
        // What the cache knows of the event before sending: the create may reach the server
        // and its answer be lost, and the replay must then tell the hook it made.
        let known_before = self.cached_ids_of_event(args.queue_id, &args.draft.event);
        match self
            .with_renewal(|| self.create_hook_once(args.clone()))
            .await
        {
            Err(e) if self.falls_back(&e) => self.keep_create(&args, &known_before),
            other => other,
        }
    }

    fn cached_ids_of_event(&self, queue_id: QueueId, event: &HookEvent) -> Vec<HookId> {
        match self.store().queue_hooks(queue_id) {
            Ok(cached) => cached
                .into_iter()
                .filter(|c| &c.hook.event == event && c.hook.id.0 > 0)
                .map(|c| c.hook.id)
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    /// `update_hook`. Offline, or behind a change of the hook still waiting, the edit is kept in
    /// the outbox over the cached hook and answered as the cache now shows it.
    pub async fn update_hook(&self, args: UpdateHookArgs) -> Result<Hook> {
        if self.waits_behind_outbox(args.queue_id, args.hook_id) {
            return self.keep_update(&args, Error::HookGone);
        }
        match self
            .with_renewal(|| self.update_hook_once(args.clone()))
            .await
        {
            Err(e) if self.falls_back(&e) => self.keep_update(&args, e),
            other => other,
        }
    }

    /// `set_hook_enabled`, kept in the outbox like `update_hook`.
    pub async fn set_hook_enabled(&self, args: SetHookEnabledArgs) -> Result<Hook> {
        if self.waits_behind_outbox(args.queue_id, args.hook_id) {
            return self.keep_toggle(&args, Error::HookGone);
        }
        match self
            .with_renewal(|| self.set_hook_enabled_once(args.clone()))
            .await
        {
            Err(e) if self.falls_back(&e) => self.keep_toggle(&args, e),
            other => other,
        }
    }

    /// `create_hook`: a new hook, enabled, as the official admin creates them.
    pub(super) async fn create_hook_once(&self, args: CreateHookArgs) -> Result<Hook> {
        let session = self.session_for_change()?;
        check_draft(&args.draft, None)?;
        let input = HookInput::new(args.draft.event.clone(), args.draft.flow_id, true);
        let created = session
            .client()
            .hooks(args.queue_id)
            .create(&input)
            .await
            .map_err(|e| {
                self.note_failure(&session, &e);
                error::from_hook_change(&e, session.server(), Some(&args.draft.event))
            })?;
        let hook = convert::hook(args.queue_id, created);
        self.remember(
            "created hook",
            self.store().save_hooks(std::slice::from_ref(&hook)),
        );
        Ok(hook)
    }

    /// `update_hook`: re-reads the hook, then replaces its event and flow with the draft's,
    /// keeping the state it has on the server now (PUT sends every field, and a missing
    /// `enabled` would disable it).
    pub(super) async fn update_hook_once(&self, args: UpdateHookArgs) -> Result<Hook> {
        let session = self.session_for_change()?;
        let hooks = session.client().hooks(args.queue_id);
        let current = match hooks.get(args.hook_id).await {
            Ok(current) => current,
            Err(e) => {
                self.forget_if_gone(args.queue_id, args.hook_id, &e);
                return Err(self.failed(&session, &e));
            }
        };
        check_draft(&args.draft, Some(&current.event))?;
        let input = HookInput::new(
            args.draft.event.clone(),
            args.draft.flow_id,
            current.enabled,
        );
        let replaced = hooks.replace(args.hook_id, &input).await.map_err(|e| {
            self.forget_if_gone(args.queue_id, args.hook_id, &e);
            self.note_failure(&session, &e);
            error::from_hook_change(&e, session.server(), Some(&args.draft.event))
        })?;
        let hook = convert::hook(args.queue_id, replaced);
        self.remember(
            "edited hook",
            self.store().save_hooks(std::slice::from_ref(&hook)),
        );
        Ok(hook)
    }

    /// `set_hook_enabled`: PATCH with `fields: ["enabled"]`, changing nothing else. The server
    /// refuses to enable a second hook for one event.
    pub(super) async fn set_hook_enabled_once(&self, args: SetHookEnabledArgs) -> Result<Hook> {
        let session = self.session_for_change()?;
        let patch = HookPatch::new().enabled(args.enabled);
        let patched = session
            .client()
            .hooks(args.queue_id)
            .patch(args.hook_id, &patch)
            .await
            .map_err(|e| {
                self.forget_if_gone(args.queue_id, args.hook_id, &e);
                self.note_failure(&session, &e);
                // The event of the refused hook, as the user saw it in the registry.
                let event = self.cached_event(&args);
                error::from_hook_change(&e, session.server(), event.as_ref())
            })?;
        let hook = convert::hook(args.queue_id, patched);
        self.remember(
            "switched hook",
            self.store().save_hooks(std::slice::from_ref(&hook)),
        );
        Ok(hook)
    }

    fn cached_event(&self, args: &SetHookEnabledArgs) -> Option<HookEvent> {
        match self.store().hook(args.queue_id, args.hook_id) {
            Ok(cached) => cached.map(|c| c.hook.event),
            Err(_) => None,
        }
    }

    /// Drops a hook from the cache when the server says it is gone.
    pub(super) fn forget_if_gone(
        &self,
        queue_id: QueueId,
        hook_id: HookId,
        err: &webitel_api::Error,
    ) {
        if err.kind() == webitel_api::ErrorKind::NotFound {
            self.remember("gone hook", self.store().remove_hooks(queue_id, &[hook_id]));
        }
    }
}

/// Refuses a draft the server would take but the app never sends: no flow, or an event outside
/// the eight, unless it is the event the hook already has (`kept`), so that editing the flow of a
/// hook with an event this version does not know keeps that event as it is.
pub(super) fn check_draft(draft: &HookDraft, kept: Option<&HookEvent>) -> Result<()> {
    if draft.flow_id.0 <= 0 {
        return Err(InputProblem::NoFlow.into());
    }
    if matches!(draft.event, HookEvent::Other(_)) && kept != Some(&draft.event) {
        return Err(InputProblem::UnknownEvent.into());
    }
    Ok(())
}
