//! Changes made while the server cannot be reached: kept in order, sent on reconnect, and a
//! change that meets a different server version held as a conflict until the user chooses.

use webitel_hooks_core::{Store, SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{DeleteHooksArgs, SetHookEnabledArgs, UpdateHookArgs};
use webitel_hooks_model::{
    ChangeKind, ConflictChoice, ConflictReason, HookDraft, HookEvent, HookId, ListAllHooksArgs,
    QueueId, ResolveConflictArgs, SchemaId,
};
use webitel_sim::{DataSet, SimServer};

use crate::sync::signed_in_to;

use crate::support::{reachable, toggle, unreachable, SALES_EU};

fn server_enabled(sim: &SimServer, hook: u32) -> Option<bool> {
    sim.snapshot().find_hook(hook).map(|(_, h)| h.enabled)
}

async fn setup() -> (
    SimServer,
    std::sync::Arc<webitel_hooks_core::HookRegistry>,
    SyncRunner,
    tempfile::TempDir,
) {
    let (sim, registry, dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    runner.full_sync().await.unwrap();
    (sim, registry, runner, dir)
}

#[tokio::test]
async fn offline_changes_are_kept_pending_and_sent_in_order() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    // Hook 1 is an enabled hook of Sales EU: off, on, then off again, and a new flow.
    let off = registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    assert!(!off.enabled);
    registry.set_hook_enabled(toggle(1, true)).await.unwrap();
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    let edited = registry
        .update_hook(UpdateHookArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(1),
            draft: HookDraft {
                event: off.event.clone(),
                flow_id: SchemaId(103),
            },
        })
        .await
        .unwrap();
    assert_eq!(edited.flow.id, SchemaId(103));
    let pending = registry.list_pending().unwrap();
    let kinds: Vec<ChangeKind> = pending.iter().map(|c| c.kind).collect();
    // The three switches are one change, with the last state.
    assert_eq!(kinds, [ChangeKind::Toggle, ChangeKind::Update]);
    assert_eq!(pending[0].mine.as_ref().map(|h| h.enabled), Some(false));
    let rows = registry
        .list_all_hooks(&ListAllHooksArgs {
            pending: Some(true),
            ..ListAllHooksArgs::default()
        })
        .unwrap();
    assert_eq!(rows.total, 1);
    assert!(!rows.items[0].hook.enabled);
    assert_eq!(server_enabled(&sim, 1), Some(true), "nothing sent yet");

    reachable(&sim);
    let report = runner.replay_outbox().await.unwrap();
    assert_eq!((report.sent, report.conflicts), (2, 0));
    let (_, on_server) = sim
        .snapshot()
        .find_hook(1)
        .map(|(q, h)| (q, h.clone()))
        .unwrap();
    assert!(!on_server.enabled);
    assert_eq!(on_server.schema_id, 103);
    assert!(registry.list_pending().unwrap().is_empty());
    let cached = registry
        .store()
        .hook(SALES_EU.into(), HookId(1))
        .unwrap()
        .unwrap();
    assert_eq!(cached.hook.flow.id, SchemaId(103));
}

#[tokio::test]
async fn a_hook_switched_back_offline_sends_nothing() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    for enabled in [false, true, false, true] {
        registry.set_hook_enabled(toggle(1, enabled)).await.unwrap();
    }
    assert_eq!(
        registry.list_pending().unwrap().len(),
        1,
        "one change waits"
    );
    reachable(&sim);
    let writes_before = writes(&sim);
    let report = runner.replay_outbox().await.unwrap();
    assert_eq!((report.sent, report.conflicts), (1, 0));
    assert_eq!(writes(&sim), writes_before, "the server already had it so");
    assert!(registry.list_pending().unwrap().is_empty());
    assert_eq!(server_enabled(&sim, 1), Some(true));
}

/// Requests that change something on the sim.
fn writes(sim: &webitel_sim::SimServer) -> usize {
    sim.seen_requests()
        .iter()
        .filter(|r| matches!(r.method.as_str(), "POST" | "PUT" | "PATCH" | "DELETE"))
        .filter(|r| r.target.contains("/hooks"))
        .count()
}

#[tokio::test]
async fn a_hook_created_and_deleted_offline_gets_its_server_id_then_goes() {
    let (sim, registry, runner, _dir) = setup().await;
    let queue = QueueId(sim.queue_without_hooks().unwrap());
    unreachable(&sim);
    let created = registry
        .create_hook(webitel_hooks_model::commands::CreateHookArgs {
            owner: queue.into(),
            draft: HookDraft {
                event: HookEvent::Bridged,
                flow_id: SchemaId(101),
            },
        })
        .await
        .unwrap();
    assert!(created.id.0 < 0);
    assert_eq!(created.flow.name, "CRM: log call result");
    registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: queue.into(),
            hook_id: created.id,
            enabled: false,
        })
        .await
        .unwrap();
    reachable(&sim);
    let report = runner.replay_outbox().await.unwrap();
    assert_eq!(report.sent, 2);
    let hooks = &sim.snapshot().queue(queue.0).unwrap().hooks.clone();
    assert_eq!(hooks.len(), 1);
    assert!(!hooks[0].enabled);
    let cached = registry.store().owner_hooks(queue.into()).unwrap();
    assert_eq!(cached.len(), 1);
    assert_eq!(cached[0].hook.id.0, i64::from(hooks[0].id));

    unreachable(&sim);
    let report = registry
        .delete_hooks(DeleteHooksArgs {
            owner: queue.into(),
            hook_ids: vec![cached[0].hook.id],
        })
        .await
        .unwrap();
    assert_eq!(report.deleted, [cached[0].hook.id]);
    reachable(&sim);
    runner.replay_outbox().await.unwrap();
    assert!(sim.snapshot().queue(queue.0).unwrap().hooks.is_empty());
}

#[tokio::test]
async fn a_hook_changed_behind_the_back_is_a_conflict_and_keep_mine_sends_mine() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    reachable(&sim);
    sim.with_data(|d| d.update_hook(1, |h| h.schema_id = 109));
    let report = runner.replay_outbox().await.unwrap();
    assert_eq!(report.conflicts, 1);
    assert_eq!(server_enabled(&sim, 1), Some(true), "not overwritten");
    let conflicts = registry.list_conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].reason, ConflictReason::ChangedOnServer);
    assert_eq!(conflicts[0].theirs.as_ref().unwrap().flow.id, SchemaId(109));
    assert!(!conflicts[0].change.mine.as_ref().unwrap().enabled);
    let flagged = registry
        .list_all_hooks(&ListAllHooksArgs {
            conflict: Some(true),
            ..ListAllHooksArgs::default()
        })
        .unwrap();
    assert_eq!(flagged.total, 1);

    runner
        .resolve_conflict(ResolveConflictArgs {
            change_id: conflicts[0].change.id,
            choice: ConflictChoice::KeepMine,
        })
        .await
        .unwrap();
    assert_eq!(server_enabled(&sim, 1), Some(false));
    assert!(registry.list_conflicts().unwrap().is_empty());
    assert!(registry.list_pending().unwrap().is_empty());
}

#[tokio::test]
async fn take_theirs_and_discard_drop_mine_and_cache_the_server() {
    for choice in [ConflictChoice::TakeTheirs, ConflictChoice::Discard] {
        let (sim, registry, runner, _dir) = setup().await;
        unreachable(&sim);
        registry.set_hook_enabled(toggle(1, false)).await.unwrap();
        reachable(&sim);
        sim.with_data(|d| d.update_hook(1, |h| h.schema_id = 109));
        runner.replay_outbox().await.unwrap();
        let conflict = registry.list_conflicts().unwrap().remove(0);
        runner
            .resolve_conflict(ResolveConflictArgs {
                change_id: conflict.change.id,
                choice,
            })
            .await
            .unwrap();
        assert_eq!(server_enabled(&sim, 1), Some(true), "{choice:?}");
        let cached = registry
            .store()
            .hook(SALES_EU.into(), HookId(1))
            .unwrap()
            .unwrap();
        assert!(cached.hook.enabled, "{choice:?}");
        assert_eq!(cached.hook.flow.id, SchemaId(109), "{choice:?}");
        assert!(registry.list_pending().unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_hook_deleted_behind_the_back_is_a_conflict_and_keep_mine_creates_it_again() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    reachable(&sim);
    sim.with_data(|d| d.remove_hook(1));
    runner.replay_outbox().await.unwrap();
    let conflict = registry.list_conflicts().unwrap().remove(0);
    assert_eq!(conflict.reason, ConflictReason::DeletedOnServer);
    assert_eq!(conflict.theirs, None);
    runner
        .resolve_conflict(ResolveConflictArgs {
            change_id: conflict.change.id,
            choice: ConflictChoice::KeepMine,
        })
        .await
        .unwrap();
    let mine = conflict.change.mine.unwrap();
    let again = sim
        .snapshot()
        .queue(SALES_EU.0)
        .unwrap()
        .hooks
        .iter()
        .find(|h| h.event == mine.event.as_str() && h.schema_id == mine.flow.id.0 && !h.enabled)
        .cloned();
    assert!(again.is_some(), "created again");
    assert!(registry
        .store()
        .hook(SALES_EU.into(), HookId(1))
        .unwrap()
        .is_none());
}

#[tokio::test]
async fn a_change_refused_by_the_one_enabled_event_rule_is_a_conflict_and_keep_mine_swaps() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    // Hook 4 is the disabled `leaving` beside the enabled hook 5.
    registry.set_hook_enabled(toggle(4, true)).await.unwrap();
    reachable(&sim);
    runner.replay_outbox().await.unwrap();
    let conflict = registry.list_conflicts().unwrap().remove(0);
    assert_eq!(conflict.reason, ConflictReason::RefusedByServer);
    assert_eq!(conflict.theirs.as_ref().map(|t| t.id), Some(HookId(5)));
    assert_eq!(server_enabled(&sim, 4), Some(false));
    runner
        .resolve_conflict(ResolveConflictArgs {
            change_id: conflict.change.id,
            choice: ConflictChoice::KeepMine,
        })
        .await
        .unwrap();
    assert_eq!(server_enabled(&sim, 4), Some(true));
    assert_eq!(server_enabled(&sim, 5), Some(false));
}

#[tokio::test]
async fn the_outbox_survives_dropping_everything_without_closing() {
    let (sim, registry, _runner, dir) = setup().await;
    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    let path = registry.store().path().to_path_buf();
    // No orderly close: the registry (and its connection) is leaked, as a crash would leave it.
    std::mem::forget(registry);
    let reopened = Store::open(&path).unwrap();
    let pending = reopened.pending_changes().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].hook_id, HookId(1));
    assert!(
        !reopened
            .hook(SALES_EU.into(), HookId(1))
            .unwrap()
            .unwrap()
            .hook
            .enabled
    );
    drop(dir);
}

#[tokio::test]
async fn a_delete_of_a_hook_changed_behind_the_back_is_a_conflict_not_a_silent_delete() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    let report = registry
        .delete_hooks(DeleteHooksArgs {
            owner: SALES_EU.into(),
            hook_ids: vec![HookId(2)],
        })
        .await
        .unwrap();
    assert_eq!(report.deleted, [HookId(2)]);
    reachable(&sim);
    sim.with_data(|d| d.update_hook(2, |h| h.schema_id = 109));
    let replayed = runner.replay_outbox().await.unwrap();
    assert_eq!((replayed.sent, replayed.conflicts), (0, 1));
    assert!(sim.snapshot().find_hook(2).is_some(), "not deleted");
    let conflict = registry.list_conflicts().unwrap().remove(0);
    assert_eq!(conflict.reason, ConflictReason::ChangedOnServer);
    assert_eq!(conflict.change.kind, ChangeKind::Delete);
    assert_eq!(conflict.theirs.unwrap().flow.id, SchemaId(109));
}

#[tokio::test]
async fn later_changes_of_a_conflicting_hook_wait_behind_it_while_other_hooks_go() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    registry.set_hook_enabled(toggle(2, false)).await.unwrap();
    let event = registry
        .store()
        .hook(SALES_EU.into(), HookId(1))
        .unwrap()
        .unwrap()
        .hook
        .event;
    registry
        .update_hook(UpdateHookArgs {
            owner: SALES_EU.into(),
            hook_id: HookId(1),
            draft: HookDraft {
                event,
                flow_id: SchemaId(103),
            },
        })
        .await
        .unwrap();
    reachable(&sim);
    sim.with_data(|d| d.update_hook(1, |h| h.schema_id = 109));
    let replayed = runner.replay_outbox().await.unwrap();
    assert_eq!((replayed.sent, replayed.conflicts), (1, 1));
    assert_eq!(
        server_enabled(&sim, 2),
        Some(false),
        "the other hook's change went"
    );
    let waiting: Vec<(HookId, ChangeKind)> = registry
        .list_pending()
        .unwrap()
        .iter()
        .map(|c| (c.hook_id, c.kind))
        .collect();
    assert_eq!(
        waiting,
        [
            (HookId(1), ChangeKind::Toggle),
            (HookId(1), ChangeKind::Update)
        ],
        "in order"
    );
    assert_eq!(runner.status_now().pending, 2);
    assert_eq!(runner.status_now().conflicts, 1);
}

#[tokio::test]
async fn a_change_the_user_may_no_longer_make_is_held_as_a_conflict_and_the_rest_goes() {
    let (sim, registry, runner, _dir) = setup().await;
    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    registry.set_hook_enabled(toggle(2, false)).await.unwrap();
    // The app restarts offline with the rights cached at the last sign-in, but the server now
    // gives this token a viewer's rights.
    registry.start_session(
        webitel_hooks_core::SignedIn::unchecked(
            &sim.base_url(),
            None,
            webitel_hooks_core::AccessToken::new(sim.token_for("viewer").unwrap()),
            "admin@demo".into(),
            webitel_hooks_model::Permissions {
                read_hooks: true,
                change_hooks: true,
                read_flows: true,
                read_team_hooks: true,
                change_team_hooks: true,
            },
        )
        .unwrap(),
    );
    reachable(&sim);
    let replayed = runner.replay_outbox().await.unwrap();
    assert_eq!(replayed.conflicts, 2, "{replayed:?}");
    assert_eq!(replayed.stopped, None);
    let conflicts = registry.list_conflicts().unwrap();
    assert_eq!(conflicts[0].reason, ConflictReason::RefusedByServer);
    assert!(
        conflicts[0].error.message.contains("not allowed"),
        "{}",
        conflicts[0].error.message
    );
    let theirs = conflicts[0].theirs.as_ref().unwrap();
    assert_eq!((theirs.id, theirs.enabled), (HookId(1), true));
    assert_eq!(server_enabled(&sim, 1), Some(true));
    // Discarding it reads the hook again and ends the change.
    runner
        .resolve_conflict(ResolveConflictArgs {
            change_id: conflicts[0].change.id,
            choice: ConflictChoice::Discard,
        })
        .await
        .unwrap();
    assert_eq!(registry.list_pending().unwrap().len(), 1);
    assert!(
        registry
            .store()
            .hook(SALES_EU.into(), HookId(1))
            .unwrap()
            .unwrap()
            .hook
            .enabled
    );
}
