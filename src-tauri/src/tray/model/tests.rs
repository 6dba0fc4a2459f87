//! The tray menu's model: items, texts and check marks for demo-like data, status lines, ids.

use webitel_hooks_model::{FlowRef, Hook, Queue, QueueType, SchemaId};

use super::*;
use webitel_hooks_model::{HookEvent, Language};

const MINUTE: i64 = 60_000;
const NOW: i64 = 1_800_000_000_000;

fn row(queue: &Queue, id: i64, event: HookEvent, flow: &str, enabled: bool) -> HookRow {
    HookRow {
        hook: Hook {
            id: HookId(id),
            owner: queue.id.into(),
            event,
            flow: FlowRef {
                id: SchemaId(100 + id),
                name: flow.to_owned(),
            },
            enabled,
        },
        owner_name: queue.name.clone(),
        queue_type: Some(queue.queue_type),
        pending: false,
        conflict: false,
        synced_at: NOW - MINUTE,
    }
}

fn queue(id: i64, name: &str) -> Queue {
    Queue {
        id: QueueId(id),
        name: name.to_owned(),
        queue_type: QueueType::Progressive,
        enabled: true,
        team: None,
    }
}

/// Like the demo: "Sales Progressive EU" with an enabled and a disabled `leaving`, and a
/// second queue whose hooks are all off.
fn demo_pinned() -> Vec<Pinned> {
    let sales = queue(1, "Sales Progressive EU");
    let retention = queue(2, "Retention Progressive");
    vec![
        Pinned {
            hooks: vec![
                row(&sales, 11, HookEvent::Offering, "Screen pop", true),
                row(&sales, 12, HookEvent::Bridged, "Survey after call", true),
                row(&sales, 13, HookEvent::Leaving, "Wrap-up", true),
                row(&sales, 14, HookEvent::Leaving, "Old wrap-up", false),
            ],
            owner: sales.id.into(),
            name: sales.name,
        },
        Pinned {
            hooks: vec![row(&retention, 21, HookEvent::Missed, "Callback", false)],
            owner: retention.id.into(),
            name: retention.name,
        },
    ]
}

fn input() -> TrayInput {
    TrayInput {
        window_visible: true,
        status: SyncStatus {
            last_synced_at: Some(NOW - 3 * MINUTE),
            ..SyncStatus::default()
        },
        signed_in: true,
        permissions: Permissions {
            read_hooks: true,
            change_hooks: true,
            read_flows: true,
            read_team_hooks: true,
            change_team_hooks: true,
        },
        pinned: demo_pinned(),
        language: Language::En,
        now_ms: NOW,
    }
}

/// The menu as `id text [flags]` lines, submenus indented: what a user sees, in order.
fn outline(model: &TrayModel) -> Vec<String> {
    fn walk(entries: &[TrayEntry], indent: &str, out: &mut Vec<String>) {
        for entry in entries {
            match entry {
                TrayEntry::Separator => out.push(format!("{indent}---")),
                TrayEntry::Item { id, text, enabled } => out.push(format!(
                    "{indent}{id} {text}{}",
                    if *enabled { "" } else { " [disabled]" }
                )),
                TrayEntry::Check {
                    id,
                    text,
                    enabled,
                    checked,
                } => out.push(format!(
                    "{indent}{id} [{}] {text}{}",
                    if *checked { "x" } else { " " },
                    if *enabled { "" } else { " [disabled]" }
                )),
                TrayEntry::Submenu { id, text, entries } => {
                    out.push(format!("{indent}{id} {text} >"));
                    walk(entries, &format!("{indent}  "), out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&model.entries, "", &mut out);
    out
}

#[test]
fn the_demo_menu_in_order_with_ids_texts_and_check_marks() {
    let model = TrayModel::build(&input());
    assert_eq!(
        outline(&model),
        [
            "show Hide window",
            "status Synchronised 3 min ago [disabled]",
            "sync Sync now",
            "---",
            "queue:1 Sales Progressive EU >",
            "  hook:1:11 [x] Offering → Screen pop",
            "  hook:1:12 [x] Bridged → Survey after call",
            "  hook:1:13 [x] Leaving → Wrap-up",
            "  hook:1:14 [ ] Leaving → Old wrap-up",
            "  ---",
            "  disable-all:1 Disable all hooks of Sales Progressive EU",
            "queue:2 Retention Progressive >",
            "  hook:2:21 [ ] Missed → Callback",
            "  ---",
            "  disable-all:2 Disable all hooks of Retention Progressive [disabled]",
            "---",
            "quit Quit",
        ]
    );
}

#[test]
fn a_hidden_window_is_offered_to_be_shown() {
    let model = TrayModel::build(&TrayInput {
        window_visible: false,
        ..input()
    });
    assert_eq!(
        model.find("show").and_then(TrayEntry::text),
        Some("Show window")
    );
}

#[test]
fn a_pending_change_is_marked_and_shown_applied() {
    let mut input = input();
    input.pinned[1].hooks[0].pending = true;
    input.pinned[1].hooks[0].hook.enabled = true;
    let model = TrayModel::build(&input);
    assert_eq!(
        model.find("hook:2:21"),
        Some(&TrayEntry::Check {
            id: "hook:2:21".into(),
            text: "Missed → Callback (pending)".into(),
            enabled: true,
            checked: true,
        })
    );
    // Now one hook of the queue is on, so it can be disabled all at once.
    assert!(matches!(
        model.find("disable-all:2"),
        Some(TrayEntry::Item { enabled: true, .. })
    ));
}

#[test]
fn a_viewer_sees_the_hooks_but_cannot_flip_them() {
    let model = TrayModel::build(&TrayInput {
        permissions: Permissions {
            read_hooks: true,
            read_team_hooks: true,
            ..Permissions::default()
        },
        ..input()
    });
    assert!(matches!(
        model.find("hook:1:11"),
        Some(TrayEntry::Check {
            enabled: false,
            checked: true,
            ..
        })
    ));
    assert!(matches!(
        model.find("disable-all:1"),
        Some(TrayEntry::Item { enabled: false, .. })
    ));
}

#[test]
fn signed_out_there_is_nothing_to_sync_or_toggle() {
    let model = TrayModel::build(&TrayInput {
        signed_in: false,
        window_visible: false,
        status: SyncStatus::default(),
        ..input()
    });
    assert_eq!(
        outline(&model),
        [
            "show Show window",
            "status Never synchronised [disabled]",
            "sync Sync now [disabled]",
            "---",
            "quit Quit",
        ]
    );
}

#[test]
fn no_pinned_queue_leaves_one_separator_before_quit() {
    let model = TrayModel::build(&TrayInput {
        pinned: Vec::new(),
        ..input()
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
}

#[test]
fn a_queue_without_hooks_offers_only_a_disabled_disable_all() {
    let model = TrayModel::build(&TrayInput {
        pinned: vec![Pinned {
            owner: QueueId(7).into(),
            name: "Empty Progressive".into(),
            hooks: Vec::new(),
        }],
        ..input()
    });
    assert_eq!(
        model.find("queue:7"),
        Some(&TrayEntry::Submenu {
            id: "queue:7".into(),
            text: "Empty Progressive".into(),
            entries: vec![TrayEntry::Item {
                id: "disable-all:7".into(),
                text: "Disable all hooks of Empty Progressive".into(),
                enabled: false,
            }],
        })
    );
}

#[test]
fn status_line_cases() {
    let at = |minutes: i64| SyncStatus {
        last_synced_at: Some(NOW - minutes * MINUTE),
        ..SyncStatus::default()
    };
    let line = |status: &SyncStatus| status_line(status, NOW, Language::En);
    assert_eq!(line(&SyncStatus::default()), "Never synchronised");
    assert_eq!(line(&at(0)), "Synchronised just now");
    assert_eq!(line(&at(3)), "Synchronised 3 min ago");
    assert_eq!(line(&at(59)), "Synchronised 59 min ago");
    assert_eq!(line(&at(61)), "Synchronised 1 h ago");
    assert_eq!(line(&at(-5)), "Synchronised just now");
    let running = SyncStatus {
        running: true,
        done: 3,
        total: 16,
        ..at(10)
    };
    assert_eq!(line(&running), "Synchronising… 3 of 16 queues");
    let starting = SyncStatus {
        total: 0,
        done: 0,
        ..running.clone()
    };
    assert_eq!(line(&starting), "Synchronising…");
    let offline = |pending| SyncStatus {
        offline: true,
        pending,
        ..running.clone()
    };
    assert_eq!(line(&offline(2)), "Offline: 2 changes waiting");
    assert_eq!(line(&offline(1)), "Offline: 1 change waiting");
    assert_eq!(line(&offline(0)), "Offline: no changes waiting");
}

#[test]
fn sync_now_is_disabled_while_a_run_goes() {
    let mut input = input();
    input.status.running = true;
    let model = TrayModel::build(&input);
    assert!(matches!(
        model.find("sync"),
        Some(TrayEntry::Item { enabled: false, .. })
    ));
}

#[test]
fn every_id_of_the_menu_parses_back_to_its_item() {
    fn ids(entries: &[TrayEntry], out: &mut Vec<String>) {
        for entry in entries {
            if let Some(id) = entry.id() {
                out.push(id.to_owned());
            }
            if let TrayEntry::Submenu { entries, .. } = entry {
                ids(entries, out);
            }
        }
    }
    let mut all = Vec::new();
    ids(&TrayModel::build(&input()).entries, &mut all);
    // show, status, sync; two queues with their hooks and disable-all; quit.
    assert_eq!(all.len(), 3 + (1 + 4 + 1) + (1 + 1 + 1) + 1);
    for id in all {
        let item: TrayItem = id.parse().unwrap();
        assert_eq!(item.to_string(), id);
    }
    let created_offline = TrayItem::Hook {
        owner: QueueId(3).into(),
        hook_id: HookId(-1),
    };
    assert_eq!(created_offline.to_string(), "hook:3:-1");
    assert_eq!("hook:3:-1".parse(), Ok(created_offline));
    assert_eq!(" quit\n".parse(), Ok(TrayItem::Quit));
}

#[test]
fn bad_ids_are_refused_with_a_sentence() {
    for bad in [
        "",
        "Show",
        "hide",
        "hook",
        "hook:",
        "hook:1",
        "hook:1:",
        "hook::2",
        "hook:1:2:3",
        "hook:a:2",
        "hook:+1:2",
        "hook:1:--2",
        "hook:1: 2",
        "queue:",
        "queue:x",
        "disable-all",
        "disable-all:",
        "disable-all:99999999999999999999",
        "disable-all:1.5",
        "quit:1",
        ":",
        "→",
    ] {
        let err = bad.parse::<TrayItem>().unwrap_err();
        assert_eq!(err.0, bad);
        assert!(err.to_string().ends_with('.'), "{err}");
    }
}

#[test]
fn a_pinned_team_is_a_submenu_of_its_own_ids_and_follows_the_teams_rights() {
    let team = HookOwner::Team(TeamId(1));
    let mut hook = row(
        &queue(1, "Sales"),
        11,
        HookEvent::AgentStatus,
        "Agent log",
        true,
    );
    hook.hook.owner = team;
    hook.queue_type = None;
    let pinned = vec![
        demo_pinned().remove(0),
        Pinned {
            owner: team,
            name: "Sales".into(),
            hooks: vec![hook],
        },
    ];
    let model = TrayModel::build(&TrayInput {
        pinned: pinned.clone(),
        ..input()
    });
    assert!(matches!(
        model.find("team:1"),
        Some(TrayEntry::Submenu { text, .. }) if text == "Sales (team)"
    ));
    // Queue 1's hook 11 and team 1's hook 11 are two items.
    assert!(model.find("hook:1:11").is_some());
    assert!(matches!(
        model.find("team-hook:1:11"),
        Some(TrayEntry::Check {
            enabled: true,
            checked: true,
            ..
        })
    ));
    assert_eq!(
        "team-hook:1:11".parse(),
        Ok(TrayItem::Hook {
            owner: team,
            hook_id: HookId(11)
        })
    );
    assert_eq!("team-disable-all:1".parse(), Ok(TrayItem::DisableAll(team)));
    // A user who may change queues but not teams flips the queue's hooks only.
    let queues_only = TrayModel::build(&TrayInput {
        pinned,
        permissions: Permissions {
            read_hooks: true,
            change_hooks: true,
            read_team_hooks: true,
            ..Permissions::default()
        },
        ..input()
    });
    assert!(matches!(
        queues_only.find("hook:1:11"),
        Some(TrayEntry::Check { enabled: true, .. })
    ));
    assert!(matches!(
        queues_only.find("team-hook:1:11"),
        Some(TrayEntry::Check { enabled: false, .. })
    ));
}

#[test]
fn the_menu_speaks_the_windows_language_with_the_same_items() {
    fn ids(model: &TrayModel) -> Vec<Option<String>> {
        model
            .entries
            .iter()
            .map(|e| e.id().map(str::to_owned))
            .collect()
    }
    let english = TrayModel::build(&input());
    assert_eq!(english.first_text(), Some("Hide window"));
    for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let model = TrayModel::build(&TrayInput {
            language,
            ..input()
        });
        assert_eq!(ids(&model), ids(&english), "{}", language.code());
        let hide = webitel_hooks_i18n::text(language, "tray-hide");
        assert_eq!(model.first_text(), Some(hide.as_str()));
        assert_ne!(
            model.first_text(),
            english.first_text(),
            "{}",
            language.code()
        );
        assert_ne!(
            model.status_text(),
            english.status_text(),
            "{}",
            language.code()
        );
    }
}
