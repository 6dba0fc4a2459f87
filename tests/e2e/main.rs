//! End-to-end tests: the built app in its real webview, driven over WebDriver (tauri-driver),
//! against webitel-sim started in-process for each test. `make e2e` starts Xvfb and the driver
//! and runs them one at a time; screenshots go to `target/e2e-screens/`. Each test keeps its IPC
//! answers and data folder; `make e2e` then runs the secret scan (secrets.rs) over them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod all_queues;
mod bulk;
mod events;
mod expiry;
mod hooks;
mod ipc;
mod journal;
mod language;
mod offline;
mod paging;
mod profiles;
mod secrets;
mod settings;
mod signin;
mod smoke;
mod teams;
mod transfer;
mod tray;
