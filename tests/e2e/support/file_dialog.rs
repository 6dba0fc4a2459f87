//! The native file dialogs (GTK's file chooser under Xvfb), answered as a user does: the dialog
//! found by its title and focused, the path typed, Enter. `xdotool` (a test package of the
//! Makefile) does the typing, so that the app keeps no test-only way to pick a file.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Which native dialog is being answered: Save gives its name field the focus, holding the
/// suggested name; Open takes a path in its location field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileDialog {
    Save,
    Open,
}

fn xdotool(args: &[&str]) -> Option<String> {
    let out = Command::new("xdotool").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Answers the dialog titled `title` with `path`.
pub async fn answer(kind: FileDialog, title: &str, path: &Path) {
    let start = Instant::now();
    let window = loop {
        if let Some(found) = xdotool(&["search", "--onlyvisible", "--name", &format!("^{title}$")])
            .and_then(|ids| ids.lines().last().map(str::to_owned))
        {
            break found;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no file dialog titled {title:?} appeared"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    // The chooser builds its fields after it is mapped.
    tokio::time::sleep(Duration::from_millis(700)).await;
    xdotool(&["windowfocus", "--sync", &window]);
    let path = path.to_str().expect("a UTF-8 path");
    match kind {
        // The name field has the focus, holding the suggested name: replace it.
        FileDialog::Save => {
            xdotool(&["key", "--window", &window, "ctrl+a"]);
        }
        FileDialog::Open => {
            xdotool(&["key", "--window", &window, "ctrl+l"]);
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }
    xdotool(&["type", "--delay", "15", path]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["key", "Return"]);
}
