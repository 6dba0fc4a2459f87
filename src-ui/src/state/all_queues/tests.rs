//! What the all-queues registry adds to the shared table: its filters and search, the
//! request they make, the header cycle, refreshes and the filters' choices.

use super::*;
use crate::i18n::t_count;
use webitel_hooks_model::{
    FlowRef, Hook, HookId, HookRow, PageSize, RegistrySort, SortDirection, TeamId,
};

fn row(hook: i64, queue: i64, queue_name: &str, queue_type: QueueType, flow: i64) -> HookRow {
    HookRow {
        hook: Hook {
            id: HookId(hook),
            owner: HookOwner::Queue(QueueId(queue)),
            event: HookEvent::Bridged,
            flow: FlowRef {
                id: SchemaId(flow),
                name: format!("Flow {flow}"),
            },
            enabled: true,
        },
        owner_name: queue_name.into(),
        queue_type: Some(queue_type),
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
    state.apply(Action::FilterOwner(Some(HookOwner::Queue(QueueId(7)))));
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
            owners: vec![HookOwner::Queue(QueueId(7))],
            kinds: vec![],
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
    state.apply(Action::FilterOwner(None));
    let args = state.args();
    assert_eq!(args.pending, None);
    assert!(args.owners.is_empty());
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
    state.apply(Action::Table(TableAction::Deleted(vec![(
        QUEUE,
        HookId(2),
    )])));
    assert!(state.table.rows.is_empty());
    assert_eq!(state.table.total, Some(10));
    let request = state.table.request;
    state.apply(loaded(request, page(vec![], 2, 10, false)));
    assert_eq!(state.table.page, 1);
    assert!(state.table.loading);
}

const TEAM: HookOwner = HookOwner::Team(TeamId(7));
const QUEUE: HookOwner = HookOwner::Queue(QueueId(7));

#[test]
fn the_kind_filter_asks_for_one_kind_from_page_one() {
    let mut state = opened();
    state.apply(Action::Table(TableAction::NextPage));
    let request = state.table.request;
    state.apply(Action::FilterKind(Some(OwnerKind::Team)));
    assert_eq!(state.table.page, 1);
    assert!(state.table.request > request);
    assert_eq!(state.args().kinds, vec![OwnerKind::Team]);
    // The same kind again reads nothing; All stops filtering.
    let request = state.table.request;
    state.apply(Action::FilterKind(Some(OwnerKind::Team)));
    assert_eq!(state.table.request, request);
    state.apply(Action::FilterKind(None));
    assert!(state.args().kinds.is_empty());
    state.apply(Action::FilterKind(Some(OwnerKind::Queue)));
    assert_eq!(state.args().kinds, vec![OwnerKind::Queue]);
}

#[test]
fn the_kind_owner_and_type_filters_never_leave_a_choice_that_shows_nothing() {
    let mut state = opened();
    // A queue and a type chosen, then Teams: neither can match a team's hook.
    state.apply(Action::FilterOwner(Some(QUEUE)));
    state.apply(Action::FilterQueueType(Some(QueueType::Progressive)));
    state.apply(Action::FilterKind(Some(OwnerKind::Team)));
    let args = state.args();
    assert_eq!(
        (args.kinds, args.owners, args.queue_types),
        (vec![OwnerKind::Team], vec![], vec![])
    );

    // A team chosen while Queues is: the kind goes, the team stays (the team of queue 7's id).
    state.apply(Action::FilterKind(Some(OwnerKind::Queue)));
    state.apply(Action::FilterOwner(Some(TEAM)));
    let args = state.args();
    assert_eq!((args.kinds, args.owners), (vec![], vec![TEAM]));

    // A queue type chosen while a team is: the team goes.
    state.apply(Action::FilterQueueType(Some(QueueType::Inbound)));
    let args = state.args();
    assert_eq!(args.owners, vec![]);
    assert_eq!(args.queue_types, vec![QueueType::Inbound]);

    // A queue of the chosen kind stays.
    state.apply(Action::FilterKind(Some(OwnerKind::Queue)));
    state.apply(Action::FilterOwner(Some(QUEUE)));
    let args = state.args();
    assert_eq!(
        (args.kinds, args.owners, args.queue_types),
        (
            vec![OwnerKind::Queue],
            vec![QUEUE],
            vec![QueueType::Inbound]
        )
    );
}

#[test]
fn an_owner_choice_names_its_kind_and_id() {
    for owner in [QUEUE, TEAM] {
        assert_eq!(parse_owner_value(&owner_value(owner)), Some(owner));
    }
    assert_ne!(owner_value(QUEUE), owner_value(TEAM));
    assert_eq!(parse_owner_value(""), None);
    assert_eq!(parse_owner_value("7"), None);
    assert_eq!(parse_owner_value("agent:7"), None);
    for kind in [OwnerKind::Queue, OwnerKind::Team] {
        assert_eq!(parse_kind_value(kind_value(kind)), Some(kind));
    }
    assert_eq!(parse_kind_value(""), None);
}

#[test]
fn the_owner_choices_come_as_the_cache_names_them() {
    let choices = RegistryChoices {
        owners: vec![
            OwnerName {
                owner: QUEUE,
                name: "Sales".into(),
            },
            OwnerName {
                owner: TEAM,
                name: "Support".into(),
            },
        ],
        flows: vec![FlowRef {
            id: SchemaId(3),
            name: "Flow 3".into(),
        }],
    };
    let options = FilterOptions::from_choices(choices.clone());
    assert_eq!(*options.owner_names, choices.owners);
    assert_eq!(*options.flow_names, vec![(3, "Flow 3".to_owned())]);
}

/// A user who may change queues' hooks but not teams'.
const QUEUES_ONLY: Permissions = Permissions {
    read_hooks: true,
    change_hooks: true,
    read_flows: true,
    read_team_hooks: true,
    change_team_hooks: false,
};

fn team_row(hook: i64, team: i64) -> HookRow {
    let mut row = row(hook, 0, "Support", QueueType::Progressive, 3);
    row.hook.owner = HookOwner::Team(TeamId(team));
    row.hook.event = HookEvent::AgentStatus;
    row.queue_type = None;
    row
}

/// Opened by a user who may change queues only, its first page of ten rows read: hooks 1..=8
/// of queue 7 and hooks 1 and 2 of team 7, of `total` matching.
fn mixed_page(total: u64) -> AllQueuesState {
    let mut state = AllQueuesState::default();
    state.apply(Action::Rights(QUEUES_ONLY));
    state.apply(Action::Open);
    let mut rows: Vec<HookRow> = (1..=8)
        .map(|id| row(id, 7, "Sales", QueueType::Progressive, 3))
        .collect();
    rows.extend([team_row(1, 7), team_row(2, 7)]);
    let request = state.table.request;
    state.apply(loaded(request, page(rows, 1, total, total > 10)));
    state
}

fn key(owner: HookOwner, id: i64) -> crate::state::table::HookKey {
    (owner, HookId(id))
}

#[test]
fn only_rows_of_owners_the_user_may_change_are_selected() {
    let mut state = mixed_page(10);
    // A team's row cannot be ticked by a user who may not change teams' hooks.
    state.apply(Action::Table(TableAction::Select {
        key: key(TEAM, 1),
        selected: true,
    }));
    assert_eq!(state.selected_count(), 0);
    // Select all takes the page's queue rows, and counts as every row selected.
    state.apply(Action::Table(TableAction::SelectAll(true)));
    assert_eq!(state.selected_count(), 8);
    assert!(state.table.selected.iter().all(|(o, _)| *o == QUEUE));
    assert!(state.all_selected());
    // One row unticked: not all any more.
    state.apply(Action::Table(TableAction::Select {
        key: key(QUEUE, 3),
        selected: false,
    }));
    assert!(!state.all_selected());
    assert_eq!(state.selected_count(), 7);

    // Rights that shrink take their rows out of the selection.
    state.apply(Action::Rights(Permissions {
        change_hooks: false,
        change_team_hooks: true,
        ..QUEUES_ONLY
    }));
    assert_eq!(state.selected_count(), 0);
    state.apply(Action::Table(TableAction::SelectAll(true)));
    assert_eq!(
        state.table.selection_in_order(),
        vec![key(TEAM, 1), key(TEAM, 2)]
    );
}

#[test]
fn the_bulk_buttons_count_the_whole_selection() {
    let mut state = mixed_page(10);
    for id in [2, 5, 7] {
        state.apply(Action::Table(TableAction::Select {
            key: key(QUEUE, id),
            selected: true,
        }));
    }
    let count = state.selected_count();
    assert_eq!(
        t_count("bulk-enable-selected", count),
        "Enable 3 selected hooks"
    );
    assert_eq!(
        t_count("bulk-disable-selected", count),
        "Disable 3 selected hooks"
    );
    state.apply(Action::Table(TableAction::Select {
        key: key(QUEUE, 5),
        selected: false,
    }));
    state.apply(Action::Table(TableAction::Select {
        key: key(QUEUE, 7),
        selected: false,
    }));
    assert_eq!(
        t_count("bulk-enable-selected", state.selected_count()),
        "Enable 1 selected hook"
    );
    assert_eq!(
        t_count("bulk-disable-selected", state.selected_count()),
        "Disable 1 selected hook"
    );
    assert_eq!(
        t_count("bulk-select-matching", 45),
        "Select all 45 matching"
    );
}

#[test]
fn select_all_matching_reads_every_match_and_keeps_what_may_be_changed() {
    let mut state = mixed_page(45);
    // Offered only once the page's selectable rows are all selected, and more match.
    assert_eq!(state.offers_all_matching(), None);
    state.apply(Action::SelectAllMatching);
    assert_eq!(state.matching_request, 0, "nothing to offer, nothing read");
    state.apply(Action::Table(TableAction::SelectAll(true)));
    assert_eq!(state.offers_all_matching(), Some(45));

    state.apply(Action::SelectAllMatching);
    assert!(state.selecting_matching);
    let request = state.matching_request;
    assert!(request > 0);
    assert_eq!(state.offers_all_matching(), None, "not offered while read");
    // The read asks for the filters shown, as many rows at once as a request takes.
    let args = state.matching_args(2);
    assert_eq!((args.page, args.size.get()), (2, PageSize::MAX));
    assert_eq!(
        ListAllHooksArgs {
            page: 1,
            size: PageSize::DEFAULT,
            ..args
        },
        state.args()
    );

    // 40 queue hooks and 5 team hooks match: the team hooks are left out.
    let mut keys: Vec<_> = (1..=40).map(|id| key(QUEUE, id)).collect();
    keys.extend((1..=5).map(|id| key(TEAM, id)));
    state.apply(Action::MatchingLoaded { request, keys });
    assert!(!state.selecting_matching);
    assert!(state.matching_selected);
    assert_eq!(state.selected_count(), 40);
    assert_eq!(
        t_count("bulk-disable-selected", state.selected_count()),
        "Disable 40 selected hooks"
    );
    assert_eq!(state.offers_all_matching(), None, "done, not offered again");

    // A refresh in place (hooks changed elsewhere) keeps every matching hook selected.
    state.apply(Action::Refresh { options: false });
    let page_request = state.table.request;
    let rows: Vec<HookRow> = (1..=10)
        .map(|id| row(id, 7, "Sales", QueueType::Progressive, 3))
        .collect();
    state.apply(loaded(page_request, page(rows, 1, 45, true)));
    assert_eq!(state.selected_count(), 40);
    assert!(state.matching_selected);

    // A row unticked by hand: the selection is the user's again, less that row.
    state.apply(Action::Table(TableAction::Select {
        key: key(QUEUE, 40),
        selected: false,
    }));
    assert!(!state.matching_selected);
    assert_eq!(state.selected_count(), 39);

    // After a bulk action the selection clears.
    state.apply(Action::Table(TableAction::ClearSelection));
    assert_eq!(state.selected_count(), 0);
}

#[test]
fn a_filter_change_clears_the_selection_and_drops_a_matching_read() {
    let mut state = mixed_page(45);
    state.apply(Action::Table(TableAction::SelectAll(true)));
    state.apply(Action::SelectAllMatching);
    let request = state.matching_request;
    state.apply(Action::FilterState(Some(HookState::Enabled)));
    assert_eq!(
        state.selected_count(),
        0,
        "cleared at once, before the page"
    );
    assert!(!state.selecting_matching);
    assert!(state.matching_request > request);
    // The answer for the filters before comes late: it selects nothing.
    state.apply(Action::MatchingLoaded {
        request,
        keys: vec![key(QUEUE, 1)],
    });
    assert_eq!(state.selected_count(), 0);

    // A search is a filter too; the same search again is not a change.
    let mut state = mixed_page(45);
    state.apply(Action::Table(TableAction::SelectAll(true)));
    state.apply(Action::Search("Sales".into()));
    assert_eq!(state.selected_count(), 0);
    state.apply(Action::Table(TableAction::SelectAll(true)));
    state.apply(Action::Search("Sales".into()));
    assert_eq!(state.selected_count(), 8);

    // A page turn ends the selection as in the queue's registry.
    state.apply(Action::Table(TableAction::NextPage));
    let request = state.table.request;
    state.apply(loaded(request, page(vec![], 2, 45, true)));
    assert_eq!(state.selected_count(), 0);

    // A failed read of every match leaves the page's selection as it was.
    let mut state = mixed_page(45);
    state.apply(Action::Table(TableAction::SelectAll(true)));
    state.apply(Action::SelectAllMatching);
    let request = state.matching_request;
    state.apply(Action::MatchingFailed { request });
    assert!(!state.selecting_matching && !state.matching_selected);
    assert_eq!(state.selected_count(), 8);
    assert_eq!(state.offers_all_matching(), Some(45), "offered again");
}
