//! Calls into the native side. The only way the UI reaches anything outside the webview: it
//! never talks to the network and never sees a token.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use webitel_hooks_model::{AppError, ErrorCode};

#[wasm_bindgen]
extern "C" {
    /// `window.__TAURI__.core.invoke`, present because `app.withGlobalTauri` is on. `catch`
    /// turns a rejected promise, and a missing `__TAURI__` (the page opened in a browser), into
    /// an `Err` instead of an exception.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// The IPC name of the `app_info` command.
pub const APP_INFO: &str = "app_info";

/// The answer of [`APP_INFO`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
}

/// The product name and version of the running app.
pub async fn app_info() -> Result<AppInfo, AppError> {
    invoke(APP_INFO, &NoArgs {}).await
}

/// Arguments of a command that takes none: Tauri expects an object, never `null`.
#[derive(Serialize)]
struct NoArgs {}

/// Calls the command `cmd` with `args` and reads its answer as `R`.
pub async fn invoke<A, R>(cmd: &str, args: &A) -> Result<R, AppError>
where
    A: Serialize + ?Sized,
    R: DeserializeOwned,
{
    // JSON-compatible: maps become plain objects, which is what the native side deserializes.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args.serialize(&serializer).map_err(|err| {
        AppError::new(
            ErrorCode::Internal,
            format!("The window could not prepare the request {cmd} ({err})."),
        )
    })?;
    let answer = tauri_invoke(cmd, args).await.map_err(rejection_to_error)?;
    serde_wasm_bindgen::from_value(answer).map_err(|err| {
        AppError::new(
            ErrorCode::Internal,
            format!("The window could not read the answer to {cmd} ({err}). Restart the app."),
        )
    })
}

/// What a rejected `invoke` carries: an `AppError` from our commands; a bare string from Tauri
/// itself (an unknown or forbidden command); a JS exception when there is no Tauri at all.
fn rejection_to_error(value: JsValue) -> AppError {
    if let Ok(err) = serde_wasm_bindgen::from_value::<AppError>(value.clone()) {
        return err;
    }
    let detail = match value.as_string() {
        Some(text) => text,
        None => match value.dyn_ref::<js_sys::Error>() {
            Some(err) => String::from(err.message()),
            None => format!("{value:?}"),
        },
    };
    AppError::new(
        ErrorCode::Internal,
        format!("The app did not answer the window ({detail}). Restart the app."),
    )
}
