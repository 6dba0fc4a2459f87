//! The events the native side emits to every window (and, later, the tray).

use tauri::{AppHandle, Emitter, Runtime};
use webitel_hooks_model::commands::events::HOOKS_CHANGED;
use webitel_hooks_model::QueueId;

/// Tells every view that the hooks of `queue_id` changed, so that each re-reads what it shows.
/// The change itself already succeeded: a failed emit is logged, never turned into an error.
pub fn hooks_changed<R: Runtime>(app: &AppHandle<R>, queue_id: QueueId) {
    if let Err(err) = app.emit(HOOKS_CHANGED, queue_id) {
        tracing::warn!(error = %err, %queue_id, "the hooks-changed event was not sent");
    }
}
