//! Changes decided from what the cache shows, for menus that open at once and work offline
//! (the tray): flip one hook, disable every enabled hook of a queue, and the cache reads they
//! need (a queue's name, its hooks).
//!
//! What must hold: the state a flip goes to is read from the cache at the moment of the click
//! (pending changes applied), never from a check mark that may be out of date; every change goes
//! through the same use case as the window's switch (online, or into the outbox offline); one
//! failed hook does not stop the others of a queue.

use webitel_hooks_model::commands::SetHookEnabledArgs;
use webitel_hooks_model::{Hook, HookId, HookOwner};

use super::HookRegistry;
use crate::error::{Error, Result};

/// What "disable every enabled hook of a queue" did.
#[derive(Debug, Default)]
pub struct DisableAll {
    /// The hooks that were enabled in the cache when asked.
    pub enabled: usize,
    pub disabled: usize,
    /// The first failure, when some hook was not disabled, with how many were not.
    pub failed: Option<(usize, Error)>,
}

impl HookRegistry {
    /// Every cached hook of one queue, pending changes applied, in the registry's order.
    pub fn cached_hooks(&self, owner: HookOwner) -> Result<Vec<Hook>> {
        Ok(self
            .store()
            .owner_rows(owner)?
            .into_iter()
            .map(|row| row.hook)
            .collect())
    }

    /// The queue's or team's name as the cache knows it, for sentences; "queue <id>" or
    /// "team <id>" when it is not cached.
    pub fn cached_owner_name(&self, owner: HookOwner) -> String {
        self.store()
            .owner_name(owner)
            .ok()
            .flatten()
            .unwrap_or_else(|| owner.to_string())
    }

    /// Flips one hook the way the cache shows it now; answers the hook as it ends up.
    pub async fn flip_hook(&self, owner: HookOwner, hook_id: HookId) -> Result<Hook> {
        let hook = self
            .cached_hooks(owner)?
            .into_iter()
            .find(|hook| hook.id == hook_id)
            .ok_or_else(|| Error::HookNotListed {
                queue: self.cached_owner_name(owner),
            })?;
        self.set_hook_enabled(SetHookEnabledArgs {
            owner,
            hook_id,
            enabled: !hook.enabled,
        })
        .await
    }

    /// The hooks of the queue enabled in the cache now (what "disable all" would change).
    pub fn cached_enabled_hooks(&self, owner: HookOwner) -> Result<Vec<Hook>> {
        Ok(self
            .cached_hooks(owner)?
            .into_iter()
            .filter(|hook| hook.enabled)
            .collect())
    }

    /// Disables each of `hooks` (as [`HookRegistry::cached_enabled_hooks`] listed them), each
    /// as a switch of its own.
    pub async fn disable_hooks(&self, owner: HookOwner, hooks: &[Hook]) -> DisableAll {
        let mut outcome = DisableAll {
            enabled: hooks.len(),
            ..DisableAll::default()
        };
        for hook in hooks {
            let args = SetHookEnabledArgs {
                owner,
                hook_id: hook.id,
                enabled: false,
            };
            match self.set_hook_enabled(args).await {
                Ok(_) => outcome.disabled += 1,
                Err(err) => {
                    tracing::warn!(error = %err, %owner, hook_id = %hook.id, "a hook was not disabled");
                    outcome.failed = match outcome.failed.take() {
                        None => Some((1, err)),
                        Some((n, first)) => Some((n + 1, first)),
                    };
                }
            }
        }
        outcome
    }
}

impl DisableAll {
    /// `Ok` when every hook was disabled, else the sentence for the failures, naming `queue`.
    pub fn into_result(self, queue: &str) -> Result<()> {
        match self.failed {
            None => Ok(()),
            Some((failed, first)) => Err(Error::NotAllDisabled {
                failed,
                total: self.enabled,
                queue: queue.to_owned(),
                first: Box::new(first),
            }),
        }
    }
}
