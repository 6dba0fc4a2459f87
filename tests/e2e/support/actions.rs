//! What a test does with the running app: relaunch it, click, type, wait for rows and texts,
//! read the sim, take screenshots.

use fantoccini::error::ErrorStatus;

use super::*;

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
        end_app(self.name, self.data_dir.path()).await;
        let c = start_app(
            &webdriver_url(),
            Start::Plain,
            no_dbus,
            None,
            &[],
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
            down: self.down,
            run: self.run.clone(),
        })
    }

    /// Stops the server, as an outage does: its port refuses connections from then on. Takes
    /// the test's context (no other copy may be alive) and returns the one to use while the
    /// server is down. In it `sim` is a copy of the server's last data on another port, which
    /// the app is never pointed at: only for the helpers that read data (`pick_queue`'s
    /// names); the app sees no server at all. `start_sim_again` brings the server back.
    pub async fn stop_sim(self: Arc<Self>) -> Arc<Ctx> {
        let ctx = Arc::try_unwrap(self)
            .unwrap_or_else(|_| panic!("stop_sim: another copy of the test context is alive"));
        let Ctx {
            name,
            c,
            sim,
            data_dir,
            down,
            run,
        } = ctx;
        assert!(down.is_none(), "{name}: the server is down already");
        let addr = sim.addr();
        let last = sim.snapshot();
        lock(&run.stopped_tokens).extend(sim.issued_tokens());
        lock(&run.sims).retain(|s| !Arc::ptr_eq(s, &sim));
        let sim = Arc::try_unwrap(sim)
            .unwrap_or_else(|_| panic!("{name}: stop_sim: another copy of the sim is alive"));
        sim.shutdown().await;
        let start = Instant::now();
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            assert!(
                start.elapsed() < TIMEOUT,
                "{name}: {addr} still answers after the sim stopped"
            );
            tokio::time::sleep(POLL).await;
        }
        let copy = webitel_sim::spawn(
            "127.0.0.1:0".parse().expect("socket address"),
            SimConfig::default(),
        )
        .await
        .expect("start the stand-in for the stopped sim's data");
        copy.with_data(|d| *d = last);
        Arc::new(Ctx {
            name,
            c,
            sim: Arc::new(copy),
            data_dir,
            down: Some(addr),
            run,
        })
    }

    /// Starts the server again on the port it had before `stop_sim`, with the data it had
    /// then, changed by `seed` (what others did on the server meanwhile). A fresh server knows
    /// none of the tokens the app holds, as after a real server's sessions were lost: the app
    /// must sign in again (silently when its password is remembered).
    pub async fn start_sim_again(self: Arc<Self>, seed: impl FnOnce(&SimServer)) -> Arc<Ctx> {
        let ctx = Arc::try_unwrap(self).unwrap_or_else(|_| {
            panic!("start_sim_again: another copy of the test context is alive")
        });
        let Ctx {
            name,
            c,
            sim: copy,
            data_dir,
            down,
            run,
        } = ctx;
        let addr = down.unwrap_or_else(|| panic!("{name}: start_sim_again without stop_sim"));
        let start = Instant::now();
        let sim = loop {
            match webitel_sim::spawn(addr, SimConfig::default()).await {
                Ok(sim) => break sim,
                Err(e) if start.elapsed() < TIMEOUT => {
                    eprintln!("{name}: {addr} not free yet ({e}); trying again");
                    tokio::time::sleep(POLL).await;
                }
                Err(e) => panic!("{name}: start webitel-sim again on {addr}: {e}"),
            }
        };
        let last = copy.snapshot();
        sim.with_data(|d| *d = last);
        seed(&sim);
        let sim = Arc::new(sim);
        lock(&run.sims).push(sim.clone());
        Arc::new(Ctx {
            name,
            c,
            sim,
            data_dir,
            down: None,
            run,
        })
    }

    /// Starts the app binary a second time, as a user or a launcher does, inside the first
    /// one's D-Bus session and display (so that its single-instance check can find the first),
    /// with this test's data folder and `args`; waits for it to exit and answers its status and
    /// how long it ran. Panics when it runs longer than `TIMEOUT`: a second launch must hand
    /// over to the first and leave.
    pub async fn second_launch(&self, args: &[&str]) -> (std::process::ExitStatus, Duration) {
        let dbus = std::env::var("E2E_DBUS_ADDRESS").unwrap_or_else(|_| {
            panic!(
                "{}: E2E_DBUS_ADDRESS is not set: run the test through `make e2e` (tests/e2e/harness.sh)",
                self.name
            )
        });
        let mut cmd = tokio::process::Command::new(app_path());
        cmd.args(args)
            .arg("--data-dir")
            .arg(self.data_dir.path())
            .env("DBUS_SESSION_BUS_ADDRESS", dbus)
            .stdin(std::process::Stdio::null())
            .kill_on_drop(true);
        let start = Instant::now();
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("{}: start {}: {e}", self.name, app_path().display()));
        match tokio::time::timeout(TIMEOUT, child.wait()).await {
            Ok(Ok(status)) => (status, start.elapsed()),
            Ok(Err(e)) => panic!("{}: waiting for the second launch: {e}", self.name),
            Err(_) => {
                child.kill().await.ok();
                panic!(
                    "{}: the second launch `{}` was still running after {TIMEOUT:?}: it did not hand over to the first",
                    self.name,
                    args.join(" ")
                )
            }
        }
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

    /// Another sim started with `data` (the staging set, say), whose tokens the secret scan
    /// looks for too.
    pub async fn another_sim_of(&self, data: webitel_sim::DataSet) -> Arc<SimServer> {
        let sim = webitel_sim::spawn(
            "127.0.0.1:0".parse().expect("socket address"),
            SimConfig {
                data,
                ..SimConfig::default()
            },
        )
        .await
        .expect("start webitel-sim");
        let sim = Arc::new(sim);
        lock(&self.run.sims).push(sim.clone());
        sim
    }

    /// Adds IPC answers to this test's record.
    pub fn keep_answers(&self, answers: Vec<Value>) {
        lock(&self.run.ipc).extend(answers);
    }

    /// A password typed in this test, that the secret scan must not find anywhere.
    pub fn typed_password(&self, password: &str) {
        lock(&self.run.passwords).push(password.to_string());
    }

    /// A one-time code typed in this test, that the secret scan must not find anywhere.
    pub fn typed_code(&self, code: &str) {
        lock(&self.run.codes).push(code.to_string());
    }

    /// Saves the window as `target/e2e-screens/<state>.png`.
    pub async fn screenshot(&self, state: &str) {
        // The DOM may be ahead of the last painted frame: let two frames paint first (a hidden
        // window paints none, hence the bound).
        let frames = self.c.execute_async(
            "const done = arguments[arguments.length - 1];
             requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        );
        tokio::time::timeout(Duration::from_secs(2), frames)
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

    /// How many IPC answers the window has recorded so far: the mark to count one step's calls
    /// from (see `calls_since`).
    pub async fn calls_mark(&self) -> usize {
        let n = self
            .js("return (window.__ipcAnswers || []).length;", vec![])
            .await
            .expect("reading the recorded IPC answers");
        usize::try_from(n.as_u64().expect("a count")).expect("a count that fits")
    }

    /// The commands the window invoked (and got an answer to) since `mark`, in the order they
    /// answered, once nothing more has come for a while: the calls of one step.
    pub async fn calls_since(&self, mark: usize) -> Vec<String> {
        let read = || async {
            let all = self
                .js(
                    "return (window.__ipcAnswers || []).slice(arguments[0]).map(a => a.cmd);",
                    vec![serde_json::json!(mark)],
                )
                .await
                .expect("reading the recorded IPC answers");
            serde_json::from_value::<Vec<String>>(all).expect("command names")
        };
        let mut last = read().await;
        // Quiet for a second: a call the step set off later than the rows showed would be seen.
        loop {
            tokio::time::sleep(Duration::from_millis(1000)).await;
            let now = read().await;
            if now == last {
                return now;
            }
            last = now;
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

    /// Waits for `css`, then clicks it. A click that meets the element while a render replaces
    /// it (stale), or while something else briefly covers it, is tried again on the element
    /// found anew, as a user's second click would land; any other refusal fails at once with its
    /// WebDriver status (WebKitWebDriver often sends no message).
    pub async fn click(&self, css: &str) {
        self.eventually(&format!("a click on `{css}` to land"), || async {
            let el = match self.c.find(Locator::Css(css)).await {
                Ok(el) => el,
                Err(e) if e.is_no_such_element() => return Ok(None),
                Err(e) => return Err(e),
            };
            match el.click().await {
                Ok(()) => Ok(Some(())),
                Err(e) if click_may_land_later(&e) => Ok(None),
                Err(e) => panic!("{}: click `{css}`: {}", self.name, status_of(&e)),
            }
        })
        .await
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

/// A refused click that a render in progress explains: the element was replaced, is not yet
/// interactable, or is covered for a moment.
fn click_may_land_later(e: &CmdError) -> bool {
    e.is_stale_element_reference()
        || e.is_element_not_interactable()
        || matches!(e, CmdError::Standard(w) if w.error == ErrorStatus::ElementClickIntercepted)
}

/// A WebDriver error with its status, since the message alone may be empty.
fn status_of(e: &CmdError) -> String {
    match e {
        CmdError::Standard(w) => format!("{} ({})", w.error, w.message),
        other => other.to_string(),
    }
}
