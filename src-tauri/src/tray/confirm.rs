//! The native confirmation before "Disable all hooks of <queue>" from the menu, and the
//! desktop notification when a tray action fails (the window may be hidden: a log line alone
//! would leave the user thinking it worked).

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{Dialog, DialogExt, MessageDialogButtons, MessageDialogKind};
use tauri_plugin_notification::{Notification, NotificationExt};

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
    let hooks = if count == 1 {
        "its enabled hook".to_owned()
    } else {
        format!("its {count} enabled hooks")
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .message(format!(
            "Disable {hooks}? Calls in {queue} stop starting their flows until the hooks are enabled again."
        ))
        .title(format!("Disable all hooks of {queue}"))
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            "Disable all".to_owned(),
            "Cancel".to_owned(),
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
    let err = err.to_app_error();
    if app.try_state::<Notification<R>>().is_none() {
        return;
    }
    let shown = app
        .notification()
        .builder()
        .title(what)
        .body(&err.message)
        .show();
    if let Err(shown) = shown {
        tracing::warn!(error = %shown, "the notification was not shown");
    }
}
