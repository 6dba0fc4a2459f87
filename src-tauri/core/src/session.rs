//! Signing in to one Webitel server and what the signed-in user may do.
//!
//! What must hold: the access token lives only inside the `webitel_api::Client` held here, in
//! memory. `SignedIn` is not `Serialize`, its `Debug` shows no token, and the server address it
//! keeps (and shows) has any `user:password@` part stripped.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use url::Url;
use webitel_api::{AccessToken, Client, Credentials, LoginOutcome, SecondFactorId, UserInfo};
use webitel_hooks_model::commands::SessionInfo;
use webitel_hooks_model::{Permissions, ProfileId};

use crate::error::{self, Error, InputProblem, Result};
use crate::vault::Secret;

/// A live session with one server: who, where, what they may do, and the client that carries
/// the token.
pub struct SignedIn {
    server: String,
    username: String,
    /// Read from `/userinfo`, or for a session resumed offline from the cache until
    /// [`SignedIn::refresh_rights`] reads them again.
    permissions: Mutex<Permissions>,
    client: Client,
    /// The profile this session belongs to, set by the profiles when they activate it (and
    /// renamed with it); `None` for a session made without a profile.
    profile: Mutex<Option<SessionProfile>>,
    /// Resumed from a kept token without reaching the server: who and what rights come from
    /// the cache until the server first takes the token.
    unchecked: AtomicBool,
    /// An unchecked session made by a start that did not wait for the server: not offline
    /// (nobody asked yet), and the cache answers the start's reads, until the server first
    /// answers or is found unreachable ([`SignedIn::found_unreachable`]).
    before_check: AtomicBool,
    /// The rights came from the cache and have not been read from the server since.
    rights_stale: AtomicBool,
    /// The server refused the token (which is forgotten): the session stays, for its profile,
    /// its rights and its cache, until it is renewed or the user signs in again.
    ended: AtomicBool,
}

/// Which profile a session belongs to, as [`SignedIn::info`] tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionProfile {
    pub id: ProfileId,
    pub name: String,
    /// Its secrets are kept in memory only, for this run.
    pub session_only: bool,
}

impl fmt::Debug for SignedIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedIn")
            .field("server", &self.server)
            .field("username", &self.username)
            .field("permissions", &self.permissions())
            .field("profile", &*self.profile_slot())
            .finish_non_exhaustive()
    }
}

impl SignedIn {
    /// Signs in with a username and password, then reads `/userinfo`.
    ///
    /// Two-factor sign-in is not supported yet: a server that asks for a second factor is
    /// reported as an `Unauthenticated` error that says so.
    pub async fn sign_in(server: &str, credentials: &Credentials) -> Result<SignedIn> {
        match SignedIn::begin(server, None, credentials).await? {
            SignInStep::Signed(signed_in, _) => Ok(*signed_in),
            SignInStep::SecondFactor(_) => Err(Error::SecondFactorUnsupported),
        }
    }

    /// Signs in trusting `ca_pem` (a PEM CA certificate of the profile) besides the system's
    /// roots. Either signed in, with the token for the caller to keep, or waiting for the
    /// one-time code ([`SecondFactor::finish`]).
    pub async fn begin(
        server: &str,
        ca_pem: Option<&str>,
        credentials: &Credentials,
    ) -> Result<SignInStep> {
        let shown = displayable_server(server)?;
        let client = build_client(&shown, ca_pem)?;
        let outcome = client
            .auth()
            .login(credentials)
            .await
            .map_err(|e| refused_password(&e, &shown))?;
        match outcome {
            LoginOutcome::Signed(session) => {
                let token = Secret::new(session.token.expose_secret());
                client.set_token(session.token);
                let signed_in = SignedIn::from_client(shown, client).await?;
                Ok(SignInStep::Signed(Box::new(signed_in), token))
            }
            LoginOutcome::SecondFactor { id } => Ok(SignInStep::SecondFactor(SecondFactor {
                server: shown,
                client,
                id,
            })),
        }
    }

    /// Resumes a session from a token obtained earlier (kept in memory or in the OS keyring by
    /// the caller), checking it with `/userinfo`.
    pub async fn with_token(server: &str, token: AccessToken) -> Result<SignedIn> {
        SignedIn::resume(server, None, token).await
    }

    /// [`SignedIn::with_token`], trusting the profile's CA certificate too.
    pub async fn resume(
        server: &str,
        ca_pem: Option<&str>,
        token: AccessToken,
    ) -> Result<SignedIn> {
        let shown = displayable_server(server)?;
        let client = build_client(&shown, ca_pem)?;
        client.set_token(token);
        SignedIn::from_client(shown, client).await
    }

    /// `POST /logout`: the token is dead on the server afterwards, and forgotten here.
    pub async fn sign_out(&self) -> Result<()> {
        log_out(&self.client, &self.server).await
    }

    async fn from_client(server: String, client: Client) -> Result<SignedIn> {
        let info = client
            .auth()
            .userinfo()
            .await
            .map_err(|e| error::from_api(&e, &server))?;
        Ok(SignedIn {
            username: display_name(&info),
            permissions: Mutex::new(permissions_of(&info)),
            server,
            client,
            profile: Mutex::new(None),
            unchecked: AtomicBool::new(false),
            before_check: AtomicBool::new(false),
            rights_stale: AtomicBool::new(false),
            ended: AtomicBool::new(false),
        })
    }

    /// A session from a kept token that the server could not check (it cannot be reached):
    /// `username` and `permissions` are those cached at the last online sign-in. The first call
    /// the server answers checks the token; a 401 then ends it as any other.
    pub fn unchecked(
        server: &str,
        ca_pem: Option<&str>,
        token: AccessToken,
        username: String,
        permissions: Permissions,
    ) -> Result<SignedIn> {
        let shown = displayable_server(server)?;
        let client = build_client(&shown, ca_pem)?;
        client.set_token(token);
        Ok(SignedIn {
            server: shown,
            username,
            permissions: Mutex::new(permissions),
            client,
            profile: Mutex::new(None),
            unchecked: AtomicBool::new(true),
            before_check: AtomicBool::new(false),
            rights_stale: AtomicBool::new(true),
            ended: AtomicBool::new(false),
        })
    }

    /// [`SignedIn::unchecked`], made by a start that did not wait for the server (which may well
    /// be there): not shown offline, and the cache answers reads until the token is checked.
    pub fn before_check(self) -> SignedIn {
        self.before_check.store(true, Ordering::Release);
        self
    }

    /// A call could not reach the server: a session made before the check is now one resumed
    /// offline (shown so; reads try the server first, so that the first to reach it ends
    /// the offline state).
    pub(crate) fn found_unreachable(&self) {
        self.before_check.store(false, Ordering::Release);
    }

    /// True while the token has not been taken by the server yet (see [`SignedIn::unchecked`]).
    pub fn is_unchecked(&self) -> bool {
        self.unchecked.load(Ordering::Acquire)
    }

    /// True while a session resumed at start without asking the server is still unchecked:
    /// reads answer from the cache meanwhile (the first sync run checks the token and the views
    /// read again when it ends), so that the last view paints before any network call.
    pub fn answers_from_cache(&self) -> bool {
        self.before_check.load(Ordering::Acquire) && self.is_unchecked()
    }

    /// Notes that the server took the token; true only for the call that changed it.
    pub(crate) fn mark_checked(&self) -> bool {
        self.unchecked.swap(false, Ordering::AcqRel)
    }

    /// The server address as the user gave it, without credentials.
    pub fn server(&self) -> &str {
        &self.server
    }

    pub fn username(&self) -> &str {
        &self.username
    }

    pub fn permissions(&self) -> Permissions {
        // One copy per lock: a panic cannot leave it half-written.
        *self.permissions.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// True while the rights are the cached ones of an offline start.
    pub fn rights_stale(&self) -> bool {
        self.rights_stale.load(Ordering::Acquire)
    }

    /// Reads the user's rights from `/userinfo` again (after an offline start, they may have
    /// changed meanwhile); true when they differ from those held.
    pub(crate) async fn refresh_rights(&self) -> std::result::Result<bool, webitel_api::Error> {
        let info = self.client.auth().userinfo().await?;
        let now = permissions_of(&info);
        self.rights_stale.store(false, Ordering::Release);
        let mut held = self.permissions.lock().unwrap_or_else(|p| p.into_inner());
        let changed = *held != now;
        *held = now;
        Ok(changed)
    }

    /// The client, with the token, for this crate's use cases only.
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// Ties the session to its profile (on activation, and when the profile is renamed).
    pub fn set_profile(&self, profile: SessionProfile) {
        *self.profile_slot() = Some(profile);
    }

    pub fn profile(&self) -> Option<SessionProfile> {
        self.profile_slot().clone()
    }

    fn profile_slot(&self) -> MutexGuard<'_, Option<SessionProfile>> {
        // One assignment per lock: a panic cannot leave it half-done.
        self.profile.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// What the webview may know of the session: never the token. A session made without a
    /// profile (`HookRegistry::sign_in`) shows profile id 0, named after the server's host, and
    /// counts as session-only: nothing of it is kept.
    pub fn info(&self) -> SessionInfo {
        let profile = self.profile().unwrap_or_else(|| SessionProfile {
            id: ProfileId(0),
            name: host_of(&self.server),
            session_only: true,
        });
        SessionInfo {
            profile_id: profile.id,
            profile_name: profile.name,
            server: self.server.clone(),
            username: self.username.clone(),
            permissions: self.permissions(),
            session_only: profile.session_only,
            offline: self.is_unchecked() && !self.before_check.load(Ordering::Acquire),
            notice: None,
        }
    }

    /// Forgets the token in this session's client (after a 401, or on sign-out).
    pub(crate) fn forget_token(&self) {
        self.client.clear_token();
    }

    /// The server refused the token: forgets it and marks the session ended.
    pub(crate) fn end(&self) {
        self.client.clear_token();
        self.ended.store(true, Ordering::Release);
    }

    /// True once the server refused the token (see [`SignedIn::end`]).
    pub fn is_ended(&self) -> bool {
        self.ended.load(Ordering::Acquire)
    }
}

/// Ends a kept token on the server (`POST /logout`) with no session around it: the token of a
/// profile removed while another one is active.
pub async fn revoke_token(server: &str, ca_pem: Option<&str>, token: AccessToken) -> Result<()> {
    let shown = displayable_server(server)?;
    let client = build_client(&shown, ca_pem)?;
    client.set_token(token);
    log_out(&client, &shown).await
}

/// `POST /logout` with the client's token, which is forgotten here whatever the answer.
async fn log_out(client: &Client, shown: &str) -> Result<()> {
    let told = client.auth().logout().await;
    client.clear_token();
    told.map_err(|e| error::from_api(&e, shown))
}

/// Where a sign-in stands after the password.
pub enum SignInStep {
    /// Signed in; the token is the caller's to keep in the keyring or not.
    Signed(Box<SignedIn>, Secret),
    /// The server wants the one-time code.
    SecondFactor(SecondFactor),
}

/// A sign-in waiting for its one-time code: the id the server gave, kept in memory only.
pub struct SecondFactor {
    server: String,
    client: Client,
    id: SecondFactorId,
}

impl SecondFactor {
    /// Sends the code; on success the session and its token, as [`SignInStep::Signed`].
    pub async fn finish(&self, code: &str) -> Result<(SignedIn, Secret)> {
        let session = self
            .client
            .auth()
            .login_2fa(&self.id, code)
            .await
            .map_err(|e| match e.kind() {
                webitel_api::ErrorKind::Unauthenticated | webitel_api::ErrorKind::Rejected => {
                    Error::WrongCode
                }
                _ => error::from_api(&e, &self.server),
            })?;
        let token = Secret::new(session.token.expose_secret());
        let client = self.client.with_token(session.token);
        let signed_in = SignedIn::from_client(self.server.clone(), client).await?;
        Ok((signed_in, token))
    }
}

/// A 401 on `/login` is a refused password, not an ended session.
fn refused_password(e: &webitel_api::Error, shown: &str) -> Error {
    match e.kind() {
        webitel_api::ErrorKind::Unauthenticated => Error::WrongPassword,
        _ => error::from_api(e, shown),
    }
}

/// Built from the stripped address: credentials written into a URL are never sent anywhere.
fn build_client(shown: &str, ca_pem: Option<&str>) -> Result<Client> {
    let mut builder = Client::builder(shown);
    if let Some(pem) = ca_pem.filter(|p| !p.trim().is_empty()) {
        builder = builder.add_root_certificate_pem(pem.as_bytes());
    }
    builder.build().map_err(|e| match (ca_pem, e.kind()) {
        (Some(_), webitel_api::ErrorKind::InvalidConfig) => Error::BadCaCertificate {
            detail: error::client_words(&e),
        },
        _ => error::from_api(&e, shown),
    })
}

/// Checks that `pem` holds a CA certificate the client can use, and nothing secret, before a
/// profile keeps it: a paste that carries a private key (of any PEM kind: `PRIVATE KEY`,
/// `RSA PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`) is refused whole.
pub fn check_ca_certificate(server: &str, pem: &str) -> Result<()> {
    if pem
        .lines()
        .any(|line| line.trim_start().starts_with("-----BEGIN") && line.contains("PRIVATE KEY"))
    {
        return Err(InputProblem::PrivateKeyInCa.into());
    }
    let shown = displayable_server(server)?;
    build_client(&shown, Some(pem)).map(|_| ())
}

/// The address without `user:password@`, query or fragment, as it may be shown and stored.
pub fn displayable_server(server: &str) -> Result<String> {
    let invalid = || Error::Invalid(InputProblem::BadServerAddress);
    let mut url = Url::parse(server.trim()).map_err(|_| invalid())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid());
    }
    // Both setters fail only for URLs that cannot have credentials, which the check above excludes.
    let _ = url.set_username("");
    let _ = url.set_password(None);
    url.set_query(None);
    url.set_fragment(None);
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// A profile's default name: the server's host, with its port when the address names one other
/// than the scheme's default (`cc.example.com` from `https://cc.example.com/x`,
/// `cc.example.com:8443` from `https://cc.example.com:8443`), so that two servers on one host
/// do not read alike in the profile menu.
pub fn host_of(server: &str) -> String {
    let Ok(url) = Url::parse(server) else {
        return server.to_owned();
    };
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        (None, _) => server.to_owned(),
    }
}

/// `user@domain` when the server gives both, else whichever it gives.
fn display_name(info: &UserInfo) -> String {
    let user = [&info.preferred_username, &info.username, &info.name]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_owned())
        .unwrap_or_default();
    if !user.contains('@') && !info.domain.is_empty() && !user.is_empty() {
        format!("{user}@{}", info.domain)
    } else {
        user
    }
}

fn permissions_of(info: &UserInfo) -> Permissions {
    Permissions {
        read_hooks: info.can_read_hooks(),
        change_hooks: info.can_change_hooks(),
        read_team_hooks: info.can_read_team_hooks(),
        change_team_hooks: info.can_change_team_hooks(),
        read_flows: info.can_read_flows(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_named_after_the_host_and_a_port_other_than_the_default() {
        assert_eq!(host_of("https://cc.example.com/x"), "cc.example.com");
        assert_eq!(host_of("https://cc.example.com:443"), "cc.example.com");
        assert_eq!(
            host_of("https://cc.example.com:8443"),
            "cc.example.com:8443"
        );
        assert_eq!(host_of("http://127.0.0.1:8070"), "127.0.0.1:8070");
        assert_eq!(host_of("not a url"), "not a url");
    }

    #[test]
    fn credentials_query_and_fragment_are_stripped_from_the_shown_address() {
        assert_eq!(
            displayable_server("https://bob:secret@cc.example.com/api/?token=x#y").unwrap(),
            "https://cc.example.com/api"
        );
        assert_eq!(
            displayable_server(" http://127.0.0.1:8080/ ").unwrap(),
            "http://127.0.0.1:8080"
        );
        let err = displayable_server("cc.example.com").unwrap_err();
        assert_eq!(err, Error::Invalid(InputProblem::BadServerAddress));
        assert!(!err.to_string().contains("secret"));
    }
}
