//! The registry of one queue: which page, size and sort, the rows, the selection, and the
//! requests in flight.

use std::collections::BTreeSet;
use std::rc::Rc;

use webitel_hooks_model::{
    Conflict, Hook, HookColumn, HookId, HookSort, Page, PageSize, PendingChange, Queue, QueueId,
};

/// Which hooks of the shown queue have a change waiting to be sent, and which a conflict
/// waiting for the user's choice; read from the outbox with every page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marks {
    pub pending: BTreeSet<HookId>,
    pub conflicts: BTreeSet<HookId>,
}

impl Marks {
    /// The marks of `queue`'s hooks among every pending change and conflict.
    pub fn of_queue(queue: QueueId, pending: &[PendingChange], conflicts: &[Conflict]) -> Marks {
        Marks {
            pending: pending
                .iter()
                .filter(|c| c.queue_id == queue)
                .map(|c| c.hook_id)
                .collect(),
            conflicts: conflicts
                .iter()
                .filter(|c| c.change.queue_id == queue)
                .map(|c| c.change.hook_id)
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegistryState {
    pub queue: Option<Queue>,
    /// 1-based.
    pub page: u32,
    pub size: PageSize,
    pub sort: Option<HookSort>,
    pub rows: Rc<Vec<Hook>>,
    pub next: bool,
    /// A page is being read; the previous rows stay on screen until it arrives.
    pub loading: bool,
    /// Bumped for every read the registry needs; an answer to an older one is dropped.
    pub request: u64,
    pub selected: Rc<BTreeSet<HookId>>,
    pub marks: Rc<Marks>,
    /// The read in flight is a refresh in place: the rows selected before it stay selected
    /// when they come back.
    keep_selection: bool,
}

impl Default for RegistryState {
    fn default() -> Self {
        Self {
            queue: None,
            page: 1,
            size: PageSize::DEFAULT,
            sort: Some(HookSort::DEFAULT),
            rows: Rc::default(),
            next: false,
            loading: false,
            request: 0,
            selected: Rc::default(),
            marks: Rc::default(),
            keep_selection: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A queue was picked: its first page, in the default order and size.
    PickQueue(Queue),
    /// Read the current page again, with the current size and sort.
    Reload,
    /// Read the current page again in place (a sync ended, hooks changed elsewhere): the same
    /// page, size and sort, and the selection of the rows still there.
    Refresh,
    Loaded {
        request: u64,
        page: Page<Hook>,
    },
    LoadFailed {
        request: u64,
    },
    /// The outbox's marks read with the page `request`.
    Marked {
        request: u64,
        marks: Marks,
    },
    /// The outbox's marks read again after a change made here (the page stays).
    MarksRead(Marks),
    SortBy(HookColumn),
    SetSize(PageSize),
    NextPage,
    PreviousPage,
    Select {
        id: HookId,
        selected: bool,
    },
    SelectAll(bool),
    /// The switch moved: shown at once, before the server answers.
    SetEnabled {
        id: HookId,
        enabled: bool,
    },
    /// The server refused the switch: back to where it was.
    EnabledFailed {
        id: HookId,
        enabled: bool,
    },
    /// The server's answer to a switch.
    HookSaved(Hook),
    /// Hooks were deleted: their rows and selection go at once; then back to page 1, or one
    /// page back when the current one emptied.
    Deleted(Vec<HookId>),
}

impl RegistryState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::PickQueue(queue) => {
                *self = RegistryState {
                    queue: Some(queue),
                    request: self.request + 1,
                    loading: true,
                    ..RegistryState::default()
                };
            }
            Action::Reload => self.read(),
            Action::Refresh => {
                self.read();
                self.keep_selection = true;
            }
            Action::Loaded { request, page } => {
                if request != self.request {
                    return;
                }
                if page.items.is_empty() && self.page > 1 {
                    // The page emptied (deleted here or elsewhere): show the one before it.
                    self.page -= 1;
                    self.read();
                    return;
                }
                self.rows = Rc::new(page.items);
                self.next = page.next;
                self.loading = false;
                if self.keep_selection {
                    let rows = &self.rows;
                    if self
                        .selected
                        .iter()
                        .any(|id| !rows.iter().any(|r| r.id == *id))
                    {
                        Rc::make_mut(&mut self.selected)
                            .retain(|id| rows.iter().any(|r| r.id == *id));
                    }
                } else {
                    self.selected = Rc::default();
                }
                self.keep_selection = false;
            }
            Action::LoadFailed { request } => {
                if request == self.request {
                    self.loading = false;
                }
            }
            Action::Marked { request, marks } => {
                if request == self.request && *self.marks != marks {
                    self.marks = Rc::new(marks);
                }
            }
            Action::MarksRead(marks) => {
                if *self.marks != marks {
                    self.marks = Rc::new(marks);
                }
            }
            Action::SortBy(column) => {
                self.sort = HookSort::cycle(self.sort, column);
                self.page = 1;
                self.read();
            }
            Action::SetSize(size) => {
                if size != self.size {
                    self.size = size;
                    self.page = 1;
                    self.read();
                }
            }
            Action::NextPage => {
                if self.next && !self.loading {
                    self.page += 1;
                    self.read();
                }
            }
            Action::PreviousPage => {
                if self.page > 1 && !self.loading {
                    self.page -= 1;
                    self.read();
                }
            }
            Action::Select { id, selected } => {
                let set = Rc::make_mut(&mut self.selected);
                if selected {
                    set.insert(id);
                } else {
                    set.remove(&id);
                }
            }
            Action::SelectAll(all) => {
                self.selected = Rc::new(if all {
                    self.rows.iter().map(|hook| hook.id).collect()
                } else {
                    BTreeSet::new()
                });
            }
            Action::SetEnabled { id, enabled } | Action::EnabledFailed { id, enabled } => {
                self.set_row_enabled(id, enabled);
            }
            Action::HookSaved(hook) => {
                if let Some(row) = Rc::make_mut(&mut self.rows)
                    .iter_mut()
                    .find(|row| row.id == hook.id)
                {
                    *row = hook;
                }
            }
            Action::Deleted(ids) => {
                let emptied =
                    !self.rows.is_empty() && self.rows.iter().all(|r| ids.contains(&r.id));
                self.page = if emptied && self.page > 1 {
                    self.page - 1
                } else {
                    1
                };
                if self.rows.iter().any(|r| ids.contains(&r.id)) {
                    Rc::make_mut(&mut self.rows).retain(|r| !ids.contains(&r.id));
                }
                if self.selected.iter().any(|id| ids.contains(id)) {
                    Rc::make_mut(&mut self.selected).retain(|id| !ids.contains(id));
                }
                self.read();
            }
        }
    }

    fn read(&mut self) {
        if self.queue.is_some() {
            self.request += 1;
            self.loading = true;
            self.keep_selection = false;
        }
    }

    fn set_row_enabled(&mut self, id: HookId, enabled: bool) {
        if let Some(row) = Rc::make_mut(&mut self.rows)
            .iter_mut()
            .find(|row| row.id == id)
        {
            row.enabled = enabled;
        }
    }

    /// Every row of the page is selected (and there is at least one).
    pub fn all_selected(&self) -> bool {
        !self.rows.is_empty() && self.rows.iter().all(|r| self.selected.contains(&r.id))
    }

    /// The selected hooks that are on the page, in the page's order.
    pub fn selected_ids(&self) -> Vec<HookId> {
        self.rows
            .iter()
            .filter(|r| self.selected.contains(&r.id))
            .map(|r| r.id)
            .collect()
    }
}

reducible_by_apply!(RegistryState);

#[cfg(test)]
mod tests;
