//! The change journal: every change made to a hook from this desktop (the window, the tray, an
//! import, a copy, the outbox's replay, an undo), kept in the profile's cache with the hook as it
//! was and as the change leaves it, and whether the server took it.

use serde::{Deserialize, Serialize};

use crate::{AppError, Hook, HookEvent, HookId, HookKey, HookOwner, OwnerName, PageSize};

/// How many days journal entries are kept unless the settings say otherwise.
pub const KEEP_DAYS_DEFAULT: u32 = 180;
/// The longest the settings may keep entries: ten years.
pub const KEEP_DAYS_MAX: u32 = 3650;

/// Where a change came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOrigin {
    /// The window: a row's switch, the modal, the bulk bar.
    Window,
    /// The tray menu, or a `--tray-item` handed to the running app.
    Tray,
    /// An import from an export file.
    Import,
    /// "Copy to…" from a selection.
    Copy,
    /// The outbox's replay, deciding on its own (a conflict's "Keep mine" disabling the other
    /// hook of an event).
    Replay,
    /// The reverse of an earlier change.
    Undo,
}

impl ChangeOrigin {
    pub const ALL: [ChangeOrigin; 6] = [
        ChangeOrigin::Window,
        ChangeOrigin::Tray,
        ChangeOrigin::Import,
        ChangeOrigin::Copy,
        ChangeOrigin::Replay,
        ChangeOrigin::Undo,
    ];

    /// The name kept in the cache and written to CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeOrigin::Window => "window",
            ChangeOrigin::Tray => "tray",
            ChangeOrigin::Import => "import",
            ChangeOrigin::Copy => "copy",
            ChangeOrigin::Replay => "replay",
            ChangeOrigin::Undo => "undo",
        }
    }

    /// The origin a stored name stands for; an unknown one (a newer version's) reads as the
    /// window.
    pub fn parse(name: &str) -> ChangeOrigin {
        ChangeOrigin::ALL
            .into_iter()
            .find(|o| o.as_str() == name)
            .unwrap_or(ChangeOrigin::Window)
    }
}

/// What a change did to the hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JournalAction {
    Created,
    /// Its event or its flow replaced.
    Changed,
    Enabled,
    Disabled,
    Deleted,
}

impl JournalAction {
    pub const ALL: [JournalAction; 5] = [
        JournalAction::Created,
        JournalAction::Changed,
        JournalAction::Enabled,
        JournalAction::Disabled,
        JournalAction::Deleted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JournalAction::Created => "created",
            JournalAction::Changed => "changed",
            JournalAction::Enabled => "enabled",
            JournalAction::Disabled => "disabled",
            JournalAction::Deleted => "deleted",
        }
    }

    /// An unknown stored name reads as "changed".
    pub fn parse(name: &str) -> JournalAction {
        JournalAction::ALL
            .into_iter()
            .find(|a| a.as_str() == name)
            .unwrap_or(JournalAction::Changed)
    }

    /// A switch to `enabled`.
    pub fn switch(enabled: bool) -> JournalAction {
        if enabled {
            JournalAction::Enabled
        } else {
            JournalAction::Disabled
        }
    }
}

/// Whether the server took the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JournalOutcome {
    /// The server has it.
    Taken,
    /// Kept offline, in the outbox, until the replay sends it.
    Pending,
    /// The server (or the app, before sending, for the server's own rule) refused it.
    Refused,
    /// Kept offline, it met a change made on the server meanwhile and waits for the user's
    /// choice.
    Conflict,
    /// Kept offline, it met a conflict and the user chose the server's version or discarded it.
    Discarded,
}

impl JournalOutcome {
    pub const ALL: [JournalOutcome; 5] = [
        JournalOutcome::Taken,
        JournalOutcome::Pending,
        JournalOutcome::Refused,
        JournalOutcome::Conflict,
        JournalOutcome::Discarded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JournalOutcome::Taken => "taken",
            JournalOutcome::Pending => "pending",
            JournalOutcome::Refused => "refused",
            JournalOutcome::Conflict => "conflict",
            JournalOutcome::Discarded => "discarded",
        }
    }

    /// An unknown stored name reads as "refused": nothing offers to undo it.
    pub fn parse(name: &str) -> JournalOutcome {
        JournalOutcome::ALL
            .into_iter()
            .find(|o| o.as_str() == name)
            .unwrap_or(JournalOutcome::Refused)
    }
}

/// An entry's place in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct JournalEntryId(pub i64);

/// What the entries of one user action share (one bulk switch, one bulk delete, one import, one
/// copy, one tray "Disable all", one undo). Below 2^53, so that it survives JavaScript's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BatchId(pub i64);

/// One change made from this desktop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: JournalEntryId,
    /// Unix milliseconds of the change.
    pub at: i64,
    /// The server's address (without credentials) and the user signed in there.
    pub server: String,
    pub username: String,
    pub owner: HookOwner,
    /// The queue's or team's name when the change was made.
    pub owner_name: String,
    /// The hook's id; for a hook created offline, a negative stand-in until the replay sends it.
    pub hook_id: HookId,
    /// The hook's event and flow's name, from "after" or else "before".
    pub event: HookEvent,
    pub flow_name: String,
    pub action: JournalAction,
    /// The hook as it was; `None` for a create.
    pub before: Option<Hook>,
    /// The hook as the change leaves it; `None` for a delete.
    pub after: Option<Hook>,
    pub origin: ChangeOrigin,
    pub batch: BatchId,
    pub outcome: JournalOutcome,
    /// Why the server refused it, or why it waits for the user's choice, as the user read it.
    pub error: Option<crate::AppError>,
    /// Set once an undo reversed this change: the undo's batch.
    pub undone_by: Option<BatchId>,
    /// How many entries the batch holds (1 for a change of its own).
    pub batch_size: u32,
}

impl JournalEntry {
    pub fn key(&self) -> HookKey {
        HookKey {
            owner: self.owner,
            hook_id: self.hook_id,
        }
    }
}

/// The journal view's filters; an empty list or `None` does not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JournalFilter {
    /// Only changes of these queues' and teams' hooks.
    pub owners: Vec<HookOwner>,
    /// Only these kinds of change.
    pub actions: Vec<JournalAction>,
    /// Unix milliseconds: changes at or after `from`, and before `to`.
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// Part of the hook's flow, its event, or its queue's or team's name; empty for all.
    pub search: String,
}

/// `list_journal`: one page, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListJournalArgs {
    pub filter: JournalFilter,
    /// 1-based.
    pub page: u32,
    pub size: PageSize,
}

impl Default for ListJournalArgs {
    fn default() -> Self {
        ListJournalArgs {
            filter: JournalFilter::default(),
            page: 1,
            size: PageSize::new(50),
        }
    }
}

/// One page of the journal.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JournalPage {
    pub entries: Vec<JournalEntry>,
    /// 1-based.
    pub page: u32,
    pub next: bool,
    /// Entries matching the filters, on every page.
    pub total: u64,
    /// The queues and teams the journal names, for its filter, by name.
    pub owners: Vec<OwnerName>,
}

/// What to undo: one entry, or every entry of its batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum UndoTarget {
    Entry(JournalEntryId),
    Batch(BatchId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndoArgs {
    pub target: UndoTarget,
}

/// An entry that was not undone, and why, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndoRefusal {
    pub entry: JournalEntryId,
    /// The hook as the journal names it ("Sales EU: Bridged → CRM flow").
    pub label: crate::HookLabel,
    pub error: AppError,
}

/// What an undo did: the entries reversed, and those left as they are.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UndoReport {
    pub undone: Vec<JournalEntryId>,
    pub refused: Vec<UndoRefusal>,
    /// The batch the reverse changes were journaled under, when anything was sent.
    pub batch: Option<BatchId>,
    /// The queues and teams whose hooks the undo changed, each once.
    pub owners: Vec<HookOwner>,
}

/// `export_journal`: the entries matching `filter`, newest first, to a CSV file the user picks
/// in a native Save dialog.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ExportJournalArgs {
    pub filter: JournalFilter,
}

/// Where the export went; `None` when the user closed the dialog.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JournalExport {
    pub path: Option<String>,
    pub entries: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_serde_uses_them() {
        for origin in ChangeOrigin::ALL {
            assert_eq!(ChangeOrigin::parse(origin.as_str()), origin);
            assert_eq!(
                serde_json::to_string(&origin).unwrap(),
                format!("\"{}\"", origin.as_str())
            );
        }
        for action in JournalAction::ALL {
            assert_eq!(JournalAction::parse(action.as_str()), action);
        }
        for outcome in JournalOutcome::ALL {
            assert_eq!(JournalOutcome::parse(outcome.as_str()), outcome);
        }
        assert_eq!(
            serde_json::to_string(&UndoTarget::Batch(BatchId(7))).unwrap(),
            r#"{"kind":"batch","id":7}"#
        );
    }
}
