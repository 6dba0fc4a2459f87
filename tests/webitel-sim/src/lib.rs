//! A stand-in Webitel engine server for tests, benchmarks and the demo.
//!
//! It serves under `/api` the part of the engine API that the app uses, with the engine's
//! quirks (see `shared/webitel/API.md`), and an admin endpoint under `/_sim` to turn fault
//! knobs at run time. Its JSON types are its own on purpose: sharing the client's types would
//! make it agree with the client's mistakes.

pub mod admin;
pub mod data;
pub mod datasets;
pub mod error;
pub mod faults;
pub mod json;
pub mod query;
pub mod routes;
mod server;
pub mod state;
pub mod tls;
pub mod totp;
pub mod users;

use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use data::{
    Flow, FlowType, Hook, Named, Queue, SimData, Team, AGENT_STATUS, EVENTS, PROGRESSIVE,
};
pub use datasets::{DataSet, DataSetParseError};
pub use faults::Knobs;
pub use tls::TlsFiles;

use state::{lock, AppState, Shared};

/// How long `spawn` waits for the listening socket.
const BIND_TIMEOUT: Duration = Duration::from_secs(5);

/// What a sim starts with. The default is the demo data and no faults. HTTPS is
/// [`spawn_https`]'s argument rather than a field here, so that every `SimConfig { data, knobs }`
/// literal keeps compiling.
#[derive(Clone, Debug, Default)]
pub struct SimConfig {
    pub data: DataSet,
    pub knobs: Knobs,
}

/// A running sim. Dropping it stops it too, without waiting; `shutdown` waits until it is down.
pub struct SimServer {
    addr: SocketAddr,
    https: bool,
    state: AppState,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl std::fmt::Debug for SimServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimServer")
            .field("addr", &self.addr)
            .field("https", &self.https)
            .finish()
    }
}

/// The whole app: `/api` (engine) and `/_sim` (admin).
pub fn router(state: AppState) -> Router {
    Router::new()
        .nest("/api", routes::api_router())
        .nest("/_sim", admin::admin_router())
        .with_state(state)
}

/// Binds `addr` (port 0 picks a free port) and serves plain HTTP until `SimServer::shutdown`. A
/// port in use, or a bind that takes longer than a few seconds, is an `Err`, never a panic.
pub async fn spawn(addr: SocketAddr, config: SimConfig) -> std::io::Result<SimServer> {
    start(addr, config, None).await
}

/// Like [`spawn`], but serves HTTPS with the certificate chain and key of `tls` (PEM files, read
/// now). A missing or unusable file is an `Err` that names it. Tests make the files with
/// [`tls::TestPki`].
pub async fn spawn_https(
    addr: SocketAddr,
    config: SimConfig,
    tls: &TlsFiles,
) -> std::io::Result<SimServer> {
    let acceptor = tls.acceptor()?;
    start(addr, config, Some(acceptor)).await
}

async fn start(
    addr: SocketAddr,
    config: SimConfig,
    tls: Option<tokio_rustls::TlsAcceptor>,
) -> std::io::Result<SimServer> {
    let listener = tokio::time::timeout(BIND_TIMEOUT, TcpListener::bind(addr))
        .await
        .map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!("binding {addr} took more than {BIND_TIMEOUT:?}"),
            )
        })??;
    let addr = listener.local_addr()?;
    let state: AppState = Arc::new(Shared::new(config.data, config.knobs));
    let (stop, stop_rx) = watch::channel(false);
    let https = tls.is_some();
    let task = tokio::spawn(server::accept_loop(
        listener,
        tls,
        router(state.clone()),
        state.clone(),
        stop_rx,
    ));
    Ok(SimServer {
        addr,
        https,
        state,
        stop,
        task,
    })
}

impl SimServer {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// True when it serves HTTPS ([`spawn_https`]).
    pub fn is_https(&self) -> bool {
        self.https
    }

    /// `http://127.0.0.1:PORT` (`https://` with TLS on), without `/api`.
    pub fn base_url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// `base_url` + `/api`, what a client is configured with.
    pub fn api_url(&self) -> String {
        format!("{}/api", self.base_url())
    }

    /// Replaces every knob, counters included.
    pub fn set_knobs(&self, knobs: Knobs) {
        *lock(&self.state.knobs) = knobs;
    }

    /// The knobs now, with the `*_next` counters as far as they have counted down.
    pub fn knobs(&self) -> Knobs {
        lock(&self.state.knobs).clone()
    }

    /// Every token issued so far answers 401 "session expired" from now on.
    pub fn expire_tokens(&self) {
        lock(&self.state.sessions).expire_all();
    }

    /// Every request received so far (any path), oldest first: what reached this server.
    pub fn seen_requests(&self) -> Vec<state::SeenRequest> {
        lock(&self.state.seen).clone()
    }

    /// `/api` requests received, dropped and failed ones included.
    pub fn request_count(&self) -> u64 {
        self.state.requests.load(Ordering::Relaxed)
    }

    /// Runs `f` on the data under the lock, to change it behind a client's back.
    pub fn with_data<R>(&self, f: impl FnOnce(&mut SimData) -> R) -> R {
        f(&mut lock(&self.state.data))
    }

    /// A copy of the data now.
    pub fn snapshot(&self) -> SimData {
        lock(&self.state.data).clone()
    }

    /// Reloads the data set the sim started with.
    pub fn reset(&self) {
        *lock(&self.state.data) = self.state.dataset.build();
    }

    /// The first Progressive Dialer queue (type 4) that has hooks, if the data set has one.
    pub fn progressive_queue_id(&self) -> Option<i64> {
        lock(&self.state.data).progressive_queue_id()
    }

    /// The first team that has hooks, if the data set has one.
    pub fn team_with_hooks(&self) -> Option<i64> {
        lock(&self.state.data).team_with_hooks()
    }

    /// A queue with no hooks at all, if the data set has one.
    pub fn queue_without_hooks(&self) -> Option<i64> {
        lock(&self.state.data).queue_without_hooks()
    }

    /// Signs `username` (`admin`, `viewer`, `noflows`; not the 2FA user) in without HTTP.
    pub fn token_for(&self, username: &str) -> Option<String> {
        let index = self
            .state
            .users
            .iter()
            .position(|u| u.username == username && u.totp_secret.is_none())?;
        let answer = routes::auth::issue_token_for(&self.state, index);
        Some(answer)
    }

    /// Every session token issued so far (expired ones included), for tests that check no copy
    /// of one was left where it should not be. Read-only: it changes nothing.
    pub fn issued_tokens(&self) -> Vec<String> {
        let mut tokens: Vec<String> = lock(&self.state.sessions).tokens.keys().cloned().collect();
        tokens.sort();
        tokens
    }

    /// Stops accepting, closes connections (after a short grace) and waits for the server task.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}
