//! Queue types as the engine numbers them (`cc_queue.type`), with their names.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The kind of a call-center queue (`cc_queue.type`). The server leaves type 0 out of its
/// answers, so a missing type means `Offline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum QueueType {
    #[default]
    Offline,
    Inbound,
    Ivr,
    Preview,
    Progressive,
    Predictive,
    InboundChat,
    InboundTask,
    OutboundTask,
    ImChat,
    OutboundCall,
    /// A type code this version does not know, kept as it came.
    Other(i32),
}

impl QueueType {
    pub fn code(self) -> i32 {
        match self {
            QueueType::Offline => 0,
            QueueType::Inbound => 1,
            QueueType::Ivr => 2,
            QueueType::Preview => 3,
            QueueType::Progressive => 4,
            QueueType::Predictive => 5,
            QueueType::InboundChat => 6,
            QueueType::InboundTask => 7,
            QueueType::OutboundTask => 8,
            QueueType::ImChat => 9,
            QueueType::OutboundCall => 10,
            QueueType::Other(code) => code,
        }
    }

    pub fn from_code(code: i32) -> QueueType {
        match code {
            0 => QueueType::Offline,
            1 => QueueType::Inbound,
            2 => QueueType::Ivr,
            3 => QueueType::Preview,
            4 => QueueType::Progressive,
            5 => QueueType::Predictive,
            6 => QueueType::InboundChat,
            7 => QueueType::InboundTask,
            8 => QueueType::OutboundTask,
            9 => QueueType::ImChat,
            10 => QueueType::OutboundCall,
            other => QueueType::Other(other),
        }
    }

    /// The message-catalog id of the type's name.
    pub fn label_id(self) -> &'static str {
        match self {
            QueueType::Offline => "queue-type-offline",
            QueueType::Inbound => "queue-type-inbound",
            QueueType::Ivr => "queue-type-ivr",
            QueueType::Preview => "queue-type-preview",
            QueueType::Progressive => "queue-type-progressive",
            QueueType::Predictive => "queue-type-predictive",
            QueueType::InboundChat => "queue-type-inbound-chat",
            QueueType::InboundTask => "queue-type-inbound-task",
            QueueType::OutboundTask => "queue-type-outbound-task",
            QueueType::ImChat => "queue-type-im-chat",
            QueueType::OutboundCall => "queue-type-outbound-call",
            QueueType::Other(_) => "queue-type-other",
        }
    }
}

impl Serialize for QueueType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.code())
    }
}

impl<'de> Deserialize<'de> for QueueType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(QueueType::from_code(i32::deserialize(deserializer)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for code in -1..=12 {
            assert_eq!(QueueType::from_code(code).code(), code);
        }
        assert_eq!(QueueType::from_code(4), QueueType::Progressive);
    }

    #[test]
    fn every_type_has_a_name_of_its_own_in_the_catalog() {
        let ids: std::collections::BTreeSet<&str> = (0..=10)
            .map(|c| QueueType::from_code(c).label_id())
            .collect();
        assert_eq!(ids.len(), 11, "one name per type: {ids:?}");
    }
}
