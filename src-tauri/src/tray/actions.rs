//! What each tray item does. A click and `--tray-item` from a second launch both come here, so
//! the command line does exactly what the menu does (bar the confirmation it stands for).
//!
//! A hook is toggled through the registry, as the window toggles it: online, or into the outbox
//! offline; then `hooks-changed` goes to every view, the window included.

use std::sync::Arc;

use tauri::{AppHandle, Manager, Runtime};
use webitel_hooks_core::HookRegistry;
use webitel_hooks_model::commands::SetHookEnabledArgs;
use webitel_hooks_model::{AppError, ErrorCode, HookId, QueueId};

use super::confirm;
use super::model::TrayItem;
use super::source::{self, MAIN_WINDOW};
use crate::events;
use crate::state::Backend;

/// Who asked for the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A click in the tray menu.
    Menu,
    /// `--tray-item` handed over by a second launch, which has already shown the window: `show`
    /// keeps it shown, and `disable-all` asks nothing (typing the command is the confirmation).
    CommandLine,
}

/// Acts on `item`. `Ok` when it was done, or declined in the confirmation dialog.
pub async fn act<R: Runtime>(
    app: &AppHandle<R>,
    item: TrayItem,
    origin: Origin,
) -> Result<(), AppError> {
    match item {
        TrayItem::Show => show_or_hide(app, origin),
        // Not actions: the status line is disabled, a submenu only opens.
        TrayItem::Status | TrayItem::Queue(_) => Ok(()),
        TrayItem::Sync => sync(app).await,
        TrayItem::Hook { queue_id, hook_id } => toggle(app, queue_id, hook_id).await,
        TrayItem::DisableAll(queue_id) => disable_all(app, queue_id, origin).await,
        TrayItem::Quit => {
            app.exit(0);
            Ok(())
        }
    }
}

fn show_or_hide<R: Runtime>(app: &AppHandle<R>, origin: Origin) -> Result<(), AppError> {
    let window = app.get_webview_window(MAIN_WINDOW).ok_or_else(|| {
        AppError::new(
            ErrorCode::Internal,
            "The app's window is gone. Quit the app from the tray and start it again.",
        )
    })?;
    let hide = origin == Origin::Menu && source::window_visible(app);
    let done = if hide {
        window.hide()
    } else {
        window
            .show()
            .and_then(|()| window.unminimize())
            .and_then(|()| window.set_focus())
    };
    super::refresh(app);
    done.map_err(|err| {
        AppError::new(
            ErrorCode::Internal,
            format!(
                "The window could not be {} ({err}). Try again, or restart the app.",
                if hide { "hidden" } else { "shown" }
            ),
        )
    })
}

fn registry<R: Runtime>(app: &AppHandle<R>) -> Result<Arc<HookRegistry>, AppError> {
    match app.try_state::<Backend>() {
        Some(backend) => backend.registry(),
        None => Err(not_started()),
    }
}

fn not_started() -> AppError {
    AppError::new(
        ErrorCode::Unauthenticated,
        "You are not signed in yet. Wait for the app to finish starting, then try again.",
    )
}

/// Starts a sync and returns at once; its progress reaches the menu (and the window) as
/// `sync-status`. A run already going is waited for, then another runs, as the window's button.
async fn sync<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    let registry = registry(app)?;
    if registry.session_info().is_none() {
        return Err(AppError::new(
            ErrorCode::Unauthenticated,
            "You are not signed in. Open the window and sign in, then sync again.",
        ));
    }
    let runner = match app.try_state::<Backend>() {
        Some(backend) => backend.sync()?,
        None => return Err(not_started()),
    };
    tauri::async_runtime::spawn(async move {
        let status = runner.sync_now().await;
        if let Some(error) = &status.last_error {
            tracing::warn!(%error, "the sync started from the tray did not finish");
        }
    });
    Ok(())
}

/// Flips one hook, the way the cache shows it now.
async fn toggle<R: Runtime>(
    app: &AppHandle<R>,
    queue_id: QueueId,
    hook_id: HookId,
) -> Result<(), AppError> {
    let outcome = async {
        let registry = registry(app)?;
        let hook = source::cached_hook(&registry, queue_id, hook_id)?
            .ok_or_else(|| hook_not_listed(&registry, queue_id))?;
        registry
            .set_hook_enabled(SetHookEnabledArgs {
                queue_id,
                hook_id,
                enabled: !hook.enabled,
            })
            .await
    }
    .await;
    match outcome {
        Ok(_) => {
            events::hooks_changed(app, queue_id);
            Ok(())
        }
        Err(err) => {
            // The platform flipped the check mark on the click: put it back.
            super::refresh(app);
            Err(err)
        }
    }
}

fn hook_not_listed(registry: &HookRegistry, queue_id: QueueId) -> AppError {
    AppError::new(
        ErrorCode::NotFound,
        format!(
            "This hook is no longer among the hooks of {}. Open the window to see them as they are now.",
            source::queue_name(registry, queue_id)
        ),
    )
}

/// Disables every enabled hook of the queue, each as a toggle of its own, after the user
/// confirmed (from the menu). One failure does not stop the others.
async fn disable_all<R: Runtime>(
    app: &AppHandle<R>,
    queue_id: QueueId,
    origin: Origin,
) -> Result<(), AppError> {
    let registry = registry(app)?;
    let name = source::queue_name(&registry, queue_id);
    let enabled: Vec<_> = source::cached_hooks(&registry, queue_id)?
        .into_iter()
        .filter(|hook| hook.enabled)
        .collect();
    if enabled.is_empty() {
        return Ok(());
    }
    if origin == Origin::Menu && !confirm::disable_all(app, &name, enabled.len()).await? {
        return Ok(());
    }
    let mut disabled = 0;
    let mut failed: Vec<AppError> = Vec::new();
    for hook in &enabled {
        let args = SetHookEnabledArgs {
            queue_id,
            hook_id: hook.id,
            enabled: false,
        };
        match registry.set_hook_enabled(args).await {
            Ok(_) => disabled += 1,
            Err(err) => {
                tracing::warn!(error = %err, %queue_id, hook_id = %hook.id, "a hook was not disabled");
                failed.push(err);
            }
        }
    }
    if disabled > 0 {
        events::hooks_changed(app, queue_id);
    } else {
        super::refresh(app);
    }
    match failed.first() {
        None => Ok(()),
        Some(first) => Err(AppError::new(
            first.code,
            format!(
                "{} of the {} enabled hooks of {name} were not disabled: {}",
                failed.len(),
                enabled.len(),
                first.message
            ),
        )),
    }
}
