//! The Hooks tab's vocabulary: queues, flows, hooks and drafts, pages and their sizes, the
//! generic sort of a registry, permissions, and what a bulk delete reports.

use serde::{Deserialize, Serialize};

use crate::{
    AppError, HookEvent, HookId, HookKey, HookOwner, QueueId, QueueType, SchemaId, TeamId,
};

/// A queue as the queue picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queue {
    pub id: QueueId,
    pub name: String,
    pub queue_type: QueueType,
    pub enabled: bool,
    /// The team's name, when the queue has one.
    pub team: Option<String>,
}

/// A team of agents as the picker shows it; its hooks start on `agent_status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub id: TeamId,
    pub name: String,
}

/// A flow schema as a hook names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FlowRef {
    pub id: SchemaId,
    pub name: String,
}

/// One hook of one queue or team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hook {
    pub id: HookId,
    pub owner: HookOwner,
    pub event: HookEvent,
    pub flow: FlowRef,
    pub enabled: bool,
}

/// What the user fills in the "Add hook" / "Edit hook" modal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HookDraft {
    pub event: HookEvent,
    pub flow_id: SchemaId,
}

/// The registry's sortable columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HookColumn {
    Event,
    Flow,
    State,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortDirection {
    Ascending,
    Descending,
}

/// One column sorted one way; a registry sorts by at most one column at a time. `C` is the
/// registry's set of sortable columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sort<C> {
    pub column: C,
    pub direction: SortDirection,
}

impl<C: Copy + PartialEq> Sort<C> {
    /// The next state of a column header click: ascending, descending, then none (the
    /// registry's own order).
    pub fn cycle(current: Option<Sort<C>>, column: C) -> Option<Sort<C>> {
        match current {
            Some(sort) if sort.column == column => match sort.direction {
                SortDirection::Ascending => Some(Sort {
                    column,
                    direction: SortDirection::Descending,
                }),
                SortDirection::Descending => None,
            },
            _ => Some(Sort {
                column,
                direction: SortDirection::Ascending,
            }),
        }
    }
}

/// A queue's registry, sorted on the server.
pub type HookSort = Sort<HookColumn>;

impl Sort<HookColumn> {
    /// The registry's order before the user picks one: event ascending.
    pub const DEFAULT: HookSort = HookSort {
        column: HookColumn::Event,
        direction: SortDirection::Ascending,
    };
}

/// Rows per page, as the official admin accepts them: 1 to 1000, anything else means 10.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PageSize(u32);

impl PageSize {
    pub const DEFAULT: PageSize = PageSize(10);
    pub const MAX: u32 = 1000;

    pub fn new(rows: i64) -> PageSize {
        match u32::try_from(rows) {
            Ok(rows @ 1..=PageSize::MAX) => PageSize(rows),
            _ => PageSize::DEFAULT,
        }
    }

    /// Reads what the user typed; anything that is not a size from 1 to 1000 falls back to 10.
    pub fn parse(text: &str) -> PageSize {
        text.trim()
            .parse::<i64>()
            .map_or(PageSize::DEFAULT, PageSize::new)
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for PageSize {
    fn default() -> Self {
        PageSize::DEFAULT
    }
}

/// One page of a registry; the server gives no total, only whether more rows exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// 1-based.
    pub page: u32,
    pub next: bool,
    /// Rows of the server's answer that could not be read (a field of a type this app does not
    /// know) and are not in `items`: the page says so rather than hide the others.
    #[serde(default)]
    pub skipped: u32,
}

/// What the signed-in user may do, from the server's `/userinfo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Permissions {
    /// A queue's hooks: `r` on `cc_queue`.
    pub read_hooks: bool,
    /// `r` and `w` on `cc_queue`.
    pub change_hooks: bool,
    pub read_flows: bool,
    /// A team's hooks: `r` on `cc_team` (webitel/engine's team hook API checks the team).
    #[serde(default)]
    pub read_team_hooks: bool,
    /// `r` and `w` on `cc_team`.
    #[serde(default)]
    pub change_team_hooks: bool,
}

impl Permissions {
    /// Whether the user may read `owner`'s hooks.
    pub fn may_read(&self, owner: HookOwner) -> bool {
        match owner {
            HookOwner::Queue(_) => self.read_hooks,
            HookOwner::Team(_) => self.read_team_hooks,
        }
    }

    /// Whether the user may add, change and delete `owner`'s hooks.
    pub fn may_change(&self, owner: HookOwner) -> bool {
        match owner {
            HookOwner::Queue(_) => self.change_hooks,
            HookOwner::Team(_) => self.change_team_hooks,
        }
    }
}

/// The outcome of deleting several hooks: which went, and which failed with the server's words.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DeleteReport {
    pub deleted: Vec<HookId>,
    pub failed: Vec<DeleteFailure>,
}

/// The outcome of switching several hooks to one state: which were switched (online, or kept in
/// the outbox offline), which already were so and were left alone, and which were not switched,
/// each with why.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SwitchReport {
    pub switched: Vec<HookKey>,
    pub unchanged: Vec<HookKey>,
    pub failed: Vec<SwitchFailure>,
}

/// A hook as a report names it: its event and flow, and where several queues' or teams' hooks
/// are listed, its queue's or team's name ("Sales EU: Bridged → CRM flow"). Data, so that the
/// window words it in its language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HookLabel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    pub event: HookEvent,
    /// The flow's name; empty when not known.
    pub flow: String,
}

impl HookLabel {
    pub fn new(event: HookEvent, flow: impl Into<String>) -> Self {
        HookLabel {
            owner: None,
            event,
            flow: flow.into(),
        }
    }

    /// The label of `hook` as it is (event and flow).
    pub fn of(hook: &Hook) -> Self {
        HookLabel::new(hook.event.clone(), hook.flow.name.clone())
    }

    /// The same label, naming the queue or team too.
    pub fn in_owner(self, owner: impl Into<String>) -> Self {
        HookLabel {
            owner: Some(owner.into()),
            ..self
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SwitchFailure {
    pub hook: HookKey,
    /// The hook's event and flow as the user saw them, to name it in the message.
    pub label: HookLabel,
    /// Why, as a command's error would say it.
    pub error: AppError,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteFailure {
    pub hook_id: HookId,
    /// The hook's event and flow as the user saw them, to name it in the message.
    pub label: HookLabel,
    pub error: AppError,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_cycles_ascending_descending_none() {
        let asc = HookSort::cycle(None, HookColumn::Flow);
        assert_eq!(asc.map(|s| s.direction), Some(SortDirection::Ascending));
        let desc = HookSort::cycle(asc, HookColumn::Flow);
        assert_eq!(desc.map(|s| s.direction), Some(SortDirection::Descending));
        assert_eq!(HookSort::cycle(desc, HookColumn::Flow), None);
        let other = HookSort::cycle(desc, HookColumn::State);
        assert_eq!(
            other,
            Some(HookSort {
                column: HookColumn::State,
                direction: SortDirection::Ascending
            })
        );
    }

    #[test]
    fn page_size_outside_one_to_thousand_falls_back_to_ten() {
        assert_eq!(PageSize::parse("25").get(), 25);
        assert_eq!(PageSize::parse("1000").get(), 1000);
        for bad in ["0", "1001", "-3", "ten", "", "2.5"] {
            assert_eq!(PageSize::parse(bad).get(), 10, "{bad:?}");
        }
    }
}
