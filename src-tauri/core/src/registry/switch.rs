//! Switching several hooks of any queues and teams to one state (the bulk bar's Enable and
//! Disable): the API has no bulk call, so each hook is switched through the one use case a row's
//! switch uses (`set_hook_enabled`: online, or into the outbox offline), a few at a time.
//!
//! What must hold: a hook already in the state asked is left alone (no request); enabling never
//! sends what the engine must refuse: a queue takes one enabled hook per event (its partial
//! unique index), so a hook whose event already has an enabled hook in its queue (in the cache,
//! or earlier in the same request) is refused here, in the same sentence the server's refusal
//! would give, and the others go on; a team may have any number of enabled hooks.

use std::collections::{HashMap, HashSet};

use futures::stream::{self, StreamExt};
use webitel_hooks_model::commands::{SetHookEnabledArgs, SetHooksEnabledArgs};
use webitel_hooks_model::{
    AppError, Hook, HookEvent, HookKey, HookLabel, HookOwner, SwitchFailure, SwitchReport,
};

use webitel_hooks_model::journal::JournalAction;

use super::{convert, input, journal, HookRegistry, DELETE_CONCURRENCY};
use crate::error::{Error, Result};

impl HookRegistry {
    /// `set_hooks_enabled`: the report keeps the order of the request; a hook asked twice is
    /// switched once. The switches are one batch of the journal (the caller's, inside an
    /// import's or the tray's scope).
    pub async fn set_hooks_enabled(&self, args: SetHooksEnabledArgs) -> Result<SwitchReport> {
        journal::in_one_batch(self.switch_each(args)).await
    }

    async fn switch_each(&self, args: SetHooksEnabledArgs) -> Result<SwitchReport> {
        input::items(args.hooks.len())?;
        for key in &args.hooks {
            input::owner(key.owner)?;
        }
        let mut seen = HashSet::new();
        let keys: Vec<HookKey> = args
            .hooks
            .iter()
            .copied()
            .filter(|k| seen.insert(*k))
            .collect();
        let mut report = SwitchReport::default();
        // Per queue, the events with an enabled hook: what the cache shows, then what this
        // request enables.
        let mut enabled_events: HashMap<HookOwner, HashSet<HookEvent>> = HashMap::new();
        let mut to_send = Vec::new();
        for key in keys {
            let cached = self.store().hook(key.owner, key.hook_id)?;
            let Some(cached) = cached else {
                // Not cached: named by its id, the one thing known of it.
                let label = HookLabel::new(HookEvent::Other(format!("#{}", key.hook_id)), "")
                    .in_owner(self.cached_owner_name(key.owner));
                report.failed.push(failure(key, label, &Error::HookGone));
                continue;
            };
            let hook = cached.hook;
            if hook.enabled == args.enabled {
                report.unchanged.push(key);
                continue;
            }
            if args.enabled && matches!(key.owner, HookOwner::Queue(_)) {
                let events = match enabled_events.entry(key.owner) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let enabled = self
                            .store()
                            .owner_hooks(key.owner)?
                            .into_iter()
                            .filter(|c| c.hook.enabled)
                            .map(|c| c.hook.event)
                            .collect();
                        e.insert(enabled)
                    }
                };
                if !events.insert(hook.event.clone()) {
                    let refused = Error::EventAlreadyEnabled {
                        event: hook.event.clone(),
                    };
                    let asked = Hook {
                        enabled: true,
                        ..hook.clone()
                    };
                    self.journal_refused(
                        JournalAction::Enabled,
                        Some(&hook),
                        Some(&asked),
                        &refused,
                    );
                    report
                        .failed
                        .push(failure(key, self.owner_hook_label(&hook), &refused));
                    continue;
                }
            }
            to_send.push((key, self.owner_hook_label(&hook)));
        }
        let enabled = args.enabled;
        let outcomes: Vec<(HookKey, HookLabel, Result<()>)> = stream::iter(to_send)
            .map(|(key, label)| async move {
                let outcome = self
                    .set_hook_enabled(SetHookEnabledArgs {
                        owner: key.owner,
                        hook_id: key.hook_id,
                        enabled,
                    })
                    .await
                    .map(|_| ());
                (key, label, outcome)
            })
            .buffered(DELETE_CONCURRENCY)
            .collect()
            .await;
        for (key, label, outcome) in outcomes {
            match outcome {
                Ok(()) => report.switched.push(key),
                Err(err) => report.failed.push(failure(key, label, &err)),
            }
        }
        // In the order asked.
        let order = |key: &HookKey| args.hooks.iter().position(|k| k == key);
        report.switched.sort_by_key(order);
        report.unchanged.sort_by_key(order);
        report.failed.sort_by_key(|f| order(&f.hook));
        Ok(report)
    }
}

impl HookRegistry {
    /// The hook as a report names it among many owners' hooks: "Sales EU: Bridged → CRM flow".
    pub(super) fn owner_hook_label(&self, hook: &Hook) -> HookLabel {
        convert::hook_label(hook).in_owner(self.cached_owner_name(hook.owner))
    }
}

fn failure(hook: HookKey, label: HookLabel, err: &Error) -> SwitchFailure {
    SwitchFailure {
        hook,
        label,
        error: AppError::from(err),
    }
}
