//! What a queue's registry adds to the shared table: the picked queue and its first read; a
//! delete reads the same page again, as Webitel's admin does.

use super::*;
use webitel_hooks_model::{
    FlowRef, Hook, HookEvent, HookId, HookRow, PageSize, QueueId, QueueType, SchemaId,
};

fn queue() -> Queue {
    Queue {
        id: QueueId(7),
        name: "Dialer".into(),
        queue_type: QueueType::Progressive,
        enabled: true,
        team: None,
    }
}

fn row(id: i64, event: HookEvent) -> HookRow {
    HookRow {
        hook: Hook {
            id: HookId(id),
            queue_id: QueueId(7),
            event,
            flow: FlowRef {
                id: SchemaId(1),
                name: "Flow".into(),
            },
            enabled: true,
        },
        queue_name: "Dialer".into(),
        queue_type: QueueType::Progressive,
        pending: false,
        conflict: false,
        synced_at: 0,
    }
}

/// A picked queue whose page `n` is loaded with `rows`.
fn on_page(n: u32, rows: Vec<HookRow>) -> RegistryState {
    let mut state = RegistryState::default();
    state.apply(Action::PickQueue(queue()));
    state.table.page = n;
    let request = state.table.request;
    state.apply(Action::Table(TableAction::Loaded {
        request,
        rows,
        next: true,
        total: None,
        skipped: 0,
    }));
    state
}

#[test]
fn picking_a_queue_reads_page_one_by_event_ascending_ten_rows() {
    let mut state = on_page(3, vec![row(1, HookEvent::Bridged)]);
    state.apply(TableAction::SortBy(HookColumn::Flow).into());
    state.apply(TableAction::SetSize(PageSize::new(50)).into());
    let before = state.table.request;
    state.apply(Action::PickQueue(queue()));
    let table = &state.table;
    assert_eq!(table.page, 1);
    assert_eq!(table.size, PageSize::DEFAULT);
    assert_eq!(table.sort, Some(HookSort::DEFAULT));
    assert!(table.loading);
    assert!(table.request > before);
    assert!(table.rows.is_empty());
}

#[test]
fn without_a_queue_nothing_is_read() {
    let mut state = RegistryState::default();
    state.apply(Action::Refresh);
    state.apply(Action::Reload);
    assert_eq!((state.table.request, state.table.loading), (0, false));
}

#[test]
fn deleting_reads_the_same_page_and_steps_back_only_when_it_comes_back_empty() {
    let two = || vec![row(1, HookEvent::Bridged), row(2, HookEvent::Missed)];
    let mut state = on_page(3, two());
    state.apply(TableAction::Deleted(vec![HookId(1)]).into());
    assert_eq!(state.table.page, 3, "the same page, read again");
    assert!(state.table.loading);

    // Every row of the page deleted: still the same page is read; only an empty answer steps
    // back one page.
    let mut state = on_page(3, two());
    state.apply(TableAction::Deleted(vec![HookId(1), HookId(2)]).into());
    assert_eq!(state.table.page, 3);
    let request = state.table.request;
    state.apply(Action::Table(TableAction::Loaded {
        request,
        rows: Vec::new(),
        next: false,
        total: None,
        skipped: 0,
    }));
    assert_eq!(state.table.page, 2);
    assert!(state.table.loading);
}
