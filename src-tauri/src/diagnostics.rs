//! "Copy diagnostics": plain text for a bug report, one fact per line.
//!
//! What must hold: never a secret. Nothing here reads the keyring's entries or a session's
//! token; the server is shown as the profile keeps it (without credentials), and the recent
//! errors are the `AppError`s the webview was already told.

use std::fmt::Write;
use std::path::Path;

use tauri::{AppHandle, Manager, Runtime};
use webitel_hooks_model::commands::Settings;
use webitel_hooks_model::{KeyringState, SyncStatus};

use crate::settings::SettingsStore;
use crate::state::{AppPaths, Backend};

/// Gathers the facts; each part that cannot be read says so in its line instead of failing.
pub async fn collect<R: Runtime>(app: &AppHandle<R>, backend: &Backend) -> String {
    let mut text = String::new();
    let package = app.package_info();
    line(
        &mut text,
        "App",
        format!("{} {}", package.name, package.version),
    );
    line(&mut text, "Tauri", tauri::VERSION);
    line(
        &mut text,
        "OS",
        match os_release() {
            Some(name) => format!(
                "{} {} ({name})",
                std::env::consts::OS,
                std::env::consts::ARCH
            ),
            None => format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        },
    );
    match app.try_state::<AppPaths>() {
        Some(paths) => {
            line(&mut text, "Data folder", shown(paths.data_dir.as_deref()));
            line(&mut text, "Log folder", shown(paths.log_dir.as_deref()));
        }
        None => line(&mut text, "Data folder", "unknown"),
    }
    match app.try_state::<SettingsStore>() {
        Some(store) => line(&mut text, "Settings", settings(&store.get())),
        None => line(&mut text, "Settings", "not loaded"),
    }

    match backend.book_now() {
        None => line(&mut text, "Profiles", "still opening"),
        Some(Err(err)) => line(&mut text, "Profiles", format!("not opened: {err}")),
        Some(Ok(book)) => {
            match book.list_profiles() {
                Ok(list) => {
                    let keyring = match &list.keyring {
                        KeyringState::Available => "available".to_owned(),
                        KeyringState::Unavailable { reason } => format!("unavailable: {reason}"),
                    };
                    line(&mut text, "Keyring", keyring);
                    line(&mut text, "Profiles", list.profiles.len().to_string());
                }
                Err(err) => line(&mut text, "Profiles", format!("not read: {err}")),
            }
            let session = match book.registry().session_info() {
                Some(s) => format!(
                    "{} ({}{}; may change hooks: {})",
                    s.server,
                    if s.offline { "offline" } else { "online" },
                    if s.session_only {
                        ", this session only"
                    } else {
                        ""
                    },
                    yes_no(s.permissions.change_hooks),
                ),
                None => "none (signed out)".to_owned(),
            };
            line(&mut text, "Active server", session);
            line(&mut text, "Sync", sync(&book.sync().status_now()));
        }
    }

    let errors = backend.errors().recent();
    let _ = writeln!(text, "Recent errors: {}", errors.len());
    for e in errors.iter().rev() {
        let _ = writeln!(
            text,
            "  {} {} {:?}: {}",
            utc(e.at),
            e.command,
            e.error.code,
            e.error.message
        );
    }
    text
}

/// The distribution's name on Linux (`PRETTY_NAME` of /etc/os-release): which WebKitGTK and
/// keyring the app meets depends on it.
fn os_release() -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let text = std::fs::read_to_string("/etc/os-release").ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|v| v.trim().trim_matches('"').to_owned())
        .filter(|v| !v.is_empty())
}

fn line(text: &mut String, name: &str, value: impl std::fmt::Display) {
    let _ = writeln!(text, "{name}: {value}");
}

fn shown(path: Option<&Path>) -> String {
    path.map_or_else(|| "unknown".to_owned(), |p| p.display().to_string())
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn settings(s: &Settings) -> String {
    format!(
        "close to tray {}, start at login {}, notifications {}",
        yes_no(s.close_to_tray),
        yes_no(s.start_at_login),
        yes_no(s.notifications)
    )
}

fn sync(s: &SyncStatus) -> String {
    let mut out = match s.last_synced_at {
        Some(ms) => format!(
            "last synchronised {}",
            utc(u64::try_from(ms / 1000).unwrap_or(0))
        ),
        None => "never synchronised".to_owned(),
    };
    if s.running {
        let _ = write!(out, ", running {} of {}", s.done, s.total);
    }
    let _ = write!(
        out,
        ", {}, {} pending, {} conflicts, {} changed on the server in the last run",
        if s.offline { "offline" } else { "online" },
        s.pending,
        s.conflicts,
        s.changed_on_server
    );
    if let Some(error) = &s.last_error {
        let _ = write!(out, "; last error: {error}");
    }
    out
}

/// Unix seconds as `YYYY-MM-DD HH:MM:SS UTC`.
pub fn utc(secs: u64) -> String {
    let ms = i64::try_from(secs).unwrap_or(0).saturating_mul(1000);
    format!("{} UTC", webitel_hooks_core::clock::utc_text(ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(utc(1_795_000_000), "2026-11-18 11:06:40 UTC");
    }
}
