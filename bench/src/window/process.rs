//! The programs measured: opened through WebDriver with the moment they began, closed with
//! everything they started, and their memory read from `/proc`.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use super::WindowOptions;
use crate::BenchResult;

/// A window opened through WebDriver: the session, the program's process id and when the
/// process began (ms since the epoch).
pub(super) struct Launched {
    pub(super) client: Client,
    pub(super) pid: u32,
    pub(super) started_ms: f64,
}

pub(super) async fn launch(
    options: &WindowOptions,
    program: &Path,
    args: &[String],
) -> BenchResult<Launched> {
    let stamp_dir = tempfile::tempdir()?;
    let stamp = stamp_dir.path().join("started");
    let wrapper = Path::new(env!("CARGO_MANIFEST_DIR")).join("stamp-exec.sh");
    let mut all: Vec<Value> = vec![json!(stamp), json!(program)];
    all.extend(args.iter().map(|a| json!(a)));
    let mut caps = serde_json::Map::new();
    caps.insert(
        String::from("tauri:options"),
        json!({ "application": wrapper, "args": all }),
    );
    let mut builder = ClientBuilder::new(HttpConnector::new());
    builder.capabilities(caps);
    let client = tokio::time::timeout(Duration::from_secs(60), builder.connect(&options.webdriver))
        .await
        .map_err(|_| format!("{} did not open a window in 60 s", program.display()))??;
    let text = std::fs::read_to_string(&stamp)?;
    let mut parts = text.split_whitespace();
    let pid: u32 = parts.next().ok_or("empty start stamp")?.parse()?;
    let nanos: u128 = parts.next().ok_or("start stamp without a time")?.parse()?;
    Ok(Launched {
        client,
        pid,
        started_ms: nanos as f64 / 1e6,
    })
}

/// Ends the session and waits for the program to exit (stopping it and what it started after
/// 10 s): the next launch must not meet it (the app lets one instance run per session bus).
pub(super) async fn close(launched: Launched) -> BenchResult<()> {
    let tree = process_tree(launched.pid);
    launched.client.close().await.ok();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if tree
            .iter()
            .all(|pid| !Path::new(&format!("/proc/{pid}")).exists())
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for pid in &tree {
        let _ = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status();
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    Ok(())
}

/// `root` and every process below it.
fn process_tree(root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // `pid (comm) state ppid …`: the name may hold spaces and parentheses.
        let Some(rest) = stat.rsplit_once(')').map(|(_, rest)| rest) else {
            continue;
        };
        if let Some(ppid) = rest.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
            children.entry(ppid).or_default().push(pid);
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        if let Some(kids) = children.get(&tree[i]) {
            tree.extend(kids);
        }
        i += 1;
    }
    tree
}

/// The proportional set size of `root` and every process below it, in MiB, and each
/// process's name and share.
pub(super) fn pss_mib(root: u32) -> BenchResult<(f64, Vec<(String, f64)>)> {
    let tree = process_tree(root);
    let mut kib = 0u64;
    let mut each = Vec::new();
    for pid in &tree {
        let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
            .map_err(|e| format!("reading the memory of process {pid}: {e}"))?;
        let pss = rollup
            .lines()
            .find_map(|l| l.strip_prefix("Pss:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .ok_or_else(|| format!("no Pss in the memory of process {pid}"))?;
        kib += pss;
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        each.push((name.trim().to_owned(), pss as f64 / 1024.0));
    }
    Ok((kib as f64 / 1024.0, each))
}

pub(super) fn by_process(each: &[(String, f64)]) -> String {
    each.iter()
        .map(|(name, mib)| format!("{name} {mib:.0}"))
        .collect::<Vec<_>>()
        .join(", ")
}
