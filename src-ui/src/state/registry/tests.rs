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
