//! The core's use cases against the stand-in server over real loopback HTTP, with the cache in
//! real SQLite files.

// Test equipment may stop a test at the first surprise; the lints are for the app's own code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod all_hooks;
mod background;
mod changes;
mod crash;
mod creates;
mod delete;
mod engine_answers;
mod errors;
mod events;
mod flows;
mod gone_queue;
mod hooks;
mod journal;
mod keyring;
mod keyring_stall;
mod layers;
mod outbox;
mod permissions;
mod pins;
mod profiles;
mod queues;
mod rebuild;
mod renewal;
mod resume_offline;
mod run_events;
mod session;
mod shell;
mod status;
mod support;
mod switch;
mod sync;
mod teams;
mod transfer;
