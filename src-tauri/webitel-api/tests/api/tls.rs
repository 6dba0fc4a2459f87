//! TLS against the sim over HTTPS with a throwaway CA: verification is always on, a profile's CA
//! certificate makes an on-premise server trusted, and each certificate problem is told in words.

use std::time::Duration;

use webitel_api::{Client, Credentials, Error, ErrorKind, LoginOutcome, QueueQuery, TlsProblem};
use webitel_sim::tls::TestPki;
use webitel_sim::{SimConfig, SimServer, TlsFiles};

use crate::support::{fast_retry, PASSWORD};

async fn https_sim(files: &TlsFiles) -> SimServer {
    webitel_sim::spawn_https("127.0.0.1:0".parse().unwrap(), SimConfig::default(), files)
        .await
        .expect("HTTPS sim starts")
}

fn client_with(server: &str, ca_pem: Option<&str>) -> Client {
    let mut builder = Client::builder(server)
        .timeout(Duration::from_secs(5))
        .retry_policy(fast_retry());
    if let Some(pem) = ca_pem {
        builder = builder.add_root_certificate_pem(pem.as_bytes());
    }
    builder.build().expect("client builds")
}

async fn sign_in(client: &Client) -> webitel_api::Result<()> {
    let outcome = client
        .auth()
        .login(&Credentials::new("admin@demo", PASSWORD))
        .await?;
    let LoginOutcome::Signed(session) = outcome else {
        panic!("admin signs in without a second factor");
    };
    client.set_token(session.token);
    Ok(())
}

/// A TLS error names its problem and says it in words: the lead, then the reason, and none of
/// rustls's own debug names.
fn assert_tls(err: &Error, problem: TlsProblem, words: &[&str]) {
    assert_eq!(err.kind(), ErrorKind::Tls, "{err}");
    assert_eq!(err.tls_problem(), Some(&problem), "{err}");
    let text = err.to_string();
    assert!(
        text.starts_with("The secure connection to the server failed: "),
        "{text}"
    );
    for w in words {
        assert!(text.contains(w), "{text:?} should say {w:?}");
    }
    assert!(text.ends_with('.'), "{text}");
    for jargon in [
        "InvalidCertificate",
        "UnknownIssuer",
        "NotValidForName",
        "rustls",
    ] {
        assert!(!text.contains(jargon), "{text:?} has {jargon:?}");
    }
}

#[tokio::test]
async fn a_server_with_a_private_ca_is_refused_without_the_ca_and_accepted_with_it() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    assert!(sim.api_url().starts_with("https://"));

    let untrusting = client_with(&sim.api_url(), None);
    let err = sign_in(&untrusting).await.unwrap_err();
    assert_tls(
        &err,
        TlsProblem::UnknownIssuer,
        &["does not trust", "add the server's CA certificate"],
    );
    assert_eq!(
        sim.request_count(),
        0,
        "nothing may reach the API unverified"
    );

    let trusting = client_with(&sim.api_url(), Some(pki.ca_pem()));
    sign_in(&trusting).await.unwrap();
    let queues = trusting.queues().list(&QueueQuery::new()).await.unwrap();
    assert!(!queues.items.is_empty());
    sim.shutdown().await;
}

#[tokio::test]
async fn the_ca_file_as_read_from_disk_works_and_so_does_localhost() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    let pem = std::fs::read_to_string(pki.ca_path()).unwrap();
    let server = format!("https://localhost:{}", sim.addr().port());
    let client = client_with(&server, Some(&pem));
    sign_in(&client).await.unwrap();
    sim.shutdown().await;
}

#[tokio::test]
async fn another_authority_in_the_profile_does_not_make_the_server_trusted() {
    let pki = TestPki::new().unwrap();
    let other = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    let client = client_with(&sim.api_url(), Some(other.ca_pem()));
    let err = sign_in(&client).await.unwrap_err();
    assert_tls(&err, TlsProblem::UnknownIssuer, &["does not trust"]);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_certificate_for_another_name_is_a_name_mismatch() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.wrong_name_server().unwrap()).await;
    let client = client_with(&sim.api_url(), Some(pki.ca_pem()));
    let err = sign_in(&client).await.unwrap_err();
    assert_tls(&err, TlsProblem::NameMismatch, &["another host name"]);
    sim.shutdown().await;
}

#[tokio::test]
async fn an_expired_certificate_is_expired() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.expired_server().unwrap()).await;
    let client = client_with(&sim.api_url(), Some(pki.ca_pem()));
    let err = sign_in(&client).await.unwrap_err();
    assert_tls(&err, TlsProblem::Expired, &["expired"]);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_signed_in_client_meets_a_dropped_connection_over_https_as_a_connection_error() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    let client = client_with(&sim.api_url(), Some(pki.ca_pem()));
    sign_in(&client).await.unwrap();
    sim.set_knobs(webitel_sim::Knobs {
        drop_next: 1,
        ..webitel_sim::Knobs::default()
    });
    let err = client.queues().list(&QueueQuery::new()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connect, "{err}");
    assert_eq!(err.tls_problem(), None, "{err}");
    sim.shutdown().await;
}

#[tokio::test]
async fn a_ca_the_system_trusts_is_trusted_without_the_profiles_copy() {
    // The system's store on Linux is the bundle `SSL_CERT_FILE` names when set (read as
    // OpenSSL does): the test's CA stands for a company CA installed on the machine. This
    // process is this test's own (nextest), so the variable touches no other test.
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    let before = sign_in(&client_with(&sim.base_url(), None))
        .await
        .unwrap_err();
    assert_tls(&before, TlsProblem::UnknownIssuer, &[]);

    std::env::set_var("SSL_CERT_FILE", pki.ca_path());
    sign_in(&client_with(&sim.base_url(), None))
        .await
        .expect("the system's CA is trusted");
    // A profile's own CA still counts beside the system's.
    let other = TestPki::new().unwrap();
    let other_sim = https_sim(&other.server().unwrap()).await;
    sign_in(&client_with(&other_sim.base_url(), Some(other.ca_pem())))
        .await
        .expect("the profile's CA is trusted too");
    // Verification stays on: a certificate for another name is still refused.
    let wrong = https_sim(&pki.wrong_name_server().unwrap()).await;
    let err = sign_in(&client_with(&wrong.base_url(), None))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Tls, "{err}");
}
