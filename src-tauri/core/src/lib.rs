//! The app's behaviour as plain Rust, testable without a window.
//!
//! - [`session`]: signing in to a Webitel server; the token stays in memory, inside the client.
//! - [`store`]: the local SQLite cache everything read from the server is written to.
//! - [`registry`]: [`HookRegistry`], the use case behind every command of the Hooks tab.
//! - [`error`]: the one mapping from any failure to the `AppError` that crosses IPC.

pub mod error;
pub mod registry;
pub mod session;
pub mod store;

pub use registry::{HookRegistry, DELETE_CONCURRENCY};
pub use session::SignedIn;
pub use store::Store;
pub use webitel_api::{AccessToken, Credentials};
