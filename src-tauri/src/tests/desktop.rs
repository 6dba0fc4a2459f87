//! Settings and diagnostics through IPC, and a launch beside an instance that is quitting.

use serde_json::{json, Value};

use super::{signed_in_as, start, TestApp};
use crate::launch::LaunchOptions;
use crate::settings::FILE_NAME;

fn at(dir: &std::path::Path) -> TestApp {
    start(LaunchOptions {
        data_dir: Some(dir.to_path_buf()),
        ..LaunchOptions::default()
    })
}

#[test]
fn settings_are_saved_beside_the_profiles_and_read_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let app = at(dir.path());
    let defaults = json!({"close_to_tray": true, "start_at_login": false, "notifications": true,
                          "journal_days": 180, "language": null});
    assert_eq!(app.ok("get_settings", json!({})), defaults);

    let changed = json!({"close_to_tray": false, "start_at_login": false, "notifications": false,
                         "journal_days": 30, "language": "vi"});
    assert_eq!(app.ok("update_settings", changed.clone()), changed);
    // The journal's days are kept within 1 day and ten years.
    let longest = app.ok(
        "update_settings",
        json!({"close_to_tray": false, "start_at_login": false, "notifications": false,
               "journal_days": 99_999}),
    );
    assert_eq!(longest["journal_days"], 3650);
    assert_eq!(app.ok("update_settings", changed.clone()), changed);
    assert_eq!(app.ok("get_settings", json!({})), changed);
    let file: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap())
            .unwrap();
    assert_eq!(file, changed);
    drop(app);

    let again = at(dir.path());
    assert_eq!(again.ok("get_settings", json!({})), changed);
}

#[test]
fn a_damaged_settings_file_starts_with_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE_NAME), "not json {").unwrap();
    let app = at(dir.path());
    assert_eq!(
        app.ok("get_settings", json!({})),
        json!({"close_to_tray": true, "start_at_login": false, "notifications": true,
               "journal_days": 180, "language": null})
    );
    // The app still works, and the next save replaces the damaged file.
    let changed = json!({"close_to_tray": true, "start_at_login": false, "notifications": false,
                         "journal_days": 180, "language": null});
    app.ok("update_settings", changed.clone());
    assert_eq!(at(dir.path()).ok("get_settings", json!({})), changed);
}

#[test]
fn start_at_login_that_cannot_be_registered_is_not_saved_and_says_what_to_do() {
    // The mock app has no autostart plugin: registering cannot work, as on a desktop that
    // refuses it.
    let dir = tempfile::tempdir().unwrap();
    let app = at(dir.path());
    let err = app
        .invoke(
            "update_settings",
            json!({"close_to_tray": true, "start_at_login": true, "notifications": true}),
        )
        .unwrap_err();
    assert_eq!(err["code"], "internal");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("startup programs"),
        "{err}"
    );
    assert_eq!(app.ok("get_settings", json!({}))["start_at_login"], false);
    assert!(!dir.path().join(FILE_NAME).exists());
}

#[test]
fn diagnostics_tell_versions_paths_and_recent_errors_never_a_secret() {
    let app = signed_in_as("admin").signed_in();
    let session = app.ok("session_info", json!({}));
    let id = session["profile_id"].as_i64().unwrap();
    // An error the user met, to be listed.
    assert_eq!(
        app.error_code("rename_profile", json!({"profile_id": id, "name": "  "})),
        "invalid_input"
    );

    let text = app.ok("diagnostics", json!({}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        text.contains(&format!("App: Webitel Hooks {}", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    assert!(
        text.contains(&format!("Tauri: {}", tauri::VERSION)),
        "{text}"
    );
    assert!(text.contains(std::env::consts::OS), "{text}");
    assert!(
        text.contains(&app.data_dir().display().to_string()),
        "{text}"
    );
    // With --data-dir the log is written beside the data.
    assert!(
        text.contains(&format!(
            "Log folder: {}",
            app.data_dir().join("logs").display()
        )),
        "{text}"
    );
    assert!(text.contains("Keyring: available"), "{text}");
    assert!(text.contains("Profiles: 1"), "{text}");
    assert!(
        text.contains(&format!(
            "Active server: {}",
            session["server"].as_str().unwrap()
        )),
        "{text}"
    );
    assert!(text.contains("Recent errors: 1"), "{text}");
    assert!(text.contains("rename_profile InvalidInput"), "{text}");

    // Never the token the keyring keeps, nor the password, nor anything token-shaped.
    let list = app.ok("list_profiles", json!({}));
    let profile = &list["profiles"][0];
    let entry = webitel_hooks_core::EntryName::new(
        webitel_hooks_model::ProfileId(id),
        profile["server"].as_str().unwrap(),
        profile["username"].as_str().unwrap(),
        webitel_hooks_core::SecretKind::Token,
    );
    let token = app.vault.read(&entry).unwrap().unwrap();
    assert!(!text.contains(token.expose()), "{text}");
    // The password is `demo`; the username (admin@demo) is not shown either.
    assert!(!text.contains("demo"), "{text}");
    app.assert_no_secret_answered(&[token.expose()]);
}

#[test]
fn a_sync_that_finds_hooks_changed_by_someone_else_notifies_while_the_setting_is_on() {
    let app = signed_in_as("admin").signed_in();
    let (tx, notices) = std::sync::mpsc::channel();
    tauri::Manager::manage(&app.app, crate::notify::TestSink(std::sync::Mutex::new(tx)));
    let server = app.ok("session_info", json!({}))["server"]
        .as_str()
        .unwrap()
        .to_owned();
    // The run after the sign-in fills a fresh cache: nothing was changed by anyone since. The
    // background loop then waits for minutes, so the runs below are the test's own.
    assert_eq!(app.first_sync()["changed_on_server"], 0);
    let sim = app.sim.as_ref().unwrap();
    let flip = |hook_id: u32| {
        sim.with_data(|d| d.update_hook(hook_id, |h| h.schema_id += 1))
            .unwrap()
    };
    let sales = app.ok(
        "list_hooks",
        json!({"owner": {"kind": "queue", "id": super::SALES_EU}, "page": 1, "size": 100, "sort": null}),
    );
    let hook_id = u32::try_from(sales["items"][0]["hook"]["id"].as_i64().unwrap()).unwrap();
    assert!(notices
        .recv_timeout(std::time::Duration::from_millis(300))
        .is_err());

    // A colleague changes a hook on the server: the next run says so.
    flip(hook_id);
    let status = app.ok("sync_now", json!({}));
    assert_eq!(status["changed_on_server"], 1, "{status}");
    let notice = notices
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("a notification");
    assert_eq!(
        notice.body,
        format!("1 hook was changed on {server} by someone else.")
    );

    // Notifications off: the next change is not told.
    app.ok(
        "update_settings",
        json!({"close_to_tray": true, "start_at_login": false, "notifications": false}),
    );
    flip(hook_id);
    let status = app.ok("sync_now", json!({}));
    assert_eq!(status["changed_on_server"], 1, "{status}");
    assert!(notices
        .recv_timeout(std::time::Duration::from_millis(500))
        .is_err());
}

#[test]
fn a_launch_that_meets_an_instance_still_quitting_starts_again_other_failures_do_not() {
    let leaving = "failed to initialize plugin `single-instance`: failed to forward arguments to the running instance: org.freedesktop.DBus.Error.NoReply: Message recipient disconnected from message bus without replying";
    assert!(crate::is_handover_to_a_leaving_instance(leaving));
    assert!(crate::is_handover_to_a_leaving_instance(
        "failed to initialize plugin `single-instance`: org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable"
    ));
    assert!(!crate::is_handover_to_a_leaving_instance(
        "failed to initialize plugin `single-instance`: org.freedesktop.DBus.Error.AccessDenied"
    ));
    assert!(!crate::is_handover_to_a_leaving_instance(
        "failed to create webview: NoReply"
    ));
}
