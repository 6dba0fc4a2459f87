//! Integration tests of the client: against the stand-in server `webitel-sim` for the engine's
//! behaviour, and against a tiny recording server (`support::fake`) where the exact bytes on the
//! wire matter. One binary, one module per concern.

// Test code: a failed expectation is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod calls;
mod contract;
mod failures;
mod hostile;
mod quirks;
mod recorder;
mod support;
mod swagger;
mod teams;
mod tls;
