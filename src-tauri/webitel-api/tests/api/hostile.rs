//! A server that does what Webitel's never does, and what the client must not do in turn:
//! follow a redirect with the token or the password to another origin, or read an answer of
//! any size into memory. The other origin is a second stand-in server that records every
//! request it receives.

use webitel_api::{Credentials, ErrorKind, HookQuery, QueueQuery};
use webitel_sim::{Knobs, SimServer};

use crate::support::{admin, client, progressive, sim, PASSWORD};

/// Everything `other` received, as text, to search for a secret.
fn received(other: &SimServer) -> String {
    other
        .seen_requests()
        .iter()
        .map(|r| r.text())
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_not_followed_and_gets_no_token() {
    let (sim, other) = (sim().await, sim().await);
    let client = admin(&sim).await;
    let queue = progressive(&sim);
    for status in [301, 302, 303, 307, 308] {
        sim.set_knobs(Knobs {
            redirect_to: Some(other.base_url()),
            redirect_status: status,
            ..Knobs::default()
        });
        let err = client
            .hooks(queue)
            .list(&HookQuery::new())
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Redirected, "{status}: {err}");
        assert_eq!(err.status(), Some(status));
        // Where it pointed is named, so that a wrong address can be corrected.
        assert!(err.to_string().contains(&other.base_url()), "{err}");
    }
    assert_eq!(
        other.seen_requests().len(),
        0,
        "the other origin was reached: {}",
        received(&other)
    );
    sim.shutdown().await;
    other.shutdown().await;
}

#[tokio::test]
async fn a_redirect_of_the_sign_in_does_not_send_the_password_on() {
    let (sim, other) = (sim().await, sim().await);
    // 307 and 308 keep the method and the body: a client that followed would post the password.
    for status in [307, 308] {
        sim.set_knobs(Knobs {
            redirect_to: Some(other.base_url()),
            redirect_path: Some("/login".into()),
            redirect_status: status,
            ..Knobs::default()
        });
        let err = client(&sim)
            .auth()
            .login(&Credentials::new("admin@demo", PASSWORD))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Redirected, "{status}: {err}");
    }
    let seen = received(&other);
    assert!(
        !seen.contains(PASSWORD),
        "the password reached the other origin"
    );
    assert_eq!(other.seen_requests().len(), 0, "{seen}");
    sim.shutdown().await;
    other.shutdown().await;
}

/// The process's peak resident memory so far, in bytes (Linux).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[tokio::test]
async fn an_answer_of_100_mb_is_refused_and_memory_stays_bounded() {
    let sim = sim().await;
    let client = admin(&sim).await;
    sim.set_knobs(Knobs {
        huge_answer_bytes: 100_000_000,
        ..Knobs::default()
    });
    let before = peak_rss();
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLarge, "{err}");
    assert!(err.to_string().contains("16 MiB"), "{err}");
    if let (Some(before), Some(after)) = (before, peak_rss()) {
        let grown = after.saturating_sub(before);
        assert!(
            grown < 48 * 1024 * 1024,
            "memory grew by {} MiB reading the answer",
            grown / (1024 * 1024)
        );
    }
    // The server is still usable once it answers normally.
    sim.set_knobs(Knobs::default());
    client.queues().list(&QueueQuery::new()).await.unwrap();
    sim.shutdown().await;
}

#[tokio::test]
async fn a_server_that_quotes_the_request_back_gets_no_secret_into_the_error() {
    let sim = sim().await;
    let signed = admin(&sim).await;
    let issued = sim.issued_tokens();
    assert!(!issued.is_empty());
    sim.set_knobs(Knobs {
        echo_secrets: true,
        ..Knobs::default()
    });
    let err = signed.queues().list(&QueueQuery::new()).await.unwrap_err();
    let words = format!("{err} | {:?}", err.message());
    assert!(words.contains("[redacted]"), "{words}");
    for token in &issued {
        assert!(
            !words.contains(token.as_str()),
            "the token came back: {words}"
        );
    }

    // A password of any shape, as typed, JSON-escaped or percent-encoded in the quote.
    let password = "p\"a\\ss w0rd&=ü-77";
    let escaped = serde_json::to_string(password).unwrap();
    let escaped = escaped.trim_matches('"');
    let err = client(&sim)
        .auth()
        .login(&Credentials::new("admin@demo", password))
        .await
        .unwrap_err();
    let words = format!("{err} | {:?}", err.message());
    for form in [password, escaped, "w0rd&=ü-77"] {
        assert!(!words.contains(form), "{form:?} came back: {words}");
    }

    // The one-time code of a second factor, and the id the server gave for it.
    let err = client(&sim)
        .auth()
        .login_2fa(
            &webitel_api::SecondFactorId("2fa-id-4711-secret".into()),
            "246810",
        )
        .await
        .unwrap_err();
    let words = format!("{err} | {:?}", err.message());
    assert!(!words.contains("246810"), "{words}");
    assert!(!words.contains("2fa-id-4711-secret"), "{words}");
}
