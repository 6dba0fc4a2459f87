//! "Copy to…" through IPC against the demo data: the preview, then the confirmed creates with
//! their progress and the views told; what the webview sends is checked like typed input.

use std::time::Duration;

use serde_json::{json, Value};

use super::{signed_in_as, SALES_EU};

fn key(id: i64) -> Value {
    json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": id})
}

#[test]
fn a_copy_is_previewed_then_created_with_its_progress_and_each_queue_told_once() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let progress = app.events("transfer-progress");
    let changes = app.hooks_changed();

    // Bridged → CRM on, Missed → Zendesk on, Leaving → CRM off into "Survey Progressive (new)"
    // (6, no hooks) and "Sales Progressive US" (2: Bridged and Missed on, Leaving → CRM there).
    let preview = app.ok(
        "preview_copy",
        json!({"hooks": [key(2), key(3), key(4)], "targets": [6, 2]}),
    );
    let creates = preview["creates"].as_array().unwrap().clone();
    assert_eq!(creates.len(), 5, "{preview:#}");
    assert_eq!(preview["skipped"].as_array().unwrap().len(), 1);
    assert_eq!(
        creates
            .iter()
            .filter(|c| c["disabled_because"].is_object())
            .count(),
        2
    );
    // Nothing was sent by the preview.
    let sim = app.sim.as_ref().unwrap();
    assert!(sim.snapshot().queue(6).unwrap().hooks.is_empty());

    let report = app.ok(
        "apply_transfer",
        json!({"kind": "copy", "creates": creates}),
    );
    assert_eq!(report["created"], 5, "{report:#}");
    assert_eq!(report["failed"], json!([]));
    assert_eq!(sim.snapshot().queue(6).unwrap().hooks.len(), 3);
    assert_eq!(sim.snapshot().queue(2).unwrap().hooks.len(), 6);

    let told: Vec<Value> = (0..5)
        .map(|_| progress.recv_timeout(Duration::from_secs(5)).unwrap())
        .collect();
    assert_eq!(
        told,
        (1..=5)
            .map(|done| json!({"done": done, "total": 5}))
            .collect::<Vec<_>>()
    );
    let mut owners: Vec<Value> = (0..2)
        .map(|_| changes.recv_timeout(Duration::from_secs(5)).unwrap())
        .collect();
    owners.sort_by_key(|o| o["id"].as_i64());
    assert_eq!(
        owners,
        [
            json!({"kind": "queue", "id": 2}),
            json!({"kind": "queue", "id": 6})
        ]
    );
    assert!(
        changes.recv_timeout(Duration::from_millis(300)).is_err(),
        "each queue told once"
    );
}

#[test]
fn a_create_for_no_queue_or_a_copy_of_too_many_is_invalid_input() {
    let app = signed_in_as("admin").signed_in();
    let create = json!({
        "owner": {"kind": "queue", "id": 0},
        "hook": {
            "owner_kind": "queue", "owner_name": "x", "queue_type": 4, "event": "bridged",
            "flow": {"id": 101, "name": "CRM: log call result"}, "enabled": true
        },
        "disabled_because": null
    });
    assert_eq!(
        app.error_code(
            "apply_transfer",
            json!({"kind": "import", "creates": [create]})
        ),
        "invalid_input"
    );
    let many: Vec<Value> = (1..=1001).map(key).collect();
    assert_eq!(
        app.error_code("preview_copy", json!({"hooks": many, "targets": [6]})),
        "invalid_input"
    );
    assert!(app
        .sim
        .as_ref()
        .unwrap()
        .snapshot()
        .queue(6)
        .unwrap()
        .hooks
        .is_empty());
}

#[test]
fn the_copy_names_its_target_profile_and_an_unknown_one_is_invalid_input() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let active = app.ok("list_profiles", json!({}))["last_used"].clone();
    assert!(active.is_i64(), "{active}");
    // No profile, or the active one named: the active profile's queues and preview.
    let queues = app.ok("list_copy_targets", json!({}));
    assert_eq!(queues.as_array().unwrap().len(), 16);
    assert_eq!(
        app.ok("list_copy_targets", json!({"profile": active})),
        queues
    );
    let preview = app.ok(
        "preview_copy",
        json!({"hooks": [key(2)], "targets": [6], "profile": active}),
    );
    assert_eq!(preview["target_profile"], active);
    assert_eq!(
        preview["target_name"], "",
        "the active profile is not named"
    );
    assert_eq!(preview["creates"].as_array().unwrap().len(), 1);

    // A profile this desktop does not have: refused with its sentence, nothing sent.
    let unknown = json!(9999);
    for (command, args) in [
        ("list_copy_targets", json!({"profile": unknown})),
        (
            "preview_copy",
            json!({"hooks": [key(2)], "targets": [6], "profile": unknown}),
        ),
        (
            "apply_transfer",
            json!({"kind": "copy", "creates": preview["creates"], "profile": unknown}),
        ),
    ] {
        let err = app.invoke(command, args).unwrap_err();
        assert_eq!(err["code"], "invalid_input", "{command}: {err:#}");
        assert_eq!(err["id"], "error-no-such-profile", "{command}: {err:#}");
    }
    let sim = app.sim.as_ref().unwrap();
    assert!(sim.snapshot().queue(6).unwrap().hooks.is_empty());
}

#[test]
fn a_copy_into_another_profile_goes_to_its_server_tells_the_views_nothing_and_answers_no_token() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let first = app.ok("list_profiles", json!({}))["last_used"].clone();
    // A second server, signed in once (its token kept), then the first active again.
    let second = super::sim();
    let outcome = app.ok(
        "sign_in",
        json!({
            "profile": {"kind": "new", "profile": {
                "name": "Staging", "server": second.base_url(), "username": "admin@demo",
                "ca_certificate_pem": null
            }},
            "password": "demo", "remember": false, "session_only": false,
        }),
    );
    let second_id = outcome["session"]["profile_id"].clone();
    app.ok("resume_profile", json!({"profile_id": first}));
    let changes = app.hooks_changed();

    let queues = app.ok("list_copy_targets", json!({"profile": second_id}));
    assert_eq!(queues.as_array().unwrap().len(), 16, "the second server's");
    let preview = app.ok(
        "preview_copy",
        json!({"hooks": [key(2), key(3), key(4)], "targets": [6], "profile": second_id}),
    );
    assert_eq!(preview["target_profile"], second_id);
    assert_eq!(preview["target_name"], "Staging");
    let report = app.ok(
        "apply_transfer",
        json!({"kind": "copy", "creates": preview["creates"], "profile": second_id}),
    );
    assert_eq!(report["created"], 3, "{report:#}");
    assert_eq!(second.snapshot().queue(6).unwrap().hooks.len(), 3);
    let first_sim = app.sim.as_ref().unwrap();
    assert!(first_sim.snapshot().queue(6).unwrap().hooks.is_empty());
    // The views show the first server's queues: they are told nothing of the second's.
    assert!(changes.recv_timeout(Duration::from_millis(500)).is_err());
    assert_eq!(app.ok("session_info", json!({}))["profile_id"], first);
    let tokens: Vec<String> = first_sim
        .issued_tokens()
        .into_iter()
        .chain(second.issued_tokens())
        .collect();
    assert!(!tokens.is_empty());
    app.assert_no_secret_answered(&tokens.iter().map(String::as_str).collect::<Vec<_>>());
}
