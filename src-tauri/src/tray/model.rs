//! The tray menu as plain data: what it shows for a given state of the app, and the ids its items
//! carry. No Tauri type here, so that every text, id and check mark is tested without a tray.
//!
//! The ids are a contract (tests/e2e/CONTRACT.md, "Tray and desktop"): `show`, `status`, `sync`,
//! `queue:<queue id>`, `hook:<queue id>:<hook id>`, `disable-all:<queue id>`, for a team
//! `team:<team id>`, `team-hook:<team id>:<hook id>`, `team-disable-all:<team id>`, and `quit`.
//! A second launch hands one over with `--tray-item`, so [`TrayItem`] parses any text without
//! panicking.

use std::fmt;
use std::str::FromStr;

pub use webitel_hooks_core::Pinned;
use webitel_hooks_i18n::{event_label, text, text_count, text_with};
use webitel_hooks_model::{
    HookId, HookOwner, HookRow, Language, Permissions, QueueId, SyncStatus, TeamId,
};

/// Everything the menu depends on, read at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayInput {
    /// The main window is on screen: the first item offers to hide it, else to show it.
    pub window_visible: bool,
    pub status: SyncStatus,
    /// Someone is signed in (online or from the cache). Without a session nothing can be synced
    /// or toggled, so the queues are left out and "Sync now" is disabled.
    pub signed_in: bool,
    /// What the user may change (a queue's hooks, a team's); a viewer sees the check marks but
    /// cannot flip them.
    pub permissions: Permissions,
    pub pinned: Vec<Pinned>,
    /// Unix milliseconds, for "Synchronised 3 min ago".
    pub now_ms: i64,
    /// The language of every text (the window's).
    pub language: Language,
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
        let language = input.language;
        let mut entries = vec![
            TrayEntry::Item {
                id: TrayItem::Show.to_string(),
                text: text(
                    language,
                    if input.window_visible {
                        "tray-hide"
                    } else {
                        "tray-show"
                    },
                ),
                enabled: true,
            },
            TrayEntry::Item {
                id: TrayItem::Status.to_string(),
                text: status_line(&input.status, input.now_ms, language),
                enabled: false,
            },
            TrayEntry::Item {
                id: TrayItem::Sync.to_string(),
                text: text(language, "tray-sync-now"),
                // As the window's button: one run at a time.
                enabled: input.signed_in && !input.status.running,
            },
        ];
        if input.signed_in && !input.pinned.is_empty() {
            entries.push(TrayEntry::Separator);
            entries.extend(input.pinned.iter().map(|pinned| {
                owner_submenu(pinned, input.permissions.may_change(pinned.owner), language)
            }));
        }
        entries.push(TrayEntry::Separator);
        entries.push(TrayEntry::Item {
            id: TrayItem::Quit.to_string(),
            text: text(language, "tray-quit"),
            enabled: true,
        });
        TrayModel { entries }
    }

    /// The first item's text (Show or Hide window): which language the menu speaks.
    pub fn first_text(&self) -> Option<&str> {
        match self.entries.first() {
            Some(TrayEntry::Item { text, .. }) => Some(text),
            _ => None,
        }
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

fn owner_submenu(pinned: &Pinned, can_change: bool, language: Language) -> TrayEntry {
    let owner = pinned.owner;
    let mut entries: Vec<TrayEntry> = pinned
        .hooks
        .iter()
        .map(|row| TrayEntry::Check {
            id: TrayItem::Hook {
                owner,
                hook_id: row.hook.id,
            }
            .to_string(),
            text: hook_text(row, language),
            enabled: can_change,
            checked: row.hook.enabled,
        })
        .collect();
    if !entries.is_empty() {
        entries.push(TrayEntry::Separator);
    }
    let any_enabled = pinned.hooks.iter().any(|row| row.hook.enabled);
    entries.push(TrayEntry::Item {
        id: TrayItem::DisableAll(owner).to_string(),
        text: text_with(
            language,
            "tray-disable-all",
            &[("owner", pinned.name.as_str().into())],
        ),
        enabled: can_change && any_enabled,
    });
    TrayEntry::Submenu {
        id: TrayItem::Owner(owner).to_string(),
        text: match owner {
            HookOwner::Queue(_) => pinned.name.clone(),
            HookOwner::Team(_) => text_with(
                language,
                "tray-team",
                &[("team", pinned.name.as_str().into())],
            ),
        },
        entries,
    }
}

/// "Bridged → Survey after call", with " (pending)" while the change waits to be sent.
pub fn hook_text(row: &HookRow, language: Language) -> String {
    let id = if row.pending {
        "tray-hook-pending"
    } else {
        "tray-hook"
    };
    text_with(
        language,
        id,
        &[
            ("event", event_label(language, &row.hook.event).into()),
            ("flow", row.hook.flow.name.as_str().into()),
        ],
    )
}

/// The disabled line under "Show window". Offline comes first: while the server cannot be
/// reached the background retries would otherwise flicker "Synchronising…" over the one fact
/// that matters, the changes waiting.
pub fn status_line(status: &SyncStatus, now_ms: i64, language: Language) -> String {
    if status.offline {
        return text_count(language, "tray-offline", status.pending as usize);
    }
    if status.running {
        return if status.total == 0 {
            text(language, "sync-starting")
        } else {
            text_with(
                language,
                "sync-running",
                &[("done", status.done.into()), ("total", status.total.into())],
            )
        };
    }
    match status.last_synced_at {
        None => text(language, "sync-never"),
        Some(at) => ago(now_ms.saturating_sub(at), language),
    }
}

/// As the window's sync bar: "just now", "N min ago", "N h ago". A time in the future (the
/// clock was set back) reads "just now".
fn ago(elapsed_ms: i64, language: Language) -> String {
    const MINUTE: i64 = 60_000;
    const HOUR: i64 = 60 * MINUTE;
    if elapsed_ms < MINUTE {
        text(language, "sync-just-now")
    } else if elapsed_ms < HOUR {
        text_count(language, "sync-minutes", (elapsed_ms / MINUTE) as usize)
    } else {
        text_count(language, "sync-hours", (elapsed_ms / HOUR) as usize)
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
    /// A pinned queue's or team's submenu: does nothing itself.
    Owner(HookOwner),
    Hook {
        owner: HookOwner,
        hook_id: HookId,
    },
    DisableAll(HookOwner),
    Quit,
}

impl fmt::Display for TrayItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrayItem::Show => f.write_str("show"),
            TrayItem::Status => f.write_str("status"),
            TrayItem::Sync => f.write_str("sync"),
            TrayItem::Owner(HookOwner::Queue(id)) => write!(f, "queue:{id}"),
            TrayItem::Owner(HookOwner::Team(id)) => write!(f, "team:{id}"),
            TrayItem::Hook {
                owner: HookOwner::Queue(id),
                hook_id,
            } => write!(f, "hook:{id}:{hook_id}"),
            TrayItem::Hook {
                owner: HookOwner::Team(id),
                hook_id,
            } => write!(f, "team-hook:{id}:{hook_id}"),
            TrayItem::DisableAll(HookOwner::Queue(id)) => write!(f, "disable-all:{id}"),
            TrayItem::DisableAll(HookOwner::Team(id)) => write!(f, "team-disable-all:{id}"),
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
            "\"{}\" is not a tray item. Use show, sync, quit, hook:<queue id>:<hook id>, disable-all:<queue id>, team-hook:<team id>:<hook id> or team-disable-all:<team id>.",
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
                let queue = |text: &str| number(text).map(|n| HookOwner::Queue(QueueId(n)));
                let team = |text: &str| number(text).map(|n| HookOwner::Team(TeamId(n)));
                let hook = |rest: &str, owner: &dyn Fn(&str) -> Option<HookOwner>| {
                    let (of, hook) = rest.split_once(':')?;
                    Some(TrayItem::Hook {
                        owner: owner(of)?,
                        hook_id: HookId(number(hook)?),
                    })
                };
                match kind {
                    "queue" => TrayItem::Owner(queue(rest).ok_or_else(unknown)?),
                    "team" => TrayItem::Owner(team(rest).ok_or_else(unknown)?),
                    "disable-all" => TrayItem::DisableAll(queue(rest).ok_or_else(unknown)?),
                    "team-disable-all" => TrayItem::DisableAll(team(rest).ok_or_else(unknown)?),
                    "hook" => hook(rest, &queue).ok_or_else(unknown)?,
                    "team-hook" => hook(rest, &team).ok_or_else(unknown)?,
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
mod tests;
