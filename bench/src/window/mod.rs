//! The window benchmark: the app's release build in its real window, beside the bare Tauri 2 +
//! Yew 0.23 stack (`bench/floor`, built the same way) measured in the same run, both driven
//! through WebDriver (tauri-driver and WebKitWebDriver on the display `make bench` starts).
//!
//! Figures: process start to first rows painted, memory (PSS of the app's process and every
//! process it started, WebKit's among them), and clicks (from the click to the first frame that
//! shows their outcome) at two sizes of tenant. Runs of the app and the floor alternate, so that
//! both meet the same load.

mod page;
mod process;
mod report;

use std::path::PathBuf;
use std::time::Duration;

use fantoccini::Client;
use serde_json::{json, Value};
use webitel_hooks_model::commands::ListHooksArgs;
use webitel_hooks_model::{HookOwner, ListAllHooksArgs, PageSize, QueueId};
use webitel_sim::{DataSet, SimServer};

use self::page::{click, js_str, record_steps, start_steps, wait_js, Click, STEPS};
use self::process::{close, launch, pss_mib};
use self::report::report;
use super::{load_average, start_sim, BenchResult};

/// The two sizes of tenant the clicks are measured at by default: queues of ten hooks each.
pub const SIZES: [usize; 2] = [100, 1000];
const HOOKS_PER_QUEUE: usize = 10;
/// How long the window is left alone before its memory is read: start-up work (a sync, the
/// webview's first collections) done.
const SETTLE: Duration = Duration::from_secs(3);

const SYNC_STATUS: &str = r#"div[role="status"][aria-label="Sync status"]"#;
const SYNC_PROGRESS: &str = r#"progress[aria-label="Sync progress"]"#;
const QUEUE_TABLE: &str = r#"table[aria-label="Hooks"]"#;
const ALL_QUEUES: &str = r#"button[data-view="all"][aria-label="All queues"]"#;
const ALL_TABLE: &str = r#"table[aria-label="All hooks"]"#;
const NEXT: &str = r#"button[aria-label="Next"]"#;
const FILTER_EVENT: &str = r#"select[aria-label="Filter by event"]"#;
const FLOOR_ROWS: &str = "table[aria-label=\"Rows\"] tr[data-row-id]";

#[derive(Debug, Clone)]
pub struct WindowOptions {
    pub runs: usize,
    pub webdriver: String,
    pub app: PathBuf,
    pub floor: PathBuf,
    /// The sizes of tenant the clicks are measured at, in queues.
    pub sizes: Vec<usize>,
    pub app_wasm_dir: PathBuf,
    pub floor_wasm_dir: PathBuf,
}

/// The app's arguments to sign in to `sim` as the demo admin (the password comes from the
/// environment, as `make bench` sets it) with its data in `data_dir`.
fn signing_in(sim: &SimServer, data_dir: &str) -> [String; 6] {
    [
        "--server".into(),
        sim.base_url(),
        "--username".into(),
        "admin@demo".into(),
        "--data-dir".into(),
        data_dir.to_owned(),
    ]
}

struct StartFigures {
    floor_start: Vec<f64>,
    /// Each step of `STEPS`, ms from the process's start, run by run.
    floor_steps: Vec<Vec<f64>>,
    app_steps: Vec<Vec<f64>>,
    floor_memory: Vec<f64>,
    app_cold_start: f64,
    app_start: Vec<f64>,
    app_memory: Vec<f64>,
    /// The start's three calls asked again once the app has started (IPC and the server, no
    /// UI): `session_info`, `list_queues`, `list_hooks`, ms, run by run.
    settled_calls: [Vec<f64>; 3],
    /// The last run's memory, process by process.
    floor_processes: Vec<(String, f64)>,
    app_processes: Vec<(String, f64)>,
}

async fn starts(options: &WindowOptions) -> BenchResult<StartFigures> {
    let sim = start_sim(DataSet::Demo, 0).await?;
    let data = tempfile::tempdir()?;
    let data_dir = data.path().display().to_string();

    // The first start signs in and fills the cache; the ones measured resume that profile, as
    // every later start of a user's app does.
    let first = launch(options, &options.app, &signing_in(&sim, &data_dir)).await?;
    let cold = start_steps(&first.client, &format!("{QUEUE_TABLE} tr[data-hook-id]"))
        .await?
        .last()
        .copied()
        .flatten()
        .unwrap_or(f64::NAN)
        - first.started_ms;
    wait_synced(&first.client).await?;
    close(first).await?;

    let mut figures = StartFigures {
        floor_start: Vec::new(),
        floor_steps: vec![Vec::new(); STEPS.len()],
        app_steps: vec![Vec::new(); STEPS.len()],
        floor_memory: Vec::new(),
        app_cold_start: cold,
        app_start: Vec::new(),
        app_memory: Vec::new(),
        settled_calls: [Vec::new(), Vec::new(), Vec::new()],
        floor_processes: Vec::new(),
        app_processes: Vec::new(),
    };
    for run in 0..options.runs {
        eprintln!("window: start {}/{}", run + 1, options.runs);
        let floor = launch(options, &options.floor, &[]).await?;
        let steps = start_steps(&floor.client, FLOOR_ROWS).await?;
        let total = record_steps(&mut figures.floor_steps, &steps, floor.started_ms);
        figures.floor_start.push(total);
        tokio::time::sleep(SETTLE).await;
        let (total, each) = pss_mib(floor.pid)?;
        figures.floor_memory.push(total);
        figures.floor_processes = each;
        close(floor).await?;

        let app = launch(
            options,
            &options.app,
            &["--data-dir".into(), data_dir.clone()],
        )
        .await?;
        let steps = start_steps(&app.client, &format!("{QUEUE_TABLE} tr[data-hook-id]")).await?;
        let total = record_steps(&mut figures.app_steps, &steps, app.started_ms);
        figures.app_start.push(total);
        wait_synced(&app.client).await?;
        for (i, ms) in start_calls_again(&app.client)
            .await?
            .into_iter()
            .enumerate()
        {
            figures.settled_calls[i].push(ms);
        }
        tokio::time::sleep(SETTLE).await;
        let (total, each) = pss_mib(app.pid)?;
        figures.app_memory.push(total);
        figures.app_processes = each;
        close(app).await?;
    }
    sim.shutdown().await;
    Ok(figures)
}

/// The start's three calls, asked from the page once it has started: how long each takes
/// without the start's first-time costs (ms).
async fn start_calls_again(c: &Client) -> BenchResult<Vec<f64>> {
    let answer = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const call = window.__TAURI__.core.invoke;
             (async () => {
               const times = [];
               let t = performance.now();
               const session = await call('session_info', { args: {} });
               times.push(performance.now() - t);
               t = performance.now();
               const queues = await call('list_queues', { args: { search: '', queue_type: null } });
               times.push(performance.now() - t);
               const queue = queues.find(q => q.queue_type === 4) || queues[0];
               t = performance.now();
               const args = Object.assign({}, arguments[0], { owner: { kind: 'queue', id: queue.id } });
               await call('list_hooks', { args });
               times.push(performance.now() - t);
               done(session ? times : null);
             })().catch(() => done(null));",
            // The arguments as the model writes them, so that they follow its changes; the
            // owner is filled in from the listed queues.
            vec![serde_json::to_value(ListHooksArgs {
                owner: HookOwner::Queue(QueueId(0)),
                page: 1,
                size: PageSize::new(10),
                sort: None,
            })?],
        )
        .await?;
    answer
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect::<Vec<_>>())
        .filter(|t| t.len() == 3)
        .ok_or_else(|| "the start's calls asked again did not all answer".into())
}

async fn wait_synced(c: &Client) -> BenchResult<()> {
    let expr = format!(
        "(document.querySelector({s})?.innerText ?? '').includes('Synchronised just now') \
         && !document.querySelector({p})",
        s = js_str(SYNC_STATUS),
        p = js_str(SYNC_PROGRESS)
    );
    wait_js(c, "the sync to end", &expr, Duration::from_secs(300)).await
}

struct ScaleFigures {
    queues: usize,
    switch: Vec<Click>,
    next: Vec<Click>,
    sort: Vec<Click>,
    filter: Vec<Click>,
    /// One page of the all-hooks view (the second, 50 rows) asked of the native side from the
    /// page, without the UI: the IPC round trip and the cache's query.
    ipc_page: Vec<f64>,
    memory_all_open: f64,
    processes_all_open: Vec<(String, f64)>,
}

async fn at_scale(options: &WindowOptions, queues: usize) -> BenchResult<ScaleFigures> {
    let sim: SimServer = start_sim(
        DataSet::Large {
            queues,
            hooks_per_queue: HOOKS_PER_QUEUE,
        },
        0,
    )
    .await?;
    let data = tempfile::tempdir()?;
    let app = launch(
        options,
        &options.app,
        &signing_in(&sim, &data.path().display().to_string()),
    )
    .await?;
    let c = &app.client;
    wait_synced(c).await?;
    let queue_rows = format!("{QUEUE_TABLE} tr[data-hook-id]");
    wait_js(
        c,
        "the picked queue's rows",
        &format!(
            "document.querySelectorAll({r}).length > 0 && !document.querySelector({t} + '[aria-busy=\"true\"]')",
            r = js_str(&queue_rows),
            t = js_str(QUEUE_TABLE)
        ),
        Duration::from_secs(60),
    )
    .await?;
    let listed = c
        .execute(
            r#"return document.querySelectorAll('ul[aria-label="Queues"] button[data-queue-id]').length;"#,
            vec![],
        )
        .await?;
    eprintln!("window: {queues} queues, {listed} queue buttons in the page");

    let mut figures = ScaleFigures {
        queues,
        switch: Vec::new(),
        next: Vec::new(),
        sort: Vec::new(),
        filter: Vec::new(),
        ipc_page: Vec::new(),
        memory_all_open: 0.0,
        processes_all_open: Vec::new(),
    };

    // The state switch of the queue's first row: its first frame, then the server's answer
    // (the row's data-enabled) before the next click.
    let row = format!("{queue_rows}:first-of-type");
    let switch = format!(r#"{row} input[role="switch"]"#);
    for _ in 0..options.runs {
        let before = c
            .execute(
                "return document.querySelector(arguments[0]).checked;",
                vec![json!(switch)],
            )
            .await?
            .as_bool()
            .ok_or("no state switch in the queue's first row")?;
        let sample = click(
            c,
            "the state switch",
            &format!("document.querySelector({}).click();", js_str(&switch)),
            &format!(
                "document.querySelector({}).checked === {}",
                js_str(&switch),
                !before
            ),
            None,
        )
        .await?;
        figures.switch.push(sample);
        wait_js(
            c,
            "the switch's change to be saved",
            &format!(
                "document.querySelector({})?.getAttribute('data-enabled') === '{}'",
                js_str(&row),
                !before
            ),
            Duration::from_secs(30),
        )
        .await?;
    }

    // The all-queues registry.
    let all_rows = format!("{ALL_TABLE} tr[data-hook-id]");
    let idle = format!(
        "document.querySelector({t}) && !document.querySelector({t} + '[aria-busy=\"true\"]') \
         && document.querySelectorAll({r}).length > 0",
        t = js_str(ALL_TABLE),
        r = js_str(&all_rows)
    );
    c.execute(
        &format!("document.querySelector({}).click();", js_str(ALL_QUEUES)),
        vec![],
    )
    .await?;
    wait_js(c, "the all-queues registry", &idle, Duration::from_secs(60)).await?;
    let all_busy = format!(r#"{ALL_TABLE}[aria-busy="true"]"#);
    let first_id = format!(
        "document.querySelector({})?.getAttribute('data-hook-id')",
        js_str(&all_rows)
    );

    for _ in 0..options.runs {
        let before = c.execute(&format!("return {first_id};"), vec![]).await?;
        let sample = click(
            c,
            "Next page",
            &format!("document.querySelector({}).click();", js_str(NEXT)),
            &format!("({idle}) && {first_id} !== {before}"),
            Some(&all_busy),
        )
        .await?;
        figures.next.push(sample);
    }

    // Sort by queue, round the header's cycle (ascending, descending, the default order).
    let header = format!("{ALL_TABLE} th.cell-queue");
    for _ in 0..options.runs {
        let sort_before = c
            .execute(
                "return document.querySelector(arguments[0]).getAttribute('aria-sort');",
                vec![json!(header)],
            )
            .await?;
        let sample = click(
            c,
            "sort by queue",
            &format!(
                "document.querySelector({}).click();",
                js_str(&format!("{header} button"))
            ),
            &format!(
                "({idle}) && document.querySelector({h}).getAttribute('aria-sort') !== {sort_before}",
                h = js_str(&header)
            ),
            Some(&all_busy),
        )
        .await?;
        figures.sort.push(sample);
    }

    // The event filter, between two events in turn.
    let events: Vec<String> = c
        .execute(
            "return Array.from(document.querySelector(arguments[0]).options).map(o => o.value).filter(v => v);",
            vec![json!(FILTER_EVENT)],
        )
        .await?
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        .unwrap_or_default();
    if events.len() < 2 {
        return Err(format!(
            "the event filter offers {} events, two are needed",
            events.len()
        )
        .into());
    }
    for run in 0..options.runs {
        let event = &events[run % 2];
        let sample = click(
            c,
            "the event filter",
            &format!(
                "const s = document.querySelector({f}); s.value = {e}; \
                 s.dispatchEvent(new Event('change', {{ bubbles: true }}));",
                f = js_str(FILTER_EVENT),
                e = js_str(event)
            ),
            &format!(
                "({idle}) && Array.from(document.querySelectorAll({r})).every(tr => tr.getAttribute('data-event') === {e})",
                r = js_str(&all_rows),
                e = js_str(event)
            ),
            Some(&all_busy),
        )
        .await?;
        figures.filter.push(sample);
    }

    for _ in 0..options.runs {
        let ms = c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const args = arguments[0];
                 const t0 = performance.now();
                 window.__TAURI__.core.invoke('list_all_hooks', { args })
                   .then(p => done(p.items.length === 50 ? performance.now() - t0 : null),
                         () => done(null));",
                vec![serde_json::to_value(ListAllHooksArgs {
                    page: 2,
                    size: PageSize::new(50),
                    ..ListAllHooksArgs::default()
                })?],
            )
            .await?
            .as_f64()
            .ok_or("the all-hooks page asked over IPC did not come with 50 rows")?;
        figures.ipc_page.push(ms);
    }

    tokio::time::sleep(SETTLE).await;
    (figures.memory_all_open, figures.processes_all_open) = pss_mib(app.pid)?;
    close(app).await?;
    sim.shutdown().await;
    Ok(figures)
}

/// Runs the window benchmark and returns its section of RESULTS.md.
pub async fn window_bench(options: &WindowOptions) -> BenchResult<String> {
    for program in [&options.app, &options.floor] {
        if !program.exists() {
            return Err(
                format!("{} is not built: `make bench` builds it", program.display()).into(),
            );
        }
    }
    let load_before = load_average();
    let start = starts(options).await?;
    let mut scales = Vec::new();
    for &queues in &options.sizes {
        eprintln!("window: clicks at {queues} queues");
        scales.push(at_scale(options, queues).await?);
    }
    let load_after = load_average();
    Ok(report(options, &start, &scales, &load_before, &load_after))
}
