//! The Tauri shell: composes plugins, state, commands and start-up over `webitel-hooks-core`.
//!
//! - [`launch`]: the command-line flags and environment the app starts with;
//! - [`startup`]: what `setup` does (open the cache, sign in in the background, start the sync);
//! - [`state`]: the managed state every command reads;
//! - [`settings`]: the app-wide preferences file, close to tray, start at login;
//! - [`commands`]: the IPC commands, one per model `Command`;
//! - [`events`]: what the native side tells every view;
//! - [`notify`]: desktop notifications after a sync;
//! - [`diagnostics`]: the "Copy diagnostics" text;
//! - [`desktop`]: the main window's show, hide and close, and a second launch;
//! - [`error`]: the one mapping of a failure to the `AppError` that crosses IPC.

mod browser;
mod commands;
mod desktop;
mod diagnostics;
mod error;
mod events;
mod file_dialogs;
mod launch;
mod notify;
mod settings;
mod startup;
mod state;
mod tray;
mod webview;

#[cfg(test)]
mod tests;

use tauri::{Builder, Runtime};
use tauri_plugin_log::{Target, TargetKind};
use tauri_plugin_window_state::StateFlags;

pub use error::{Error, Result};
pub use launch::LaunchOptions;

/// Builds and runs the app until it is quit.
pub fn run() {
    let options = LaunchOptions::from_process();
    // The plugins that need a real desktop (a D-Bus name, the one global logger, the OS's
    // notification and login-item services) are added here, not in `compose`, which the tests
    // build many times in one process over the mock runtime.
    let builder = tauri::Builder::default()
        // First: a second launch hands its arguments over and exits before anything else of it
        // starts (a second logger, a second tray icon, a second sync of the same cache).
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            desktop::second_launch(app, &launch::SecondLaunch::from_args(&args));
        }))
        .plugin(log_plugin(&options))
        .plugin(window_state_plugin(&options))
        .plugin(tauri_plugin_notification::init())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .arg(desktop::HIDDEN_FLAG)
                .build(),
        );
    match compose(builder, options).build(tauri::generate_context!()) {
        Ok(app) => app.run(desktop::on_run_event),
        // Nothing is on screen yet when the runtime fails to start: stderr is the only place
        // left to say why, and a non-zero status lets a launcher or a test notice.
        Err(err) => {
            if is_handover_to_a_leaving_instance(&err.to_string()) {
                start_again_once();
            }
            eprintln!("Webitel Hooks could not start: {err}");
            std::process::exit(1);
        }
    }
}

/// Set in the environment of the one retry of [`start_again_once`], so that it is only one.
const RETRY_ENV: &str = "WEBITEL_HOOKS_START_RETRY";

/// A launch right after a quit finds the previous instance still holding the single-instance
/// name while it exits: handing the arguments over fails (D-Bus `NoReply` or `ServiceUnknown`),
/// and the plugin fails the build. Nothing else of this process has started by then.
fn is_handover_to_a_leaving_instance(error: &str) -> bool {
    error.contains("single-instance")
        && (error.contains("NoReply") || error.contains("ServiceUnknown"))
}

/// Starts this program again with the same arguments once the leaving instance has had a moment
/// to let its name go, and ends with the new process's status. A second failure is told as any
/// other, since the retry does not retry.
fn start_again_once() {
    if std::env::var_os(RETRY_ENV).is_some() {
        return;
    }
    std::thread::sleep(std::time::Duration::from_millis(750));
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let status = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(RETRY_ENV, "1")
        .status();
    if let Ok(status) = status {
        std::process::exit(status.code().unwrap_or(1));
    }
}

/// The app on any runtime: the real one in `run`, the mock one in the tests.
fn compose<R: Runtime>(builder: Builder<R>, options: LaunchOptions) -> Builder<R> {
    builder
        // The tray's "Disable all hooks of <queue>" asks first, in a native dialog.
        .plugin(tauri_plugin_dialog::init())
        .manage(browser::Browser::system())
        .invoke_handler(commands::handler())
        .on_window_event(desktop::on_window_event)
        .setup(move |app| {
            options.log_notes();
            tracing::debug!(?options, "launch options");
            webview::size_caches(app.handle());
            startup::start(app.handle(), &options);
            tray::install(app.handle());
            desktop::show_at_start(app.handle(), &options);
            Ok(())
        })
}

/// Size and position are remembered; visibility is not: `--hidden` and close to tray decide
/// that, and a window restored hidden would look like an app that did not start. Kept in the OS
/// config folder, or beside the data with `--data-dir` (so that a test's or a demo's window
/// does not inherit another's): the plugin joins its file name to the config folder, and
/// joining an absolute path gives that path.
fn window_state_plugin<R: Runtime>(options: &LaunchOptions) -> tauri::plugin::TauriPlugin<R> {
    let mut builder = tauri_plugin_window_state::Builder::new()
        .with_state_flags(StateFlags::all() - StateFlags::VISIBLE);
    if let Some(dir) = &options.data_dir {
        if let Some(path) = std::path::absolute(dir.join("window-state.json"))
            .ok()
            .and_then(|p| p.to_str().map(str::to_owned))
        {
            builder = builder.with_filename(path);
        }
    }
    builder.build()
}

/// Logs to the OS log folder (or `<data dir>/logs` when `--data-dir` is given, so that a test's
/// or a demo's logs stay with its data) and to stderr. `RUST_LOG` picks the level (`info` when
/// unset or not a level). The core logs through `tracing`, whose `log` feature hands every event
/// to this logger, since no tracing subscriber is set.
fn log_plugin<R: Runtime>(options: &LaunchOptions) -> tauri::plugin::TauriPlugin<R> {
    let level = std::env::var("RUST_LOG")
        .ok()
        .and_then(|v| v.trim().parse::<log::LevelFilter>().ok())
        .unwrap_or(log::LevelFilter::Info);
    // `webitel-hooks.log`: the product name would put a space in the file's name.
    let file_name = Some(env!("CARGO_PKG_NAME").to_owned());
    let file = match &options.data_dir {
        Some(dir) => TargetKind::Folder {
            path: dir.join("logs"),
            file_name,
        },
        None => TargetKind::LogDir { file_name },
    };
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([Target::new(file), Target::new(TargetKind::Stderr)])
        .level(level)
        // The HTTP and D-Bus stacks tell every connection at `debug`; the app's own lines matter.
        .level_for("hyper_util", log::LevelFilter::Warn)
        .level_for("zbus", log::LevelFilter::Warn)
        .level_for("tracing", log::LevelFilter::Warn)
        .max_file_size(2_000_000)
        .rotation_strategy(tauri_plugin_log::RotationStrategy::KeepSome(3))
        .build()
}
