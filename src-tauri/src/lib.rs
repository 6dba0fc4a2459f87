//! The Tauri shell: composes state, commands and start-up over `webitel-hooks-core`.
//!
//! - [`launch`]: the command-line flags and environment the app starts with;
//! - [`startup`]: what `setup` does (open the cache, sign in in the background);
//! - [`state`]: the managed state every command reads;
//! - [`commands`]: the IPC commands, one per model `Command`;
//! - [`events`]: what the native side tells every view;
//! - [`error`]: the one mapping of a failure to the `AppError` that crosses IPC.

mod commands;
mod error;
mod events;
mod launch;
mod startup;
mod state;
mod tray;

#[cfg(test)]
mod tests;

use tauri::{Builder, Runtime};

pub use error::{Error, Result};
pub use launch::LaunchOptions;

/// Builds and runs the app until its last window closes.
pub fn run() {
    init_logging();
    let options = LaunchOptions::from_process();
    tracing::debug!(?options, "launch options");
    let app = compose(tauri::Builder::default(), options).run(tauri::generate_context!());
    // Nothing is on screen yet when the runtime fails to start: stderr is the only place left
    // to say why, and a non-zero status lets a launcher or a test notice.
    if let Err(err) = app {
        eprintln!("Webitel Hooks could not start: {err}");
        std::process::exit(1);
    }
}

/// The app on any runtime: the real one in `run`, the mock one in the tests.
fn compose<R: Runtime>(builder: Builder<R>, options: LaunchOptions) -> Builder<R> {
    builder
        .invoke_handler(commands::handler())
        .setup(move |app| {
            startup::start(app.handle(), &options);
            tray::install(app.handle());
            Ok(())
        })
}

/// Logs to stderr; `RUST_LOG` picks the level (`info` when unset). The core logs through
/// `tracing` too, so its warnings (a cache write that failed) land here.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Fails only when a subscriber is already set, which then keeps logging.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, not in a launcher's or a test's log file.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}
