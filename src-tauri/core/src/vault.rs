//! Secrets in the OS keyring: Secret Service on Linux, Keychain on macOS, Credential Manager on
//! Windows (the `keyring` 4 family: `keyring-core` with one store per platform).
//!
//! What must hold:
//! - a secret is a [`Secret`], which implements neither `Serialize` nor `Debug` and is wiped from
//!   memory when dropped, so it cannot slip into IPC answers, logs or crash output;
//! - one entry per profile and kind, named so that a person browsing Seahorse, Keychain Access or
//!   the Credential Manager sees which app, server and user it belongs to (see [`EntryName`]);
//! - without a keyring the vault says so in words ([`KeyringState::Unavailable`]) and refuses:
//!   there is no plaintext fallback. A [`Vault::memory`] vault keeps secrets in this process only,
//!   for a sign-in "for this session only";
//! - keyring errors are described by this module's own sentences: some `keyring-core` errors
//!   carry the raw bytes of a secret, so they are never formatted.
//!
//! - a keyring that does not answer (a locked keyring whose unlock prompt nobody can see or
//!   answer) never hangs the app: each call waits at most its deadline ([`KEYRING_DEADLINE`]),
//!   after which the keyring counts as unavailable for the rest of this run, with a sentence
//!   that offers "for this session only".
//!
//! Every call blocks on the platform (D-Bus on Linux): async callers use `spawn_blocking`.

use std::collections::HashMap;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use keyring_core::api::CredentialStore;
use keyring_core::{Entry, Error as KeyringError};
use webitel_hooks_model::{KeyringState, ProfileId};
use zeroize::Zeroizing;

use crate::error::{Error, KeyringDown, KeyringTrouble, Result};

/// The service name of every entry: the app's name, then the server, so that a keyring browser
/// groups them per server.
pub const SERVICE_PREFIX: &str = "Webitel Hooks";

/// How long one keyring call may take before the keyring counts as unavailable.
pub const KEYRING_DEADLINE: Duration = Duration::from_secs(10);

/// Why the keyring counts as unavailable after a call that did not end in time.
pub fn stalled_reason(deadline: Duration) -> KeyringDown {
    KeyringDown::Stalled {
        seconds: deadline.as_secs().max(1),
    }
}

/// A token or password. Neither `Serialize` nor `Debug`; zeroed when dropped.
pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn new(secret: impl Into<String>) -> Self {
        Secret(Zeroizing::new(secret.into()))
    }

    /// The secret itself, for the one place that hands it to the server or the keyring.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Clone for Secret {
    fn clone(&self) -> Self {
        Secret::new(self.expose())
    }
}

/// Which secret of a profile an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretKind {
    /// The access token of the last sign-in.
    Token,
    /// The password, kept only when the user asked to remember it.
    Password,
}

impl SecretKind {
    fn word(self) -> &'static str {
        match self {
            SecretKind::Token => "token",
            SecretKind::Password => "password",
        }
    }
}

/// The name of one entry. Service `Webitel Hooks: https://cc.example.com`, account
/// `admin@demo (token, profile 3)`, label (Secret Service) `Webitel Hooks: admin@demo on
/// https://cc.example.com (token)`. The profile id keeps two profiles of one user on one server
/// apart; the profile's own name is left out because it can be renamed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntryName {
    pub service: String,
    pub account: String,
    pub label: String,
}

impl EntryName {
    pub fn new(profile: ProfileId, server: &str, username: &str, kind: SecretKind) -> Self {
        let kind = kind.word();
        EntryName {
            service: format!("{SERVICE_PREFIX}: {server}"),
            account: format!("{username} ({kind}, profile {profile})"),
            label: format!("{SERVICE_PREFIX}: {username} on {server} ({kind})"),
        }
    }
}

/// The OS keyring, a process-only memory, or the reason there is no keyring.
#[derive(Clone)]
pub struct Vault {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Os(Arc<OsKeyring>),
    Memory(Arc<Mutex<HashMap<EntryName, Secret>>>),
    Unavailable(KeyringDown),
}

/// The platform's store, each call on a thread of its own that is waited for at most
/// `deadline`; the first call that takes longer stalls the keyring for good.
struct OsKeyring {
    store: Arc<CredentialStore>,
    deadline: Duration,
    stalled: Mutex<Option<KeyringDown>>,
}

impl OsKeyring {
    fn stalled(&self) -> Option<KeyringDown> {
        self.stalled
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn call<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Arc<CredentialStore>) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        if let Some(reason) = self.stalled() {
            return Err(keyring_unavailable(&reason));
        }
        match within(self.deadline, self.store.clone(), work) {
            Some(done) => done,
            None => {
                let reason = stalled_reason(self.deadline);
                tracing::warn!(deadline = ?self.deadline, "the keyring did not answer in time");
                *self.stalled.lock().unwrap_or_else(|p| p.into_inner()) = Some(reason.clone());
                Err(keyring_unavailable(&reason))
            }
        }
    }
}

/// Runs `work` on a thread of its own; `None` when it has not ended after `deadline` (it is
/// left to end whenever it does: a blocked D-Bus call cannot be cancelled).
fn within<S: Send + 'static, T: Send + 'static>(
    deadline: Duration,
    input: S,
    work: impl FnOnce(&S) -> T + Send + 'static,
) -> Option<T> {
    let (done, ended) = mpsc::sync_channel(1);
    let spawned = std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let _ = done.send(work(&input));
        });
    if spawned.is_err() {
        return None;
    }
    ended.recv_timeout(deadline).ok()
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &self.backend {
            Backend::Os(_) => "os",
            Backend::Memory(_) => "memory",
            Backend::Unavailable(_) => "unavailable",
        };
        f.debug_struct("Vault").field("backend", &kind).finish()
    }
}

impl Vault {
    /// Connects to this platform's keyring. Never fails: without one the vault is
    /// [`KeyringState::Unavailable`] and refuses every call with that reason.
    pub fn os() -> Vault {
        Vault::os_within(KEYRING_DEADLINE)
    }

    /// [`Vault::os`], each call (the first probe included) waited for at most `deadline`.
    pub fn os_within(deadline: Duration) -> Vault {
        let connected = within(deadline, (), |()| {
            platform_store()
                .map_err(|e| unavailable_reason(&e))
                .and_then(|store| {
                    probe(&store)?;
                    Ok(store)
                })
        });
        let backend = match connected {
            Some(Ok(store)) => Backend::Os(Arc::new(OsKeyring {
                store,
                deadline,
                stalled: Mutex::new(None),
            })),
            Some(Err(reason)) => Backend::Unavailable(reason),
            None => Backend::Unavailable(stalled_reason(deadline)),
        };
        if let Backend::Unavailable(reason) = &backend {
            tracing::warn!(reason = %keyring_unavailable(reason), "the OS keyring cannot be used");
        }
        Vault { backend }
    }

    /// Secrets kept in this process only, gone when the app ends.
    pub fn memory() -> Vault {
        Vault {
            backend: Backend::Memory(Arc::default()),
        }
    }

    /// A vault that refuses everything with `reason` (for tests and for a known-missing keyring).
    pub fn unavailable(reason: KeyringDown) -> Vault {
        Vault {
            backend: Backend::Unavailable(reason),
        }
    }

    /// Why the keyring cannot be used, when it cannot.
    pub fn down(&self) -> Option<KeyringDown> {
        match &self.backend {
            Backend::Unavailable(reason) => Some(reason.clone()),
            Backend::Os(os) => os.stalled(),
            Backend::Memory(_) => None,
        }
    }

    pub fn state(&self) -> KeyringState {
        match &self.backend {
            Backend::Unavailable(reason) => KeyringState::Unavailable {
                reason: keyring_unavailable(reason).into(),
            },
            Backend::Os(os) => match os.stalled() {
                Some(reason) => KeyringState::Unavailable {
                    reason: keyring_unavailable(&reason).into(),
                },
                None => KeyringState::Available,
            },
            Backend::Memory(_) => KeyringState::Available,
        }
    }

    pub fn is_available(&self) -> bool {
        self.state() == KeyringState::Available
    }

    /// Writes `secret` under `name`, replacing what was there.
    pub fn store(&self, name: &EntryName, secret: &Secret) -> Result<()> {
        match &self.backend {
            Backend::Os(os) => {
                let (name, secret) = (name.clone(), secret.clone());
                os.call(move |store| {
                    entry(store, &name)?
                        .set_password(secret.expose())
                        .map_err(|e| failed("saved", &e))
                })
            }
            Backend::Memory(map) => {
                lock(map).insert(name.clone(), secret.clone());
                Ok(())
            }
            Backend::Unavailable(reason) => Err(keyring_unavailable(reason)),
        }
    }

    /// The secret under `name`, or `None` when there is no such entry.
    pub fn read(&self, name: &EntryName) -> Result<Option<Secret>> {
        match &self.backend {
            Backend::Os(os) => {
                let name = name.clone();
                os.call(move |store| match entry(store, &name)?.get_password() {
                    Ok(secret) => Ok(Some(Secret::new(secret))),
                    Err(KeyringError::NoEntry) => Ok(None),
                    Err(e) => Err(failed("read", &e)),
                })
            }
            Backend::Memory(map) => Ok(lock(map).get(name).cloned()),
            Backend::Unavailable(reason) => Err(keyring_unavailable(reason)),
        }
    }

    /// Deletes the entry under `name`; a missing entry is not an error.
    pub fn delete(&self, name: &EntryName) -> Result<()> {
        match &self.backend {
            Backend::Os(os) => {
                let name = name.clone();
                os.call(
                    move |store| match entry(store, &name)?.delete_credential() {
                        Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
                        Err(e) => Err(failed("deleted", &e)),
                    },
                )
            }
            Backend::Memory(map) => {
                lock(map).remove(name);
                Ok(())
            }
            Backend::Unavailable(reason) => Err(keyring_unavailable(reason)),
        }
    }
}

fn lock(
    map: &Mutex<HashMap<EntryName, Secret>>,
) -> std::sync::MutexGuard<'_, HashMap<EntryName, Secret>> {
    // A panic while holding the lock leaves the map whole: every operation is one call on it.
    map.lock().unwrap_or_else(|p| p.into_inner())
}

/// The `KeyringUnavailable` error with the reason the probe gave.
pub fn keyring_unavailable(reason: &KeyringDown) -> Error {
    Error::KeyringUnavailable {
        reason: reason.clone(),
    }
}

fn entry(store: &Arc<CredentialStore>, name: &EntryName) -> Result<Entry> {
    let mut modifiers = HashMap::new();
    // Only the Secret Service store shows a label; the others refuse modifiers they do not know.
    if cfg!(all(
        unix,
        not(any(
            target_os = "macos",
            target_os = "ios",
            target_os = "android"
        ))
    )) {
        modifiers.insert("label", name.label.as_str());
    }
    store
        .build(&name.service, &name.account, Some(&modifiers))
        .map_err(|e| failed("opened", &e))
}

/// A failed keyring call, in words; never formats `e` itself (see the module notes).
fn failed(what: &str, e: &KeyringError) -> Error {
    let (what, detail) = (what.to_owned(), describe(e));
    match e {
        KeyringError::NoStorageAccess(_)
        | KeyringError::NoDefaultStore
        | KeyringError::PlatformFailure(_) => Error::KeyringLocked { what, detail },
        _ => Error::KeyringFailed { what, detail },
    }
}

/// What went wrong, without any secret bytes a variant may carry.
fn describe(e: &KeyringError) -> KeyringTrouble {
    use KeyringTrouble as T;
    match e {
        KeyringError::PlatformFailure(inner) => T::ServiceFailed(inner.to_string()),
        KeyringError::NoStorageAccess(inner) => T::Locked(inner.to_string()),
        KeyringError::NoEntry => T::NoEntry,
        KeyringError::BadEncoding(_) | KeyringError::BadDataFormat(..) => T::BadFormat,
        KeyringError::BadStoreFormat(words) => T::Damaged(words.clone()),
        KeyringError::TooLong(field, limit) => T::TooLong(format!("{field}: {limit}")),
        KeyringError::Invalid(field, words) => T::Invalid(format!("{field}: {words}")),
        KeyringError::Ambiguous(_) => T::Ambiguous,
        KeyringError::NoDefaultStore => T::NoStore,
        KeyringError::NotSupportedByStore(words) => T::NotSupported(words.clone()),
        _ => T::Unknown,
    }
}

fn unavailable_reason(e: &KeyringError) -> KeyringDown {
    if cfg!(any(target_os = "macos", target_os = "windows")) {
        KeyringDown::NotOpened(describe(e))
    } else {
        KeyringDown::NoService
    }
}

/// Reads an entry that does not exist: this reaches the service (and, on Linux, its default
/// collection) without writing anything or prompting for a password.
fn probe(store: &Arc<CredentialStore>) -> std::result::Result<(), KeyringDown> {
    let name = EntryName {
        service: format!("{SERVICE_PREFIX}: probe"),
        account: "probe".into(),
        label: format!("{SERVICE_PREFIX}: probe"),
    };
    let outcome = entry(store, &name)
        .map_err(|e| match e {
            Error::KeyringLocked { detail, .. } | Error::KeyringFailed { detail, .. } => {
                KeyringDown::Silent(detail)
            }
            _ => KeyringDown::Silent(KeyringTrouble::Unknown),
        })?
        .get_password()
        .map(|_| ());
    match outcome {
        Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
        Err(e) => Err(KeyringDown::Silent(describe(&e))),
    }
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(not(any(unix, target_os = "windows")))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(KeyringError::NoDefaultStore)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_past_its_deadline_gives_up_and_one_in_time_answers() {
        let quick = within(Duration::from_secs(5), 2, |n| n * 21);
        assert_eq!(quick, Some(42));
        let started = std::time::Instant::now();
        let stuck = within(Duration::from_millis(100), (), |()| {
            std::thread::sleep(Duration::from_secs(5));
        });
        assert_eq!(stuck, None);
        assert!(started.elapsed() < Duration::from_secs(2));
        assert_eq!(
            stalled_reason(Duration::from_secs(10)),
            KeyringDown::Stalled { seconds: 10 }
        );
        assert!(
            keyring_unavailable(&stalled_reason(Duration::from_secs(10)))
                .to_string()
                .contains("within 10 seconds")
        );
    }

    #[test]
    fn names_say_which_app_server_and_user() {
        let name = EntryName::new(
            ProfileId(3),
            "https://cc.example.com",
            "admin@demo",
            SecretKind::Token,
        );
        assert_eq!(name.service, "Webitel Hooks: https://cc.example.com");
        assert_eq!(name.account, "admin@demo (token, profile 3)");
        assert_eq!(
            name.label,
            "Webitel Hooks: admin@demo on https://cc.example.com (token)"
        );
    }

    #[test]
    fn memory_keeps_secrets_in_this_process_and_unavailable_refuses() {
        let name = EntryName::new(ProfileId(1), "https://a", "u", SecretKind::Password);
        let vault = Vault::memory();
        vault.store(&name, &Secret::new("pw")).unwrap();
        assert_eq!(vault.read(&name).unwrap().unwrap().expose(), "pw");
        vault.delete(&name).unwrap();
        assert!(vault.read(&name).unwrap().is_none());
        let none = Vault::unavailable(KeyringDown::NoService);
        let err = none.store(&name, &Secret::new("pw")).unwrap_err();
        assert_eq!(
            err,
            Error::KeyringUnavailable {
                reason: KeyringDown::NoService
            }
        );
        assert!(matches!(none.state(), KeyringState::Unavailable { .. }));
    }
}
