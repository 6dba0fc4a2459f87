//! Another server profile as the target of a copy ("Copy to…" production → staging): a
//! [`HookRegistry`] over that profile's own cache file and its own session, made for the
//! duration of the copy beside the active one.
//!
//! What must hold:
//! - the active profile's registry, session, renewal, sync and status are not touched: the
//!   registry made here has a store handle, a session, a renewal and a status of its own, which
//!   nothing else watches, and it is dropped when the copy ends;
//! - its session is the profile's own: the token its vault keeps (checked with `/userinfo`),
//!   else a sign-in with its remembered password; a token the server refused is deleted, as a
//!   switch to the profile would; without either, [`Error::TargetNeedsSignIn`] (no password is
//!   asked for here: the user signs in to that profile by switching to it);
//! - its server cannot be reached: the kept token with the user and rights cached at its last
//!   online sign-in, so that reads answer from its cache and the creates wait in its outbox
//!   (replayed when that profile is next active and synced); a cache never synced says so
//!   ([`Error::TargetNeverSynced`]);
//! - the token goes from the vault to the session's client and back to the vault, never to a
//!   file, a log or an answer.

use std::sync::{Arc, Weak};

use futures::future::BoxFuture;
use webitel_api::AccessToken;
use webitel_hooks_model::{ErrorCode, ProfileId, Queue};

use super::access::sign_in_again;
use super::{blocking, entry_name, from_cached_account, lock, Inner, ProfileBook, ProfileRow};
use crate::error::{Error, InputProblem, Result};
use crate::registry::{HookRegistry, Renewal};
use crate::session::{SessionProfile, SignedIn};
use crate::store::Store;
use crate::vault::{EntryName, Secret, SecretKind, Vault};

impl ProfileBook {
    /// The registry a copy into `profile` works on: the active registry for the active profile
    /// (or `None`), else a fresh one over that profile's cache and session (see the module
    /// notes). An id that is not one of the profiles is bad input.
    pub async fn registry_for(&self, profile: Option<ProfileId>) -> Result<Arc<HookRegistry>> {
        match profile {
            None => Ok(self.inner.registry.clone()),
            Some(id) if self.active_profile() == Some(id) => Ok(self.inner.registry.clone()),
            Some(id) => {
                let row = self.target_row(id)?;
                let store = self.open_target_cache(id).await?;
                let registry = Arc::new(HookRegistry::new(store));
                let signed_in = self.target_session(&row, &registry).await?;
                registry.start_session(signed_in);
                registry.set_renewal(Some(Arc::new(TargetRenewal {
                    book: Arc::downgrade(&self.inner),
                    profile: id,
                })));
                Ok(registry)
            }
        }
    }

    /// The queues a copy into `profile` may pick: from its server (written through to its
    /// cache), or from its cache when the server cannot be reached or no session can be made
    /// without the user; a cache never synced says so.
    pub async fn copy_targets(&self, profile: Option<ProfileId>) -> Result<Vec<Queue>> {
        let args = webitel_hooks_model::commands::ListQueuesArgs::default();
        let unreachable = match self.registry_for(profile).await {
            Ok(registry) => return registry.list_queues(args).await,
            Err(err @ Error::TargetNeedsSignIn { .. }) => err,
            Err(err) if err.is_offline() => err,
            Err(err) => return Err(err),
        };
        let Some(id) = profile else {
            return Err(unreachable);
        };
        let store = self.open_target_cache(id).await?;
        let mut queues = store.cached_queues("", None)?;
        if queues.is_empty() && store.last_full_sync()?.is_none() {
            return Err(unreachable);
        }
        queues.sort_by_cached_key(|q| (q.name.to_lowercase(), q.id));
        Ok(queues)
    }

    fn target_row(&self, id: ProfileId) -> Result<ProfileRow> {
        self.inner.table.get(id).map_err(|err| match err {
            Error::ProfileGone => InputProblem::NoSuchProfile.into(),
            other => other,
        })
    }

    /// The profile's own cache file (rebuilt when damaged, as a switch to it would).
    async fn open_target_cache(&self, id: ProfileId) -> Result<Store> {
        let path = self.cache_path(id);
        let opened = blocking(move || Store::open_or_rebuild(path)).await?;
        if let Some(notice) = &opened.notice {
            tracing::warn!(profile = %id, %notice, "the copy's target cache was rebuilt");
        }
        Ok(opened.store)
    }

    /// The target profile's session: its kept token, else its remembered password; offline,
    /// the kept token unchecked over its cache.
    async fn target_session(&self, row: &ProfileRow, registry: &HookRegistry) -> Result<SignedIn> {
        let profile = &row.profile;
        let vault = self.vault_for(profile.id);
        let token_entry = entry_name(profile, SecretKind::Token);
        let token = if vault.is_available() {
            let (vault, name) = (vault.clone(), token_entry.clone());
            blocking(move || vault.read(&name)).await?
        } else {
            None
        };
        if let Some(token) = token {
            let resumed = SignedIn::resume(
                &profile.server,
                row.ca_certificate_pem.as_deref(),
                AccessToken::new(token.expose()),
            )
            .await;
            match resumed {
                Ok(signed_in) => return Ok(self.named(row, signed_in)),
                Err(err) if err.code() == ErrorCode::Unauthenticated => {
                    // The server no longer accepts it: a dead token is not kept.
                    let vault = vault.clone();
                    blocking(move || vault.delete(&token_entry)).await?;
                }
                Err(err) if err.is_offline() => {
                    return self.target_offline(row, registry, token);
                }
                Err(err) => return Err(err),
            }
        }
        let (signed_in, token) = renew_target(&self.inner, row).await?;
        keep_token(vault, entry_name(profile, SecretKind::Token), token).await;
        Ok(self.named(row, signed_in))
    }

    /// The kept token, unchecked, with the user and rights its cache holds from the last online
    /// sign-in; the registry marked offline, so that its reads answer from the cache and its
    /// changes wait in the outbox until the server answers.
    fn target_offline(
        &self,
        row: &ProfileRow,
        registry: &HookRegistry,
        token: Secret,
    ) -> Result<SignedIn> {
        let store = registry.store();
        let never_synced = || Error::TargetNeverSynced {
            profile: row.profile.name.clone(),
            server: row.profile.server.clone(),
        };
        let Some(signed_in) = from_cached_account(row, &token, &store)? else {
            return Err(never_synced());
        };
        if store.last_full_sync()?.is_none() && store.queues()?.is_empty() {
            return Err(never_synced());
        }
        registry.set_offline(true);
        tracing::info!(profile = %row.profile.id, "the copy's target works from its cache");
        Ok(self.named(row, signed_in))
    }

    fn named(&self, row: &ProfileRow, signed_in: SignedIn) -> SignedIn {
        signed_in.set_profile(SessionProfile {
            id: row.profile.id,
            name: row.profile.name.clone(),
            session_only: lock(&self.inner.session_only).contains(&row.profile.id),
        });
        signed_in
    }
}

/// Signs in to the target profile with its remembered password; without one, the sentence that
/// says to sign in to it first.
async fn renew_target(inner: &Inner, row: &ProfileRow) -> Result<(SignedIn, Secret)> {
    sign_in_again(inner, row).await.map_err(|err| match err {
        Error::PasswordNeeded { .. } | Error::WrongPassword => Error::TargetNeedsSignIn {
            profile: row.profile.name.clone(),
        },
        other => other,
    })
}

/// Keeps a new token of the target profile in its vault; a token that cannot be kept only
/// means that the next use signs in again.
async fn keep_token(vault: Vault, name: EntryName, token: Secret) {
    if let Err(err) = blocking(move || vault.store(&name, &token)).await {
        tracing::warn!(error = %err, "the copy's target token was not kept");
    }
}

/// Signs the target profile in again after a 401, silently or not at all: unlike the active
/// profile's renewal it tells the shell nothing (the active session's status is not this
/// profile's).
struct TargetRenewal {
    book: Weak<Inner>,
    profile: ProfileId,
}

impl Renewal for TargetRenewal {
    fn renew(&self) -> BoxFuture<'_, Result<SignedIn>> {
        Box::pin(async move {
            let inner = self.book.upgrade().ok_or(Error::NotSignedIn)?;
            let row = inner.table.get(self.profile)?;
            let (signed_in, token) = renew_target(&inner, &row).await?;
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
            keep_token(vault, entry_name(&row.profile, SecretKind::Token), token).await;
            Ok(signed_in)
        })
    }
}
