//! What each tray item does. A click and `--tray-item` from a second launch both come here, so
//! the command line does exactly what the menu does (bar the confirmation it stands for).
//!
//! The decisions are core's (`HookRegistry::flip_hook`, `cached_enabled_hooks`,
//! `disable_hooks`): a hook is toggled through the registry, as the window toggles it, online or
//! into the outbox offline; this module wires them to the items, asks before "Disable all", and
//! sends `hooks-changed` to every view, the window included.

use std::sync::Arc;

use tauri::{AppHandle, Manager, Runtime};
use webitel_hooks_core::registry::recorded_as;
use webitel_hooks_core::HookRegistry;
use webitel_hooks_model::{ChangeOrigin, HookId, HookOwner};

use super::confirm;
use super::model::TrayItem;
use super::source;
use crate::desktop::MAIN_WINDOW;
use crate::error::{Error, Result};
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
pub async fn act<R: Runtime>(app: &AppHandle<R>, item: TrayItem, origin: Origin) -> Result<()> {
    match item {
        TrayItem::Show => show_or_hide(app, origin),
        // Not actions: the status line is disabled, a submenu only opens.
        TrayItem::Status | TrayItem::Owner(_) => Ok(()),
        TrayItem::Sync => sync(app).await,
        TrayItem::Hook { owner, hook_id } => toggle(app, owner, hook_id).await,
        TrayItem::DisableAll(owner) => disable_all(app, owner, origin).await,
        TrayItem::Quit => {
            app.exit(0);
            Ok(())
        }
    }
}

fn show_or_hide<R: Runtime>(app: &AppHandle<R>, origin: Origin) -> Result<()> {
    let window = app
        .get_webview_window(MAIN_WINDOW)
        .ok_or(Error::WindowGone)?;
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
    done.map_err(|err| Error::WindowNotChanged {
        hide,
        detail: err.to_string(),
    })
}

fn registry<R: Runtime>(app: &AppHandle<R>) -> Result<Arc<HookRegistry>> {
    match app.try_state::<Backend>() {
        Some(backend) => backend.registry(),
        None => Err(Error::StillStarting),
    }
}

/// Starts a sync and returns at once; its progress reaches the menu (and the window) as
/// `sync-status`. A run already going is waited for, then another runs, as the window's button.
async fn sync<R: Runtime>(app: &AppHandle<R>) -> Result<()> {
    let registry = registry(app)?;
    if registry.session_info().is_none() {
        return Err(Error::SyncWithoutSession);
    }
    let runner = match app.try_state::<Backend>() {
        Some(backend) => backend.sync()?,
        None => return Err(Error::StillStarting),
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
async fn toggle<R: Runtime>(app: &AppHandle<R>, owner: HookOwner, hook_id: HookId) -> Result<()> {
    let outcome = async {
        let registry = registry(app)?;
        Ok(recorded_as(ChangeOrigin::Tray, registry.flip_hook(owner, hook_id)).await?)
    }
    .await;
    match outcome {
        Ok(_) => {
            events::hooks_changed(app, owner);
            Ok(())
        }
        Err(err) => {
            // The platform flipped the check mark on the click: put it back.
            super::refresh(app);
            Err(err)
        }
    }
}

/// Disables every enabled hook of the queue or team, after the user confirmed (from the menu).
/// One failure does not stop the others.
async fn disable_all<R: Runtime>(
    app: &AppHandle<R>,
    owner: HookOwner,
    origin: Origin,
) -> Result<()> {
    let registry = registry(app)?;
    let name = registry.cached_owner_name(owner);
    let enabled = registry.cached_enabled_hooks(owner)?;
    if enabled.is_empty() {
        return Ok(());
    }
    if origin == Origin::Menu && !confirm::disable_all(app, &name, enabled.len()).await? {
        return Ok(());
    }
    // One batch of the journal, from the tray.
    let outcome = recorded_as(ChangeOrigin::Tray, registry.disable_hooks(owner, &enabled)).await;
    if outcome.disabled > 0 {
        events::hooks_changed(app, owner);
    } else {
        super::refresh(app);
    }
    Ok(outcome.into_result(&name)?)
}
