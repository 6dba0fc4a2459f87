//! The picker's rules: the first pick (the owner used last, a queue or a team, else the first
//! Progressive Dialer queue), never over the user's; the tabs; stale answers; the stored pick.

use super::*;
use webitel_hooks_model::ErrorCode;

fn queue(id: i64, queue_type: QueueType) -> Queue {
    Queue {
        id: QueueId(id),
        name: format!("Queue {id}"),
        queue_type,
        enabled: true,
        team: None,
    }
}

fn team(id: i64) -> Team {
    Team {
        id: TeamId(id),
        name: format!("Team {id}"),
    }
}

fn listed() -> Vec<Queue> {
    vec![
        queue(1, QueueType::Inbound),
        queue(2, QueueType::Progressive),
        queue(3, QueueType::Progressive),
    ]
}

fn first_list(state: &mut QueuesState, queues: Vec<Queue>) {
    state.apply(Action::Reload);
    let request = state.request;
    state.apply(Action::Loaded { request, queues });
}

fn teams_list(state: &mut QueuesState, teams: Vec<Team>) {
    let request = state.teams.request;
    state.apply(Action::TeamsLoaded { request, teams });
}

fn q(id: i64) -> HookOwner {
    HookOwner::Queue(QueueId(id))
}

fn tm(id: i64) -> HookOwner {
    HookOwner::Team(TeamId(id))
}

#[test]
fn the_first_pick_is_the_last_used_else_the_first_progressive() {
    let picked = |queues: &[Queue], last: Option<HookOwner>| match first_pick(
        Some(queues),
        Some(&[team(5)]),
        last,
    ) {
        FirstPick::Pick(p) => Some(p.owner()),
        _ => None,
    };
    assert_eq!(picked(&listed(), Some(q(1))), Some(q(1)));
    assert_eq!(
        picked(&listed(), Some(q(9))),
        Some(q(2)),
        "last used no longer listed"
    );
    assert_eq!(picked(&listed(), None), Some(q(2)));
    assert_eq!(picked(&listed(), Some(tm(5))), Some(tm(5)));
    assert_eq!(
        picked(&listed(), Some(tm(1))),
        Some(q(2)),
        "team 1 is not queue 1"
    );
    assert_eq!(picked(&[queue(1, QueueType::Inbound)], None), None);
    assert_eq!(picked(&[], Some(q(1))), None);
}

#[test]
fn a_team_used_last_waits_for_the_teams_and_a_queue_for_the_queues() {
    let queues = listed();
    assert_eq!(
        first_pick(None, Some(&[team(5)]), Some(q(1))),
        FirstPick::Wait
    );
    assert_eq!(
        first_pick(Some(&queues), None, Some(tm(5))),
        FirstPick::Wait
    );
    assert_eq!(
        first_pick(None, Some(&[team(5)]), Some(tm(5))),
        FirstPick::Pick(Picked::Team(team(5))),
        "the team is listed: the queues are not needed"
    );
    assert_eq!(
        first_pick(None, Some(&[]), Some(tm(5))),
        FirstPick::Wait,
        "the team is gone: the queues decide"
    );
}

#[test]
fn the_first_lists_pick_once_and_never_over_the_user() {
    let mut state = QueuesState::new(Some(q(3)), false);
    first_list(&mut state, listed());
    assert_eq!(state.picked, Some(q(3)));
    assert_eq!(state.auto_picked.as_ref().map(Picked::owner), Some(q(3)));
    // The user picks another; later lists keep it.
    state.apply(Action::Pick(q(1)));
    first_list(&mut state, listed());
    assert_eq!(state.picked, Some(q(1)));
    assert_eq!(state.auto_picked.as_ref().map(Picked::owner), Some(q(3)));

    // A pick made before the list arrived (from the all-hooks registry) stands.
    let mut state = QueuesState::new(None, false);
    state.apply(Action::Pick(q(1)));
    first_list(&mut state, listed());
    assert_eq!(state.picked, Some(q(1)));
    assert_eq!(state.auto_picked, None);

    // Nothing to pick in the first list: a later list picks nothing either.
    let mut state = QueuesState::new(None, false);
    first_list(&mut state, vec![queue(1, QueueType::Inbound)]);
    assert_eq!((state.picked, state.auto_picked.clone()), (None, None));
    first_list(&mut state, listed());
    assert_eq!(state.picked, None);
}

#[test]
fn picking_a_team_opens_it_and_a_team_used_last_opens_on_its_tab() {
    let mut state = QueuesState::new(Some(tm(5)), true);
    state.apply(Action::Reload);
    assert!(state.teams.loading, "the teams are read with the queues");
    let request = state.request;
    state.apply(Action::Loaded {
        request,
        queues: listed(),
    });
    assert_eq!(state.picked, None, "waits for the teams");
    teams_list(&mut state, vec![team(4), team(5)]);
    assert_eq!(state.picked, Some(tm(5)));
    assert_eq!(state.auto_picked, Some(Picked::Team(team(5))));
    assert_eq!(state.tab, Tab::Teams);

    // The user goes to the queues' tab and picks a queue; the tab alone picks nothing.
    state.apply(Action::ShowTab(Tab::Queues));
    assert_eq!((state.tab, state.picked), (Tab::Queues, Some(tm(5))));
    state.apply(Action::Pick(q(2)));
    assert_eq!(state.picked, Some(q(2)));
    state.apply(Action::ShowTab(Tab::Teams));
    state.apply(Action::Pick(tm(4)));
    assert_eq!(state.picked, Some(tm(4)));
}

#[test]
fn a_team_used_last_that_is_gone_falls_back_to_the_queues() {
    // Listed without it.
    let mut state = QueuesState::new(Some(tm(5)), true);
    state.apply(Action::Reload);
    teams_list(&mut state, vec![team(4)]);
    assert_eq!(state.picked, None);
    let request = state.request;
    state.apply(Action::Loaded {
        request,
        queues: listed(),
    });
    assert_eq!(state.picked, Some(q(2)));
    assert_eq!(state.tab, Tab::Queues);

    // The teams could not be read.
    let mut state = QueuesState::new(Some(tm(5)), true);
    first_list(&mut state, listed());
    let request = state.teams.request;
    state.apply(Action::TeamsFailed {
        request,
        error: AppError::new(ErrorCode::Offline, "x"),
    });
    assert_eq!(state.picked, Some(q(2)));
    assert!(state.teams.error.is_some());

    // The user may no longer read teams' hooks: no tabs, no team read, the queues decide.
    let mut state = QueuesState::new(Some(tm(5)), false);
    state.apply(Action::ShowTab(Tab::Teams));
    assert_eq!(state.tab, Tab::Queues);
    first_list(&mut state, listed());
    assert_eq!(state.teams.request, 0);
    assert_eq!(state.picked, Some(q(2)));
}

#[test]
fn a_team_search_reads_again_and_old_answers_are_dropped() {
    let mut state = QueuesState::new(None, true);
    state.apply(Action::Reload);
    let first = state.teams.request;
    state.apply(Action::SearchTeams("sup".into()));
    assert_eq!(state.teams.search, "sup");
    assert!(state.teams.request > first);
    state.apply(Action::TeamsLoaded {
        request: first,
        teams: vec![team(1), team(2)],
    });
    assert!(state.teams.loading && state.teams.teams.is_empty());
    teams_list(&mut state, vec![team(2)]);
    assert!(!state.teams.loading);
    assert_eq!(state.teams.teams.len(), 1);
}

#[test]
fn a_failed_or_overtaken_read_is_not_the_first_list() {
    let mut state = QueuesState::new(None, false);
    state.apply(Action::Reload);
    let first = state.request;
    state.apply(Action::Failed {
        request: first,
        error: AppError::new(ErrorCode::Offline, "x"),
    });
    state.apply(Action::Reload);
    let stale = state.request;
    state.apply(Action::Reload);
    state.apply(Action::Loaded {
        request: stale,
        queues: listed(),
    });
    assert_eq!(state.picked, None);
    let request = state.request;
    state.apply(Action::Loaded {
        request,
        queues: listed(),
    });
    assert_eq!(state.picked, Some(q(2)));
}

#[test]
fn the_owner_used_last_is_kept_per_account() {
    let key = last_used_key("https://a.example", "admin");
    assert_ne!(key, last_used_key("https://b.example", "admin"));
    assert_ne!(key, last_used_key("https://a.example", "agent"));
    // A queue stays a bare id, as versions before teams wrote and read it.
    assert_eq!(last_used_value(q(42)), "42");
    assert_eq!(last_used_value(tm(42)), "team:42");
    for owner in [q(42), tm(42)] {
        assert_eq!(parse_last_used(&last_used_value(owner)), Some(owner));
    }
    assert_eq!(parse_last_used("queue:7"), Some(q(7)));
    assert_eq!(parse_last_used("nope"), None);
    assert_eq!(parse_last_used("agent:7"), None);
    assert_eq!(parse_last_used("team:x"), None);
}

#[test]
fn filters_read_again_and_old_answers_are_dropped() {
    let mut state = QueuesState::default();
    state.apply(Action::Reload);
    let first = state.request;
    state.apply(Action::FilterType(Some(QueueType::Progressive)));
    state.apply(Action::Failed {
        request: first,
        error: AppError::new(ErrorCode::Offline, "x"),
    });
    assert!(state.loading);
    assert!(state.error.is_none());
    let request = state.request;
    state.apply(Action::Loaded {
        request,
        queues: vec![],
    });
    assert!(!state.loading);
}
