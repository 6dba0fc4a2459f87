//! `ProfileBook`: the server profiles of this desktop and the session of the active one.
//!
//! What must hold:
//! - profiles (public data) live in `profiles.sqlite3`; each profile's cache is its own file,
//!   `cache-<id>.sqlite3`, deleted with the profile or on "wipe";
//! - secrets live only in the [`Vault`]: the OS keyring, or, for a sign-in "for this session
//!   only", a memory vault that ends with the app; never in a file;
//! - one profile is active: the registry holds its session and its cache, and a [`Renewal`] that
//!   signs in again with the remembered password, or reports `PasswordNeeded`;
//! - every change of the session is told through [`ProfileBook::session_status`].
//! - a copy into another profile works on a registry of its own (`target`,
//!   [`ProfileBook::registry_for`]), never on the active one's session, sync or status.
//!
//! Keyring calls block on the platform (D-Bus on Linux): they run on tokio's blocking pool.

mod access;
mod table;
mod target;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::watch;
use webitel_api::AccessToken;
use webitel_hooks_model::commands::{RenameProfileArgs, SessionStatus, SetAdminAddressArgs};
use webitel_hooks_model::{admin_flow_address, Profile, ProfileId, ProfileList, SchemaId};

use crate::error::{Error, InputProblem, KeyringDown, Result};
use crate::registry::HookRegistry;
use crate::session::{displayable_server, revoke_token, SecondFactor};
use crate::sync::{SyncOptions, SyncRunner};
use crate::vault::{EntryName, Secret, SecretKind, Vault};

pub use table::ProfileRow;

/// The file of the profiles, in the data folder.
pub const PROFILES_FILE: &str = "profiles.sqlite3";

/// The profiles, the vaults, and the registry whose session and cache follow the active profile.
#[derive(Clone)]
pub struct ProfileBook {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for ProfileBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileBook")
            .field("data_dir", &self.inner.data_dir)
            .field("keyring", &self.inner.keyring)
            .finish_non_exhaustive()
    }
}

struct Inner {
    data_dir: PathBuf,
    table: table::ProfileTable,
    keyring: Vault,
    /// The secrets of profiles signed in for this session only.
    memory: Vault,
    session_only: Mutex<HashSet<ProfileId>>,
    registry: Arc<HookRegistry>,
    /// Sign-ins waiting for their one-time code, in memory only.
    pending: Mutex<HashMap<ProfileId, Pending>>,
    active: Mutex<Option<ProfileId>>,
    status: watch::Sender<SessionStatus>,
    /// The one sync runner, over the registry (so it follows the active profile's cache and
    /// session).
    sync: Arc<SyncRunner>,
}

struct Pending {
    step: SecondFactor,
    password: Secret,
    remember: bool,
    session_only: bool,
}

/// A session of `row`'s profile from its kept `token`, unchecked, with the user and rights its
/// cache `store` holds from the last online sign-in; `None` when the cache holds none (no online
/// sign-in was ever cached there).
fn from_cached_account(
    row: &ProfileRow,
    token: &Secret,
    store: &crate::store::Store,
) -> Result<Option<crate::session::SignedIn>> {
    let Some(account) = store.account()? else {
        return Ok(None);
    };
    crate::session::SignedIn::unchecked(
        &row.profile.server,
        row.ca_certificate_pem.as_deref(),
        AccessToken::new(token.expose()),
        account.username,
        account.permissions,
    )
    .map(Some)
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Each lock guards one short update that a panic cannot leave half-done.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl ProfileBook {
    /// Opens the profiles in `data_dir` over `keyring` (normally [`Vault::os`]), driving
    /// `registry`'s session and cache.
    pub fn open(
        data_dir: impl AsRef<Path>,
        keyring: Vault,
        registry: Arc<HookRegistry>,
    ) -> Result<ProfileBook> {
        ProfileBook::open_with(data_dir, || keyring, registry)
    }

    /// [`ProfileBook::open`] with the keyring made by `keyring` (normally [`Vault::os`], whose
    /// probe is a D-Bus round trip) on a thread of its own while the profiles file opens: the
    /// start waits for the slower of the two, not for both. Blocks; call it off the async
    /// runtime.
    pub fn open_with(
        data_dir: impl AsRef<Path>,
        keyring: impl FnOnce() -> Vault + Send,
        registry: Arc<HookRegistry>,
    ) -> Result<ProfileBook> {
        let data_dir = data_dir.as_ref().to_path_buf();
        let (keyring, table) = std::thread::scope(|scope| {
            let probe = scope.spawn(|| {
                let started = std::time::Instant::now();
                let vault = keyring();
                tracing::info!(ms = started.elapsed().as_millis(), "the keyring probed");
                vault
            });
            let started = std::time::Instant::now();
            let table = table::ProfileTable::open(&data_dir.join(PROFILES_FILE));
            tracing::info!(ms = started.elapsed().as_millis(), "the profiles opened");
            // A probe that panicked is a keyring the app cannot use.
            let keyring = probe
                .join()
                .unwrap_or_else(|_| Vault::unavailable(KeyringDown::ProbeStopped));
            (keyring, table)
        });
        let table = table?;
        Ok(ProfileBook {
            inner: Arc::new(Inner {
                data_dir,
                table,
                keyring,
                memory: Vault::memory(),
                session_only: Mutex::default(),
                registry: registry.clone(),
                pending: Mutex::default(),
                active: Mutex::default(),
                status: watch::Sender::new(SessionStatus::SignedOut),
                sync: Arc::new(SyncRunner::new(registry.clone(), SyncOptions::default())),
            }),
        })
    }

    pub fn registry(&self) -> &Arc<HookRegistry> {
        &self.inner.registry
    }

    /// The sync runner of this book: its status, "Sync now", conflict choices, and the
    /// background loop (`run_in_background(book.session_status())`, spawned once by the shell).
    pub fn sync(&self) -> Arc<SyncRunner> {
        self.inner.sync.clone()
    }

    /// Where the session stands, now and at every change (sign-in, sign-out, password needed).
    pub fn session_status(&self) -> watch::Receiver<SessionStatus> {
        self.inner.status.subscribe()
    }

    /// `list_profiles`.
    pub fn list_profiles(&self) -> Result<ProfileList> {
        Ok(ProfileList {
            profiles: self.inner.table.all()?,
            last_used: self.inner.table.last_used()?,
            keyring: self.inner.keyring.state(),
        })
    }

    /// The profile used last, which opens at start.
    pub fn last_used(&self) -> Result<Option<ProfileId>> {
        self.inner.table.last_used()
    }

    pub fn active_profile(&self) -> Option<ProfileId> {
        *lock(&self.inner.active)
    }

    pub fn profile(&self, id: ProfileId) -> Result<ProfileRow> {
        self.inner.table.get(id)
    }

    /// `rename_profile`.
    pub fn rename_profile(&self, args: RenameProfileArgs) -> Result<Profile> {
        let name = args.name.trim();
        if name.is_empty() {
            return Err(InputProblem::NoProfileName.into());
        }
        self.inner.table.rename(args.profile_id, name)?;
        self.changed(args.profile_id)
    }

    /// `set_admin_address`: an http(s) address of a host, kept without credentials, query or
    /// fragment; empty goes back to the server's own admin.
    pub fn set_admin_address(&self, args: SetAdminAddressArgs) -> Result<Profile> {
        let address = match args.admin_address.trim() {
            "" => None,
            typed => Some(
                displayable_server(typed)
                    .map_err(|_| Error::Invalid(InputProblem::BadAdminAddress))?,
            ),
        };
        self.inner
            .table
            .set_admin_address(args.profile_id, address.as_deref())?;
        self.changed(args.profile_id)
    }

    /// The address of a flow schema's page in the active profile's admin (`open_flow`).
    pub fn flow_address(&self, flow: SchemaId) -> Result<String> {
        if flow.0 <= 0 {
            return Err(InputProblem::NoFlow.into());
        }
        let id = self.active_profile().ok_or(Error::NotSignedIn)?;
        let profile = self.inner.table.get(id)?.profile;
        Ok(admin_flow_address(&profile.effective_admin_address(), flow))
    }

    /// The profile as saved now; when it is the active one, the session shows its name too.
    fn changed(&self, id: ProfileId) -> Result<Profile> {
        let saved = self.inner.table.get(id)?.profile;
        if self.active_profile() == Some(id) {
            if let Some(session) = self.inner.registry.current_session() {
                if let Some(mut profile) = session.profile() {
                    profile.name = saved.name.clone();
                    session.set_profile(profile);
                    self.inner.status.send_replace(SessionStatus::SignedIn {
                        session: session.info(),
                    });
                }
            }
        }
        Ok(saved)
    }

    /// `remove_profile`: signs out if it is active (else ends its kept token on the server,
    /// when the server answers within [`REVOKE_WAIT`]), then deletes its keyring entries, its
    /// cache file and its row. When the keyring refuses, the profile stays, so that nothing is
    /// left behind unseen: the error says to unlock it and try again.
    pub async fn remove_profile(&self, id: ProfileId) -> Result<()> {
        let row = self.inner.table.get(id)?;
        if self.active_profile() == Some(id) {
            self.sign_out_active(true).await?;
        } else {
            self.revoke_kept_token(&row).await;
        }
        lock(&self.inner.pending).remove(&id);
        let names =
            [SecretKind::Token, SecretKind::Password].map(|kind| entry_name(&row.profile, kind));
        for name in &names {
            self.inner.memory.delete(name)?;
        }
        if self.inner.keyring.is_available() {
            let keyring = self.inner.keyring.clone();
            let names = names.clone();
            blocking(move || names.iter().try_for_each(|n| keyring.delete(n))).await?;
        } else {
            tracing::warn!(profile = %id, "no keyring: its entries, if any, could not be deleted");
        }
        lock(&self.inner.session_only).remove(&id);
        self.remove_cache(id)?;
        self.inner.table.remove(id)
    }

    /// Tells the server that the token the vault keeps for `row` is dead. A server that cannot
    /// be reached lets it expire: the removal goes on, with a log line.
    async fn revoke_kept_token(&self, row: &ProfileRow) {
        let vault = self.vault_for(row.profile.id);
        if !vault.is_available() {
            return;
        }
        let name = entry_name(&row.profile, SecretKind::Token);
        let token = match blocking(move || vault.read(&name)).await {
            Ok(Some(token)) => token,
            Ok(None) => return,
            Err(err) => {
                tracing::warn!(profile = %row.profile.id, error = %err, "the kept token was not read");
                return;
            }
        };
        let revoked = tokio::time::timeout(
            REVOKE_WAIT,
            revoke_token(
                &row.profile.server,
                row.ca_certificate_pem.as_deref(),
                AccessToken::new(token.expose()),
            ),
        )
        .await;
        match revoked {
            Ok(Ok(())) => {}
            Ok(Err(err)) => {
                tracing::warn!(profile = %row.profile.id, error = %err, "the server was not told the token ends");
            }
            Err(_) => {
                tracing::warn!(profile = %row.profile.id, "the server did not answer the sign-out in time");
            }
        }
    }

    /// This profile's cache file.
    pub fn cache_path(&self, id: ProfileId) -> PathBuf {
        self.inner.data_dir.join(format!("cache-{id}.sqlite3"))
    }

    /// Deletes the cache file (and SQLite's side files) of a profile that is not active.
    fn remove_cache(&self, id: ProfileId) -> Result<()> {
        let path = self.cache_path(id);
        for suffix in ["", "-wal", "-shm"] {
            let mut file = path.clone().into_os_string();
            file.push(suffix);
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(Error::CacheNotDeleted {
                        path: PathBuf::from(file),
                        detail: e.to_string(),
                    })
                }
            }
        }
        Ok(())
    }

    /// The vault that holds this profile's secrets in this run.
    fn vault_for(&self, id: ProfileId) -> Vault {
        if lock(&self.inner.session_only).contains(&id) {
            self.inner.memory.clone()
        } else {
            self.inner.keyring.clone()
        }
    }
}

/// How long removing a profile waits for the server to end its token.
pub const REVOKE_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The entry of one secret of a profile.
pub fn entry_name(profile: &Profile, kind: SecretKind) -> EntryName {
    EntryName::new(profile.id, &profile.server, &profile.username, kind)
}

/// Runs a keyring call on the blocking pool.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::KeyringTaskStopped {
            detail: e.to_string(),
        })?
}
