//! The queues and teams pinned to the tray, per profile (in its cache file), and the tray's data
//! for them.

use webitel_hooks_model::commands::SetPinnedArgs;
use webitel_hooks_model::{HookOwner, HookRow};

use super::HookRegistry;
use crate::error::{Error, Result};

/// One pinned queue or team and its cached hooks, as the tray's submenu shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    pub owner: HookOwner,
    pub name: String,
    /// By event, in Webitel's order, then by id; pending and conflict flags as the registry's.
    pub hooks: Vec<HookRow>,
}

impl HookRegistry {
    /// `list_pinned`: the active profile's pinned queues and teams, in menu order: the user's
    /// choice, or until there is one the cached Progressive Dialer queues by name, at most ten.
    pub fn list_pinned(&self) -> Result<Vec<HookOwner>> {
        Ok(self
            .store()
            .pinned()?
            .into_iter()
            .map(|p| p.owner)
            .collect())
    }

    /// `set_pinned`: pins (last in the menu) or unpins a queue or team; answers the pinned ones.
    pub fn set_pinned(&self, args: SetPinnedArgs) -> Result<Vec<HookOwner>> {
        super::input::owner(args.owner)?;
        Ok(self
            .store()
            .set_pinned(args.owner, args.pinned)?
            .ok_or(Error::QueueNotCached)?
            .into_iter()
            .map(|p| p.owner)
            .collect())
    }

    /// The tray's data: each pinned queue or team with its cached hooks, read from the cache
    /// only.
    pub fn pinned(&self) -> Result<Vec<Pinned>> {
        let store = self.store();
        store
            .pinned()?
            .into_iter()
            .map(|pin| {
                let hooks = store.owner_rows(pin.owner)?;
                Ok(Pinned {
                    owner: pin.owner,
                    name: pin.name,
                    hooks,
                })
            })
            .collect()
    }
}
