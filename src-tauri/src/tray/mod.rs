//! The system tray: quick toggles of the pinned queues' hooks, the sync status, Show/Hide, Quit.
//!
//! `install` builds the icon and its menu once the app is set up; `activate` acts on a menu item
//! by id, for a click and for `--tray-item` handed over by a second launch.

// The menu model comes first; `install` and `activate` are wired to it next.
#[allow(dead_code)]
pub mod model;

use tauri::{AppHandle, Runtime};

/// The tray icon's id, unique to this app.
pub const TRAY_ID: &str = "webitel-hooks";

/// Builds the tray icon and keeps its menu in step with the app. A desktop without a tray is
/// logged, never an error: the window works without it.
pub fn install<R: Runtime>(app: &AppHandle<R>) {
    let _ = app;
}

/// Acts on the tray item `id` as a click on it would.
pub fn activate<R: Runtime>(app: &AppHandle<R>, id: &str) {
    let _ = (app, id);
}
