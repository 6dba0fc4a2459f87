//! What every end-to-end test shares: the stand-in server, the app started through tauri-driver,
//! wait helpers that poll instead of sleeping, and screenshots.

pub mod dom;
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
}

impl Launch {
    pub fn admin() -> Self {
        Launch {
            start: Start::SignedIn("admin@demo"),
            no_dbus: false,
            seed: None,
        }
    }

    pub fn viewer() -> Self {
        Launch {
            start: Start::SignedIn("viewer@demo"),
            no_dbus: false,
            seed: None,
        }
    }

    /// No `--server`/`--username` and a fresh data folder: the Sign-in page.
    pub fn sign_in_page() -> Self {
        Launch {
            start: Start::Plain,
            no_dbus: false,
            seed: None,
        }
    }

    /// Started with no D-Bus session, so no keyring can be reached.
    pub fn without_dbus(mut self) -> Self {
        self.no_dbus = true;
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
    run: Arc<RunState>,
}

/// What outlives one app launch within a test: the session to close at the end, every sim
/// started (for their tokens), the IPC answers recorded so far.
struct RunState {
    current: Mutex<Option<Client>>,
    sims: Mutex<Vec<Arc<SimServer>>>,
    ipc: Mutex<Vec<Value>>,
    passwords: Mutex<Vec<String>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

async fn start_app(
    url: &str,
    start: Start,
    no_dbus: bool,
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
    let application = if no_dbus {
        args.push(json!(app));
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/without-dbus.sh")
    } else {
        app
    };
    if let Start::SignedIn(username) = start {
        args.extend([
            json!("--server"),
            json!(sim.base_url()),
            json!("--username"),
            json!(username),
        ]);
    }
    args.extend([json!("--data-dir"), json!(data_dir.path())]);
    let mut caps = serde_json::Map::new();
    caps.insert(
        String::from("tauri:options"),
        json!({ "application": application, "args": args }),
    );
    let c = ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(url)
        .await
        .unwrap_or_else(|e| panic!("start the app through {url}: {e}"));
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
    let c = start_app(&url, launch.start, launch.no_dbus, &sim, &data_dir).await;
    let run = Arc::new(RunState {
        current: Mutex::new(Some(c.clone())),
        sims: Mutex::new(vec![sim.clone()]),
        ipc: Mutex::new(Vec::new()),
        passwords: Mutex::new(Vec::new()),
    });

    let ctx = Arc::new(Ctx {
        name,
        c,
        sim,
        data_dir: data_dir.clone(),
        run: run.clone(),
    });
    let outcome = tokio::spawn(body(ctx.clone())).await;
    drop(ctx);
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
    let tokens: Vec<String> = lock(&run.sims)
        .iter()
        .flat_map(|s| s.issued_tokens())
        .collect();
    let passwords = lock(&run.passwords).clone();
    let ipc = std::mem::take(&mut *lock(&run.ipc));
    if let Err(e) = record::save(name, &ipc, &tokens, &passwords, data_dir.path()) {
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

async fn save_png(c: &Client, path: &std::path::Path) -> Result<(), String> {
    let png = c.screenshot().await.map_err(|e| e.to_string())?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::write(path, png).map_err(|e| e.to_string())
}

impl Ctx {
    /// Ends this app (keeping its IPC answers) and starts it again over the same data folder,
    /// with no `--server`/`--username`, as a user reopening it. Use the returned context from
    /// then on.
    pub async fn relaunch(&self, no_dbus: bool) -> Arc<Ctx> {
        let old = lock(&self.run.current).take();
        if let Some(c) = old {
            let answers = record::harvest(&c).await;
            lock(&self.run.ipc).extend(answers);
            c.close().await.ok();
        }
        let c = start_app(
            &webdriver_url(),
            Start::Plain,
            no_dbus,
            &self.sim,
            &self.data_dir,
        )
        .await;
        *lock(&self.run.current) = Some(c.clone());
        Arc::new(Ctx {
            name: self.name,
            c,
            sim: self.sim.clone(),
            data_dir: self.data_dir.clone(),
            run: self.run.clone(),
        })
    }

    /// Another sim, whose tokens the secret scan looks for too.
    pub async fn another_sim(&self, seed: impl FnOnce(&SimServer)) -> Arc<SimServer> {
        let sim = webitel_sim::spawn(
            "127.0.0.1:0".parse().expect("socket address"),
            SimConfig::default(),
        )
        .await
        .expect("start webitel-sim");
        seed(&sim);
        let sim = Arc::new(sim);
        lock(&self.run.sims).push(sim.clone());
        sim
    }

    /// A password typed in this test, that the secret scan must not find anywhere.
    pub fn typed_password(&self, password: &str) {
        lock(&self.run.passwords).push(password.to_string());
    }

    /// Saves the window as `target/e2e-screens/<state>.png`.
    pub async fn screenshot(&self, state: &str) {
        // The DOM may be ahead of the last painted frame: let two frames paint first.
        self.c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await
            .ok();
        let path = screens_dir().join(format!("{state}.png"));
        save_png(&self.c, &path)
            .await
            .unwrap_or_else(|e| panic!("screenshot {state}: {e}"));
    }

    /// Polls `f` until it answers `Some`, for up to `TIMEOUT`; panics with `what` otherwise.
    pub async fn eventually<T, F, Fut>(&self, what: &str, mut f: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>, CmdError>>,
    {
        let start = Instant::now();
        let mut last_err = None;
        loop {
            match f().await {
                Ok(Some(v)) => return v,
                Ok(None) => {}
                Err(e) => last_err = Some(e.to_string()),
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "{}: waited {TIMEOUT:?} for {what}{}",
                    self.name,
                    last_err
                        .map(|e| format!(" (last error: {e})"))
                        .unwrap_or_default()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Runs a script in the page and returns its answer.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Result<Value, CmdError> {
        self.c.execute(script, args).await
    }

    /// The first element matching `css`, waiting for it to appear.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.eventually(&format!("an element `{css}`"), || async {
            match self.c.find(Locator::Css(css)).await {
                Ok(e) => Ok(Some(e)),
                Err(e) if e.is_no_such_element() => Ok(None),
                Err(e) => Err(e),
            }
        })
        .await
    }

    /// Waits until nothing matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        self.eventually(&format!("no element `{css}`"), || async {
            let n = self.c.find_all(Locator::Css(css)).await?.len();
            Ok((n == 0).then_some(()))
        })
        .await
    }

    /// How many elements match `css` now.
    pub async fn count(&self, css: &str) -> usize {
        self.c
            .find_all(Locator::Css(css))
            .await
            .map(|v| v.len())
            .unwrap_or(0)
    }

    /// Waits until exactly `n` elements match `css`.
    pub async fn wait_count(&self, css: &str, n: usize) {
        let what = format!("{n} elements `{css}`");
        self.eventually(&what, || async {
            let seen = self.c.find_all(Locator::Css(css)).await?.len();
            Ok((seen == n).then_some(()))
        })
        .await;
    }

    /// Waits for `css`, then clicks it.
    pub async fn click(&self, css: &str) {
        let el = self.wait_for(css).await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("{}: click `{css}`: {e}", self.name));
    }

    /// The visible text of the whole window.
    pub async fn page_text(&self) -> String {
        self.js(
            "return document.body ? document.body.innerText : ''",
            vec![],
        )
        .await
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
    }

    /// Waits until the window shows `text` somewhere.
    pub async fn wait_text(&self, text: &str) {
        self.eventually(&format!("the text {text:?} in the window"), || async {
            Ok(self.page_text().await.contains(text).then_some(()))
        })
        .await
    }

    /// The visible text (`innerText`) of every element matching `css`. WebDriver's own "get
    /// element text" answers "" for an element with `overflow: hidden` in WebKitWebDriver, so
    /// the page is asked instead.
    pub async fn texts(&self, css: &str) -> Result<Vec<String>, CmdError> {
        let v = self
            .js(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText);",
                vec![Value::from(css)],
            )
            .await?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .map(|t| t.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Waits until an element matching `css` shows `text`; returns that element's text.
    pub async fn wait_text_in(&self, css: &str, text: &str) -> String {
        self.eventually(&format!("`{css}` showing {text:?}"), || async {
            Ok(self
                .texts(css)
                .await?
                .into_iter()
                .find(|t| t.contains(text)))
        })
        .await
    }
}
