//! The Hooks tab's commands through IPC against the demo data, as admin@demo and viewer@demo.

use serde_json::{json, Value};

use super::{next_change, signed_in_as, SALES_EU};

/// Sales Progressive EU's hooks, as the window reads them: the queue list first (the rows name
/// their queue from it), then the queue's page.
fn list_hooks(app: &super::TestApp) -> Vec<Value> {
    app.ok("list_queues", json!({"search": "", "queue_type": null}));
    let page = app.ok(
        "list_hooks",
        json!({
            "owner": {"kind": "queue", "id": SALES_EU},
            "page": 1,
            "size": 1000,
            "sort": {"column": "event", "direction": "ascending"},
        }),
    );
    assert_eq!(page["page"], 1);
    assert_eq!(page["next"], false);
    let rows = page["items"].as_array().unwrap();
    // Each row draws itself: its queue, and whether a change of it waits.
    assert!(rows
        .iter()
        .all(|r| r["owner_name"] == "Sales Progressive EU" && r["pending"].is_boolean()));
    rows.iter().map(|r| r["hook"].clone()).collect()
}

#[test]
fn queues_hooks_and_every_change_through_ipc() {
    let app = signed_in_as("admin").signed_in();
    let changes = app.hooks_changed();

    let queues = app.ok("list_queues", json!({"search": "", "queue_type": null}));
    let queues = queues.as_array().unwrap();
    assert!(queues.len() >= 10, "{queues:?}");
    // Progressive Dialer first.
    assert_eq!(queues[0]["queue_type"], 4);
    assert!(queues
        .iter()
        .any(|q| q["id"] == SALES_EU && q["name"] == "Sales Progressive EU"));

    let hooks = list_hooks(&app);
    assert_eq!(hooks.len(), 7);
    assert_eq!(hooks[0]["event"], "bridged");
    assert!(hooks
        .iter()
        .all(|h| h["owner"] == json!({"kind": "queue", "id": SALES_EU})));

    // Create: enabled, on a free event, with a flow the picker offers.
    let flows = app.ok("search_flows", json!({"search": "", "page": 1}));
    let flow_id = flows["items"][0]["id"].as_i64().unwrap();
    let created = app.ok(
        "create_hook",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "draft": {"event": "answered", "flow_id": flow_id}}),
    );
    assert_eq!(created["event"], "answered");
    assert_eq!(created["enabled"], true);
    assert_eq!(created["flow"]["id"], flow_id);
    assert_eq!(
        next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );
    assert_eq!(list_hooks(&app).len(), 8);
    let created_id = created["id"].as_i64().unwrap();

    // The edit modal re-reads the hook.
    let read = app.ok(
        "get_hook",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": created_id}),
    );
    assert_eq!(read, created);

    // Disable, then enable again.
    let off = app.ok(
        "set_hook_enabled",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": created_id, "enabled": false}),
    );
    assert_eq!(off["enabled"], false);
    assert_eq!(
        next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );

    // A second enabled `leaving` is refused by the server, with a sentence, and no event.
    let disabled_leaving = hooks
        .iter()
        .find(|h| h["event"] == "leaving" && h["enabled"] == false)
        .unwrap();
    let err = app
        .invoke(
            "set_hook_enabled",
            json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": disabled_leaving["id"], "enabled": true}),
        )
        .unwrap_err();
    assert_eq!(err["code"], "rejected");
    assert!(
        err["message"].as_str().unwrap().contains("Leaving"),
        "{err}"
    );
    assert!(changes.try_recv().is_err());

    // Edit the flow of the created hook: its state stays as it is.
    let other_flow = flows["items"][1]["id"].as_i64().unwrap();
    let edited = app.ok(
        "update_hook",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": created_id,
               "draft": {"event": "answered", "flow_id": other_flow}}),
    );
    assert_eq!(edited["flow"]["id"], other_flow);
    assert_eq!(edited["enabled"], false);
    assert_eq!(
        next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );

    // Delete two: the created one and one that is gone already.
    let report = app.ok(
        "delete_hooks",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_ids": [created_id, 999_999]}),
    );
    assert_eq!(report["deleted"], json!([created_id]));
    assert_eq!(report["failed"][0]["hook_id"], 999_999);
    assert_eq!(report["failed"][0]["error"]["id"], "error-hook-gone");
    assert!(!report["failed"][0]["error"]["message"]
        .as_str()
        .unwrap()
        .is_empty());
    assert_eq!(
        next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );
    assert_eq!(list_hooks(&app).len(), 7);
}

#[test]
fn a_viewer_may_list_but_not_change() {
    let app = signed_in_as("viewer").signed_in();
    let session = app.ok("session_info", json!({}));
    assert_eq!(session["permissions"]["change_hooks"], false);
    let hooks = list_hooks(&app);
    assert_eq!(
        app.error_code(
            "set_hook_enabled",
            json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": hooks[0]["id"], "enabled": false})
        ),
        "forbidden"
    );
    assert_eq!(
        app.error_code(
            "delete_hooks",
            json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_ids": [hooks[0]["id"]]})
        ),
        "forbidden"
    );
}

#[test]
fn a_teams_hooks_through_ipc_name_the_team_in_every_answer_and_event() {
    let app = signed_in_as("admin").signed_in();
    let changes = app.hooks_changed();
    let teams = app.ok("list_teams", json!({"search": "sal"}));
    assert_eq!(teams, json!([{"id": 1, "name": "Sales"}]));
    let team = json!({"kind": "team", "id": 1});
    let page = app.ok(
        "list_hooks",
        json!({"owner": team, "page": 1, "size": 100, "sort": null}),
    );
    let rows = page["items"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r["hook"]["owner"] == team
        && r["owner_name"] == "Sales"
        && r["queue_type"].is_null()
        && r["hook"]["event"] == "agent_status"));
    let created = app.ok(
        "create_hook",
        json!({"owner": team, "draft": {"event": "agent_status", "flow_id": 101}}),
    );
    assert_eq!(created["owner"], team);
    assert_eq!(next_change(&changes), team);
    let taken = app.error_code(
        "create_hook",
        json!({"owner": team, "draft": {"event": "agent_status", "flow_id": 101}}),
    );
    assert_eq!(taken, "rejected");
    let queue_event = app.error_code(
        "create_hook",
        json!({"owner": team, "draft": {"event": "bridged", "flow_id": 102}}),
    );
    assert_eq!(queue_event, "invalid_input");
    let pinned = app.ok("set_pinned", json!({"owner": team, "pinned": true}));
    assert_eq!(pinned.as_array().unwrap().last(), Some(&team));
}

#[test]
fn a_bulk_switch_through_ipc_reports_each_hook_and_tells_each_owner_once() {
    let app = signed_in_as("admin").signed_in();
    let queue = json!({"kind": "queue", "id": SALES_EU});
    let team = json!({"kind": "team", "id": 1});
    for owner in [&queue, &team] {
        app.ok(
            "list_hooks",
            json!({"owner": owner, "page": 1, "size": 100, "sort": null}),
        );
    }
    let changes = app.hooks_changed();
    let report = app.ok(
        "set_hooks_enabled",
        json!({"enabled": false, "hooks": [
            {"owner": queue, "hook_id": 1},
            {"owner": queue, "hook_id": 2},
            {"owner": team, "hook_id": 1},
            {"owner": queue, "hook_id": 4},
        ]}),
    );
    assert_eq!(report["switched"].as_array().unwrap().len(), 3, "{report}");
    assert_eq!(report["unchanged"], json!([{"owner": queue, "hook_id": 4}]));
    assert_eq!(report["failed"], json!([]));
    let mut told = vec![next_change(&changes), next_change(&changes)];
    told.sort_by_key(|o| o["kind"].as_str().map(str::to_owned));
    assert_eq!(told, [queue, team]);
}
