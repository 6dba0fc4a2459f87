//! The all-queues registry: every cached hook of every queue, filtered, searched, sorted and
//! paged in the cache. The filters, the order and the page live here; the rows are one page.

use std::collections::BTreeMap;
use std::rc::Rc;

use webitel_hooks_model::{
    FlowRef, Hook, HookEvent, HookId, HookState, ListAllHooksArgs, PageSize, QueueId, QueueType,
    RegistryColumn, RegistryPage, RegistryRow, RegistrySort, SchemaId, SortDirection,
};

/// What the filters hold; `None` (and `false`) do not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub search: String,
    pub queue: Option<QueueId>,
    pub queue_type: Option<QueueType>,
    pub event: Option<HookEvent>,
    pub flow: Option<SchemaId>,
    pub state: Option<HookState>,
    pub only_pending: bool,
    pub only_conflicts: bool,
}

/// The choices of the queue and flow filters: those the cached hooks name, so that every
/// choice finds something. (Queue types and events are few and known: all are offered.)
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilterOptions {
    /// By name.
    pub queues: Vec<(QueueId, String)>,
    /// By name.
    pub flows: Vec<FlowRef>,
}

impl FilterOptions {
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = &'a RegistryRow>) -> FilterOptions {
        let mut queues = BTreeMap::new();
        let mut flows = BTreeMap::new();
        for row in rows {
            queues.insert(row.hook.queue_id, row.queue_name.clone());
            flows.insert(row.hook.flow.id, row.hook.flow.name.clone());
        }
        let mut queues: Vec<(QueueId, String)> = queues.into_iter().collect();
        queues.sort_by_key(|(id, name)| (name.to_lowercase(), *id));
        let mut flows: Vec<FlowRef> = flows
            .into_iter()
            .map(|(id, name)| FlowRef { id, name })
            .collect();
        flows.sort_by_key(|f| (f.name.to_lowercase(), f.id));
        FilterOptions { queues, flows }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AllQueuesState {
    pub filters: Filters,
    /// `None`: by queue, then event.
    pub sort: Option<RegistrySort>,
    /// 1-based.
    pub page: u32,
    pub size: PageSize,
    pub rows: Rc<Vec<RegistryRow>>,
    /// Rows matching the filters, on every page.
    pub total: u64,
    pub next: bool,
    pub loading: bool,
    /// Bumped for every read; an answer to an older one is dropped.
    pub request: u64,
    /// The read waits for a pause in typing.
    pub debounce: bool,
    /// Shown at least once: refreshes read only then.
    pub opened: bool,
    pub options: Rc<FilterOptions>,
    /// Bumped when the filters' choices must be read again.
    pub options_request: u64,
}

impl Default for AllQueuesState {
    fn default() -> Self {
        AllQueuesState {
            filters: Filters::default(),
            sort: None,
            page: 1,
            size: PageSize::DEFAULT,
            rows: Rc::default(),
            total: 0,
            next: false,
            loading: false,
            request: 0,
            debounce: false,
            opened: false,
            options: Rc::default(),
            options_request: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The view is shown: read it the first time (later it shows as it was left, read again).
    Open,
    Search(String),
    FilterQueue(Option<QueueId>),
    FilterQueueType(Option<QueueType>),
    FilterEvent(Option<HookEvent>),
    FilterFlow(Option<SchemaId>),
    FilterState(Option<HookState>),
    OnlyPending(bool),
    OnlyConflicts(bool),
    SortBy(RegistryColumn),
    SetSize(PageSize),
    NextPage,
    PreviousPage,
    /// Read the page again in place; `options`: the filters' choices too (a sync ended).
    Refresh {
        options: bool,
    },
    Loaded {
        request: u64,
        page: RegistryPage,
    },
    LoadFailed {
        request: u64,
    },
    OptionsLoaded {
        request: u64,
        options: FilterOptions,
    },
    /// The switch moved: shown at once, before the answer.
    SetEnabled {
        id: HookId,
        enabled: bool,
    },
    /// The switch was refused: back to where it was.
    EnabledFailed {
        id: HookId,
        enabled: bool,
    },
    /// The answer to a switch (applied online, or kept in the outbox).
    HookSaved(Hook),
    /// A hook was deleted: its row goes at once, then the page is read again (one back when
    /// it emptied).
    Deleted(HookId),
}

/// The next order of a header click: ascending, descending, then the default.
fn cycle(current: Option<RegistrySort>, column: RegistryColumn) -> Option<RegistrySort> {
    match current {
        Some(sort) if sort.column == column => match sort.direction {
            SortDirection::Ascending => Some(RegistrySort {
                column,
                direction: SortDirection::Descending,
            }),
            SortDirection::Descending => None,
        },
        _ => Some(RegistrySort {
            column,
            direction: SortDirection::Ascending,
        }),
    }
}

impl AllQueuesState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Open => {
                if !self.opened {
                    self.opened = true;
                    self.options_request += 1;
                }
                self.read(false);
            }
            Action::Search(search) => {
                if search != self.filters.search {
                    self.filters.search = search;
                    self.page = 1;
                    self.read(true);
                }
            }
            Action::FilterQueue(v) => self.filter(|f| f.queue = v),
            Action::FilterQueueType(v) => self.filter(|f| f.queue_type = v),
            Action::FilterEvent(v) => self.filter(|f| f.event = v),
            Action::FilterFlow(v) => self.filter(|f| f.flow = v),
            Action::FilterState(v) => self.filter(|f| f.state = v),
            Action::OnlyPending(v) => self.filter(|f| f.only_pending = v),
            Action::OnlyConflicts(v) => self.filter(|f| f.only_conflicts = v),
            Action::SortBy(column) => {
                self.sort = cycle(self.sort, column);
                self.page = 1;
                self.read(false);
            }
            Action::SetSize(size) => {
                if size != self.size {
                    self.size = size;
                    self.page = 1;
                    self.read(false);
                }
            }
            Action::NextPage => {
                if self.next && !self.loading {
                    self.page += 1;
                    self.read(false);
                }
            }
            Action::PreviousPage => {
                if self.page > 1 && !self.loading {
                    self.page -= 1;
                    self.read(false);
                }
            }
            Action::Refresh { options } => {
                if self.opened {
                    self.read(false);
                    if options {
                        self.options_request += 1;
                    }
                }
            }
            Action::Loaded { request, page } => {
                if request != self.request {
                    return;
                }
                if page.items.is_empty() && self.page > 1 {
                    // The page emptied (filtered, deleted or synced away): the one before it.
                    self.page = self.page.saturating_sub(1).max(1);
                    self.read(false);
                    return;
                }
                self.rows = Rc::new(page.items);
                self.total = page.total;
                self.next = page.next;
                self.loading = false;
            }
            Action::LoadFailed { request } => {
                if request == self.request {
                    self.loading = false;
                }
            }
            Action::OptionsLoaded { request, options } => {
                if request == self.options_request && *self.options != options {
                    self.options = Rc::new(options);
                }
            }
            Action::SetEnabled { id, enabled } | Action::EnabledFailed { id, enabled } => {
                if let Some(row) = Rc::make_mut(&mut self.rows)
                    .iter_mut()
                    .find(|r| r.hook.id == id)
                {
                    row.hook.enabled = enabled;
                }
            }
            Action::HookSaved(hook) => {
                if let Some(row) = Rc::make_mut(&mut self.rows)
                    .iter_mut()
                    .find(|r| r.hook.id == hook.id && r.hook.queue_id == hook.queue_id)
                {
                    row.hook = hook;
                }
            }
            Action::Deleted(id) => {
                if self.rows.iter().any(|r| r.hook.id == id) {
                    Rc::make_mut(&mut self.rows).retain(|r| r.hook.id != id);
                    self.total = self.total.saturating_sub(1);
                }
                self.read(false);
            }
        }
    }

    fn filter(&mut self, change: impl FnOnce(&mut Filters)) {
        let before = self.filters.clone();
        change(&mut self.filters);
        if self.filters != before {
            self.page = 1;
            self.read(false);
        }
    }

    fn read(&mut self, debounce: bool) {
        self.request += 1;
        self.loading = true;
        self.debounce = debounce;
    }

    /// The request for the page shown now.
    pub fn args(&self) -> ListAllHooksArgs {
        let f = &self.filters;
        ListAllHooksArgs {
            queue_ids: f.queue.into_iter().collect(),
            queue_types: f.queue_type.into_iter().collect(),
            events: f.event.clone().into_iter().collect(),
            flow_ids: f.flow.into_iter().collect(),
            state: f.state,
            pending: f.only_pending.then_some(true),
            conflict: f.only_conflicts.then_some(true),
            search: f.search.trim().to_owned(),
            sort: self.sort,
            page: self.page,
            size: self.size,
        }
    }
}

reducible_by_apply!(AllQueuesState);

#[cfg(test)]
mod tests;
