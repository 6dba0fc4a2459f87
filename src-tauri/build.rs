//! Generates the Tauri context and the permissions of the app's own commands.

/// Every command the app registers. Naming them here makes tauri-build generate an
/// `allow-<command>` permission for each, and turns app commands from allowed-by-default into an
/// allow-list: a command that no capability grants cannot be called from the webview.
/// `commands::tests` checks this list against the names in `src-tauri/src/commands.rs`.
const COMMANDS: &[&str] = &["app_info"];

fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        // A build script reports failure by exiting non-zero; the message is what cargo shows.
        eprintln!("tauri-build failed: {err:#}");
        std::process::exit(1);
    }
}
