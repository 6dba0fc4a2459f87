//! Where the tray's data comes from: the active profile's registry, its cache and its sync
//! status, and the main window. Everything is read from the cache, never from the server, so
//! that the menu opens at once and works offline.

use tauri::{AppHandle, Manager, Runtime};

use super::model::TrayInput;
use crate::state::Backend;

use crate::desktop::MAIN_WINDOW;
/// Everything the menu shows, read now. Never fails: what cannot be read is left out (and
/// logged), so that Show, Sync now and Quit are always there.
pub fn read_input<R: Runtime>(app: &AppHandle<R>) -> TrayInput {
    let registry = app
        .try_state::<Backend>()
        .and_then(|backend| backend.registry().ok());
    // The registry's status is the runner's: the outbox's counts and `offline` kept current
    // by every call, the progress by the sync.
    let status = registry
        .as_ref()
        .map(|r| r.sync_status().borrow().clone())
        .unwrap_or_default();
    let session = registry.as_ref().and_then(|r| r.session_info());
    let pinned = match (&registry, &session) {
        (Some(registry), Some(_)) => registry.pinned().unwrap_or_else(|err| {
            tracing::warn!(error = %err, "the tray could not read the pinned queues and teams");
            Vec::new()
        }),
        _ => Vec::new(),
    };
    TrayInput {
        window_visible: window_visible(app),
        status,
        signed_in: session.is_some(),
        permissions: session.map(|s| s.permissions).unwrap_or_default(),
        pinned,
        now_ms: webitel_hooks_core::clock::now_ms(),
        language: crate::settings::language(app),
    }
}

/// The main window is on screen: shown and not minimized (a minimized window is offered to be
/// shown). A window that cannot say counts as hidden, so that the menu offers to show it.
pub fn window_visible<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.get_webview_window(MAIN_WINDOW)
        .is_some_and(|w| w.is_visible().unwrap_or(false) && !w.is_minimized().unwrap_or(false))
}
