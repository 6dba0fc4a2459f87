//! The vocabulary shared by the native side and the webview: hook events, queue types, ids and
//! the error that crosses IPC. Serde types only: this crate builds for `wasm32-unknown-unknown`,
//! so it must never depend on tokio, reqwest, tauri or web-sys.

mod error;
mod event;
mod ids;
mod queue_type;

pub use error::{AppError, ErrorCode};
pub use event::HookEvent;
pub use ids::{HookId, QueueId, SchemaId};
pub use queue_type::QueueType;
