//! The registry of one queue: which page, size and sort, the rows, the selection, and the
//! requests in flight.

use std::collections::BTreeSet;
use std::rc::Rc;

use webitel_hooks_model::{
    Conflict, Hook, HookColumn, HookId, HookSort, Page, PageSize, PendingChange, Queue, QueueId,
};
use yew::Reducible;

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

impl Reducible for RegistryState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{FlowRef, HookEvent, QueueId, QueueType, SchemaId, SortDirection};

    fn queue() -> Queue {
        Queue {
            id: QueueId(7),
            name: "Dialer".into(),
            queue_type: QueueType::Progressive,
            enabled: true,
            team: None,
        }
    }

    fn hook(id: i64, event: HookEvent, enabled: bool) -> Hook {
        Hook {
            id: HookId(id),
            queue_id: QueueId(7),
            event,
            flow: FlowRef {
                id: SchemaId(1),
                name: "Flow".into(),
            },
            enabled,
        }
    }

    fn page(items: Vec<Hook>, page: u32, next: bool) -> Page<Hook> {
        Page { items, page, next }
    }

    /// A picked queue whose page `n` is loaded with `rows`.
    fn on_page(n: u32, rows: Vec<Hook>) -> RegistryState {
        let mut state = RegistryState::default();
        state.apply(Action::PickQueue(queue()));
        state.page = n;
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            page: page(rows, n, true),
        });
        state
    }

    #[test]
    fn picking_a_queue_reads_page_one_by_event_ascending_ten_rows() {
        let mut state = on_page(3, vec![hook(1, HookEvent::Bridged, true)]);
        state.apply(Action::SortBy(HookColumn::Flow));
        state.apply(Action::SetSize(PageSize::new(50)));
        let before = state.request;
        state.apply(Action::PickQueue(queue()));
        assert_eq!(state.page, 1);
        assert_eq!(state.size, PageSize::DEFAULT);
        assert_eq!(state.sort, Some(HookSort::DEFAULT));
        assert!(state.loading);
        assert!(state.request > before);
        assert!(state.rows.is_empty());
    }

    #[test]
    fn sort_cycling_resets_page_and_ends_with_no_sort() {
        let mut state = on_page(3, vec![hook(1, HookEvent::Bridged, true)]);
        state.apply(Action::SortBy(HookColumn::Event));
        assert_eq!(state.page, 1);
        assert_eq!(
            state.sort.map(|s| s.direction),
            Some(SortDirection::Descending)
        );
        state.apply(Action::SortBy(HookColumn::Event));
        assert_eq!(state.sort, None);
        state.apply(Action::SortBy(HookColumn::State));
        assert_eq!(
            state.sort,
            Some(HookSort {
                column: HookColumn::State,
                direction: SortDirection::Ascending
            })
        );
        assert!(state.loading);
    }

    #[test]
    fn size_change_resets_page_and_same_size_does_nothing() {
        let mut state = on_page(4, vec![hook(1, HookEvent::Bridged, true)]);
        let request = state.request;
        state.apply(Action::SetSize(PageSize::parse("10")));
        assert_eq!((state.page, state.request), (4, request));
        state.apply(Action::SetSize(PageSize::parse("25")));
        assert_eq!(state.page, 1);
        assert_eq!(state.size.get(), 25);
        assert!(state.request > request);
        state.apply(Action::SetSize(PageSize::parse("5000")));
        assert_eq!(state.size.get(), 10);
    }

    #[test]
    fn an_empty_page_above_the_first_steps_back_one() {
        let mut state = on_page(3, vec![hook(1, HookEvent::Bridged, true)]);
        state.apply(Action::Reload);
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            page: page(vec![], 3, false),
        });
        assert_eq!(state.page, 2);
        assert!(state.loading);
        assert!(state.request > request);
        // Page 1 empty is the empty state, not another step.
        let mut first = on_page(1, vec![]);
        assert_eq!(first.page, 1);
        assert!(!first.loading);
        first.apply(Action::PreviousPage);
        assert_eq!(first.page, 1);
    }

    #[test]
    fn deleting_goes_to_page_one_or_back_one_when_the_page_emptied() {
        let mut state = on_page(
            3,
            vec![
                hook(1, HookEvent::Bridged, true),
                hook(2, HookEvent::Missed, true),
            ],
        );
        state.apply(Action::Deleted(vec![HookId(1)]));
        assert_eq!(state.page, 1);

        let mut state = on_page(
            3,
            vec![
                hook(1, HookEvent::Bridged, true),
                hook(2, HookEvent::Missed, true),
            ],
        );
        state.apply(Action::Deleted(vec![HookId(1), HookId(2)]));
        assert_eq!(state.page, 2);
        assert!(state.loading);
    }

    #[test]
    fn deleted_rows_and_their_selection_go_before_the_reload() {
        let mut state = on_page(
            1,
            vec![
                hook(1, HookEvent::Bridged, true),
                hook(2, HookEvent::Missed, true),
                hook(3, HookEvent::Leaving, false),
            ],
        );
        state.apply(Action::SelectAll(true));
        let request = state.request;
        state.apply(Action::Deleted(vec![HookId(1), HookId(3)]));
        let left: Vec<HookId> = state.rows.iter().map(|r| r.id).collect();
        assert_eq!(left, vec![HookId(2)]);
        assert_eq!(state.selected_ids(), vec![HookId(2)]);
        assert!(state.loading);
        assert!(state.request > request, "the page is read again");
    }

    #[test]
    fn selection_is_cleared_when_a_page_arrives() {
        let mut state = on_page(
            1,
            vec![
                hook(1, HookEvent::Bridged, true),
                hook(2, HookEvent::Missed, true),
            ],
        );
        state.apply(Action::SelectAll(true));
        assert!(state.all_selected());
        assert_eq!(state.selected_ids(), vec![HookId(1), HookId(2)]);
        state.apply(Action::Select {
            id: HookId(1),
            selected: false,
        });
        assert!(!state.all_selected());
        state.apply(Action::Reload);
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            page: page(vec![hook(2, HookEvent::Missed, true)], 1, false),
        });
        assert!(state.selected.is_empty());
    }

    #[test]
    fn a_refresh_keeps_page_sort_and_the_selection_of_rows_still_there() {
        let mut state = on_page(
            3,
            vec![
                hook(1, HookEvent::Bridged, true),
                hook(2, HookEvent::Missed, true),
                hook(3, HookEvent::Leaving, false),
            ],
        );
        state.apply(Action::SortBy(HookColumn::Flow));
        state.page = 3;
        state.apply(Action::SelectAll(true));
        state.apply(Action::Refresh);
        assert!(state.loading);
        assert_eq!(state.selected_ids().len(), 3, "kept while the page loads");
        let request = state.request;
        // Hook 2 went on the server; hook 4 came.
        state.apply(Action::Loaded {
            request,
            page: page(
                vec![
                    hook(1, HookEvent::Bridged, true),
                    hook(3, HookEvent::Leaving, true),
                    hook(4, HookEvent::Joined, true),
                ],
                3,
                true,
            ),
        });
        assert_eq!(state.page, 3);
        assert_eq!(state.sort.map(|s| s.column), Some(HookColumn::Flow));
        assert_eq!(state.selected_ids(), vec![HookId(1), HookId(3)]);
        assert!(state.rows[1].enabled, "the rows are the new ones");

        // A read the user asked for (here: another order) starts with nothing selected.
        state.apply(Action::Refresh);
        state.apply(Action::SortBy(HookColumn::Event));
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            page: page(vec![hook(1, HookEvent::Bridged, true)], 1, false),
        });
        assert!(state.selected.is_empty());
    }

    #[test]
    fn marks_are_the_shown_queues_and_follow_the_page() {
        use webitel_hooks_model::{ChangeId, ChangeKind, ConflictReason};
        let change = |id: i64, queue: i64, hook: i64| PendingChange {
            id: ChangeId(id),
            kind: ChangeKind::Toggle,
            queue_id: QueueId(queue),
            hook_id: HookId(hook),
            base: None,
            mine: None,
            queued_at: 0,
        };
        let pending = vec![change(1, 7, 1), change(2, 8, 2), change(3, 7, -1)];
        let conflicts = vec![Conflict {
            change: change(4, 7, 2),
            reason: ConflictReason::ChangedOnServer,
            theirs: None,
            message: "changed".into(),
        }];
        let marks = Marks::of_queue(QueueId(7), &pending, &conflicts);
        assert_eq!(
            marks.pending.iter().copied().collect::<Vec<_>>(),
            vec![HookId(-1), HookId(1)],
            "another queue's hook 2 is not marked here"
        );
        assert_eq!(
            marks.conflicts.iter().copied().collect::<Vec<_>>(),
            vec![HookId(2)]
        );

        let mut state = on_page(1, vec![hook(1, HookEvent::Bridged, true)]);
        let request = state.request;
        state.apply(Action::Marked {
            request,
            marks: marks.clone(),
        });
        assert_eq!(*state.marks, marks);
        // Marks read with an older page are dropped, like the page.
        state.apply(Action::Refresh);
        state.apply(Action::Marked {
            request,
            marks: Marks::default(),
        });
        assert_eq!(*state.marks, marks);
    }

    #[test]
    fn stale_answers_are_dropped() {
        let mut state = on_page(1, vec![hook(1, HookEvent::Bridged, true)]);
        state.apply(Action::Reload);
        let old = state.request;
        state.apply(Action::SortBy(HookColumn::Flow));
        state.apply(Action::Loaded {
            request: old,
            page: page(vec![], 1, false),
        });
        assert_eq!(state.rows.len(), 1);
        assert!(state.loading);
    }

    #[test]
    fn optimistic_toggle_reverts_on_error() {
        let mut state = on_page(1, vec![hook(1, HookEvent::Bridged, false)]);
        state.apply(Action::SetEnabled {
            id: HookId(1),
            enabled: true,
        });
        assert!(state.rows[0].enabled);
        state.apply(Action::EnabledFailed {
            id: HookId(1),
            enabled: false,
        });
        assert!(!state.rows[0].enabled);
        state.apply(Action::HookSaved(hook(1, HookEvent::Bridged, true)));
        assert!(state.rows[0].enabled);
    }

    #[test]
    fn paging_follows_next_and_page_one() {
        let mut state = on_page(1, vec![hook(1, HookEvent::Bridged, true)]);
        state.apply(Action::NextPage);
        assert_eq!(state.page, 2);
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            page: page(vec![hook(2, HookEvent::Missed, true)], 2, false),
        });
        state.apply(Action::NextPage);
        assert_eq!(state.page, 2);
        state.apply(Action::PreviousPage);
        assert_eq!(state.page, 1);
    }
}
