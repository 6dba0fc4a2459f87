//! The events that start a hook's flow ([`HookEvent`]): their API spelling, their labels, and
//! which queue types fire them ([`HookEvent::fires_for`], the one rule the rows' badge, the
//! modal's offer and core's draft check all read).
//!
//! Where the events come from (webitel/call_center): the dialer starts a queue hook by name
//! (`BaseQueue.Hook(name, attempt)`, queue/queue_hook.go) with the fixed names of the eight
//! (`HookJoined` ... in the same file; `missed`, `processing` and `active` from the team's and
//! the queues' code) and, besides, on every attempt state change: `Attempt.SetState(state)`
//! calls `queue.Hook(state, a)` (queue/attempt.go, `SetState`, lines 197-203 at commit
//! 068ca55). The states are `model.MemberState*` (model/member.go, lines 18-30): `idle`,
//! `waiting`, `joined`, `wait_agent`, `active`, `offering`, `bridged`, `processing`, `leaving`,
//! `cancel`. Of those outside the eight only `wait_agent` is ever set (`SetState` is called with
//! it; `idle` is only the initial value of `NewAttempt`, and `waiting` and `cancel` are written
//! to the database but never passed to `SetState`), so it is the one "more" event.
//!
//! The engine does not check a queue hook's event: `QueueHook.IsValid` is a `//todo` that
//! accepts anything (webitel/engine model/cc_queue_hook.go, lines 48-51 at commit 74e6ec8), and
//! `event` is a plain string (line 8); the dialer matches it by name.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::QueueType;

/// The event that starts a hook's flow.
///
/// The server stores any string; a value this version does not know is kept as `Other` so that
/// reading and writing a hook never changes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HookEvent {
    Joined,
    Answered,
    Offering,
    Bridged,
    Missed,
    Leaving,
    Processing,
    Active,
    /// The attempt waits for a free agent (`model.MemberStateWaitAgent`): set by the queues that
    /// search an agent for a member already connected, see [`HookEvent::fires_for`].
    WaitAgent,
    /// A team's one event: an agent of the team changed status (webitel/engine
    /// `TeamHookEvent`, engine.swagger.json: `agent_status`).
    AgentStatus,
    Other(String),
}

impl HookEvent {
    /// The eight events in the order Webitel's admin lists them.
    pub const ALL: [HookEvent; 8] = [
        HookEvent::Joined,
        HookEvent::Answered,
        HookEvent::Offering,
        HookEvent::Bridged,
        HookEvent::Missed,
        HookEvent::Leaving,
        HookEvent::Processing,
        HookEvent::Active,
    ];

    /// The attempt states the dialer starts a hook on besides the eight ("More events").
    pub const MORE: [HookEvent; 1] = [HookEvent::WaitAgent];

    /// The events a team's hook can have (engine.swagger.json `engine.TeamHookEvent`, whose
    /// other value is the proto enum's zero, `teamHookEventUndefined`).
    pub const TEAM: [HookEvent; 1] = [HookEvent::AgentStatus];

    /// The value as the API spells it (lowercase).
    pub fn as_str(&self) -> &str {
        match self {
            HookEvent::Joined => "joined",
            HookEvent::Answered => "answered",
            HookEvent::Offering => "offering",
            HookEvent::Bridged => "bridged",
            HookEvent::Missed => "missed",
            HookEvent::Leaving => "leaving",
            HookEvent::Processing => "processing",
            HookEvent::Active => "active",
            HookEvent::WaitAgent => "wait_agent",
            HookEvent::AgentStatus => "agent_status",
            HookEvent::Other(value) => value,
        }
    }

    /// Reads the API's spelling; an unknown value is kept as it came.
    pub fn parse(value: &str) -> HookEvent {
        match value {
            "joined" => HookEvent::Joined,
            "answered" => HookEvent::Answered,
            "offering" => HookEvent::Offering,
            "bridged" => HookEvent::Bridged,
            "missed" => HookEvent::Missed,
            "leaving" => HookEvent::Leaving,
            "processing" => HookEvent::Processing,
            "active" => HookEvent::Active,
            "wait_agent" => HookEvent::WaitAgent,
            "agent_status" => HookEvent::AgentStatus,
            other => HookEvent::Other(other.to_owned()),
        }
    }

    /// The message-catalog id of the event's label.
    pub fn label_id(&self) -> &'static str {
        match self {
            HookEvent::Joined => "event-joined",
            HookEvent::Answered => "event-answered",
            HookEvent::Offering => "event-offering",
            HookEvent::Bridged => "event-bridged",
            HookEvent::Missed => "event-missed",
            HookEvent::Leaving => "event-leaving",
            HookEvent::Processing => "event-processing",
            HookEvent::Active => "event-active",
            HookEvent::WaitAgent => "event-wait-agent",
            HookEvent::AgentStatus => "event-agent-status",
            HookEvent::Other(_) => "event-other",
        }
    }

    /// One of the events a queue's hook may be created with: the eight, or one of [`Self::MORE`].
    /// Everything that reads an event from outside (the window, an imported file) decides
    /// through [`Self::parse`] and this, never by comparing spellings of its own.
    pub fn is_queue_event(&self) -> bool {
        HookEvent::ALL.contains(self) || HookEvent::MORE.contains(self)
    }

    /// The "More events" a queue of `queue_type` can fire, in their order: those offered under
    /// that group when a hook of such a queue is added or edited.
    pub fn more_for(queue_type: QueueType) -> Vec<HookEvent> {
        HookEvent::MORE
            .into_iter()
            .filter(|event| event.fires_for(queue_type) == Some(true))
            .collect()
    }

    /// Whether the call center ever fires this event for a queue of `queue_type`: `Some(false)`
    /// when its code for that type never does, so that a hook of it never starts its flow;
    /// `None` when not known. From webitel/call_center:
    ///
    /// - `answered` is declared (`HookAnswered`, queue/queue_hook.go) but no code fires it.
    /// - `joined`: the dialers that call the member after reserving an agent never fire it
    ///   (Progressive); `active` only the Offline and Preview queues, whose agent answers first.
    /// - `wait_agent` (`Attempt.SetState(model.MemberStateWaitAgent)`) is set only by the queues
    ///   that look for an agent once the member is there: Inbound (queue/queue_call_inbound.go,
    ///   after `joined` and again after an agent missed), Predictive (queue/queue_call_predict.go,
    ///   `runOfferingAgents`, once the customer answered), Inbound chat
    ///   (queue/queue_chat_inbound.go, `process`) and IM chat (queue/im_inbound.go, `run`, and
    ///   again after a declined conversation). Every other type has its agent before the
    ///   attempt starts or none at all, so never: Offline, Preview, Progressive, Inbound task
    ///   (`DistributeAttempt` answers `NewErrorAgentRequired` without a reserved agent:
    ///   queue/queue_call_offline.go, queue_call_preview.go, queue_call_progressive.go,
    ///   queue_agent_task.go), Outbound call (queue/call_outbound.go: agent required, then
    ///   offering and bridged), IVR (queue/queue_call_ivr.go: a resource only, no agent) and
    ///   Outbound task (queue/queue_outbound_task.go: its `DistributeAttempt` refuses every
    ///   attempt).
    /// - A team's `agent_status` is never a queue's.
    pub fn fires_for(&self, queue_type: QueueType) -> Option<bool> {
        use QueueType as T;
        match (self, queue_type) {
            (HookEvent::Answered, _) => Some(false),
            // A team's event; a queue never fires it.
            (HookEvent::AgentStatus, _) => Some(false),
            (HookEvent::Other(_), _) | (_, T::Other(_)) => None,
            (HookEvent::WaitAgent, T::Inbound | T::Predictive | T::InboundChat | T::ImChat) => {
                Some(true)
            }
            (HookEvent::WaitAgent, _) => Some(false),
            (HookEvent::Joined | HookEvent::Active, T::Progressive) => Some(false),
            (HookEvent::Active, T::Offline | T::Preview) => Some(true),
            (HookEvent::Active, _) => Some(false),
            (
                HookEvent::Offering
                | HookEvent::Bridged
                | HookEvent::Missed
                | HookEvent::Leaving
                | HookEvent::Processing,
                T::Progressive,
            ) => Some(true),
            _ => None,
        }
    }
}

impl fmt::Display for HookEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for HookEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for HookEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(HookEvent::parse(&value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_events_round_trip_in_official_order() {
        let spelled: Vec<&str> = HookEvent::ALL.iter().map(HookEvent::as_str).collect();
        assert_eq!(
            spelled,
            [
                "joined",
                "answered",
                "offering",
                "bridged",
                "missed",
                "leaving",
                "processing",
                "active"
            ]
        );
        for event in HookEvent::ALL {
            assert_eq!(HookEvent::parse(event.as_str()), event);
        }
    }

    #[test]
    fn every_event_name_parses_to_its_event_and_back() {
        let named = [
            ("joined", HookEvent::Joined),
            ("answered", HookEvent::Answered),
            ("offering", HookEvent::Offering),
            ("bridged", HookEvent::Bridged),
            ("missed", HookEvent::Missed),
            ("leaving", HookEvent::Leaving),
            ("processing", HookEvent::Processing),
            ("active", HookEvent::Active),
            ("wait_agent", HookEvent::WaitAgent),
            ("agent_status", HookEvent::AgentStatus),
        ];
        for (name, event) in named {
            assert_eq!(HookEvent::parse(name), event, "{name}");
            assert_eq!(event.as_str(), name);
            let json = format!("\"{name}\"");
            assert_eq!(serde_json::from_str::<HookEvent>(&json).unwrap(), event);
            assert_eq!(serde_json::to_string(&event).unwrap(), json);
        }
        // Exact spelling only: the server stores what it is sent, and `Wait_agent` or
        // `wait agent` never match the dialer's `wait_agent`.
        for odd in [
            "Wait_agent",
            "wait agent",
            " wait_agent",
            "waitagent",
            "",
            "idle",
        ] {
            assert_eq!(
                HookEvent::parse(odd),
                HookEvent::Other(odd.to_owned()),
                "{odd:?}"
            );
        }
        // What a queue's hook may be created with: the eight and the more events, nothing else.
        for event in HookEvent::ALL.iter().chain(&HookEvent::MORE) {
            assert!(event.is_queue_event(), "{event}");
        }
        assert!(!HookEvent::AgentStatus.is_queue_event());
        assert!(!HookEvent::Other("waiting".into()).is_queue_event());
        assert_eq!(HookEvent::WaitAgent.label_id(), "event-wait-agent");
    }

    #[test]
    fn unknown_event_survives_a_json_round_trip() {
        let event: HookEvent = serde_json::from_str("\"waiting\"").unwrap();
        assert_eq!(event, HookEvent::Other("waiting".into()));
        assert_eq!(serde_json::to_string(&event).unwrap(), "\"waiting\"");
    }

    /// Every queue type the engine numbers, with whether it ever sets `wait_agent`.
    const WAIT_AGENT_BY_TYPE: [(QueueType, bool); 11] = [
        (QueueType::Offline, false),
        (QueueType::Inbound, true),
        (QueueType::Ivr, false),
        (QueueType::Preview, false),
        (QueueType::Progressive, false),
        (QueueType::Predictive, true),
        (QueueType::InboundChat, true),
        (QueueType::InboundTask, false),
        (QueueType::OutboundTask, false),
        (QueueType::ImChat, true),
        (QueueType::OutboundCall, false),
    ];

    #[test]
    fn wait_agent_fires_only_where_an_agent_is_searched_for_a_waiting_member() {
        for (queue_type, fires) in WAIT_AGENT_BY_TYPE {
            assert_eq!(
                HookEvent::WaitAgent.fires_for(queue_type),
                Some(fires),
                "{queue_type:?}"
            );
            let more = HookEvent::more_for(queue_type);
            assert_eq!(
                more.contains(&HookEvent::WaitAgent),
                fires,
                "{queue_type:?}"
            );
        }
        // A type this version does not know: nothing said, nothing offered.
        assert_eq!(HookEvent::WaitAgent.fires_for(QueueType::Other(42)), None);
        assert!(HookEvent::more_for(QueueType::Other(42)).is_empty());
    }

    #[test]
    fn answered_and_agent_status_never_fire_on_any_queue_type() {
        for (queue_type, _) in WAIT_AGENT_BY_TYPE {
            assert_eq!(HookEvent::Answered.fires_for(queue_type), Some(false));
            assert_eq!(HookEvent::AgentStatus.fires_for(queue_type), Some(false));
            assert_eq!(HookEvent::Other("x".into()).fires_for(queue_type), None);
        }
    }

    #[test]
    fn active_fires_only_where_the_agent_answers_first() {
        for (queue_type, _) in WAIT_AGENT_BY_TYPE {
            let fires = matches!(queue_type, QueueType::Offline | QueueType::Preview);
            assert_eq!(
                HookEvent::Active.fires_for(queue_type),
                Some(fires),
                "{queue_type:?}"
            );
        }
    }

    #[test]
    fn progressive_dialer_never_fires_joined_active_answered_or_wait_agent() {
        let q = QueueType::Progressive;
        assert_eq!(HookEvent::Joined.fires_for(q), Some(false));
        assert_eq!(HookEvent::Active.fires_for(q), Some(false));
        assert_eq!(HookEvent::Answered.fires_for(q), Some(false));
        assert_eq!(HookEvent::WaitAgent.fires_for(q), Some(false));
        for event in [
            HookEvent::Offering,
            HookEvent::Bridged,
            HookEvent::Missed,
            HookEvent::Leaving,
            HookEvent::Processing,
        ] {
            assert_eq!(event.fires_for(q), Some(true), "{event}");
        }
    }
}
