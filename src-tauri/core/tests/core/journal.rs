//! The change journal against the stand-in server: every change made through the registry is
//! written down with the hook before and after and whether the server took it; pending ones are
//! settled by the replay; undo sends the reverse only while the server still has what the change
//! left; old entries are pruned; the journal is in the profile's cache file.
//!
//! The demo's Sales Progressive EU (queue 1): 1 offering on (flow 104), 2 bridged on (101),
//! 3 missed on (102), 4 leaving off (101), 5 leaving on (113), 6 processing on (122), 7 missed
//! off (105).

use std::sync::Arc;

use webitel_hooks_core::error::{Difference, Error};
use webitel_hooks_core::registry::recorded_as;
use webitel_hooks_core::{HookRegistry, SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{
    CreateHookArgs, DeleteHooksArgs, SetHooksEnabledArgs, UpdateHookArgs,
};
use webitel_hooks_model::journal::{
    JournalAction, JournalEntry, JournalFilter, JournalOutcome, ListJournalArgs, UndoArgs,
    UndoTarget,
};
use webitel_hooks_model::{
    ChangeOrigin, Hook, HookDraft, HookEvent, HookId, HookKey, HookOwner, PageSize, SchemaId,
};
use webitel_sim::{DataSet, SimServer};

use crate::support::{reachable, registry, signed_in, toggle, unreachable, SALES_EU};
use crate::sync::signed_in_to;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

fn owner() -> HookOwner {
    SALES_EU.into()
}

/// The whole journal, newest first.
fn journal(registry: &HookRegistry) -> Vec<JournalEntry> {
    registry
        .list_journal(&ListJournalArgs {
            size: PageSize::new(1000),
            ..ListJournalArgs::default()
        })
        .unwrap()
        .entries
}

fn on_server(sim: &SimServer, id: i64) -> Option<webitel_sim::Hook> {
    sim.snapshot()
        .find_hook(u32::try_from(id).unwrap())
        .map(|(_, h)| h.clone())
}

/// Signed in, the queues and Sales EU's hooks read as the window shows them.
async fn shown() -> (SimServer, Arc<HookRegistry>, SyncRunner, tempfile::TempDir) {
    let (sim, registry, dir) = signed_in_to(DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    runner.full_sync().await.unwrap();
    (sim, registry, runner, dir)
}

fn keys(ids: &[i64]) -> Vec<HookKey> {
    ids.iter()
        .map(|id| HookKey {
            owner: owner(),
            hook_id: HookId(*id),
        })
        .collect()
}

/// Hook 2 edited to Bridged → flow 103, a Joined → flow 104 hook created, hook 7 deleted; the
/// created hook.
async fn edit_create_delete(registry: &HookRegistry) -> Hook {
    registry
        .update_hook(UpdateHookArgs {
            owner: owner(),
            hook_id: HookId(2),
            draft: HookDraft {
                event: HookEvent::Bridged,
                flow_id: SchemaId(103),
            },
        })
        .await
        .unwrap();
    let created = registry
        .create_hook(CreateHookArgs {
            owner: owner(),
            draft: HookDraft {
                event: HookEvent::Joined,
                flow_id: SchemaId(104),
            },
        })
        .await
        .unwrap();
    registry
        .delete_hooks(DeleteHooksArgs {
            owner: owner(),
            hook_ids: vec![HookId(7)],
        })
        .await
        .unwrap();
    created
}

#[tokio::test]
async fn a_switch_an_edit_a_create_and_a_delete_are_journaled_with_before_after_and_taken() {
    let (sim, registry, _runner, _dir) = shown().await;
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    let created = edit_create_delete(&registry).await;

    let entries = journal(&registry);
    let what: Vec<(JournalAction, HookId)> =
        entries.iter().map(|e| (e.action, e.hook_id)).collect();
    assert_eq!(
        what,
        [
            (JournalAction::Deleted, HookId(7)),
            (JournalAction::Created, created.id),
            (JournalAction::Changed, HookId(2)),
            (JournalAction::Disabled, HookId(1)),
        ],
        "newest first"
    );
    for e in &entries {
        assert_eq!(e.outcome, JournalOutcome::Taken, "{e:?}");
        assert_eq!(e.origin, ChangeOrigin::Window);
        assert_eq!(e.batch_size, 1, "each its own batch");
        assert_eq!(e.server, sim.base_url());
        assert!(!e.username.is_empty());
        assert_eq!(e.owner_name, "Sales Progressive EU");
    }
    let [deleted, made, edited, switched] = &entries[..] else {
        unreachable!()
    };
    // Before and after, as the server has them.
    let before = switched.before.as_ref().unwrap();
    let after = switched.after.as_ref().unwrap();
    assert!(before.enabled && !after.enabled);
    assert_eq!(before.flow.id, after.flow.id);
    assert_eq!(edited.before.as_ref().unwrap().flow.id, SchemaId(101));
    assert_eq!(edited.after.as_ref().unwrap().flow.id, SchemaId(103));
    assert_eq!(edited.flow_name, sim.snapshot().flow_name(103));
    assert!(made.before.is_none());
    assert_eq!(made.after.as_ref(), Some(&created));
    assert_eq!(deleted.before.as_ref().unwrap().event, HookEvent::Missed);
    assert!(deleted.after.is_none());

    // The filters: kind of change, queue, search, date range.
    let list = |filter: JournalFilter| {
        registry
            .list_journal(&ListJournalArgs {
                filter,
                ..ListJournalArgs::default()
            })
            .unwrap()
    };
    let disabled = list(JournalFilter {
        actions: vec![JournalAction::Disabled, JournalAction::Deleted],
        ..JournalFilter::default()
    });
    assert_eq!(disabled.total, 2);
    let other_queue = list(JournalFilter {
        owners: vec![webitel_hooks_model::QueueId(2).into()],
        ..JournalFilter::default()
    });
    assert_eq!(other_queue.total, 0);
    let by_flow = list(JournalFilter {
        search: sim.snapshot().flow_name(103).to_owned(),
        ..JournalFilter::default()
    });
    assert_eq!(by_flow.entries.len(), 1);
    assert_eq!(by_flow.entries[0].hook_id, HookId(2));
    let later = list(JournalFilter {
        from: Some(entries[0].at + 1),
        ..JournalFilter::default()
    });
    assert_eq!(later.total, 0);
    assert_eq!(
        disabled
            .owners
            .iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>(),
        ["Sales Progressive EU"]
    );
}

#[tokio::test]
async fn a_refused_change_is_journaled_with_the_servers_sentence() {
    let (_sim, registry, _runner, _dir) = shown().await;
    // 4 is a disabled leaving beside the enabled 5: the server refuses a second one.
    let err = registry
        .set_hook_enabled(toggle(4, true))
        .await
        .unwrap_err();
    let entries = journal(&registry);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].outcome, JournalOutcome::Refused);
    assert_eq!(
        entries[0].error.as_ref().map(|e| e.message.as_str()),
        Some(err.to_string().as_str())
    );
    // Nothing reached the server, so there is nothing to undo.
    let refused = registry
        .undo(UndoArgs {
            target: UndoTarget::Entry(entries[0].id),
        })
        .await
        .unwrap_err();
    assert_eq!(refused, Error::NothingToUndo);
}

#[tokio::test]
async fn offline_changes_are_journaled_pending_and_the_replay_settles_them_taken_or_conflict() {
    let (sim, registry, runner, _dir) = shown().await;
    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    registry.set_hook_enabled(toggle(2, false)).await.unwrap();
    let made = registry
        .create_hook(CreateHookArgs {
            owner: owner(),
            draft: HookDraft {
                event: HookEvent::Joined,
                flow_id: SchemaId(104),
            },
        })
        .await
        .unwrap();
    assert!(made.id.0 < 0, "a stand-in id while it waits");
    let entries = journal(&registry);
    assert_eq!(entries.len(), 3);
    assert!(entries.iter().all(|e| e.outcome == JournalOutcome::Pending));
    // Pending: nothing on the server to undo yet.
    let waiting = registry
        .undo(UndoArgs {
            target: UndoTarget::Entry(entries[2].id),
        })
        .await
        .unwrap_err();
    assert_eq!(waiting, Error::UndoPending);

    // Meanwhile someone else changes hook 2's flow on the server.
    sim.with_data(|d| {
        let queue = d.queue_mut(1).unwrap();
        let hook = queue.hooks.iter_mut().find(|h| h.id == 2).unwrap();
        hook.schema_id = 105;
    });
    reachable(&sim);
    let report = runner.replay_outbox().await.unwrap();
    assert_eq!((report.sent, report.conflicts), (2, 1));

    let entries = journal(&registry);
    let of = |id: HookId| entries.iter().find(|e| e.hook_id == id).unwrap();
    assert_eq!(of(HookId(1)).outcome, JournalOutcome::Taken);
    let conflict = of(HookId(2));
    assert_eq!(conflict.outcome, JournalOutcome::Conflict);
    let undo_conflict = registry
        .undo(UndoArgs {
            target: UndoTarget::Entry(conflict.id),
        })
        .await
        .unwrap_err();
    assert_eq!(undo_conflict, Error::UndoConflict);
    assert_eq!(
        conflict.error.as_ref().map(|e| e.message.as_str()),
        Some("The hook was changed on the server while this change waited.")
    );
    // The create took the server's id, and its after is the server's hook.
    let created = entries
        .iter()
        .find(|e| e.action == JournalAction::Created)
        .unwrap();
    assert_eq!(created.outcome, JournalOutcome::Taken);
    assert!(created.hook_id.0 > 0, "{created:?}");
    assert!(on_server(&sim, created.hook_id.0).is_some());
    assert_eq!(created.after.as_ref().unwrap().id, created.hook_id);

    // The user discards the conflicting change: its entry says so.
    let conflicts = registry.list_conflicts().unwrap();
    runner
        .resolve_conflict(webitel_hooks_model::ResolveConflictArgs {
            change_id: conflicts[0].change.id,
            choice: webitel_hooks_model::ConflictChoice::Discard,
        })
        .await
        .unwrap();
    let entries = journal(&registry);
    let discarded = entries.iter().find(|e| e.hook_id == HookId(2)).unwrap();
    assert_eq!(discarded.outcome, JournalOutcome::Discarded);
}

#[tokio::test]
async fn changes_from_the_tray_are_the_trays_and_disable_all_is_one_batch() {
    let (_sim, registry, _runner, _dir) = shown().await;
    recorded_as(ChangeOrigin::Tray, registry.flip_hook(owner(), HookId(1)))
        .await
        .unwrap();
    let enabled = registry.cached_enabled_hooks(owner()).unwrap();
    let outcome = recorded_as(
        ChangeOrigin::Tray,
        registry.disable_hooks(owner(), &enabled),
    )
    .await;
    assert_eq!(outcome.disabled, enabled.len());
    let entries = journal(&registry);
    assert_eq!(entries.len(), 1 + enabled.len());
    assert!(entries.iter().all(|e| e.origin == ChangeOrigin::Tray));
    let flip = entries.last().unwrap();
    assert_eq!(flip.batch_size, 1);
    let all = &entries[..enabled.len()];
    assert!(all.iter().all(|e| e.batch == all[0].batch));
    assert_eq!(all[0].batch_size as usize, enabled.len());
    assert_ne!(flip.batch, all[0].batch);
}

#[tokio::test]
async fn a_bulk_disable_is_one_batch_and_its_undo_restores_the_server() {
    let (sim, registry, _runner, _dir) = shown().await;
    let ids = [1, 2, 3, 5, 6];
    let report = registry
        .set_hooks_enabled(SetHooksEnabledArgs {
            hooks: keys(&ids),
            enabled: false,
        })
        .await
        .unwrap();
    assert_eq!(report.switched.len(), 5);
    assert!(ids.iter().all(|id| !on_server(&sim, *id).unwrap().enabled));
    let entries = journal(&registry);
    assert_eq!(entries.len(), 5);
    let batch = entries[0].batch;
    assert!(entries
        .iter()
        .all(|e| e.batch == batch && e.batch_size == 5 && e.action == JournalAction::Disabled));

    let undo = registry
        .undo(UndoArgs {
            target: UndoTarget::Batch(batch),
        })
        .await
        .unwrap();
    assert_eq!(undo.undone.len(), 5, "{:?}", undo.refused);
    assert!(undo.refused.is_empty());
    // The server's data: every one enabled again, nothing else changed.
    for id in ids {
        let hook = on_server(&sim, id).unwrap();
        assert!(hook.enabled, "hook {id}");
    }
    assert!(!on_server(&sim, 4).unwrap().enabled);
    assert!(!on_server(&sim, 7).unwrap().enabled);
    // The undo is journaled too, as one batch from an undo, and the originals are marked.
    let entries = journal(&registry);
    assert_eq!(entries.len(), 10);
    let undos: Vec<&JournalEntry> = entries
        .iter()
        .filter(|e| e.origin == ChangeOrigin::Undo)
        .collect();
    assert_eq!(undos.len(), 5);
    assert!(undos
        .iter()
        .all(|e| e.action == JournalAction::Enabled && Some(e.batch) == undo.batch));
    assert!(entries
        .iter()
        .filter(|e| e.batch == batch)
        .all(|e| e.undone_by == undo.batch));
    // Undone once: a second undo finds nothing left to do.
    let again = registry
        .undo(UndoArgs {
            target: UndoTarget::Batch(batch),
        })
        .await
        .unwrap();
    assert!(again.undone.is_empty());
    assert!(again
        .refused
        .iter()
        .all(|r| r.error.message == "This change was already undone."));
}

#[tokio::test]
async fn each_kind_of_change_is_undone_by_its_reverse() {
    let (sim, registry, _runner, _dir) = shown().await;
    let created = edit_create_delete(&registry).await;
    for entry in journal(&registry) {
        registry
            .undo(UndoArgs {
                target: UndoTarget::Entry(entry.id),
            })
            .await
            .unwrap();
    }
    let data = sim.snapshot();
    let queue = data.queue(1).unwrap();
    assert_eq!(
        on_server(&sim, 2).unwrap().schema_id,
        101,
        "the edit reversed"
    );
    assert!(
        on_server(&sim, created.id.0).is_none(),
        "the create reversed"
    );
    // The deleted hook is made again, as it was: a disabled missed of flow 105.
    let again: Vec<_> = queue
        .hooks
        .iter()
        .filter(|h| h.event == "missed" && h.schema_id == 105)
        .collect();
    assert_eq!(again.len(), 1);
    assert!(!again[0].enabled);
    assert_eq!(queue.hooks.len(), 7);
}

#[tokio::test]
async fn an_undo_is_refused_when_the_hook_changed_on_the_server_since_and_nothing_is_sent() {
    let (sim, registry, _runner, _dir) = shown().await;
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    let entry = journal(&registry).remove(0);
    // Behind the app's back: enabled again, on another flow.
    sim.with_data(|d| {
        let queue = d.queue_mut(1).unwrap();
        let hook = queue.hooks.iter_mut().find(|h| h.id == 1).unwrap();
        hook.enabled = true;
        hook.schema_id = 101;
    });
    let before = sim.request_count();
    let err = registry
        .undo(UndoArgs {
            target: UndoTarget::Entry(entry.id),
        })
        .await
        .unwrap_err();
    let flow = sim.snapshot().flow_name(101).to_owned();
    assert_eq!(
        err,
        Error::ChangedSince {
            differences: vec![Difference::Flow(flow.clone()), Difference::Enabled(true)]
        }
    );
    assert!(
        err.to_string().starts_with(&format!(
            "The hook changed on the server since this change: its flow is now {flow}; it is now enabled."
        )),
        "{err}"
    );
    assert_eq!(sim.request_count(), before + 1, "one read, nothing sent");
    let hook = on_server(&sim, 1).unwrap();
    assert!(hook.enabled && hook.schema_id == 101);
    assert_eq!(journal(&registry).len(), 1, "nothing journaled");

    // Offline, the server cannot be checked: refused, nothing kept for later.
    unreachable(&sim);
    let err = registry
        .undo(UndoArgs {
            target: UndoTarget::Entry(entry.id),
        })
        .await
        .unwrap_err();
    assert_eq!(err, Error::UndoNeedsServer);
    assert!(registry.list_pending().unwrap().is_empty());
}

#[tokio::test]
async fn entries_older_than_the_setting_are_pruned_those_waiting_stay() {
    let (sim, registry, _runner, _dir) = shown().await;
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    unreachable(&sim);
    registry.set_hook_enabled(toggle(2, false)).await.unwrap();
    let now = webitel_hooks_core::clock::now_ms();
    // 179 days on, both are young enough.
    assert_eq!(registry.prune_journal(now + 179 * DAY_MS, 180).unwrap(), 0);
    assert_eq!(journal(&registry).len(), 2);
    // 181 days on, the one the server took goes; the one still waiting stays.
    assert_eq!(registry.prune_journal(now + 181 * DAY_MS, 180).unwrap(), 1);
    let left = journal(&registry);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].outcome, JournalOutcome::Pending);
    // A shorter setting reaches sooner.
    reachable(&sim);
    registry.set_hook_enabled(toggle(3, false)).await.unwrap();
    assert_eq!(registry.prune_journal(now + 8 * DAY_MS, 7).unwrap(), 1);
}

#[tokio::test]
async fn the_journal_survives_a_restart_and_exports_as_csv() {
    let env = signed_in("admin").await;
    env.registry.list_queues(Default::default()).await.unwrap();
    env.all_hooks(SALES_EU).await;
    env.registry
        .set_hook_enabled(toggle(1, false))
        .await
        .unwrap();
    let kept = journal(&env.registry);
    drop(env.registry);
    // The app starts again on the same file.
    let reopened = registry(&env.dir);
    assert_eq!(journal(&reopened), kept);

    let path = env.dir.path().join("journal.csv");
    let count = reopened
        .export_journal(&JournalFilter::default(), &path)
        .unwrap();
    assert_eq!(count, 1);
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("when (UTC),server,user,origin,"));
    assert!(
        lines[1].contains(",window,queue,1,Sales Progressive EU,1,disabled,offering,offering,"),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains(",true,offering,") && lines[1].contains(",false,taken,"));
    // A folder that cannot be written says so.
    let err = reopened
        .export_journal(&JournalFilter::default(), env.dir.path())
        .unwrap_err();
    assert!(matches!(err, Error::FileNotWritten { .. }), "{err:?}");
}

#[tokio::test]
async fn keep_mine_over_a_refused_switch_journals_the_other_hooks_disable_as_the_replays() {
    let (sim, registry, runner, _dir) = shown().await;
    unreachable(&sim);
    // 4 is a disabled leaving beside the enabled 5: offline nothing says no yet.
    registry.set_hook_enabled(toggle(4, true)).await.unwrap();
    reachable(&sim);
    let report = runner.replay_outbox().await.unwrap();
    assert_eq!(report.conflicts, 1);
    let conflicts = registry.list_conflicts().unwrap();
    runner
        .resolve_conflict(webitel_hooks_model::ResolveConflictArgs {
            change_id: conflicts[0].change.id,
            choice: webitel_hooks_model::ConflictChoice::KeepMine,
        })
        .await
        .unwrap();
    assert!(on_server(&sim, 4).unwrap().enabled);
    assert!(!on_server(&sim, 5).unwrap().enabled);
    let entries = journal(&registry);
    let mine = entries.iter().find(|e| e.hook_id == HookId(4)).unwrap();
    assert_eq!(
        (mine.origin, mine.action, mine.outcome),
        (
            ChangeOrigin::Window,
            JournalAction::Enabled,
            JournalOutcome::Taken
        )
    );
    let theirs = entries.iter().find(|e| e.hook_id == HookId(5)).unwrap();
    assert_eq!(
        (theirs.origin, theirs.action, theirs.outcome),
        (
            ChangeOrigin::Replay,
            JournalAction::Disabled,
            JournalOutcome::Taken
        )
    );
    assert!(theirs.before.as_ref().unwrap().enabled);
}

#[tokio::test]
async fn switches_coalesced_offline_each_keep_their_own_state_once_sent() {
    let (sim, registry, runner, _dir) = shown().await;
    unreachable(&sim);
    for on in [false, true, false] {
        registry.set_hook_enabled(toggle(1, on)).await.unwrap();
    }
    assert_eq!(
        registry.list_pending().unwrap().len(),
        1,
        "one change waits"
    );
    reachable(&sim);
    runner.replay_outbox().await.unwrap();
    assert!(!on_server(&sim, 1).unwrap().enabled);
    // Oldest first: off, on, off, each taken with what it asked for.
    let states: Vec<(JournalAction, bool, JournalOutcome)> = journal(&registry)
        .iter()
        .rev()
        .map(|e| (e.action, e.after.as_ref().unwrap().enabled, e.outcome))
        .collect();
    assert_eq!(
        states,
        [
            (JournalAction::Disabled, false, JournalOutcome::Taken),
            (JournalAction::Enabled, true, JournalOutcome::Taken),
            (JournalAction::Disabled, false, JournalOutcome::Taken),
        ]
    );
}

#[tokio::test]
async fn a_change_waiting_for_a_queue_deleted_on_the_server_is_journaled_as_a_conflict() {
    let (sim, registry, runner, _dir) = shown().await;
    unreachable(&sim);
    registry.set_hook_enabled(toggle(1, false)).await.unwrap();
    reachable(&sim);
    sim.with_data(|d| d.remove_queue(SALES_EU.0)).unwrap();
    runner.sync_now().await;
    let entries = journal(&registry);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].outcome, JournalOutcome::Conflict);
    assert!(
        entries[0]
            .error
            .as_ref()
            .is_some_and(|e| e.message.contains("queue was deleted")),
        "{:?}",
        entries[0].error
    );
}
