//! The all-queues registry: every cached hook of every queue, filtered, searched, sorted and
//! paged in the cache. The filters, the order and the page live here; the rows are one page.

use std::rc::Rc;

use webitel_hooks_model::{
    HookEvent, HookState, ListAllHooksArgs, QueueId, QueueType, RegistryChoices, RegistryColumn,
    SchemaId,
};

use super::table::{Table, TableAction};

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
/// choice finds something (`list_all_hooks_choices`). Queue types and events are few and
/// known: all are offered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilterOptions {
    /// Queue ids and names, by name; shared with the filter that shows them, which is drawn
    /// again only when they change.
    pub queue_names: Rc<Vec<(i64, String)>>,
    /// Flow ids and names, by name; shared the same way.
    pub flow_names: Rc<Vec<(i64, String)>>,
}

impl FilterOptions {
    /// The choices as the native side reads them from the cache, already by name.
    pub fn from_choices(choices: RegistryChoices) -> FilterOptions {
        FilterOptions {
            queue_names: Rc::new(
                choices
                    .queues
                    .into_iter()
                    .map(|q| (q.id.0, q.name))
                    .collect(),
            ),
            flow_names: Rc::new(
                choices
                    .flows
                    .into_iter()
                    .map(|f| (f.id.0, f.name))
                    .collect(),
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AllQueuesState {
    pub filters: Filters,
    /// One page of rows; its order `None` is by queue, then event.
    pub table: Table<RegistryColumn>,
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
            table: Table::new(None),
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
    /// Read the page again in place; `options`: the filters' choices too (a sync ended).
    Refresh {
        options: bool,
    },
    OptionsLoaded {
        request: u64,
        options: FilterOptions,
    },
    /// What every registry's table does (paging, order, selection, the switch, a delete).
    Table(TableAction<RegistryColumn>),
}

impl From<TableAction<RegistryColumn>> for Action {
    fn from(action: TableAction<RegistryColumn>) -> Self {
        Action::Table(action)
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
                    self.table.page = 1;
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
            Action::Refresh { options } => {
                if self.opened {
                    self.table.refresh();
                    self.debounce = false;
                    if options {
                        self.options_request += 1;
                    }
                }
            }
            Action::OptionsLoaded { request, options } => {
                if request == self.options_request && *self.options != options {
                    self.options = Rc::new(options);
                }
            }
            Action::Table(action) => {
                let before = self.table.request;
                self.table.apply(action);
                if self.table.request != before {
                    // Paging and ordering go out at once; only typing waits.
                    self.debounce = false;
                }
            }
        }
    }

    fn filter(&mut self, change: impl FnOnce(&mut Filters)) {
        let before = self.filters.clone();
        change(&mut self.filters);
        if self.filters != before {
            self.table.page = 1;
            self.read(false);
        }
    }

    fn read(&mut self, debounce: bool) {
        self.table.read();
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
            sort: self.table.sort,
            page: self.table.page,
            size: self.table.size,
        }
    }
}

reducible_by_apply!(AllQueuesState);

#[cfg(test)]
mod tests;
