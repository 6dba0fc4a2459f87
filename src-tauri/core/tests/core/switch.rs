//! Switching many hooks of any queues and teams at once (the bulk bar's Enable and Disable),
//! against the demo data: queue 1 has 1 offering on, 2 bridged on, 3 missed on, 4 leaving off,
//! 5 leaving on, 6 processing on, 7 missed off; team 1 has 1 on, 2 on, 3 off.

use webitel_hooks_model::commands::{ListHooksArgs, SetHooksEnabledArgs};
use webitel_hooks_model::{
    ErrorCode, HookEvent, HookId, HookKey, HookLabel, HookOwner, PageSize, QueueId, TeamId,
};

use crate::support::{signed_in, unreachable, Env};

const QUEUE: HookOwner = HookOwner::Queue(QueueId(1));
const TEAM: HookOwner = HookOwner::Team(TeamId(1));

fn key(owner: HookOwner, id: i64) -> HookKey {
    HookKey {
        owner,
        hook_id: HookId(id),
    }
}

/// The window shows the rows before they are selected: the queues, and their pages are read.
async fn shown(env: &Env) {
    env.registry.list_queues(Default::default()).await.unwrap();
    for owner in [QUEUE, TEAM] {
        env.registry
            .list_hooks(ListHooksArgs {
                owner,
                page: 1,
                size: PageSize::new(100),
                sort: None,
            })
            .await
            .unwrap();
    }
}

fn queue_hook_on(env: &Env, id: u32) -> bool {
    env.sim.snapshot().find_hook(id).unwrap().1.enabled
}

fn team_hook_on(env: &Env, id: u32) -> bool {
    let data = env.sim.snapshot();
    let team = data.teams.iter().find(|t| t.id == 1).unwrap();
    team.hooks.iter().find(|h| h.id == id).unwrap().enabled
}

#[tokio::test]
async fn a_bulk_disable_switches_queue_and_team_hooks_and_leaves_those_already_off() {
    let env = signed_in("admin").await;
    shown(&env).await;
    let report = env
        .registry
        .set_hooks_enabled(SetHooksEnabledArgs {
            hooks: vec![key(QUEUE, 1), key(QUEUE, 4), key(TEAM, 1), key(QUEUE, 2)],
            enabled: false,
        })
        .await
        .unwrap();
    assert_eq!(
        report.switched,
        [key(QUEUE, 1), key(TEAM, 1), key(QUEUE, 2)]
    );
    assert_eq!(report.unchanged, [key(QUEUE, 4)]);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert!(!queue_hook_on(&env, 1) && !queue_hook_on(&env, 2));
    assert!(!team_hook_on(&env, 1));
    assert!(team_hook_on(&env, 2), "team 1's hook 2 untouched");
}

#[tokio::test]
async fn a_bulk_enable_refuses_a_second_enabled_event_before_sending_and_sends_the_rest() {
    let env = signed_in("admin").await;
    shown(&env).await;
    let before = env.sim.request_count();
    let report = env
        .registry
        .set_hooks_enabled(SetHooksEnabledArgs {
            // 4 is a leaving beside the enabled 5, 7 a missed beside the enabled 3; a team may
            // have several enabled agent_status hooks.
            hooks: vec![key(QUEUE, 4), key(QUEUE, 7), key(TEAM, 3)],
            enabled: true,
        })
        .await
        .unwrap();
    assert_eq!(report.switched, [key(TEAM, 3)]);
    let refused: Vec<HookKey> = report.failed.iter().map(|f| f.hook).collect();
    assert_eq!(refused, [key(QUEUE, 4), key(QUEUE, 7)]);
    let leaving = &report.failed[0];
    assert_eq!(leaving.error.code, ErrorCode::Rejected);
    // Among many queues' hooks, the report names the queue too.
    assert_eq!(
        leaving.label,
        HookLabel::new(HookEvent::Leaving, "CRM: log call result").in_owner("Sales Progressive EU")
    );
    assert!(
        leaving
            .error
            .message
            .ends_with("Disable the other Leaving hook first."),
        "{}",
        leaving.error.message
    );
    assert!(!queue_hook_on(&env, 4) && !queue_hook_on(&env, 7));
    assert!(team_hook_on(&env, 3));
    // One PATCH: the team's hook; nothing for the refused two.
    assert_eq!(env.sim.request_count(), before + 1);
}

#[tokio::test]
async fn two_hooks_of_one_event_enabled_together_the_first_goes_and_the_second_is_refused() {
    let env = signed_in("admin").await;
    shown(&env).await;
    let off = env
        .registry
        .set_hooks_enabled(SetHooksEnabledArgs {
            hooks: vec![key(QUEUE, 3)],
            enabled: false,
        })
        .await
        .unwrap();
    assert_eq!(off.switched, [key(QUEUE, 3)]);
    let report = env
        .registry
        .set_hooks_enabled(SetHooksEnabledArgs {
            hooks: vec![key(QUEUE, 7), key(QUEUE, 3), key(QUEUE, 7)],
            enabled: true,
        })
        .await
        .unwrap();
    assert_eq!(report.switched, [key(QUEUE, 7)]);
    assert_eq!(report.failed.len(), 1);
    assert_eq!(report.failed[0].hook, key(QUEUE, 3));
    assert!(queue_hook_on(&env, 7) && !queue_hook_on(&env, 3));
}

#[tokio::test]
async fn offline_a_bulk_disable_waits_in_the_outbox() {
    let env = signed_in("admin").await;
    shown(&env).await;
    unreachable(&env.sim);
    let report = env
        .registry
        .set_hooks_enabled(SetHooksEnabledArgs {
            hooks: vec![key(QUEUE, 1), key(TEAM, 2)],
            enabled: false,
        })
        .await
        .unwrap();
    assert_eq!(report.switched, [key(QUEUE, 1), key(TEAM, 2)]);
    let pending = env.registry.list_pending().unwrap();
    let waiting: Vec<HookKey> = pending
        .iter()
        .map(|c| HookKey {
            owner: c.owner,
            hook_id: c.hook_id,
        })
        .collect();
    assert_eq!(waiting, [key(QUEUE, 1), key(TEAM, 2)]);
}
