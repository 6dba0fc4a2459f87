//! A team's hooks through the same use cases as a queue's, against the stand-in server answering
//! as webitel/engine's TeamHookService does (app/cc_team_hook.go, store/sqlstore/
//! cc_team_hook_store.go): one event, `agent_status`; one hook per flow per team, enabled or not
//! (the unique index `cc_team_events_team_id_schema_id_uindex`); rights on `cc_team`. The demo's
//! team 1, "Sales", has hooks 1 (flow 104, on), 2 (flow 112, on) and 3 (flow 107, off); its ids
//! are those of queue 1's first hooks too, in a table of their own.

use webitel_hooks_core::{SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{
    CreateHookArgs, DeleteHooksArgs, ListHooksArgs, ListTeamsArgs, SetHookEnabledArgs,
    UpdateHookArgs,
};
use webitel_hooks_model::{
    ErrorCode, HookDraft, HookEvent, HookId, HookOwner, PageSize, SchemaId, TeamId,
};

use crate::support::{reachable, signed_in, unreachable, SALES_EU};

const SALES_TEAM: HookOwner = HookOwner::Team(TeamId(1));

fn page(owner: HookOwner) -> ListHooksArgs {
    ListHooksArgs {
        owner,
        page: 1,
        size: PageSize::new(100),
        sort: None,
    }
}

fn agent_status(flow: i64) -> HookDraft {
    HookDraft {
        event: HookEvent::AgentStatus,
        flow_id: SchemaId(flow),
    }
}

fn on_server(env: &crate::support::Env, team: i64) -> Vec<(u32, i64, bool)> {
    let data = env.sim.snapshot();
    let mut hooks: Vec<(u32, i64, bool)> = data
        .teams
        .iter()
        .find(|t| t.id == team)
        .map(|t| {
            t.hooks
                .iter()
                .map(|h| (h.id, h.schema_id, h.enabled))
                .collect()
        })
        .unwrap_or_default();
    hooks.sort();
    hooks
}

#[tokio::test]
async fn a_teams_hooks_are_listed_added_switched_edited_and_deleted_like_a_queues() {
    let env = signed_in("admin").await;
    let teams = env
        .registry
        .list_teams(ListTeamsArgs::default())
        .await
        .unwrap();
    let names: Vec<&str> = teams.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Collections", "Retention", "Sales", "Support"]);

    let rows = env.registry.list_hooks(page(SALES_TEAM)).await.unwrap();
    assert_eq!(rows.items.len(), 3);
    assert!(rows.items.iter().all(|r| r.hook.owner == SALES_TEAM
        && r.owner_name == "Sales"
        && r.queue_type.is_none()
        && r.hook.event == HookEvent::AgentStatus));
    // Queue 1's hook 1 is another hook than team 1's hook 1.
    let queue_rows = env
        .registry
        .list_hooks(page(SALES_EU.into()))
        .await
        .unwrap();
    let queue_hook_1 = queue_rows.items.iter().find(|r| r.hook.id == HookId(1));
    assert_eq!(
        queue_hook_1.map(|r| r.hook.event.clone()),
        Some(HookEvent::Offering)
    );

    let created = env
        .registry
        .create_hook(CreateHookArgs {
            owner: SALES_TEAM,
            draft: agent_status(101),
        })
        .await
        .unwrap();
    assert_eq!(created.owner, SALES_TEAM);
    assert!(created.enabled);
    assert!(on_server(&env, 1).contains(&(created.id.0 as u32, 101, true)));

    // A second enabled agent_status hook is fine for a team; a second hook of one flow is not.
    let switched = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_TEAM,
            hook_id: HookId(3),
            enabled: true,
        })
        .await
        .unwrap();
    assert!(switched.enabled);
    let before = on_server(&env, 1);
    let taken = env
        .registry
        .create_hook(CreateHookArgs {
            owner: SALES_TEAM,
            draft: agent_status(104),
        })
        .await
        .unwrap_err();
    assert_eq!(taken.code(), ErrorCode::Rejected);
    assert_eq!(
        taken.to_string(),
        "The server refused a second hook of this flow in this team: a team takes one hook per flow. Pick another flow, or edit the team's hook of this flow."
    );
    assert_eq!(on_server(&env, 1), before);

    let edited = env
        .registry
        .update_hook(UpdateHookArgs {
            owner: SALES_TEAM,
            hook_id: HookId(1),
            draft: agent_status(105),
        })
        .await
        .unwrap();
    assert_eq!(edited.flow.id, SchemaId(105));
    let report = env
        .registry
        .delete_hooks(DeleteHooksArgs {
            owner: SALES_TEAM,
            hook_ids: vec![HookId(2)],
        })
        .await
        .unwrap();
    assert_eq!(report.deleted, [HookId(2)]);
    let ids: Vec<u32> = on_server(&env, 1).iter().map(|h| h.0).collect();
    assert!(!ids.contains(&2) && ids.contains(&1));
    // The queue's hook 2 is untouched.
    assert!(env.sim.snapshot().find_hook(2).is_some());
}

#[tokio::test]
async fn a_queue_event_for_a_team_is_refused_before_any_request() {
    let env = signed_in("admin").await;
    let before = env.sim.request_count();
    let err = env
        .registry
        .create_hook(CreateHookArgs {
            owner: SALES_TEAM,
            draft: HookDraft {
                event: HookEvent::Bridged,
                flow_id: SchemaId(101),
            },
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(env.sim.request_count(), before);
}

#[tokio::test]
async fn a_team_gone_on_the_server_says_so() {
    let env = signed_in("admin").await;
    env.registry.list_hooks(page(SALES_TEAM)).await.unwrap();
    env.sim.with_data(|d| d.teams.retain(|t| t.id != 1));
    let err = env.registry.list_hooks(page(SALES_TEAM)).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(
        err.to_string(),
        "This team no longer exists on the server. Refresh the list of teams and pick another team."
    );
    let err = env
        .registry
        .create_hook(CreateHookArgs {
            owner: SALES_TEAM,
            draft: agent_status(101),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "{err}");
}

#[tokio::test]
async fn offline_a_teams_switch_waits_in_the_outbox_and_the_sync_sends_it() {
    let env = signed_in("admin").await;
    env.registry.list_hooks(page(SALES_TEAM)).await.unwrap();
    unreachable(&env.sim);
    let kept = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_TEAM,
            hook_id: HookId(1),
            enabled: false,
        })
        .await
        .unwrap();
    assert!(!kept.enabled);
    let pending = env.registry.list_pending().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].owner, SALES_TEAM);
    // Offline, the team's page comes from the cache with the change applied.
    let rows = env.registry.list_hooks(page(SALES_TEAM)).await.unwrap();
    let row = rows.items.iter().find(|r| r.hook.id == HookId(1)).unwrap();
    assert!(row.pending && !row.hook.enabled);

    reachable(&env.sim);
    let registry = std::sync::Arc::new(env.registry);
    let status = SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;
    assert_eq!(status.pending, 0, "{status:?}");
    let team = env
        .sim
        .snapshot()
        .teams
        .into_iter()
        .find(|t| t.id == 1)
        .unwrap();
    assert!(!team.hooks.iter().find(|h| h.id == 1).unwrap().enabled);
    let queue_hook = env.sim.snapshot().find_hook(1).map(|(_, h)| h.enabled);
    assert_eq!(queue_hook, Some(true), "queue 1's hook 1 is another hook");
}

#[tokio::test]
async fn a_viewer_reads_a_teams_hooks_and_may_not_change_them() {
    let env = signed_in("viewer").await;
    let rows = env.registry.list_hooks(page(SALES_TEAM)).await.unwrap();
    assert_eq!(rows.items.len(), 3);
    let err = env
        .registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: SALES_TEAM,
            hook_id: HookId(1),
            enabled: false,
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Forbidden);
}
