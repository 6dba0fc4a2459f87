//! Calls into the native side. The only way the UI reaches anything outside the webview: it
//! never talks to the network and never sees a token.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use webitel_hooks_model::commands::Command;
use webitel_hooks_model::{AppError, ErrorCode};

#[wasm_bindgen]
extern "C" {
    /// `window.__TAURI__.core.invoke`, present because `app.withGlobalTauri` is on. `catch`
    /// turns a rejected promise, and a missing `__TAURI__` (the page opened in a browser), into
    /// an `Err` instead of an exception.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = invoke, catch)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// The envelope of every command's argument: the native side takes one parameter, `args`.
#[derive(Serialize)]
struct Envelope<'a, A> {
    args: &'a A,
}

/// Calls the command `C` with `args` and reads its answer: the name and both types come from
/// the model, so a typo or a mismatch does not compile.
pub async fn invoke<C: Command>(args: &C::Args) -> Result<C::Output, AppError> {
    // JSON-compatible: maps become plain objects, which is what the native side deserializes.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = Envelope { args }
        .serialize(&serializer)
        .map_err(|err| window_error("error-window-request", C::NAME, &err.to_string()))?;
    let answer = tauri_invoke(C::NAME, args)
        .await
        .map_err(rejection_to_error)?;
    serde_wasm_bindgen::from_value(answer)
        .map_err(|err| window_error("error-window-answer", C::NAME, &err.to_string()))
}

/// A failure of the window's own side of a call, by its message id.
fn window_error(id: &str, command: &str, detail: &str) -> AppError {
    let args = [("command", command), ("detail", detail)]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
    webitel_hooks_i18n::in_english(
        AppError::new(ErrorCode::Internal, String::new()).with_id(id, args),
    )
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
    window_error("error-window-refused", "", &detail)
}
