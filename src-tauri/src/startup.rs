//! What `setup` does: open the cache, manage the registry, and sign in in the background.
//!
//! Nothing here may fail the start: a window that does not open says nothing, so every failure
//! becomes an `AppError` that the commands answer with.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime};
use webitel_hooks_core::{HookRegistry, Store};
use webitel_hooks_model::{AppError, ErrorCode};

use crate::launch::LaunchOptions;
use crate::state::Backend;

/// The cache's file name inside the data folder.
pub const CACHE_FILE: &str = "cache.sqlite3";

/// Manages the [`Backend`] and, when the launch options name a server, a username and a
/// password, starts signing in without holding up the window.
pub fn start<R: Runtime>(app: &AppHandle<R>, options: &LaunchOptions) {
    let registry = data_dir(app, options).and_then(|dir| {
        let path = dir.join(CACHE_FILE);
        tracing::info!(cache = %path.display(), "opening the local cache");
        Store::open(&path).map(HookRegistry::new)
    });
    if let Err(err) = &registry {
        tracing::error!(error = %err, "the app starts without its cache");
    }
    let sign_in = options.startup_sign_in();
    app.manage(Backend::new(registry, sign_in.is_some()));

    let Some(sign_in) = sign_in else {
        return;
    };
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let backend = app.state::<Backend>();
        let Ok(registry) = backend.registry() else {
            // `Backend::new` already counted the start-up as done.
            return;
        };
        let outcome = registry
            .sign_in(&sign_in.server, &sign_in.credentials)
            .await
            .map(|info| {
                tracing::info!(server = %info.server, username = %info.username, "signed in");
            });
        if let Err(err) = &outcome {
            tracing::warn!(error = %err, "the sign-in at start failed");
        }
        backend.finish_startup(outcome);
    });
}

fn data_dir<R: Runtime>(app: &AppHandle<R>, options: &LaunchOptions) -> Result<PathBuf, AppError> {
    if let Some(dir) = &options.data_dir {
        return Ok(dir.clone());
    }
    app.path().app_data_dir().map_err(|err| {
        AppError::new(
            ErrorCode::Internal,
            format!(
                "The app cannot find a folder for its local cache ({err}). Start it with --data-dir and a writable folder."
            ),
        )
    })
}
