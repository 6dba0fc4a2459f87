//! What both registries share (one queue's, and all queues'): one page of hook rows, its size
//! and order, the read in flight, the selection, and the switch flipped at once before the
//! native side answers. Each registry embeds a [`Table`] over its own sortable columns `C` and
//! adds what is its own (the queue; the filters).

use std::collections::BTreeSet;
use std::rc::Rc;

use webitel_hooks_model::commands::DeleteHooksArgs;
use webitel_hooks_model::{Hook, HookId, HookOwner, HookRow, PageSize, Sort};

/// What names a row among every owner's ([`HookRow::key`]): a queue's hook and a team's may
/// share an id, so a row, its selection and its switch are never found by the id alone.
pub type HookKey = (HookOwner, HookId);

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
    pub selected: Rc<BTreeSet<HookKey>>,
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
        key: HookKey,
        selected: bool,
    },
    SelectAll(bool),
    /// Nothing selected any more (after a bulk action, which acted on the whole selection).
    ClearSelection,
    /// The switch moved: shown at once, before the answer.
    SetEnabled {
        key: HookKey,
        enabled: bool,
    },
    /// The switch was refused: back to where it was.
    EnabledFailed {
        key: HookKey,
        enabled: bool,
    },
    /// The answer to a switch (applied online, or kept in the outbox).
    HookSaved(Hook),
    /// Hooks were deleted: their rows and selection go at once, then the page is read again
    /// (one back when it comes back empty).
    Deleted(Vec<HookKey>),
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
                let before = std::mem::replace(&mut self.rows, Rc::new(rows));
                self.next = next;
                self.total = total;
                self.skipped = skipped;
                self.loading = false;
                if self.keep_selection {
                    // A selected row that was on the page and is gone from it is unselected;
                    // a selected hook that was never on the page (every hook matching the
                    // filters, selected at once) stays: the page does not say it went.
                    let rows = &self.rows;
                    let gone = |key: &HookKey| {
                        before.iter().any(|r| r.key() == *key)
                            && !rows.iter().any(|r| r.key() == *key)
                    };
                    if self.selected.iter().any(gone) {
                        Rc::make_mut(&mut self.selected).retain(|key| !gone(key));
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
            TableAction::Select { key, selected } => {
                let set = Rc::make_mut(&mut self.selected);
                if selected {
                    set.insert(key);
                } else {
                    set.remove(&key);
                }
            }
            TableAction::SelectAll(all) => self.select_page(all, |_| true),
            TableAction::ClearSelection => {
                if !self.selected.is_empty() {
                    self.selected = Rc::default();
                }
            }
            TableAction::SetEnabled { key, enabled }
            | TableAction::EnabledFailed { key, enabled } => {
                if let Some(row) = Rc::make_mut(&mut self.rows)
                    .iter_mut()
                    .find(|row| row.key() == key)
                {
                    row.hook.enabled = enabled;
                }
            }
            TableAction::HookSaved(hook) => {
                if let Some(row) = Rc::make_mut(&mut self.rows)
                    .iter_mut()
                    .find(|r| r.key() == (hook.owner, hook.id))
                {
                    row.hook = hook;
                }
            }
            TableAction::Deleted(keys) => {
                if self.rows.iter().any(|r| keys.contains(&r.key())) {
                    let before = self.rows.len();
                    Rc::make_mut(&mut self.rows).retain(|r| !keys.contains(&r.key()));
                    let gone = (before - self.rows.len()) as u64;
                    self.total = self.total.map(|t| t.saturating_sub(gone));
                }
                if self.selected.iter().any(|key| keys.contains(key)) {
                    Rc::make_mut(&mut self.selected).retain(|key| !keys.contains(key));
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
        self.all_selected_where(|_| true)
    }

    /// Every row of the page that `selectable` allows is selected (and there is at least one).
    pub fn all_selected_where(&self, selectable: impl Fn(&HookRow) -> bool) -> bool {
        let mut rows = self.rows.iter().filter(|r| selectable(r)).peekable();
        rows.peek().is_some() && rows.all(|r| self.selected.contains(&r.key()))
    }

    /// The page's select-all: every row `selectable` allows, or nothing at all.
    pub fn select_page(&mut self, all: bool, selectable: impl Fn(&HookRow) -> bool) {
        self.selected = Rc::new(if all {
            self.rows
                .iter()
                .filter(|r| selectable(r))
                .map(HookRow::key)
                .collect()
        } else {
            BTreeSet::new()
        });
    }

    /// The selected hooks that are on the page, in the page's order.
    pub fn selected_keys(&self) -> Vec<HookKey> {
        self.rows
            .iter()
            .map(HookRow::key)
            .filter(|key| self.selected.contains(key))
            .collect()
    }

    /// Every selected hook, those on the page first in the page's order, then the others (not
    /// on the page: selected with every hook matching the filters) in key order. A bulk switch
    /// goes in this order, and it matters: of two hooks of one event enabled together, the
    /// first one asked is the one enabled.
    pub fn selection_in_order(&self) -> Vec<HookKey> {
        let mut keys = self.selected_keys();
        let on_page: BTreeSet<HookKey> = self.rows.iter().map(HookRow::key).collect();
        keys.extend(
            self.selected
                .iter()
                .filter(|key| !on_page.contains(key))
                .copied(),
        );
        keys
    }

    /// The row of `key` on the page.
    pub fn row(&self, key: HookKey) -> Option<&HookRow> {
        self.rows.iter().find(|r| r.key() == key)
    }
}

/// One `delete_hooks` per owner, in the order the owners first appear in `keys`, each with its
/// hooks in their order: the command deletes the hooks of one queue or one team.
pub fn delete_args_by_owner(keys: &[HookKey]) -> Vec<DeleteHooksArgs> {
    let mut groups: Vec<DeleteHooksArgs> = Vec::new();
    for (owner, id) in keys {
        match groups.iter_mut().find(|g| g.owner == *owner) {
            Some(group) => group.hook_ids.push(*id),
            None => groups.push(DeleteHooksArgs {
                owner: *owner,
                hook_ids: vec![*id],
            }),
        }
    }
    groups
}

#[cfg(test)]
mod tests;
