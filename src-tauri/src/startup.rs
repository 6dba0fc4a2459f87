//! What `setup` does: manage the [`Backend`] and the settings, then, in the background, probe the
//! keyring, open the profiles, start the background sync (it follows the session: a run after
//! every sign-in or resume, every few minutes, and with backoff while offline), and sign in
//! (launch options) or resume the profile used last.
//!
//! Nothing here may fail the start: a window that does not open says nothing, so every failure
//! becomes an [`Error`] that `session_info` and the commands answer with.

use std::path::PathBuf;
use std::sync::Arc;

use tauri::{AppHandle, Manager, Runtime};
use webitel_hooks_core::session::displayable_server;
use webitel_hooks_core::{HookRegistry, ProfileBook, Store, Vault};
use webitel_hooks_model::commands::{SignInArgs, SignInOutcome};
use webitel_hooks_model::{KeyringState, NewProfile, ProfileTarget};

use crate::error::Error;
use crate::events;
use crate::launch::{LaunchOptions, StartupSignIn};
use crate::notify;
use crate::settings::SettingsStore;
use crate::state::{AppPaths, Backend};

/// Starts with the OS keyring.
pub fn start<R: Runtime>(app: &AppHandle<R>, options: &LaunchOptions) {
    start_with(app, options, Vault::os);
}

/// Manages the [`Backend`] and starts the start-up attempt without holding up the window.
/// `keyring` makes the vault (normally [`Vault::os`], which blocks on D-Bus: it runs on the
/// blocking pool, once).
pub fn start_with<R, K>(app: &AppHandle<R>, options: &LaunchOptions, keyring: K)
where
    R: Runtime,
    K: FnOnce() -> Vault + Send + 'static,
{
    app.manage(Backend::new());
    let dir = data_dir(app, options);
    app.manage(SettingsStore::open(dir.as_deref().ok()));
    app.manage(AppPaths {
        data_dir: dir.as_ref().ok().cloned(),
        log_dir: log_dir(app, options),
    });
    let sign_in = options.startup_sign_in();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let backend = app.state::<Backend>();
        let book = match open_book(dir, keyring).await {
            Ok(book) => book,
            Err(err) => {
                tracing::error!(error = %err, "the app starts without its profiles");
                backend.set_book(Err(err.clone()));
                backend.finish_startup(Err(err));
                return;
            }
        };
        events::forward_session_status(&app, &book);
        events::forward_sync_status(&app, &book);
        events::forward_sync_runs(&app, &book);
        let registry = book.registry().clone();
        // Journal entries older than the settings' days go after each sync run (the first one
        // follows the sign-in below).
        registry.set_journal_days(app.state::<SettingsStore>().get().journal_days);
        notify::follow(&app, book.sync().runs(), move || {
            registry.session_info().map(|s| s.server)
        });
        // Spawned before the sign-in below, so that its first run follows that sign-in.
        tauri::async_runtime::spawn(book.sync().run_in_background(book.session_status()));
        backend.set_book(Ok(book.clone()));
        let outcome = match sign_in {
            Some(sign_in) => sign_in_at_start(&book, sign_in).await,
            None => resume_last(&book).await,
        };
        backend.finish_startup(outcome);
    });
}

/// Probes the keyring and opens the profiles file, side by side and off the async runtime.
async fn open_book<K>(dir: Result<PathBuf, Error>, keyring: K) -> Result<ProfileBook, Error>
where
    K: FnOnce() -> Vault + Send + 'static,
{
    let dir = dir?;
    tracing::info!(data_dir = %dir.display(), "opening the profiles");
    tauri::async_runtime::spawn_blocking(move || {
        // The active profile's cache replaces this one at sign-in.
        let registry = Arc::new(HookRegistry::new(Store::in_memory()?));
        ProfileBook::open_with(&dir, keyring, registry)
    })
    .await
    .map_err(|err| Error::ProfilesNotOpened(err.to_string()))?
    .map_err(Error::from)
}

/// Signs in to the profile of the launch options' server and username, created (named after
/// the host) when missing; the password is not remembered, and without a keyring nothing is kept.
async fn sign_in_at_start(book: &ProfileBook, sign_in: StartupSignIn) -> Result<(), Error> {
    let list = book.list_profiles()?;
    let server = displayable_server(&sign_in.server).unwrap_or_else(|_| sign_in.server.clone());
    let profile = match list
        .profiles
        .iter()
        .find(|p| p.server == server && p.username == sign_in.username)
    {
        Some(existing) => ProfileTarget::Existing {
            profile_id: existing.id,
            ca_certificate_pem: None,
        },
        None => ProfileTarget::New {
            profile: NewProfile {
                name: String::new(),
                server: sign_in.server.clone(),
                username: sign_in.username.clone(),
                ca_certificate_pem: None,
            },
        },
    };
    let args = SignInArgs {
        profile,
        password: sign_in.password,
        remember: false,
        session_only: list.keyring != KeyringState::Available,
    };
    let outcome = book.sign_in(args).await;
    match outcome {
        Ok(SignInOutcome::SignedIn { session }) => {
            tracing::info!(server = %session.server, username = %session.username, "signed in at start");
            Ok(())
        }
        Ok(SignInOutcome::SecondFactorRequired { .. }) => {
            let err = Error::SecondFactorAtStart;
            tracing::warn!(error = %err, "the sign-in at start needs a one-time code");
            Err(err)
        }
        Err(err) => {
            tracing::warn!(error = %err, "the sign-in at start failed");
            Err(err.into())
        }
    }
}

/// Resumes the profile used last, if any; a failure is the reason the Sign-in screen shows.
async fn resume_last(book: &ProfileBook) -> Result<(), Error> {
    match book.resume_last().await {
        None => Ok(()),
        Some(Ok(session)) => {
            tracing::info!(server = %session.server, username = %session.username, "resumed the last profile");
            Ok(())
        }
        Some(Err(err)) => {
            tracing::info!(error = %err, "the last profile was not resumed");
            Err(err.into())
        }
    }
}

/// Where the log plugin writes (see `lib.rs`): `<data dir>/logs` with `--data-dir`, the OS log
/// folder otherwise.
fn log_dir<R: Runtime>(app: &AppHandle<R>, options: &LaunchOptions) -> Option<PathBuf> {
    match &options.data_dir {
        Some(dir) => Some(dir.join("logs")),
        None => app.path().app_log_dir().ok(),
    }
}

fn data_dir<R: Runtime>(app: &AppHandle<R>, options: &LaunchOptions) -> Result<PathBuf, Error> {
    if let Some(dir) = &options.data_dir {
        return Ok(dir.clone());
    }
    app.path()
        .app_data_dir()
        .map_err(|err| Error::NoDataFolder(err.to_string()))
}
