//! A server that quotes every request back in its errors (the token header, the password of a
//! sign-in): nothing of those secrets reaches an IPC answer, an event, the diagnostics or the
//! log, whatever the window asks.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use webitel_sim::Knobs;

use super::signed_in_as;

/// The log of this test's process, held in memory (nextest runs each test in its own).
#[derive(Clone, Default)]
struct HeldLog(Arc<Mutex<Vec<u8>>>);

impl Write for HeldLog {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_server_that_echoes_secrets_gets_none_into_answers_events_diagnostics_or_the_log() {
    let log = HeldLog::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let app = signed_in_as("admin").signed_in();
    app.first_sync();
    let sim = app.sim.as_ref().unwrap();
    let events: Vec<_> = [
        "sync-status",
        "sync-run",
        "session-changed",
        "hooks-changed",
    ]
    .iter()
    .map(|name| app.events(name))
    .collect();
    sim.set_knobs(Knobs {
        echo_secrets: true,
        ..Knobs::default()
    });

    let page = json!({"owner": {"kind": "queue", "id": 1}, "page": 1, "size": 10, "sort": null});
    let toggle = json!({"owner": {"kind": "queue", "id": 1}, "hook_id": 1, "enabled": false});
    let password = "tr0ub4dor-echo-77";
    let sign_in = json!({
        "profile": {"kind": "new", "profile": {
            "name": "", "server": sim.base_url(), "username": "viewer@demo",
            "ca_certificate_pem": null
        }},
        "password": password,
        "remember": false,
        "session_only": true,
    });
    for (command, args) in [
        ("list_hooks", page),
        ("set_hook_enabled", toggle),
        ("list_queues", json!({"search": "", "queue_type": null})),
        ("sign_in", sign_in),
    ] {
        let _ = app.invoke(command, args);
    }
    let status = app.ok("sync_now", json!({}));
    assert!(!status["last_error"].is_null(), "{status}");
    app.ok("diagnostics", json!({}));
    std::thread::sleep(Duration::from_millis(300));

    let tokens = sim.issued_tokens();
    assert!(!tokens.is_empty());
    let mut secrets: Vec<&str> = tokens.iter().map(String::as_str).collect();
    secrets.push(password);
    app.assert_no_secret_answered(&secrets);
    let told: Vec<String> = events
        .iter()
        .flat_map(|rx| rx.try_iter().map(|v: Value| v.to_string()))
        .collect();
    assert!(!told.is_empty(), "the sync run was told");
    let log = String::from_utf8_lossy(&log.0.lock().unwrap()).into_owned();
    assert!(
        log.contains("hostile: echoing the request"),
        "the log of the run was held"
    );
    for secret in &secrets {
        for event in &told {
            assert!(
                !event.contains(secret),
                "an event carried a secret: {event}"
            );
        }
        assert!(!log.contains(secret), "the log carried a secret");
    }
}
