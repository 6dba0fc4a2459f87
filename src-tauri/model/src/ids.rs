//! Id newtypes, so that a hook's id is never passed where a queue's is expected.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                Self(value)
            }
        }
    };
}

id_newtype!(
    /// A queue of the Webitel call center (`cc_queue.id`, int64 on the wire).
    QueueId
);
id_newtype!(
    /// A team of agents (`cc_team.id`, int64 on the wire); it has hooks of its own.
    TeamId
);
id_newtype!(
    /// A hook of one queue (`cc_queue_events.id`) or of one team (`cc_team_events.id`).
    HookId
);
id_newtype!(
    /// A flow schema (`acr_routing_scheme.id`, int64 on the wire).
    SchemaId
);
id_newtype!(
    /// A server profile of this desktop (a row of the local store, not a server id).
    ProfileId
);
