use webitel_hooks_model::journal::{BatchId, ChangeOrigin, JournalEntryId, JournalOutcome};
use webitel_hooks_model::{FlowRef, Hook, HookEvent, HookId, QueueId, SchemaId};

use super::*;

fn entry(id: i64, batch: i64) -> JournalEntry {
    let hook = Hook {
        id: HookId(id),
        owner: QueueId(1).into(),
        event: HookEvent::Bridged,
        flow: FlowRef {
            id: SchemaId(3),
            name: "CRM".into(),
        },
        enabled: true,
    };
    JournalEntry {
        id: JournalEntryId(id),
        at: 1_000 * id,
        server: "https://cc.example.com".into(),
        username: "admin".into(),
        owner: hook.owner,
        owner_name: "Sales EU".into(),
        hook_id: hook.id,
        event: HookEvent::Bridged,
        flow_name: "CRM".into(),
        action: JournalAction::Disabled,
        before: Some(hook.clone()),
        after: Some(Hook {
            enabled: false,
            ..hook
        }),
        origin: ChangeOrigin::Window,
        batch: BatchId(batch),
        outcome: JournalOutcome::Taken,
        error: None,
        undone_by: None,
        batch_size: 1,
    }
}

fn page(entries: Vec<JournalEntry>, total: u64) -> JournalPage {
    JournalPage {
        entries,
        page: 1,
        next: false,
        total,
        owners: vec![],
    }
}

fn opened() -> JournalState {
    let mut s = JournalState::default();
    s.apply(Action::Open { tz_offset_min: 0 });
    s
}

#[test]
fn opening_reads_the_first_page_newest_first_and_a_stale_answer_is_dropped() {
    let mut s = JournalState::default();
    assert_eq!(s.request, 0, "nothing read before the view is shown");
    s.apply(Action::Refresh);
    assert_eq!(
        s.request, 0,
        "a refresh before the view was shown reads nothing"
    );
    s.apply(Action::Open { tz_offset_min: 0 });
    assert_eq!((s.request, s.loading, s.page), (1, true, 1));
    assert_eq!(s.args().size.get(), PAGE_SIZE);
    let stale = s.request;
    s.apply(Action::Search("crm".into()));
    assert!(s.debounce, "typing waits for a pause");
    s.apply(Action::Loaded {
        request: stale,
        page: page(vec![entry(1, 1)], 1),
    });
    assert!(
        s.entries.is_empty() && s.loading,
        "the older answer is dropped"
    );
    s.apply(Action::Loaded {
        request: s.request,
        page: page(vec![entry(2, 1), entry(1, 1)], 2),
    });
    assert!(!s.loading);
    assert_eq!(s.entries.len(), 2);
    assert_eq!(s.args().filter.search, "crm");
}

#[test]
fn the_filters_go_out_as_the_journals_filter_and_back_to_the_first_page() {
    let mut s = opened();
    s.apply(Action::Loaded {
        request: s.request,
        page: page(vec![entry(1, 1)], 120),
    });
    s.apply(Action::Page(3));
    assert_eq!(s.page, 3);
    s.apply(Action::Page(9));
    assert_eq!(s.page, 3, "three pages of fifty hold 120: no page 9");
    let owner: HookOwner = QueueId(7).into();
    s.apply(Action::FilterOwner(Some(owner)));
    assert_eq!(s.page, 1);
    s.apply(Action::FilterKind(Some(JournalAction::Deleted)));
    let f = s.filter();
    assert_eq!(f.owners, [owner]);
    assert_eq!(f.actions, [JournalAction::Deleted]);
    assert!(s.filtered());
    s.apply(Action::ClearFilters);
    assert!(!s.filtered());
    assert_eq!(s.filter(), JournalFilter::default());
}

#[test]
fn a_date_range_is_whole_local_days_and_a_half_typed_date_reads_nothing() {
    // UTC+2: JavaScript's offset is -120 minutes.
    let mut s = JournalState::default();
    s.apply(Action::Open {
        tz_offset_min: -120,
    });
    let before = s.request;
    s.apply(Action::From("2026-12".into()));
    assert_eq!(s.request, before, "not a date yet");
    assert_eq!(s.filter().from, None);
    s.apply(Action::From("2026-12-06".into()));
    s.apply(Action::To("2026-12-06".into()));
    assert_eq!(s.request, before + 2);
    let f = s.filter();
    // 2026-12-06 00:00 UTC is 1796515200 s; local midnight is two hours earlier.
    assert_eq!(f.from, Some(1_796_515_200_000 - 2 * 3_600_000));
    assert_eq!(f.to, Some(f.from.unwrap() + DAY_MS), "the whole day");
    assert_eq!(days_of("1970-01-01"), Some(0));
    assert_eq!(days_of("2026-13-01"), None);
    assert_eq!(days_of("yesterday"), None);
}

#[test]
fn an_undo_disables_the_buttons_until_it_ends_then_the_page_is_read_again() {
    let mut s = opened();
    s.apply(Action::Loaded {
        request: s.request,
        page: page(vec![entry(2, 9), entry(1, 9)], 2),
    });
    assert!(s.may_undo());
    s.apply(Action::UndoStarted(UndoTarget::Batch(BatchId(9))));
    assert!(!s.may_undo());
    let before = s.request;
    s.apply(Action::UndoEnded);
    assert!(s.may_undo());
    assert_eq!(s.request, before + 1, "what the undo wrote is read");
}

#[test]
fn a_page_emptied_meanwhile_goes_back_to_the_last_one() {
    let mut s = opened();
    s.apply(Action::Loaded {
        request: s.request,
        page: page(vec![entry(1, 1)], 120),
    });
    s.apply(Action::Page(3));
    // Old entries were pruned: 60 are left, page 3 is empty.
    s.apply(Action::Loaded {
        request: s.request,
        page: JournalPage {
            page: 3,
            ..page(vec![], 60)
        },
    });
    assert_eq!(s.page, 2);
    assert!(s.loading, "the last page is read");
}

#[test]
fn undo_is_offered_only_where_the_user_may_change_the_owners_hooks() {
    let admin = Permissions {
        read_hooks: true,
        change_hooks: true,
        read_flows: true,
        read_team_hooks: true,
        change_team_hooks: true,
    };
    let viewer = Permissions {
        change_hooks: false,
        change_team_hooks: false,
        ..admin
    };
    let taken = entry(1, 1);
    assert!(undo_offered(&taken, admin));
    assert!(
        !undo_offered(&taken, viewer),
        "a read-only user gets no Undo"
    );
    let team_only = Permissions {
        change_hooks: false,
        ..admin
    };
    assert!(
        !undo_offered(&taken, team_only),
        "a queue's entry needs change_hooks"
    );
    let undone = JournalEntry {
        undone_by: Some(BatchId(9)),
        ..entry(2, 2)
    };
    assert!(!undo_offered(&undone, admin), "already undone");
    let refused = JournalEntry {
        outcome: JournalOutcome::Refused,
        ..entry(3, 3)
    };
    assert!(!undo_offered(&refused, admin), "the server did not take it");
}
