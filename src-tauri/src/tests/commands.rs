//! The handler and the capability agree with the model: every command is registered, granted
//! to the main window, and to nothing else.

use serde_json::{json, Value};
use webitel_hooks_model::commands::ALL_NAMES;

use super::{invoke_from, start};
use crate::launch::LaunchOptions;

#[test]
fn every_model_command_is_registered_and_granted() {
    let app = start(LaunchOptions::default());
    for name in ALL_NAMES {
        // No command's `Args` is a number: a registered command reaches its argument parsing
        // and refuses it; an unregistered or ungranted one never gets that far.
        let err = app.invoke(name, json!(42)).unwrap_err();
        let err = err.as_str().unwrap_or_default();
        assert!(
            err.contains("invalid args `args`"),
            "{name} is not registered or not granted: {err}"
        );
    }
    // The check above can tell: a name that is not a command is refused otherwise.
    let err = app.invoke("list_queue", json!({})).unwrap_err();
    assert!(!err.to_string().contains("invalid args"), "{err}");
}

#[test]
fn the_capability_grants_exactly_the_model_commands() {
    let config: Value = serde_json::from_str(include_str!("../../../tauri.conf.json")).unwrap();
    let capabilities = config["app"]["security"]["capabilities"]
        .as_array()
        .unwrap();
    let granted: Vec<&str> = capabilities
        .iter()
        .flat_map(|c| c["permissions"].as_array().unwrap())
        .filter_map(Value::as_str)
        .filter(|p| p.starts_with("allow-"))
        .collect();
    let expected: Vec<String> = ALL_NAMES
        .iter()
        .map(|n| format!("allow-{}", n.replace('_', "-")))
        .collect();
    assert_eq!(granted, expected);
    for capability in capabilities {
        assert!(capability["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty()));
    }
}

#[test]
fn a_window_without_the_capability_is_refused() {
    let app = start(LaunchOptions::default());
    let answer = app.ok("app_info", json!({}));
    assert_eq!(answer["name"], "Webitel Hooks");
    let other = app.other_window();
    let err = invoke_from(&other, "app_info", json!({})).unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
}

#[test]
fn before_sign_in_every_registry_command_says_so() {
    let app = start(LaunchOptions::default());
    assert_eq!(app.ok("session_info", json!({})), Value::Null);
    assert_eq!(
        app.error_code("list_queues", json!({"search": "", "queue_type": null})),
        "unauthenticated"
    );
    assert_eq!(
        app.error_code(
            "set_hook_enabled",
            json!({"owner": {"kind": "queue", "id": 1}, "hook_id": 1, "enabled": true})
        ),
        "unauthenticated"
    );
}

#[test]
fn sizes_pages_lists_and_texts_out_of_range_are_invalid_input_sentences() {
    let app = super::signed_in_as("admin").signed_in();
    let many: Vec<i64> = (1..=1001).collect();
    let long = "x".repeat(1001);
    let all = |extra: Value| {
        let mut args = json!({
            "owners": [], "queue_types": [], "events": [], "flow_ids": [], "state": null,
            "pending": null, "conflict": null, "search": "", "sort": null, "page": 1, "size": 10,
        });
        for (key, value) in extra.as_object().unwrap() {
            args[key] = value.clone();
        }
        args
    };
    let bad = [
        (
            "list_hooks",
            json!({"owner": {"kind": "queue", "id": 1}, "page": 1, "size": 0, "sort": null}),
        ),
        (
            "list_hooks",
            json!({"owner": {"kind": "queue", "id": 1}, "page": 1, "size": 5000, "sort": null}),
        ),
        (
            "list_hooks",
            json!({"owner": {"kind": "queue", "id": 1}, "page": 0, "size": 10, "sort": null}),
        ),
        (
            "list_hooks",
            json!({"owner": {"kind": "queue", "id": 1}, "page": u32::MAX, "size": 1000, "sort": null}),
        ),
        ("list_all_hooks", all(json!({"page": 0}))),
        ("list_all_hooks", all(json!({"size": 1001}))),
        ("list_all_hooks", all(json!({"page": u32::MAX}))),
        (
            "list_all_hooks",
            all(
                json!({"owners": many.iter().map(|id| json!({"kind": "queue", "id": id})).collect::<Vec<_>>()}),
            ),
        ),
        ("list_all_hooks", all(json!({"flow_ids": many}))),
        ("list_all_hooks", all(json!({"search": long}))),
        ("search_flows", json!({"search": "", "page": 0})),
        ("search_flows", json!({"search": long, "page": 1})),
        ("list_queues", json!({"search": long, "queue_type": null})),
        (
            "delete_hooks",
            json!({"owner": {"kind": "queue", "id": 1}, "hook_ids": many}),
        ),
    ];
    for (command, args) in bad {
        let err = app.invoke(command, args.clone()).unwrap_err();
        assert_eq!(err["code"], "invalid_input", "{command} {args}: {err}");
        let message = err["message"].as_str().unwrap();
        assert!(
            message.ends_with('.') && message.contains("then try again"),
            "{command}: one sentence that says what to do: {message}"
        );
    }
    // Nothing was deleted, and the app still answers.
    let page = app.ok(
        "list_hooks",
        json!({"owner": {"kind": "queue", "id": 1}, "page": 1, "size": 1000, "sort": null}),
    );
    assert_eq!(page["items"].as_array().unwrap().len(), 7);
    // A value of the wrong type never reaches the app: Tauri refuses it.
    let err = app
        .invoke(
            "list_hooks",
            json!({"owner": {"kind": "queue", "id": 1}, "page": -1, "size": 10, "sort": null}),
        )
        .unwrap_err();
    assert!(err.to_string().contains("invalid args"), "{err}");
}
