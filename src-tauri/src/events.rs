//! What the native side tells every view (and the tray, which listens too): each event is the
//! model's declaration (`webitel_hooks_model::events`), emitted with its declared payload.

use tauri::{AppHandle, Emitter, Runtime};
use tokio::sync::broadcast::error::RecvError;
use webitel_hooks_core::ProfileBook;
use webitel_hooks_model::events::{
    Event, HooksChanged, PinnedChanged, SessionChanged, SyncRunChanged, SyncStatusChanged,
};
use webitel_hooks_model::{HookOwner, SyncRun};

/// Emits `E` with its payload to every view. What the event tells already happened: a failed
/// emit is logged, never turned into an error.
pub fn emit<R: Runtime, E: Event>(app: &AppHandle<R>, payload: &E::Payload) {
    if let Err(err) = app.emit(E::NAME, payload) {
        tracing::warn!(error = %err, event = E::NAME, "an event was not sent");
    }
}

/// Tells every view that the hooks of `owner` changed, so that each re-reads what it shows.
pub fn hooks_changed<R: Runtime>(app: &AppHandle<R>, owner: HookOwner) {
    emit::<R, HooksChanged>(app, &owner);
}

/// Tells every view the queues and teams pinned to the tray now.
pub fn pinned_changed<R: Runtime>(app: &AppHandle<R>, pinned: &[HookOwner]) {
    emit::<R, PinnedChanged>(app, &pinned.to_vec());
}

/// Tells every view each change of the session (signed in, signed out, password needed), from
/// now until the app ends. The status carries no secret: a `SessionInfo` at most.
pub fn forward_session_status<R: Runtime>(app: &AppHandle<R>, book: &ProfileBook) {
    let mut status = book.session_status();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            emit::<R, SessionChanged>(&app, &now);
        }
    });
}

/// Tells every view each change of where the sync stands (run start and end, each queue done,
/// `offline` flips, outbox counts), from now until the app ends.
pub fn forward_sync_status<R: Runtime>(app: &AppHandle<R>, book: &ProfileBook) {
    let mut status = book.sync().status();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            emit::<R, SyncStatusChanged>(&app, &now);
        }
    });
}

/// Tells every view each run's start and end, in order, from now until the app ends.
pub fn forward_sync_runs<R: Runtime>(app: &AppHandle<R>, book: &ProfileBook) {
    let mut runs = book.sync().runs();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            match runs.recv().await {
                // Progress is the status's too (`sync-status`, which the bar reads): only a run's
                // start and end cross again, two events a run whatever its size.
                Ok(SyncRun::Progress { .. }) => {}
                Ok(event) => emit::<R, SyncRunChanged>(&app, &event),
                Err(RecvError::Lagged(lost)) => {
                    tracing::warn!(lost, "sync run events were dropped before they were sent");
                }
                Err(RecvError::Closed) => break,
            }
        }
    });
}
