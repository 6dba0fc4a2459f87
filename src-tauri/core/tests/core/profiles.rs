//! Profiles, sign-in, re-sign-in and sign-out against the sim, with secrets in a memory vault or
//! in the real Secret Service (see `keyring.rs` for what only the real keyring shows).

use std::sync::Arc;

use webitel_hooks_core::error::KeyringDown;
use webitel_hooks_core::{HookRegistry, ProfileBook, Store, Vault};
use webitel_hooks_model::commands::{
    ListQueuesArgs, RenameProfileArgs, SecondFactorArgs, SessionStatus, SignInArgs, SignInOutcome,
    SignOutArgs,
};
use webitel_hooks_model::{ErrorCode, NewProfile, Password, ProfileId, ProfileTarget};

use crate::support;

pub fn book(dir: &tempfile::TempDir, vault: Vault) -> ProfileBook {
    let registry = Arc::new(HookRegistry::new(Store::in_memory().unwrap()));
    ProfileBook::open(dir.path(), vault, registry).unwrap()
}

pub fn new_profile(server: &str, user: &str, password: &str, remember: bool) -> SignInArgs {
    SignInArgs {
        profile: ProfileTarget::New {
            profile: NewProfile {
                name: String::new(),
                server: server.to_owned(),
                username: format!("{user}@demo"),
                ca_certificate_pem: None,
            },
        },
        password: Password::new(password),
        remember,
        session_only: false,
    }
}

/// A fresh sim, and a book over a memory vault signed in to it as `admin@demo` with a new
/// profile (its password remembered or not); the folder lives as long as the answer.
pub async fn admin_profile(
    remember: bool,
) -> (
    webitel_sim::SimServer,
    tempfile::TempDir,
    ProfileBook,
    ProfileId,
) {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, Vault::memory());
    let id = signed_in(
        &book,
        new_profile(&sim.base_url(), "admin", "demo", remember),
    )
    .await;
    (sim, dir, book, id)
}

pub async fn signed_in(book: &ProfileBook, args: SignInArgs) -> ProfileId {
    match book.sign_in(args).await.unwrap() {
        SignInOutcome::SignedIn { .. } => book.active_profile().unwrap(),
        other => panic!("expected a session, got {other:?}"),
    }
}

#[tokio::test]
async fn a_new_profile_is_named_after_its_host_renamed_and_opens_last() {
    let (sim, dir, book, id) = admin_profile(true).await;
    let list = book.list_profiles().unwrap();
    assert_eq!(list.profiles.len(), 1);
    // Named after the host and the sim's port: two local servers must not read alike.
    let name = sim.base_url().trim_start_matches("http://").to_owned();
    assert_eq!(list.profiles[0].name, name);
    let session = book.registry().session_info().unwrap();
    assert_eq!(
        (session.profile_id, session.profile_name.as_str()),
        (id, name.as_str())
    );
    assert!(!session.session_only);
    assert_eq!(list.profiles[0].username, "admin@demo");
    assert!(list.profiles[0].remember_password);
    assert_eq!(list.last_used, Some(id));
    let renamed = book
        .rename_profile(RenameProfileArgs {
            profile_id: id,
            name: " Lab ".into(),
        })
        .unwrap();
    assert_eq!(renamed.name, "Lab");
    // The session and the status told to the shell follow the new name.
    assert_eq!(book.registry().session_info().unwrap().profile_name, "Lab");
    match book.session_status().borrow().clone() {
        SessionStatus::SignedIn { session } => assert_eq!(session.profile_name, "Lab"),
        other => panic!("expected SignedIn, got {other:?}"),
    }
    // Each profile caches into its own file.
    book.registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(book.registry().store().path(), book.cache_path(id));
    assert!(!book.registry().store().queues().unwrap().is_empty());
    let on_disk = std::fs::read(dir.path().join("profiles.sqlite3")).unwrap();
    assert!(!String::from_utf8_lossy(&on_disk).contains("demo\0"));
}

#[tokio::test]
async fn a_wrong_password_creates_no_profile() {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, Vault::memory());
    let err = book
        .sign_in(new_profile(&sim.base_url(), "admin", "nope", false))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unauthenticated);
    assert!(book.list_profiles().unwrap().profiles.is_empty());
}

#[tokio::test]
async fn two_factor_sign_in_waits_for_the_code_and_a_wrong_code_can_be_retyped() {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, Vault::memory());
    let outcome = book
        .sign_in(new_profile(&sim.base_url(), "otp", "demo", false))
        .await
        .unwrap();
    let SignInOutcome::SecondFactorRequired { profile_id } = outcome else {
        panic!("expected a second factor, got {outcome:?}");
    };
    let wrong = book
        .submit_second_factor(SecondFactorArgs {
            profile_id,
            code: "000000".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::Unauthenticated);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let code = webitel_sim::totp::code(webitel_sim::totp::OTP_USER_SECRET, now);
    let info = book
        .submit_second_factor(SecondFactorArgs { profile_id, code })
        .await
        .unwrap();
    assert_eq!(info.username, "otp@demo");
    assert_eq!(book.registry().session_info(), Some(info));
}

#[tokio::test]
async fn an_expired_token_signs_in_again_with_a_remembered_password_and_retries() {
    let (sim, _dir, book, _id) = admin_profile(true).await;
    sim.expire_tokens();
    let queues = book
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(!queues.is_empty());
    assert!(book.registry().session_info().is_some());
}

#[tokio::test]
async fn an_expired_token_without_a_password_asks_for_it_and_keeps_the_session_on_the_cache() {
    let (sim, _dir, book, id) = admin_profile(false).await;
    book.registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    let status = book.session_status();
    sim.expire_tokens();
    // The registry behind the Session expired dialog keeps answering, from the cache.
    let queues = book
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16);
    assert_eq!(
        book.registry().session_info().map(|s| s.profile_id),
        Some(id)
    );
    match status.borrow().clone() {
        SessionStatus::PasswordNeeded { profile_id, error } => {
            assert_eq!(profile_id, id);
            assert_eq!(error.code, ErrorCode::Unauthenticated);
            assert_eq!(error.id, "error-password-needed");
            assert!(
                error.message.contains("Type the password"),
                "{}",
                error.message
            );
        }
        other => panic!("expected PasswordNeeded, got {other:?}"),
    }
    // Switching back to it asks too: the dead token is not kept.
    let again = book.resume_profile(id).await.unwrap_err();
    assert_eq!(again.code(), ErrorCode::Unauthenticated);
}

#[tokio::test]
async fn sign_out_tells_the_server_and_keeps_or_wipes_the_cache() {
    let (sim, _dir, book, id) = admin_profile(true).await;
    book.registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    let requests = sim.request_count();
    book.sign_out(SignOutArgs { wipe_cache: false })
        .await
        .unwrap();
    assert!(sim.request_count() > requests, "no /logout was sent");
    assert_eq!(*book.session_status().borrow(), SessionStatus::SignedOut);
    assert!(book.cache_path(id).exists(), "the cache stays for review");
    // The token and the remembered password were deleted: switching back needs the password.
    assert!(!book.profile(id).unwrap().profile.remember_password);
    let err = book.resume_profile(id).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unauthenticated);
    assert!(
        err.to_string().contains("Type the password"),
        "{}",
        err.to_string()
    );
    assert_eq!(book.registry().session_info(), None);

    let args = SignInArgs {
        profile: ProfileTarget::Existing {
            profile_id: id,
            ca_certificate_pem: None,
        },
        password: Password::new("demo"),
        remember: false,
        session_only: false,
    };
    signed_in(&book, args).await;
    book.sign_out(SignOutArgs { wipe_cache: true })
        .await
        .unwrap();
    assert!(!book.cache_path(id).exists(), "wipe deletes the cache file");
    assert_eq!(book.list_profiles().unwrap().profiles.len(), 1);
}

#[tokio::test]
async fn removing_a_profile_deletes_its_row_and_cache() {
    let (_sim, _dir, book, id) = admin_profile(true).await;
    book.remove_profile(id).await.unwrap();
    assert!(!book.cache_path(id).exists());
    assert!(book.list_profiles().unwrap().profiles.is_empty());
    assert_eq!(book.registry().session_info(), None);
}

#[tokio::test]
async fn removing_a_profile_that_is_not_active_ends_its_token_on_the_server() {
    let sim = support::sim().await;
    let other = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::memory();
    let book = book(&dir, vault.clone());
    let id = signed_in(&book, new_profile(&sim.base_url(), "admin", "demo", false)).await;
    let row = book.profile(id).unwrap();
    let kept = vault
        .read(&webitel_hooks_core::profiles::entry_name(
            &row.profile,
            webitel_hooks_core::SecretKind::Token,
        ))
        .unwrap()
        .unwrap();
    // Another profile becomes the active one; the first keeps its token.
    signed_in(
        &book,
        new_profile(&other.base_url(), "admin", "demo", false),
    )
    .await;
    assert_ne!(book.active_profile(), Some(id));
    let token = || webitel_hooks_core::AccessToken::new(kept.expose());
    webitel_hooks_core::SignedIn::with_token(&sim.base_url(), token())
        .await
        .expect("the kept token still works");

    book.remove_profile(id).await.unwrap();
    let err = webitel_hooks_core::SignedIn::with_token(&sim.base_url(), token())
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::Unauthenticated,
        "the token is dead: {err}"
    );
    assert!(
        book.registry().session_info().is_some(),
        "the other stays signed in"
    );

    // A server that cannot be reached does not stop the removal.
    let id = book.active_profile().unwrap();
    signed_in(&book, new_profile(&sim.base_url(), "viewer", "demo", false)).await;
    other.set_knobs(webitel_sim::Knobs {
        drop_rate: 1.0,
        ..webitel_sim::Knobs::default()
    });
    book.remove_profile(id).await.unwrap();
    assert_eq!(book.list_profiles().unwrap().profiles.len(), 1);
}

#[tokio::test]
async fn without_a_keyring_sign_in_is_refused_unless_for_this_session_only() {
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, Vault::unavailable(KeyringDown::NoService));
    let err = book
        .sign_in(new_profile(&sim.base_url(), "admin", "demo", true))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    assert!(
        err.to_string()
            .starts_with("No keyring service is running."),
        "{err}"
    );
    let mut args = new_profile(&sim.base_url(), "admin", "demo", true);
    args.session_only = true;
    let id = signed_in(&book, args).await;
    assert!(book.registry().session_info().unwrap().session_only);
    // Memory keeps the password for this run: an expired token still signs in again.
    sim.expire_tokens();
    book.registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    let renewed = book.registry().session_info().unwrap();
    assert_eq!((renewed.profile_id, renewed.session_only), (id, true));
    assert!(book.resume_profile(id).await.unwrap().session_only);
}

/// A sign-in to an existing profile with a CA certificate pasted for it.
/// A sign-in again to profile `id`, with a CA certificate when given.
pub fn again_with_ca(id: ProfileId, pem: Option<&str>, password: &str) -> SignInArgs {
    SignInArgs {
        profile: ProfileTarget::Existing {
            profile_id: id,
            ca_certificate_pem: pem.map(str::to_owned),
        },
        password: Password::new(password),
        remember: false,
        session_only: false,
    }
}

#[tokio::test]
async fn a_certificate_that_is_not_pem_is_refused_in_words_and_not_kept() {
    let (sim, _dir, book, id) = admin_profile(false).await;
    let requests = sim.request_count();
    let err = book
        .sign_in(again_with_ca(id, Some("not a certificate"), "demo"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Certificate);
    assert!(err.to_string().contains("PEM"), "{err}");
    assert_eq!(sim.request_count(), requests, "refused before any request");
    assert!(!book.profile(id).unwrap().profile.has_ca_certificate);
}

#[tokio::test]
async fn a_ca_given_at_sign_in_is_kept_only_once_the_server_takes_the_password() {
    // The profile trusts CA A; then the server comes back on the same address with a
    // certificate from CA B, as after a renewal by another authority.
    let (a, b) = (
        webitel_sim::tls::TestPki::new().unwrap(),
        webitel_sim::tls::TestPki::new().unwrap(),
    );
    let first = webitel_sim::spawn_https(
        "127.0.0.1:0".parse().unwrap(),
        webitel_sim::SimConfig::default(),
        &a.server().unwrap(),
    )
    .await
    .unwrap();
    let (addr, server) = (first.addr(), first.base_url());
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, Vault::memory());
    let mut args = new_profile(&server, "admin", "demo", false);
    if let ProfileTarget::New { profile } = &mut args.profile {
        profile.ca_certificate_pem = Some(a.ca_pem().to_owned());
    }
    let id = signed_in(&book, args).await;
    book.sign_out(SignOutArgs { wipe_cache: false })
        .await
        .unwrap();
    first.shutdown().await;
    let _second = webitel_sim::spawn_https(
        addr,
        webitel_sim::SimConfig::default(),
        &b.server().unwrap(),
    )
    .await
    .unwrap();
    let kept_ca = || book.profile(id).unwrap().ca_certificate_pem;
    let trusted_a = Some(a.ca_pem().trim().to_owned());
    assert_eq!(kept_ca(), trusted_a);

    let refused = book
        .sign_in(again_with_ca(id, None, "demo"))
        .await
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Certificate, "{refused}");
    // The right CA with a wrong password: refused, and the profile is as it was.
    let refused = book
        .sign_in(again_with_ca(id, Some(b.ca_pem()), "not-the-password"))
        .await
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Unauthenticated, "{refused}");
    assert_eq!(
        kept_ca(),
        trusted_a,
        "a refused sign-in changed the profile"
    );
    // Accepted: the new CA is the profile's from now on.
    signed_in(&book, again_with_ca(id, Some(b.ca_pem()), "demo")).await;
    assert_eq!(kept_ca(), Some(b.ca_pem().trim().to_owned()));
}

#[tokio::test]
async fn a_private_ca_is_trusted_only_when_the_profile_carries_it() {
    let pki = webitel_sim::tls::TestPki::new().unwrap();
    let sim = webitel_sim::spawn_https(
        "127.0.0.1:0".parse().unwrap(),
        webitel_sim::SimConfig::default(),
        &pki.server().unwrap(),
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, Vault::memory());
    let err = book
        .sign_in(new_profile(&sim.base_url(), "admin", "demo", false))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Certificate);
    assert_eq!(
        err.to_string(),
        "The server's certificate is not signed by an authority this computer trusts. If the server uses a private CA, add its certificate to the profile."
    );
    let mut args = new_profile(&sim.base_url(), "admin", "demo", false);
    if let ProfileTarget::New { profile } = &mut args.profile {
        profile.ca_certificate_pem = Some(pki.ca_pem().to_owned());
    }
    let id = signed_in(&book, args).await;
    assert!(book.profile(id).unwrap().profile.has_ca_certificate);

    let expired = webitel_sim::spawn_https(
        "127.0.0.1:0".parse().unwrap(),
        webitel_sim::SimConfig::default(),
        &pki.expired_server().unwrap(),
    )
    .await
    .unwrap();
    let mut args = new_profile(&expired.base_url(), "admin", "demo", false);
    if let ProfileTarget::New { profile } = &mut args.profile {
        profile.ca_certificate_pem = Some(pki.ca_pem().to_owned());
    }
    let err = book.sign_in(args).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Certificate);
    assert!(err.to_string().contains("expired"), "{}", err.to_string());
}

#[tokio::test]
async fn a_call_still_running_when_signing_out_does_not_ask_for_the_password() {
    let (sim, _dir, book, _id) = admin_profile(false).await;
    // Every status from now on, in order.
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut status = book.session_status();
    status.borrow_and_update();
    let recorder = {
        let seen = seen.clone();
        tokio::spawn(async move {
            while status.changed().await.is_ok() {
                let now = status.borrow_and_update().clone();
                seen.lock().unwrap().push(now);
            }
        })
    };
    // A call on its way when the user signs out meets the token the sign-out ends.
    sim.expire_tokens();
    sim.set_knobs(webitel_sim::Knobs {
        latency_ms: 300,
        ..webitel_sim::Knobs::default()
    });
    let registry = book.registry().clone();
    let call = tokio::spawn(async move { registry.list_queues(ListQueuesArgs::default()).await });
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    book.sign_out(SignOutArgs { wipe_cache: false })
        .await
        .unwrap();
    let _ = call.await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    recorder.abort();
    assert_eq!(*seen.lock().unwrap(), vec![SessionStatus::SignedOut]);
}

#[tokio::test]
async fn a_ca_pasted_with_a_private_key_is_refused_and_the_key_never_kept() {
    let pki = webitel_sim::tls::TestPki::new().unwrap();
    let server = pki.server().unwrap();
    let sim = webitel_sim::spawn_https(
        "127.0.0.1:0".parse().unwrap(),
        webitel_sim::SimConfig::default(),
        &server,
    )
    .await
    .unwrap();
    let key = std::fs::read_to_string(&server.key).unwrap();
    assert!(key.contains("PRIVATE KEY"));
    let paste = format!("{}\n{key}", pki.ca_pem());
    let dir = tempfile::tempdir().unwrap();
    let book = book(&dir, Vault::memory());

    let mut args = new_profile(&sim.base_url(), "admin", "demo", false);
    if let ProfileTarget::New { profile } = &mut args.profile {
        profile.ca_certificate_pem = Some(paste.clone());
    }
    let err = book.sign_in(args).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("private key"), "{err}");
    assert!(book.list_profiles().unwrap().profiles.is_empty());

    // Nor with a sign-in to a profile that exists.
    let mut args = new_profile(&sim.base_url(), "admin", "demo", false);
    if let ProfileTarget::New { profile } = &mut args.profile {
        profile.ca_certificate_pem = Some(pki.ca_pem().to_owned());
    }
    let id = signed_in(&book, args).await;
    let err = book
        .sign_in(again_with_ca(id, Some(&paste), "demo"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    // Nothing of the key in any file of the data folder.
    let secret_line = key.lines().nth(1).unwrap().to_owned();
    for entry in walk(dir.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("PRIVATE KEY"), "{}", entry.display());
        assert!(!text.contains(&secret_line), "{}", entry.display());
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
