//! The client, its builder and the transport every handler goes through.
//!
//! What must hold: every path is joined under `<server>/api/`; TLS verification is always on (a
//! private CA is added, verification is never turned off: there is deliberately no method for
//! it); `X-Webitel-Access` is sent on every call but the sign-in calls; 429 and 503 are retried
//! with exponential backoff that honours `Retry-After` seconds, capped; nothing else is retried
//! (a create that reached the server must not be sent twice).

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, CONTENT_TYPE};
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;
use url::Url;

use crate::error::{Error, ErrorKind, Result};
use crate::query;
use crate::retry::{is_retryable, retry_after, RetryPolicy};
use crate::token::AccessToken;
use crate::transport::from_transport;
use crate::wire::ErrorBody;

/// Builds a [`Client`].
#[derive(Debug)]
pub struct ClientBuilder {
    server: String,
    timeout: Duration,
    retry: RetryPolicy,
    roots: Vec<Vec<u8>>,
    token: Option<AccessToken>,
}

impl ClientBuilder {
    /// The default request timeout.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15);

    /// Reads the server as given: `https://host`, `https://host/`, `https://host/api` and
    /// `https://host/api/` all mean the same API root.
    pub fn new(server: impl Into<String>) -> Self {
        ClientBuilder {
            server: server.into(),
            timeout: Self::DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            roots: Vec::new(),
            token: None,
        }
    }

    /// The whole-request timeout (connect, send and read the answer).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Trusts one more root CA (PEM, one or more certificates) besides the system's roots and
    /// Mozilla's, for an on-premise server with a private CA. Verification stays on.
    pub fn add_root_certificate_pem(mut self, pem: &[u8]) -> Self {
        self.roots.push(pem.to_vec());
        self
    }

    /// Starts with a token from an earlier session.
    pub fn token(mut self, token: AccessToken) -> Self {
        self.token = Some(token);
        self
    }

    pub fn build(self) -> Result<Client> {
        let base = normalise_base(&self.server)?;
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("webitel-hooks/", env!("CARGO_PKG_VERSION")))
            // Webitel's API never redirects. reqwest would follow, keeping `X-Webitel-Access`
            // (it strips only the standard credential headers) and re-sending a 307/308's body,
            // the password of `/login`: a redirect is answered as an error instead.
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .timeout(self.timeout)
            .connect_timeout(self.timeout.min(Duration::from_secs(10)))
            // Roots: the operating system's store (the company CA an admin installed, which the
            // browser admin trusts too) and Mozilla's, both loaded by reqwest's features.
            .use_rustls_tls();
        for pem in &self.roots {
            let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| {
                Error::new(ErrorKind::InvalidConfig)
                    .with_message("the CA certificate is not valid PEM")
                    .with_source(e)
            })?;
            if certs.is_empty() {
                return Err(Error::new(ErrorKind::InvalidConfig)
                    .with_message("the CA certificate file holds no certificate"));
            }
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let http = builder.build().map_err(|e| {
            Error::new(ErrorKind::InvalidConfig)
                .with_message("the HTTP client could not be set up")
                .with_source(e)
        })?;
        Ok(Client {
            http,
            base: Arc::new(base),
            retry: self.retry,
            token: Arc::new(RwLock::new(self.token)),
            legacy_hook_path: Arc::new(AtomicBool::new(false)),
        })
    }
}

/// `<server>` with or without `/api`, with or without a trailing slash, becomes `<server>/api/`.
fn normalise_base(server: &str) -> Result<Url> {
    let invalid = |why: &str| Error::new(ErrorKind::InvalidUrl).with_message(why.to_owned());
    let mut url = Url::parse(server.trim()).map_err(|e| invalid(&format!("{e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid(
            "the address must start with https:// (or http://) and name a host",
        ));
    }
    url.set_query(None);
    url.set_fragment(None);
    let path = url.path().trim_end_matches('/');
    let path = path.strip_suffix("/api").unwrap_or(path);
    let joined = format!("{path}/api/");
    url.set_path(&joined);
    Ok(url)
}

/// A client of one Webitel server. Cheap to clone; clones share the connection pool and the
/// token slot.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Arc<Url>,
    retry: RetryPolicy,
    token: Arc<RwLock<Option<AccessToken>>>,
    /// Set once the server has shown it only knows the pre-2021 singular hook path.
    legacy_hook_path: Arc<AtomicBool>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base.as_str())
            .field("retry", &self.retry)
            .field("signed_in", &self.has_token())
            .finish_non_exhaustive()
    }
}

/// One request as the handlers describe it.
pub(crate) struct Call {
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
    /// Sign-in calls go without the token header.
    pub authenticated: bool,
    /// Sign-in answers carry secrets: a decode error must not quote them.
    pub secret_answer: bool,
    /// Values this call sends that the server's words must never carry on (the password of a
    /// sign-in, a one-time code): an error's message has them replaced, as it has the token.
    pub secrets: Vec<String>,
}

impl Call {
    pub(crate) fn new(method: Method, path: impl Into<String>) -> Self {
        Call {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            authenticated: true,
            secret_answer: false,
            secrets: Vec::new(),
        }
    }

    /// Marks a value this call sends as secret (see [`Call::secrets`]).
    pub(crate) fn secret(mut self, value: &str) -> Self {
        if !value.is_empty() {
            self.secrets.push(value.to_owned());
        }
        self
    }

    pub(crate) fn query<Q: Serialize>(mut self, query: &Q) -> Result<Self> {
        self.query = query::to_pairs(query)?;
        Ok(self)
    }

    pub(crate) fn json<B: Serialize>(mut self, body: &B) -> Result<Self> {
        let bytes = serde_json::to_vec(body).map_err(|e| {
            Error::new(ErrorKind::InvalidInput)
                .with_message(format!("the request body could not be written: {e}"))
        })?;
        self.body = Some(bytes);
        Ok(self)
    }

    pub(crate) fn anonymous(mut self) -> Self {
        self.authenticated = false;
        self.secret_answer = true;
        self
    }
}

impl Client {
    pub fn builder(server: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(server)
    }

    /// The API root every path is joined to, always ending in `/api/`.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// A client for the same server and connection pool with its own token slot.
    pub fn with_token(&self, token: AccessToken) -> Client {
        Client {
            token: Arc::new(RwLock::new(Some(token))),
            ..self.clone()
        }
    }

    /// Replaces the token of this client and of its clones.
    pub fn set_token(&self, token: AccessToken) {
        *self.token.write().unwrap_or_else(|p| p.into_inner()) = Some(token);
    }

    /// Forgets the token (after sign-out, or after a 401).
    pub fn clear_token(&self) {
        *self.token.write().unwrap_or_else(|p| p.into_inner()) = None;
    }

    pub fn has_token(&self) -> bool {
        self.token
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .is_some()
    }

    pub(crate) fn uses_legacy_hook_path(&self) -> bool {
        self.legacy_hook_path.load(Ordering::Relaxed)
    }

    pub(crate) fn remember_legacy_hook_path(&self) {
        self.legacy_hook_path.store(true, Ordering::Relaxed);
    }

    /// Sends a call and reads a JSON answer. An empty success body reads as `{}`.
    pub(crate) async fn send<T: DeserializeOwned>(&self, call: Call) -> Result<T> {
        let secret = call.secret_answer;
        let bytes = self.execute(call).await?;
        let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &bytes
        };
        serde_json::from_slice(bytes).map_err(|e| {
            let words = if secret {
                format!(
                    "unexpected sign-in answer at line {} column {}",
                    e.line(),
                    e.column()
                )
            } else {
                e.to_string()
            };
            Error::new(ErrorKind::Decode)
                .with_message(words)
                .with_source(e)
        })
    }

    /// Sends with retries and returns the body of a success answer, or the classified error.
    async fn execute(&self, call: Call) -> Result<Vec<u8>> {
        let mut url = self
            .base
            .join(call.path.trim_start_matches('/'))
            .map_err(|e| Error::new(ErrorKind::InvalidUrl).with_message(e.to_string()))?;
        query::append(&mut url, &call.query);
        let token = if call.authenticated {
            self.token.read().unwrap_or_else(|p| p.into_inner()).clone()
        } else {
            None
        };
        let mut retry = 0u32;
        loop {
            let mut request = self.http.request(call.method.clone(), url.clone());
            if let Some(token) = &token {
                let mut value = HeaderValue::from_str(token.expose_secret()).map_err(|_| {
                    Error::new(ErrorKind::InvalidInput)
                        .with_message("the stored access token has characters a header cannot hold")
                })?;
                value.set_sensitive(true);
                request = request.header("X-Webitel-Access", value);
            }
            if let Some(body) = &call.body {
                request = request
                    .header(CONTENT_TYPE, "application/json")
                    .body(body.clone());
            }
            let response = request.send().await.map_err(from_transport)?;
            let status = response.status();
            if is_retryable(status) && retry < self.retry.max_retries {
                let wait = self.retry.delay(retry, retry_after(response.headers()));
                tracing::debug!(%status, retry, ?wait, path = %call.path, "retrying");
                drop(response);
                tokio::time::sleep(wait).await;
                retry += 1;
                continue;
            }
            if status.is_redirection() {
                let to = redirect_target(&url, response.headers());
                tracing::warn!(%status, path = %call.path, to, "the server redirected; not followed");
                return Err(Error::new(ErrorKind::Redirected)
                    .with_message(format!("to {to}"))
                    .with_status(status.as_u16()));
            }
            let bytes = read_bounded(response, MAX_ANSWER_BYTES).await?;
            if status.is_success() {
                return Ok(bytes);
            }
            let mut err = Error::from_response(status.as_u16(), ErrorBody::parse(&bytes));
            // A server that quotes the request back quotes its secrets: gone by value, whatever
            // their shape, before the words go anywhere.
            if let Some(token) = &token {
                err.redact(token.expose_secret());
            }
            for secret in &call.secrets {
                err.redact(secret);
            }
            tracing::debug!(%status, kind = ?err.kind(), path = %call.path, "call failed");
            return Err(err);
        }
    }
}

/// The most of an answer the client reads: a page of a thousand hooks is under a megabyte, so
/// anything near this is not an answer of Webitel's API, and reading on would only fill memory.
pub const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;

/// Reads the body up to `limit` bytes, chunk by chunk, and stops with `TooLarge` past it (at
/// once when the server declares a larger length).
async fn read_bounded(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>> {
    let too_large = || {
        Error::new(ErrorKind::TooLarge)
            .with_message(format!("more than {} MiB", limit / (1024 * 1024)))
    };
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(from_transport)? {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Where a redirect pointed, as it may be shown: scheme, host, port and path (no user info, no
/// query, no fragment), at most 200 characters; relative locations are resolved against `from`.
fn redirect_target(from: &Url, headers: &reqwest::header::HeaderMap) -> String {
    let location = headers
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let Ok(mut to) = from.join(location) else {
        return "an address that is not valid".to_owned();
    };
    let _ = to.set_username("");
    let _ = to.set_password(None);
    to.set_query(None);
    to.set_fragment(None);
    to.as_str().chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_address_is_normalised_to_the_api_root() {
        for input in [
            "https://cc.example.com",
            "https://cc.example.com/",
            "https://cc.example.com/api",
            "https://cc.example.com/api/",
            " https://cc.example.com/api?x=1 ",
        ] {
            assert_eq!(
                normalise_base(input).unwrap().as_str(),
                "https://cc.example.com/api/",
                "{input}"
            );
        }
        assert_eq!(
            normalise_base("http://127.0.0.1:8080/webitel")
                .unwrap()
                .as_str(),
            "http://127.0.0.1:8080/webitel/api/"
        );
        for bad in ["cc.example.com", "ftp://cc.example.com", "https://", ""] {
            assert_eq!(
                normalise_base(bad).unwrap_err().kind(),
                ErrorKind::InvalidUrl,
                "{bad}"
            );
        }
    }

    #[test]
    fn token_is_redacted_and_shared_between_clones() {
        let token = AccessToken::new("s3cret-token");
        assert!(!format!("{token:?}").contains("s3cret"));
        let client = Client::builder("http://127.0.0.1:1").build().unwrap();
        let clone = client.clone();
        client.set_token(token.clone());
        assert!(clone.has_token());
        assert!(!format!("{client:?}").contains("s3cret"));
        let other = client.with_token(AccessToken::new("other"));
        client.clear_token();
        assert!(!clone.has_token());
        assert!(other.has_token());
    }

    #[test]
    fn a_redirect_is_named_without_credentials_or_query() {
        let from = Url::parse("https://cc.example.com/api/call_center/queues").unwrap();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::LOCATION,
            "http://bob:pw@evil.example:8080/steal?token=abc#x"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            redirect_target(&from, &headers),
            "http://evil.example:8080/steal"
        );
        headers.insert(reqwest::header::LOCATION, "/login".parse().unwrap());
        assert_eq!(
            redirect_target(&from, &headers),
            "https://cc.example.com/login"
        );
    }

    #[test]
    fn a_pem_without_a_certificate_is_refused() {
        let err = Client::builder("https://h")
            .add_root_certificate_pem(b"not a pem")
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidConfig);
    }
}
