//! A run's end reaches the views and the notifier once, from the run itself: two runs back to
//! back, the second starting the moment the first ends (what a watch of states folded into
//! "still running", so that the end was only guessed at), each tell one end.

use std::time::Duration;

use serde_json::{json, Value};
use tauri::Manager;
use webitel_hooks_model::events::{Event, SyncRunChanged};

use super::{signed_in_as, SALES_EU};
use crate::state::Backend;

#[test]
fn back_to_back_runs_each_end_once_for_the_views_and_the_notifier() {
    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let (tx, notices) = std::sync::mpsc::channel();
    app.app
        .manage(crate::notify::TestSink(std::sync::Mutex::new(tx)));
    let server = app.ok("session_info", json!({}))["server"]
        .as_str()
        .unwrap()
        .to_owned();
    let runs = app.events(SyncRunChanged::NAME);

    // A colleague changes a hook: the first run finds it, the second finds nothing new.
    let sales = app.ok(
        "list_hooks",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "page": 1, "size": 100, "sort": null}),
    );
    let hook_id = u32::try_from(sales["items"][0]["hook"]["id"].as_i64().unwrap()).unwrap();
    let sim = app.sim.as_ref().unwrap();
    sim.with_data(|d| d.update_hook(hook_id, |h| h.schema_id += 1))
        .unwrap();
    let runner = app.app.state::<Backend>().sync().unwrap();
    tauri::async_runtime::block_on(async {
        tokio::join!(runner.sync_now(), runner.sync_now());
    });

    // The views: each run's start and end, once, in order.
    let mut told: Vec<Value> = Vec::new();
    while let Ok(event) = runs.recv_timeout(Duration::from_millis(500)) {
        told.push(event);
    }
    let ends: Vec<&Value> = told.iter().filter(|e| e["kind"] == "ended").collect();
    let starts = told.iter().filter(|e| e["kind"] == "started").count();
    assert_eq!((starts, ends.len()), (2, 2), "{told:?}");
    assert_eq!(ends[0]["changed_on_server"], 1, "{:?}", ends[0]);
    assert_eq!(ends[1]["changed_on_server"], 0, "{:?}", ends[1]);
    assert!(ends[0]["run"].as_u64() < ends[1]["run"].as_u64());

    // The notifier: one notification, for the run that found the change.
    let notice = notices
        .recv_timeout(Duration::from_secs(5))
        .expect("a notification");
    assert_eq!(
        notice.body,
        format!("1 hook was changed on {server} by someone else.")
    );
    assert!(
        notices.recv_timeout(Duration::from_millis(500)).is_err(),
        "a second notification"
    );
}
