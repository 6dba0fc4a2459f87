//! The events the native side emits to every window (and the tray, which listens too).

use tauri::{AppHandle, Emitter, Runtime};
use webitel_hooks_core::ProfileBook;
use webitel_hooks_model::commands::events::{
    HOOKS_CHANGED, PINNED_CHANGED, SESSION_CHANGED, SYNC_STATUS,
};
use webitel_hooks_model::{QueueId, SyncStatus};

/// Tells every view that the hooks of `queue_id` changed, so that each re-reads what it shows.
/// The change itself already succeeded: a failed emit is logged, never turned into an error.
pub fn hooks_changed<R: Runtime>(app: &AppHandle<R>, queue_id: QueueId) {
    if let Err(err) = app.emit(HOOKS_CHANGED, queue_id) {
        tracing::warn!(error = %err, %queue_id, "the hooks-changed event was not sent");
    }
}

/// Tells every view the queues pinned to the tray now.
pub fn pinned_changed<R: Runtime>(app: &AppHandle<R>, pinned: &[QueueId]) {
    if let Err(err) = app.emit(PINNED_CHANGED, pinned) {
        tracing::warn!(error = %err, "the pinned-changed event was not sent");
    }
}

/// Tells every view where the sync stands.
pub fn sync_status<R: Runtime>(app: &AppHandle<R>, status: &SyncStatus) {
    if let Err(err) = app.emit(SYNC_STATUS, status) {
        tracing::warn!(error = %err, "the sync-status event was not sent");
    }
}

/// Tells every view each change of the session (signed in, signed out, password needed) as
/// `session-changed` with the `SessionStatus`, from now until the app ends. The status carries
/// no secret: a `SessionInfo` at most.
pub fn forward_session_status<R: Runtime>(app: &AppHandle<R>, book: &ProfileBook) {
    let mut status = book.session_status();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            if let Err(err) = app.emit(SESSION_CHANGED, &now) {
                tracing::warn!(error = %err, "the session-changed event was not sent");
            }
        }
    });
}

/// Tells every view each change of the sync's status as `sync-status` (the core sends one at
/// the start and end of every run, at each queue done, when `offline` flips and when the
/// outbox's counts change), from now until the app ends.
pub fn forward_sync_status<R: Runtime>(app: &AppHandle<R>, book: &ProfileBook) {
    let mut status = book.sync().status();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            sync_status(&app, &now);
        }
    });
}
