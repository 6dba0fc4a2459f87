//! The app's behaviour as plain Rust, testable without a window.
//!
//! - [`session`]: signing in to a Webitel server; the token stays in memory, inside the client.
//! - [`store`]: the local SQLite cache everything read from the server is written to.
//! - [`registry`]: [`HookRegistry`], the use case behind every command of the Hooks tab.
//! - [`vault`]: secrets in the OS keyring, or in memory for a session-only sign-in.
//! - [`profiles`]: [`ProfileBook`], the server profiles and signing in, out and again.
//! - [`sync`]: [`SyncRunner`], the full sync into the cache, the outbox's replay, the sync
//!   status and the background loop.
//! - [`transfer`]: export, import and "Copy to…", with a preview before anything is sent.
//! - [`error`]: the one mapping from any failure to the `AppError` that crosses IPC.

pub mod clock;
pub mod csv;
pub mod error;
pub mod profiles;
pub mod registry;
pub mod session;
mod sqlite;
pub mod store;
pub mod sync;
pub mod transfer;
pub mod vault;

pub use profiles::ProfileBook;
pub use registry::{HookRegistry, Pinned, Renewal, DELETE_CONCURRENCY};
pub use session::{SecondFactor, SessionProfile, SignInStep, SignedIn};
pub use store::Store;
pub use sync::{ReplayReport, SyncOptions, SyncReport, SyncRunner, SYNC_CONCURRENCY};
pub use vault::{EntryName, Secret, SecretKind, Vault};
pub use webitel_api::{AccessToken, Credentials};
