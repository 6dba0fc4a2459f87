//! Side effects as custom hooks: IPC reads that follow a reducer's `request`, the native side's
//! events, the session start, focus handling for dialogs and a dialog's own calls.

mod all_queues;
mod bulk_switch;
mod confirm_delete;
mod flows;
mod focus;
mod journal;
mod moved;
mod open_flow;
mod pinned;
mod read_on_request;
mod registry;
mod reveal;
mod session;
mod submit;
mod sync;
mod tauri_event;
mod toggle;
mod transfer;

pub use all_queues::use_all_queues;
pub use bulk_switch::use_bulk_switch;
pub use confirm_delete::use_confirm_delete;
pub use flows::use_flow_search;
pub use focus::{opener_of, trap_tab, use_dialog_focus, AFTER_DIALOG};
pub use journal::use_journal;
pub use moved::use_moved_since_mount;
pub use open_flow::use_open_flow;
pub use pinned::use_pinned;
pub use read_on_request::use_read_on_request;
pub use registry::{use_queues, use_registry};
pub use reveal::use_reveal_hook;
pub use session::{use_session, Expired, SessionHandle, SessionState};
pub use submit::{use_submit, Submit};
pub use sync::{use_now, use_sync};
pub use tauri_event::use_tauri_event;
pub use toggle::use_hook_toggle;
pub use transfer::{use_copy_targets, use_transfer};
