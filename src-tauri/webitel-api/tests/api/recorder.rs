//! A recording HTTP proxy on loopback: the client talks to it as to a server, it forwards every
//! request to the stand-in server unchanged and keeps both sides of each exchange, so the contract
//! test sees exactly what crossed the wire.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, StatusCode};
use axum::response::Response;
use axum::Router;

use crate::swagger::Exchange;

const BODY_LIMIT: usize = 16 * 1024 * 1024;

#[derive(Clone)]
struct Upstream {
    base: String,
    http: reqwest::Client,
    log: Arc<Mutex<Vec<Exchange>>>,
}

pub struct Recorder {
    pub url: String,
    log: Arc<Mutex<Vec<Exchange>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Recorder {
    /// Starts a proxy in front of `upstream` (`http://host:port`, without `/api`).
    pub async fn start(upstream: &str) -> Recorder {
        let log = Arc::new(Mutex::new(Vec::new()));
        let state = Upstream {
            base: upstream.trim_end_matches('/').to_owned(),
            http: reqwest::Client::new(),
            log: log.clone(),
        };
        let app = Router::new().fallback(forward).with_state(state);
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .expect("bind the recording proxy");
        let addr = listener.local_addr().expect("proxy address");
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Recorder {
            url: format!("http://{addr}"),
            log,
            task,
        }
    }

    pub fn exchanges(&self) -> Vec<Exchange> {
        self.log.lock().expect("exchange log").clone()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn forward(State(upstream): State<Upstream>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let request_body = to_bytes(body, BODY_LIMIT).await.unwrap_or_default();
    let raw_query = parts.uri.query().unwrap_or_default().to_owned();
    let url = if raw_query.is_empty() {
        format!("{}{}", upstream.base, parts.uri.path())
    } else {
        format!("{}{}?{raw_query}", upstream.base, parts.uri.path())
    };
    let mut outgoing = upstream
        .http
        .request(parts.method.clone(), &url)
        .body(request_body.to_vec());
    for name in ["content-type", "x-webitel-access", "accept"] {
        if let Some(value) = parts.headers.get(name) {
            outgoing = outgoing.header(name, value);
        }
    }
    let (status, headers, response_body) = match outgoing.send().await {
        Ok(answer) => {
            let status = answer.status();
            let headers = answer.headers().clone();
            let bytes = answer.bytes().await.unwrap_or_default();
            (status, headers, bytes)
        }
        Err(_) => (
            StatusCode::BAD_GATEWAY,
            HeaderMap::new(),
            Default::default(),
        ),
    };
    upstream.log.lock().expect("exchange log").push(Exchange {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: url::form_urlencoded::parse(raw_query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
        has_access_header: parts.headers.contains_key("x-webitel-access"),
        request_body: request_body.to_vec(),
        status: status.as_u16(),
        response_body: response_body.to_vec(),
    });
    let mut response = Response::new(Body::from(response_body));
    *response.status_mut() = status;
    for name in ["content-type", "retry-after"] {
        if let Some(value) = headers.get(name) {
            response
                .headers_mut()
                .insert(HeaderName::from_static(name), value.clone());
        }
    }
    response
}
