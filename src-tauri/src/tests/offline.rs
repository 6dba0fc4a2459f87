//! The offline window's commands through IPC against the demo data: the sync, its status and
//! events, the all-queues registry, the outbox and conflicts (empty here), the pinned queues.

use serde_json::{json, Value};

use super::{signed_in_as, start, TestApp, SALES_EU};
use crate::launch::LaunchOptions;

fn all_hooks(app: &TestApp, filters: Value) -> Value {
    let mut args = json!({
        "owners": [], "queue_types": [], "events": [], "flow_ids": [],
        "state": null, "pending": null, "conflict": null, "search": "",
        "sort": null, "page": 1, "size": 1000,
    });
    for (k, v) in filters.as_object().unwrap() {
        args[k] = v.clone();
    }
    app.ok("list_all_hooks", args)
}

#[test]
fn sync_now_fills_the_all_queues_registry_and_tells_its_progress() {
    let app = signed_in_as("admin").signed_in();
    // The run after the sign-in first, so that the events below are those of sync_now.
    app.first_sync();
    let events = app.events(<webitel_hooks_model::events::SyncStatusChanged as webitel_hooks_model::events::Event>::NAME);

    let before = app.ok("sync_status", json!({}));
    assert_eq!(before["pending"], 0);
    assert_eq!(before["conflicts"], 0);
    assert_eq!(before["offline"], false);

    let after = app.ok("sync_now", json!({}));
    assert_eq!(after["running"], false, "{after}");
    assert_eq!(after["last_error"], Value::Null, "{after}");
    assert_eq!(after["offline"], false);
    assert!(after["last_synced_at"].as_i64().unwrap() > 0, "{after}");
    // Every queue and every team is read.
    let queues = app.ok("list_queues", json!({"search": "", "queue_type": null}));
    let teams = app.ok("list_teams", json!({"search": ""}));
    let owners = queues.as_array().unwrap().len() + teams.as_array().unwrap().len();
    assert!(
        teams.as_array().unwrap().len() > 1,
        "the demo has teams: {teams}"
    );
    assert_eq!(after["total"], owners, "{after}");
    assert_eq!(after["done"], owners, "{after}");
    // The status the command answers is the one `sync_status` reads afterwards.
    assert_eq!(
        app.ok("sync_status", json!({}))["last_synced_at"],
        after["last_synced_at"]
    );

    // The run was told as it went: a start and an end at least.
    let told: Vec<Value> = std::iter::from_fn(|| {
        events
            .recv_timeout(std::time::Duration::from_millis(500))
            .ok()
    })
    .collect();
    assert!(told.iter().any(|s| s["running"] == true), "{told:?}");
    assert!(
        told.iter()
            .any(|s| s["running"] == false && s["last_synced_at"] == after["last_synced_at"]),
        "{told:?}"
    );

    // Every cached hook of every queue, one page; the demo's Sales Progressive EU has seven.
    let page = all_hooks(&app, json!({}));
    let total = page["total"].as_u64().unwrap();
    assert!(total >= 7, "{page}");
    assert_eq!(page["items"].as_array().unwrap().len() as u64, total);
    assert_eq!(page["synced_at"], after["last_synced_at"]);
    let sales = all_hooks(&app, json!({"owners": [{"kind": "queue", "id": SALES_EU}]}));
    assert_eq!(sales["total"], 7, "{sales}");
    // The Kind filter: team 1's three hooks, and no queue's.
    let teams_only = all_hooks(&app, json!({"kinds": ["team"]}));
    assert!(teams_only["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["hook"]["owner"]["kind"] == "team" && r["queue_type"].is_null()));
    let sales_team = all_hooks(&app, json!({"owners": [{"kind": "team", "id": 1}]}));
    assert_eq!(sales_team["total"], 3, "{sales_team}");
    for row in sales["items"].as_array().unwrap() {
        assert_eq!(row["owner_name"], "Sales Progressive EU");
        assert_eq!(
            row["hook"]["owner"],
            json!({"kind": "queue", "id": SALES_EU})
        );
        assert_eq!(row["pending"], false);
        assert_eq!(row["conflict"], false);
    }
    let enabled = all_hooks(
        &app,
        json!({"owners": [{"kind": "queue", "id": SALES_EU}], "state": "enabled"}),
    );
    assert!(enabled["total"].as_u64().unwrap() < 7, "{enabled}");

    // Nothing waits, nothing conflicts.
    assert_eq!(app.ok("list_pending", json!({})), json!([]));
    assert_eq!(app.ok("list_conflicts", json!({})), json!([]));
}

#[test]
fn pinning_a_queue_answers_the_pinned_queues_and_tells_every_view() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let events = app.events(
        <webitel_hooks_model::events::PinnedChanged as webitel_hooks_model::events::Event>::NAME,
    );

    // By default the cached Progressive Dialer queues, at most ten.
    let pinned = app.ok("list_pinned", json!({}));
    let pinned: Vec<Value> = serde_json::from_value(pinned).unwrap();
    assert!(!pinned.is_empty() && pinned.len() <= 10, "{pinned:?}");
    let sales = json!({"kind": "queue", "id": SALES_EU});
    assert!(pinned.contains(&sales), "{pinned:?}");

    let now = app.ok(
        "set_pinned",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "pinned": false}),
    );
    assert!(!now.as_array().unwrap().contains(&sales), "{now}");
    assert_eq!(super::next_change(&events), now);
    assert_eq!(app.ok("list_pinned", json!({})), now);

    let again = app.ok(
        "set_pinned",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "pinned": true}),
    );
    assert!(again.as_array().unwrap().contains(&sales), "{again}");
    assert_eq!(super::next_change(&events), again);
}

#[test]
fn resolving_a_conflict_that_is_not_there_says_so() {
    let app = signed_in_as("admin").signed_in();
    let changes = app.hooks_changed();
    let err = app
        .invoke(
            "resolve_conflict",
            json!({"change_id": 424242, "choice": "keep_mine"}),
        )
        .unwrap_err();
    assert!(err["code"].is_string(), "{err}");
    assert!(!err["message"].as_str().unwrap().is_empty(), "{err}");
    assert!(changes.try_recv().is_err());
}

#[test]
fn before_sign_in_the_cache_commands_answer_nothing_and_the_status_answers() {
    let app = start(LaunchOptions::default());
    assert_eq!(app.ok("session_info", json!({})), Value::Null);
    let status = app.ok("sync_status", json!({}));
    assert_eq!(status["running"], false);
    assert_eq!(status["last_synced_at"], Value::Null);
    // No profile's cache is open: nothing waits, nothing conflicts, nothing is pinned.
    assert_eq!(app.ok("list_pending", json!({})), json!([]));
    assert_eq!(app.ok("list_conflicts", json!({})), json!([]));
    assert_eq!(app.ok("list_pinned", json!({})), json!([]));
    let err = app
        .invoke(
            "set_pinned",
            json!({"owner": {"kind": "queue", "id": SALES_EU}, "pinned": true}),
        )
        .unwrap_err();
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

#[test]
fn the_background_sync_runs_after_the_sign_in_at_start() {
    let app = signed_in_as("admin").signed_in();
    // No sync_now: the run started by the sign-in fills the cache by itself.
    let status = app.first_sync();
    assert_eq!(status["last_error"], Value::Null, "{status}");
    let sales = all_hooks(&app, json!({"owners": [{"kind": "queue", "id": SALES_EU}]}));
    assert_eq!(sales["total"], 7, "{sales}");
}

#[test]
fn losing_the_server_and_finding_it_again_is_told_as_sync_status() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let events = app.events(<webitel_hooks_model::events::SyncStatusChanged as webitel_hooks_model::events::Event>::NAME);
    let sim = app.sim.as_ref().unwrap();
    let wait_for = |offline: bool| loop {
        let status = events
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no sync-status with offline = {offline}"));
        if status["offline"] == offline {
            break status;
        }
    };

    // Every connection dropped: the queues answer from the cache, and the views hear it.
    sim.set_knobs(webitel_sim::Knobs {
        drop_rate: 1.0,
        ..webitel_sim::Knobs::default()
    });
    let queues = app.ok("list_queues", json!({"search": "", "queue_type": null}));
    assert!(!queues.as_array().unwrap().is_empty());
    wait_for(true);
    assert_eq!(app.ok("sync_status", json!({}))["offline"], true);

    // Back: the next call clears it.
    sim.set_knobs(webitel_sim::Knobs::default());
    app.ok("list_queues", json!({"search": "", "queue_type": null}));
    wait_for(false);
}

#[test]
fn a_change_kept_offline_that_meets_a_colleagues_change_is_a_conflict_told_and_resolved() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let (tx, notices) = std::sync::mpsc::channel();
    tauri::Manager::manage(&app.app, crate::notify::TestSink(std::sync::Mutex::new(tx)));
    let changes = app.hooks_changed();
    let sim = app.sim.as_ref().unwrap();
    let sales = all_hooks(
        &app,
        json!({"owners": [{"kind": "queue", "id": SALES_EU}], "state": "enabled"}),
    );
    let hook = sales["items"][0]["hook"].clone();
    let hook_id = hook["id"].as_i64().unwrap();

    // Offline: the toggle is kept in the outbox and shown pending.
    sim.set_knobs(webitel_sim::Knobs {
        drop_rate: 1.0,
        ..webitel_sim::Knobs::default()
    });
    let off = app.ok(
        "set_hook_enabled",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": hook_id, "enabled": false}),
    );
    assert_eq!(off["enabled"], false);
    assert_eq!(
        super::next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );
    let pending = app.ok("list_pending", json!({}));
    assert_eq!(pending.as_array().unwrap().len(), 1, "{pending}");

    // Meanwhile a colleague points the hook at another flow; the server comes back.
    sim.with_data(|d| d.update_hook(u32::try_from(hook_id).unwrap(), |h| h.schema_id += 1))
        .unwrap();
    sim.set_knobs(webitel_sim::Knobs::default());
    let status = app.ok("sync_now", json!({}));
    assert_eq!(status["conflicts"], 1, "{status}");
    let notice = notices
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("a notification");
    assert!(
        notice.body.starts_with(
            "A change you made offline conflicts with the server: open the app to choose."
        ),
        "{}",
        notice.body
    );
    let conflicts = app.ok("list_conflicts", json!({}));
    let change_id = conflicts[0]["change"]["id"].clone();
    assert_eq!(conflicts[0]["change"]["hook_id"], hook_id);

    // Take theirs: the conflict goes, the queue's views re-read, the hook is the server's.
    while changes.try_recv().is_ok() {}
    app.ok(
        "resolve_conflict",
        json!({"change_id": change_id, "choice": "take_theirs"}),
    );
    assert_eq!(
        super::next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );
    assert_eq!(app.ok("list_conflicts", json!({})), json!([]));
    assert_eq!(app.ok("sync_status", json!({}))["conflicts"], 0);
    let now = app.ok(
        "get_hook",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": hook_id}),
    );
    assert_eq!(now["enabled"], true, "{now}");
}
