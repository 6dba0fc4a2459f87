//! The native confirmation before "Disable all hooks of <queue>" from the menu, and the
//! desktop notification when a tray action fails (the window may be hidden: a log line alone
//! would leave the user thinking it worked).

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{Dialog, DialogExt, MessageDialogButtons, MessageDialogKind};
use tauri_plugin_notification::{Notification, NotificationExt};

use webitel_hooks_i18n::{error_text, text, text_with};

use crate::error::Error;

/// Asks whether to disable the `count` enabled hooks of `queue`; `true` to go ahead.
pub async fn disable_all<R: Runtime>(
    app: &AppHandle<R>,
    queue: &str,
    count: usize,
) -> Result<bool, Error> {
    if app.try_state::<Dialog<R>>().is_none() {
        return Err(Error::NoConfirmation {
            queue: queue.to_owned(),
        });
    }
    let language = crate::settings::language(app);
    let args = [("queue", queue.into()), ("count", count.into())];
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .message(text_with(language, "tray-confirm-text", &args))
        .title(text_with(language, "tray-confirm-title", &args))
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            text(language, "tray-confirm-yes"),
            text(language, "tray-confirm-no"),
        ))
        .show(move |confirmed| {
            let _ = tx.send(confirmed);
        });
    // A dialog dropped without an answer (the app is closing) declines.
    Ok(rx.await.unwrap_or(false))
}

/// Tells the user a tray action failed: a desktop notification when the app can send one,
/// the log always.
pub fn report<R: Runtime>(app: &AppHandle<R>, what: &str, err: &Error) {
    tracing::warn!(error = %err, "{what}");
    let body = error_text(crate::settings::language(app), &err.to_app_error());
    if app.try_state::<Notification<R>>().is_none() {
        return;
    }
    let shown = app.notification().builder().title(what).body(&body).show();
    if let Err(shown) = shown {
        tracing::warn!(error = %shown, "the notification was not shown");
    }
}
