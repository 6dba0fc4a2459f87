//! The system tray: quick toggles of the pinned queues' hooks, the sync status, Show/Hide, Quit.
//!
//! - [`model`]: the menu as plain data ([`TrayModel`]) and the item ids ([`TrayItem`]);
//! - [`source`]: what the menu is made from (the registry's cache, the sync status, the window);
//! - [`menu`]: the Tauri menu made from the model and kept equal to it;
//! - [`actions`]: what an item does, for a click and for `--tray-item` alike.
//!
//! `install` builds the icon and keeps its menu in step with the app: every `hooks-changed`,
//! `sync-status`, `session-changed` and `pinned-changed`, the window shown or hidden, and every
//! 30 s (for "Synchronised 3 min ago"). Linux delivers no clicks on the icon itself, so
//! everything is in the menu, which opens on either button.

pub mod actions;
mod confirm;
pub mod menu;
pub mod model;
pub mod source;

#[cfg(test)]
mod tests;

use std::sync::Mutex;
use std::time::Duration;

use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Listener, Manager, Runtime, WindowEvent};
use tokio::sync::{watch, Notify};
use webitel_hooks_i18n::text;
use webitel_hooks_model::events::{
    Event, HooksChanged, PinnedChanged, SessionChanged, SyncStatusChanged,
};
use webitel_hooks_model::Language;

pub use actions::{act, Origin};
pub use model::{TrayItem, TrayModel};

use menu::TrayMenu;

/// The tray icon's id, unique to this app.
pub const TRAY_ID: &str = "webitel-hooks";

/// How often the menu is read again with nothing else happening: the status line's "N min ago".
const TICK: Duration = Duration::from_secs(30);

/// The tray's own state, managed once per app.
pub struct TrayState {
    /// The menu as last read; tests wait on it.
    model: watch::Sender<TrayModel>,
    /// Wakes the task that reads the menu again; many wakes before it runs make one read.
    wake: Notify,
    /// The language of the menu as last read: a change is logged once.
    language: Mutex<Option<Language>>,
}

impl TrayState {
    fn new() -> TrayState {
        TrayState {
            model: watch::Sender::new(TrayModel::default()),
            wake: Notify::new(),
            language: Mutex::new(None),
        }
    }

    /// The menu as last read, and every later one.
    #[cfg(test)]
    pub fn model(&self) -> watch::Receiver<TrayModel> {
        self.model.subscribe()
    }
}

/// The built menu of the icon, when there is an icon. Only the task of `start` holds it while
/// waiting for the main thread (menu items are changed there); anything else locks it briefly.
struct MenuSlot<R: Runtime>(Mutex<Option<TrayMenu<R>>>);

/// Builds the tray icon and keeps its menu in step with the app. A desktop without a tray is
/// logged, never an error: the window works without it.
pub fn install<R: Runtime>(app: &AppHandle<R>) {
    start(app);
    if let Err(why) = tray_available() {
        tracing::warn!("no tray icon: {why}; the app runs in its window only");
        return;
    }
    if let Err(err) = build_icon(app) {
        tracing::warn!(error = %err, "no tray icon; the app runs in its window only");
    }
}

/// Acts on the tray item `id` as a click on it would, for `--tray-item` from a second launch
/// (after the window was shown): no confirmation for `disable-all`, `show` keeps the window
/// shown. An unknown id or a failure is reported, never a panic.
pub fn activate<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id.parse::<TrayItem>() {
        Ok(item) => spawn_act(app, item, Origin::CommandLine),
        Err(err) => tracing::warn!("--tray-item: {err}"),
    }
}

/// Reads the menu again soon (the shell calls it after hiding the window to the tray).
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    if let Some(state) = app.try_state::<TrayState>() {
        state.wake.notify_one();
    }
}

/// Keeps the menu model in step with the app, without an icon (what the tests drive).
/// Idempotent: a second call changes nothing.
pub(crate) fn start<R: Runtime>(app: &AppHandle<R>) {
    if app.try_state::<TrayState>().is_some() {
        return;
    }
    app.manage(TrayState::new());
    app.manage(MenuSlot::<R>(Mutex::new(None)));

    // The payloads are not needed: the menu reads everything again from the registry (whose
    // sync status is the one `sync-status` carries).
    for event in [
        HooksChanged::NAME,
        SyncStatusChanged::NAME,
        SessionChanged::NAME,
        PinnedChanged::NAME,
    ] {
        let handle = app.clone();
        app.listen_any(event, move |_| refresh(&handle));
    }
    if let Some(window) = app.get_webview_window(crate::desktop::MAIN_WINDOW) {
        let handle = app.clone();
        // No event says "shown" or "hidden"; focus moves with both, and the shell calls
        // `refresh` after hiding the window to the tray.
        window.on_window_event(move |event| {
            if matches!(event, WindowEvent::Focused(_) | WindowEvent::Destroyed) {
                refresh(&handle);
            }
        });
    }

    let handle = app.clone();
    tauri::async_runtime::spawn(async move {
        let state = handle.state::<TrayState>();
        loop {
            state.wake.notified().await;
            let app = handle.clone();
            let read = tauri::async_runtime::spawn_blocking(move || reread(&app)).await;
            if let Err(err) = read {
                tracing::warn!(error = %err, "the tray menu was not read again");
            }
        }
    });
    let handle = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut tick = tokio::time::interval(TICK);
        loop {
            tick.tick().await;
            refresh(&handle);
        }
    });
    refresh(app);
}

/// Reads the menu's data, keeps the model, and shows it in the icon's menu.
fn reread<R: Runtime>(app: &AppHandle<R>) {
    let input = source::read_input(app);
    let model = TrayModel::build(&input);
    if let Some(state) = app.try_state::<TrayState>() {
        state.model.send_replace(model.clone());
        let mut language = state.language.lock().unwrap_or_else(|p| p.into_inner());
        if language.replace(input.language) != Some(input.language) {
            tracing::info!(
                language = input.language.code(),
                first = model.first_text().unwrap_or_default(),
                "the tray menu speaks this language now"
            );
        }
    }
    match show(app, &model) {
        Ok(shown) => tracing::debug!(
            shown,
            window_visible = input.window_visible,
            items = model.entries.len(),
            language = input.language.code(),
            first = model.first_text().unwrap_or_default(),
            status = model.status_text().unwrap_or_default(),
            "the tray menu was read again"
        ),
        Err(err) => tracing::warn!(error = %err, "the tray menu was not updated"),
    }
}

/// Makes the menu show `model`: in place when its shape is the same, else a new menu given to
/// the icon. Without a menu (no icon on this desktop) there is nothing to show: `false`.
fn show<R: Runtime>(app: &AppHandle<R>, model: &TrayModel) -> tauri::Result<bool> {
    let Some(slot) = app.try_state::<MenuSlot<R>>() else {
        return Ok(false);
    };
    let mut current = slot.0.lock().unwrap_or_else(|p| p.into_inner());
    let Some(menu) = current.as_ref() else {
        return Ok(false);
    };
    if menu.update(model)? {
        return Ok(true);
    }
    let built = TrayMenu::build(app, model)?;
    if let Some(icon) = app.tray_by_id(TRAY_ID) {
        icon.set_menu(Some(built.menu.clone()))?;
    }
    *current = Some(built);
    Ok(true)
}

/// Gives the tray a menu without an icon, kept in step as the icon's would be: the tests'
/// stand-in for a desktop tray.
#[cfg(test)]
fn attach_menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let model = app.state::<TrayState>().model.borrow().clone();
    let menu = TrayMenu::build(app, &model)?;
    *app.state::<MenuSlot<R>>()
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(menu);
    Ok(())
}

/// Runs `f` on the menu, if there is one.
#[cfg(test)]
fn with_menu<R: Runtime, T>(app: &AppHandle<R>, f: impl FnOnce(&TrayMenu<R>) -> T) -> Option<T> {
    let slot = app.state::<MenuSlot<R>>();
    let current = slot.0.lock().unwrap_or_else(|p| p.into_inner());
    current.as_ref().map(f)
}

fn build_icon<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    // The first menu, before anything is read: Show, Sync now, Quit. The task replaces it.
    let model = TrayModel::build(&source::read_input(app));
    let menu = TrayMenu::build(app, &model)?;
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip(text(crate::settings::language(app), "app-title"))
        .menu(&menu.menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| on_menu_event(app, event.id().as_ref()));
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    tracing::info!("the tray icon is installed");
    if let Some(slot) = app.try_state::<MenuSlot<R>>() {
        *slot.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(menu);
    }
    refresh(app);
    Ok(())
}

/// A click in any menu of the app: the tray's items act, any other id is not ours.
fn on_menu_event<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id.parse::<TrayItem>() {
        Ok(item) => spawn_act(app, item, Origin::Menu),
        Err(_) => tracing::debug!(id, "a menu event the tray does not handle"),
    }
}

fn spawn_act<R: Runtime>(app: &AppHandle<R>, item: TrayItem, origin: Origin) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if let Err(err) = act(&app, item, origin).await {
            let title = text(crate::settings::language(&app), failure_title(item));
            confirm::report(&app, &title, &err);
        }
    });
}

/// The catalog id of the notification's title for a failed action.
fn failure_title(item: TrayItem) -> &'static str {
    match item {
        TrayItem::Hook { .. } => "tray-failed-hook",
        TrayItem::DisableAll(_) => "tray-failed-disable-all",
        TrayItem::Sync => "tray-failed-sync",
        TrayItem::Show => "tray-failed-show",
        TrayItem::Status | TrayItem::Owner(_) | TrayItem::Quit => "tray-failed",
    }
}

/// Whether this desktop can show a tray icon. On Linux the icon needs the AppIndicator library,
/// loaded when the first icon is made, and its absence is a panic there, not an error: look
/// for it first.
fn tray_available() -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        const LIBRARIES: [&str; 2] = ["libayatana-appindicator3.so.1", "libappindicator3.so.1"];
        if !LIBRARIES.iter().any(|lib| linux::library_found(lib)) {
            return Err(format!(
                "neither {} nor {} is installed (install the package libayatana-appindicator3-1)",
                LIBRARIES[0], LIBRARIES[1]
            ));
        }
    }
    Ok(())
}

#[cfg(target_os = "linux")]
mod linux {
    use std::path::{Path, PathBuf};

    /// Whether the dynamic loader would find `name`: in `LD_LIBRARY_PATH`, the folders listed in
    /// /etc/ld.so.conf(.d), or the usual library folders. A miss means no icon, never a crash.
    pub fn library_found(name: &str) -> bool {
        folders().iter().any(|dir| dir.join(name).exists())
    }

    fn folders() -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = std::env::var_os("LD_LIBRARY_PATH")
            .map(|paths| std::env::split_paths(&paths).collect())
            .unwrap_or_default();
        dirs.extend(configured(Path::new("/etc/ld.so.conf"), 0));
        let triple = format!("{}-linux-gnu", std::env::consts::ARCH);
        for base in ["/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib"] {
            dirs.push(PathBuf::from(base));
            dirs.push(Path::new(base).join(&triple));
        }
        dirs
    }

    /// The folders an ld.so.conf file lists, following its `include` lines a few levels deep.
    pub(super) fn configured(file: &Path, depth: u32) -> Vec<PathBuf> {
        let Ok(text) = std::fs::read_to_string(file) else {
            return Vec::new();
        };
        let mut dirs = Vec::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(pattern) = line.strip_prefix("include") {
                if depth < 3 {
                    for included in matching(pattern.trim()) {
                        dirs.extend(configured(&included, depth + 1));
                    }
                }
            } else if line.starts_with('/') {
                dirs.push(PathBuf::from(line));
            }
        }
        dirs
    }

    /// The files of `pattern`: a path, or a folder and a `*.conf`-like name.
    fn matching(pattern: &str) -> Vec<PathBuf> {
        let path = Path::new(pattern);
        let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str()))
        else {
            return Vec::new();
        };
        let Some((prefix, suffix)) = name.split_once('*') else {
            return vec![path.to_path_buf()];
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix) && n.ends_with(suffix))
            })
            .collect();
        files.sort();
        files
    }
}

#[cfg(all(test, target_os = "linux"))]
mod linux_tests {
    #![allow(clippy::unwrap_used)]

    use std::path::PathBuf;

    #[test]
    fn ld_so_conf_folders_with_includes_and_comments() {
        let dir = tempfile::tempdir().unwrap();
        let conf_d = dir.path().join("ld.so.conf.d");
        std::fs::create_dir(&conf_d).unwrap();
        std::fs::write(
            conf_d.join("b.conf"),
            "# multiarch\n/usr/lib/b\n\n/usr/lib/b2 # trailing\n",
        )
        .unwrap();
        std::fs::write(conf_d.join("a.conf"), "/opt/a/lib\n").unwrap();
        std::fs::write(conf_d.join("ignored.txt"), "/not/this\n").unwrap();
        let conf = dir.path().join("ld.so.conf");
        std::fs::write(
            &conf,
            format!("include {}/*.conf\n/usr/local/lib\n", conf_d.display()),
        )
        .unwrap();
        let found = super::linux::configured(&conf, 0);
        let expected: Vec<PathBuf> = ["/opt/a/lib", "/usr/lib/b", "/usr/lib/b2", "/usr/local/lib"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(found, expected);
        assert!(super::linux::configured(&dir.path().join("missing"), 0).is_empty());
    }

    #[test]
    fn a_library_nowhere_is_not_found() {
        assert!(!super::linux::library_found(
            "libwebitel-hooks-no-such-library.so.1"
        ));
    }
}
