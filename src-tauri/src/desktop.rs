//! The main window on the desktop: shown at start unless `--hidden`, hidden to the tray when
//! closed (a setting), brought back by a second launch. The one place that names the window.

use tauri::{AppHandle, Manager, RunEvent, Runtime, Window, WindowEvent};

use webitel_hooks_model::commands::Settings;

use crate::launch::{LaunchOptions, SecondLaunch};
use crate::settings::SettingsStore;
use crate::state::Backend;

/// The label of the one window, as tauri.conf.json names it (and its capability).
pub const MAIN_WINDOW: &str = "main";

/// The flag start at login launches the app with: into the tray, without the window.
pub const HIDDEN_FLAG: &str = "--hidden";

/// The window starts hidden (`"visible": false` in tauri.conf.json, so that it does not flash
/// when started into the tray); it is shown here unless `--hidden`. A tray item given at start
/// is acted on once the start-up sign-in has finished.
pub fn show_at_start<R: Runtime>(app: &AppHandle<R>, options: &LaunchOptions) {
    if options.hidden && has_tray_icon(app) {
        tracing::info!("started hidden, in the tray");
    } else {
        if options.hidden {
            tracing::warn!("started with --hidden, but this desktop has no tray icon to show the window from: showing it");
        }
        show_main_window(app);
    }
    if let Some(id) = options.tray_item.clone() {
        let app = app.clone();
        tauri::async_runtime::spawn(async move {
            if let Some(backend) = app.try_state::<Backend>() {
                // Only the wait matters: a failed start-up is for the window to show.
                let _ = backend.session_info().await;
            }
            crate::tray::activate(&app, &id);
        });
    }
}

/// Shows, unminimizes and focuses the main window. A failure is logged: there is nothing else
/// to tell it with.
pub fn show_main_window<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN_WINDOW) else {
        tracing::warn!("the main window is gone; nothing to show");
        return;
    };
    let shown = window
        .show()
        .and_then(|()| window.unminimize())
        .and_then(|()| window.set_focus());
    if let Err(err) = shown {
        tracing::warn!(error = %err, "the main window could not be shown");
    }
    // No window event says "shown": the tray's Show/Hide item is told here.
    crate::tray::refresh(app);
}

/// A second launch: the first instance comes to the front, then acts on the tray item the
/// second was given, if any (the command line is the confirmation: no dialog).
pub fn second_launch<R: Runtime>(app: &AppHandle<R>, launch: &SecondLaunch) {
    tracing::info!(tray_item = ?launch.tray_item, "a second launch handed over to this one");
    show_main_window(app);
    if let Some(id) = &launch.tray_item {
        crate::tray::activate(app, id);
    }
}

/// The app's own events: on macOS a click on the Dock icon of an app whose window is hidden
/// (closed to the tray) shows the window again, as Mac users expect.
pub fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: RunEvent) {
    #[cfg(target_os = "macos")]
    if let RunEvent::Reopen {
        has_visible_windows: false,
        ..
    } = event
    {
        show_main_window(app);
    }
    let _ = (app, event);
}

/// The app's tray icon exists (the tray module skips it on a desktop without the library).
fn has_tray_icon<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.tray_by_id(crate::tray::TRAY_ID).is_some()
}

/// Closing the main window hides it to the tray while `close_to_tray` is on (and there is a
/// tray icon); Quit (tray) ends
/// the app. Any other event is left to Tauri.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    let settings = window
        .try_state::<SettingsStore>()
        .map(|s| s.get())
        .unwrap_or_default();
    let tray_icon = has_tray_icon(window.app_handle());
    if close_action(window.label(), &settings, tray_icon) == CloseAction::HideToTray {
        api.prevent_close();
        if let Err(err) = window.hide() {
            tracing::warn!(error = %err, "the main window could not be hidden");
        }
        tracing::debug!("the main window was closed into the tray");
        crate::tray::refresh(window.app_handle());
    }
}

/// What closing the main window does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseAction {
    /// Keep the app running in the tray: the close is prevented and the window hidden.
    HideToTray,
    /// Let the window close (the app ends with its last window).
    Close,
}

/// Closing the main window hides it when the setting is on and there is a tray icon to bring
/// it back with (without one, hiding would leave a running app nobody can reach); any other
/// window closes.
pub fn close_action(window_label: &str, settings: &Settings, tray_icon: bool) -> CloseAction {
    if window_label == MAIN_WINDOW && settings.close_to_tray && tray_icon {
        CloseAction::HideToTray
    } else {
        CloseAction::Close
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_main_window_hides_to_the_tray_only_when_asked_and_only_with_an_icon() {
        let on = Settings::default();
        let off = Settings {
            close_to_tray: false,
            ..on
        };
        assert_eq!(close_action("main", &on, true), CloseAction::HideToTray);
        assert_eq!(close_action("main", &off, true), CloseAction::Close);
        assert_eq!(close_action("other", &on, true), CloseAction::Close);
        // No tray icon on this desktop: nothing could show the window again.
        assert_eq!(close_action("main", &on, false), CloseAction::Close);
    }
}
