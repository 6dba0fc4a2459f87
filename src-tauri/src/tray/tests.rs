//! The tray over the mock runtime and webitel-sim: the menu for the demo data after a sync, a
//! toggle through it reaching the server, and the menu following a change made in the window.
//!
//! The mock app has no desktop tray, so the menu is attached without an icon (`attach_menu`)
//! and kept in step exactly as the icon's would be.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use serde_json::json;
use tauri::Manager;
use webitel_hooks_model::{Language, QueueId};
use webitel_sim::data::{EVENTS, PROGRESSIVE};

use super::model::TrayEntry;
use super::*;
use crate::tests::{next_change, signed_in_as, TestApp, SALES_EU};

const WAIT: Duration = Duration::from_secs(15);

/// Signed in as `user`, the tray started, and a "Sync now" from the tray finished. The run the
/// background loop starts after the sign-in ends first, so that no run overlaps the test's
/// changes (a run that read a queue before a change could write it back over it).
fn synced_as(user: &str) -> TestApp {
    let app = signed_in_as(user).signed_in();
    let first = app.first_sync()["last_synced_at"].as_i64().unwrap();
    start(app.app.handle());
    tauri::async_runtime::block_on(act(app.app.handle(), TrayItem::Sync, Origin::Menu)).unwrap();
    let until = Instant::now() + WAIT;
    loop {
        let status = app.ok("sync_status", json!({}));
        if status["running"] == false && status["last_synced_at"].as_i64() > Some(first) {
            break;
        }
        assert!(Instant::now() < until, "Sync now never ran: {status}");
        std::thread::sleep(Duration::from_millis(20));
    }
    wait_model(&app, "a finished sync with pinned queues", |m| {
        m.find("status")
            .and_then(TrayEntry::text)
            .is_some_and(|t| t.starts_with("Synchronised"))
            && m.find(&format!("queue:{SALES_EU}")).is_some()
    });
    app
}

/// The menu once `ready` holds, failing the test after a while.
fn wait_model(app: &TestApp, what: &str, ready: impl Fn(&TrayModel) -> bool) -> TrayModel {
    let mut model = app.app.state::<TrayState>().model();
    let waited = tauri::async_runtime::block_on(async {
        tokio::time::timeout(WAIT, model.wait_for(|m| ready(m)))
            .await
            .map(|m| m.map(|m| m.clone()))
    });
    match waited {
        Ok(Ok(model)) => model,
        _ => panic!(
            "the tray menu never showed {what}; it shows {:#?}",
            app.app.state::<TrayState>().model().borrow().entries
        ),
    }
}

fn check(model: &TrayModel, id: &str) -> (String, bool, bool) {
    match model.find(id) {
        Some(TrayEntry::Check {
            text,
            enabled,
            checked,
            ..
        }) => (text.clone(), *enabled, *checked),
        other => panic!("{id} is not a check item: {other:?}"),
    }
}

fn hook_id(app: &TestApp, queue: i64, event: &str, enabled: bool) -> i64 {
    let data = app.sim.as_ref().unwrap().snapshot();
    let hook = data
        .queue(queue)
        .unwrap()
        .hooks
        .iter()
        .find(|h| h.event == event && h.enabled == enabled)
        .unwrap_or_else(|| panic!("the demo has a {event} hook enabled={enabled}"));
    i64::from(hook.id)
}

fn sim_enabled(app: &TestApp, queue: i64, hook: i64) -> bool {
    let data = app.sim.as_ref().unwrap().snapshot();
    data.queue(queue)
        .unwrap()
        .hooks
        .iter()
        .find(|h| i64::from(h.id) == hook)
        .unwrap()
        .enabled
}

/// The submenus the demo's server data should give: the Progressive Dialer queues by name, at
/// most ten, each with its hooks in event order.
fn expected_queues(app: &TestApp) -> Vec<TrayEntry> {
    let data = app.sim.as_ref().unwrap().snapshot();
    let mut queues: Vec<_> = data
        .queues
        .iter()
        .filter(|q| q.queue_type == PROGRESSIVE)
        .collect();
    queues.sort_by_key(|q| (q.name.to_lowercase(), q.id));
    queues.truncate(10);
    queues
        .into_iter()
        .map(|q| {
            let mut hooks = q.hooks.clone();
            hooks.sort_by_key(|h| (EVENTS.iter().position(|e| *e == h.event).unwrap_or(8), h.id));
            let mut entries: Vec<TrayEntry> = hooks
                .iter()
                .map(|h| TrayEntry::Check {
                    id: format!("hook:{}:{}", q.id, h.id),
                    text: format!(
                        "{} → {}",
                        webitel_hooks_i18n::event_label(
                            Language::En,
                            &webitel_hooks_model::HookEvent::parse(&h.event)
                        ),
                        data.flow_name(h.schema_id)
                    ),
                    enabled: true,
                    checked: h.enabled,
                })
                .collect();
            if !entries.is_empty() {
                entries.push(TrayEntry::Separator);
            }
            entries.push(TrayEntry::Item {
                id: format!("disable-all:{}", q.id),
                text: format!("Disable all hooks of {}", q.name),
                enabled: q.hooks.iter().any(|h| h.enabled),
            });
            TrayEntry::Submenu {
                id: format!("queue:{}", q.id),
                text: q.name.clone(),
                entries,
            }
        })
        .collect()
}

#[test]
fn the_menu_for_the_demo_data_after_a_sync() {
    let app = synced_as("admin");
    let model = app.app.state::<TrayState>().model().borrow().clone();
    let visible = app.window.is_visible().unwrap();

    let queues = expected_queues(&app);
    assert!(
        queues.len() >= 2,
        "the demo pins several queues: {queues:?}"
    );
    let mut expected = vec![
        TrayEntry::Item {
            id: "show".into(),
            text: if visible {
                "Hide window"
            } else {
                "Show window"
            }
            .into(),
            enabled: true,
        },
        TrayEntry::Item {
            id: "status".into(),
            text: "Synchronised just now".into(),
            enabled: false,
        },
        TrayEntry::Item {
            id: "sync".into(),
            text: "Sync now".into(),
            enabled: true,
        },
        TrayEntry::Separator,
    ];
    expected.extend(queues);
    expected.extend([
        TrayEntry::Separator,
        TrayEntry::Item {
            id: "quit".into(),
            text: "Quit".into(),
            enabled: true,
        },
    ]);
    assert_eq!(model.entries, expected);

    // The Tauri menu made from it carries the same ids, texts and check marks.
    attach_menu(app.app.handle()).unwrap();
    let leaving_on = hook_id(&app, SALES_EU, "leaving", true);
    let leaving_off = hook_id(&app, SALES_EU, "leaving", false);
    with_menu(app.app.handle(), |menu| {
        let on = menu.item(&format!("hook:{SALES_EU}:{leaving_on}")).unwrap();
        let on = on.as_check_menuitem().unwrap();
        assert!(on.is_checked().unwrap());
        assert!(on.text().unwrap().starts_with("Leaving → "));
        let off = menu
            .item(&format!("hook:{SALES_EU}:{leaving_off}"))
            .unwrap();
        assert!(!off.as_check_menuitem().unwrap().is_checked().unwrap());
        let status = menu.item("status").unwrap().as_menuitem().unwrap().clone();
        assert_eq!(status.text().unwrap(), "Synchronised just now");
        assert!(!status.is_enabled().unwrap());
        let top: Vec<String> = menu
            .menu
            .items()
            .unwrap()
            .iter()
            .map(|i| i.id().0.clone())
            .collect();
        assert_eq!(top[..3], ["show", "status", "sync"]);
        assert_eq!(top.last().unwrap(), "quit");
    })
    .unwrap();
}

#[test]
fn a_toggle_in_the_tray_reaches_the_server_and_the_window() {
    let app = synced_as("admin");
    attach_menu(app.app.handle()).unwrap();
    let changes = app.hooks_changed();
    let hook = hook_id(&app, SALES_EU, "leaving", true);
    let id = format!("hook:{SALES_EU}:{hook}");

    let item: TrayItem = id.parse().unwrap();
    tauri::async_runtime::block_on(act(app.app.handle(), item, Origin::Menu)).unwrap();
    assert!(!sim_enabled(&app, SALES_EU, hook), "the server has it off");
    // The window hears it as it hears its own changes: the queue's id.
    assert_eq!(
        next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );
    let model = wait_model(&app, "the hook unchecked", |m| !check(m, &id).2);
    assert_eq!(
        check(&model, &id).0,
        check(&model, &id).0.replace(" (pending)", "")
    );
    wait_menu_checked(&app, &id, false);

    // The window reads the same state.
    let page = app.ok(
        "list_hooks",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "page": 1, "size": 100, "sort": null}),
    );
    let listed = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["hook"])
        .find(|h| h["id"] == hook)
        .unwrap()
        .clone();
    assert_eq!(listed["enabled"], false);

    // And back on, by the command line's way in.
    activate(app.app.handle(), &id);
    wait_model(&app, "the hook checked again", |m| check(m, &id).2);
    assert!(sim_enabled(&app, SALES_EU, hook));
}

fn wait_menu_checked(app: &TestApp, id: &str, checked: bool) {
    let until = Instant::now() + WAIT;
    loop {
        let now = with_menu(app.app.handle(), |menu| {
            menu.item(id)
                .and_then(|i| i.as_check_menuitem().map(|c| c.is_checked().unwrap()))
        })
        .flatten();
        if now == Some(checked) {
            return;
        }
        assert!(Instant::now() < until, "{id} checked is {now:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_menu_follows_a_change_made_in_the_window() {
    let app = synced_as("admin");
    attach_menu(app.app.handle()).unwrap();
    let hook = hook_id(&app, SALES_EU, "bridged", true);
    let id = format!("hook:{SALES_EU}:{hook}");
    assert!(check(&app.app.state::<TrayState>().model().borrow(), &id).2);

    // The window's command path: set_hook_enabled through IPC.
    app.ok(
        "set_hook_enabled",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "hook_id": hook, "enabled": false}),
    );
    wait_model(&app, "the window's change", |m| !check(m, &id).2);
    wait_menu_checked(&app, &id, false);
}

#[test]
fn a_refused_toggle_leaves_the_check_mark_as_the_server_has_it() {
    let app = synced_as("admin");
    attach_menu(app.app.handle()).unwrap();
    let changes = app.hooks_changed();
    // A second enabled `leaving`: the server refuses it.
    let hook = hook_id(&app, SALES_EU, "leaving", false);
    let id = format!("hook:{SALES_EU}:{hook}");
    // What the platform does on the click, before the app hears of it.
    with_menu(app.app.handle(), |menu| {
        let item = menu.item(&id).unwrap().as_check_menuitem().unwrap().clone();
        item.set_checked(true).unwrap();
    });

    let err =
        tauri::async_runtime::block_on(act(app.app.handle(), id.parse().unwrap(), Origin::Menu))
            .unwrap_err();
    assert!(err.to_string().contains("Leaving"), "{err}");
    assert!(!sim_enabled(&app, SALES_EU, hook));
    wait_menu_checked(&app, &id, false);
    assert!(
        changes.recv_timeout(Duration::from_millis(300)).is_err(),
        "nothing changed"
    );
}

#[test]
fn disable_all_from_the_command_line_asks_nothing() {
    let app = synced_as("admin");
    let queue = SALES_EU;
    let id = format!("disable-all:{queue}");
    assert!(matches!(
        app.app.state::<TrayState>().model().borrow().find(&id),
        Some(TrayEntry::Item { enabled: true, .. })
    ));

    activate(app.app.handle(), &id);
    wait_model(&app, "every hook of the queue unchecked", |m| {
        matches!(m.find(&id), Some(TrayEntry::Item { enabled: false, .. }))
    });
    let data = app.sim.as_ref().unwrap().snapshot();
    let hooks = &data.queue(queue).unwrap().hooks;
    assert!(!hooks.is_empty());
    assert!(hooks.iter().all(|h| !h.enabled), "{hooks:?}");
    // The journal has them as the tray's, one batch.
    let journal = app.ok(
        "list_journal",
        serde_json::json!({"filter": {"owners": [], "actions": [], "from": null, "to": null,
                                      "search": ""}, "page": 1, "size": 100}),
    );
    let entries = journal["entries"].as_array().unwrap();
    assert!(!entries.is_empty());
    assert!(entries.iter().all(|e| e["origin"] == "tray"
        && e["action"] == "disabled"
        && e["batch"] == entries[0]["batch"]));
}

#[test]
fn a_viewer_sees_the_check_marks_but_cannot_flip_them() {
    let app = synced_as("viewer");
    let model = app.app.state::<TrayState>().model().borrow().clone();
    let hook = hook_id(&app, SALES_EU, "bridged", true);
    let (_, enabled, checked) = check(&model, &format!("hook:{SALES_EU}:{hook}"));
    assert!(checked && !enabled);
    // `--tray-item` does not get round it: the registry refuses, the server is not asked.
    let err = tauri::async_runtime::block_on(act(
        app.app.handle(),
        TrayItem::Hook {
            owner: QueueId(SALES_EU).into(),
            hook_id: webitel_hooks_model::HookId(hook),
        },
        Origin::CommandLine,
    ))
    .unwrap_err();
    assert!(!err.to_string().is_empty());
    assert!(sim_enabled(&app, SALES_EU, hook));
}

#[test]
fn an_unknown_tray_item_from_the_command_line_changes_nothing() {
    let app = synced_as("admin");
    let before = app
        .sim
        .as_ref()
        .unwrap()
        .snapshot()
        .queue(SALES_EU)
        .unwrap()
        .hooks
        .clone();
    for id in [
        "",
        "hook:1",
        "disable-all:x",
        "hook:999999:1",
        "queue:1",
        "status",
    ] {
        activate(app.app.handle(), id);
    }
    // `hook:999999:1` is well formed but names no cached hook: refused before any call.
    let err = tauri::async_runtime::block_on(act(
        app.app.handle(),
        "hook:999999:1".parse().unwrap(),
        Origin::CommandLine,
    ))
    .unwrap_err();
    assert!(err.to_string().contains("queue 999999"), "{err}");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        app.sim
            .as_ref()
            .unwrap()
            .snapshot()
            .queue(SALES_EU)
            .unwrap()
            .hooks,
        before
    );
}

#[test]
fn offline_a_toggle_from_the_tray_waits_in_the_outbox_marked_pending() {
    let mut app = synced_as("admin");
    let hook = hook_id(&app, SALES_EU, "bridged", true);
    let id = format!("hook:{SALES_EU}:{hook}");
    let (text, _, _) = check(&app.app.state::<TrayState>().model().borrow(), &id);
    let changes = app.hooks_changed();
    let sim = app.sim.take().unwrap();
    tauri::async_runtime::block_on(sim.shutdown());

    tauri::async_runtime::block_on(act(app.app.handle(), id.parse().unwrap(), Origin::Menu))
        .unwrap();
    assert_eq!(
        next_change(&changes),
        json!({"kind": "queue", "id": SALES_EU})
    );
    let model = wait_model(&app, "the change waiting, offline", |m| {
        !check(m, &id).2
            && m.find("status").and_then(TrayEntry::text) == Some("Offline: 1 change waiting")
    });
    assert_eq!(check(&model, &id).0, format!("{text} (pending)"));
}

#[test]
fn pinning_in_the_window_adds_and_removes_submenus() {
    let app = synced_as("admin");
    attach_menu(app.app.handle()).unwrap();
    let data = app.sim.as_ref().unwrap().snapshot();
    let other = data
        .queues
        .iter()
        .find(|q| q.queue_type != PROGRESSIVE && !q.hooks.is_empty())
        .expect("the demo has a queue of another type with hooks");
    let other_id = format!("queue:{}", other.id);
    let sales_id = format!("queue:{SALES_EU}");
    assert!(app
        .app
        .state::<TrayState>()
        .model()
        .borrow()
        .find(&other_id)
        .is_none());

    app.ok(
        "set_pinned",
        json!({"owner": {"kind": "queue", "id": other.id}, "pinned": true}),
    );
    let model = wait_model(&app, "the queue pinned", |m| m.find(&other_id).is_some());
    match model.find(&other_id) {
        Some(TrayEntry::Submenu { text, entries, .. }) => {
            assert_eq!(text, &other.name);
            // Its hooks, a separator, Disable all.
            assert_eq!(entries.len(), other.hooks.len() + 2);
        }
        entry => panic!("{entry:?}"),
    }
    // A new shape: a new menu, with the queue in it.
    wait_menu_item(&app, &other_id);

    app.ok(
        "set_pinned",
        json!({"owner": {"kind": "queue", "id": SALES_EU}, "pinned": false}),
    );
    wait_model(&app, "Sales EU unpinned", |m| m.find(&sales_id).is_none());
}

fn wait_menu_item(app: &TestApp, id: &str) {
    let until = Instant::now() + WAIT;
    while with_menu(app.app.handle(), |menu| menu.item(id).is_none()).unwrap() {
        assert!(Instant::now() < until, "the menu never got {id}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn signed_out_the_menu_keeps_only_show_status_and_quit() {
    let app = synced_as("admin");
    app.ok("sign_out", json!({"wipe_cache": false}));
    let model = wait_model(&app, "no queue after the sign-out", |m| {
        m.find(&format!("queue:{SALES_EU}")).is_none()
    });
    let ids: Vec<_> = model.entries.iter().map(TrayEntry::id).collect();
    assert_eq!(
        ids,
        [
            Some("show"),
            Some("status"),
            Some("sync"),
            None,
            Some("quit")
        ]
    );
    assert!(matches!(
        model.find("sync"),
        Some(TrayEntry::Item { enabled: false, .. })
    ));
    // And `--tray-item` cannot reach the server any more.
    let err =
        tauri::async_runtime::block_on(act(app.app.handle(), TrayItem::Sync, Origin::CommandLine))
            .unwrap_err();
    assert!(err.to_string().contains("sign in"), "{err}");
}
