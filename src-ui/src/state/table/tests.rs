//! The table state both registries share: paging, sort cycling, stale answers, the selection
//! across refreshes, a delete, and the switch flipped at once and put back on a refusal.

use super::*;
use webitel_hooks_model::{
    FlowRef, HookColumn, HookEvent, HookSort, QueueId, QueueType, SchemaId, SortDirection, TeamId,
};

const QUEUE: HookOwner = HookOwner::Queue(QueueId(7));
const TEAM: HookOwner = HookOwner::Team(TeamId(7));

fn row(id: i64, event: HookEvent, enabled: bool) -> HookRow {
    owned_row(QUEUE, id, event, enabled)
}

fn owned_row(owner: HookOwner, id: i64, event: HookEvent, enabled: bool) -> HookRow {
    HookRow {
        hook: Hook {
            id: HookId(id),
            owner,
            event,
            flow: FlowRef {
                id: SchemaId(1),
                name: "Flow".into(),
            },
            enabled,
        },
        owner_name: "Dialer".into(),
        queue_type: owner.queue().map(|_| QueueType::Progressive),
        pending: false,
        conflict: false,
        synced_at: 0,
    }
}

fn loaded(request: u64, rows: Vec<HookRow>, next: bool) -> TableAction<HookColumn> {
    TableAction::Loaded {
        request,
        rows,
        next,
        total: None,
        skipped: 0,
    }
}

/// Page `n` read and loaded with `rows`.
fn on_page(n: u32, rows: Vec<HookRow>) -> Table<HookColumn> {
    let mut table = Table::new(Some(HookSort::DEFAULT));
    table.page = n;
    table.read();
    let request = table.request;
    table.apply(loaded(request, rows, true));
    table
}

#[test]
fn sort_cycling_resets_page_and_ends_with_no_sort() {
    let mut table = on_page(3, vec![row(1, HookEvent::Bridged, true)]);
    table.apply(TableAction::SortBy(HookColumn::Event));
    assert_eq!(table.page, 1);
    assert_eq!(
        table.sort.map(|s| s.direction),
        Some(SortDirection::Descending)
    );
    table.apply(TableAction::SortBy(HookColumn::Event));
    assert_eq!(table.sort, None);
    table.apply(TableAction::SortBy(HookColumn::State));
    assert_eq!(
        table.sort,
        Some(HookSort {
            column: HookColumn::State,
            direction: SortDirection::Ascending
        })
    );
    assert!(table.loading);
}

#[test]
fn size_change_resets_page_and_same_size_does_nothing() {
    let mut table = on_page(4, vec![row(1, HookEvent::Bridged, true)]);
    let request = table.request;
    table.apply(TableAction::SetSize(PageSize::parse("10")));
    assert_eq!((table.page, table.request), (4, request));
    table.apply(TableAction::SetSize(PageSize::parse("25")));
    assert_eq!(table.page, 1);
    assert_eq!(table.size.get(), 25);
    assert!(table.request > request);
    table.apply(TableAction::SetSize(PageSize::parse("5000")));
    assert_eq!(table.size.get(), 10);
}

#[test]
fn an_empty_page_above_the_first_steps_back_one() {
    let mut table = on_page(3, vec![row(1, HookEvent::Bridged, true)]);
    table.read();
    let request = table.request;
    table.apply(loaded(request, vec![], false));
    assert_eq!(table.page, 2);
    assert!(table.loading);
    assert!(table.request > request);
    // Page 1 empty is the empty state, not another step.
    let mut first = on_page(1, vec![]);
    assert_eq!(first.page, 1);
    assert!(!first.loading);
    first.apply(TableAction::PreviousPage);
    assert_eq!(first.page, 1);
}

#[test]
fn deleted_rows_their_selection_and_the_total_go_before_the_reload() {
    let mut table = on_page(
        1,
        vec![
            row(1, HookEvent::Bridged, true),
            row(2, HookEvent::Missed, true),
            row(3, HookEvent::Leaving, false),
        ],
    );
    table.total = Some(3);
    table.apply(TableAction::SelectAll(true));
    let request = table.request;
    table.apply(TableAction::Deleted(vec![
        (QUEUE, HookId(1)),
        (QUEUE, HookId(3)),
    ]));
    let left: Vec<HookId> = table.rows.iter().map(HookRow::id).collect();
    assert_eq!(left, vec![HookId(2)]);
    assert_eq!(table.selected_keys(), vec![(QUEUE, HookId(2))]);
    assert_eq!(table.total, Some(1));
    assert!(table.loading);
    assert!(table.request > request, "the page is read again");
}

#[test]
fn selection_is_cleared_when_a_page_arrives() {
    let mut table = on_page(
        1,
        vec![
            row(1, HookEvent::Bridged, true),
            row(2, HookEvent::Missed, true),
        ],
    );
    table.apply(TableAction::SelectAll(true));
    assert!(table.all_selected());
    assert_eq!(
        table.selected_keys(),
        vec![(QUEUE, HookId(1)), (QUEUE, HookId(2))]
    );
    table.apply(TableAction::Select {
        key: (QUEUE, HookId(1)),
        selected: false,
    });
    assert!(!table.all_selected());
    table.read();
    let request = table.request;
    table.apply(loaded(
        request,
        vec![row(2, HookEvent::Missed, true)],
        false,
    ));
    assert!(table.selected.is_empty());
}

#[test]
fn a_refresh_keeps_page_sort_and_the_selection_of_rows_still_there() {
    let mut table = on_page(
        3,
        vec![
            row(1, HookEvent::Bridged, true),
            row(2, HookEvent::Missed, true),
            row(3, HookEvent::Leaving, false),
        ],
    );
    table.apply(TableAction::SortBy(HookColumn::Flow));
    table.page = 3;
    table.apply(TableAction::SelectAll(true));
    table.refresh();
    assert!(table.loading);
    assert_eq!(table.selected_keys().len(), 3, "kept while the page loads");
    let request = table.request;
    // Hook 2 went on the server; hook 4 came.
    table.apply(loaded(
        request,
        vec![
            row(1, HookEvent::Bridged, true),
            row(3, HookEvent::Leaving, true),
            row(4, HookEvent::Joined, true),
        ],
        true,
    ));
    assert_eq!(table.page, 3);
    assert_eq!(table.sort.map(|s| s.column), Some(HookColumn::Flow));
    assert_eq!(
        table.selected_keys(),
        vec![(QUEUE, HookId(1)), (QUEUE, HookId(3))]
    );
    assert!(table.rows[1].hook.enabled, "the rows are the new ones");

    // A read the user asked for (here: another order) starts with nothing selected.
    table.refresh();
    table.apply(TableAction::SortBy(HookColumn::Event));
    let request = table.request;
    table.apply(loaded(
        request,
        vec![row(1, HookEvent::Bridged, true)],
        false,
    ));
    assert!(table.selected.is_empty());
}

#[test]
fn a_row_carries_its_marks_from_the_one_answer() {
    let mut marked = row(2, HookEvent::Missed, true);
    marked.pending = true;
    marked.conflict = true;
    let table = on_page(1, vec![row(1, HookEvent::Bridged, true), marked]);
    let marks: Vec<(HookId, bool, bool)> = table
        .rows
        .iter()
        .map(|r| (r.id(), r.pending, r.conflict))
        .collect();
    assert_eq!(marks, [(HookId(1), false, false), (HookId(2), true, true)]);
}

#[test]
fn stale_answers_are_dropped() {
    let mut table = on_page(1, vec![row(1, HookEvent::Bridged, true)]);
    table.read();
    let old = table.request;
    table.apply(TableAction::SortBy(HookColumn::Flow));
    table.apply(loaded(old, vec![], false));
    assert_eq!(table.rows.len(), 1);
    assert!(table.loading);
    table.apply(TableAction::LoadFailed { request: old });
    assert!(table.loading, "a failure of an older read changes nothing");
}

#[test]
fn optimistic_toggle_reverts_on_error() {
    let mut table = on_page(1, vec![row(1, HookEvent::Bridged, false)]);
    table.apply(TableAction::SetEnabled {
        key: (QUEUE, HookId(1)),
        enabled: true,
    });
    assert!(table.rows[0].hook.enabled);
    table.apply(TableAction::EnabledFailed {
        key: (QUEUE, HookId(1)),
        enabled: false,
    });
    assert!(!table.rows[0].hook.enabled);
    table.apply(TableAction::HookSaved(
        row(1, HookEvent::Bridged, true).hook,
    ));
    assert!(table.rows[0].hook.enabled);
}

#[test]
fn paging_follows_next_and_page_one() {
    let mut table = on_page(1, vec![row(1, HookEvent::Bridged, true)]);
    table.apply(TableAction::NextPage);
    assert_eq!(table.page, 2);
    let request = table.request;
    table.apply(loaded(
        request,
        vec![row(2, HookEvent::Missed, true)],
        false,
    ));
    table.apply(TableAction::NextPage);
    assert_eq!(table.page, 2);
    table.apply(TableAction::PreviousPage);
    assert_eq!(table.page, 1);
}

/// The all-hooks page can hold a queue's hook and a team's of one id: each is its own row.
fn shared_id_page() -> Table<HookColumn> {
    on_page(
        1,
        vec![
            owned_row(QUEUE, 5, HookEvent::Bridged, true),
            owned_row(TEAM, 5, HookEvent::AgentStatus, false),
            owned_row(TEAM, 6, HookEvent::AgentStatus, true),
        ],
    )
}

#[test]
fn a_queue_hook_and_a_team_hook_of_one_id_are_selected_apart() {
    let mut table = shared_id_page();
    table.apply(TableAction::Select {
        key: (TEAM, HookId(5)),
        selected: true,
    });
    assert_eq!(table.selected_keys(), vec![(TEAM, HookId(5))]);
    assert!(!table.all_selected());
    assert_eq!(
        table.row((TEAM, HookId(5))).map(|r| r.hook.event.clone()),
        Some(HookEvent::AgentStatus)
    );
    assert_eq!(
        table.row((QUEUE, HookId(5))).map(|r| r.hook.event.clone()),
        Some(HookEvent::Bridged)
    );

    // A refresh keeps the team's hook selected, not the queue's of the same id.
    table.refresh();
    let request = table.request;
    table.apply(loaded(
        request,
        vec![
            owned_row(QUEUE, 5, HookEvent::Bridged, true),
            owned_row(TEAM, 5, HookEvent::AgentStatus, false),
        ],
        false,
    ));
    assert_eq!(table.selected_keys(), vec![(TEAM, HookId(5))]);

    // Deleting the team's hook leaves the queue's.
    table.apply(TableAction::Deleted(vec![(TEAM, HookId(5))]));
    let left: Vec<_> = table.rows.iter().map(HookRow::key).collect();
    assert_eq!(left, vec![(QUEUE, HookId(5))]);
    assert!(table.selected.is_empty());
}

#[test]
fn the_switch_of_a_team_hook_leaves_the_queue_hook_of_its_id() {
    let mut table = shared_id_page();
    table.apply(TableAction::SetEnabled {
        key: (TEAM, HookId(5)),
        enabled: true,
    });
    let states: Vec<bool> = table.rows.iter().map(|r| r.hook.enabled).collect();
    assert_eq!(states, [true, true, true]);
    let mut saved = owned_row(QUEUE, 5, HookEvent::Bridged, false).hook;
    table.apply(TableAction::HookSaved(saved.clone()));
    let states: Vec<bool> = table.rows.iter().map(|r| r.hook.enabled).collect();
    assert_eq!(states, [false, true, true], "only the queue's hook");
    saved.owner = TEAM;
    saved.id = HookId(6);
    table.apply(TableAction::HookSaved(saved));
    assert!(!table.rows[2].hook.enabled);
}

#[test]
fn a_bulk_delete_asks_once_per_owner() {
    let keys = [
        (QUEUE, HookId(1)),
        (TEAM, HookId(1)),
        (QUEUE, HookId(2)),
        (TEAM, HookId(3)),
        (HookOwner::Queue(QueueId(8)), HookId(4)),
    ];
    let groups: Vec<(HookOwner, Vec<HookId>)> = delete_args_by_owner(&keys)
        .into_iter()
        .map(|args| (args.owner, args.hook_ids))
        .collect();
    assert_eq!(
        groups,
        vec![
            (QUEUE, vec![HookId(1), HookId(2)]),
            (TEAM, vec![HookId(1), HookId(3)]),
            (HookOwner::Queue(QueueId(8)), vec![HookId(4)]),
        ]
    );
    assert!(delete_args_by_owner(&[]).is_empty());
}

#[test]
fn a_bulk_switch_goes_in_the_pages_order_then_the_hooks_off_the_page() {
    let mut table = on_page(
        1,
        vec![
            row(9, HookEvent::Bridged, true),
            row(4, HookEvent::Leaving, false),
            row(6, HookEvent::Leaving, false),
        ],
    );
    // Selected with every matching hook: two hooks that are not on this page.
    table.selected = Rc::new(
        [1, 4, 6, 9, 20]
            .into_iter()
            .map(|id| (QUEUE, HookId(id)))
            .collect(),
    );
    assert_eq!(
        table.selection_in_order(),
        [9, 4, 6, 1, 20]
            .into_iter()
            .map(|id| (QUEUE, HookId(id)))
            .collect::<Vec<_>>(),
        "of the two Leaving hooks, the one shown first is asked first"
    );
    // A refresh in place drops a row that went from the page, not the hooks never on it.
    table.refresh();
    let request = table.request;
    table.apply(loaded(
        request,
        vec![
            row(9, HookEvent::Bridged, true),
            row(6, HookEvent::Leaving, false),
        ],
        false,
    ));
    assert_eq!(
        table.selection_in_order(),
        [9, 6, 1, 20]
            .into_iter()
            .map(|id| (QUEUE, HookId(id)))
            .collect::<Vec<_>>()
    );
    table.apply(TableAction::ClearSelection);
    assert!(table.selected.is_empty());
    assert!(table.selection_in_order().is_empty());
}

#[test]
fn select_all_of_a_page_takes_only_the_rows_allowed() {
    let mut table = shared_id_page();
    let queues_only = |r: &HookRow| r.hook.owner == QUEUE;
    assert!(!table.all_selected_where(queues_only));
    table.select_page(true, queues_only);
    assert_eq!(table.selected_keys(), vec![(QUEUE, HookId(5))]);
    assert!(table.all_selected_where(queues_only));
    assert!(!table.all_selected(), "the team rows are not selected");
    assert!(
        !table.all_selected_where(|_| false),
        "nothing to select is not everything selected"
    );
    table.select_page(false, queues_only);
    assert!(table.selected.is_empty());
}
