//! The events that start a hook's flow ([`HookEvent`]): their API spelling, their labels, and
//! which queue types fire them.

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
            other => HookEvent::Other(other.to_owned()),
        }
    }

    /// The event's label in English, as the window's catalog spells it (`Bridged`), for the
    /// sentences and menus the native side writes; a value this version does not know, as it is.
    pub fn english_label(&self) -> &str {
        match self {
            HookEvent::Joined => "Joined",
            HookEvent::Answered => "Answered",
            HookEvent::Offering => "Offering",
            HookEvent::Bridged => "Bridged",
            HookEvent::Missed => "Missed",
            HookEvent::Leaving => "Leaving",
            HookEvent::Processing => "Processing",
            HookEvent::Active => "Active",
            HookEvent::Other(value) => value,
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
            HookEvent::Other(_) => "event-other",
        }
    }

    /// Whether the call center ever fires this event for a queue of `queue_type`, from
    /// webitel/call_center: `answered` is never fired; `joined` is not fired by the dialers and
    /// `active` only by the Offline and Preview queues. `None` when not known.
    pub fn fires_for(&self, queue_type: QueueType) -> Option<bool> {
        match (self, queue_type) {
            (HookEvent::Answered, _) => Some(false),
            (HookEvent::Other(_), _) | (_, QueueType::Other(_)) => None,
            (HookEvent::Joined | HookEvent::Active, QueueType::Progressive) => Some(false),
            (HookEvent::Active, QueueType::Offline | QueueType::Preview) => Some(true),
            (HookEvent::Active, _) => Some(false),
            (
                HookEvent::Offering
                | HookEvent::Bridged
                | HookEvent::Missed
                | HookEvent::Leaving
                | HookEvent::Processing,
                QueueType::Progressive,
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
    fn unknown_event_survives_a_json_round_trip() {
        let event: HookEvent = serde_json::from_str("\"agent_status\"").unwrap();
        assert_eq!(event, HookEvent::Other("agent_status".into()));
        assert_eq!(serde_json::to_string(&event).unwrap(), "\"agent_status\"");
    }

    #[test]
    fn progressive_dialer_never_fires_joined_active_or_answered() {
        let q = QueueType::Progressive;
        assert_eq!(HookEvent::Joined.fires_for(q), Some(false));
        assert_eq!(HookEvent::Active.fires_for(q), Some(false));
        assert_eq!(HookEvent::Answered.fires_for(q), Some(false));
        assert_eq!(HookEvent::Leaving.fires_for(q), Some(true));
    }
}
