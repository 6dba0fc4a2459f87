//! The change journal's commands through IPC against the demo data: a bulk disable read back a
//! page at a time with its filters, undone as one batch (each queue told), an undo refused with
//! its sentence, and what the webview sends checked like typed input.

use serde_json::{json, Value};

use super::{next_change, signed_in_as, SALES_EU};

fn queue() -> Value {
    json!({"kind": "queue", "id": SALES_EU})
}

fn page(app: &super::TestApp, filter: Value, page: u32, size: u32) -> Value {
    app.ok(
        "list_journal",
        json!({"filter": filter, "page": page, "size": size}),
    )
}

fn no_filter() -> Value {
    json!({"owners": [], "actions": [], "from": null, "to": null, "search": ""})
}

#[test]
fn a_bulk_disable_is_listed_paged_filtered_and_undone_as_one_batch_through_ipc() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let changes = app.hooks_changed();
    // Sales EU's enabled offering (1), bridged (2) and missed (3), off at once.
    let keys: Vec<Value> = [1, 2, 3]
        .iter()
        .map(|id| json!({"owner": queue(), "hook_id": id}))
        .collect();
    let report = app.ok(
        "set_hooks_enabled",
        json!({"hooks": keys, "enabled": false}),
    );
    assert_eq!(report["switched"].as_array().unwrap().len(), 3);
    while changes.try_recv().is_ok() {}

    // Two a page, newest first.
    let first = page(&app, no_filter(), 1, 2);
    assert_eq!(first["total"], 3);
    assert_eq!(first["next"], true);
    let entries = first["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    let entry = &entries[0];
    assert_eq!(entry["action"], "disabled");
    assert_eq!(entry["origin"], "window");
    assert_eq!(entry["outcome"], "taken");
    assert_eq!(entry["owner_name"], "Sales Progressive EU");
    assert_eq!(entry["before"]["enabled"], true);
    assert_eq!(entry["after"]["enabled"], false);
    assert_eq!(entry["batch_size"], 3);
    assert!(entries[0]["at"].as_i64() >= entries[1]["at"].as_i64());
    assert_eq!(
        first["owners"],
        json!([{"owner": queue(), "name": "Sales Progressive EU"}])
    );
    let second = page(&app, no_filter(), 2, 2);
    assert_eq!(second["entries"].as_array().unwrap().len(), 1);
    assert_eq!(second["next"], false);
    // Filters: a kind of change nothing did, and a search.
    let created = page(
        &app,
        json!({"owners": [], "actions": ["created"], "from": null, "to": null, "search": ""}),
        1,
        50,
    );
    assert_eq!(created["total"], 0);
    let bridged = page(
        &app,
        json!({"owners": [queue()], "actions": [], "from": null, "to": null, "search": "bridged"}),
        1,
        50,
    );
    assert_eq!(bridged["total"], 1);

    // The whole batch undone: the server has them on again, the queue is told once.
    let batch = entry["batch"].clone();
    let undo = app.ok(
        "undo_journal",
        json!({"target": {"kind": "batch", "id": batch}}),
    );
    assert_eq!(undo["undone"].as_array().unwrap().len(), 3, "{undo}");
    assert_eq!(undo["refused"], json!([]));
    assert_eq!(undo["owners"], json!([queue()]));
    assert_eq!(next_change(&changes), queue());
    let sim = app.sim.as_ref().unwrap().snapshot();
    for id in [1, 2, 3] {
        assert!(sim.find_hook(id).unwrap().1.enabled, "hook {id}");
    }
    let after = page(&app, no_filter(), 1, 50);
    assert_eq!(after["total"], 6);
    assert_eq!(after["entries"][0]["origin"], "undo");

    // The same entry again: refused with its code and sentence.
    let err = app
        .invoke(
            "undo_journal",
            json!({"target": {"kind": "entry", "id": entry["id"]}}),
        )
        .unwrap_err();
    assert_eq!(err["code"], "rejected");
    assert_eq!(err["id"], "error-already-undone");
    assert_eq!(err["message"], "This change was already undone.");
    // An entry that is not there.
    assert_eq!(
        app.error_code(
            "undo_journal",
            json!({"target": {"kind": "entry", "id": 999_999}})
        ),
        "not_found"
    );
}

#[test]
fn the_journals_pages_and_texts_out_of_range_are_invalid_input_sentences() {
    let app = signed_in_as("admin").signed_in();
    for (page_number, size) in [(0, 50), (1, 0), (1, 1001), (1_000_001, 50)] {
        assert_eq!(
            app.error_code(
                "list_journal",
                json!({"filter": no_filter(), "page": page_number, "size": size})
            ),
            "invalid_input",
            "page {page_number}, size {size}"
        );
    }
    let long = "x".repeat(1001);
    assert_eq!(
        app.error_code(
            "list_journal",
            json!({"filter": {"owners": [], "actions": [], "from": null, "to": null, "search": long},
                   "page": 1, "size": 50})
        ),
        "invalid_input"
    );
    assert_eq!(
        app.error_code(
            "export_journal",
            json!({"filter": {"owners": [{"kind": "queue", "id": 0}], "actions": [], "from": null,
                              "to": null, "search": ""}})
        ),
        "invalid_input"
    );
}
