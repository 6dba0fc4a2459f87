//! `webitel-sim`: runs the stand-in Webitel engine until Ctrl-C or SIGTERM.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use webitel_sim::{spawn, spawn_https, DataSet, Knobs, SimConfig, TlsFiles};

#[derive(Parser, Debug)]
#[command(
    name = "webitel-sim",
    version,
    about = "A stand-in Webitel engine server"
)]
struct Cli {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8088")]
    listen: SocketAddr,
    /// Data set: demo, empty, or large:QUEUES:HOOKS (e.g. large:200:10).
    #[arg(long, default_value = "demo")]
    data: DataSet,
    /// Delay added to every /api answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Share of /api requests (0..1) answered with --failure-status.
    #[arg(long, default_value_t = 0.0)]
    failure_rate: f64,
    /// HTTP status of injected failures (e.g. 503, 429, 500).
    #[arg(long, default_value_t = 503)]
    failure_status: u16,
    /// Share of /api requests (0..1) whose connection is closed without an answer.
    #[arg(long, default_value_t = 0.0)]
    drop_rate: f64,
    /// Share of /api requests (0..1) answered 200 with a body that is not JSON.
    #[arg(long, default_value_t = 0.0)]
    garbage_rate: f64,
    /// Lifetime of issued tokens, in seconds (default 12 hours).
    #[arg(long)]
    token_ttl_secs: Option<u64>,
    /// Serve HTTPS with this certificate chain (PEM: the server certificate first); needs --tls-key.
    #[arg(long, value_name = "PATH", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM); needs --tls-cert.
    #[arg(long, value_name = "PATH", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let cli = Cli::parse();
    let knobs = Knobs {
        latency_ms: cli.latency_ms,
        failure_rate: cli.failure_rate,
        failure_status: cli.failure_status,
        drop_rate: cli.drop_rate,
        garbage_rate: cli.garbage_rate,
        token_ttl_secs: cli.token_ttl_secs,
        ..Knobs::default()
    };
    if let Err(err) = webitel_sim::admin::validate(&knobs) {
        eprintln!("webitel-sim: {err}");
        return ExitCode::from(2);
    }
    let config = SimConfig {
        data: cli.data.clone(),
        knobs,
    };
    let tls = match (&cli.tls_cert, &cli.tls_key) {
        (Some(cert), Some(key)) => Some(TlsFiles::new(cert, key)),
        _ => None,
    };
    // A certificate problem is told as one, not as a failure to listen.
    if let Some(Err(err)) = tls.as_ref().map(TlsFiles::acceptor) {
        eprintln!("webitel-sim: cannot serve HTTPS: {err}");
        return ExitCode::from(2);
    }
    let started = match &tls {
        Some(files) => spawn_https(cli.listen, config, files).await,
        None => spawn(cli.listen, config).await,
    };
    let server = match started {
        Ok(s) => s,
        Err(err) => {
            eprintln!("webitel-sim: cannot listen on {}: {err}", cli.listen);
            return ExitCode::FAILURE;
        }
    };
    tracing::info!(data = %cli.data, "serving");
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "listening on {}", server.base_url());
        let _ = out.flush();
    }
    wait_for_signal().await;
    tracing::info!("shutting down");
    server.shutdown().await;
    ExitCode::SUCCESS
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
