//! The Sign-in page: admin signs in, a wrong password, the second factor, and no keyring.

use crate::support::signin::{self as si, DEMO_PASSWORD, WRONG_PASSWORD};
use crate::support::{run, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_signs_in_and_sees_the_queues() {
    run("signin_admin", Launch::sign_in_page(), |t| async move {
        t.wait_sign_in_page().await;
        assert_eq!(t.count(si::PROFILES).await, 0, "not signed in yet");
        t.screenshot("sign-in-page").await;
        t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, false)
            .await;
        t.wait_signed_in().await;
        let want = t.sim.snapshot().queues.len();
        t.eventually("every queue of the sim listed", || async {
            Ok((t.queue_names().await.len() == want).then_some(()))
        })
        .await;
        assert_eq!(t.count(si::FORM).await, 0, "the Sign-in form is gone");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_is_refused_in_words_and_the_fields_stay() {
    run(
        "signin_wrong_password",
        Launch::sign_in_page(),
        |t| async move {
            let server = t.sim.base_url();
            t.sign_in(&server, "admin@demo", WRONG_PASSWORD, false)
                .await;
            let alert = t
                .eventually("the alert in the form", || async {
                    let texts = t.texts(si::ALERT).await?;
                    Ok(texts.into_iter().find(|s| !s.trim().is_empty()))
                })
                .await;
            assert!(
                alert.trim().contains(' ') && !alert.contains("unauthenticated"),
                "the refusal reads as a sentence, not a code: {alert:?}"
            );
            assert_eq!(t.value_of(si::SERVER).await, server, "Server URL kept");
            assert_eq!(
                t.value_of(si::USERNAME).await,
                "admin@demo",
                "Username kept"
            );
            assert_eq!(t.value_of(si::PASSWORD).await, "", "Password cleared");
            assert_eq!(t.count(si::PROFILES).await, 0, "not signed in");
            t.screenshot("sign-in-error").await;
        },
    )
    .await;
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_second_factor_asks_for_a_code_and_refuses_a_wrong_one() {
    run("signin_2fa", Launch::sign_in_page(), |t| async move {
        t.sign_in(&t.sim.base_url(), "otp@demo", DEMO_PASSWORD, false)
            .await;
        t.wait_for(si::OTP).await;
        t.wait_for(&format!(
            r#"{}[inputmode="numeric"][autocomplete="one-time-code"]"#,
            si::OTP
        ))
        .await;
        t.wait_text_in(si::SUBMIT, "Verify").await;
        t.screenshot("sign-in-2fa").await;

        // A code no window of the sim accepts (it takes one step either side of now).
        let secret = webitel_sim::totp::OTP_USER_SECRET;
        let t0 = now();
        let near: Vec<String> = [t0 - 30, t0, t0 + 30, t0 + 60]
            .iter()
            .map(|&s| webitel_sim::totp::code(secret, s))
            .collect();
        let wrong = (0..10)
            .map(|d| format!("{d}{d}{d}{d}{d}{d}"))
            .find(|c| !near.contains(c))
            .unwrap();
        t.type_into(si::OTP, &wrong).await;
        t.submit().await;
        t.eventually("the alert after a wrong code", || async {
            let texts = t.texts(si::ALERT).await?;
            Ok(texts.into_iter().find(|s| !s.trim().is_empty()))
        })
        .await;
        t.wait_for(si::OTP).await;
        assert_eq!(t.count(si::PROFILES).await, 0, "not signed in");

        let code = webitel_sim::totp::code(secret, now());
        t.typed_code(&code);
        t.type_into(si::OTP, &code).await;
        t.submit().await;
        t.wait_signed_in().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_keyring_the_page_says_so_and_signs_in_for_this_session() {
    let launch = Launch::sign_in_page().without_dbus();
    run("signin_no_keyring", launch, |t| async move {
        t.wait_sign_in_page().await;
        let note = t.wait_text_in(si::KEYRING_NOTE, "").await;
        let lower = note.to_lowercase();
        assert!(
            lower.contains("keyring") && (lower.contains("install") || lower.contains("unlock")),
            "the warning says to install or unlock a keyring: {note:?}"
        );
        assert!(
            t.is_disabled(si::REMEMBER).await,
            "Remember me is disabled with no keyring"
        );
        assert!(
            t.is_checked(si::SESSION_ONLY).await,
            "This session only is checked"
        );
        t.screenshot("no-keyring").await;
        t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, false)
            .await;
        t.wait_signed_in().await;
    })
    .await;
}

/// Every process whose parent chain leads to one of `roots`.
fn descendants(roots: &[u32]) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
            // `pid (name) state ppid ...`: the name may hold spaces, so read after its ')'.
            let ppid = stat
                .rsplit_once(')')?
                .1
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()?;
            Some((pid, ppid))
        })
        .collect();
    let mut found: Vec<u32> = Vec::new();
    let mut frontier: Vec<u32> = roots.to_vec();
    while let Some(parent) = frontier.pop() {
        for (pid, _) in parents.iter().filter(|(_, p)| *p == parent) {
            if !found.contains(pid) {
                found.push(*pid);
                frontier.push(*pid);
            }
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_password_given_at_start_does_not_reach_the_processes_the_app_starts() {
    run("password_env", Launch::admin(), |t| async move {
        t.wait_signed_in().await;
        let app = crate::support::app_pids(t.data_dir.path());
        assert!(!app.is_empty(), "the app's process");
        let children = descendants(&app);
        assert!(
            !children.is_empty(),
            "the webview's processes are the app's children"
        );
        for pid in children {
            let Ok(environ) = std::fs::read(format!("/proc/{pid}/environ")) else {
                continue;
            };
            let has_password = environ
                .split(|b| *b == 0)
                .any(|var| var.starts_with(b"WEBITEL_HOOKS_PASSWORD="));
            assert!(!has_password, "process {pid} inherited the password");
        }
    })
    .await;
}
