//! Serves connections with hyper directly (not `axum::serve`): dropping a connection without an
//! answer, the "dropped connection" fault, needs a hand on each connection. With TLS on, each
//! connection's handshake runs in its own task, then the same serving goes on over the TLS stream,
//! so the faults work alike over HTTPS.

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderValue, Request, Response, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify};
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

use crate::faults::{failure_error, Answer, Fault, GARBAGE_BODY};
use crate::state::{lock, AppState, SeenRequest, SEEN_BODY_BYTES, SEEN_KEPT};

/// How long a client has to finish the TLS handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Accepts until `stop` turns true, then closes every connection. With `tls`, every connection
/// is HTTPS.
pub async fn accept_loop(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    app: Router,
    state: AppState,
    mut stop: watch::Receiver<bool>,
) {
    let mut conns = JoinSet::new();
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    conns.spawn(serve_tcp(stream, tls.clone(), app.clone(), state.clone(), stop.clone()));
                }
                Err(err) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!(%err, "accept failed");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            },
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
        }
    }
    drop(listener);
    let grace = tokio::time::timeout(Duration::from_secs(2), async {
        while conns.join_next().await.is_some() {}
    });
    if grace.await.is_err() {
        conns.shutdown().await;
    }
}

/// Serves one accepted connection, after the TLS handshake when TLS is on. A client that refuses
/// the certificate ends the connection in the handshake; that is logged, not an error of the sim.
async fn serve_tcp(
    stream: TcpStream,
    tls: Option<TlsAcceptor>,
    app: Router,
    state: AppState,
    mut stop: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let Some(acceptor) = tls else {
        return serve_connection(stream, app, state, stop).await;
    };
    let handshake = tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream));
    let stream = tokio::select! {
        done = handshake => match done {
            Ok(Ok(stream)) => stream,
            Ok(Err(err)) => {
                tracing::info!(%err, "TLS handshake failed");
                return;
            }
            Err(_) => {
                tracing::info!("TLS handshake timed out");
                return;
            }
        },
        _ = stop.changed() => return,
    };
    serve_connection(stream, app, state, stop).await
}

async fn serve_connection<S>(
    stream: S,
    app: Router,
    state: AppState,
    mut stop: watch::Receiver<bool>,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let kill = Arc::new(Notify::new());
    let service = {
        let kill = kill.clone();
        service_fn(move |req: Request<Incoming>| {
            handle(req, app.clone(), state.clone(), kill.clone())
        })
    };
    let conn = http1::Builder::new()
        .keep_alive(true)
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    tokio::select! {
        res = conn.as_mut() => {
            if let Err(err) = res {
                tracing::debug!(%err, "connection ended with an error");
            }
        }
        // Returning here drops the connection: the socket closes with no response written.
        _ = kill.notified() => tracing::debug!("connection dropped on purpose"),
        _ = stop.changed() => {
            conn.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(Duration::from_secs(1), conn).await;
        }
    }
}

async fn handle(
    req: Request<Incoming>,
    app: Router,
    state: AppState,
    kill: Arc<Notify>,
) -> Result<Response<Body>, Infallible> {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    let req = record(&state, req).await;
    let is_api = path == "/api" || path.starts_with("/api/");
    let mut answer = Answer::Sent;
    if is_api {
        state.requests.fetch_add(1, Ordering::Relaxed);
        let target = req
            .uri()
            .path_and_query()
            .map_or(path.clone(), |p| p.as_str().to_owned());
        let (latency, fault, redirect, huge, echo, fate) = {
            let mut knobs = lock(&state.knobs);
            (
                knobs.latency_ms,
                knobs.draw_for(&path),
                knobs.redirect_for(&target),
                knobs.huge_answer_bytes,
                knobs.echo_secrets,
                knobs.answer_for(method.as_str(), &path),
            )
        };
        answer = fate;
        if echo {
            let quoted = lock(&state.seen)
                .last()
                .map(SeenRequest::text)
                .unwrap_or_default();
            tracing::info!(%method, %path, "hostile: echoing the request in the error");
            let detail = format!("bad request:\n{quoted}\n{}", "x".repeat(4096));
            return Ok(crate::error::ApiError::new(400, "sim.hostile.echo", detail).into_response());
        }
        if let Some((status, location)) = redirect {
            tracing::info!(%method, %path, status, %location, "hostile: redirecting");
            let mut resp = Response::new(Body::empty());
            *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::FOUND);
            if let Ok(value) = HeaderValue::from_str(&location) {
                resp.headers_mut().insert(header::LOCATION, value);
            }
            return Ok(resp);
        }
        if huge > 0 {
            tracing::info!(%method, %path, bytes = huge, "hostile: a huge answer");
            return Ok(huge_answer(huge));
        }
        if latency > 0 {
            tokio::time::sleep(Duration::from_millis(latency)).await;
        }
        match fault {
            Fault::None => {}
            Fault::Drop => {
                tracing::info!(%method, %path, "fault: dropping the connection");
                kill.notify_one();
                return std::future::pending().await;
            }
            Fault::Fail(status) => {
                tracing::info!(%method, %path, status, "fault: failing the request");
                let mut resp = failure_error(status).into_response();
                if status == 429 || status == 503 {
                    resp.headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                }
                return Ok(resp);
            }
            Fault::Garbage => {
                tracing::info!(%method, %path, "fault: garbage body");
                let mut resp = Response::new(Body::from(GARBAGE_BODY));
                *resp.status_mut() = StatusCode::OK;
                resp.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                );
                return Ok(resp);
            }
        }
    }
    let resp = app
        .oneshot(req.map(Body::new))
        .await
        .unwrap_or_else(|never| match never {});
    let status = resp.status().as_u16();
    match answer {
        Answer::Sent => {}
        Answer::Lost => {
            tracing::info!(%method, %path, status, "fault: carried out, the answer lost");
            kill.notify_one();
            return std::future::pending().await;
        }
        Answer::Held => {
            tracing::info!(%method, %path, status, "fault: carried out, the answer held");
            return std::future::pending().await;
        }
    }
    tracing::info!(%method, %path, status, "answered");
    Ok(resp)
}

/// Keeps what the request carried (`Shared::seen`), and hands it on unchanged.
async fn record(state: &AppState, req: Request<Incoming>) -> Request<Body> {
    let (parts, body) = req.into_parts();
    // A body larger than a Webitel request could be is cut in the record, not in the request.
    let bytes = axum::body::to_bytes(Body::new(body), 16 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let seen = SeenRequest {
        method: parts.method.to_string(),
        target: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned()),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: bytes[..bytes.len().min(SEEN_BODY_BYTES)].to_vec(),
    };
    {
        let mut kept = lock(&state.seen);
        if kept.len() == SEEN_KEPT {
            kept.remove(0);
        }
        kept.push(seen);
    }
    Request::from_parts(parts, Body::from(bytes))
}

/// `bytes` bytes that begin like a page of hooks and go on with spaces, sent in 64 KiB chunks
/// as they are read, so that the sim never holds them.
fn huge_answer(bytes: u64) -> Response<Body> {
    const CHUNK: u64 = 64 * 1024;
    let head = b"{\"items\":[".to_vec();
    let filler = vec![b' '; CHUNK as usize];
    let chunks = std::iter::once(head).chain((0..bytes.div_ceil(CHUNK)).map(move |i| {
        let left = bytes.saturating_sub(i * CHUNK).min(CHUNK);
        filler[..left as usize].to_vec()
    }));
    let stream = futures::stream::iter(chunks.map(Ok::<_, Infallible>));
    let mut resp = Response::new(Body::from_stream(stream));
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}
