//! The data sets the sim starts with: `demo`, `empty` and `large:QUEUES:HOOKS`. All deterministic.

use std::fmt;
use std::str::FromStr;

use crate::data::{Flow, FlowType, Hook, Named, Queue, SimData, EVENTS};

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum DataSet {
    #[default]
    Demo,
    Empty,
    Large {
        queues: usize,
        hooks_per_queue: usize,
    },
}

#[derive(Debug, thiserror::Error)]
#[error("unknown data set {0:?}: expected demo, empty or large:QUEUES:HOOKS (e.g. large:200:10)")]
pub struct DataSetParseError(String);

impl FromStr for DataSet {
    type Err = DataSetParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DataSetParseError(s.to_string());
        match s.trim() {
            "demo" => Ok(DataSet::Demo),
            "empty" => Ok(DataSet::Empty),
            other => {
                let mut parts = other.split(':');
                if parts.next() != Some("large") {
                    return Err(err());
                }
                let queues = parts.next().and_then(|p| p.parse().ok()).ok_or_else(err)?;
                let hooks_per_queue = parts.next().and_then(|p| p.parse().ok()).ok_or_else(err)?;
                if parts.next().is_some() {
                    return Err(err());
                }
                Ok(DataSet::Large {
                    queues,
                    hooks_per_queue,
                })
            }
        }
    }
}

impl fmt::Display for DataSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataSet::Demo => f.write_str("demo"),
            DataSet::Empty => f.write_str("empty"),
            DataSet::Large {
                queues,
                hooks_per_queue,
            } => write!(f, "large:{queues}:{hooks_per_queue}"),
        }
    }
}

impl DataSet {
    pub fn build(&self) -> SimData {
        match self {
            DataSet::Demo => demo(),
            DataSet::Empty => SimData {
                next_hook_id: 1,
                ..SimData::default()
            },
            DataSet::Large {
                queues,
                hooks_per_queue,
            } => large(*queues, *hooks_per_queue),
        }
    }
}

/// 2024-01-01T00:00:00Z in milliseconds: fixed, so two runs serve the same bytes.
const EPOCH_MS: i64 = 1_704_067_200_000;
const DAY_MS: i64 = 86_400_000;

#[rustfmt::skip]
const FLOWS: [(&str, FlowType, &str); 23] = [
    ("CRM: log call result", FlowType::Service, "Writes the attempt result to the CRM"),
    ("Zendesk ticket on missed call", FlowType::Service, "Opens a ticket when no agent answered"),
    ("Salesforce: update lead status", FlowType::Service, ""),
    ("Slack: notify supervisor", FlowType::Service, "Posts to #cc-supervisors"),
    ("Send SMS after missed call", FlowType::Service, ""),
    ("Post-call survey (SMS)", FlowType::Service, "One-question CSAT by SMS"),
    ("Webhook: sync attempt to data warehouse", FlowType::Service, ""),
    ("HubSpot: create follow-up task", FlowType::Service, ""),
    ("Callback scheduler", FlowType::Service, "Books a callback for the member"),
    ("Email summary to account manager", FlowType::Service, ""),
    ("DNC list update", FlowType::Service, "Adds opted-out numbers to the do-not-call list"),
    ("Agent wrap-up timer", FlowType::Service, ""),
    ("Default: member leaving cleanup", FlowType::Default, ""),
    ("Default: record disposition", FlowType::Default, ""),
    ("Legacy hook router", FlowType::Default, "Kept for the 2022 campaigns"),
    ("Main IVR", FlowType::Voice, ""),
    ("After hours voicemail", FlowType::Voice, ""),
    ("Outbound caller ID selector", FlowType::Voice, ""),
    ("Inbound support routing", FlowType::Voice, ""),
    ("Web chat bot", FlowType::Chat, ""),
    ("Telegram greeting", FlowType::Chat, ""),
    ("Post-processing form: sales", FlowType::Processing, ""),
    ("Post-processing form: collections", FlowType::Processing, ""),
];

const FIRST_FLOW_ID: i64 = 101;

fn flows() -> Vec<Flow> {
    FLOWS
        .iter()
        .zip(0i64..)
        .map(|((name, flow_type, description), i)| Flow {
            id: FIRST_FLOW_ID + i,
            name: (*name).to_string(),
            flow_type: *flow_type,
            description: (*description).to_string(),
            created_at: EPOCH_MS + i * DAY_MS,
            updated_at: EPOCH_MS + i * DAY_MS + 3_600_000,
            editor: *flow_type != FlowType::Default,
        })
        .collect()
}

fn team(id: i64) -> Option<Named> {
    let name = match id {
        1 => "Sales",
        2 => "Support",
        3 => "Collections",
        _ => "Retention",
    };
    Some(Named {
        id,
        name: name.to_string(),
    })
}

/// (event, flow id, enabled)
type HookSeed = (&'static str, i64, bool);

struct QueueSeed {
    name: &'static str,
    queue_type: i32,
    enabled: bool,
    description: &'static str,
    team: i64,
    processing: bool,
    hooks: &'static [HookSeed],
}

#[rustfmt::skip]
const DEMO_QUEUES: [QueueSeed; 16] = [
    QueueSeed { name: "Sales Progressive EU", queue_type: 4, enabled: true, description: "Outbound sales, EU leads", team: 1, processing: true, hooks: &[
        ("offering", 104, true), ("bridged", 101, true), ("missed", 102, true), ("leaving", 101, false),
        ("leaving", 113, true), ("processing", 122, true), ("missed", 105, false)] },
    QueueSeed { name: "Sales Progressive US", queue_type: 4, enabled: true, description: "Outbound sales, US leads", team: 1, processing: false, hooks: &[
        ("bridged", 103, true), ("missed", 105, true), ("leaving", 101, true), ("bridged", 108, false)] },
    QueueSeed { name: "Collections Progressive", queue_type: 4, enabled: true, description: "Overdue invoices, 30+ days", team: 3, processing: true, hooks: &[
        ("offering", 101, true), ("bridged", 101, false), ("leaving", 111, true), ("processing", 123, true), ("missed", 109, true)] },
    QueueSeed { name: "Renewals Progressive", queue_type: 4, enabled: true, description: "Contract renewals", team: 4, processing: false, hooks: &[
        ("bridged", 110, true), ("leaving", 114, true), ("joined", 107, false)] },
    QueueSeed { name: "Win-back Progressive", queue_type: 4, enabled: false, description: "Churned customers, paused", team: 4, processing: false, hooks: &[
        ("leaving", 115, false), ("missed", 106, false)] },
    QueueSeed { name: "Survey Progressive (new)", queue_type: 4, enabled: false, description: "", team: 2, processing: false, hooks: &[] },
    QueueSeed { name: "Support Inbound", queue_type: 1, enabled: true, description: "Main support line", team: 2, processing: true, hooks: &[
        ("joined", 107, true), ("answered", 101, true), ("missed", 102, true), ("leaving", 106, true), ("missed", 104, false)] },
    QueueSeed { name: "VIP Inbound", queue_type: 1, enabled: true, description: "Priority customers", team: 2, processing: false, hooks: &[
        ("joined", 104, true), ("missed", 104, true)] },
    QueueSeed { name: "Callback Requests", queue_type: 0, enabled: true, description: "Offline queue for web callback forms", team: 2, processing: false, hooks: &[
        ("active", 101, true), ("leaving", 109, true)] },
    QueueSeed { name: "Lead Preview", queue_type: 3, enabled: true, description: "Agents preview hot leads before dialling", team: 1, processing: false, hooks: &[
        ("active", 103, true), ("bridged", 101, true)] },
    QueueSeed { name: "Predictive Campaign Q3", queue_type: 5, enabled: true, description: "", team: 1, processing: false, hooks: &[
        ("bridged", 101, true), ("leaving", 107, true)] },
    QueueSeed { name: "Web Chat Support", queue_type: 6, enabled: true, description: "Chat from the website widget", team: 2, processing: false, hooks: &[
        ("joined", 104, true), ("leaving", 106, false)] },
    QueueSeed { name: "Customer Survey IVR", queue_type: 2, enabled: true, description: "", team: 2, processing: false, hooks: &[] },
    QueueSeed { name: "Back-office Tasks", queue_type: 7, enabled: true, description: "Manual follow-ups", team: 3, processing: false, hooks: &[
        ("leaving", 108, true)] },
    QueueSeed { name: "Telegram Chat", queue_type: 9, enabled: true, description: "", team: 2, processing: false, hooks: &[
        ("joined", 121, false)] },
    QueueSeed { name: "Outbound Callbacks", queue_type: 10, enabled: true, description: "Agent-initiated callbacks", team: 1, processing: false, hooks: &[
        ("bridged", 101, true), ("missed", 109, true)] },
];

fn demo() -> SimData {
    let mut data = SimData {
        queues: Vec::new(),
        flows: flows(),
        next_hook_id: 1,
    };
    for (seed, i) in DEMO_QUEUES.iter().zip(1i64..) {
        let hooks = seed
            .hooks
            .iter()
            .map(|(event, schema_id, enabled)| Hook {
                id: data.allocate_hook_id(),
                event: (*event).to_string(),
                schema_id: *schema_id,
                enabled: *enabled,
            })
            .collect();
        data.queues.push(Queue {
            id: i,
            name: seed.name.to_string(),
            queue_type: seed.queue_type,
            enabled: seed.enabled,
            description: seed.description.to_string(),
            team: team(seed.team),
            priority: if seed.queue_type == 4 { 10 } else { 0 },
            strategy: String::from("fifo"),
            processing: seed.processing,
            created_at: EPOCH_MS + i * DAY_MS,
            updated_at: EPOCH_MS + (i + 30) * DAY_MS,
            hooks,
        });
    }
    data
}

/// Queue types cycle with Progressive first, so that most generated queues are Progressive.
const LARGE_TYPES: [i32; 8] = [4, 4, 4, 1, 0, 3, 5, 6];

fn large(queues: usize, hooks_per_queue: usize) -> SimData {
    let mut data = SimData {
        queues: Vec::with_capacity(queues),
        flows: flows(),
        next_hook_id: 1,
    };
    let usable: Vec<i64> = data
        .flows
        .iter()
        .filter(|f| matches!(f.flow_type, FlowType::Service | FlowType::Default))
        .map(|f| f.id)
        .collect();
    for q in 0..queues {
        let qi = i64::try_from(q).unwrap_or(i64::MAX);
        let mut hooks = Vec::with_capacity(hooks_per_queue);
        for k in 0..hooks_per_queue {
            // Only the first hook of each event may be enabled, which keeps the unique rule.
            let first_of_event = k < EVENTS.len();
            let enabled = first_of_event && (q + k) % 4 != 3;
            hooks.push(Hook {
                id: data.allocate_hook_id(),
                event: EVENTS[k % EVENTS.len()].to_string(),
                schema_id: usable[(q * 7 + k) % usable.len()],
                enabled,
            });
        }
        let queue_type = LARGE_TYPES[q % LARGE_TYPES.len()];
        data.queues.push(Queue {
            id: qi + 1,
            name: format!("Queue {:05}", q + 1),
            queue_type,
            enabled: q % 10 != 9,
            description: if q % 3 == 0 {
                format!("Generated queue {} of {queues}", q + 1)
            } else {
                String::new()
            },
            team: team(qi % 4 + 1),
            priority: i32::try_from(q % 5).unwrap_or(0),
            strategy: String::from("fifo"),
            processing: q % 2 == 0,
            created_at: EPOCH_MS + qi * 60_000,
            updated_at: EPOCH_MS + qi * 60_000 + DAY_MS,
            hooks,
        });
    }
    data
}
