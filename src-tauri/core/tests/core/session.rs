use webitel_hooks_core::{AccessToken, Credentials, SignedIn};
use webitel_hooks_model::commands::ListQueuesArgs;
use webitel_hooks_model::{ErrorCode, Permissions};

use crate::support::{self, signed_in, Env};

#[tokio::test]
async fn signing_in_reads_the_user_and_what_they_may_do() {
    let env = signed_in("admin").await;
    let info = env.registry.session_info().unwrap();
    assert_eq!(info.server, env.sim.base_url());
    assert_eq!(info.username, "admin@demo");
    assert_eq!(
        info.permissions,
        Permissions {
            read_hooks: true,
            change_hooks: true,
            read_flows: true,
            read_team_hooks: true,
            change_team_hooks: true,
        }
    );
    let viewer = signed_in("viewer").await.registry.session_info().unwrap();
    assert!(viewer.permissions.read_hooks && !viewer.permissions.change_hooks);
    let noflows = signed_in("noflows").await.registry.session_info().unwrap();
    assert!(noflows.permissions.change_hooks && !noflows.permissions.read_flows);
}

#[tokio::test]
async fn the_shown_address_has_no_credentials_and_nothing_shows_the_token() {
    let sim = support::sim().await;
    let token = sim.token_for("admin").unwrap();
    let with_password = sim.base_url().replace("http://", "http://bob:hunter2@");
    let signed = SignedIn::with_token(&with_password, AccessToken::new(token.clone()))
        .await
        .unwrap();
    assert_eq!(signed.server(), sim.base_url());
    let dir = tempfile::tempdir().unwrap();
    let registry = support::registry(&dir);
    registry.start_session(signed);
    let info = serde_json::to_string(&registry.session_info()).unwrap();
    let debug = format!("{registry:?}");
    for shown in [info, debug] {
        assert!(!shown.contains(&token), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }
    registry.end_session();
    assert_eq!(registry.session_info(), None);
}

#[tokio::test]
async fn a_wrong_password_and_a_second_factor_are_sign_in_errors() {
    let sim = support::sim().await;
    let wrong = SignedIn::sign_in(&sim.base_url(), &Credentials::new("admin@demo", "nope"))
        .await
        .unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::Unauthenticated);
    assert!(
        wrong.to_string().contains("username or password"),
        "{}",
        wrong.to_string()
    );
    let otp = SignedIn::sign_in(&sim.base_url(), &Credentials::new("otp@demo", "demo"))
        .await
        .unwrap_err();
    assert_eq!(otp.code(), ErrorCode::Unauthenticated);
    assert!(
        otp.to_string().contains("one-time code"),
        "{}",
        otp.to_string()
    );
}

#[tokio::test]
async fn an_ended_session_asks_to_sign_in_again_and_is_forgotten() {
    let env = signed_in("admin").await;
    env.sim.expire_tokens();
    let err = env
        .registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unauthenticated);
    assert_eq!(err.to_string(), "Your session has ended. Sign in again.");
    assert_eq!(env.registry.session_info(), None);
    let again = env
        .registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap_err();
    assert_eq!(again.code(), ErrorCode::Unauthenticated);
}

#[tokio::test]
async fn an_unreachable_server_is_offline_with_its_address() {
    let env = signed_in("admin").await;
    let server = env.sim.base_url();
    let Env {
        sim,
        registry,
        dir: _dir,
    } = env;
    sim.shutdown().await;
    let err = registry
        .get_hook(webitel_hooks_model::commands::HookRef {
            owner: crate::support::SALES_EU.into(),
            hook_id: webitel_hooks_model::HookId(1),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Offline);
    assert_eq!(
        err.to_string(),
        format!("The server at {server} cannot be reached. Check your connection and try again.")
    );
    assert!(
        registry.session_info().is_some(),
        "being offline keeps the session"
    );
    assert!(registry.sync_status().borrow().offline);
    // The queue list answers from the (here empty) cache instead of failing.
    let cached = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert!(cached.is_empty());
}
