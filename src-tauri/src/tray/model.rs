//! The tray menu as plain data: what it shows for a given state of the app, and the ids its items
//! carry. No Tauri type here, so that every text, id and check mark is tested without a tray.
//!
//! The ids are a contract (tests/e2e/CONTRACT.md, "Tray and desktop"): `show`, `status`, `sync`,
//! `queue:<queue id>`, `hook:<queue id>:<hook id>`, `disable-all:<queue id>`, `quit`. A second
//! launch hands one over with `--tray-item`, so [`TrayItem`] parses any text without panicking.

use std::fmt;
use std::str::FromStr;

pub use webitel_hooks_core::PinnedQueue;
use webitel_hooks_model::{HookEvent, HookId, QueueId, RegistryRow, SyncStatus};

/// Everything the menu depends on, read at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayInput {
    /// The main window is on screen: the first item offers to hide it, else to show it.
    pub window_visible: bool,
    pub status: SyncStatus,
    /// Someone is signed in (online or from the cache). Without a session nothing can be synced
    /// or toggled, so the queues are left out and "Sync now" is disabled.
    pub signed_in: bool,
    /// The user may change hooks; a viewer sees the check marks but cannot flip them.
    pub can_change: bool,
    pub pinned: Vec<PinnedQueue>,
    /// Unix milliseconds, for "Synchronised 3 min ago".
    pub now_ms: i64,
}

/// One entry of the menu, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrayEntry {
    Item {
        id: String,
        text: String,
        enabled: bool,
    },
    Check {
        id: String,
        text: String,
        enabled: bool,
        checked: bool,
    },
    Separator,
    Submenu {
        id: String,
        text: String,
        entries: Vec<TrayEntry>,
    },
}

impl TrayEntry {
    /// The item's id; a separator has none.
    pub fn id(&self) -> Option<&str> {
        match self {
            TrayEntry::Item { id, .. }
            | TrayEntry::Check { id, .. }
            | TrayEntry::Submenu { id, .. } => Some(id),
            TrayEntry::Separator => None,
        }
    }

    /// The item's text; a separator has none.
    #[cfg(test)]
    pub fn text(&self) -> Option<&str> {
        match self {
            TrayEntry::Item { text, .. }
            | TrayEntry::Check { text, .. }
            | TrayEntry::Submenu { text, .. } => Some(text),
            TrayEntry::Separator => None,
        }
    }
}

/// The whole menu.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrayModel {
    pub entries: Vec<TrayEntry>,
}

impl TrayModel {
    pub fn build(input: &TrayInput) -> TrayModel {
        let mut entries = vec![
            TrayEntry::Item {
                id: TrayItem::Show.to_string(),
                text: if input.window_visible {
                    "Hide window"
                } else {
                    "Show window"
                }
                .to_owned(),
                enabled: true,
            },
            TrayEntry::Item {
                id: TrayItem::Status.to_string(),
                text: status_line(&input.status, input.now_ms),
                enabled: false,
            },
            TrayEntry::Item {
                id: TrayItem::Sync.to_string(),
                text: "Sync now".to_owned(),
                // As the window's button: one run at a time.
                enabled: input.signed_in && !input.status.running,
            },
        ];
        if input.signed_in && !input.pinned.is_empty() {
            entries.push(TrayEntry::Separator);
            entries.extend(
                input
                    .pinned
                    .iter()
                    .map(|pinned| queue_submenu(pinned, input.can_change)),
            );
        }
        entries.push(TrayEntry::Separator);
        entries.push(TrayEntry::Item {
            id: TrayItem::Quit.to_string(),
            text: "Quit".to_owned(),
            enabled: true,
        });
        TrayModel { entries }
    }

    /// The status line's text.
    pub fn status_text(&self) -> Option<&str> {
        self.entries.iter().find_map(|entry| match entry {
            TrayEntry::Item { id, text, .. } if id == "status" => Some(text.as_str()),
            _ => None,
        })
    }

    /// The entry with `id`, searched in submenus too.
    #[cfg(test)]
    pub fn find(&self, id: &str) -> Option<&TrayEntry> {
        fn search<'a>(entries: &'a [TrayEntry], id: &str) -> Option<&'a TrayEntry> {
            entries.iter().find_map(|entry| {
                if entry.id() == Some(id) {
                    return Some(entry);
                }
                match entry {
                    TrayEntry::Submenu { entries, .. } => search(entries, id),
                    _ => None,
                }
            })
        }
        search(&self.entries, id)
    }
}

fn queue_submenu(pinned: &PinnedQueue, can_change: bool) -> TrayEntry {
    let queue_id = pinned.queue.id;
    let mut entries: Vec<TrayEntry> = pinned
        .hooks
        .iter()
        .map(|row| TrayEntry::Check {
            id: TrayItem::Hook {
                queue_id,
                hook_id: row.hook.id,
            }
            .to_string(),
            text: hook_text(row),
            enabled: can_change,
            checked: row.hook.enabled,
        })
        .collect();
    if !entries.is_empty() {
        entries.push(TrayEntry::Separator);
    }
    let any_enabled = pinned.hooks.iter().any(|row| row.hook.enabled);
    entries.push(TrayEntry::Item {
        id: TrayItem::DisableAll(queue_id).to_string(),
        text: format!("Disable all hooks of {}", pinned.queue.name),
        enabled: can_change && any_enabled,
    });
    TrayEntry::Submenu {
        id: TrayItem::Queue(queue_id).to_string(),
        text: pinned.queue.name.clone(),
        entries,
    }
}

/// "Bridged → Survey after call", with " (pending)" while the change waits to be sent.
pub fn hook_text(row: &RegistryRow) -> String {
    let mut text = format!("{} → {}", event_label(&row.hook.event), row.hook.flow.name);
    if row.pending {
        text.push_str(" (pending)");
    }
    text
}

/// The event's English label, as the window's catalog spells it.
pub fn event_label(event: &HookEvent) -> &str {
    match event {
        HookEvent::Joined => "Joined",
        HookEvent::Answered => "Answered",
        HookEvent::Offering => "Offering",
        HookEvent::Bridged => "Bridged",
        HookEvent::Missed => "Missed",
        HookEvent::Leaving => "Leaving",
        HookEvent::Processing => "Processing",
        HookEvent::Active => "Active",
        HookEvent::Other(value) => value,
    }
}

/// The disabled line under "Show window". Offline comes first: while the server cannot be
/// reached the background retries would otherwise flicker "Synchronising…" over the one fact
/// that matters, the changes waiting.
pub fn status_line(status: &SyncStatus, now_ms: i64) -> String {
    if status.offline {
        return match status.pending {
            0 => "Offline: no changes waiting".to_owned(),
            1 => "Offline: 1 change waiting".to_owned(),
            n => format!("Offline: {n} changes waiting"),
        };
    }
    if status.running {
        return if status.total == 0 {
            "Synchronising…".to_owned()
        } else {
            format!("Synchronising… {} of {}", status.done, status.total)
        };
    }
    match status.last_synced_at {
        None => "Never synchronised".to_owned(),
        Some(at) => format!("Synchronised {}", ago(now_ms.saturating_sub(at))),
    }
}

/// As the window's sync bar: "just now", "N min ago", "N h ago". A time in the future (the
/// clock was set back) reads "just now".
fn ago(elapsed_ms: i64) -> String {
    const MINUTE: i64 = 60_000;
    const HOUR: i64 = 60 * MINUTE;
    if elapsed_ms < MINUTE {
        "just now".to_owned()
    } else if elapsed_ms < HOUR {
        format!("{} min ago", elapsed_ms / MINUTE)
    } else {
        format!("{} h ago", elapsed_ms / HOUR)
    }
}

/// What a tray item does, read from its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrayItem {
    /// Show the window, or hide it when shown.
    Show,
    /// The status line: does nothing.
    Status,
    Sync,
    /// A pinned queue's submenu: does nothing itself.
    Queue(QueueId),
    Hook {
        queue_id: QueueId,
        hook_id: HookId,
    },
    DisableAll(QueueId),
    Quit,
}

impl fmt::Display for TrayItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrayItem::Show => f.write_str("show"),
            TrayItem::Status => f.write_str("status"),
            TrayItem::Sync => f.write_str("sync"),
            TrayItem::Queue(queue_id) => write!(f, "queue:{queue_id}"),
            TrayItem::Hook { queue_id, hook_id } => write!(f, "hook:{queue_id}:{hook_id}"),
            TrayItem::DisableAll(queue_id) => write!(f, "disable-all:{queue_id}"),
            TrayItem::Quit => f.write_str("quit"),
        }
    }
}

/// An id that names no tray item; its message is for the person who typed `--tray-item`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTrayItem(pub String);

impl fmt::Display for UnknownTrayItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a tray item. Use show, sync, quit, hook:<queue id>:<hook id> or disable-all:<queue id>.",
            self.0
        )
    }
}

impl std::error::Error for UnknownTrayItem {}

impl FromStr for TrayItem {
    type Err = UnknownTrayItem;

    fn from_str(text: &str) -> Result<TrayItem, UnknownTrayItem> {
        let unknown = || UnknownTrayItem(text.to_owned());
        let id = text.trim();
        let item = match id {
            "show" => TrayItem::Show,
            "status" => TrayItem::Status,
            "sync" => TrayItem::Sync,
            "quit" => TrayItem::Quit,
            _ => {
                let (kind, rest) = id.split_once(':').ok_or_else(unknown)?;
                match kind {
                    "queue" => TrayItem::Queue(QueueId(number(rest).ok_or_else(unknown)?)),
                    "disable-all" => {
                        TrayItem::DisableAll(QueueId(number(rest).ok_or_else(unknown)?))
                    }
                    "hook" => {
                        let (queue, hook) = rest.split_once(':').ok_or_else(unknown)?;
                        TrayItem::Hook {
                            queue_id: QueueId(number(queue).ok_or_else(unknown)?),
                            hook_id: HookId(number(hook).ok_or_else(unknown)?),
                        }
                    }
                    _ => return Err(unknown()),
                }
            }
        };
        Ok(item)
    }
}

/// A decimal id as the menu writes it: digits with an optional minus (a hook created offline
/// has a negative stand-in id until the server gives one), nothing else.
fn number(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use webitel_hooks_model::{FlowRef, Hook, Queue, QueueType, SchemaId};

    use super::*;

    const MINUTE: i64 = 60_000;
    const NOW: i64 = 1_800_000_000_000;

    fn row(queue: &Queue, id: i64, event: HookEvent, flow: &str, enabled: bool) -> RegistryRow {
        RegistryRow {
            hook: Hook {
                id: HookId(id),
                queue_id: queue.id,
                event,
                flow: FlowRef {
                    id: SchemaId(100 + id),
                    name: flow.to_owned(),
                },
                enabled,
            },
            queue_name: queue.name.clone(),
            queue_type: queue.queue_type,
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
    fn demo_pinned() -> Vec<PinnedQueue> {
        let sales = queue(1, "Sales Progressive EU");
        let retention = queue(2, "Retention Progressive");
        vec![
            PinnedQueue {
                hooks: vec![
                    row(&sales, 11, HookEvent::Offering, "Screen pop", true),
                    row(&sales, 12, HookEvent::Bridged, "Survey after call", true),
                    row(&sales, 13, HookEvent::Leaving, "Wrap-up", true),
                    row(&sales, 14, HookEvent::Leaving, "Old wrap-up", false),
                ],
                queue: sales,
            },
            PinnedQueue {
                hooks: vec![row(&retention, 21, HookEvent::Missed, "Callback", false)],
                queue: retention,
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
            can_change: true,
            pinned: demo_pinned(),
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
            can_change: false,
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
            pinned: vec![PinnedQueue {
                queue: queue(7, "Empty Progressive"),
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
        assert_eq!(
            status_line(&SyncStatus::default(), NOW),
            "Never synchronised"
        );
        assert_eq!(status_line(&at(0), NOW), "Synchronised just now");
        assert_eq!(status_line(&at(3), NOW), "Synchronised 3 min ago");
        assert_eq!(status_line(&at(59), NOW), "Synchronised 59 min ago");
        assert_eq!(status_line(&at(61), NOW), "Synchronised 1 h ago");
        assert_eq!(status_line(&at(-5), NOW), "Synchronised just now");
        let running = SyncStatus {
            running: true,
            done: 3,
            total: 16,
            ..at(10)
        };
        assert_eq!(status_line(&running, NOW), "Synchronising… 3 of 16");
        let starting = SyncStatus {
            total: 0,
            done: 0,
            ..running.clone()
        };
        assert_eq!(status_line(&starting, NOW), "Synchronising…");
        let offline = |pending| SyncStatus {
            offline: true,
            pending,
            ..running.clone()
        };
        assert_eq!(status_line(&offline(2), NOW), "Offline: 2 changes waiting");
        assert_eq!(status_line(&offline(1), NOW), "Offline: 1 change waiting");
        assert_eq!(status_line(&offline(0), NOW), "Offline: no changes waiting");
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
            queue_id: QueueId(3),
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
}
