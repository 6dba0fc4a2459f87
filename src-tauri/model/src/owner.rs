//! Whose hooks a hook is one of: a queue's or a team's ([`HookOwner`]).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{HookId, QueueId, TeamId};

/// The queue or the team a hook belongs to. The engine keeps the two in tables of their own
/// (`cc_queue_events`, `cc_team_events`) with id sequences of their own, so a hook is named by
/// its owner and its id together, never by its id alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum HookOwner {
    /// `/call_center/queues/{id}/hooks`.
    Queue(QueueId),
    /// `/call_center/teams/{id}/hooks`.
    Team(TeamId),
}

/// One hook among every owner's: its owner and its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct HookKey {
    pub owner: HookOwner,
    pub hook_id: HookId,
}

/// The two kinds of owner, for the all-hooks registry's "Kind" filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnerKind {
    Queue,
    Team,
}

impl HookOwner {
    pub fn kind(self) -> OwnerKind {
        match self {
            HookOwner::Queue(_) => OwnerKind::Queue,
            HookOwner::Team(_) => OwnerKind::Team,
        }
    }

    /// The queue, when the owner is one.
    pub fn queue(self) -> Option<QueueId> {
        match self {
            HookOwner::Queue(id) => Some(id),
            HookOwner::Team(_) => None,
        }
    }

    /// The owner's own id, without its kind (for a sentence or a log line).
    pub fn raw(self) -> i64 {
        match self {
            HookOwner::Queue(id) => id.0,
            HookOwner::Team(id) => id.0,
        }
    }
}

impl From<QueueId> for HookOwner {
    fn from(id: QueueId) -> Self {
        HookOwner::Queue(id)
    }
}

impl From<TeamId> for HookOwner {
    fn from(id: TeamId) -> Self {
        HookOwner::Team(id)
    }
}

impl fmt::Display for HookOwner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HookOwner::Queue(id) => write!(f, "queue {id}"),
            HookOwner::Team(id) => write!(f, "team {id}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_owner_crosses_ipc_as_its_kind_and_id() {
        let queue = HookOwner::Queue(QueueId(7));
        let team = HookOwner::Team(TeamId(7));
        assert_eq!(
            serde_json::to_value(queue).unwrap(),
            serde_json::json!({"kind": "queue", "id": 7})
        );
        assert_eq!(
            serde_json::from_value::<HookOwner>(serde_json::json!({"kind": "team", "id": 7}))
                .unwrap(),
            team
        );
        assert_ne!(queue, team, "a queue and a team of one id are two owners");
    }
}
