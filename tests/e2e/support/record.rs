//! What the secret scan reads after the run: every IPC answer the webview got, the app's data
//! folder, and what to look for (the tokens the sims issued, the passwords typed). Each test
//! keeps its record under `record_root()/<test>/`; `secrets.rs` searches them all.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::{json, Value};

/// Wraps `window.__TAURI__.core.invoke` so that every answer, and every refusal, is kept in
/// `window.__ipcAnswers`. The UI looks `invoke` up on each call, so the wrapper sees them all
/// from now on; what was answered before it was installed is asked again in `harvest`.
const INSTALL_JS: &str = r#"
const core = window.__TAURI__ && window.__TAURI__.core;
if (!core || typeof core.invoke !== 'function') return false;
if (window.__ipcAnswers) return true;
window.__ipcAnswers = [];
const original = core.invoke.bind(core);
core.invoke = function (cmd, args, options) {
  const answer = original(cmd, args, options);
  answer.then(
    (ok) => window.__ipcAnswers.push({ cmd, ok: ok === undefined ? null : ok }),
    (err) => window.__ipcAnswers.push({ cmd, err: err === undefined ? null : err }),
  );
  return answer;
};
return true;
"#;

/// Asks the read-only commands the UI asks at start (before the wrapper existed), so that their
/// answers are in the record too, then hands back everything recorded.
const HARVEST_JS: &str = r#"
const done = arguments[arguments.length - 1];
const core = window.__TAURI__ && window.__TAURI__.core;
if (!core || !window.__ipcAnswers) { done(window.__ipcAnswers || []); return; }
const asks = ['app_info', 'session_info', 'list_profiles'].map(
  (cmd) => core.invoke(cmd, { args: {} }).catch(() => null));
Promise.all(asks).then(() => setTimeout(() => done(window.__ipcAnswers), 50));
"#;

/// Installs the recorder, waiting for the page to have `__TAURI__`.
pub async fn install(c: &Client) {
    let start = Instant::now();
    loop {
        if let Ok(Value::Bool(true)) = c.execute(INSTALL_JS, vec![]).await {
            return;
        }
        if start.elapsed() > super::TIMEOUT {
            panic!("could not wrap window.__TAURI__.core.invoke to record the IPC answers");
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

/// Keeps one test's record: `ipc.json`, a copy of the data folder as `data/`, and
/// `secrets.json` (what to look for; never searched itself).
pub fn save(
    name: &str,
    ipc: &[Value],
    tokens: &[String],
    passwords: &[String],
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
        serde_json::to_vec_pretty(&json!({ "tokens": tokens, "passwords": passwords }))?,
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
