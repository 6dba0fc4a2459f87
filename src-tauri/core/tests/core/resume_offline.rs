//! Starting with no network: the last profile opens on its cache with its kept token and the
//! user cached at the last online sign-in, until the server first answers; and the notice of a
//! rebuilt cache reaches the session.

use webitel_hooks_core::Vault;
use webitel_hooks_model::commands::{ListQueuesArgs, SessionStatus, SetHookEnabledArgs};
use webitel_hooks_model::{ErrorCode, HookId, ListAllHooksArgs, QueueId};
use webitel_sim::Knobs;

use crate::profiles::{book, new_profile, signed_in};
use crate::support::{self, unreachable};

fn session_of(status: &SessionStatus) -> webitel_hooks_model::commands::SessionInfo {
    match status {
        SessionStatus::SignedIn { session } => session.clone(),
        other => panic!("expected a session, got {other:?}"),
    }
}

#[tokio::test]
async fn started_offline_the_last_profile_opens_on_its_cache_until_the_server_takes_its_token() {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::memory();
    {
        let first = book(&dir, vault.clone());
        signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", false)).await;
        assert_eq!(first.sync().sync_now().await.last_error, None);
    }
    unreachable(&sim);
    // The next start of the app.
    let book = book(&dir, vault);
    let info = book.resume_last().await.unwrap().unwrap();
    // Opened before the server was asked; the first run finds it unreachable.
    assert!(!info.offline);
    assert_eq!(info.username, "admin@demo");
    assert!(info.permissions.change_hooks && info.permissions.read_flows);
    assert_eq!(info.notice, None);
    assert!(book.sync().sync_now().await.offline);
    let registry = book.registry();
    assert!(registry.session_info().unwrap().offline);
    assert!(registry.sync_status().borrow().offline);
    let queues = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16, "the last registry, from the cache");
    assert!(
        registry
            .list_all_hooks(&ListAllHooksArgs::default())
            .unwrap()
            .total
            > 0
    );
    // Changes are kept, with the rights cached at the last sign-in.
    registry
        .set_hook_enabled(SetHookEnabledArgs {
            owner: QueueId(1).into(),
            hook_id: HookId(1),
            enabled: false,
        })
        .await
        .unwrap();
    assert_eq!(registry.sync_status().borrow().pending, 1);

    // The server answers: the token is taken, the session is online, the change goes.
    sim.set_knobs(Knobs::default());
    registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(!registry.session_info().unwrap().offline);
    assert!(!session_of(&book.session_status().borrow()).offline);
    let status = book.sync().sync_now().await;
    assert_eq!((status.pending, status.offline), (0, false));
    assert_eq!(
        sim.snapshot().find_hook(1).map(|(_, h)| h.enabled),
        Some(false)
    );
}

#[tokio::test]
async fn an_offline_start_whose_token_has_ended_renews_it_or_asks_for_the_password() {
    for remember in [false, true] {
        let sim = support::sim().await;
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::memory();
        {
            let first = book(&dir, vault.clone());
            signed_in(
                &first,
                new_profile(&sim.base_url(), "admin", "demo", remember),
            )
            .await;
            first.sync().sync_now().await;
        }
        sim.expire_tokens();
        unreachable(&sim);
        let book = book(&dir, vault);
        let info = book.resume_last().await.unwrap().unwrap();
        assert!(
            !info.offline,
            "the start opens the cache without asking the server"
        );
        // The first run finds the server unreachable.
        assert!(book.sync().sync_now().await.offline);
        sim.set_knobs(Knobs::default());
        let answer = book.registry().list_queues(ListQueuesArgs::default()).await;
        if remember {
            assert_eq!(answer.unwrap().len(), 16);
            let now = book.registry().session_info().unwrap();
            assert!(!now.offline, "signed in again with the remembered password");
        } else {
            // Asked for the password; meanwhile the cache answers.
            assert_eq!(answer.unwrap().len(), 16);
            match &*book.session_status().borrow() {
                SessionStatus::PasswordNeeded { error, .. } => {
                    assert_eq!(error.code, ErrorCode::Unauthenticated);
                    assert!(
                        error.message.contains("Type the password"),
                        "{}",
                        error.message
                    );
                }
                other => panic!("expected PasswordNeeded, got {other:?}"),
            }
        }
    }
}

#[tokio::test]
async fn an_offline_start_without_a_cached_user_is_the_offline_error() {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::memory();
    let cache = {
        let first = book(&dir, vault.clone());
        let id = signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", false)).await;
        first.cache_path(id)
    };
    // A cache from before this version (or wiped): nobody is cached in it.
    for suffix in ["", "-wal", "-shm"] {
        let mut file = cache.clone().into_os_string();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
    unreachable(&sim);
    let book = book(&dir, vault);
    let err = book.resume_last().await.unwrap().unwrap_err();
    assert_eq!(err.code(), ErrorCode::Offline);
    assert!(
        err.to_string().contains("cannot be reached"),
        "{}",
        err.to_string()
    );
    assert!(book.registry().session_info().is_none());
}

#[tokio::test]
async fn a_rebuilt_cache_is_told_once_in_the_session_it_was_opened_for() {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::memory();
    let (id, cache) = {
        let first = book(&dir, vault.clone());
        let id = signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", false)).await;
        (id, first.cache_path(id))
    };
    std::fs::write(&cache, vec![0x5a_u8; 8192]).unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut file = cache.clone().into_os_string();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
    let book = book(&dir, vault);
    let info = book.resume_profile(id).await.unwrap();
    let notice = info.notice.clone().unwrap();
    assert!(notice.message.contains("damaged"), "{notice}");
    assert_eq!(
        session_of(&book.session_status().borrow()).notice,
        Some(notice)
    );
    // The session as asked later does not repeat it.
    assert_eq!(book.registry().session_info().unwrap().notice, None);
}

/// The scenario, below the window: sync the demo; the server goes away; the app starts
/// again on its cache, offline; the user toggles, adds and deletes; the server comes back (a
/// new process, so the old token is unknown: the remembered password signs in again) with
/// three of those hooks changed behind the app's back; the background sync sends the other
/// changes, holds three conflicts, and each is resolved one way.
#[tokio::test]
async fn offline_work_reaches_the_server_when_it_is_back_and_conflicts_wait_for_a_choice() {
    use std::time::{Duration, Instant};
    use webitel_hooks_core::SyncOptions;
    use webitel_hooks_model::commands::{CreateHookArgs, DeleteHooksArgs};
    use webitel_hooks_model::{
        ConflictChoice, HookDraft, HookEvent, ResolveConflictArgs, SchemaId,
    };

    let sim = support::sim().await;
    let addr = sim.addr();
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::memory();
    {
        let first = book(&dir, vault.clone());
        signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", true)).await;
        assert_eq!(first.sync().sync_now().await.last_error, None);
    }
    let empty_queue = QueueId(sim.queue_without_hooks().unwrap());
    sim.shutdown().await;

    let book = book(&dir, vault);
    let runner = book.sync();
    runner.set_options(SyncOptions {
        attempts: 1,
        offline_retry_min: Duration::from_millis(100),
        offline_retry_max: Duration::from_millis(300),
        ..SyncOptions::default()
    });
    tokio::spawn(runner.clone().run_in_background(book.session_status()));
    let info = book.resume_last().await.unwrap().unwrap();
    assert!(!info.offline, "opened before the server was asked");
    let registry = book.registry().clone();
    assert_eq!(
        registry
            .list_queues(ListQueuesArgs::default())
            .await
            .unwrap()
            .len(),
        16
    );
    for hook in [1, 2, 3] {
        registry
            .set_hook_enabled(SetHookEnabledArgs {
                owner: QueueId(1).into(),
                hook_id: HookId(hook),
                enabled: false,
            })
            .await
            .unwrap();
    }
    let created = registry
        .create_hook(CreateHookArgs {
            owner: empty_queue.into(),
            draft: HookDraft {
                event: HookEvent::Missed,
                flow_id: SchemaId(101),
            },
        })
        .await
        .unwrap();
    assert!(created.id.0 < 0);
    registry
        .delete_hooks(DeleteHooksArgs {
            owner: QueueId(1).into(),
            hook_ids: vec![HookId(6)],
        })
        .await
        .unwrap();
    assert_eq!(runner.status_now().pending, 5);
    assert!(runner.status_now().offline);

    let sim = webitel_sim::spawn(addr, webitel_sim::SimConfig::default())
        .await
        .unwrap();
    sim.with_data(|d| {
        for hook in [1, 2, 3] {
            d.update_hook(hook, |h| h.schema_id = 109);
        }
    });
    let start = Instant::now();
    loop {
        let s = runner.status_now();
        if !s.offline && !s.running && s.pending == 3 && s.last_synced_at.is_some() {
            assert_eq!(s.conflicts, 3);
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{s:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(!session_of(&book.session_status().borrow()).offline);
    let server = sim.snapshot();
    assert!(server.find_hook(6).is_none(), "the delete went");
    let new_hooks = &server.queue(empty_queue.0).unwrap().hooks;
    assert_eq!(new_hooks.len(), 1, "the created hook went");
    for hook in [1, 2, 3] {
        let (_, h) = server.find_hook(hook).unwrap();
        assert!(
            h.enabled && h.schema_id == 109,
            "hook {hook} not overwritten"
        );
    }

    let conflicts = registry.list_conflicts().unwrap();
    let choices = [
        ConflictChoice::KeepMine,
        ConflictChoice::TakeTheirs,
        ConflictChoice::Discard,
    ];
    for (conflict, choice) in conflicts.iter().zip(choices) {
        runner
            .resolve_conflict(ResolveConflictArgs {
                change_id: conflict.change.id,
                choice,
            })
            .await
            .unwrap();
    }
    let server = sim.snapshot();
    let enabled = |hook| server.find_hook(hook).map(|(_, h)| h.enabled);
    assert_eq!(enabled(conflicts[0].change.hook_id.0 as u32), Some(false));
    assert_eq!(enabled(conflicts[1].change.hook_id.0 as u32), Some(true));
    assert_eq!(enabled(conflicts[2].change.hook_id.0 as u32), Some(true));
    let now = runner.status_now();
    assert_eq!((now.pending, now.conflicts), (0, 0));
}

#[tokio::test]
async fn rights_cached_at_the_last_sign_in_are_read_again_when_the_server_is_back() {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::memory();
    let cache = {
        let first = book(&dir, vault.clone());
        let id = signed_in(
            &first,
            new_profile(&sim.base_url(), "viewer", "demo", false),
        )
        .await;
        first.cache_path(id)
    };
    // The user was an editor at the last sign-in, and is a viewer on the server now.
    webitel_hooks_core::Store::open(&cache)
        .unwrap()
        .save_account(&webitel_hooks_core::store::CachedAccount {
            username: "viewer@demo".into(),
            permissions: webitel_hooks_model::Permissions {
                read_hooks: true,
                change_hooks: true,
                read_flows: true,
                read_team_hooks: true,
                change_team_hooks: true,
            },
        })
        .unwrap();
    unreachable(&sim);
    let book = book(&dir, vault);
    let info = book.resume_last().await.unwrap().unwrap();
    assert!(!info.offline && info.permissions.change_hooks);

    sim.set_knobs(Knobs::default());
    book.sync().sync_now().await;
    let now = session_of(&book.session_status().borrow());
    assert!(!now.offline);
    assert!(
        !now.permissions.change_hooks,
        "the server's rights, told to the shell"
    );
    assert!(
        !book
            .registry()
            .session_info()
            .unwrap()
            .permissions
            .change_hooks
    );
}
