//! What the benchmark reads in the page: a condition waited for, the steps of a start, and a
//! click timed to the DOM change and to the frame that show its outcome.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::{json, Value};

use crate::BenchResult;

/// A click whose outcome has not shown within this is a failure of the run, not a figure.
const CLICK_TIMEOUT_MS: u64 = 15_000;

/// One measured click: from the click to the DOM change that shows its outcome (`commit`) and
/// to the first animation frame that has it (`frame`: the frame is painted right after), in ms.
#[derive(Debug, Clone, Copy)]
pub(super) struct Click {
    pub(super) commit: f64,
    pub(super) frame: f64,
}

/// Waits until the JS expression `expr` is true in the page.
pub(super) async fn wait_js(
    c: &Client,
    what: &str,
    expr: &str,
    limit: Duration,
) -> BenchResult<()> {
    let deadline = Instant::now() + limit;
    let script = format!("return !!({expr});");
    loop {
        if c.execute(&script, vec![]).await?.as_bool() == Some(true) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("waited {limit:?} for {what}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The steps of a start the page can tell, in order: when it began loading, when its wasm was
/// fetched, then the marks its UI sets (User Timing; the floor sets only the first and last).
pub(super) const STEPS: [&str; 6] = [
    "page began loading",
    "wasm fetched",
    "ui-started",
    "session-answered",
    "queues-listed",
    "first-rows-painted",
];

/// Waits for the page's `first-rows-painted` mark and answers when each step of the start
/// happened (ms since the epoch), as far as the page tells them, in the order of `STEPS`.
pub(super) async fn start_steps(c: &Client, rows: &str) -> BenchResult<Vec<Option<f64>>> {
    let mark = "performance.getEntriesByName('first-rows-painted').length > 0";
    if let Err(err) = wait_js(c, "the first rows painted", mark, Duration::from_secs(60)).await {
        // What the window showed instead, beside the driver's log (which has the app's).
        if let (Ok(dir), Ok(png)) = (std::env::var("E2E_LOGS_DIR"), c.screenshot().await) {
            let path = Path::new(&dir).join("no-first-rows.png");
            if std::fs::write(&path, png).is_ok() {
                eprintln!("window: what the window showed: {}", path.display());
            }
        }
        return Err(err);
    }
    let at = c
        .execute(
            "const o = performance.timeOrigin;
             const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'));
             const mark = n => { const m = performance.getEntriesByName(n)[0]; return m ? o + m.startTime : null; };
             return { rows: document.querySelectorAll(arguments[0]).length,
                      steps: [o, wasm ? o + wasm.responseEnd : null].concat(arguments[1].map(mark)) };",
            vec![json!(rows), json!(&STEPS[2..])],
        )
        .await?;
    if at["rows"].as_u64().unwrap_or(0) == 0 {
        return Err("the page marked its rows painted but shows none".into());
    }
    let steps: Vec<Option<f64>> = at["steps"]
        .as_array()
        .map(|a| a.iter().map(Value::as_f64).collect())
        .unwrap_or_default();
    if steps.len() != STEPS.len() || steps[STEPS.len() - 1].is_none() {
        return Err("the page's timeline has no times".into());
    }
    Ok(steps)
}

/// Each step's time since `started`, added to `into` (one list per step).
pub(super) fn record_steps(into: &mut [Vec<f64>], steps: &[Option<f64>], started: f64) -> f64 {
    for (list, at) in into.iter_mut().zip(steps) {
        if let Some(at) = at {
            list.push(at - started);
        }
    }
    steps.last().copied().flatten().unwrap_or(f64::NAN) - started
}

/// Does `act` (JS statements: the click) and measures until `cond` (a JS expression) holds: at
/// the DOM change that makes it true (a mutation observer) and at the first animation frame
/// that sees it true. Both in ms from just before the click. With `busy` (a selector that
/// matches while the view waits for its answer), `cond` counts only once that has matched since
/// the click: a page that comes back with the same first row still has to come back.
pub(super) async fn click(
    c: &Client,
    what: &str,
    act: &str,
    cond: &str,
    busy: Option<&str>,
) -> BenchResult<Click> {
    let busy = busy.map_or_else(|| "null".to_owned(), js_str);
    let script = format!(
        r#"
const done = arguments[arguments.length - 1];
const busy = {busy};
let sawBusy = busy === null;
const cond = () => {{
  if (!sawBusy && document.querySelector(busy)) sawBusy = true;
  try {{ return sawBusy && !!({cond}); }} catch (e) {{ return false; }}
}};
let commit = null;
const observer = new MutationObserver(() => {{
  if (commit === null && cond()) commit = performance.now() - t0;
}});
observer.observe(document.body, {{ subtree: true, childList: true, attributes: true, characterData: true }});
const timer = setTimeout(() => {{ observer.disconnect(); done(null); }}, {CLICK_TIMEOUT_MS});
const tick = () => {{
  if (cond()) {{
    const frame = performance.now() - t0;
    observer.disconnect();
    clearTimeout(timer);
    done([commit === null ? frame : commit, frame]);
  }} else {{
    requestAnimationFrame(tick);
  }}
}};
const t0 = performance.now();
{act}
requestAnimationFrame(tick);
"#
    );
    let answer = c.execute_async(&script, vec![]).await?;
    match (answer[0].as_f64(), answer[1].as_f64()) {
        (Some(commit), Some(frame)) => Ok(Click { commit, frame }),
        _ => Err(format!("{what}: no outcome within {CLICK_TIMEOUT_MS} ms").into()),
    }
}

pub(super) fn js_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}
