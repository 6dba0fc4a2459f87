//! After the run: no password and no token in the app's data folders, in the logs, or in any
//! IPC answer the webview got. Every test keeps its record (support::record); `make e2e` runs
//! this scan as its own step once the others have finished (nextest gives no order within a
//! run), so it is `#[ignore]`d in the ordinary run.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::record::{logs_dir, record_root};
use crate::support::signin::DEMO_PASSWORD;

/// WebKit's folder for the app (`$XDG_DATA_HOME/<identifier>`), when there is one.
fn webview_data_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    let dir = base.join("io.webitel.hooks");
    dir.is_dir().then_some(dir)
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path.is_file() {
            out.push(path);
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// `secret` as the app could write it: as is, JSON-escaped, percent-encoded (form and path
/// style), and in base64 (standard and URL-safe) at each of the three alignments it can have
/// inside a longer encoded text (the part of the encoding that does not depend on its
/// neighbours).
fn forms(secret: &str) -> Vec<String> {
    use base64::Engine;
    let mut out = vec![secret.to_owned()];
    let json = serde_json::to_string(secret).unwrap();
    out.push(json.trim_matches('"').to_owned());
    out.push(url::form_urlencoded::byte_serialize(secret.as_bytes()).collect());
    out.push(
        url::form_urlencoded::byte_serialize(secret.as_bytes())
            .collect::<String>()
            .replace('+', "%20"),
    );
    for engine in [
        base64::engine::general_purpose::STANDARD,
        base64::engine::general_purpose::URL_SAFE,
    ] {
        for lead in 0..3usize {
            let mut bytes = vec![0u8; lead];
            bytes.extend_from_slice(secret.as_bytes());
            let encoded = engine.encode(&bytes);
            // Skip the group the lead shares, and a last group with padding or a partial byte.
            let start = if lead == 0 { 0 } else { 4 };
            let end = encoded.len() - if bytes.len() % 3 == 0 { 0 } else { 4 };
            if end > start + 4 {
                out.push(encoded[start..end].to_owned());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `code` (digits) standing alone: not inside a longer number (an id, a time in ms).
fn find_code(haystack: &[u8], code: &str) -> bool {
    let needle = code.as_bytes();
    !needle.is_empty()
        && haystack.windows(needle.len()).enumerate().any(|(i, w)| {
            let before = i.checked_sub(1).map(|j| haystack[j]);
            let after = haystack.get(i + needle.len()).copied();
            w == needle
                && !before.is_some_and(|b| b.is_ascii_digit())
                && !after.is_some_and(|b| b.is_ascii_digit())
        })
}

#[test]
fn a_secret_is_found_in_every_form_the_app_could_write() {
    use base64::Engine;
    let secret = "p\"a ss&w0rd-ü";
    let forms = forms(secret);
    let json = serde_json::to_vec(&serde_json::json!({ "password": secret })).unwrap();
    let query = format!(
        "https://x/?password={}",
        url::form_urlencoded::byte_serialize(secret.as_bytes()).collect::<String>()
    );
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("admin@demo:{secret}"));
    for haystack in [json, query.into_bytes(), basic.into_bytes()] {
        assert!(
            forms.iter().any(|f| find(&haystack, f.as_bytes())),
            "{}",
            String::from_utf8_lossy(&haystack)
        );
    }
    assert!(find_code(b"code: 246810.", "246810"));
    assert!(!find_code(b"at 1796493246810 ms", "246810"));
}

/// Whether `"demo"` stands as the value of a JSON key naming a password (also inside a JSON
/// string, where the quotes are escaped). The demo users' password is a word too common to look
/// for as is (the domain of every username is `demo`), so only this shape counts.
fn demo_as_password_value(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes).replace("\\\"", "\"");
    let value = format!("\"{DEMO_PASSWORD}\"");
    text.match_indices(&value).any(|(i, _)| {
        let before = text[..i].trim_end();
        let Some(before) = before.strip_suffix(':') else {
            return false;
        };
        let Some(key) = before.trim_end().strip_suffix('"') else {
            return false;
        };
        let key = key.rsplit('"').next().unwrap_or_default();
        key.to_ascii_lowercase().contains("password")
    })
}

#[test]
fn the_password_value_check_sees_json_shapes_only() {
    assert!(demo_as_password_value(br#"{"password":"demo"}"#));
    assert!(demo_as_password_value(
        br#"{"args":"{\"password\": \"demo\"}"}"#
    ));
    assert!(!demo_as_password_value(
        br#"{"username":"admin@demo","domain":"demo"}"#
    ));
}

#[test]
#[ignore = "`make e2e` runs it after the other end-to-end tests, over their records"]
fn no_password_or_token_in_data_folders_logs_or_ipc_answers() {
    let root = record_root();
    let mut tokens: Vec<String> = Vec::new();
    let mut passwords: Vec<String> = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    let mut records = 0;
    let mut answers = 0;
    let mut to_search: Vec<PathBuf> = Vec::new();
    let mut unrecorded: Vec<String> = Vec::new();
    let mut commands = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("no records in {}: run `make e2e` ({e})", root.display()))
        .flatten()
    {
        let dir = entry.path();
        let Ok(secrets) = std::fs::read(dir.join("secrets.json")) else {
            continue;
        };
        records += 1;
        let secrets: Value = serde_json::from_slice(&secrets).expect("secrets.json");
        for (list, key) in [
            (&mut tokens, "tokens"),
            (&mut passwords, "passwords"),
            (&mut codes, "codes"),
        ] {
            list.extend(
                secrets[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t.as_str().map(String::from)),
            );
        }
        let ipc = dir.join("ipc.json");
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = std::fs::read(&ipc)
            .unwrap_or_else(|e| panic!("{name}: no IPC record {} ({e})", ipc.display()));
        let v: Value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("{name}: {} is not JSON ({e})", ipc.display()));
        let entries = v.as_array().cloned().unwrap_or_default();
        let ok = entries.iter().filter(|a| a.get("ok").is_some()).count();
        if ok == 0 {
            unrecorded.push(format!(
                "{name} ({} entries, none an answer)",
                entries.len()
            ));
        }
        for a in &entries {
            if let Some(cmd) = a["cmd"].as_str() {
                commands.insert(cmd.to_string());
            } else {
                unrecorded.push(format!("{name}: {}", a["err"]));
            }
        }
        answers += entries.len();
        to_search.push(ipc);
        files_under(&dir.join("data"), &mut to_search);
    }
    files_under(&logs_dir(), &mut to_search);
    // The webview's own storage (cookies, local storage, caches), kept apart from --data-dir.
    if let Some(dir) = webview_data_dir() {
        files_under(&dir, &mut to_search);
    }
    tokens.sort();
    tokens.dedup();
    passwords.sort();
    passwords.dedup();
    codes.sort();
    codes.dedup();
    let password_forms: Vec<(usize, Vec<String>)> = passwords
        .iter()
        .enumerate()
        .map(|(i, p)| (i, forms(p)))
        .collect();

    // A scan of nothing proves nothing.
    assert!(records > 0, "no test records in {}", root.display());
    assert!(
        !tokens.is_empty(),
        "the sims issued no token during the run"
    );
    assert!(answers > 0, "no IPC answer was recorded during the run");
    assert!(
        !passwords.is_empty(),
        "no password other than the demo one was typed during the run"
    );
    assert!(
        !codes.is_empty(),
        "no one-time code was typed during the run"
    );
    assert!(
        unrecorded.is_empty(),
        "IPC answers not recorded:\n{}",
        unrecorded.join("\n")
    );
    // The commands whose answers carry what the app knows about the server and the session:
    // each must have been seen, or the scan did not look at it.
    for cmd in [
        "list_queues",
        "list_hooks",
        "sign_in",
        "list_all_hooks",
        "list_pending",
        "list_conflicts",
        "resolve_conflict",
        "sync_status",
        "sync_now",
        "get_settings",
        "update_settings",
        "diagnostics",
    ] {
        assert!(
            commands.contains(cmd),
            "no `{cmd}` answer recorded during the run (recorded: {commands:?})"
        );
    }
    assert!(
        to_search.iter().any(|p| p.ends_with("tauri-driver.log")),
        "no tauri-driver log in {}",
        logs_dir().display()
    );

    let mut found = Vec::new();
    for path in &to_search {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        for (i, token) in tokens.iter().enumerate() {
            if find(&bytes, token.as_bytes()) {
                found.push(format!("{}: token #{i} of the sims", path.display()));
            }
        }
        for (i, forms) in &password_forms {
            if let Some(form) = forms.iter().find(|f| find(&bytes, f.as_bytes())) {
                let how = if form == &passwords[*i] {
                    "as typed"
                } else {
                    "encoded"
                };
                found.push(format!("{}: typed password #{i}, {how}", path.display()));
            }
        }
        for (i, code) in codes.iter().enumerate() {
            if find_code(&bytes, code) {
                found.push(format!("{}: one-time code #{i}", path.display()));
            }
        }
        if demo_as_password_value(&bytes) {
            found.push(format!(
                "{}: the demo password as a JSON value",
                path.display()
            ));
        }
    }
    eprintln!(
        "searched {} files ({records} test records, {answers} IPC answers to {} commands) for {} \
         tokens, {} passwords (each in {} forms at most) and {} one-time codes",
        to_search.len(),
        commands.len(),
        tokens.len(),
        passwords.len() + 1,
        password_forms
            .iter()
            .map(|(_, f)| f.len())
            .max()
            .unwrap_or(0),
        codes.len()
    );
    assert!(
        found.is_empty(),
        "secrets left behind:\n{}",
        found.join("\n")
    );
}
