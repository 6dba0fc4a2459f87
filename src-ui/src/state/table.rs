//! What both registries share (one queue's, and all queues'): one page of hook rows, its size
//! and order, the read in flight, the selection, and the switch flipped at once before the
//! native side answers. Each registry embeds a [`Table`] over its own sortable columns `C` and
//! adds what is its own (the queue; the filters).

use std::collections::BTreeSet;
use std::rc::Rc;

use webitel_hooks_model::{Hook, HookId, HookRow, PageSize, Sort};

#[derive(Debug, Clone, PartialEq)]
pub struct Table<C> {
    /// 1-based.
    pub page: u32,
    pub size: PageSize,
    /// `None`: the registry's own order.
    pub sort: Option<Sort<C>>,
    pub rows: Rc<Vec<HookRow>>,
    pub next: bool,
    /// Rows on every page, when the source can count (the cache can, the server cannot).
    pub total: Option<u64>,
    /// Rows of the page's answer that could not be read and are not shown.
    pub skipped: u32,
    /// A page is being read; the previous rows stay on screen until it arrives.
    pub loading: bool,
    /// Bumped for every read the table needs; an answer to an older one is dropped.
    pub request: u64,
    pub selected: Rc<BTreeSet<HookId>>,
    /// The read in flight is a refresh in place: the rows selected before it stay selected when
    /// they come back.
    keep_selection: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TableAction<C> {
    SortBy(C),
    SetSize(PageSize),
    NextPage,
    PreviousPage,
    Loaded {
        request: u64,
        rows: Vec<HookRow>,
        next: bool,
        total: Option<u64>,
        /// Rows of the answer that could not be read.
        skipped: u32,
    },
    LoadFailed {
        request: u64,
    },
    Select {
        id: HookId,
        selected: bool,
    },
    SelectAll(bool),
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
    /// Hooks were deleted: their rows and selection go at once, then the page is read again
    /// (one back when it comes back empty).
    Deleted(Vec<HookId>),
}

impl<C: Copy + PartialEq> Table<C> {
    pub fn new(sort: Option<Sort<C>>) -> Self {
        Table {
            page: 1,
            size: PageSize::DEFAULT,
            sort,
            rows: Rc::default(),
            next: false,
            total: None,
            skipped: 0,
            loading: false,
            request: 0,
            selected: Rc::default(),
            keep_selection: false,
        }
    }

    pub fn apply(&mut self, action: TableAction<C>) {
        match action {
            TableAction::SortBy(column) => {
                self.sort = Sort::cycle(self.sort, column);
                self.page = 1;
                self.read();
            }
            TableAction::SetSize(size) => {
                if size != self.size {
                    self.size = size;
                    self.page = 1;
                    self.read();
                }
            }
            TableAction::NextPage => {
                if self.next && !self.loading {
                    self.page += 1;
                    self.read();
                }
            }
            TableAction::PreviousPage => {
                if self.page > 1 && !self.loading {
                    self.page -= 1;
                    self.read();
                }
            }
            TableAction::Loaded {
                request,
                rows,
                next,
                total,
                skipped,
            } => {
                if request != self.request {
                    return;
                }
                if rows.is_empty() && skipped == 0 && self.page > 1 {
                    // The page emptied (deleted, filtered or synced away): the one before it.
                    self.page -= 1;
                    self.read();
                    return;
                }
                self.rows = Rc::new(rows);
                self.next = next;
                self.total = total;
                self.skipped = skipped;
                self.loading = false;
                if self.keep_selection {
                    let rows = &self.rows;
                    if self
                        .selected
                        .iter()
                        .any(|id| !rows.iter().any(|r| r.id() == *id))
                    {
                        Rc::make_mut(&mut self.selected)
                            .retain(|id| rows.iter().any(|r| r.id() == *id));
                    }
                } else {
                    self.selected = Rc::default();
                }
                self.keep_selection = false;
            }
            TableAction::LoadFailed { request } => {
                if request == self.request {
                    self.loading = false;
                }
            }
            TableAction::Select { id, selected } => {
                let set = Rc::make_mut(&mut self.selected);
                if selected {
                    set.insert(id);
                } else {
                    set.remove(&id);
                }
            }
            TableAction::SelectAll(all) => {
                self.selected = Rc::new(if all {
                    self.rows.iter().map(HookRow::id).collect()
                } else {
                    BTreeSet::new()
                });
            }
            TableAction::SetEnabled { id, enabled }
            | TableAction::EnabledFailed { id, enabled } => {
                if let Some(row) = Rc::make_mut(&mut self.rows)
                    .iter_mut()
                    .find(|row| row.id() == id)
                {
                    row.hook.enabled = enabled;
                }
            }
            TableAction::HookSaved(hook) => {
                if let Some(row) = Rc::make_mut(&mut self.rows)
                    .iter_mut()
                    .find(|r| r.id() == hook.id && r.hook.queue_id == hook.queue_id)
                {
                    row.hook = hook;
                }
            }
            TableAction::Deleted(ids) => {
                if self.rows.iter().any(|r| ids.contains(&r.id())) {
                    let before = self.rows.len();
                    Rc::make_mut(&mut self.rows).retain(|r| !ids.contains(&r.id()));
                    let gone = (before - self.rows.len()) as u64;
                    self.total = self.total.map(|t| t.saturating_sub(gone));
                }
                if self.selected.iter().any(|id| ids.contains(id)) {
                    Rc::make_mut(&mut self.selected).retain(|id| !ids.contains(id));
                }
                self.read();
            }
        }
    }

    /// Reads the page again (same page, size and order), dropping the selection.
    pub fn read(&mut self) {
        self.request += 1;
        self.loading = true;
        self.keep_selection = false;
    }

    /// Reads the page again in place: the rows selected now stay selected if they come back.
    pub fn refresh(&mut self) {
        self.read();
        self.keep_selection = true;
    }

    /// Every row of the page is selected (and there is at least one).
    pub fn all_selected(&self) -> bool {
        !self.rows.is_empty() && self.rows.iter().all(|r| self.selected.contains(&r.id()))
    }

    /// The selected hooks that are on the page, in the page's order.
    pub fn selected_ids(&self) -> Vec<HookId> {
        self.rows
            .iter()
            .filter(|r| self.selected.contains(&r.id()))
            .map(HookRow::id)
            .collect()
    }

    /// The row of hook `id` on the page.
    pub fn row(&self, id: HookId) -> Option<&HookRow> {
        self.rows.iter().find(|r| r.id() == id)
    }
}

#[cfg(test)]
mod tests;
