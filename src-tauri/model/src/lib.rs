//! The vocabulary shared by the native side and the webview: hook events, queue types, ids, the
//! registry's rows and pages, every command's contract and the error that crosses IPC. Serde
//! types only: this crate builds for `wasm32-unknown-unknown`, so it must never depend on tokio,
//! reqwest, tauri or web-sys.

pub mod commands;
mod error;
mod event;
pub mod events;
mod ids;
pub mod journal;
mod language;
mod offline;
mod owner;
mod profiles;
mod queue_type;
mod registry;
pub mod transfer;

pub use error::{AppError, ErrorCode};
pub use event::HookEvent;
pub use ids::{HookId, ProfileId, QueueId, SchemaId, TeamId};
pub use journal::ChangeOrigin;
pub use language::Language;
pub use offline::{
    ChangeId, ChangeKind, Conflict, ConflictChoice, ConflictReason, HookRow, HookState,
    ListAllHooksArgs, OwnerName, PendingChange, RegistryChoices, RegistryColumn, RegistryPage,
    RegistrySort, ResolveConflictArgs, RunOutcome, SyncRun, SyncStatus,
};
pub use owner::{HookKey, HookOwner, OwnerKind};
pub use profiles::{
    admin_flow_address, default_admin_address, KeyringState, NewProfile, Password, Profile,
    ProfileList, ProfileTarget,
};
pub use queue_type::QueueType;
pub use registry::{
    DeleteFailure, DeleteReport, FlowRef, Hook, HookColumn, HookDraft, HookLabel, HookSort, Page,
    PageSize, Permissions, Queue, Sort, SortDirection, SwitchFailure, SwitchReport, Team,
};
