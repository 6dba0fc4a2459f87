//! Classifying a failure of reqwest (no answer at all): timeout, connection, TLS.
//!
//! What must hold: a certificate problem is told apart from other connection failures and named
//! in words (rustls's error is found in the source chain), because its remedy differs: add the
//! server's CA to the profile, fix the clock, or fix the address.

use std::error::Error as StdError;

use crate::error::{Error, ErrorKind, TlsProblem};

/// Classifies a transport failure from reqwest, naming the certificate problem when rustls
/// reports one somewhere in the source chain.
pub(crate) fn from_transport(err: reqwest::Error) -> Error {
    if let Some(problem) = tls_problem(&err) {
        return Error::new(ErrorKind::Tls)
            .with_tls(problem)
            .with_source(err);
    }
    let kind = if err.is_timeout() {
        ErrorKind::Timeout
    } else if err.is_builder() {
        ErrorKind::InvalidUrl
    } else if err.is_decode() {
        ErrorKind::Decode
    } else {
        // Refused, reset, closed before the answer or in the middle of the body: the user's next
        // step is the same, check the server and the network.
        ErrorKind::Connect
    };
    let message = chain_words(&err);
    Error::new(kind).with_message(message).with_source(err)
}

/// The innermost useful words of the source chain (reqwest's own top line names the URL only).
fn chain_words(err: &(dyn StdError + 'static)) -> String {
    let mut last = err.to_string();
    let mut current = err.source();
    while let Some(inner) = current {
        last = inner.to_string();
        current = inner.source();
    }
    last
}

/// Walks the source chain for a rustls error. `io::Error::source` skips the error it wraps, so
/// each io::Error is also opened with `get_ref`.
fn tls_problem(err: &(dyn StdError + 'static)) -> Option<TlsProblem> {
    let mut current: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = current {
        if let Some(problem) = rustls_problem(e) {
            return Some(problem);
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            if let Some(inner) = io.get_ref() {
                if let Some(problem) = tls_problem(inner) {
                    return Some(problem);
                }
            }
        }
        current = e.source();
    }
    None
}

fn rustls_problem(e: &(dyn StdError + 'static)) -> Option<TlsProblem> {
    use rustls::CertificateError as C;
    let tls = e.downcast_ref::<rustls::Error>()?;
    Some(match tls {
        rustls::Error::InvalidCertificate(cert) => match cert {
            C::UnknownIssuer => TlsProblem::UnknownIssuer,
            C::Expired | C::ExpiredContext { .. } => TlsProblem::Expired,
            C::NotValidYet | C::NotValidYetContext { .. } => TlsProblem::NotValidYet,
            C::NotValidForName | C::NotValidForNameContext { .. } => TlsProblem::NameMismatch,
            C::Revoked => TlsProblem::Revoked,
            other => TlsProblem::InvalidCertificate(format!("{other:?}")),
        },
        rustls::Error::NoCertificatesPresented => TlsProblem::NoCertificate,
        rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType) => {
            TlsProblem::NotTls
        }
        other => TlsProblem::Other(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt;

    /// An error that wraps another one, as hyper wraps the io::Error of the TLS stream.
    #[derive(Debug)]
    struct Wrapper(std::io::Error);

    impl fmt::Display for Wrapper {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("client error (Connect)")
        }
    }

    impl StdError for Wrapper {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            Some(&self.0)
        }
    }

    fn wrapped(err: rustls::Error) -> Wrapper {
        Wrapper(std::io::Error::new(std::io::ErrorKind::InvalidData, err))
    }

    #[test]
    fn certificate_problems_are_found_behind_an_io_error() {
        use rustls::CertificateError as C;
        let cases = [
            (C::UnknownIssuer, TlsProblem::UnknownIssuer),
            (C::Expired, TlsProblem::Expired),
            (C::NotValidForName, TlsProblem::NameMismatch),
            (C::NotValidYet, TlsProblem::NotValidYet),
            (
                C::BadSignature,
                TlsProblem::InvalidCertificate("BadSignature".into()),
            ),
        ];
        for (cert, want) in cases {
            let err = wrapped(rustls::Error::InvalidCertificate(cert));
            assert_eq!(tls_problem(&err), Some(want));
        }
        let plain = wrapped(rustls::Error::InvalidMessage(
            rustls::InvalidMessage::InvalidContentType,
        ));
        assert_eq!(tls_problem(&plain), Some(TlsProblem::NotTls));
        let refused = Wrapper(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
        assert_eq!(tls_problem(&refused), None);
        assert_eq!(chain_words(&refused), "connection refused");
    }
}
