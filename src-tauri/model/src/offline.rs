//! Offline work: the sync's progress, the all-queues registry read from the cache, changes
//! waiting to be sent, and conflicts with what the server has.

use serde::{Deserialize, Serialize};

use crate::{
    AppError, FlowRef, Hook, HookEvent, HookId, HookOwner, OwnerKind, PageSize, QueueType,
    SchemaId, Sort,
};

/// A sync run's life, as the `sync-run` event tells it: every run sends one `Started`, then any
/// number of `Progress`, then one `Ended`, in that order, each with the run's number. A view
/// re-reads what it shows on `Ended`, never by comparing statuses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SyncRun {
    Started {
        run: u64,
    },
    /// `done` of `total` queues read; `total` is 0 while the queues are still being listed.
    Progress {
        run: u64,
        done: u32,
        total: u32,
    },
    Ended(RunOutcome),
}

impl SyncRun {
    /// The number of the run the event belongs to (1 for the first since the app started).
    pub fn run(&self) -> u64 {
        match self {
            SyncRun::Started { run } | SyncRun::Progress { run, .. } => *run,
            SyncRun::Ended(outcome) => outcome.run,
        }
    }
}

/// What a sync run found, told once, at its end.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RunOutcome {
    pub run: u64,
    /// Queues the run listed, and how many of them could not be read.
    pub queues: u32,
    pub failed_queues: u32,
    /// Changes from the outbox the server took in this run.
    pub sent: u32,
    /// Changes that met a conflict in this run (each waits for the user's choice).
    pub new_conflicts: u32,
    /// After the run: changes still waiting (conflicts included), and conflicts.
    pub pending: u32,
    pub conflicts: u32,
    /// Hooks found changed, added or removed on the server by someone else since the cache last
    /// read them (0 on the first run of a fresh cache).
    pub changed_on_server: u32,
    /// Hooks the server listed that could not be read (left out; their queues' cached hooks
    /// kept as they were).
    #[serde(default)]
    pub skipped_hooks: u32,
    /// The server could not be reached: the run ended early; what waits stays in the outbox.
    pub offline: bool,
    /// What went wrong, when something did.
    pub error: Option<AppError>,
    /// Unix milliseconds of the run's end, when it read every queue.
    pub synced_at: Option<i64>,
}

/// Where the background sync stands; the payload of the `sync-status` event.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SyncStatus {
    pub running: bool,
    /// Queues synced so far in this run.
    pub done: u32,
    /// Queues to sync in this run.
    pub total: u32,
    /// Unix milliseconds of the last sync that read every queue; `None` before the first.
    pub last_synced_at: Option<i64>,
    /// What went wrong in the last run.
    pub last_error: Option<AppError>,
    /// The server could not be reached: the app works from its cache.
    pub offline: bool,
    /// Changes waiting in the outbox (conflicts included).
    #[serde(default)]
    pub pending: u32,
    /// Changes waiting for the user's choice.
    #[serde(default)]
    pub conflicts: u32,
    /// Hooks the last finished run found changed, added or removed on the server by someone
    /// else since the cache last read them (0 on the first run of a fresh cache).
    #[serde(default)]
    pub changed_on_server: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HookState {
    Enabled,
    Disabled,
}

/// The all-queues registry's sortable columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistryColumn {
    /// The queue's or the team's name.
    Queue,
    Event,
    Flow,
    State,
}

/// The all-queues registry, sorted in the cache.
pub type RegistrySort = Sort<RegistryColumn>;

/// Filters of the all-queues registry; an empty list or `None` does not filter. The default is
/// the first page, unfiltered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListAllHooksArgs {
    /// Only these queues' and teams' hooks.
    pub owners: Vec<HookOwner>,
    /// Only queues' hooks, or only teams'.
    #[serde(default)]
    pub kinds: Vec<OwnerKind>,
    /// Only the hooks of queues of these types (a team has no type: its hooks are left out).
    pub queue_types: Vec<QueueType>,
    pub events: Vec<HookEvent>,
    pub flow_ids: Vec<SchemaId>,
    pub state: Option<HookState>,
    /// Only hooks with (or without) a change waiting to be sent.
    pub pending: Option<bool>,
    /// Only hooks with (or without) a conflict waiting for the user's choice.
    pub conflict: Option<bool>,
    /// Part of the queue's name, the flow's name or the event; empty for all.
    pub search: String,
    /// `None`: by queue, then event.
    pub sort: Option<RegistrySort>,
    /// 1-based.
    pub page: u32,
    pub size: PageSize,
}

impl Default for ListAllHooksArgs {
    fn default() -> Self {
        ListAllHooksArgs {
            owners: Vec::new(),
            kinds: Vec::new(),
            queue_types: Vec::new(),
            events: Vec::new(),
            flow_ids: Vec::new(),
            state: None,
            pending: None,
            conflict: None,
            search: String::new(),
            sort: None,
            page: 1,
            size: PageSize::DEFAULT,
        }
    }
}

/// One hook as a registry shows it, in a queue's or team's registry and in the all-hooks one:
/// with its owner's name and its offline marks, so that one answer draws the row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HookRow {
    pub hook: Hook,
    /// The queue's or the team's name.
    pub owner_name: String,
    /// The queue's type; `None` for a team's hook.
    pub queue_type: Option<QueueType>,
    /// A change of this hook waits in the outbox. A row read from the cache shows `hook` with
    /// the change applied; a queue's page read from the server shows the server's hook.
    pub pending: bool,
    /// A change of this hook conflicts with the server and waits for the user's choice.
    pub conflict: bool,
    /// Unix milliseconds of the last read of this hook from the server.
    pub synced_at: i64,
}

impl HookRow {
    /// The row's hook id, unique within its owner only.
    pub fn id(&self) -> HookId {
        self.hook.id
    }

    /// What names the row among every owner's: its owner and its hook id (a queue's hook and a
    /// team's may share an id).
    pub fn key(&self) -> (HookOwner, HookId) {
        (self.hook.owner, self.hook.id)
    }
}

/// One page of the all-queues registry: the same [`HookRow`]s as a queue's page
/// (`Page<HookRow>`), with what only the cache knows besides. The all-queues page is cut from the
/// cache, which can count the rows on every page and says when it was last filled; a queue's page
/// comes from the server, which counts nothing, so it has neither and stays a `Page`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistryPage {
    pub items: Vec<HookRow>,
    /// 1-based.
    pub page: u32,
    pub next: bool,
    /// Rows matching the filters, on every page.
    pub total: u64,
    /// Unix milliseconds of the last full sync; `None` before the first.
    pub synced_at: Option<i64>,
}

/// A queue or a team as the all-hooks registry's filter names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnerName {
    pub owner: HookOwner,
    /// Empty when the owner is not cached (its hooks were read before the list of them).
    pub name: String,
}

/// The choices of the all-queues registry's queue and flow filters: those the cached hooks
/// name, so that every choice finds something, each by name (ties by id). Queue types and
/// events are few and known: the window offers them all.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RegistryChoices {
    pub owners: Vec<OwnerName>,
    pub flows: Vec<FlowRef>,
}

/// A change's place in the outbox (its order of sending).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChangeId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Create,
    Update,
    Toggle,
    Delete,
}

/// A change made offline, waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingChange {
    pub id: ChangeId,
    pub kind: ChangeKind,
    pub owner: HookOwner,
    /// The hook's id; for a hook created offline, a negative stand-in until the server gives one.
    pub hook_id: HookId,
    /// The hook as the user saw it when making the change; `None` for a create.
    pub base: Option<Hook>,
    /// The hook as the change leaves it; `None` for a delete.
    pub mine: Option<Hook>,
    /// Unix milliseconds.
    pub queued_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictReason {
    /// The hook was changed on the server after the user saw it.
    ChangedOnServer,
    /// The hook was deleted on the server after the user saw it.
    DeletedOnServer,
    /// The server refused the change: another hook of the event is enabled on the queue.
    RefusedByServer,
    /// The hook's queue was deleted on the server (or the user may no longer read it) while
    /// the change waited.
    QueueDeletedOnServer,
}

/// A pending change that cannot be sent without the user's choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub change: PendingChange,
    pub reason: ConflictReason,
    /// The server's version now; `None` when it is gone there.
    pub theirs: Option<Hook>,
    /// What happened, worded in the window's language.
    pub error: crate::AppError,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictChoice {
    /// Send my change over the server's version.
    KeepMine,
    /// Drop my change and keep the server's version.
    TakeTheirs,
    /// Drop my change and read the hook again.
    Discard,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolveConflictArgs {
    pub change_id: ChangeId,
    pub choice: ConflictChoice,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_status_round_trips() {
        let s = SyncStatus {
            running: true,
            done: 3,
            total: 10,
            last_synced_at: Some(5),
            last_error: None,
            offline: false,
            pending: 2,
            conflicts: 1,
            changed_on_server: 4,
        };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<SyncStatus>(&json).unwrap(), s);
    }
}
