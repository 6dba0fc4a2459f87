//! The sign-in made at start, as `session_info` reports it.

use serde_json::json;

use super::{signed_in_as, sim, start};
use crate::launch::LaunchOptions;

#[test]
fn signs_in_at_start_and_session_info_waits_for_it() {
    let app = signed_in_as("admin");
    let session = app.ok("session_info", json!({}));
    assert_eq!(session["username"], "admin@demo");
    assert_eq!(session["permissions"]["change_hooks"], true);
    assert!(session.get("token").is_none());
    // A profile named after the host and port, kept with its token in the (memory) keyring.
    let sim = app.sim.as_ref().unwrap();
    assert_eq!(
        session["profile_name"],
        sim.base_url().trim_start_matches("http://")
    );
    assert_eq!(session["session_only"], false);
    let id = session["profile_id"].as_i64().unwrap();
    // The profiles and the profile's cache live in the data folder given at launch.
    assert!(app.data_dir().join("profiles.sqlite3").is_file());
    assert!(app.data_dir().join(format!("cache-{id}.sqlite3")).is_file());
    let list = app.ok("list_profiles", json!({}));
    assert_eq!(list["last_used"], id);
    assert_eq!(list["profiles"][0]["remember_password"], false);
}

#[test]
fn a_refused_password_is_the_answer_of_session_info() {
    let sim = sim();
    let app = start(LaunchOptions {
        server: Some(sim.base_url()),
        username: Some("admin@demo".into()),
        // Distinctive, so that finding it in the answer means it leaked.
        password: Some("tr0ub4dor-9431".into()),
        data_dir: None,
        ..LaunchOptions::default()
    });
    let err = app.invoke("session_info", json!({})).unwrap_err();
    assert_eq!(err["code"], "unauthenticated");
    assert!(!err.to_string().contains("tr0ub4dor"), "{err}");
    // The other commands do not wait: they say that no one is signed in.
    assert_eq!(
        app.error_code("list_queues", json!({"search": "", "queue_type": null})),
        "unauthenticated"
    );
}

#[test]
fn an_unusable_cache_folder_is_an_error_with_advice_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the data folder should be: the cache cannot be created inside it.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let app = start(LaunchOptions {
        server: Some("http://127.0.0.1:9".into()),
        username: Some("admin@demo".into()),
        password: Some("demo".into()),
        data_dir: Some(blocker),
        ..LaunchOptions::default()
    });
    let err = app.invoke("session_info", json!({})).unwrap_err();
    assert_eq!(err["code"], "internal");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("start the app again"),
        "{err}"
    );
    assert_eq!(
        app.error_code("list_queues", json!({"search": "", "queue_type": null})),
        "internal"
    );
    // The app itself still answers.
    assert_eq!(app.ok("app_info", json!({}))["name"], "Webitel Hooks");
}
