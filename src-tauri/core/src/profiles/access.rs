//! Signing in, in again and out of a profile, and the [`Renewal`] the registry calls on a 401.

use std::sync::{Arc, Weak};

use futures::future::BoxFuture;
use webitel_api::{AccessToken, Credentials};
use webitel_hooks_model::commands::{
    SecondFactorArgs, SessionInfo, SessionStatus, SignInArgs, SignInOutcome, SignOutArgs,
};
use webitel_hooks_model::{AppError, ErrorCode, Profile, ProfileId, ProfileTarget};

use super::{
    blocking, entry_name, from_cached_account, lock, Inner, Pending, ProfileBook, ProfileRow,
};
use crate::error::{Error, InputProblem, KeyringDown, Result};
use crate::registry::Renewal;
use crate::session::{
    check_ca_certificate, displayable_server, host_of, SessionProfile, SignInStep, SignedIn,
};
use crate::store::{CachedAccount, OpenedStore, Store};
use crate::vault::{keyring_unavailable, Secret, SecretKind};

impl ProfileBook {
    /// `sign_in`: to an existing profile or a new one (created once the server accepts the
    /// password). `remember` keeps the password in the keyring, else only the token;
    /// `session_only` keeps both in memory, for a machine without a keyring.
    pub async fn sign_in(&self, args: SignInArgs) -> Result<SignInOutcome> {
        if args.password.is_empty() {
            return Err(InputProblem::NoPassword.into());
        }
        if !args.session_only && !self.inner.keyring.is_available() {
            return Err(keyring_unavailable_error(&self.inner.keyring));
        }
        // A CA given for an existing profile is used for this sign-in and kept only once the
        // server has accepted the password.
        let mut new_ca = None;
        let (existing, name, server, username, ca) = match &args.profile {
            ProfileTarget::Existing {
                profile_id,
                ca_certificate_pem,
            } => {
                let row = self.inner.table.get(*profile_id)?;
                let p = row.profile.clone();
                new_ca = trimmed(ca_certificate_pem.as_deref());
                if let Some(pem) = &new_ca {
                    check_ca_certificate(&p.server, pem)?;
                }
                let ca = new_ca.clone().or_else(|| row.ca_certificate_pem.clone());
                (Some(row), p.name, p.server, p.username, ca)
            }
            ProfileTarget::New { profile } => {
                let server = displayable_server(&profile.server)?;
                let username = profile.username.trim().to_owned();
                if username.is_empty() {
                    return Err(InputProblem::NoUsername.into());
                }
                let name = match profile.name.trim() {
                    "" => host_of(&server),
                    name => name.to_owned(),
                };
                let ca = trimmed(profile.ca_certificate_pem.as_deref());
                if let Some(pem) = &ca {
                    check_ca_certificate(&server, pem)?;
                }
                (None, name, server, username, ca)
            }
        };
        let credentials = Credentials::new(&username, args.password.expose());
        let step = SignedIn::begin(&server, ca.as_deref(), &credentials).await?;
        let row = match existing {
            Some(row) => {
                if let Some(pem) = &new_ca {
                    self.inner.table.set_ca(row.profile.id, Some(pem))?;
                }
                row
            }
            None => self
                .inner
                .table
                .insert(&name, &server, &username, ca.as_deref())?,
        };
        let password = Secret::new(args.password.expose());
        match step {
            SignInStep::Signed(signed_in, token) => {
                let session = self
                    .activate(
                        &row.profile,
                        *signed_in,
                        token,
                        Some((password, args.remember)),
                        args.session_only,
                    )
                    .await?;
                Ok(SignInOutcome::SignedIn { session })
            }
            SignInStep::SecondFactor(step) => {
                let profile_id = row.profile.id;
                lock(&self.inner.pending).insert(
                    profile_id,
                    Pending {
                        step,
                        password,
                        remember: args.remember,
                        session_only: args.session_only,
                    },
                );
                Ok(SignInOutcome::SecondFactorRequired { profile_id })
            }
        }
    }

    /// `submit_second_factor`: finishes a sign-in that asked for a one-time code. A refused code
    /// keeps the sign-in waiting, so the user can type the next code.
    pub async fn submit_second_factor(&self, args: SecondFactorArgs) -> Result<SessionInfo> {
        let pending = lock(&self.inner.pending)
            .remove(&args.profile_id)
            .ok_or(Error::SignInNotWaiting)?;
        let (signed_in, token) = match pending.step.finish(&args.code).await {
            Ok(done) => done,
            Err(err) => {
                lock(&self.inner.pending).insert(args.profile_id, pending);
                return Err(err);
            }
        };
        let row = self.inner.table.get(args.profile_id)?;
        self.activate(
            &row.profile,
            signed_in,
            token,
            Some((pending.password, pending.remember)),
            pending.session_only,
        )
        .await
    }

    /// `resume_profile`: switches to a profile with the token the vault keeps, checked with
    /// `/userinfo`; a refused or missing token signs in again with the remembered password;
    /// without one, `Unauthenticated` asks for it.
    pub async fn resume_profile(&self, id: ProfileId) -> Result<SessionInfo> {
        let row = self.inner.table.get(id)?;
        let vault = self.vault_for(id);
        if !vault.is_available() {
            return Err(keyring_unavailable_error(&vault));
        }
        let token_entry = entry_name(&row.profile, SecretKind::Token);
        let token = {
            let (vault, name) = (vault.clone(), token_entry.clone());
            blocking(move || vault.read(&name)).await?
        };
        if let Some(token) = token {
            let resumed = SignedIn::resume(
                &row.profile.server,
                row.ca_certificate_pem.as_deref(),
                AccessToken::new(token.expose()),
            )
            .await;
            match resumed {
                Ok(signed_in) => {
                    return self
                        .activate(&row.profile, signed_in, token, None, false)
                        .await
                }
                Err(err) if err.code() == ErrorCode::Unauthenticated => {
                    // The server no longer accepts it: a dead token is not kept.
                    blocking(move || vault.delete(&token_entry)).await?;
                }
                Err(err) if err.is_offline() => {
                    return self.resume_offline(&row, token, err);
                }
                Err(err) => return Err(err),
            }
        }
        let (signed_in, token) = sign_in_again(&self.inner, &row).await?;
        self.activate(&row.profile, signed_in, token, None, false)
            .await
    }

    /// Resumes the profile used last, if there is one (at start). The last view paints first:
    /// with a kept token and the user cached at the last online sign-in, the profile opens on
    /// its cache before any network call, and the first sync run (which follows every resume)
    /// checks the token, renewing it or asking for the password, and ends with the views read
    /// again. Without those, as [`ProfileBook::resume_profile`].
    pub async fn resume_last(&self) -> Option<Result<SessionInfo>> {
        let id = match self.last_used() {
            Ok(Some(id)) => id,
            Ok(None) => return None,
            Err(err) => return Some(Err(err)),
        };
        Some(match self.resume_before_check(id).await {
            Ok(Some(info)) => Ok(info),
            Ok(None) => self.resume_profile(id).await,
            Err(err) => Err(err),
        })
    }

    /// The profile on its cache with its kept token, unchecked; `None` when either is missing.
    async fn resume_before_check(&self, id: ProfileId) -> Result<Option<SessionInfo>> {
        let row = self.inner.table.get(id)?;
        let vault = self.vault_for(id);
        if !vault.is_available() {
            return Ok(None);
        }
        let token_entry = entry_name(&row.profile, SecretKind::Token);
        let cache = self.cache_path(id);
        // Side by side: the keyring (a D-Bus round trip, perhaps an unlock prompt) and the
        // cache file (opened, migrated, or rebuilt).
        let (token, opened) = tokio::join!(
            blocking(move || {
                let started = std::time::Instant::now();
                let token = vault.read(&token_entry);
                tracing::info!(
                    ms = started.elapsed().as_millis(),
                    "the keyring's token read"
                );
                token
            }),
            blocking(move || {
                let started = std::time::Instant::now();
                let opened = Store::open_or_rebuild(cache);
                tracing::info!(ms = started.elapsed().as_millis(), "the cache opened");
                opened
            }),
        );
        let (Some(token), opened) = (token?, opened?) else {
            return Ok(None);
        };
        let Some(signed_in) = from_cached_account(&row, &token, &opened.store)? else {
            return Ok(None);
        };
        let signed_in = signed_in.before_check();
        tracing::info!(profile = %id, "opened from the cache; the server checks the token next");
        self.install(&row.profile, signed_in, opened).map(Some)
    }

    /// `sign_out`: tells the server (`/logout`), deletes the token and the remembered password
    /// (an explicit sign-out is not undone by the next start signing in by itself), and keeps
    /// the cache for offline review unless `wipe_cache`.
    pub async fn sign_out(&self, args: SignOutArgs) -> Result<()> {
        self.sign_out_active(args.wipe_cache).await
    }

    pub(super) async fn sign_out_active(&self, wipe_cache: bool) -> Result<()> {
        let registry = &self.inner.registry;
        let active = lock(&self.inner.active).take();
        // First, so that a call still running (a sync) which meets the token ended by the
        // sign-out below does not sign in again or ask for the password.
        registry.set_renewal(None);
        if let Some(session) = registry.current_session() {
            // Offline, the token still ends here; the server lets it expire.
            if let Err(err) = session.sign_out().await {
                tracing::warn!(error = %err, "the server was not told of the sign-out");
            }
        }
        registry.end_session();
        self.inner.status.send_replace(SessionStatus::SignedOut);
        let Some(id) = active else {
            return Ok(());
        };
        if wipe_cache {
            registry.set_store(Store::in_memory()?);
            self.remove_cache(id)?;
        }
        let row = self.inner.table.get(id)?;
        self.inner.table.set_remember(id, false)?;
        let vault = self.vault_for(id);
        if !vault.is_available() {
            return Ok(());
        }
        let names =
            [SecretKind::Token, SecretKind::Password].map(|kind| entry_name(&row.profile, kind));
        blocking(move || names.iter().try_for_each(|n| vault.delete(n))).await
    }

    /// Opens the profile on its cache while the server cannot be reached: the kept token, with
    /// the user and rights cached at the last online sign-in, until the server checks the
    /// token. Without those cached, `unreachable` is the answer, as before any offline start.
    fn resume_offline(
        &self,
        row: &ProfileRow,
        token: Secret,
        unreachable: Error,
    ) -> Result<SessionInfo> {
        let profile = &row.profile;
        let id = profile.id;
        let opened = Store::open_or_rebuild(self.cache_path(id))?;
        let Some(signed_in) = from_cached_account(row, &token, &opened.store)? else {
            return Err(unreachable);
        };
        tracing::info!(profile = %id, "resumed offline from the cache");
        self.inner.registry.set_offline(true);
        self.install(profile, signed_in, opened)
    }

    /// Makes `signed_in` the registry's session over the profile's opened cache, with the
    /// renewal that signs in again; tells the shell. The answer carries the cache's notice.
    fn install(
        &self,
        profile: &Profile,
        signed_in: SignedIn,
        opened: OpenedStore,
    ) -> Result<SessionInfo> {
        let id = profile.id;
        if let Some(notice) = &opened.notice {
            tracing::warn!(profile = %id, %notice, "the cache was rebuilt");
        }
        signed_in.set_profile(SessionProfile {
            id,
            name: profile.name.clone(),
            session_only: lock(&self.inner.session_only).contains(&id),
        });
        let mut info = signed_in.info();
        info.notice = opened.notice;
        let registry = &self.inner.registry;
        registry.start_profile_session(signed_in, opened.store);
        registry.set_renewal(Some(Arc::new(ProfileRenewal {
            book: Arc::downgrade(&self.inner),
            profile: id,
        })));
        *lock(&self.inner.active) = Some(id);
        self.inner.table.touch(id)?;
        self.inner.status.send_replace(SessionStatus::SignedIn {
            session: info.clone(),
        });
        Ok(info)
    }

    /// Keeps the secrets where they belong, opens the profile's cache, and makes it the
    /// registry's session. `password`: what was typed and whether to remember it (`None` when
    /// resuming leaves the remembered password as it is).
    async fn activate(
        &self,
        profile: &Profile,
        signed_in: SignedIn,
        token: Secret,
        password: Option<(Secret, bool)>,
        session_only: bool,
    ) -> Result<SessionInfo> {
        let id = profile.id;
        if password.is_some() {
            let mut only = lock(&self.inner.session_only);
            if session_only {
                only.insert(id);
            } else {
                only.remove(&id);
            }
        }
        let vault = self.vault_for(id);
        let token_entry = entry_name(profile, SecretKind::Token);
        let password_entry = entry_name(profile, SecretKind::Password);
        let remember = password.as_ref().map(|(_, remember)| *remember);
        let kept = {
            let vault = vault.clone();
            blocking(move || {
                vault.store(&token_entry, &token)?;
                match password {
                    Some((password, true)) => vault.store(&password_entry, &password),
                    Some((_, false)) => vault.delete(&password_entry),
                    None => Ok(()),
                }
            })
            .await
        };
        if let Err(err) = kept {
            // A token the app cannot keep is not left alive on the server.
            let _ = signed_in.sign_out().await;
            return Err(err);
        }
        if let Some(remember) = remember {
            self.inner.table.set_remember(id, remember)?;
        }
        // A damaged cache, or one from a newer version, is rebuilt rather than blocking sign-in.
        let opened = Store::open_or_rebuild(self.cache_path(id))?;
        // Who signed in and what they may do, for a later start without the server.
        let account = CachedAccount {
            username: signed_in.username().to_owned(),
            permissions: signed_in.permissions(),
        };
        self.inner
            .registry
            .remember("signed-in user", opened.store.save_account(&account));
        // The server just answered: whatever a call found before, it is reachable.
        self.inner.registry.set_offline(false);
        self.install(profile, signed_in, opened)
    }
}

/// Signs in with the remembered password, or says that it must be typed.
pub(super) async fn sign_in_again(inner: &Inner, row: &ProfileRow) -> Result<(SignedIn, Secret)> {
    let profile = &row.profile;
    let vault = if lock(&inner.session_only).contains(&profile.id) {
        inner.memory.clone()
    } else {
        inner.keyring.clone()
    };
    let password = if profile.remember_password && vault.is_available() {
        let name = entry_name(profile, SecretKind::Password);
        blocking(move || vault.read(&name)).await?
    } else {
        None
    };
    let Some(password) = password else {
        return Err(password_needed(profile));
    };
    let credentials = Credentials::new(&profile.username, password.expose());
    match SignedIn::begin(
        &profile.server,
        row.ca_certificate_pem.as_deref(),
        &credentials,
    )
    .await?
    {
        SignInStep::Signed(signed_in, token) => Ok((*signed_in, token)),
        // A one-time code cannot be remembered: the user signs in by hand.
        SignInStep::SecondFactor(_) => Err(password_needed(profile)),
    }
}

fn password_needed(profile: &Profile) -> Error {
    Error::PasswordNeeded {
        server: profile.server.clone(),
        username: profile.username.clone(),
    }
}

fn keyring_unavailable_error(vault: &crate::vault::Vault) -> Error {
    keyring_unavailable(&vault.down().unwrap_or(KeyringDown::NoService))
}

/// Signs the active profile in again after a 401; holds the book weakly, because the book holds
/// the registry that holds this.
struct ProfileRenewal {
    book: Weak<Inner>,
    profile: ProfileId,
}

impl Renewal for ProfileRenewal {
    fn confirmed(&self, session: SessionInfo) {
        let Some(inner) = self.book.upgrade() else {
            return;
        };
        if *lock(&inner.active) == Some(self.profile) {
            inner
                .status
                .send_replace(SessionStatus::SignedIn { session });
        }
    }

    fn renew(&self) -> BoxFuture<'_, Result<SignedIn>> {
        Box::pin(async move {
            let inner = self.book.upgrade().ok_or(Error::NotSignedIn)?;
            let row = inner.table.get(self.profile)?;
            match sign_in_again(&inner, &row).await {
                Ok((signed_in, token)) => {
                    let session_only = lock(&inner.session_only).contains(&self.profile);
                    signed_in.set_profile(SessionProfile {
                        id: self.profile,
                        name: row.profile.name.clone(),
                        session_only,
                    });
                    let vault = if session_only {
                        inner.memory.clone()
                    } else {
                        inner.keyring.clone()
                    };
                    let name = entry_name(&row.profile, SecretKind::Token);
                    if let Err(err) = blocking(move || vault.store(&name, &token)).await {
                        // The new session works; only the next start will ask again.
                        tracing::warn!(error = %err, "the renewed token was not kept");
                    }
                    // The shell hears of the new session (a session resumed offline is online
                    // now, a session that waited out an outage is back).
                    if *lock(&inner.active) == Some(self.profile) {
                        inner.status.send_replace(SessionStatus::SignedIn {
                            session: signed_in.info(),
                        });
                    }
                    Ok(signed_in)
                }
                Err(err) => {
                    // Told once: every call that meets the ended session meanwhile fails the
                    // same way, and the window's dialog is already open.
                    let told = matches!(
                        &*inner.status.borrow(),
                        SessionStatus::PasswordNeeded { profile_id, .. } if *profile_id == self.profile
                    );
                    if err.code() == ErrorCode::Unauthenticated && !told {
                        inner.status.send_replace(SessionStatus::PasswordNeeded {
                            profile_id: self.profile,
                            error: AppError::from(&err),
                        });
                    }
                    Err(err)
                }
            }
        })
    }
}

/// A pasted PEM without the blank space around it; `None` when nothing was pasted.
fn trimmed(pem: Option<&str>) -> Option<String> {
    pem.map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
}
