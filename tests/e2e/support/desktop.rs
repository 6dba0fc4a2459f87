//! The desktop around the app, on the test's X display: which of the app's windows are shown,
//! closing one as a window manager does, and whether the app's process is still running.

use std::path::PathBuf;
use std::process::Command;

use super::{record, Ctx};

/// The main window's title (tauri.conf.json).
pub const WINDOW_TITLE: &str = "Webitel Hooks";

fn run_tool(cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("{:?}: {e}", cmd.get_program()))?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// X ids of the shown (mapped) top-level windows titled `WINDOW_TITLE`.
pub fn shown_windows() -> Result<Vec<u64>, String> {
    let out = run_tool(Command::new("xdotool").args([
        "search",
        "--onlyvisible",
        "--name",
        &format!("^{WINDOW_TITLE}$"),
    ]))?;
    Ok(out.lines().filter_map(|l| l.trim().parse().ok()).collect())
}

/// Asks window `id` to close as a window manager does (tests/e2e/wm-close.py).
pub fn close_like_a_window_manager(id: u64) -> Result<(), String> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/wm-close.py");
    let status = Command::new("python3")
        .arg(script)
        .arg(id.to_string())
        .status()
        .map_err(|e| format!("python3: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("wm-close.py {id}: {status}"))
}

impl Ctx {
    /// Waits until exactly `n` windows of the app are shown on the display.
    pub async fn wait_shown_windows(&self, n: usize) -> Vec<u64> {
        self.eventually(
            &format!("{n} shown window(s) titled {WINDOW_TITLE:?}"),
            || async {
                let ids = shown_windows().unwrap_or_else(|e| {
                    panic!("{}: listing the display's windows: {e}", self.name)
                });
                Ok((ids.len() == n).then_some(ids))
            },
        )
        .await
    }

    /// Whether a process of the app runs with this test's data folder.
    pub fn app_running(&self) -> bool {
        !super::app_pids(self.data_dir.path()).is_empty()
    }

    /// Keeps the IPC answers recorded so far, before something may end the app.
    pub async fn keep_record(&self) {
        let answers = record::harvest(&self.c).await;
        self.keep_answers(answers);
    }
}
