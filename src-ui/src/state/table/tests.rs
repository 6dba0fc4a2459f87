//! The table state both registries share: paging, sort cycling, stale answers, the selection
//! across refreshes, a delete, and the switch flipped at once and put back on a refusal.

use super::*;
use webitel_hooks_model::{
    FlowRef, HookColumn, HookEvent, HookSort, QueueId, QueueType, SchemaId, SortDirection,
};

fn row(id: i64, event: HookEvent, enabled: bool) -> HookRow {
    HookRow {
        hook: Hook {
            id: HookId(id),
            queue_id: QueueId(7),
            event,
            flow: FlowRef {
                id: SchemaId(1),
                name: "Flow".into(),
            },
            enabled,
        },
        queue_name: "Dialer".into(),
        queue_type: QueueType::Progressive,
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
    table.apply(TableAction::Deleted(vec![HookId(1), HookId(3)]));
    let left: Vec<HookId> = table.rows.iter().map(HookRow::id).collect();
    assert_eq!(left, vec![HookId(2)]);
    assert_eq!(table.selected_ids(), vec![HookId(2)]);
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
    assert_eq!(table.selected_ids(), vec![HookId(1), HookId(2)]);
    table.apply(TableAction::Select {
        id: HookId(1),
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
    assert_eq!(table.selected_ids().len(), 3, "kept while the page loads");
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
    assert_eq!(table.selected_ids(), vec![HookId(1), HookId(3)]);
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
        id: HookId(1),
        enabled: true,
    });
    assert!(table.rows[0].hook.enabled);
    table.apply(TableAction::EnabledFailed {
        id: HookId(1),
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
