//! The commands the webview may call. Each one is a few lines: read the arguments, call the
//! core, map the error. Names, arguments and answers are the model's `Command` contract: a
//! command's function is named after its `Command::NAME` and takes one argument, `args`.

use tauri::{AppHandle, Runtime};
use webitel_hooks_model::commands::{AppInfo, NoArgs};

use crate::error::Result;

/// [`webitel_hooks_model::commands::GetAppInfo`]: the product name and version, as bundled
/// (`productName` in tauri.conf.json, the package's version).
#[tauri::command]
pub fn app_info<R: Runtime>(app: AppHandle<R>, args: NoArgs) -> Result<AppInfo> {
    // Takes nothing; destructured so that a field added to the arguments is noticed here.
    let NoArgs {} = args;
    let package = app.package_info();
    Ok(AppInfo {
        name: package.name.clone(),
        version: package.version.to_string(),
    })
}
