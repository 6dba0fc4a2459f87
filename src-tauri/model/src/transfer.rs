//! Moving hooks between queues, teams and servers: what an export takes, what an import or a
//! copy would do (the preview the user confirms), and what it did (the report).
//!
//! The export file's own format lives in core (`transfer::format`, docs/EXPORT-FORMAT.md): the
//! webview never reads or writes a file, it only names what to export and confirms a preview.

use serde::{Deserialize, Serialize};

use crate::{
    AppError, FlowRef, HookEvent, HookKey, HookOwner, ListAllHooksArgs, ProfileId, QueueId,
};
use crate::{OwnerKind, QueueType};

/// Which hooks an export holds, all read from the cache.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExportSource {
    /// The selected hooks of a registry, in this order.
    Hooks { hooks: Vec<HookKey> },
    /// Every hook of one queue or team.
    Owner { owner: HookOwner },
    /// Every hook matching the all-hooks registry's filters (its page and size are ignored).
    Matching { filters: ListAllHooksArgs },
}

/// The two forms of an export: JSON to import again, CSV to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferFormat {
    Json,
    Csv,
}

impl TransferFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            TransferFormat::Json => "json",
            TransferFormat::Csv => "csv",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportHooksArgs {
    pub source: ExportSource,
    /// The form the Save dialog offers first; the chosen file's extension decides (`.csv` is
    /// CSV, anything else JSON).
    pub format: TransferFormat,
}

/// What an export wrote; `None` from the command when the user closed the Save dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportOutcome {
    /// The file's name, without its folder, to say where the hooks went.
    pub file_name: String,
    pub format: TransferFormat,
    pub hooks: u32,
}

/// Copy hooks (by their keys, read from the active profile's cache) into queues of the active
/// profile or of another server profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewCopyArgs {
    pub hooks: Vec<HookKey>,
    /// Queues of the target profile, by its ids.
    pub targets: Vec<QueueId>,
    /// The target profile; `None` is the active one.
    #[serde(default)]
    pub profile: Option<ProfileId>,
}

/// The queues "Copy to…" offers in a profile; `None` is the active one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListCopyTargetsArgs {
    #[serde(default)]
    pub profile: Option<ProfileId>,
}

/// A hook of the preview, named as the user reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferHook {
    pub owner_kind: OwnerKind,
    /// The queue's or team's name (in the target when matched, else as the file has it).
    pub owner_name: String,
    pub queue_type: Option<QueueType>,
    pub event: HookEvent,
    /// The flow (in the target when matched, else the file's id and name).
    pub flow: FlowRef,
    pub enabled: bool,
}

/// A hook the confirmation will create, with what the plan matched it to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedCreate {
    pub owner: HookOwner,
    pub hook: TransferHook,
    /// The file has it enabled, but the target queue (or a hook before it in the file) already
    /// has an enabled hook of its event, which the engine would refuse: it is created disabled,
    /// and this names the enabled one ("Bridged → CRM: log call result").
    pub disabled_because: Option<crate::HookLabel>,
}

/// Why a hook of the file cannot be imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnmatchedReason {
    /// No queue (or team) of that name on the target.
    OwnerNotFound,
    /// Several queues (or teams) of that name, none with the file's id.
    OwnerAmbiguous,
    /// No flow of that name on the target.
    FlowNotFound,
    /// Several flows of that name, none with the file's id.
    FlowAmbiguous,
    /// The event cannot be a hook of that owner (a team takes only Agent status; a queue only
    /// the eight events the app creates).
    EventNotPossible,
    /// The user may not change that owner's hooks.
    NotAllowed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnmatchedHook {
    pub hook: TransferHook,
    pub reason: UnmatchedReason,
}

/// What an import or a copy would do, before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TransferPreview {
    /// The file's name, or empty for a copy.
    pub file_name: String,
    /// The server the file was exported from (without credentials), or empty.
    pub exported_from: String,
    /// A copy into another server profile: that profile (`None`: the active one), which the
    /// confirmation sends with.
    #[serde(default)]
    pub target_profile: Option<ProfileId>,
    /// That profile's name, to say where the hooks go; empty for the active one.
    #[serde(default)]
    pub target_name: String,
    pub creates: Vec<PlannedCreate>,
    /// Already there: same owner, event and flow.
    pub skipped: Vec<TransferHook>,
    pub unmatched: Vec<UnmatchedHook>,
}

/// What the confirmation applies: an import of a file, or a copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferKind {
    Import,
    Copy,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyTransferArgs {
    pub kind: TransferKind,
    /// The preview's creates, as confirmed.
    pub creates: Vec<PlannedCreate>,
    /// The preview's target profile (`None`: the active one).
    #[serde(default)]
    pub profile: Option<ProfileId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferFailure {
    /// "Sales Progressive EU: Bridged → CRM: log call result".
    pub label: crate::HookLabel,
    pub error: AppError,
}

/// What the confirmation did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TransferReport {
    /// Hooks the server created.
    pub created: u32,
    /// Hooks kept in the outbox (the server could not be reached), sent by the next sync.
    pub queued: u32,
    pub failed: Vec<TransferFailure>,
}

/// How far a confirmed import or copy is: `done` of `total` hooks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TransferProgress {
    pub done: u32,
    pub total: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_source_crosses_ipc_tagged_by_kind() {
        let source = ExportSource::Owner {
            owner: HookOwner::Queue(QueueId(3)),
        };
        let json = serde_json::to_value(&source).unwrap();
        assert_eq!(json["kind"], "owner");
        assert_eq!(json["owner"]["id"], 3);
        assert_eq!(
            serde_json::from_value::<ExportSource>(json).unwrap(),
            source
        );
    }
}
