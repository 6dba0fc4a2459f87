//! What the all-queues registry adds to the shared table: its filters and search, the
//! request they make, the header cycle, refreshes and the filters' choices.

use super::*;
use webitel_hooks_model::{FlowRef, Hook, HookId, HookRow, PageSize, RegistrySort, SortDirection};

fn row(hook: i64, queue: i64, queue_name: &str, queue_type: QueueType, flow: i64) -> HookRow {
    HookRow {
        hook: Hook {
            id: HookId(hook),
            queue_id: QueueId(queue),
            event: HookEvent::Bridged,
            flow: FlowRef {
                id: SchemaId(flow),
                name: format!("Flow {flow}"),
            },
            enabled: true,
        },
        queue_name: queue_name.into(),
        queue_type,
        pending: false,
        conflict: false,
        synced_at: 0,
    }
}

/// A page of the cache's answer, as the table hears it (`page`: which page it answers, for the
/// reader of the test).
fn page(items: Vec<HookRow>, page: u32, total: u64, next: bool) -> (Vec<HookRow>, bool, u64) {
    let _ = page;
    (items, next, total)
}

fn loaded(request: u64, (rows, next, total): (Vec<HookRow>, bool, u64)) -> Action {
    Action::Table(TableAction::Loaded {
        request,
        rows,
        next,
        total: Some(total),
        skipped: 0,
    })
}

fn opened() -> AllQueuesState {
    let mut state = AllQueuesState::default();
    state.apply(Action::Open);
    let request = state.table.request;
    state.apply(loaded(
        request,
        page(
            vec![row(1, 7, "Sales", QueueType::Progressive, 3)],
            1,
            40,
            true,
        ),
    ));
    state
}

#[test]
fn unfiltered_asks_for_everything_by_queue_then_event() {
    let state = opened();
    let args = state.args();
    assert_eq!(
        args,
        ListAllHooksArgs {
            page: 1,
            size: PageSize::DEFAULT,
            ..ListAllHooksArgs::default()
        }
    );
    assert_eq!(state.table.total, Some(40));
}

#[test]
fn every_filter_goes_into_the_request_and_back_to_page_one() {
    let mut state = opened();
    state.apply(Action::Table(TableAction::NextPage));
    assert_eq!(state.args().page, 2);
    state.apply(Action::FilterQueue(Some(QueueId(7))));
    assert_eq!(state.table.page, 1, "a filter starts from page 1");
    state.apply(Action::FilterQueueType(Some(QueueType::Progressive)));
    state.apply(Action::FilterEvent(Some(HookEvent::Missed)));
    state.apply(Action::FilterFlow(Some(SchemaId(101))));
    state.apply(Action::FilterState(Some(HookState::Disabled)));
    state.apply(Action::OnlyPending(true));
    state.apply(Action::OnlyConflicts(true));
    state.apply(Action::Search("  Zendesk ".into()));
    state.apply(Action::Table(TableAction::SortBy(RegistryColumn::Flow)));
    state.apply(Action::Table(TableAction::SetSize(PageSize::new(25))));
    assert_eq!(
        state.args(),
        ListAllHooksArgs {
            queue_ids: vec![QueueId(7)],
            queue_types: vec![QueueType::Progressive],
            events: vec![HookEvent::Missed],
            flow_ids: vec![SchemaId(101)],
            state: Some(HookState::Disabled),
            pending: Some(true),
            conflict: Some(true),
            search: "Zendesk".into(),
            sort: Some(RegistrySort {
                column: RegistryColumn::Flow,
                direction: SortDirection::Ascending
            }),
            page: 1,
            size: PageSize::new(25),
        }
    );
    // Unticking "only" does not ask for the opposite: it stops filtering.
    state.apply(Action::OnlyPending(false));
    state.apply(Action::FilterQueue(None));
    let args = state.args();
    assert_eq!(args.pending, None);
    assert!(args.queue_ids.is_empty());
}

#[test]
fn typing_waits_for_a_pause_and_choosing_does_not() {
    let mut state = opened();
    let request = state.table.request;
    state.apply(Action::Search("Sa".into()));
    assert!(state.debounce);
    assert!(state.table.request > request);
    state.apply(Action::FilterEvent(Some(HookEvent::Joined)));
    assert!(!state.debounce);
    // The same text again (a blur, a paste of what is there) reads nothing.
    let request = state.table.request;
    state.apply(Action::Search("Sa".into()));
    assert_eq!(state.table.request, request);
    // The same choice again reads nothing either.
    state.apply(Action::FilterEvent(Some(HookEvent::Joined)));
    assert_eq!(state.table.request, request);
}

#[test]
fn headers_cycle_ascending_descending_default() {
    let mut state = opened();
    state.apply(Action::Table(TableAction::SortBy(RegistryColumn::Queue)));
    assert_eq!(
        state.table.sort.map(|s| s.direction),
        Some(SortDirection::Ascending)
    );
    state.apply(Action::Table(TableAction::SortBy(RegistryColumn::Queue)));
    assert_eq!(
        state.table.sort.map(|s| s.direction),
        Some(SortDirection::Descending)
    );
    state.apply(Action::Table(TableAction::SortBy(RegistryColumn::Queue)));
    assert_eq!(state.table.sort, None);
    state.apply(Action::Table(TableAction::SortBy(RegistryColumn::State)));
    assert_eq!(
        state.table.sort.map(|s| s.column),
        Some(RegistryColumn::State)
    );
}

#[test]
fn a_refresh_keeps_filters_page_and_order_and_reads_only_once_opened() {
    let mut closed = AllQueuesState::default();
    closed.apply(Action::Refresh { options: true });
    assert_eq!((closed.table.request, closed.options_request), (0, 0));

    let mut state = opened();
    state.apply(Action::FilterState(Some(HookState::Enabled)));
    state.apply(Action::Table(TableAction::SortBy(RegistryColumn::Event)));
    let request = state.table.request;
    state.apply(loaded(
        request,
        page(
            vec![row(1, 7, "Sales", QueueType::Progressive, 3)],
            1,
            30,
            true,
        ),
    ));
    state.apply(Action::Table(TableAction::NextPage));
    let before = state.args();
    let options = state.options_request;
    state.apply(Action::Refresh { options: false });
    assert_eq!(state.args(), before);
    assert_eq!(state.options_request, options);
    state.apply(Action::Refresh { options: true });
    assert_eq!(state.args(), before);
    assert!(state.options_request > options);
    assert!(state.table.loading);
}

#[test]
fn an_emptied_page_steps_back_and_a_stale_answer_is_dropped() {
    let mut state = opened();
    state.apply(Action::Table(TableAction::NextPage));
    let old = state.table.request;
    state.apply(Action::OnlyConflicts(true));
    state.apply(loaded(old, page(vec![], 2, 0, false)));
    assert_eq!(state.table.page, 1);
    assert_eq!(
        state.table.rows.len(),
        1,
        "the stale answer changed nothing"
    );

    let mut state = opened();
    state.apply(Action::Table(TableAction::NextPage));
    let request = state.table.request;
    state.apply(loaded(
        request,
        page(
            vec![row(2, 7, "Sales", QueueType::Progressive, 3)],
            2,
            11,
            false,
        ),
    ));
    state.apply(Action::Table(TableAction::Deleted(vec![HookId(2)])));
    assert!(state.table.rows.is_empty());
    assert_eq!(state.table.total, Some(10));
    let request = state.table.request;
    state.apply(loaded(request, page(vec![], 2, 10, false)));
    assert_eq!(state.table.page, 1);
    assert!(state.table.loading);
}
