//! Starting a sim, signing in, and a small recording HTTP server for byte-exact checks.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use webitel_api::{Client, Credentials, LoginOutcome, RetryPolicy};
use webitel_sim::{Knobs, SimConfig, SimServer};

pub const PASSWORD: &str = "demo";

pub async fn sim() -> SimServer {
    sim_with(Knobs::default()).await
}

pub async fn sim_with(knobs: Knobs) -> SimServer {
    let config = SimConfig {
        knobs,
        ..SimConfig::default()
    };
    webitel_sim::spawn(local(), config)
        .await
        .expect("sim starts")
}

fn local() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

/// Retries fast enough for tests: 3 retries, 10 ms doubling to at most 40 ms.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_retries: 3,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
    }
}

pub fn client_for(server: &str) -> Client {
    Client::builder(server)
        .timeout(Duration::from_secs(5))
        .retry_policy(fast_retry())
        .build()
        .expect("client builds")
}

pub fn client(sim: &SimServer) -> Client {
    client_for(&sim.api_url())
}

/// Signs `user` (`admin`, `viewer`, `noflows`) in over HTTP and keeps the token in the client.
pub async fn signed_in(sim: &SimServer, user: &str) -> Client {
    let client = client(sim);
    let outcome = client
        .auth()
        .login(&Credentials::new(format!("{user}@demo"), PASSWORD))
        .await
        .expect("login");
    let LoginOutcome::Signed(session) = outcome else {
        panic!("{user} should not need a second factor");
    };
    client.set_token(session.token);
    client
}

pub async fn admin(sim: &SimServer) -> Client {
    signed_in(sim, "admin").await
}

/// The first Progressive queue with hooks, and a queue with none, from the demo data.
pub fn progressive(sim: &SimServer) -> webitel_api::QueueId {
    webitel_api::QueueId(
        sim.progressive_queue_id()
            .expect("demo has a progressive queue"),
    )
}

pub fn empty_queue(sim: &SimServer) -> webitel_api::QueueId {
    webitel_api::QueueId(
        sim.queue_without_hooks()
            .expect("demo has a queue without hooks"),
    )
}

/// A raw GET against the sim, for looking at the JSON exactly as it was written.
pub async fn raw_get(sim: &SimServer, token: &str, path_and_query: &str) -> serde_json::Value {
    let url = format!("{}{path_and_query}", sim.api_url());
    let response = reqwest::Client::new()
        .get(url)
        .header("X-Webitel-Access", token)
        .send()
        .await
        .expect("raw get");
    response.json().await.expect("raw json")
}

/// One request as the fake server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A canned answer of the fake server.
pub struct Canned {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

pub fn canned(status: u16, body: &str) -> Canned {
    Canned {
        status,
        headers: Vec::new(),
        body: body.to_string(),
    }
}

/// A recording HTTP/1.1 server that answers each request with the next canned answer (a 599
/// once they run out) and closes the connection.
pub struct Fake {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl Fake {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }
}

pub async fn fake(answers: Vec<Canned>) -> Fake {
    let listener = TcpListener::bind(local()).await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let requests = Arc::new(Mutex::new(Vec::new()));
    let answers = Arc::new(Mutex::new(VecDeque::from(answers)));
    let seen = requests.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let seen = seen.clone();
            let answers = answers.clone();
            tokio::spawn(async move {
                let _ = serve_one(stream, seen, answers).await;
            });
        }
    });
    Fake { addr, requests }
}

async fn serve_one(
    mut stream: TcpStream,
    seen: Arc<Mutex<Vec<Recorded>>>,
    answers: Arc<Mutex<VecDeque<Canned>>>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_string();
    let target = first.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[head_end..]).to_string();
    seen.lock().expect("lock").push(Recorded {
        method,
        target,
        headers,
        body,
    });
    let answer = answers
        .lock()
        .expect("lock")
        .pop_front()
        .unwrap_or_else(|| canned(599, ""));
    let mut out = format!(
        "HTTP/1.1 {} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        answer.status,
        answer.body.len()
    );
    for (k, v) in &answer.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(&answer.body);
    stream.write_all(out.as_bytes()).await?;
    stream.shutdown().await
}
