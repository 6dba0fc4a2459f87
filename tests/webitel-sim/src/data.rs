//! The sim's in-memory store: queues with their hooks, flow schemas, teams with their hooks.
//!
//! Tests reach it through `SimServer::with_data` to change things behind a client's back, so
//! every field is public and no method here enforces the engine's rules: the routes do that.

use std::time::{SystemTime, UNIX_EPOCH};

/// A lookup `{id, name}`, as the engine returns for a team or a schema reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub id: i64,
    pub name: String,
}

/// Flow schema types, spelled by the API as lowercase enum names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FlowType {
    Default,
    Voice,
    Chat,
    Processing,
    Service,
}

impl FlowType {
    pub const ALL: [FlowType; 5] = [
        FlowType::Default,
        FlowType::Voice,
        FlowType::Chat,
        FlowType::Processing,
        FlowType::Service,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FlowType::Default => "default",
            FlowType::Voice => "voice",
            FlowType::Chat => "chat",
            FlowType::Processing => "processing",
            FlowType::Service => "service",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(s))
    }
}

#[derive(Clone, Debug)]
pub struct Flow {
    pub id: i64,
    pub name: String,
    pub flow_type: FlowType,
    pub description: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub editor: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hook {
    pub id: u32,
    pub event: String,
    pub schema_id: i64,
    pub enabled: bool,
}

#[derive(Clone, Debug)]
pub struct Queue {
    pub id: i64,
    pub name: String,
    /// 0 offline, 1 inbound, 2 IVR, 3 preview, 4 progressive, 5 predictive, 6 inbound chat, ...
    pub queue_type: i32,
    pub enabled: bool,
    pub description: String,
    pub team: Option<Named>,
    pub priority: i32,
    pub strategy: String,
    pub processing: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub hooks: Vec<Hook>,
}

/// Progressive Dialer, the queue type this app is mostly about.
pub const PROGRESSIVE: i32 = 4;

/// The eight hook events, in the official UI's order.
pub const EVENTS: [&str; 8] = [
    "joined",
    "answered",
    "offering",
    "bridged",
    "missed",
    "leaving",
    "processing",
    "active",
];

/// An agent team (`cc_team`), as much of it as the team list shows, with its hooks
/// (`cc_team_events`).
#[derive(Clone, Debug)]
pub struct Team {
    pub id: i64,
    pub name: String,
    pub description: String,
    /// How the team offers calls to its agents, e.g. `round-robin`, `longest-idle-agent`.
    pub strategy: String,
    pub max_no_answer: i32,
    pub wrap_up_time: i32,
    pub no_answer_delay_time: i32,
    pub call_timeout: i32,
    pub updated_at: i64,
    pub hooks: Vec<Hook>,
}

/// The one event a team hook knows (the engine's `TeamHookEvent` enum, value 1).
pub const AGENT_STATUS: &str = "agent_status";

#[derive(Clone, Debug, Default)]
pub struct SimData {
    pub queues: Vec<Queue>,
    pub flows: Vec<Flow>,
    pub next_hook_id: u32,
    pub teams: Vec<Team>,
    /// Team hooks live in their own table with its own id sequence, so a team hook may carry
    /// the same id as a queue hook.
    pub next_team_hook_id: u32,
}

/// Milliseconds since the Unix epoch, the engine's unit for `created_at` and `updated_at`.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl SimData {
    pub fn queue(&self, id: i64) -> Option<&Queue> {
        self.queues.iter().find(|q| q.id == id)
    }

    pub fn queue_mut(&mut self, id: i64) -> Option<&mut Queue> {
        self.queues.iter_mut().find(|q| q.id == id)
    }

    pub fn flow(&self, id: i64) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }

    /// Name of the flow a hook points at; empty when the flow is gone, as a LEFT JOIN would give.
    pub fn flow_name(&self, id: i64) -> &str {
        self.flow(id).map(|f| f.name.as_str()).unwrap_or("")
    }

    /// The first queue (by id) of a queue type that has at least one hook.
    pub fn queue_of_type_with_hooks(&self, queue_type: i32) -> Option<i64> {
        self.queues
            .iter()
            .find(|q| q.queue_type == queue_type && !q.hooks.is_empty())
            .map(|q| q.id)
    }

    /// The first Progressive Dialer queue that has hooks.
    pub fn progressive_queue_id(&self) -> Option<i64> {
        self.queue_of_type_with_hooks(PROGRESSIVE)
    }

    pub fn queue_ids_of_type(&self, queue_type: i32) -> Vec<i64> {
        self.queues
            .iter()
            .filter(|q| q.queue_type == queue_type)
            .map(|q| q.id)
            .collect()
    }

    pub fn queue_without_hooks(&self) -> Option<i64> {
        self.queues
            .iter()
            .find(|q| q.hooks.is_empty())
            .map(|q| q.id)
    }

    pub fn flow_ids_of_type(&self, flow_type: FlowType) -> Vec<i64> {
        self.flows
            .iter()
            .filter(|f| f.flow_type == flow_type)
            .map(|f| f.id)
            .collect()
    }

    /// The hook and the id of its queue.
    pub fn find_hook(&self, hook_id: u32) -> Option<(i64, &Hook)> {
        self.queues
            .iter()
            .find_map(|q| q.hooks.iter().find(|h| h.id == hook_id).map(|h| (q.id, h)))
    }

    pub fn hook_count(&self) -> usize {
        self.queues.iter().map(|q| q.hooks.len()).sum()
    }

    pub fn allocate_hook_id(&mut self) -> u32 {
        self.next_hook_id = self.next_hook_id.max(1);
        let id = self.next_hook_id;
        self.next_hook_id = self.next_hook_id.saturating_add(1);
        id
    }

    /// Adds a hook without checking any rule (a test may want a state the engine refuses), and
    /// bumps the queue's `updated_at`. `None` when the queue does not exist.
    pub fn add_hook(
        &mut self,
        queue_id: i64,
        event: &str,
        schema_id: i64,
        enabled: bool,
    ) -> Option<u32> {
        self.queue(queue_id)?;
        let id = self.allocate_hook_id();
        let queue = self.queue_mut(queue_id)?;
        queue.hooks.push(Hook {
            id,
            event: event.to_string(),
            schema_id,
            enabled,
        });
        touch(queue);
        Some(id)
    }

    /// Deletes a queue, and with it its hooks, as the engine does.
    pub fn remove_queue(&mut self, queue_id: i64) -> Option<Queue> {
        let pos = self.queues.iter().position(|q| q.id == queue_id)?;
        Some(self.queues.remove(pos))
    }

    /// Removes a hook wherever it is; bumps its queue's `updated_at`.
    pub fn remove_hook(&mut self, hook_id: u32) -> Option<Hook> {
        for queue in &mut self.queues {
            if let Some(pos) = queue.hooks.iter().position(|h| h.id == hook_id) {
                let hook = queue.hooks.remove(pos);
                touch(queue);
                return Some(hook);
            }
        }
        None
    }

    /// Changes a hook in place with `f`; bumps its queue's `updated_at`.
    pub fn update_hook<R>(&mut self, hook_id: u32, f: impl FnOnce(&mut Hook) -> R) -> Option<R> {
        for queue in &mut self.queues {
            if let Some(hook) = queue.hooks.iter_mut().find(|h| h.id == hook_id) {
                let r = f(hook);
                touch(queue);
                return Some(r);
            }
        }
        None
    }
}

impl SimData {
    pub fn team(&self, id: i64) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }

    pub fn team_mut(&mut self, id: i64) -> Option<&mut Team> {
        self.teams.iter_mut().find(|t| t.id == id)
    }

    /// The first team (by position) that has at least one hook.
    pub fn team_with_hooks(&self) -> Option<i64> {
        self.teams
            .iter()
            .find(|t| !t.hooks.is_empty())
            .map(|t| t.id)
    }

    pub fn team_hook_count(&self) -> usize {
        self.teams.iter().map(|t| t.hooks.len()).sum()
    }

    pub fn allocate_team_hook_id(&mut self) -> u32 {
        self.next_team_hook_id = self.next_team_hook_id.max(1);
        let id = self.next_team_hook_id;
        self.next_team_hook_id = self.next_team_hook_id.saturating_add(1);
        id
    }

    /// Adds a team hook without checking any rule (a test may want a state the engine
    /// refuses). `None` when the team does not exist. The team's `updated_at` stays: the
    /// engine's team hook store writes `cc_team_events` only.
    pub fn add_team_hook(
        &mut self,
        team_id: i64,
        event: &str,
        schema_id: i64,
        enabled: bool,
    ) -> Option<u32> {
        self.team(team_id)?;
        let id = self.allocate_team_hook_id();
        self.team_mut(team_id)?.hooks.push(Hook {
            id,
            event: event.to_string(),
            schema_id,
            enabled,
        });
        Some(id)
    }
}

/// Moves `updated_at` forward, strictly, even when two changes fall in the same millisecond:
/// clients compare it to notice a change.
pub fn touch(queue: &mut Queue) {
    queue.updated_at = now_ms().max(queue.updated_at.saturating_add(1));
}
