//! The shell through its IPC layer, without a window: Tauri's mock runtime runs the real
//! invoke handler, capability and state against a stand-in Webitel server.
//!
//! The mock app never runs its event loop, so `setup` does not run either: `start` calls what
//! `setup` calls, and opens the "main" window the capability names.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod commands;
mod desktop;
mod hooks;
mod hostile;
mod journal;
mod offline;
mod profiles;
mod session;
mod sync_runs;
mod transfer;

use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Listener, WebviewUrl, WebviewWindow, WebviewWindowBuilder};
use tempfile::TempDir;
use webitel_hooks_core::Vault;
use webitel_sim::{SimConfig, SimServer};

use crate::launch::LaunchOptions;

/// The demo's "Sales Progressive EU": seven hooks, among them a disabled `leaving` beside an
/// enabled one; `joined`, `answered` and `active` are free.
pub const SALES_EU: i64 = 1;

pub struct TestApp {
    pub app: App<MockRuntime>,
    pub window: WebviewWindow<MockRuntime>,
    pub dir: TempDir,
    pub sim: Option<SimServer>,
    /// The app's keyring: a memory vault unless the test chose another, shared with the app so
    /// that a test can read what it keeps.
    pub vault: Vault,
    /// Every IPC answer (value or error) as JSON text, to search for secrets.
    pub answers: Arc<Mutex<Vec<String>>>,
}

/// The stand-in server, on Tauri's own runtime, where the commands run too.
pub fn sim() -> SimServer {
    tauri::async_runtime::block_on(webitel_sim::spawn(
        "127.0.0.1:0".parse().unwrap(),
        SimConfig::default(),
    ))
    .unwrap()
}

/// The app started with `options` over a memory keyring, its data folder a fresh temp folder
/// unless they name one.
pub fn start(options: LaunchOptions) -> TestApp {
    start_with_vault(options, Vault::memory())
}

/// The app started with `options` over `vault` as its keyring.
pub fn start_with_vault(mut options: LaunchOptions, vault: Vault) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    if options.data_dir.is_none() {
        options.data_dir = Some(dir.path().to_path_buf());
    }
    let app = crate::compose(mock_builder(), options.clone())
        .build(tauri::generate_context!(
            test = true,
            assets = tauri::test::noop_assets()
        ))
        .unwrap();
    let keyring = vault.clone();
    crate::startup::start_with(app.handle(), &options, move || keyring);
    let window = WebviewWindowBuilder::new(&app, "main", WebviewUrl::default())
        .build()
        .unwrap();
    TestApp {
        app,
        window,
        dir,
        sim: None,
        vault,
        answers: Arc::default(),
    }
}

/// Started against a fresh sim, signing in as `user@demo` (password `demo`).
pub fn signed_in_as(user: &str) -> TestApp {
    let sim = sim();
    let options = LaunchOptions {
        server: Some(sim.base_url()),
        username: Some(format!("{user}@demo")),
        password: Some("demo".into()),
        data_dir: None,
        ..LaunchOptions::default()
    };
    let mut app = start(options);
    app.sim = Some(sim);
    app
}

impl TestApp {
    /// Invokes `cmd` from the main window with `{"args": args}`, as the UI does.
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let answer = invoke_from(&self.window, cmd, args);
        let text = match &answer {
            Ok(value) | Err(value) => value.to_string(),
        };
        self.answers.lock().unwrap().push(text);
        answer
    }

    /// Invokes, expecting an answer.
    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        match self.invoke(cmd, args) {
            Ok(value) => value,
            Err(err) => panic!("{cmd} failed: {err}"),
        }
    }

    /// Invokes, expecting an `AppError`; gives its code.
    pub fn error_code(&self, cmd: &str, args: Value) -> String {
        match self.invoke(cmd, args) {
            Ok(value) => panic!("{cmd} answered {value} where an error was expected"),
            Err(err) => {
                assert!(
                    err["message"].as_str().is_some_and(|m| !m.is_empty()),
                    "{err}"
                );
                err["code"].as_str().unwrap().to_owned()
            }
        }
    }

    /// Waits for the sign-in made at start, asserting it succeeded.
    pub fn signed_in(self) -> Self {
        let session = self.ok("session_info", json!({}));
        assert!(session.is_object(), "{session}");
        self
    }

    /// Records the payloads of `hooks-changed`.
    pub fn hooks_changed(&self) -> mpsc::Receiver<Value> {
        let (tx, rx) = mpsc::channel();
        self.app.listen_any(
            <webitel_hooks_model::events::HooksChanged as webitel_hooks_model::events::Event>::NAME,
            move |event| {
                let _ = tx.send(serde_json::from_str(event.payload()).unwrap());
            },
        );
        rx
    }

    /// Waits for the background sync's run after the sign-in at start to end (then the loop
    /// stays idle for minutes), and answers its status.
    pub fn first_sync(&self) -> Value {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let status = self.ok("sync_status", json!({}));
            if status["running"] == false && status["last_synced_at"].is_i64() {
                return status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no sync after the sign-in: {status}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Records the payloads of the event `name`.
    pub fn events(&self, name: &str) -> mpsc::Receiver<Value> {
        let (tx, rx) = mpsc::channel();
        self.app.listen_any(name, move |event| {
            let _ = tx.send(serde_json::from_str(event.payload()).unwrap());
        });
        rx
    }

    /// Records the payloads of `session-changed`.
    pub fn session_changed(&self) -> mpsc::Receiver<Value> {
        let (tx, rx) = mpsc::channel();
        self.app.listen_any(
            <webitel_hooks_model::events::SessionChanged as webitel_hooks_model::events::Event>::NAME,
            move |event| {
                let _ = tx.send(serde_json::from_str(event.payload()).unwrap());
            },
        );
        rx
    }

    /// Asserts that no IPC answer so far carries any of `secrets`, nor anything shaped like
    /// the sim's tokens (32 hex digits).
    pub fn assert_no_secret_answered(&self, secrets: &[&str]) {
        let answers = self.answers.lock().unwrap();
        assert!(!answers.is_empty());
        for answer in answers.iter() {
            for secret in secrets {
                assert!(!answer.contains(secret), "a secret was answered: {answer}");
            }
            let mut run = 0;
            for c in answer.chars() {
                run = if c.is_ascii_hexdigit() { run + 1 } else { 0 };
                assert!(run < 32, "a token-shaped string was answered: {answer}");
            }
        }
    }

    /// A second window, which no capability names.
    pub fn other_window(&self) -> WebviewWindow<MockRuntime> {
        WebviewWindowBuilder::new(&self.app, "other", WebviewUrl::default())
            .build()
            .unwrap()
    }

    pub fn data_dir(&self) -> &std::path::Path {
        self.dir.path()
    }
}

pub fn invoke_from(
    window: &WebviewWindow<MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(json!({ "args": args })),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// The next `hooks-changed` payload, waiting a little: listeners run on the emitting thread,
/// but not necessarily before the answer reaches the test.
pub fn next_change(rx: &mpsc::Receiver<Value>) -> Value {
    rx.recv_timeout(Duration::from_secs(5))
        .expect("hooks-changed was emitted")
}
