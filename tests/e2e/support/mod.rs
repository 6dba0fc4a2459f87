//! What every end-to-end test shares: the stand-in server, the app started through tauri-driver,
//! wait helpers that poll instead of sleeping, and screenshots.

mod actions;
pub mod desktop;
pub mod dom;
pub mod file_dialog;
pub mod offline;
pub mod record;
pub mod signin;

use std::future::Future;
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use tempfile::TempDir;
use webitel_sim::{SimConfig, SimServer};

/// How long a wait helper polls before it gives up.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// How long the driver may take to start the app and open its page.
const SESSION_START: Duration = Duration::from_secs(60);
/// How long an app whose session ended may take to exit before it is stopped.
const EXIT_GRACE: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(100);

/// The WebDriver server that `make e2e` starts (tauri-driver).
pub fn webdriver_url() -> String {
    std::env::var("WEBDRIVER_URL").unwrap_or_else(|_| String::from("http://127.0.0.1:4444"))
}

/// The built app: `WEBITEL_HOOKS_APP` when set, else the binary cargo built for this test run
/// (`target/debug/webitel-hooks`, with the UI embedded when built with `custom-protocol`).
pub fn app_path() -> PathBuf {
    std::env::var_os("WEBITEL_HOOKS_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_webitel-hooks")))
}

/// Where screenshots go: `target/e2e-screens/` of the workspace.
pub fn screens_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("e2e-screens")
}

fn driver_reachable(url: &str) -> bool {
    let host_port = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let addrs: Vec<SocketAddr> = host_port
        .to_socket_addrs()
        .map(|a| a.collect())
        .unwrap_or_default();
    addrs
        .iter()
        .any(|a| TcpStream::connect_timeout(a, Duration::from_secs(2)).is_ok())
}

/// A change to the sim's data made before the app starts.
pub type Seed = Box<dyn FnOnce(&SimServer) + Send>;

/// How the app starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// `--server`/`--username` (password from `WEBITEL_HOOKS_PASSWORD`): signed in at start.
    SignedIn(&'static str),
    /// No server or username: the last used profile, or the Sign-in page.
    Plain,
}

/// Who signs in, and what the sim holds before the app starts.
pub struct Launch {
    pub start: Start,
    /// Start the app with no D-Bus session (so with no keyring), through `without-dbus.sh`.
    pub no_dbus: bool,
    pub seed: Option<Seed>,
    /// More command-line arguments (`--hidden`).
    pub args: Vec<&'static str>,
    /// The OS locale the app starts in (`LANG`, the other locale variables unset); `None`: the
    /// harness's, which is English.
    pub locale: Option<&'static str>,
}

impl Launch {
    pub fn admin() -> Self {
        Launch {
            start: Start::SignedIn("admin@demo"),
            no_dbus: false,
            seed: None,
            args: Vec::new(),
            locale: None,
        }
    }

    pub fn viewer() -> Self {
        Launch {
            start: Start::SignedIn("viewer@demo"),
            no_dbus: false,
            seed: None,
            args: Vec::new(),
            locale: None,
        }
    }

    /// No `--server`/`--username` and a fresh data folder: the Sign-in page.
    pub fn sign_in_page() -> Self {
        Launch {
            start: Start::Plain,
            no_dbus: false,
            seed: None,
            args: Vec::new(),
            locale: None,
        }
    }

    /// Started with no D-Bus session, so no keyring can be reached.
    pub fn without_dbus(mut self) -> Self {
        self.no_dbus = true;
        self
    }

    /// Starts the app with `LANG` set to `locale` (`ru_RU.UTF-8`).
    pub fn in_locale(mut self, locale: &'static str) -> Self {
        self.locale = Some(locale);
        self
    }

    /// Adds command-line arguments.
    pub fn with_args(mut self, args: &[&'static str]) -> Self {
        self.args.extend_from_slice(args);
        self
    }

    /// Changes the sim's data before the app starts.
    pub fn seeded(mut self, f: impl FnOnce(&SimServer) + Send + 'static) -> Self {
        self.seed = Some(Box::new(f));
        self
    }
}

/// One running app next to its own sim.
pub struct Ctx {
    pub name: &'static str,
    pub c: Client,
    pub sim: Arc<SimServer>,
    /// The app's data folder, removed when the test ends; a relaunch reuses it.
    pub data_dir: Arc<TempDir>,
    /// Set while the server is down (`stop_sim`): where it listened, and listens again.
    down: Option<SocketAddr>,
    run: Arc<RunState>,
}

/// What outlives one app launch within a test: the session to close at the end, every sim
/// started (for their tokens; a stopped one's are kept in `stopped_tokens`), the IPC answers
/// recorded so far.
struct RunState {
    current: Mutex<Option<Client>>,
    sims: Mutex<Vec<Arc<SimServer>>>,
    stopped_tokens: Mutex<Vec<String>>,
    ipc: Mutex<Vec<Value>>,
    passwords: Mutex<Vec<String>>,
    /// One-time codes typed (and accepted) in the test.
    codes: Mutex<Vec<String>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

async fn start_app(
    url: &str,
    start: Start,
    no_dbus: bool,
    locale: Option<&str>,
    extra: &[&str],
    sim: &SimServer,
    data_dir: &TempDir,
) -> Client {
    let app = app_path();
    assert!(
        app.exists(),
        "the app is not built at {}: `make e2e` builds it",
        app.display()
    );
    let mut args: Vec<Value> = Vec::new();
    let mut application = if no_dbus {
        args.push(json!(app));
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/without-dbus.sh")
    } else {
        app
    };
    // Another OS locale: the app through `env`, as a desktop session in that language starts it.
    if let Some(locale) = locale {
        let mut with_env = vec![
            json!("-u"),
            json!("LC_ALL"),
            json!("-u"),
            json!("LC_MESSAGES"),
            json!("-u"),
            json!("LANGUAGE"),
            json!(format!("LANG={locale}")),
            json!(application),
        ];
        with_env.append(&mut args);
        args = with_env;
        application = PathBuf::from("/usr/bin/env");
    }
    if let Start::SignedIn(username) = start {
        args.extend([
            json!("--server"),
            json!(sim.base_url()),
            json!("--username"),
            json!(username),
        ]);
    }
    args.extend([json!("--data-dir"), json!(data_dir.path())]);
    args.extend(extra.iter().map(|a| json!(a)));
    let mut caps = serde_json::Map::new();
    caps.insert(
        String::from("tauri:options"),
        json!({ "application": application, "args": args }),
    );
    // WebKitWebDriver waits for ever for an app that exits at once (a start-up failure):
    // bounded here, with the app's own words in the driver's log.
    let mut builder = ClientBuilder::new(HttpConnector::new());
    builder.capabilities(caps);
    let c = match tokio::time::timeout(SESSION_START, builder.connect(url)).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => panic!("start the app through {url}: {e}"),
        Err(_) => panic!(
            "the app did not open a window in {SESSION_START:?} (see tauri-driver.log in {})",
            record::logs_dir().display()
        ),
    };
    if let Err(e) = record::install(&c).await {
        // End the session first, or the driver refuses the next test's.
        c.close().await.ok();
        panic!("{e}");
    }
    c
}

/// Runs one end-to-end test: sim on a free port, the app through tauri-driver, then `body`.
/// On a failure the window is saved as `target/e2e-screens/FAILED-<name>.png` before the
/// session ends; the session always ends, so the next test gets a fresh app.
pub async fn run<F, Fut>(name: &'static str, launch: Launch, body: F)
where
    F: FnOnce(Arc<Ctx>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let url = webdriver_url();
    if !driver_reachable(&url) {
        if std::env::var("E2E_OPTIONAL").as_deref() == Ok("1") {
            eprintln!("skipping {name}: no WebDriver server at {url} (E2E_OPTIONAL=1)");
            return;
        }
        panic!(
            "no WebDriver server at {url}: run `make e2e` (it starts Xvfb and tauri-driver), \
             or set E2E_OPTIONAL=1 to skip the end-to-end tests"
        );
    }

    let sim = webitel_sim::spawn(
        "127.0.0.1:0".parse().expect("socket address"),
        SimConfig::default(),
    )
    .await
    .expect("start webitel-sim");
    if let Some(seed) = launch.seed {
        seed(&sim);
    }
    let sim = Arc::new(sim);
    let data_dir = Arc::new(tempfile::tempdir().expect("temp data dir"));
    let c = start_app(
        &url,
        launch.start,
        launch.no_dbus,
        launch.locale,
        &launch.args,
        &sim,
        &data_dir,
    )
    .await;
    let run = Arc::new(RunState {
        current: Mutex::new(Some(c.clone())),
        sims: Mutex::new(vec![sim.clone()]),
        stopped_tokens: Mutex::new(Vec::new()),
        ipc: Mutex::new(Vec::new()),
        passwords: Mutex::new(Vec::new()),
        codes: Mutex::new(Vec::new()),
    });

    let ctx = Arc::new(Ctx {
        name,
        c,
        sim,
        data_dir: data_dir.clone(),
        down: None,
        run: run.clone(),
    });
    // The body holds the only copy of the context, so that `stop_sim` can end the server.
    let outcome = tokio::spawn(body(ctx)).await;
    let current = lock(&run.current).take();
    if let Some(c) = current {
        if outcome.is_err() {
            let path = screens_dir().join(format!("FAILED-{name}.png"));
            match save_png(&c, &path).await {
                Ok(()) => eprintln!("screenshot of the failure: {}", path.display()),
                Err(e) => eprintln!("no screenshot of the failure: {e}"),
            }
        }
        let answers = record::harvest(&c).await;
        lock(&run.ipc).extend(answers);
        if let Err(e) = c.close().await {
            eprintln!("closing the WebDriver session: {e}");
        }
    }
    end_app(name, data_dir.path()).await;
    let mut tokens: Vec<String> = lock(&run.sims)
        .iter()
        .flat_map(|s| s.issued_tokens())
        .collect();
    tokens.extend(lock(&run.stopped_tokens).iter().cloned());
    let passwords = lock(&run.passwords).clone();
    let codes = lock(&run.codes).clone();
    let ipc = std::mem::take(&mut *lock(&run.ipc));
    let secrets = record::Secrets {
        tokens: &tokens,
        passwords: &passwords,
        codes: &codes,
    };
    if let Err(e) = record::save(name, &ipc, &secrets, data_dir.path()) {
        eprintln!("{name}: could not keep the record for the secret scan: {e}");
    }
    drop(data_dir);
    if let Err(e) = outcome {
        match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(e) => panic!("{name}: {e}"),
        }
    }
}

/// Process ids of the apps started with `data_dir` (their command line names it).
pub fn app_pids(data_dir: &std::path::Path) -> Vec<u32> {
    let dir = data_dir.as_os_str().as_encoded_bytes();
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(e.path().join("cmdline")).ok()?;
            cmdline.split(|b| *b == 0).any(|a| a == dir).then_some(pid)
        })
        .collect()
}

/// Waits until the app started with `data_dir` has exited, and stops it (by its process id)
/// if it has not within `EXIT_GRACE`. The next app of the same D-Bus session must not meet it:
/// an app still shutting down answers the newcomer's single-instance check, which then fails.
/// The driver ends the app with the session (close to tray does not stop that: WebDriver closes
/// the page, not the window); this waits until it has, and for the bus to see it.
async fn end_app(name: &str, data_dir: &std::path::Path) {
    stop_app_processes(name, data_dir).await;
    // The name is released when the bus daemon has seen the process go, a moment later.
    let start = Instant::now();
    while let Some(owner) = single_instance_owner() {
        if start.elapsed() > EXIT_GRACE {
            eprintln!("{name}: the single-instance name is still owned by pid {owner}");
            break;
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The D-Bus name the app's single-instance check owns (tauri-plugin-single-instance: the
/// identifier + `.SingleInstance`).
const SINGLE_INSTANCE_NAME: &str = "io.webitel.hooks.SingleInstance";

/// The process id owning the single-instance name in the test's D-Bus session, if any (`None`
/// as well outside `make e2e`, with no session to ask).
fn single_instance_owner() -> Option<String> {
    let address = std::env::var("E2E_DBUS_ADDRESS").ok()?;
    let out = std::process::Command::new("dbus-send")
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            &format!("string:{SINGLE_INSTANCE_NAME}"),
        ])
        .output()
        .ok()?;
    // No owner: an error reply and a non-zero status.
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    Some(
        text.split_whitespace()
            .last()
            .unwrap_or("(unknown)")
            .to_string(),
    )
}

async fn stop_app_processes(name: &str, data_dir: &std::path::Path) {
    let start = Instant::now();
    while !app_pids(data_dir).is_empty() {
        if start.elapsed() > EXIT_GRACE {
            for pid in app_pids(data_dir) {
                eprintln!("{name}: the app (pid {pid}) still runs {EXIT_GRACE:?} after its session ended: stopping it");
                std::process::Command::new("kill")
                    .arg(pid.to_string())
                    .status()
                    .ok();
            }
            let stopped = Instant::now();
            while !app_pids(data_dir).is_empty() && stopped.elapsed() < EXIT_GRACE {
                tokio::time::sleep(POLL).await;
            }
            return;
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Saves a screenshot. Bounded: WebKitWebDriver waits for ever for the picture of a hidden
/// window.
async fn save_png(c: &Client, path: &std::path::Path) -> Result<(), String> {
    let png = tokio::time::timeout(TIMEOUT, c.screenshot())
        .await
        .map_err(|_| format!("no picture in {TIMEOUT:?} (is the window hidden?)"))?
        .map_err(|e| e.to_string())?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::write(path, png).map_err(|e| e.to_string())
}
