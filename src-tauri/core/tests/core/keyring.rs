//! Against the real Secret Service (gnome-keyring inside `dbus-run-session`, as `make unit` runs
//! them): secrets stored, read back after a restart, deleted with the profile; and the answer
//! when no keyring service is there at all.
//!
//! Without `WEBITEL_HOOKS_KEYRING_TESTS` set, the tests that need the Secret Service say loudly
//! that they were skipped; with it set, a missing keyring fails them.

use std::process::Command;

use webitel_hooks_core::error::KeyringDown;
use webitel_hooks_core::profiles::entry_name;
use webitel_hooks_core::{EntryName, ProfileBook, Secret, SecretKind, Vault};
use webitel_hooks_model::commands::{ListHooksArgs, ListQueuesArgs, SignOutArgs};
use webitel_hooks_model::{ErrorCode, KeyringState, PageSize, ProfileId};

use crate::profiles::{book, new_profile, signed_in};
use crate::support;

/// The OS vault, or `None` (after a loud message) when these tests are not asked for.
fn os_vault() -> Option<Vault> {
    if std::env::var_os("WEBITEL_HOOKS_KEYRING_TESTS").is_none() {
        eprintln!(
            "SKIPPED: keyring test needs the Secret Service; run it with `make unit`, or set WEBITEL_HOOKS_KEYRING_TESTS=1 inside dbus-run-session with gnome-keyring unlocked"
        );
        return None;
    }
    let vault = Vault::os();
    assert_eq!(
        vault.state(),
        KeyringState::Available,
        "WEBITEL_HOOKS_KEYRING_TESTS is set but the Secret Service cannot be used"
    );
    Some(vault)
}

fn entry(book: &ProfileBook, id: ProfileId, kind: SecretKind) -> EntryName {
    entry_name(&book.profile(id).unwrap().profile, kind)
}

/// What `secret-tool` (libsecret, as Seahorse sees it) finds for this entry.
fn seen_by_secret_tool(name: &EntryName) -> Option<String> {
    let out = Command::new("secret-tool")
        .args([
            "lookup",
            "service",
            &name.service,
            "username",
            &name.account,
        ])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[tokio::test]
async fn the_vault_stores_reads_and_deletes_in_the_secret_service() {
    let Some(vault) = os_vault() else { return };
    let name = EntryName::new(
        ProfileId(7),
        "https://vault-test.example",
        &format!("u{}@demo", std::process::id()),
        SecretKind::Password,
    );
    vault.store(&name, &Secret::new("s3cret")).unwrap();
    assert_eq!(vault.read(&name).unwrap().unwrap().expose(), "s3cret");
    assert_eq!(Vault::os().read(&name).unwrap().unwrap().expose(), "s3cret");
    vault.delete(&name).unwrap();
    assert!(vault.read(&name).unwrap().is_none());
    vault.delete(&name).unwrap();
}

#[tokio::test]
async fn token_and_password_survive_a_restart_and_go_with_the_profile() {
    let Some(vault) = os_vault() else { return };
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let first = book(&dir, vault);
    let id = signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", true)).await;
    let token = entry(&first, id, SecretKind::Token);
    let password = entry(&first, id, SecretKind::Password);
    assert_eq!(seen_by_secret_tool(&password).as_deref(), Some("demo"));
    assert!(seen_by_secret_tool(&token).is_some_and(|t| !t.is_empty()));
    drop(first);

    // A restart: a new vault and book over the same folder resume from the keyring alone.
    let again = book(&dir, Vault::os());
    assert_eq!(again.last_used().unwrap(), Some(id));
    let info = again.resume_last().await.unwrap().unwrap();
    assert_eq!(info.username, "admin@demo");
    again
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    // A refused token is replaced by signing in with the remembered password.
    sim.expire_tokens();
    let restarted = book(&dir, Vault::os());
    restarted.resume_profile(id).await.unwrap();

    restarted.remove_profile(id).await.unwrap();
    assert_eq!(seen_by_secret_tool(&token), None);
    assert_eq!(seen_by_secret_tool(&password), None);
    assert!(Vault::os().read(&token).unwrap().is_none());
}

#[tokio::test]
async fn without_remember_only_the_token_is_kept_and_sign_out_deletes_it() {
    let Some(vault) = os_vault() else { return };
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, vault);
    let id = signed_in(&book, new_profile(&sim.base_url(), "admin", "demo", false)).await;
    let token = entry(&book, id, SecretKind::Token);
    let kept = seen_by_secret_tool(&token).unwrap();
    assert_eq!(
        seen_by_secret_tool(&entry(&book, id, SecretKind::Password)),
        None
    );
    book.sign_out(SignOutArgs { wipe_cache: false })
        .await
        .unwrap();
    assert_eq!(seen_by_secret_tool(&token), None);
    // The server no longer accepts the token /logout ended.
    let dead = webitel_hooks_core::SignedIn::with_token(
        &sim.base_url(),
        webitel_hooks_core::AccessToken::new(kept),
    )
    .await
    .unwrap_err();
    assert_eq!(dead.code(), ErrorCode::Unauthenticated);
    book.remove_profile(id).await.unwrap();
}

#[tokio::test]
async fn sign_out_deletes_the_remembered_password_too() {
    let Some(vault) = os_vault() else { return };
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, vault);
    let id = signed_in(&book, new_profile(&sim.base_url(), "admin", "demo", true)).await;
    let password = entry(&book, id, SecretKind::Password);
    assert!(seen_by_secret_tool(&password).is_some());
    book.sign_out(SignOutArgs { wipe_cache: false })
        .await
        .unwrap();
    assert_eq!(seen_by_secret_tool(&password), None);
    assert_eq!(
        seen_by_secret_tool(&entry(&book, id, SecretKind::Token)),
        None
    );
    // Nothing signs in by itself after an explicit sign-out.
    let err = book.resume_profile(id).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unauthenticated);
    book.remove_profile(id).await.unwrap();
}

#[tokio::test]
async fn a_session_only_sign_in_keeps_nothing_in_the_keyring() {
    let Some(vault) = os_vault() else { return };
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, vault);
    let mut args = new_profile(&sim.base_url(), "admin", "demo", true);
    args.session_only = true;
    let id = signed_in(&book, args).await;
    assert_eq!(
        seen_by_secret_tool(&entry(&book, id, SecretKind::Token)),
        None
    );
    assert_eq!(
        seen_by_secret_tool(&entry(&book, id, SecretKind::Password)),
        None
    );
    book.remove_profile(id).await.unwrap();
}

/// The child half of the test below: prints the state of a vault opened without a D-Bus session.
#[test]
fn probe_child() {
    if std::env::var_os("WEBITEL_HOOKS_PROBE_CHILD").is_none() {
        return;
    }
    println!(
        "STATE={}",
        serde_json::to_string(&Vault::os().state()).unwrap()
    );
}

#[test]
fn without_a_d_bus_session_the_keyring_is_unavailable_with_what_to_do() {
    let runtime = tempfile::tempdir().unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["keyring::probe_child", "--exact", "--nocapture"])
        .env("WEBITEL_HOOKS_PROBE_CHILD", "1")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}/no-bus", runtime.path().display()),
        )
        .env("XDG_RUNTIME_DIR", runtime.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("STATE="))
        .unwrap_or_else(|| panic!("no state from the child: {stdout}"));
    let state: KeyringState = serde_json::from_str(line).unwrap();
    assert_eq!(
        state,
        KeyringState::Unavailable {
            reason: webitel_hooks_core::vault::keyring_unavailable(&KeyringDown::NoService).into()
        }
    );
}

#[tokio::test]
async fn with_no_network_at_start_the_token_from_the_keyring_opens_the_cache_offline() {
    let Some(vault) = os_vault() else { return };
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let first = book(&dir, vault.clone());
        let id = signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", false)).await;
        first.sync().sync_now().await;
        id
    };
    sim.set_knobs(webitel_sim::Knobs {
        drop_rate: 1.0,
        ..webitel_sim::Knobs::default()
    });
    let book = book(&dir, Vault::os());
    let info = book.resume_profile(id).await.unwrap();
    assert!(info.offline);
    assert_eq!(info.username, "admin@demo");
    let queues = book
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16);
    sim.set_knobs(webitel_sim::Knobs::default());
    book.registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(!book.registry().session_info().unwrap().offline);
    book.sign_out(SignOutArgs { wipe_cache: true })
        .await
        .unwrap();
}

/// The start paints the last view first: the profile used last opens on its cache with the
/// keyring's token before any request, and the first sync run checks the token.
#[tokio::test]
async fn the_start_opens_the_last_profile_from_its_cache_before_any_request() {
    let Some(vault) = os_vault() else { return };
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    {
        let first = book(&dir, vault.clone());
        signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", false)).await;
        first.sync().sync_now().await;
    }
    // Changed on the server while the app was closed: the cache shows the old name until the
    // first run.
    sim.with_data(|d| {
        let queue = d.queue_mut(support::SALES_EU.0).unwrap();
        queue.name = "Sales EU (renamed)".into();
        webitel_sim::data::touch(queue);
    });
    let requests = sim.request_count();

    let book = book(&dir, Vault::os());
    let info = book.resume_last().await.unwrap().unwrap();
    assert!(
        !info.offline,
        "not shown offline: the server was never asked"
    );
    let registry = book.registry();
    let queues = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16);
    assert!(
        queues.iter().any(|q| q.name == "Sales Progressive EU"),
        "from the cache"
    );
    let page = registry
        .list_hooks(ListHooksArgs {
            owner: support::SALES_EU.into(),
            page: 1,
            size: PageSize::new(10),
            sort: None,
        })
        .await
        .unwrap();
    assert!(!page.items.is_empty());
    assert_eq!(sim.request_count(), requests, "no request before the view");

    let ran = book.sync().sync_now().await;
    assert!(ran.last_error.is_none(), "{:?}", ran.last_error);
    assert!(sim.request_count() > requests);
    assert!(!registry.session_info().unwrap().offline);
    let queues = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(queues.iter().any(|q| q.name == "Sales EU (renamed)"));
    book.sign_out(SignOutArgs { wipe_cache: true })
        .await
        .unwrap();
}

/// A token the server stopped taking while the app was closed: the cache still paints first,
/// and the first run asks for the password (the Session expired dialog) instead of the Sign-in
/// screen replacing the view.
#[tokio::test]
async fn a_token_refused_after_a_cache_first_start_asks_for_the_password_over_the_cached_view() {
    let Some(vault) = os_vault() else { return };
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let first = book(&dir, vault.clone());
        let id = signed_in(&first, new_profile(&sim.base_url(), "admin", "demo", false)).await;
        first.sync().sync_now().await;
        id
    };
    sim.expire_tokens();

    let book = book(&dir, Vault::os());
    book.resume_last().await.unwrap().unwrap();
    let mut status = book.session_status();
    book.sync().sync_now().await;
    assert!(matches!(
        &*status.borrow_and_update(),
        webitel_hooks_model::commands::SessionStatus::PasswordNeeded { profile_id, .. } if *profile_id == id
    ));
    let queues = book
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16, "the cached view stays");
    book.remove_profile(id).await.unwrap();
}
