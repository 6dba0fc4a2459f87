//! The registry's changes to one hook: create, edit, enable or disable.

use webitel_api::{HookInput, HookPatch};
use webitel_hooks_model::commands::{CreateHookArgs, SetHookEnabledArgs, UpdateHookArgs};
use webitel_hooks_model::{Hook, HookDraft, HookEvent, HookId, HookOwner};

use super::{convert, input, HookRegistry};
use crate::error::{self, Error, InputProblem, Result};

impl HookRegistry {
    /// `create_hook`. Offline, the hook is kept in the outbox and answered with a negative
    /// stand-in id, shown pending.
    pub async fn create_hook(&self, args: CreateHookArgs) -> Result<Hook> {
        self.create_hook_as(args, true).await
    }

    /// `create_hook` of a hook that starts `enabled` or not: an import creates a hook in the
    /// state its file gives (or disabled, where the queue's event already has an enabled one).
    pub async fn create_hook_as(&self, args: CreateHookArgs, enabled: bool) -> Result<Hook> {
        input::owner(args.owner)?;
        self.refuse_never_firing(args.owner, &args.draft.event, None)?;
        // What the cache knows of the event before sending: the create may reach the server
        // and its answer be lost, and the replay must then tell the hook it made.
        let known_before = self.cached_ids_of_event(args.owner, &args.draft.event);
        match self
            .with_renewal(|| self.create_hook_once(args.clone(), enabled))
            .await
        {
            Err(e) if self.falls_back(&e) => self.keep_create(&args, enabled, &known_before),
            other => self.note_created(&args, enabled, other),
        }
    }

    fn cached_ids_of_event(&self, owner: HookOwner, event: &HookEvent) -> Vec<HookId> {
        match self.store().owner_hooks(owner) {
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
        input::owner(args.owner)?;
        let cached = self.seen(args.owner, args.hook_id);
        let kept = cached.as_ref().map(|c| c.event.clone());
        self.refuse_never_firing(args.owner, &args.draft.event, kept.as_ref())?;
        if self.waits_behind_outbox(args.owner, args.hook_id) {
            return self.keep_update(&args, Error::HookGone);
        }
        match self
            .with_renewal(|| self.update_hook_once(args.clone()))
            .await
        {
            Err(e) if self.falls_back(&e) => self.keep_update(&args, e),
            other => self.note_updated(&args, cached, other),
        }
    }

    /// `set_hook_enabled`, kept in the outbox like `update_hook`.
    pub async fn set_hook_enabled(&self, args: SetHookEnabledArgs) -> Result<Hook> {
        input::owner(args.owner)?;
        if self.waits_behind_outbox(args.owner, args.hook_id) {
            return self.keep_toggle(&args, Error::HookGone);
        }
        let before = self.seen(args.owner, args.hook_id);
        match self
            .with_renewal(|| self.set_hook_enabled_once(args.clone()))
            .await
        {
            Err(e) if self.falls_back(&e) => self.keep_toggle(&args, e),
            other => self.note_switched(&args, before, other),
        }
    }

    /// `create_hook`: a new hook, enabled as the official admin creates them (or as `enabled`
    /// says, for an import).
    pub(super) async fn create_hook_once(
        &self,
        args: CreateHookArgs,
        enabled: bool,
    ) -> Result<Hook> {
        let session = self.session_for_change(args.owner)?;
        check_draft(args.owner, &args.draft, None)?;
        let input = HookInput::new(args.draft.event.clone(), args.draft.flow_id, enabled);
        let created = session
            .client()
            .hooks_of(args.owner)
            .create(&input)
            .await
            .map_err(|e| {
                self.note_failure(&session, &e);
                error::from_hook_create(&e, session.server(), args.owner, &args.draft.event)
            })?;
        let hook = convert::hook(args.owner, created);
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
        let session = self.session_for_change(args.owner)?;
        let hooks = session.client().hooks_of(args.owner);
        let current = match hooks.get(args.hook_id).await {
            Ok(current) => current,
            Err(e) => {
                self.forget_if_gone(args.owner, args.hook_id, &e);
                return Err(self.failed(&session, &e));
            }
        };
        check_draft(args.owner, &args.draft, Some(&current.event))?;
        let input = HookInput::new(
            args.draft.event.clone(),
            args.draft.flow_id,
            current.enabled,
        );
        let replaced = hooks.replace(args.hook_id, &input).await.map_err(|e| {
            self.forget_if_gone(args.owner, args.hook_id, &e);
            self.note_failure(&session, &e);
            error::from_hook_change(&e, session.server(), args.owner, Some(&args.draft.event))
        })?;
        let hook = convert::hook(args.owner, replaced);
        self.remember(
            "edited hook",
            self.store().save_hooks(std::slice::from_ref(&hook)),
        );
        Ok(hook)
    }

    /// `set_hook_enabled`: PATCH with `fields: ["enabled"]`, changing nothing else. The server
    /// refuses to enable a second hook for one event.
    pub(super) async fn set_hook_enabled_once(&self, args: SetHookEnabledArgs) -> Result<Hook> {
        let session = self.session_for_change(args.owner)?;
        let patch = HookPatch::new().enabled(args.enabled);
        let patched = session
            .client()
            .hooks_of(args.owner)
            .patch(args.hook_id, &patch)
            .await
            .map_err(|e| {
                self.forget_if_gone(args.owner, args.hook_id, &e);
                self.note_failure(&session, &e);
                // The event of the refused hook, as the user saw it in the registry.
                let event = self.cached_event(&args);
                error::from_hook_change(&e, session.server(), args.owner, event.as_ref())
            })?;
        let hook = convert::hook(args.owner, patched);
        self.remember(
            "switched hook",
            self.store().save_hooks(std::slice::from_ref(&hook)),
        );
        Ok(hook)
    }

    /// Refuses, before anything is sent or kept, a queue's hook of one of the "More events" that
    /// the queue's type (as the cache knows it) never fires: the window never offers one there,
    /// so this is a stale window or an imported file, and such a hook would never start its flow.
    /// The eight stay allowed on every type, as in Webitel's admin (a row's badge says when one
    /// never fires); so does the event a hook already has (`kept`), so that its flow can still be
    /// edited.
    fn refuse_never_firing(
        &self,
        owner: HookOwner,
        event: &HookEvent,
        kept: Option<&HookEvent>,
    ) -> Result<()> {
        let HookOwner::Queue(queue_id) = owner else {
            return Ok(());
        };
        if !HookEvent::MORE.contains(event) || kept == Some(event) {
            return Ok(());
        }
        let queue_type = self
            .store()
            .queues()
            .ok()
            .and_then(|queues| queues.into_iter().find(|c| c.queue.id == queue_id))
            .map(|c| c.queue.queue_type);
        match queue_type {
            Some(queue_type) if event.fires_for(queue_type) == Some(false) => {
                Err(InputProblem::EventNeverFires(queue_type).into())
            }
            _ => Ok(()),
        }
    }

    fn cached_event(&self, args: &SetHookEnabledArgs) -> Option<HookEvent> {
        match self.store().hook(args.owner, args.hook_id) {
            Ok(cached) => cached.map(|c| c.hook.event),
            Err(_) => None,
        }
    }

    /// Drops a hook from the cache when the server says it is gone.
    pub(super) fn forget_if_gone(
        &self,
        owner: HookOwner,
        hook_id: HookId,
        err: &webitel_api::Error,
    ) {
        if err.kind() == webitel_api::ErrorKind::NotFound {
            self.remember("gone hook", self.store().remove_hooks(owner, &[hook_id]));
        }
    }
}

/// Refuses a draft the server would take but the app never sends: no flow; for a queue, an event
/// outside the eight and the "More events" (`HookEvent::is_queue_event`, the one place that
/// decides), unless it is the event the hook already has (`kept`), so that editing the flow of a
/// hook with an event this version does not know keeps that event as it is; for a team, another
/// event than `agent_status` (the engine's `TeamHookEvent` knows no other). Whether the queue's
/// type fires a "more" event is `HookRegistry::refuse_never_firing`'s, which reads the cache.
pub(super) fn check_draft(
    owner: HookOwner,
    draft: &HookDraft,
    kept: Option<&HookEvent>,
) -> Result<()> {
    if draft.flow_id.0 <= 0 {
        return Err(InputProblem::NoFlow.into());
    }
    match owner {
        HookOwner::Queue(_) => {
            if !draft.event.is_queue_event() && kept != Some(&draft.event) {
                return Err(InputProblem::UnknownEvent.into());
            }
        }
        HookOwner::Team(_) => {
            if !HookEvent::TEAM.contains(&draft.event) {
                return Err(InputProblem::NotATeamEvent.into());
            }
        }
    }
    Ok(())
}
