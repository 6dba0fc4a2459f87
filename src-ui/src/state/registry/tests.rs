//! What a queue's or a team's registry adds to the shared table: the picked owner and its first
//! read; a delete reads the same page again, as Webitel's admin does.

use super::*;
use webitel_hooks_model::{
    FlowRef, Hook, HookEvent, HookId, HookRow, PageSize, QueueId, QueueType, SchemaId, TeamId,
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
            owner: HookOwner::Queue(QueueId(7)),
            event,
            flow: FlowRef {
                id: SchemaId(1),
                name: "Flow".into(),
            },
            enabled: true,
        },
        owner_name: "Dialer".into(),
        queue_type: Some(QueueType::Progressive),
        pending: false,
        conflict: false,
        synced_at: 0,
    }
}

fn key(id: i64) -> (HookOwner, HookId) {
    (HookOwner::Queue(QueueId(7)), HookId(id))
}

fn team() -> Team {
    Team {
        id: TeamId(7),
        name: "Support".into(),
    }
}

/// A picked queue whose page `n` is loaded with `rows`.
fn on_page(n: u32, rows: Vec<HookRow>) -> RegistryState {
    let mut state = RegistryState::default();
    state.apply(Action::Pick(Picked::Queue(queue())));
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
    state.apply(Action::Pick(Picked::Queue(queue())));
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
    state.apply(TableAction::Deleted(vec![key(1)]).into());
    assert_eq!(state.table.page, 3, "the same page, read again");
    assert!(state.table.loading);

    // Every row of the page deleted: still the same page is read; only an empty answer steps
    // back one page.
    let mut state = on_page(3, two());
    state.apply(TableAction::Deleted(vec![key(1), key(2)]).into());
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

#[test]
fn picking_a_team_reads_its_first_page_as_a_queue_does() {
    let mut state = on_page(2, vec![row(1, HookEvent::Bridged)]);
    state.apply(
        TableAction::Select {
            key: key(1),
            selected: true,
        }
        .into(),
    );
    let before = state.table.request;
    state.apply(Action::Pick(Picked::Team(team())));
    assert_eq!(state.owner(), Some(HookOwner::Team(TeamId(7))));
    assert_ne!(
        state.owner(),
        Some(HookOwner::Queue(QueueId(7))),
        "a team is not the queue of its id"
    );
    let picked = state
        .picked
        .as_ref()
        .map(|p| (p.kind(), p.name(), p.queue_type()));
    assert_eq!(picked, Some((OwnerKind::Team, "Support", None)));
    let table = &state.table;
    assert_eq!((table.page, table.size), (1, PageSize::DEFAULT));
    assert_eq!(table.sort, Some(HookSort::DEFAULT));
    assert!(table.loading && table.request > before);
    assert!(table.rows.is_empty() && table.selected.is_empty());

    // The queue's answer, asked before the team was picked, is dropped.
    state.apply(Action::Table(TableAction::Loaded {
        request: before,
        rows: vec![row(1, HookEvent::Bridged)],
        next: false,
        total: None,
        skipped: 0,
    }));
    assert!(state.table.rows.is_empty());
    state.apply(Action::Refresh);
    assert!(state.table.loading);
}

#[test]
fn revealing_a_hook_on_another_page_reads_that_page_and_marks_its_row() {
    let mut state = on_page(1, vec![row(1, HookEvent::Bridged)]);
    let before = state.table.request;
    state.apply(Action::Reveal {
        key: key(12),
        page: 2,
    });
    assert_eq!(state.table.page, 2);
    assert!(state.table.loading && state.table.request > before);
    assert_eq!(state.highlighted, Some(key(12)));
    // The page's answer keeps the mark; a refresh in place too.
    let request = state.table.request;
    state.apply(Action::Table(TableAction::Loaded {
        request,
        rows: vec![row(12, HookEvent::Bridged)],
        next: false,
        total: None,
        skipped: 0,
    }));
    state.apply(Action::Refresh);
    assert_eq!(state.highlighted, Some(key(12)));
    // Moving on to another page drops it.
    state.apply(TableAction::PreviousPage.into());
    assert_eq!(state.highlighted, None);
}

#[test]
fn revealing_a_hook_already_shown_reads_nothing_and_another_owners_is_ignored() {
    let mut state = on_page(1, vec![row(1, HookEvent::Bridged)]);
    let before = state.table.request;
    state.apply(Action::Reveal {
        key: key(1),
        page: 1,
    });
    assert_eq!(state.table.request, before, "the row is on screen");
    assert_eq!(state.highlighted, Some(key(1)));

    state.apply(Action::Reveal {
        key: (HookOwner::Team(TeamId(7)), HookId(1)),
        page: 3,
    });
    assert_eq!(state.table.page, 1, "a team's hook is not this queue's");
    assert_eq!(state.highlighted, Some(key(1)));
    state.apply(Action::Pick(Picked::Team(team())));
    assert_eq!(state.highlighted, None);
}
