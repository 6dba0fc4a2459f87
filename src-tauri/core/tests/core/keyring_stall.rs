//! A keyring that never answers: the login keyring is locked, and its unlock prompt opens on a
//! display nobody looks at, so a read waits for ever (as on a headless session with a keyring
//! locked by another password). The real parts: a D-Bus session bus, gnome-keyring, Xvfb for
//! the prompt, all of this test's own, so that the other keyring tests are not disturbed.
//!
//! The test points this process at its own bus and display through the environment: nextest
//! runs each test in a process of its own.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use webitel_hooks_core::{EntryName, ProfileBook, Secret, SecretKind, Vault};
use webitel_hooks_model::{ErrorCode, KeyringState, ProfileId};

use crate::profiles::{book, new_profile, signed_in};
use crate::support;

/// Kills what it holds when the test ends, failed or not.
struct Running(Vec<Child>);

impl Drop for Running {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Starts `command` and reads the first line it prints.
fn first_line(mut command: Command) -> (Child, String) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, line.trim().to_owned())
}

/// A display, a session bus whose activated services (the prompter) use that display, and an
/// unlocked gnome-keyring on it with its files in `data`.
fn private_keyring(data: &std::path::Path) -> (Running, String) {
    let (xvfb, display) = first_line({
        let mut c = Command::new("Xvfb");
        c.args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "640x480x24",
            "-nolisten",
            "tcp",
        ]);
        c
    });
    let display = format!(":{display}");
    let (bus, address) = first_line({
        let mut c = Command::new("dbus-daemon");
        c.args(["--session", "--nofork", "--print-address=1"])
            .env("DISPLAY", &display);
        c
    });
    let mut keyring = Command::new("gnome-keyring-daemon")
        .args(["--unlock", "--components=secrets"])
        .env("DBUS_SESSION_BUS_ADDRESS", &address)
        .env("DISPLAY", &display)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    keyring
        .stdin
        .take()
        .unwrap()
        .write_all(b"keyring-password")
        .unwrap();
    // It forks its daemon and exits.
    keyring.wait().unwrap();
    (Running(vec![bus, xvfb]), address)
}

fn lock_login_keyring(address: &str) {
    let status = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.secrets",
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.Lock",
            "array:objpath:/org/freedesktop/secrets/collection/login",
        ])
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_keyring_whose_unlock_prompt_nobody_answers_counts_as_unavailable_after_its_deadline() {
    if std::env::var_os("WEBITEL_HOOKS_KEYRING_TESTS").is_none() {
        eprintln!(
            "SKIPPED: keyring test needs gnome-keyring, D-Bus and Xvfb; run it with `make unit`"
        );
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let (_running, address) = private_keyring(data.path());
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
    let deadline = Duration::from_secs(2);
    let vault = Vault::os_within(deadline);
    assert_eq!(vault.state(), KeyringState::Available);
    let name = EntryName::new(ProfileId(1), "https://a", "u", SecretKind::Token);
    vault.store(&name, &Secret::new("s3cret")).unwrap();
    assert_eq!(vault.read(&name).unwrap().unwrap().expose(), "s3cret");

    lock_login_keyring(&address);
    let started = Instant::now();
    let reading = {
        let (vault, name) = (vault.clone(), name.clone());
        tokio::task::spawn_blocking(move || vault.read(&name).map(|s| s.is_some()))
    };
    let answer = tokio::time::timeout(Duration::from_secs(30), reading)
        .await
        .expect("the read gives up by itself")
        .unwrap();
    let waited = started.elapsed();
    let err = answer.unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable, "{err}");
    assert!(err.to_string().contains("for this session only"), "{err}");
    assert!(waited >= deadline && waited < deadline * 3, "{waited:?}");
    assert!(!vault.is_available());

    // The rest of this run does not wait again: a sign-in refuses at once and offers the way
    // out, which works.
    let sim = support::sim().await;
    let dir = tempfile::tempdir().unwrap();
    let book: ProfileBook = book(&dir, vault);
    let started = Instant::now();
    let refused = book
        .sign_in(new_profile(&sim.base_url(), "admin", "demo", true))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(refused.code(), ErrorCode::KeyringUnavailable);
    let mut args = new_profile(&sim.base_url(), "admin", "demo", true);
    args.session_only = true;
    signed_in(&book, args).await;
    assert!(book.registry().session_info().unwrap().session_only);
}
