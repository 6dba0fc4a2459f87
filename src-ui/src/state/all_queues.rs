//! The all-hooks registry: every cached hook of every queue and team, filtered, searched,
//! sorted and paged in the cache. The filters, the order and the page live here; the rows are
//! one page.

use std::rc::Rc;

use webitel_hooks_model::{
    HookEvent, HookOwner, HookState, ListAllHooksArgs, OwnerKind, OwnerName, PageSize, Permissions,
    QueueId, QueueType, RegistryChoices, RegistryColumn, SchemaId, TeamId,
};

use super::table::{HookKey, Table, TableAction};

/// What the filters hold; `None` (and `false`) do not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub search: String,
    /// Queues' hooks only, or teams'.
    pub kind: Option<OwnerKind>,
    /// One queue's or one team's hooks.
    pub owner: Option<HookOwner>,
    /// A team has no type: with a type chosen, no team's hook is shown.
    pub queue_type: Option<QueueType>,
    pub event: Option<HookEvent>,
    pub flow: Option<SchemaId>,
    pub state: Option<HookState>,
    pub only_pending: bool,
    pub only_conflicts: bool,
}

/// The choices of the owner and flow filters: those the cached hooks name, so that every
/// choice finds something (`list_all_hooks_choices`). Queue types and events are few and
/// known: all are offered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilterOptions {
    /// Queues and teams with their names, by name; shared with the filter that shows them,
    /// which is drawn again only when they change.
    pub owner_names: Rc<Vec<OwnerName>>,
    /// Flow ids and names, by name; shared the same way.
    pub flow_names: Rc<Vec<(i64, String)>>,
}

impl FilterOptions {
    /// The choices as the native side reads them from the cache, already by name.
    pub fn from_choices(choices: RegistryChoices) -> FilterOptions {
        FilterOptions {
            owner_names: Rc::new(choices.owners),
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
    /// What the user may change, by owner: only those rows may be selected (a user who may
    /// change queues' hooks but not teams' selects no team's row).
    pub permissions: Permissions,
    /// Bumped when every hook matching the filters is to be selected (read page by page), and
    /// when the filters change under such a read, so that its answer is dropped.
    pub matching_request: u64,
    /// The read of every matching hook is under way.
    pub selecting_matching: bool,
    /// The selection is every hook that matched the filters when it was read, not only rows
    /// of the page: the bar says so instead of offering it again.
    pub matching_selected: bool,
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
            permissions: Permissions::default(),
            matching_request: 0,
            selecting_matching: false,
            matching_selected: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The view is shown: read it the first time (later it shows as it was left, read again).
    Open,
    Search(String),
    /// Queues' hooks only, or teams'; an owner or a queue type of the other kind goes.
    FilterKind(Option<OwnerKind>),
    /// One queue's or team's hooks; a kind or a queue type that would hide them all goes.
    FilterOwner(Option<HookOwner>),
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
    /// What the user may change: which rows may be selected. Rows selected that may not be
    /// (the rights shrank) are unselected.
    Rights(Permissions),
    /// "Select all N matching": every hook matching the filters, beyond the page, is read
    /// (`matching_request`) and selected.
    SelectAllMatching,
    /// The keys of every hook matching the filters, read for `request`.
    MatchingLoaded {
        request: u64,
        keys: Vec<HookKey>,
    },
    /// The read of every matching hook failed (its error told): the selection stays the page's.
    MatchingFailed {
        request: u64,
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
                    self.unselect();
                }
            }
            Action::FilterKind(kind) => self.filter(|f| {
                f.kind = kind;
                if f.owner.is_some_and(|o| kind.is_some_and(|k| o.kind() != k)) {
                    f.owner = None;
                }
                if kind == Some(OwnerKind::Team) {
                    f.queue_type = None;
                }
            }),
            Action::FilterOwner(owner) => self.filter(|f| {
                f.owner = owner;
                if let Some(owner) = owner {
                    if f.kind.is_some_and(|k| k != owner.kind()) {
                        f.kind = None;
                    }
                    if owner.kind() == OwnerKind::Team {
                        f.queue_type = None;
                    }
                }
            }),
            Action::FilterQueueType(v) => self.filter(|f| {
                f.queue_type = v;
                // A type keeps only queues' hooks: a team chosen would show nothing.
                if v.is_some() {
                    if f.kind == Some(OwnerKind::Team) {
                        f.kind = None;
                    }
                    if f.owner.is_some_and(|o| o.kind() == OwnerKind::Team) {
                        f.owner = None;
                    }
                }
            }),
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
            Action::Rights(permissions) => {
                if permissions != self.permissions {
                    self.permissions = permissions;
                    if self
                        .table
                        .selected
                        .iter()
                        .any(|(o, _)| !permissions.may_change(*o))
                    {
                        Rc::make_mut(&mut self.table.selected)
                            .retain(|(o, _)| permissions.may_change(*o));
                    }
                }
            }
            Action::SelectAllMatching => {
                if self.offers_all_matching().is_some() {
                    self.matching_request += 1;
                    self.selecting_matching = true;
                }
            }
            Action::MatchingLoaded { request, keys } => {
                if request == self.matching_request && self.selecting_matching {
                    let permissions = self.permissions;
                    self.table.selected = Rc::new(
                        keys.into_iter()
                            .filter(|(owner, _)| permissions.may_change(*owner))
                            .collect(),
                    );
                    self.selecting_matching = false;
                    self.matching_selected = true;
                }
            }
            Action::MatchingFailed { request } => {
                if request == self.matching_request {
                    self.selecting_matching = false;
                }
            }
            Action::Table(action) => {
                let before = self.table.request;
                let permissions = self.permissions;
                // The selection changed by hand, or a page read anew (which selects nothing):
                // "every matching hook" is over. A refresh in place keeps it.
                let ends_matching = matches!(
                    action,
                    TableAction::Select { .. }
                        | TableAction::SelectAll(_)
                        | TableAction::ClearSelection
                        | TableAction::SortBy(_)
                        | TableAction::SetSize(_)
                        | TableAction::NextPage
                        | TableAction::PreviousPage
                        | TableAction::Deleted(_)
                );
                match action {
                    // Only rows the user may change are selected.
                    TableAction::SelectAll(all) => self
                        .table
                        .select_page(all, |row| permissions.may_change(row.hook.owner)),
                    TableAction::Select {
                        key: (owner, _),
                        selected: true,
                    } if !permissions.may_change(owner) => {}
                    action => self.table.apply(action),
                }
                if ends_matching || self.table.selected.is_empty() {
                    self.end_matching();
                }
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
            self.unselect();
        }
    }

    /// The filters changed: what was selected matched the ones before, so none of it is kept,
    /// and a read of every matching hook under way answers for filters no longer shown.
    fn unselect(&mut self) {
        self.table.apply(TableAction::ClearSelection);
        self.end_matching();
    }

    /// Forgets "every matching hook": selected, or being read.
    fn end_matching(&mut self) {
        self.matching_selected = false;
        if self.selecting_matching {
            self.selecting_matching = false;
            self.matching_request += 1;
        }
    }

    fn read(&mut self, debounce: bool) {
        self.table.read();
        self.debounce = debounce;
    }

    /// The page's select-all is ticked: every row the user may select is selected.
    pub fn all_selected(&self) -> bool {
        let permissions = self.permissions;
        self.table
            .all_selected_where(|row| permissions.may_change(row.hook.owner))
    }

    /// How many hooks the bulk buttons act on: the whole selection, on the page or not.
    pub fn selected_count(&self) -> usize {
        self.table.selected.len()
    }

    /// "Select all N matching" is offered, with N: the page's selectable rows are all
    /// selected and more hooks match the filters than the page shows. N counts every match;
    /// those the user may not change are left out when they are read.
    pub fn offers_all_matching(&self) -> Option<u64> {
        let total = self.table.total?;
        (self.all_selected()
            && !self.matching_selected
            && !self.selecting_matching
            && total > self.table.rows.len() as u64)
            .then_some(total)
    }

    /// The request of page `page` of every hook matching the filters, as many at once as a
    /// request takes: what "Select all N matching" reads, in the registry's order.
    pub fn matching_args(&self, page: u32) -> ListAllHooksArgs {
        ListAllHooksArgs {
            page,
            size: PageSize::new(i64::from(PageSize::MAX)),
            ..self.args()
        }
    }

    /// The request for the page shown now.
    pub fn args(&self) -> ListAllHooksArgs {
        let f = &self.filters;
        ListAllHooksArgs {
            owners: f.owner.into_iter().collect(),
            kinds: f.kind.into_iter().collect(),
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

/// An owner as a select's option value (`queue:7`, `team:7`): a queue and a team may share an
/// id, so the id alone would not say which one was chosen.
pub fn owner_value(owner: HookOwner) -> String {
    match owner {
        HookOwner::Queue(id) => format!("queue:{id}"),
        HookOwner::Team(id) => format!("team:{id}"),
    }
}

/// The owner an option value names; `None` for "All" (empty) or anything else.
pub fn parse_owner_value(value: &str) -> Option<HookOwner> {
    match value.split_once(':')? {
        ("queue", id) => id.parse().ok().map(|id| HookOwner::Queue(QueueId(id))),
        ("team", id) => id.parse().ok().map(|id| HookOwner::Team(TeamId(id))),
        _ => None,
    }
}

/// A kind as the Kind filter's option value.
pub fn kind_value(kind: OwnerKind) -> &'static str {
    match kind {
        OwnerKind::Queue => "queue",
        OwnerKind::Team => "team",
    }
}

pub fn parse_kind_value(value: &str) -> Option<OwnerKind> {
    match value {
        "queue" => Some(OwnerKind::Queue),
        "team" => Some(OwnerKind::Team),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
