//! The Tauri shell: composes plugins, commands and the tray over `webitel-hooks-core`.

mod commands;
mod error;

pub use error::{Error, Result};

/// Builds and runs the app until its last window closes.
pub fn run() {
    let app = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::app_info])
        .run(tauri::generate_context!());
    // Nothing is on screen yet when the runtime fails to start: stderr is the only place left
    // to say why, and a non-zero status lets a launcher or a test notice.
    if let Err(err) = app {
        eprintln!("Webitel Hooks could not start: {err}");
        std::process::exit(1);
    }
}
