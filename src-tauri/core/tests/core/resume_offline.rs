//! Starting with no network: the last profile opens on its cache with its kept token and the
//! user cached at the last online sign-in, until the server first answers; and the notice of a
//! rebuilt cache reaches the session.

use webitel_hooks_core::Vault;
use webitel_hooks_model::commands::{ListQueuesArgs, SessionStatus, SetHookEnabledArgs};
use webitel_hooks_model::{ErrorCode, HookId, ListAllHooksArgs, QueueId};
use webitel_sim::{Knobs, SimServer};

use crate::profiles::{book, new_profile, signed_in};
use crate::support;

fn unreachable(sim: &SimServer) {
    sim.set_knobs(Knobs {
        drop_rate: 1.0,
        ..Knobs::default()
    });
}

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
    assert!(info.offline);
    assert_eq!(info.username, "admin@demo");
    assert!(info.permissions.change_hooks && info.permissions.read_flows);
    assert_eq!(info.notice, None);
    assert!(session_of(&book.session_status().borrow()).offline);
    let registry = book.registry();
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
            queue_id: QueueId(1),
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
        assert!(info.offline);
        sim.set_knobs(Knobs::default());
        let answer = book.registry().list_queues(ListQueuesArgs::default()).await;
        if remember {
            assert_eq!(answer.unwrap().len(), 16);
            let now = book.registry().session_info().unwrap();
            assert!(!now.offline, "signed in again with the remembered password");
        } else {
            let err = answer.unwrap_err();
            assert_eq!(err.code, ErrorCode::Unauthenticated);
            assert!(err.message.contains("Type the password"), "{}", err.message);
            assert!(matches!(
                *book.session_status().borrow(),
                SessionStatus::PasswordNeeded { .. }
            ));
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
    assert_eq!(err.code, ErrorCode::Offline);
    assert!(err.message.contains("cannot be reached"), "{}", err.message);
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
    assert!(notice.contains("damaged"), "{notice}");
    assert_eq!(
        session_of(&book.session_status().borrow()).notice,
        Some(notice)
    );
    // The session as asked later does not repeat it.
    assert_eq!(book.registry().session_info().unwrap().notice, None);
}
