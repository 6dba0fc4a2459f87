//! The commands the webview may call. Each one is a few lines: read the arguments, call the
//! core, map the error.

use serde::Serialize;
use tauri::{AppHandle, Runtime};

use crate::error::Result;

/// The IPC name of [`app_info`]; `#[tauri::command]` derives it from the function's name.
pub const APP_INFO: &str = "app_info";

/// Every command name, in the order they are registered.
pub const COMMANDS: &[&str] = &[APP_INFO];

/// What the window shows about the app itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
}

/// The product name and version, as bundled (`tauri.conf.json` and the package's version).
#[tauri::command]
pub fn app_info<R: Runtime>(app: AppHandle<R>) -> Result<AppInfo> {
    let package = app.package_info();
    Ok(AppInfo {
        name: package.name.clone(),
        version: package.version.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// tauri-build generates one permission per name listed in build.rs; a command missing there
    /// would have no permission to grant, and the webview could never call it.
    #[test]
    fn build_script_lists_every_command() {
        let build_rs = include_str!("../build.rs");
        for name in COMMANDS {
            assert!(
                build_rs.contains(&format!("\"{name}\"")),
                "build.rs does not list the command {name}"
            );
        }
    }
}
