//! Profiles through IPC: sign in to a new server, list, the second factor, sign out, rename,
//! remove, resume at start, the `session-changed` event, and that no answer carries a secret.

use std::time::Duration;

use serde_json::{json, Value};
use webitel_hooks_core::error::KeyringDown;
use webitel_hooks_core::{EntryName, SecretKind, Vault};
use webitel_hooks_model::ProfileId;

use super::{sim, start, start_with_vault, TestApp};
use crate::launch::LaunchOptions;

/// `sign_in`'s arguments for a new profile of the sim.
fn new_profile(server: &str, username: &str, password: &str, session_only: bool) -> Value {
    json!({
        "profile": {"kind": "new", "profile": {
            "name": "", "server": server, "username": username, "ca_certificate_pem": null
        }},
        "password": password,
        "remember": false,
        "session_only": session_only,
    })
}

fn existing(id: i64, password: &str) -> Value {
    json!({
        "profile": {"kind": "existing", "profile_id": id},
        "password": password,
        "remember": false,
        "session_only": false,
    })
}

/// The next `session-changed` payload.
fn next_status(rx: &std::sync::mpsc::Receiver<Value>) -> Value {
    rx.recv_timeout(Duration::from_secs(5))
        .expect("session-changed was emitted")
}

/// The keyring entry of profile `id`'s token.
fn token_entry(app: &TestApp, id: i64) -> EntryName {
    let list = app.ok("list_profiles", json!({}));
    let profile = list["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap();
    EntryName::new(
        ProfileId(id),
        profile["server"].as_str().unwrap(),
        profile["username"].as_str().unwrap(),
        SecretKind::Token,
    )
}

/// The token the app keeps under `name`, read from its keyring.
fn kept(app: &TestApp, name: &EntryName) -> Option<String> {
    app.vault.read(name).unwrap().map(|t| t.expose().to_owned())
}

#[test]
fn a_new_profile_signs_in_renames_signs_out_and_goes_and_nothing_answers_a_secret() {
    let sim = sim();
    let app = start(LaunchOptions::default());
    // Nothing given at launch, no profile yet: the Sign-in screen.
    assert_eq!(app.ok("session_info", json!({})), Value::Null);
    let list = app.ok("list_profiles", json!({}));
    assert_eq!(list["profiles"], json!([]));
    assert_eq!(list["last_used"], Value::Null);
    assert_eq!(list["keyring"]["state"], "available");
    let status = app.session_changed();

    // A refused password creates nothing.
    let wrong = "not-the-password-7731";
    let err = app
        .invoke(
            "sign_in",
            new_profile(&sim.base_url(), "admin@demo", wrong, false),
        )
        .unwrap_err();
    assert_eq!(err["code"], "unauthenticated");
    assert_eq!(app.ok("list_profiles", json!({}))["profiles"], json!([]));

    let outcome = app.ok(
        "sign_in",
        new_profile(&sim.base_url(), "admin@demo", "demo", false),
    );
    assert_eq!(outcome["kind"], "signed_in", "{outcome}");
    let session = &outcome["session"];
    assert_eq!(session["username"], "admin@demo");
    assert_eq!(
        session["profile_name"],
        sim.base_url().trim_start_matches("http://")
    );
    assert_eq!(session["session_only"], false);
    let id = session["profile_id"].as_i64().unwrap();
    assert_eq!(app.ok("session_info", json!({})), *session);
    let event = next_status(&status);
    assert_eq!(event["state"], "signed_in");
    assert_eq!(event["session"], *session);
    let entry = token_entry(&app, id);
    let token = kept(&app, &entry).expect("the token is kept in the keyring");

    let list = app.ok("list_profiles", json!({}));
    assert_eq!(list["last_used"], id);
    assert_eq!(list["profiles"][0]["username"], "admin@demo");
    assert_eq!(list["profiles"][0]["remember_password"], false);

    let renamed = app.ok("rename_profile", json!({"profile_id": id, "name": " Lab "}));
    assert_eq!(renamed["name"], "Lab");
    assert_eq!(app.ok("session_info", json!({}))["profile_name"], "Lab");
    assert_eq!(next_status(&status)["session"]["profile_name"], "Lab");
    assert_eq!(
        app.error_code("rename_profile", json!({"profile_id": id, "name": "  "})),
        "invalid_input"
    );
    let queues = app.ok("list_queues", json!({"search": "", "queue_type": null}));
    assert!(!queues.as_array().unwrap().is_empty());
    let ca = app.invoke(
        "sign_in",
        json!({
            "profile": {"kind": "existing", "profile_id": id, "ca_certificate_pem": "not a certificate"},
            "password": "demo", "remember": false, "session_only": false
        }),
    );
    assert_eq!(ca.unwrap_err()["code"], "certificate");

    app.ok("sign_out", json!({"wipe_cache": false}));
    assert_eq!(app.ok("session_info", json!({})), Value::Null);
    assert_eq!(next_status(&status), json!({"state": "signed_out"}));
    assert_eq!(kept(&app, &entry), None, "sign-out forgets the token");
    assert_eq!(
        app.error_code("list_queues", json!({"search": "", "queue_type": null})),
        "unauthenticated"
    );
    // Nothing signs in by itself after a sign-out: the password must be typed.
    assert_eq!(
        app.error_code("resume_profile", json!({"profile_id": id})),
        "unauthenticated"
    );
    let again = app.ok("sign_in", existing(id, "demo"));
    assert_eq!(again["session"]["profile_name"], "Lab");
    let second_token = kept(&app, &entry).unwrap();

    app.ok("remove_profile", json!({"profile_id": id}));
    assert_eq!(app.ok("session_info", json!({})), Value::Null);
    assert_eq!(app.ok("list_profiles", json!({}))["profiles"], json!([]));
    assert_eq!(kept(&app, &entry), None);
    assert!(!app.data_dir().join(format!("cache-{id}.sqlite3")).exists());

    // The sim's live tokens too (a sign-out ends a token there, so it is not among them).
    let issued = sim.issued_tokens();
    let mut secrets: Vec<&str> = issued.iter().map(String::as_str).collect();
    secrets.extend([token.as_str(), &second_token, "\"demo\"", wrong]);
    app.assert_no_secret_answered(&secrets);
}

#[test]
fn without_a_keyring_a_sign_in_is_for_this_session_only() {
    let sim = sim();
    let app = start_with_vault(
        LaunchOptions::default(),
        Vault::unavailable(KeyringDown::NoService),
    );
    let list = app.ok("list_profiles", json!({}));
    assert_eq!(list["keyring"]["state"], "unavailable");
    assert_eq!(list["keyring"]["reason"]["id"], "error-keyring-none");
    assert_eq!(
        app.error_code(
            "sign_in",
            new_profile(&sim.base_url(), "admin@demo", "demo", false)
        ),
        "keyring_unavailable"
    );
    let outcome = app.ok(
        "sign_in",
        new_profile(&sim.base_url(), "admin@demo", "demo", true),
    );
    assert_eq!(outcome["session"]["session_only"], true);
    assert_eq!(app.ok("session_info", json!({}))["session_only"], true);
    app.assert_no_secret_answered(&["\"demo\""]);
}

#[test]
fn a_launch_sign_in_without_a_keyring_is_session_only() {
    let sim = sim();
    let options = LaunchOptions {
        server: Some(sim.base_url()),
        username: Some("admin@demo".into()),
        password: Some("demo".into()),
        data_dir: None,
        ..LaunchOptions::default()
    };
    let app = start_with_vault(options, Vault::unavailable(KeyringDown::NoService));
    let session = app.ok("session_info", json!({}));
    assert_eq!(session["session_only"], true);
    assert_eq!(
        session["profile_name"],
        sim.base_url().trim_start_matches("http://")
    );
}

#[test]
fn two_factor_sign_in_takes_the_one_time_code() {
    let sim = sim();
    let app = start(LaunchOptions::default());
    let outcome = app.ok(
        "sign_in",
        new_profile(&sim.base_url(), "otp@demo", "demo", false),
    );
    assert_eq!(outcome["kind"], "second_factor_required", "{outcome}");
    let id = outcome["profile_id"].as_i64().unwrap();
    assert_eq!(app.ok("session_info", json!({})), Value::Null);
    assert_eq!(
        app.error_code(
            "submit_second_factor",
            json!({"profile_id": id, "code": "000000"})
        ),
        "unauthenticated"
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let code = webitel_sim::totp::code(webitel_sim::totp::OTP_USER_SECRET, now);
    let session = app.ok(
        "submit_second_factor",
        json!({"profile_id": id, "code": code}),
    );
    assert_eq!(session["username"], "otp@demo");
    assert_eq!(session["profile_id"], id);
    assert_eq!(app.ok("session_info", json!({})), session);
    let token = kept(&app, &token_entry(&app, id)).unwrap();
    app.assert_no_secret_answered(&[&token, "\"demo\""]);
}

#[test]
fn the_last_profile_resumes_at_start_and_a_failed_resume_is_the_reason_shown() {
    let sim = sim();
    let vault = Vault::memory();
    let options = LaunchOptions {
        server: Some(sim.base_url()),
        username: Some("admin@demo".into()),
        password: Some("demo".into()),
        data_dir: None,
        ..LaunchOptions::default()
    };
    let first = start_with_vault(options.clone(), vault.clone());
    let id = first.ok("session_info", json!({}))["profile_id"].clone();
    let data_dir = first.data_dir().to_path_buf();

    // Started again with the same server and user: the same profile, not a second one.
    let again = start_with_vault(
        LaunchOptions {
            data_dir: Some(data_dir.clone()),
            ..options
        },
        vault.clone(),
    );
    assert_eq!(again.ok("session_info", json!({}))["profile_id"], id);
    assert_eq!(
        again.ok("list_profiles", json!({}))["profiles"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Without launch options: the kept token resumes the profile used last.
    let resumed = start_with_vault(
        LaunchOptions {
            data_dir: Some(data_dir.clone()),
            ..LaunchOptions::default()
        },
        vault.clone(),
    );
    let session = resumed.ok("session_info", json!({}));
    assert_eq!(session["profile_id"], id);
    assert_eq!(session["username"], "admin@demo");

    // After a sign-out nothing is kept: the next start opens the Sign-in screen with the reason.
    resumed.ok("sign_out", json!({"wipe_cache": false}));
    let signed_out = start_with_vault(
        LaunchOptions {
            data_dir: Some(data_dir),
            ..LaunchOptions::default()
        },
        vault,
    );
    let err = signed_out.invoke("session_info", json!({})).unwrap_err();
    assert_eq!(err["code"], "unauthenticated");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("Type the password"),
        "{err}"
    );
    assert_eq!(signed_out.ok("list_profiles", json!({}))["last_used"], id);
    // Signing in from the Sign-in screen replaces that reason.
    let id = id.as_i64().unwrap();
    signed_out.ok("sign_in", existing(id, "demo"));
    signed_out.ok("sign_out", json!({"wipe_cache": true}));
    assert_eq!(signed_out.ok("session_info", json!({})), Value::Null);
}

#[test]
fn with_the_os_keyring_a_launch_sign_in_keeps_the_token_there() {
    if std::env::var_os("WEBITEL_HOOKS_KEYRING_TESTS").is_none() {
        eprintln!("SKIPPED: needs the Secret Service; run it with `make unit`");
        return;
    }
    let sim = sim();
    let options = LaunchOptions {
        server: Some(sim.base_url()),
        username: Some("admin@demo".into()),
        password: Some("demo".into()),
        data_dir: None,
        ..LaunchOptions::default()
    };
    let app = start_with_vault(options, Vault::os());
    let session = app.ok("session_info", json!({}));
    assert_eq!(session["session_only"], false);
    let id = session["profile_id"].as_i64().unwrap();
    let entry = token_entry(&app, id);
    let token = kept(&app, &entry).expect("the token is in the Secret Service");
    app.ok("remove_profile", json!({"profile_id": id}));
    assert_eq!(kept(&app, &entry), None);
    app.assert_no_secret_answered(&[&token, "\"demo\""]);
}

#[test]
fn a_flow_opens_in_the_servers_admin_or_in_the_one_the_profile_names() {
    use std::sync::{Arc, Mutex};
    use tauri::Manager;

    let app = super::signed_in_as("admin");
    let opened = Arc::new(Mutex::new(Vec::<String>::new()));
    let record = opened.clone();
    app.app
        .state::<crate::browser::Browser>()
        .replace(move |address| {
            record.lock().unwrap().push(address.to_owned());
            Ok(())
        });
    let server = app.sim.as_ref().unwrap().base_url();
    let id = app.ok("session_info", json!({}))["profile_id"].clone();

    app.ok("open_flow", json!({"flow_id": 3}));
    let profile = app.ok(
        "set_admin_address",
        json!({"profile_id": id, "admin_address": " https://admin.example.com/wbt/?tab=1#x "}),
    );
    assert_eq!(profile["admin_address"], "https://admin.example.com/wbt");
    app.ok("open_flow", json!({"flow_id": 3}));
    assert_eq!(
        app.ok("list_profiles", json!({}))["profiles"][0]["admin_address"],
        "https://admin.example.com/wbt"
    );
    app.ok(
        "set_admin_address",
        json!({"profile_id": id, "admin_address": ""}),
    );
    app.ok("open_flow", json!({"flow_id": 12}));
    assert_eq!(
        *opened.lock().unwrap(),
        [
            format!("{}/admin/routing/flow/3", server.trim_end_matches('/')),
            "https://admin.example.com/wbt/routing/flow/3".to_owned(),
            format!("{}/admin/routing/flow/12", server.trim_end_matches('/')),
        ]
    );

    for refused in [
        "admin.example.com",
        "ftp://admin.example.com",
        "javascript:alert(1)",
    ] {
        assert_eq!(
            app.error_code(
                "set_admin_address",
                json!({"profile_id": id, "admin_address": refused})
            ),
            "invalid_input",
            "{refused}"
        );
    }
    assert_eq!(
        app.error_code("open_flow", json!({"flow_id": 0})),
        "invalid_input"
    );
    assert_eq!(opened.lock().unwrap().len(), 3, "nothing else was opened");
}
