//! Timings of what users wait for: a full sync of a large server, the all-queues registry query
//! over a large cache, and the app's window (start, memory, clicks) beside the bare Tauri + Yew
//! stack. Not a test: it checks that the work was done (fails loudly otherwise) and reports how
//! long it took, in `bench/RESULTS.md`.
//!
//! ```text
//! cargo run -p webitel-hooks-bench --release -- [all|sync|query|window] [--runs N] [--sync-runs N] [--window-runs N] [--out PATH]
//! ```

mod window;

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tempfile::TempDir;
use webitel_hooks_core::{Credentials, HookRegistry, Store, SyncOptions, SyncRunner};
use webitel_hooks_model::{
    HookEvent, HookState, ListAllHooksArgs, PageSize, QueueType, RegistryColumn, RegistrySort,
    SortDirection,
};
use webitel_sim::{DataSet, Knobs, SimConfig, SimServer};

type BenchResult<T> = Result<T, Box<dyn Error>>;

const USAGE: &str =
    "usage: webitel-hooks-bench [all|sync|query|window] [--runs N] [--sync-runs N] \
     [--window-runs N] [--app PATH] [--floor PATH] [--out PATH]

  all          every benchmark (the default)
  sync         full sync of large:200:10 at 50 ms added latency, concurrency 1, 4, 8 and 16
  query        the all-queues registry query over 10,000 cached hooks
  window       the app's window beside the floor app: start, memory, clicks at 100 and 1,000
               queues; needs WEBDRIVER_URL (tauri-driver) and both release builds (`make bench`)
  --runs N     timed runs of each query (default 50)
  --sync-runs N  timed full syncs at each concurrency (default 3)
  --window-runs N  starts of each app and clicks of each kind (default 7)
  --sizes A,B  the tenants' sizes the clicks are measured at, in queues (default 100,1000)
  --app PATH   the app's binary (default target/release/webitel-hooks)
  --floor PATH the floor app's binary (default target/release/webitel-hooks-floor)
  --out PATH   where the Markdown goes (default bench/RESULTS.md)";

/// The sync benchmark's server: 200 queues of 10 hooks, each answer 50 ms late.
const SYNC_QUEUES: usize = 200;
const SYNC_HOOKS_PER_QUEUE: usize = 10;
const SYNC_LATENCY_MS: u64 = 50;
const CONCURRENCIES: [usize; 4] = [1, 4, 8, 16];

/// The query benchmark's cache: 1,000 queues of 10 hooks.
const QUERY_QUEUES: usize = 1000;
const QUERY_HOOKS_PER_QUEUE: usize = 10;
const QUERY_PAGE_SIZE: i64 = 50;
const DEEP_PAGE: u32 = 150;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    All,
    Sync,
    Query,
    Window,
}

#[derive(Debug)]
struct Options {
    what: What,
    runs: usize,
    sync_runs: usize,
    window_runs: usize,
    sizes: Vec<usize>,
    app: PathBuf,
    floor: PathBuf,
    out: PathBuf,
    /// The arguments as given, for the command line written with the results.
    args: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut options = Options {
        what: What::All,
        runs: 50,
        sync_runs: 3,
        window_runs: 7,
        sizes: window::SIZES.to_vec(),
        app: root().join("target/release/webitel-hooks"),
        floor: root().join("target/release/webitel-hooks-floor"),
        out: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/RESULTS.md")),
        args: args.clone(),
    };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let mut number = |name: &str| -> Result<usize, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("{name} needs a number above 0"))
        };
        match arg.as_str() {
            "all" => options.what = What::All,
            "sync" => options.what = What::Sync,
            "query" => options.what = What::Query,
            "window" => options.what = What::Window,
            "--runs" => options.runs = number("--runs")?,
            "--sync-runs" => options.sync_runs = number("--sync-runs")?,
            "--window-runs" => options.window_runs = number("--window-runs")?,
            "--sizes" => {
                options.sizes = it
                    .next()
                    .map(|v| {
                        v.split(',')
                            .map(str::parse)
                            .collect::<Result<Vec<usize>, _>>()
                    })
                    .and_then(Result::ok)
                    .filter(|v| !v.is_empty() && !v.contains(&0))
                    .ok_or("--sizes needs queue counts, e.g. 100,1000")?;
            }
            "--app" => options.app = it.next().map(PathBuf::from).ok_or("--app needs a path")?,
            "--floor" => {
                options.floor = it.next().map(PathBuf::from).ok_or("--floor needs a path")?;
            }
            "--out" => {
                options.out = it.next().map(PathBuf::from).ok_or("--out needs a path")?;
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("{why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("benchmark failed: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(options: &Options) -> BenchResult<()> {
    if cfg!(debug_assertions) {
        eprintln!("note: a debug build; figures worth keeping come from --release");
    }
    let mut report = header(options);
    if matches!(options.what, What::All | What::Sync) {
        report.push_str(&sync_bench(options.sync_runs).await?);
    }
    if matches!(options.what, What::All | What::Query) {
        report.push_str(&query_bench(options.runs).await?);
    }
    if matches!(options.what, What::All | What::Window) {
        let webdriver = std::env::var("WEBDRIVER_URL")
            .map_err(|_| "no WEBDRIVER_URL: `make bench` starts the display and the driver")?;
        report.push_str(
            &window::window_bench(&window::WindowOptions {
                runs: options.window_runs,
                webdriver,
                app: options.app.clone(),
                floor: options.floor.clone(),
                sizes: options.sizes.clone(),
                app_wasm_dir: root().join("src-ui/dist"),
                floor_wasm_dir: root().join("bench/floor/ui/dist"),
            })
            .await?,
        );
    }
    print!("{report}");
    std::fs::write(&options.out, &report)
        .map_err(|e| format!("writing {}: {e}", options.out.display()))?;
    eprintln!("written to {}", options.out.display());
    Ok(())
}

// -------------------------------------------------------------------------------------------
// The server and the cache.

async fn start_sim(data: DataSet, latency_ms: u64) -> BenchResult<SimServer> {
    let sim = webitel_sim::spawn(
        ([127, 0, 0, 1], 0).into(),
        SimConfig {
            data,
            knobs: Knobs {
                latency_ms,
                ..Knobs::default()
            },
        },
    )
    .await?;
    Ok(sim)
}

/// A registry on a fresh cache file, signed in to `sim` as the demo admin.
async fn signed_in(sim: &SimServer) -> BenchResult<(Arc<HookRegistry>, TempDir)> {
    let dir = tempfile::tempdir()?;
    let registry = HookRegistry::new(Store::open(dir.path().join("cache.sqlite3"))?);
    registry
        .sign_in(&sim.base_url(), &Credentials::new("admin@demo", "demo"))
        .await?;
    Ok((Arc::new(registry), dir))
}

/// What a sim's tenant holds: its queues, its teams, and their hooks together (a full sync
/// reads the teams beside the queues, and the all-hooks registry counts both owners' hooks).
#[derive(Debug, Clone, Copy)]
struct Tenant {
    queues: usize,
    teams: usize,
    hooks: u64,
}

impl Tenant {
    fn of(sim: &SimServer) -> Tenant {
        let data = sim.snapshot();
        let hooks = data.queues.iter().map(|q| q.hooks.len()).sum::<usize>()
            + data.teams.iter().map(|t| t.hooks.len()).sum::<usize>();
        Tenant {
            queues: data.queues.len(),
            teams: data.teams.len(),
            hooks: hooks as u64,
        }
    }
}

/// Fails unless the cache holds exactly the tenant's queues and hooks.
fn check_cache(registry: &HookRegistry, tenant: Tenant) -> BenchResult<()> {
    let cached_queues = registry.store().queues()?.len();
    let cached_hooks = registry.list_all_hooks(&ListAllHooksArgs::default())?.total;
    if cached_queues != tenant.queues || cached_hooks != tenant.hooks {
        return Err(format!(
            "the cache holds {cached_queues} queues and {cached_hooks} hooks, expected {tenant:?}"
        )
        .into());
    }
    Ok(())
}

/// One full sync of `registry` with `concurrency`; fails unless every queue came.
async fn full_sync(
    registry: &Arc<HookRegistry>,
    concurrency: usize,
    tenant: Tenant,
) -> BenchResult<()> {
    let runner = SyncRunner::new(
        registry.clone(),
        SyncOptions {
            concurrency,
            ..SyncOptions::default()
        },
    );
    let report = runner.full_sync().await?;
    if !report.failed.is_empty() || usize::try_from(report.queues)? != tenant.queues + tenant.teams
    {
        return Err(format!(
            "the sync read {} queues, {} of them failed: {:?}",
            report.queues,
            report.failed.len(),
            report.failed.first()
        )
        .into());
    }
    Ok(())
}

// -------------------------------------------------------------------------------------------
// Full sync.

struct SyncRow {
    concurrency: usize,
    times: Vec<Duration>,
    requests: u64,
}

async fn sync_bench(runs: usize) -> BenchResult<String> {
    let data = DataSet::Large {
        queues: SYNC_QUEUES,
        hooks_per_queue: SYNC_HOOKS_PER_QUEUE,
    };
    let sim = start_sim(data.clone(), SYNC_LATENCY_MS).await?;
    let tenant = Tenant::of(&sim);
    let hooks = tenant.hooks;
    let mut rows = Vec::new();
    for concurrency in CONCURRENCIES {
        let mut row = SyncRow {
            concurrency,
            times: Vec::new(),
            requests: 0,
        };
        for run in 1..=runs {
            // Sign-in and the cache file stay outside the timing: a fresh start each run.
            let (registry, _dir) = signed_in(&sim).await?;
            let before = sim.request_count();
            let started = Instant::now();
            full_sync(&registry, concurrency, tenant).await?;
            let took = started.elapsed();
            let requests = sim.request_count() - before;
            check_cache(&registry, tenant)?;
            eprintln!(
                "sync: concurrency {concurrency}, run {run}/{runs}: {} ms, {requests} requests",
                took.as_millis()
            );
            if run > 1 && requests != row.requests {
                return Err(format!(
                    "requests differ between runs: {} then {requests}",
                    row.requests
                )
                .into());
            }
            row.requests = requests;
            row.times.push(took);
        }
        rows.push(row);
    }
    sim.shutdown().await;

    let mut md = String::new();
    writeln!(
        md,
        "## Full sync: `{data}` at {SYNC_LATENCY_MS} ms added latency\n\n\
         A fresh cache each run, signed in beforehand; `SyncRunner::full_sync` from start to end. \
         Median of {runs} run(s) at each concurrency (queues read at once); the default is {}. \
         Every run ends with {SYNC_QUEUES} queues, {} teams and {hooks} hooks (theirs together) \
         in the cache.\n",
        webitel_hooks_core::SYNC_CONCURRENCY,
        tenant.teams
    )?;
    writeln!(
        md,
        "| Concurrency | Wall time (median) | Fastest – slowest | Requests | Queues/s |"
    )?;
    writeln!(md, "|---:|---:|---:|---:|---:|")?;
    for row in &rows {
        let stats = Stats::of(&row.times);
        let default = if row.concurrency == webitel_hooks_core::SYNC_CONCURRENCY {
            " (default)"
        } else {
            ""
        };
        writeln!(
            md,
            "| {}{default} | {} s | {} – {} s | {} | {:.0} |",
            row.concurrency,
            secs(stats.median),
            secs(stats.min),
            secs(stats.max),
            row.requests,
            SYNC_QUEUES as f64 / stats.median.as_secs_f64()
        )?;
    }
    md.push('\n');
    Ok(md)
}

// -------------------------------------------------------------------------------------------
// The all-queues registry query.

fn page1() -> ListAllHooksArgs {
    ListAllHooksArgs {
        page: 1,
        size: PageSize::new(QUERY_PAGE_SIZE),
        ..ListAllHooksArgs::default()
    }
}

/// What the registry is asked, by name; each one is a page of 50 rows.
fn query_cases() -> Vec<(String, ListAllHooksArgs)> {
    let mut cases = vec![
        ("No filter, page 1".to_owned(), page1()),
        (
            format!("No filter, page {DEEP_PAGE}"),
            ListAllHooksArgs {
                page: DEEP_PAGE,
                ..page1()
            },
        ),
        (
            "Event: missed".to_owned(),
            ListAllHooksArgs {
                events: vec![HookEvent::Missed],
                ..page1()
            },
        ),
        (
            "Type Progressive, enabled".to_owned(),
            ListAllHooksArgs {
                queue_types: vec![QueueType::Progressive],
                state: Some(HookState::Enabled),
                ..page1()
            },
        ),
        (
            "Search \"slack\"".to_owned(),
            ListAllHooksArgs {
                search: "slack".into(),
                ..page1()
            },
        ),
    ];
    for (column, by) in [
        (RegistryColumn::Queue, "queue"),
        (RegistryColumn::Event, "event"),
        (RegistryColumn::Flow, "flow"),
        (RegistryColumn::State, "state"),
    ] {
        for (direction, way) in [
            (SortDirection::Ascending, "asc"),
            (SortDirection::Descending, "desc"),
        ] {
            cases.push((
                format!("Sort by {by} {way}"),
                ListAllHooksArgs {
                    sort: Some(RegistrySort { column, direction }),
                    ..page1()
                },
            ));
        }
    }
    cases
}

async fn query_bench(runs: usize) -> BenchResult<String> {
    let data = DataSet::Large {
        queues: QUERY_QUEUES,
        hooks_per_queue: QUERY_HOOKS_PER_QUEUE,
    };
    eprintln!("query: filling the cache from {data}");
    let sim = start_sim(data.clone(), 0).await?;
    let tenant = Tenant::of(&sim);
    let hooks = tenant.hooks;
    let (registry, _dir) = signed_in(&sim).await?;
    full_sync(&registry, webitel_hooks_core::SYNC_CONCURRENCY, tenant).await?;
    sim.shutdown().await;
    check_cache(&registry, tenant)?;

    let mut md = String::new();
    writeln!(
        md,
        "## All-queues registry query: {hooks} hooks in {QUERY_QUEUES} queues and {} teams\n\n\
         `HookRegistry::list_all_hooks` on a SQLite cache filled by a full sync of `{data}`; \
         pages of {QUERY_PAGE_SIZE} rows, the count of every matching row included. \
         Median and 95th percentile of {runs} timed runs, after one untimed run.\n",
        tenant.teams
    )?;
    writeln!(md, "| Query | Matching rows | Median | p95 |")?;
    writeln!(md, "|---|---:|---:|---:|")?;
    for (name, args) in query_cases() {
        let first = registry.list_all_hooks(&args)?;
        if first.total == 0 || first.items.is_empty() {
            return Err(format!("{name}: no rows, nothing to measure").into());
        }
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let started = Instant::now();
            let page = registry.list_all_hooks(&args)?;
            times.push(started.elapsed());
            if page.items.len() != first.items.len() {
                return Err(format!("{name}: the page changed between runs").into());
            }
        }
        let stats = Stats::of(&times);
        eprintln!(
            "query: {name}: median {} ms, p95 {} ms",
            millis(stats.median),
            millis(stats.p95)
        );
        writeln!(
            md,
            "| {name} | {} | {} ms | {} ms |",
            first.total,
            millis(stats.median),
            millis(stats.p95)
        )?;
    }
    md.push('\n');
    Ok(md)
}

// -------------------------------------------------------------------------------------------
// Figures and the machine.

struct Stats {
    min: Duration,
    median: Duration,
    p95: Duration,
    max: Duration,
}

impl Stats {
    /// `times` must not be empty.
    fn of(times: &[Duration]) -> Stats {
        let mut sorted = times.to_vec();
        sorted.sort();
        let n = sorted.len();
        let at = |i: usize| sorted.get(i).copied().unwrap_or_default();
        let median = if n % 2 == 1 {
            at(n / 2)
        } else {
            (at(n / 2 - 1) + at(n / 2)) / 2
        };
        // Nearest rank: the smallest time at or above 95 % of the runs.
        let p95 = at((n * 95).div_ceil(100).saturating_sub(1));
        Stats {
            min: at(0),
            median,
            p95,
            max: at(n.saturating_sub(1)),
        }
    }
}

fn secs(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64())
}

fn millis(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

/// The first line a command prints, if it runs.
fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (!text.is_empty()).then_some(text)
}

fn cpu_model() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    info.lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, model)| model.trim().to_owned())
}

/// The load average over 1, 5 and 15 minutes (`/proc/loadavg`): other work on the machine
/// slows every benchmark, and this says how busy it was.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

/// The repository's root folder.
fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn header(options: &Options) -> String {
    let date = output_of("date", &["-u"]).unwrap_or_else(|| "unknown".into());
    let cpus = output_of("nproc", &[])
        .or_else(|| {
            std::thread::available_parallelism()
                .ok()
                .map(|n| n.to_string())
        })
        .unwrap_or_else(|| "?".into());
    let arch = output_of("uname", &["-m"]).unwrap_or_else(|| std::env::consts::ARCH.into());
    let model = cpu_model().unwrap_or_else(|| "unknown CPU".into());
    let load = load_average();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut commit = output_of("git", &["-C", root, "rev-parse", "--short", "HEAD"])
        .unwrap_or_else(|| "unknown".into());
    // Only changes to the code measured count; other work in the tree does not.
    let measured = [
        "Cargo.lock",
        "bench",
        "src-tauri",
        "src-ui",
        "tests/webitel-sim",
    ];
    let mut status = vec!["-C", root, "status", "--porcelain", "--"];
    status.extend(measured);
    status.push(":(exclude)bench/RESULTS.md");
    if output_of("git", &status).is_some() {
        commit.push_str(", with uncommitted changes to the measured code");
    }
    let release = if cfg!(debug_assertions) {
        ""
    } else {
        " --release"
    };
    let mut command = format!("cargo run -p webitel-hooks-bench{release}");
    if !options.args.is_empty() {
        command.push_str(" --");
    }
    for arg in &options.args {
        command.push(' ');
        command.push_str(arg);
    }
    format!(
        "# Benchmark results\n\n\
         Written by `webitel-hooks-bench` (see README.md); every run overwrites this file.\n\n\
         - Date: {date}\n\
         - Machine: {cpus} CPUs (`nproc`), {arch}, {model}\n\
         - Load average at the start (1, 5, 15 min): {load}\n\
         - Command: `{command}`\n\
         - Build: {}\n\
         - Commit: {commit}\n\n",
        if cfg!(debug_assertions) {
            "debug (not representative)"
        } else {
            "release"
        }
    )
}
