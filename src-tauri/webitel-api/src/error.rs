//! The one error type of the client.
//!
//! What must hold: a failure is classified by the engine's own `code` when the body carries one,
//! and by the HTTP status only otherwise (the engine maps "not found" to the same gRPC code as an
//! internal error, so a 404 may arrive as HTTP 500). The Display is one sentence a person can act
//! on, and no error ever holds the access token or a password.

use std::error::Error as StdError;

use crate::wire::ErrorBody;

/// What went wrong, coarse enough to branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No token, an unknown token or an expired session (401): sign in again.
    Unauthenticated,
    /// The signed-in user lacks the permission (403).
    Forbidden,
    /// The hook, queue or flow does not exist (404, also when it arrives as HTTP 500).
    NotFound,
    /// The server refused the request as it was (400, 409, 422 and other 4xx), for example a
    /// second enabled hook for the same event.
    Rejected,
    /// Too many requests (429), still so after the retries.
    RateLimited,
    /// The server or a proxy in front of it is unavailable (502, 503, 504), still so after the
    /// retries.
    Unavailable,
    /// The server failed (500 and other 5xx).
    Server,
    /// No answer within the request timeout.
    Timeout,
    /// The server could not be reached, or the connection dropped before the answer.
    Connect,
    /// The TLS handshake failed, usually on the server's certificate.
    Tls,
    /// The answer was not what the API describes.
    Decode,
    /// The server address is not a usable http(s) URL.
    InvalidUrl,
    /// The client was configured with something unusable (for example a PEM without a certificate).
    InvalidConfig,
    /// The request cannot be sent as asked (for example a patch that changes nothing).
    InvalidInput,
    /// The server answered with a redirect (3xx). Webitel's API does not redirect, and a
    /// redirect followed would carry the token (or, on `/login`, the password) elsewhere: none is
    /// followed; the message names where it pointed, without credentials or query.
    Redirected,
    /// The answer was larger than the client reads (a page is a few kilobytes; see
    /// `MAX_ANSWER_BYTES`): it is not read to the end.
    TooLarge,
}

/// Why the server's certificate was refused, when rustls tells us.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TlsProblem {
    /// Signed by an authority this client does not trust (a private CA not added to the profile).
    UnknownIssuer,
    Expired,
    NotValidYet,
    /// Issued for another host name than the one in the server address.
    NameMismatch,
    Revoked,
    /// The server presented no certificate.
    NoCertificate,
    /// The server answered in plain text, not TLS (often an `https://` address for an `http://`
    /// server).
    NotTls,
    /// The certificate cannot be verified for another reason (a bad signature, a CA used as a
    /// server certificate, a purpose it was not issued for); rustls's name for it is kept for
    /// support.
    InvalidCertificate(String),
    /// Anything else rustls reported, in its words.
    Other(String),
}

impl TlsProblem {
    fn sentence(&self) -> String {
        match self {
            TlsProblem::UnknownIssuer => "its certificate is signed by an authority this app does not trust; add the server's CA certificate to the profile".into(),
            TlsProblem::Expired => "its certificate has expired".into(),
            TlsProblem::NotValidYet => "its certificate is not valid yet (check this computer's clock)".into(),
            TlsProblem::NameMismatch => "its certificate was issued for another host name than the server address".into(),
            TlsProblem::Revoked => "its certificate has been revoked".into(),
            TlsProblem::NoCertificate => "it presented no certificate".into(),
            TlsProblem::NotTls => "the server does not speak TLS at this address; check whether it should be http:// rather than https://".into(),
            TlsProblem::InvalidCertificate(detail) => format!(
                "its certificate cannot be verified ({detail}); ask the server's administrator for a valid certificate, or add the CA that signed it to the profile"
            ),
            TlsProblem::Other(words) => words.clone(),
        }
    }
}

/// A failed call, with what a person needs to understand it.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence())]
pub struct Error {
    kind: ErrorKind,
    status: Option<u16>,
    code: Option<i64>,
    engine_id: Option<String>,
    message: Option<String>,
    tls: Option<TlsProblem>,
    #[source]
    source: Option<Box<dyn StdError + Send + Sync>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The shortest secret taken out of a server's words by value.
pub const REDACT_MIN_CHARS: usize = 4;

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error {
            kind,
            status: None,
            code: None,
            engine_id: None,
            message: None,
            tls: None,
            source: None,
        }
    }

    pub(crate) fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    pub(crate) fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    pub(crate) fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    pub(crate) fn with_tls(mut self, problem: TlsProblem) -> Self {
        self.tls = Some(problem);
        self
    }

    /// Builds the error of a non-success answer from its status and its body, if the body is one
    /// of the two error shapes.
    pub(crate) fn from_response(status: u16, body: Option<ErrorBody>) -> Self {
        let body = body.unwrap_or_default();
        let kind = body
            .code
            .and_then(kind_of_code)
            .unwrap_or_else(|| kind_of_http(status));
        Error {
            kind,
            status: Some(status),
            code: body.code,
            engine_id: body.id.filter(|id| !id.is_empty()),
            message: body
                .detail
                .or(body.message)
                .filter(|m| !m.trim().is_empty()),
            tls: None,
            source: None,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Replaces `secret` wherever the server's words carry it, also JSON-escaped or
    /// percent-encoded as a quoted request would hold it. A value shorter than
    /// [`REDACT_MIN_CHARS`] is left to the shape-based redaction of the caller: replacing it
    /// would garble the words (a one-letter token would take every such letter with it).
    pub(crate) fn redact(&mut self, secret: &str) {
        let Some(message) = self.message.as_mut() else {
            return;
        };
        if secret.chars().count() < REDACT_MIN_CHARS {
            return;
        }
        let escaped = serde_json::to_string(secret).unwrap_or_default();
        let escaped = escaped.trim_matches('"').to_owned();
        let encoded: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        let mut forms = vec![secret.to_owned(), escaped, encoded];
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        forms.dedup();
        // Words already redacted are left as they are; within the rest, a marker no form can
        // match stands in until every form is out.
        const REDACTED: &str = "[redacted]";
        const MARK: &str = "\u{1}";
        let pieces: Vec<String> = message
            .split(REDACTED)
            .map(|piece| {
                forms
                    .iter()
                    .filter(|f| f.chars().count() >= REDACT_MIN_CHARS)
                    .fold(piece.to_owned(), |text, form| {
                        text.replace(form.as_str(), MARK)
                    })
            })
            .collect();
        *message = pieces.join(REDACTED).replace(MARK, REDACTED);
    }

    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The `code` of the error body: HTTP-like in the engine's shape, a gRPC code in the
    /// `google.rpc.Status` shape.
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// The engine's error id, e.g. `store.sql_queue_hook.create.app_error`.
    pub fn engine_id(&self) -> Option<&str> {
        self.engine_id.as_deref()
    }

    /// The server's own sentence (`detail`, or `message`), or the client's words for local
    /// failures.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Why the certificate was refused, for [`ErrorKind::Tls`].
    pub fn tls_problem(&self) -> Option<&TlsProblem> {
        self.tls.as_ref()
    }

    /// True when the answer carried one of the two error bodies; a bare 404 without one comes
    /// from a proxy or a router that does not know the path.
    pub fn has_engine_body(&self) -> bool {
        self.engine_id.is_some() || self.code.is_some() || self.message.is_some()
    }

    /// One sentence: the lead (capitalised), then the server's or the client's words, then the
    /// reference numbers a support person asks for. Never the token: no error holds it.
    fn sentence(&self) -> String {
        let lead = self.lead();
        let mut out = String::new();
        let mut chars = lead.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
        if let Some(problem) = &self.tls {
            out.push_str(": ");
            out.push_str(&problem.sentence());
        } else if let Some(message) = &self.message {
            out.push_str(": ");
            out.push_str(message.trim().trim_end_matches('.'));
        }
        let mut refs = Vec::new();
        if let Some(status) = self.status {
            refs.push(format!("HTTP {status}"));
        }
        if let Some(code) = self.code.filter(|c| Some(*c) != self.status.map(i64::from)) {
            refs.push(format!("code {code}"));
        }
        if let Some(id) = &self.engine_id {
            refs.push(id.clone());
        }
        if !refs.is_empty() {
            out.push_str(&format!(" ({})", refs.join(", ")));
        }
        out.push('.');
        out
    }

    fn lead(&self) -> &'static str {
        match self.kind {
            ErrorKind::Unauthenticated => {
                "you are not signed in or the session has expired; sign in again"
            }
            ErrorKind::Forbidden => "your user lacks the permission for this",
            ErrorKind::NotFound => "the server does not have it (it may have been deleted)",
            ErrorKind::Rejected => "the server refused the request",
            ErrorKind::RateLimited => {
                "the server is receiving too many requests; try again in a moment"
            }
            ErrorKind::Unavailable => "the server is unavailable at the moment; try again later",
            ErrorKind::Server => "the server failed to handle the request",
            ErrorKind::Timeout => "the server did not answer in time",
            ErrorKind::Connect => "the server could not be reached or dropped the connection",
            ErrorKind::Tls => "the secure connection to the server failed",
            ErrorKind::Decode => "the server's answer could not be read",
            ErrorKind::InvalidUrl => "the server address is not a valid http(s) address",
            ErrorKind::InvalidConfig => "the connection settings are not usable",
            ErrorKind::InvalidInput => "the request is not valid",
            ErrorKind::Redirected => "the server answered with a redirect, which is not followed",
            ErrorKind::TooLarge => "the server's answer is larger than this app reads",
        }
    }
}

/// The kind for an HTTP status.
pub(crate) fn kind_of_http(status: u16) -> ErrorKind {
    match status {
        401 => ErrorKind::Unauthenticated,
        403 => ErrorKind::Forbidden,
        404 => ErrorKind::NotFound,
        408 | 504 => ErrorKind::Timeout,
        429 => ErrorKind::RateLimited,
        502 | 503 => ErrorKind::Unavailable,
        400..=499 => ErrorKind::Rejected,
        _ => ErrorKind::Server,
    }
}

/// The kind for a body `code`: HTTP-like (100..=599, the engine's shape) or a gRPC code (0..=16,
/// the `google.rpc.Status` shape). The two ranges do not overlap, so either shape reads right.
/// `None` when the code says nothing useful, and the HTTP status decides.
fn kind_of_code(code: i64) -> Option<ErrorKind> {
    match code {
        100..=599 => u16::try_from(code).ok().map(kind_of_http),
        3 | 6 | 9 | 10 | 11 => Some(ErrorKind::Rejected),
        4 => Some(ErrorKind::Timeout),
        5 => Some(ErrorKind::NotFound),
        7 => Some(ErrorKind::Forbidden),
        8 => Some(ErrorKind::RateLimited),
        14 => Some(ErrorKind::Unavailable),
        16 => Some(ErrorKind::Unauthenticated),
        2 | 12 | 13 | 15 => Some(ErrorKind::Server),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_taken_out_whole_and_a_short_one_left_to_the_shapes() {
        let mut err = Error::new(ErrorKind::Rejected).with_message(
            "bad token abcd1234abcd1234 for a\"b cd, again abcd1234abcd1234; a%22b+cd",
        );
        err.redact("abcd1234abcd1234");
        err.redact("a\"b cd");
        assert_eq!(
            err.message(),
            Some("bad token [redacted] for [redacted], again [redacted]; [redacted]")
        );
        // Too short to take out without garbling the words.
        let mut err = Error::new(ErrorKind::NotFound).with_message("hook not found");
        err.redact("t");
        err.redact("red");
        assert_eq!(err.message(), Some("hook not found"));
        // A secret inside the marker's words does not grow into them.
        let mut err = Error::new(ErrorKind::Rejected).with_message("dact dact");
        err.redact("dact");
        err.redact("redacted");
        assert_eq!(err.message(), Some("[redacted] [redacted]"));
    }

    #[test]
    fn an_unnamed_certificate_problem_still_reads_as_words() {
        let words = TlsProblem::InvalidCertificate("BadSignature".into()).sentence();
        assert!(
            words.starts_with("its certificate cannot be verified"),
            "{words}"
        );
        assert!(
            words.contains("add the CA that signed it to the profile"),
            "{words}"
        );
    }

    fn body(json: &str) -> Option<ErrorBody> {
        serde_json::from_str(json).ok()
    }

    #[test]
    fn engine_code_is_trusted_before_http_status() {
        let e = Error::from_response(
            500,
            body(
                r#"{"id":"store.sql_queue_hook.get.app_error","status":"Not Found","detail":"No hook","code":404}"#,
            ),
        );
        assert_eq!(e.kind(), ErrorKind::NotFound);
        assert_eq!(e.status(), Some(500));
        assert_eq!(e.engine_id(), Some("store.sql_queue_hook.get.app_error"));
        assert_eq!(e.message(), Some("No hook"));
    }

    #[test]
    fn grpc_status_shape_is_read_with_grpc_codes() {
        let e = Error::from_response(
            500,
            body(r#"{"code":5,"message":"hook not found","details":[]}"#),
        );
        assert_eq!(e.kind(), ErrorKind::NotFound);
        assert_eq!(e.message(), Some("hook not found"));
        let e = Error::from_response(401, body(r#"{"code":16,"message":"no token"}"#));
        assert_eq!(e.kind(), ErrorKind::Unauthenticated);
        let e = Error::from_response(500, body(r#"{"code":"7","message":"denied"}"#));
        assert_eq!(e.kind(), ErrorKind::Forbidden);
    }

    #[test]
    fn without_a_body_the_http_status_decides() {
        assert_eq!(
            Error::from_response(401, None).kind(),
            ErrorKind::Unauthenticated
        );
        assert_eq!(Error::from_response(403, None).kind(), ErrorKind::Forbidden);
        assert_eq!(Error::from_response(400, None).kind(), ErrorKind::Rejected);
        assert_eq!(
            Error::from_response(429, None).kind(),
            ErrorKind::RateLimited
        );
        assert_eq!(
            Error::from_response(503, None).kind(),
            ErrorKind::Unavailable
        );
        assert_eq!(Error::from_response(500, None).kind(), ErrorKind::Server);
        assert!(!Error::from_response(404, None).has_engine_body());
    }

    #[test]
    fn display_is_one_sentence_with_the_server_words_and_references() {
        let e = Error::from_response(
            400,
            body(
                r#"{"id":"store.sql_queue_hook.create.app_error","status":"Bad Request","detail":"duplicate key value.","code":400}"#,
            ),
        );
        assert_eq!(
            e.to_string(),
            "The server refused the request: duplicate key value (HTTP 400, store.sql_queue_hook.create.app_error)."
        );
        let e = Error::from_response(500, body(r#"{"code":404,"detail":"gone"}"#));
        assert!(e.to_string().contains("HTTP 500, code 404"), "{e}");
        let tls = Error::new(ErrorKind::Tls).with_tls(TlsProblem::UnknownIssuer);
        assert!(tls.to_string().contains("CA certificate"));
    }
}
