//! The queues pinned to the tray, per profile (in its cache file), and the tray's data for them.

use webitel_hooks_model::commands::SetQueuePinnedArgs;
use webitel_hooks_model::{HookRow, Queue, QueueId};

use super::HookRegistry;
use crate::error::{Error, Result};

/// One pinned queue and its cached hooks, as the tray's submenu shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinnedQueue {
    pub queue: Queue,
    /// By event, in Webitel's order, then by id; pending and conflict flags as the registry's.
    pub hooks: Vec<HookRow>,
}

impl HookRegistry {
    /// `list_pinned`: the active profile's pinned queues, in menu order: the user's choice, or
    /// until there is one the cached Progressive Dialer queues by name, at most ten.
    pub fn list_pinned(&self) -> Result<Vec<QueueId>> {
        self.store().pinned_queue_ids()
    }

    /// `set_queue_pinned`: pins (last in the menu) or unpins a queue; answers the pinned queues.
    pub fn set_queue_pinned(&self, args: SetQueuePinnedArgs) -> Result<Vec<QueueId>> {
        self.store()
            .set_pinned(args.queue_id, args.pinned)?
            .ok_or(Error::QueueNotCached)
    }

    /// The tray's data: each pinned queue with its cached hooks, read from the cache only.
    pub fn pinned_queues(&self) -> Result<Vec<PinnedQueue>> {
        let store = self.store();
        store
            .pinned_queues()?
            .into_iter()
            .map(|queue| {
                let hooks = store.queue_rows(queue.id)?;
                Ok(PinnedQueue { queue, hooks })
            })
            .collect()
    }
}
