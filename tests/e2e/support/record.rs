//! What the secret scan reads after the run: every IPC answer the webview got, the app's data
//! folder, and what to look for (the tokens the sims issued, the passwords typed). Each test
//! keeps its record under `record_root()/<test>/`; `secrets.rs` searches them all.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::{json, Value};

/// Records every IPC answer, and every refusal, in `window.__ipcAnswers` as
/// `{ cmd, ok }` / `{ cmd, err }`.
///
/// The UI calls `window.__TAURI__.core.invoke`, which forwards to
/// `window.__TAURI_INTERNALS__.invoke`. Neither can simply be assigned: `core` is a frozen module
/// namespace, and Tauri defines `__TAURI_INTERNALS__.invoke` with `Object.defineProperty`
/// (neither writable nor configurable). So the wrapper goes where it can: over
/// `__TAURI_INTERNALS__.invoke` when that property allows it, else `window.__TAURI__.core` (a
/// property of a plain object) is replaced by a copy of the module whose `invoke` records. The
/// UI looks `invoke` up on each call, so it sees the wrapper from then on. The script answers
/// where the wrapper went (after checking that it is really in place), `null` while the page
/// has no `__TAURI__` yet, or `{ refused }` when neither place can be written.
const INSTALL_JS: &str = r#"
const internals = window.__TAURI_INTERNALS__;
const tauri = window.__TAURI__;
if (!internals || typeof internals.invoke !== 'function' || !tauri || !tauri.core) return null;
if (window.__ipcAnswers) return window.__ipcRecorder;
const record = (original) => function (cmd, args, options) {
  const answer = original(cmd, args, options);
  Promise.resolve(answer).then(
    (ok) => window.__ipcAnswers.push({ cmd, ok: ok === undefined ? null : ok }),
    (err) => window.__ipcAnswers.push(
      { cmd, err: err === undefined ? null : err instanceof Error ? String(err) : err }),
  );
  return answer;
};
const d = Object.getOwnPropertyDescriptor(internals, 'invoke');
let where = null;
if (d && (d.writable || d.configurable)) {
  const wrapped = record(d.value.bind(internals));
  if (d.writable) internals.invoke = wrapped;
  else Object.defineProperty(internals, 'invoke', { ...d, value: wrapped });
  if (internals.invoke === wrapped) where = '__TAURI_INTERNALS__.invoke';
}
if (!where) {
  const c = Object.getOwnPropertyDescriptor(tauri, 'core');
  if (c && (c.writable || c.configurable)) {
    // The module's own properties are read-only: the copy gets its `invoke` at creation.
    const wrapped = record(tauri.core.invoke.bind(tauri.core));
    const props = Object.getOwnPropertyDescriptors(tauri.core);
    props.invoke = { value: wrapped, enumerable: true };
    const copy = Object.create(null, props);
    if (c.writable) tauri.core = copy;
    else Object.defineProperty(tauri, 'core', { ...c, value: copy });
    if (window.__TAURI__.core.invoke === wrapped) where = '__TAURI__.core.invoke';
  }
}
if (!where) return { refused: 'neither __TAURI_INTERNALS__.invoke nor __TAURI__.core can be replaced' };
window.__ipcAnswers = [];
window.__ipcRecorder = where;
return where;
"#;

/// Asks the read-only commands the UI asks at start (before the wrapper existed), and those
/// that gather what the app knows (the outbox, the settings, the diagnostics text), through the
/// wrapper, so that their answers are in the record too, then hands back everything recorded.
/// A page that was loaded again since `install` lost its record: that is said in the record.
const HARVEST_JS: &str = r#"
const done = arguments[arguments.length - 1];
const core = window.__TAURI__ && window.__TAURI__.core;
if (!core || !window.__ipcAnswers) {
  done([{ cmd: null, err: 'no recorder in this page (loaded again since it was installed?)' }]);
  return;
}
const asks = ['app_info', 'session_info', 'list_profiles', 'sync_status', 'list_pending',
  'list_conflicts', 'get_settings', 'list_pinned', 'diagnostics'].map(
  (cmd) => core.invoke(cmd, { args: {} }).catch(() => null));
Promise.all(asks).then(() => setTimeout(() => done(window.__ipcAnswers), 50));
"#;

/// Installs the recorder, waiting for the page to have `__TAURI__`; answers where the wrapper
/// went, or why it could not be installed.
pub async fn install(c: &Client) -> Result<String, String> {
    let start = Instant::now();
    loop {
        let last = match c.execute(INSTALL_JS, vec![]).await {
            Ok(Value::String(where_)) => return Ok(where_),
            Ok(Value::Object(o)) => {
                return Err(format!("cannot record the IPC answers: {}", o["refused"]))
            }
            Ok(other) => other.to_string(),
            Err(e) => e.to_string(),
        };
        if start.elapsed() > super::TIMEOUT {
            return Err(format!(
                "could not install the IPC recorder in {:?} (last answer: {last})",
                super::TIMEOUT
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The answers recorded in this window so far.
pub async fn harvest(c: &Client) -> Vec<Value> {
    match tokio::time::timeout(super::TIMEOUT, c.execute_async(HARVEST_JS, vec![])).await {
        Ok(Ok(Value::Array(a))) => a,
        Ok(Ok(other)) => vec![other],
        Ok(Err(e)) => {
            eprintln!("reading the recorded IPC answers: {e}");
            Vec::new()
        }
        Err(_) => {
            eprintln!("reading the recorded IPC answers took too long");
            Vec::new()
        }
    }
}

/// Where the tests keep their records: `E2E_RECORD_DIR` (`make e2e` gives each run its own, so
/// that two runs at once do not mix), else `target/e2e-record/`.
pub fn record_root() -> PathBuf {
    std::env::var_os("E2E_RECORD_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("e2e-record"))
}

/// The logs of the run: `E2E_LOGS_DIR`, else `target/e2e-logs/` (where `make e2e` writes
/// tauri-driver's log, which holds the app's output).
pub fn logs_dir() -> PathBuf {
    std::env::var_os("E2E_LOGS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("e2e-logs"))
}

fn target_dir() -> PathBuf {
    super::screens_dir()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// What the secret scan looks for after one test.
pub struct Secrets<'a> {
    /// Every token the test's sims issued.
    pub tokens: &'a [String],
    /// Every password typed, but the demo users' (looked for in its JSON shape only).
    pub passwords: &'a [String],
    /// Every one-time code typed and accepted.
    pub codes: &'a [String],
}

/// Keeps one test's record: `ipc.json`, a copy of the data folder as `data/`, and
/// `secrets.json` (what to look for; never searched itself).
pub fn save(
    name: &str,
    ipc: &[Value],
    secrets: &Secrets<'_>,
    data_dir: &Path,
) -> std::io::Result<()> {
    let dir = record_root().join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("ipc.json"), serde_json::to_vec_pretty(ipc)?)?;
    std::fs::write(
        dir.join("secrets.json"),
        serde_json::to_vec_pretty(&json!({
            "tokens": secrets.tokens,
            "passwords": secrets.passwords,
            "codes": secrets.codes,
        }))?,
    )?;
    copy_dir(data_dir, &dir.join("data"))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_dir(&path, &target)?;
        } else if kind.is_file() {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}
