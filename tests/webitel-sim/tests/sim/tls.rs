//! HTTPS: the sim with a certificate from a throwaway CA, reached by a client that trusts the CA
//! and refused by one that does not.

use std::error::Error as StdError;

use reqwest::Certificate;
use rustls::CertificateError;
use webitel_sim::tls::TestPki;
use webitel_sim::{spawn_https, TlsFiles};

use super::*;

async fn https_sim(files: &TlsFiles) -> SimServer {
    spawn_https("127.0.0.1:0".parse().unwrap(), SimConfig::default(), files)
        .await
        .unwrap()
}

fn client_trusting(ca_pem: Option<&str>) -> Client {
    let mut builder = Client::builder()
        .no_proxy()
        .use_rustls_tls()
        .timeout(Duration::from_secs(10));
    if let Some(pem) = ca_pem {
        builder = builder.add_root_certificate(Certificate::from_pem(pem.as_bytes()).unwrap());
    }
    builder.build().unwrap()
}

/// The certificate problem rustls reported, found in the source chain (an io::Error hides the
/// error it wraps from `source`, so it is opened with `get_ref`).
fn certificate_error(err: &(dyn StdError + 'static)) -> Option<CertificateError> {
    let mut current = Some(err);
    while let Some(e) = current {
        if let Some(rustls::Error::InvalidCertificate(cert)) = e.downcast_ref::<rustls::Error>() {
            return Some(cert.clone());
        }
        if let Some(inner) = e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            if let Some(found) = certificate_error(inner) {
                return Some(found);
            }
        }
        current = e.source();
    }
    None
}

async fn health(client: &Client, base: &str) -> Result<Value, reqwest::Error> {
    client
        .get(format!("{base}/_sim/health"))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await
}

#[tokio::test]
async fn https_is_accepted_with_the_ca_and_refused_without_it() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    assert!(sim.is_https());
    assert_eq!(sim.base_url(), format!("https://{}", sim.addr()));
    assert!(sim.api_url().starts_with("https://127.0.0.1:"));

    let err = health(&client_trusting(None), &sim.base_url())
        .await
        .unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert_eq!(
        certificate_error(&err),
        Some(CertificateError::UnknownIssuer),
        "{err:?}"
    );

    let trusting = client_trusting(Some(pki.ca_pem()));
    let body = health(&trusting, &sim.base_url()).await.unwrap();
    assert_eq!(body["status"], "ok");
    // The whole API works over it, and the certificate names `localhost` too.
    let token = login(&sim, &trusting, "admin@demo").await;
    let (status, body) = get(&sim, &trusting, &token, "/call_center/queues").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!items(&body).is_empty());
    let by_name = format!("https://localhost:{}", sim.addr().port());
    assert_eq!(health(&trusting, &by_name).await.unwrap()["status"], "ok");
    sim.shutdown().await;
}

#[tokio::test]
async fn plain_http_to_the_https_sim_gets_no_answer_and_the_sim_goes_on() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    let plain = format!("http://{}", sim.addr());
    assert!(health(&client_trusting(None), &plain).await.is_err());
    let body = health(&client_trusting(Some(pki.ca_pem())), &sim.base_url())
        .await
        .unwrap();
    assert_eq!(body["status"], "ok");
    sim.shutdown().await;
}

#[tokio::test]
async fn fault_knobs_work_over_https() {
    let pki = TestPki::new().unwrap();
    let sim = https_sim(&pki.server().unwrap()).await;
    let c = client_trusting(Some(pki.ca_pem()));
    let t = login(&sim, &c, "admin@demo").await;
    let url = format!("{}/call_center/queues", sim.api_url());

    sim.set_knobs(Knobs {
        drop_next: 1,
        ..Knobs::default()
    });
    let err = c
        .get(&url)
        .header("X-Webitel-Access", &t)
        .send()
        .await
        .expect_err("the connection should close without an answer");
    assert!(!err.is_timeout() && err.status().is_none(), "{err:?}");
    assert_eq!(certificate_error(&err), None, "{err:?}");

    sim.set_knobs(Knobs {
        fail_next: 1,
        failure_status: 503,
        ..Knobs::default()
    });
    let (status, body) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["code"], 503);
    let (status, _) = get(&sim, &c, &t, "/call_center/queues").await;
    assert_eq!(status, StatusCode::OK);
    sim.shutdown().await;
}

#[tokio::test]
async fn expired_and_wrong_name_certificates_are_served_and_refused_as_such() {
    let pki = TestPki::new().unwrap();
    let c = client_trusting(Some(pki.ca_pem()));

    let expired = https_sim(&pki.expired_server().unwrap()).await;
    let err = health(&c, &expired.base_url()).await.unwrap_err();
    assert!(
        matches!(
            certificate_error(&err),
            Some(CertificateError::Expired | CertificateError::ExpiredContext { .. })
        ),
        "{err:?}"
    );
    expired.shutdown().await;

    let wrong = https_sim(&pki.wrong_name_server().unwrap()).await;
    let err = health(&c, &wrong.base_url()).await.unwrap_err();
    assert!(
        matches!(
            certificate_error(&err),
            Some(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }
            )
        ),
        "{err:?}"
    );
    wrong.shutdown().await;
}

#[tokio::test]
async fn unusable_certificate_files_are_errors_that_name_the_file() {
    let pki = TestPki::new().unwrap();
    let good = pki.server().unwrap();
    let addr = "127.0.0.1:0".parse().unwrap();

    let missing = TlsFiles::new(&good.cert, pki.dir().join("nope.key"));
    let err = spawn_https(addr, SimConfig::default(), &missing)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
    assert!(err.to_string().contains("nope.key"), "{err}");

    let swapped = TlsFiles::new(&good.key, &good.cert);
    let err = spawn_https(addr, SimConfig::default(), &swapped)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
    assert!(err.to_string().contains("server.key"), "{err}");

    // A key from another certificate does not fit.
    let other = pki.expired_server().unwrap();
    let mismatched = TlsFiles::new(&good.cert, &other.key);
    let err = spawn_https(addr, SimConfig::default(), &mismatched)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData, "{err}");
}

#[test]
fn test_pki_files_go_away_with_it() {
    let pki = TestPki::new().unwrap();
    let files = pki.server().unwrap();
    let dir = pki.dir().to_path_buf();
    assert!(pki.ca_path().starts_with(&dir) && files.key.starts_with(&dir));
    assert!(pki.ca_pem().starts_with("-----BEGIN CERTIFICATE-----"));
    assert_eq!(
        std::fs::read_to_string(pki.ca_path()).unwrap(),
        pki.ca_pem()
    );
    let key = std::fs::read_to_string(&files.key).unwrap();
    assert!(key.contains("PRIVATE KEY"));
    drop(pki);
    assert!(!dir.exists());
}

#[cfg(unix)]
#[tokio::test]
async fn the_binary_serves_https_with_tls_cert_and_tls_key() {
    use std::io::BufRead;
    let pki = TestPki::new().unwrap();
    let files = pki.server().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_webitel-sim"))
        .args(["--listen", "127.0.0.1:0", "--data", "empty", "--tls-cert"])
        .arg(&files.cert)
        .arg("--tls-key")
        .arg(&files.key)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .unwrap();
        line
    })
    .await
    .unwrap();
    let base = line.trim().strip_prefix("listening on ").map(str::to_owned);
    let answer = match &base {
        Some(base) if base.starts_with("https://127.0.0.1:") => {
            health(&client_trusting(Some(pki.ca_pem())), base).await
        }
        _ => Ok(Value::Null),
    };
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        base.as_deref().is_some_and(|b| b.starts_with("https://")),
        "{line:?}"
    );
    assert_eq!(answer.unwrap()["queues"], 0);
}

#[test]
fn the_binary_wants_both_tls_options_and_readable_files() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_webitel-sim"))
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let only_cert = run(&["--tls-cert", "cert.pem"]);
    assert_eq!(only_cert.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&only_cert.stderr).contains("--tls-key"));

    let missing = run(&[
        "--tls-cert",
        "/nonexistent/cert.pem",
        "--tls-key",
        "key.pem",
    ]);
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.contains("cannot serve HTTPS") && stderr.contains("/nonexistent/cert.pem"),
        "{stderr}"
    );
}
