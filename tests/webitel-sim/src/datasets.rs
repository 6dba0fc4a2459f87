//! The data sets the sim starts with: `demo`, `empty` and `large:QUEUES:HOOKS`. All deterministic.

use std::fmt;
use std::str::FromStr;

use crate::data::{Flow, FlowType, Hook, Named, Queue, SimData, Team, AGENT_STATUS, EVENTS};

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum DataSet {
    #[default]
    Demo,
    /// The demo's queues, teams and flows under other ids, as a second server of the same
    /// tenant (staging beside production) has them: for importing an export of the demo.
    Staging,
    Empty,
    Large {
        queues: usize,
        hooks_per_queue: usize,
    },
}

#[derive(Debug, thiserror::Error)]
#[error(
    "unknown data set {0:?}: expected demo, staging, empty or large:QUEUES:HOOKS (e.g. large:200:10)"
)]
pub struct DataSetParseError(String);

impl FromStr for DataSet {
    type Err = DataSetParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DataSetParseError(s.to_string());
        match s.trim() {
            "demo" => Ok(DataSet::Demo),
            "staging" => Ok(DataSet::Staging),
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
            DataSet::Staging => f.write_str("staging"),
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
            DataSet::Staging => staging(),
            DataSet::Empty => SimData {
                next_hook_id: 1,
                next_team_hook_id: 1,
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

/// The four teams the queues point at, in id order from 1.
const TEAM_NAMES: [&str; 4] = ["Sales", "Support", "Collections", "Retention"];

fn team(id: i64) -> Option<Named> {
    let index = usize::try_from(id - 1)
        .unwrap_or(0)
        .min(TEAM_NAMES.len() - 1);
    Some(Named {
        id,
        name: TEAM_NAMES[index].to_string(),
    })
}

const STRATEGIES: [&str; 4] = [
    "round-robin",
    "longest-idle-agent",
    "top-down",
    "fewest-calls",
];

/// Team `id` (from 1) without hooks: the first four are named as the queues' `team` lookups
/// name them, later ones are numbered.
fn bare_team(id: i64, description: &str) -> Team {
    let index = usize::try_from(id - 1).unwrap_or(0);
    let name = match TEAM_NAMES.get(index) {
        Some(name) => (*name).to_string(),
        None => format!("Team {id:03}"),
    };
    Team {
        id,
        name,
        description: description.to_string(),
        strategy: STRATEGIES[index % STRATEGIES.len()].to_string(),
        max_no_answer: i32::try_from(index % 3).unwrap_or(0) + 1,
        wrap_up_time: if index % 2 == 0 { 15 } else { 0 },
        no_answer_delay_time: 5,
        call_timeout: 30,
        updated_at: EPOCH_MS + id * DAY_MS,
        hooks: Vec::new(),
    }
}

/// (team, description, hooks as (flow id, enabled)): every hook is `agent_status`, the one team
/// event; a team may have several enabled ones, since the engine's unique index is on
/// (team, flow) and not on the event.
#[rustfmt::skip]
const DEMO_TEAMS: [(&str, &[(i64, bool)]); 4] = [
    ("Outbound sales agents", &[(104, true), (112, true), (107, false)]),
    ("First-line support", &[(104, true), (110, false)]),
    ("", &[(107, true)]),
    ("Win-back and renewals", &[]),
];

fn demo_teams(data: &mut SimData) {
    for ((description, hooks), id) in DEMO_TEAMS.iter().zip(1i64..) {
        let mut team = bare_team(id, description);
        for (schema_id, enabled) in hooks.iter() {
            team.hooks.push(Hook {
                id: data.allocate_team_hook_id(),
                event: AGENT_STATUS.to_string(),
                schema_id: *schema_id,
                enabled: *enabled,
            });
        }
        data.teams.push(team);
    }
}

/// A generated set has a team per twenty queues (at least the four the queues point at), each
/// with two to ten hooks on distinct flows: 1,000 queues give 50 teams and 290 team hooks.
fn large_teams(data: &mut SimData, queues: usize, usable: &[i64]) {
    let teams = (queues / 20).max(TEAM_NAMES.len());
    for t in 0..teams {
        let id = i64::try_from(t).unwrap_or(i64::MAX - 1) + 1;
        let description = if t % 4 == 0 {
            format!("Generated team {id} of {teams}")
        } else {
            String::new()
        };
        let mut team = bare_team(id, &description);
        let count = (2 + t % 9).min(usable.len());
        for k in 0..count {
            team.hooks.push(Hook {
                id: data.allocate_team_hook_id(),
                event: AGENT_STATUS.to_string(),
                schema_id: usable[(t * 5 + k) % usable.len()],
                enabled: (t + k) % 5 != 4,
            });
        }
        data.teams.push(team);
    }
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
        flows: flows(),
        next_hook_id: 1,
        next_team_hook_id: 1,
        ..SimData::default()
    };
    demo_teams(&mut data);
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

/// What the staging set adds to the demo's ids: every id differs from the demo's.
pub const STAGING_QUEUE_SHIFT: i64 = 300;
pub const STAGING_TEAM_SHIFT: i64 = 40;
pub const STAGING_FLOW_SHIFT: i64 = 500;
/// The demo flow staging has not: a hook of it cannot be imported there.
pub const STAGING_MISSING_FLOW: &str = "Send SMS after missed call";

/// The demo under other ids (queues from 301, teams from 41, flows from 601, hooks from 7001,
/// team hooks from 8001), without the flow [`STAGING_MISSING_FLOW`], and with only these hooks:
/// in "Sales Progressive EU" an enabled Offering → "Slack: notify supervisor" (the demo's own)
/// and an enabled Bridged → "Salesforce: update lead status" (the demo's is another flow), and
/// in team Sales an enabled Agent status → "Slack: notify supervisor".
fn staging() -> SimData {
    let mut data = demo();
    data.flows.retain(|f| f.name != STAGING_MISSING_FLOW);
    for flow in &mut data.flows {
        flow.id += STAGING_FLOW_SHIFT;
    }
    data.next_hook_id = 7001;
    data.next_team_hook_id = 8001;
    let flow_id = |data: &SimData, name: &str| {
        data.flows
            .iter()
            .find(|f| f.name == name)
            .map_or(0, |f| f.id)
    };
    let slack = flow_id(&data, "Slack: notify supervisor");
    let salesforce = flow_id(&data, "Salesforce: update lead status");
    for team in &mut data.teams {
        team.id += STAGING_TEAM_SHIFT;
        team.hooks.clear();
    }
    for queue in &mut data.queues {
        queue.id += STAGING_QUEUE_SHIFT;
        queue.hooks.clear();
        if let Some(team) = &mut queue.team {
            team.id += STAGING_TEAM_SHIFT;
        }
    }
    let seeds = [("offering", slack), ("bridged", salesforce)];
    for (event, schema_id) in seeds {
        let id = data.allocate_hook_id();
        if let Some(queue) = data
            .queues
            .iter_mut()
            .find(|q| q.name == "Sales Progressive EU")
        {
            queue.hooks.push(Hook {
                id,
                event: event.to_string(),
                schema_id,
                enabled: true,
            });
        }
    }
    let id = data.allocate_team_hook_id();
    if let Some(team) = data.teams.iter_mut().find(|t| t.name == "Sales") {
        team.hooks.push(Hook {
            id,
            event: AGENT_STATUS.to_string(),
            schema_id: slack,
            enabled: true,
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
        next_team_hook_id: 1,
        ..SimData::default()
    };
    let usable: Vec<i64> = data
        .flows
        .iter()
        .filter(|f| matches!(f.flow_type, FlowType::Service | FlowType::Default))
        .map(|f| f.id)
        .collect();
    large_teams(&mut data, queues, &usable);
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn staging_names_the_demos_queues_teams_and_flows_under_other_ids() {
        assert_eq!("staging".parse::<DataSet>().unwrap(), DataSet::Staging);
        assert_eq!(DataSet::Staging.to_string(), "staging");
        let (demo, staging) = (DataSet::Demo.build(), DataSet::Staging.build());
        let names =
            |d: &SimData| -> BTreeSet<String> { d.queues.iter().map(|q| q.name.clone()).collect() };
        assert_eq!(names(&demo), names(&staging));
        let ids = |d: &SimData| -> BTreeSet<i64> { d.queues.iter().map(|q| q.id).collect() };
        assert!(ids(&demo).is_disjoint(&ids(&staging)));
        let flow_ids = |d: &SimData| -> BTreeSet<i64> { d.flows.iter().map(|f| f.id).collect() };
        assert!(flow_ids(&demo).is_disjoint(&flow_ids(&staging)));
        let flow_names: BTreeSet<&str> = staging.flows.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(flow_names.len(), demo.flows.len() - 1);
        assert!(!flow_names.contains(STAGING_MISSING_FLOW));
        // Every hook and team names a flow and a team staging has.
        for queue in &staging.queues {
            for hook in &queue.hooks {
                assert!(staging.flow(hook.schema_id).is_some());
            }
            if let Some(team) = &queue.team {
                assert!(staging.team(team.id).is_some_and(|t| t.name == team.name));
            }
        }
        let hooks: usize = staging.queues.iter().map(|q| q.hooks.len()).sum();
        let team_hooks: usize = staging.teams.iter().map(|t| t.hooks.len()).sum();
        assert_eq!((hooks, team_hooks), (2, 1));
    }
}
