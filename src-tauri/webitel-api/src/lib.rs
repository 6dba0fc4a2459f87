//! Typed async client of the Webitel engine REST API, in the shape the engine really speaks.
//!
//! One handler per resource, reached from a [`Client`]: [`Client::auth`], [`Client::queues`],
//! [`Client::schemas`], [`Client::teams`], and [`Client::hooks`] and [`Client::team_hooks`] (one
//! hook handler for both collections). Every quirk of the real server is handled inside
//! this crate and nowhere else: int64 fields as strings, omitted zero values, `{}` as an empty
//! list, two error-body shapes, a "not found" that arrives as HTTP 500, two `/login` answer
//! shapes, the pre-2021 singular hook path, and proxies answering 429 or 503. The crate knows
//! nothing of caches or of the UI.
//!
//! ```no_run
//! # async fn demo() -> webitel_api::Result<()> {
//! use webitel_api::{Client, Credentials, HookQuery, LoginOutcome, QueueId};
//! let client = Client::builder("https://cc.example.com").build()?;
//! if let LoginOutcome::Signed(session) = client.auth().login(&Credentials::new("admin@demo", "pw")).await? {
//!     client.set_token(session.token);
//! }
//! let page = client.hooks(QueueId(12)).list(&HookQuery::new().sort("+event")).await?;
//! # let _ = page; Ok(()) }
//! ```

mod auth;
mod client;
mod error;
mod hooks;
mod query;
mod queues;
mod retry;
mod schemas;
mod teams;
mod token;
mod transport;
mod wire;

#[cfg(test)]
mod decoding_properties;

pub use auth::{
    AuthHandler, Credentials, LoginOutcome, Permission, Scope, SecondFactorId, Session, UserInfo,
};
pub use client::{Client, ClientBuilder};
pub use error::{Error, ErrorKind, Result, TlsProblem};
pub use hooks::{Hook, HookHandler, HookInput, HookPatch, HookQuery, SchemaRef};
pub use queues::{Queue, QueueHandler, QueueQuery};
pub use retry::RetryPolicy;
pub use schemas::{FlowSchema, FlowType, SchemaHandler, SchemaQuery};
pub use teams::{Team, TeamHandler, TeamQuery};
pub use token::AccessToken;
pub use wire::{Lookup, Page};

pub use webitel_hooks_model::{HookEvent, HookId, QueueId, QueueType, SchemaId, TeamId};
