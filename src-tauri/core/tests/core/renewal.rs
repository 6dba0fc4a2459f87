//! A session whose token the server refused, when signing in again cannot happen at once: the
//! server is restarting (its `/login` answers 503), or the profile keeps no password. The
//! session survives as offline, its changes wait in the outbox, and it comes back by itself
//! (or after the password) without a restart, the changes reaching the server.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use webitel_hooks_core::registry::RENEWAL_RETRY_AFTER;
use webitel_hooks_core::{ProfileBook, SyncOptions};
use webitel_hooks_model::commands::{DeleteHooksArgs, ListQueuesArgs, SessionStatus};
use webitel_hooks_model::HookId;
use webitel_sim::{Knobs, SimServer};

use crate::background::wait_until;
use crate::profiles::{admin_profile, again_with_ca, signed_in};
use crate::support::{self, toggle, SALES_EU};

/// Every session status the shell would have heard, in order.
fn record_statuses(book: &ProfileBook) -> Arc<Mutex<Vec<SessionStatus>>> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut status = book.session_status();
    let log = seen.clone();
    tokio::spawn(async move {
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            log.lock().unwrap().push(now);
        }
    });
    seen
}

fn logins(sim: &SimServer) -> usize {
    sim.seen_requests()
        .iter()
        .filter(|r| r.target.starts_with("/api/login"))
        .count()
}

fn server_enabled(sim: &SimServer, hook: u32) -> bool {
    sim.snapshot().find_hook(hook).unwrap().1.enabled
}

/// The sim's tokens end and its `/login` answers 503 as a server restarting would, while every
/// other call meets the ended token.
fn restarting(sim: &SimServer) {
    sim.expire_tokens();
    sim.set_knobs(Knobs {
        fail_path: Some("/login".into()),
        failure_status: 503,
        ..Knobs::default()
    });
}

fn quick_retries() -> SyncOptions {
    SyncOptions {
        offline_retry_min: Duration::from_millis(100),
        offline_retry_max: Duration::from_millis(400),
        backoff: Duration::from_millis(20),
        attempts: 2,
        ..SyncOptions::default()
    }
}

#[tokio::test]
async fn a_renewal_the_server_cannot_answer_keeps_the_session_offline_until_it_is_back() {
    let (sim, _dir, book, _id) = admin_profile(true).await;
    let runner = book.sync();
    runner.set_options(quick_retries());
    runner.sync_now().await;
    let statuses = record_statuses(&book);
    let was_enabled = server_enabled(&sim, 1);

    restarting(&sim);
    let queues = book
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .expect("the cache answers while the server restarts");
    assert_eq!(queues.len(), 16);
    let session = book.registry().session_info();
    assert!(session.is_some(), "the session is kept, not dropped");
    assert!(runner.status_now().offline, "the app says it is offline");

    let kept = book
        .registry()
        .set_hook_enabled(toggle(1, !was_enabled))
        .await
        .expect("the switch waits in the outbox");
    assert_eq!(kept.enabled, !was_enabled);
    assert_eq!(runner.status_now().pending, 1);
    assert_eq!(server_enabled(&sim, 1), was_enabled);

    // The background sync retries with its offline wait; once `/login` answers again the
    // session is renewed with the remembered password and the switch reaches the server.
    tokio::spawn(runner.clone().run_in_background(book.session_status()));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(server_enabled(&sim, 1), was_enabled);
    let logins_during_outage = logins(&sim);
    support::reachable(&sim);
    wait_until(
        Duration::from_secs(10),
        "the switch to reach the server",
        || server_enabled(&sim, 1) != was_enabled,
    )
    .await;
    wait_until(
        Duration::from_secs(5),
        "the run that sent it to end",
        || {
            let status = runner.status_now();
            !status.running && !status.offline && status.pending == 0
        },
    )
    .await;
    assert_eq!(
        logins(&sim),
        logins_during_outage + 1,
        "one sign-in brings the session back"
    );
    let statuses = statuses.lock().unwrap().clone();
    assert!(
        statuses
            .iter()
            .all(|s| matches!(s, SessionStatus::SignedIn { .. })),
        "nobody was asked for the password: {statuses:?}"
    );
    assert!(
        !statuses.is_empty(),
        "the window hears of the renewed session"
    );
    assert!(book.registry().session_info().is_some());
}

#[tokio::test]
async fn calls_that_meet_the_outage_together_try_to_sign_in_once() {
    let (sim, _dir, book, _id) = admin_profile(true).await;
    book.sync().sync_now().await;

    restarting(&sim);
    // One sign-in tried is several requests (the client retries a 503 a few times).
    let before = logins(&sim);
    let registry = book.registry();
    registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    let one_attempt = logins(&sim) - before;
    assert!(one_attempt >= 1);

    tokio::time::sleep(RENEWAL_RETRY_AFTER).await;
    let before = logins(&sim);
    let reads = (0..8).map(|_| registry.list_queues(ListQueuesArgs::default()));
    for answer in futures::future::join_all(reads).await {
        assert_eq!(answer.unwrap().len(), 16);
    }
    assert_eq!(
        logins(&sim) - before,
        one_attempt,
        "eight calls, one sign-in tried"
    );
}

#[tokio::test]
async fn changes_that_meet_an_ended_session_wait_for_the_password_and_are_sent_after_it() {
    let (sim, _dir, book, id) = admin_profile(false).await;
    let runner = book.sync();
    runner.set_options(quick_retries());
    runner.sync_now().await;
    tokio::spawn(runner.clone().run_in_background(book.session_status()));
    wait_until(Duration::from_secs(5), "the sign-in's run", || {
        runner.runs_ended() >= 1 && !runner.status_now().running
    })
    .await;
    let statuses = record_statuses(&book);
    let was_enabled = server_enabled(&sim, 1);
    let deleted = HookId(3);
    assert!(sim.snapshot().find_hook(3).is_some());

    sim.expire_tokens();
    let kept = book
        .registry()
        .set_hook_enabled(toggle(1, !was_enabled))
        .await
        .expect("the switch is kept, as the Session expired dialog promises");
    assert_eq!(kept.enabled, !was_enabled);
    let report = book
        .registry()
        .delete_hooks(DeleteHooksArgs {
            owner: SALES_EU.into(),
            hook_ids: vec![deleted],
        })
        .await
        .unwrap();
    assert_eq!(report.deleted, vec![deleted]);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(runner.status_now().pending, 2);
    assert!(
        !runner.status_now().offline,
        "the server answered: not offline"
    );
    // The registry behind the dialog still reads from the cache.
    let queues = book
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16);
    // Lets the recorder take in what was sent.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let asked: Vec<_> = statuses
        .lock()
        .unwrap()
        .iter()
        .filter(
            |s| matches!(s, SessionStatus::PasswordNeeded { profile_id, .. } if *profile_id == id),
        )
        .cloned()
        .collect();
    assert_eq!(asked.len(), 1, "asked once, not at every call: {asked:?}");
    assert_eq!(server_enabled(&sim, 1), was_enabled, "nothing sent yet");

    signed_in(&book, again_with_ca(id, None, "demo")).await;
    wait_until(
        Duration::from_secs(10),
        "the kept changes to reach the server",
        || server_enabled(&sim, 1) != was_enabled && sim.snapshot().find_hook(3).is_none(),
    )
    .await;
    wait_until(Duration::from_secs(5), "the outbox to empty", || {
        runner.status_now().pending == 0
    })
    .await;
}

#[tokio::test]
async fn a_remembered_password_the_server_refuses_is_not_tried_again_until_the_user_signs_in() {
    let (sim, _dir, book, id) = admin_profile(true).await;
    book.sync().sync_now().await;
    // The password was changed on the server: `/login` refuses the remembered one.
    sim.expire_tokens();
    sim.set_knobs(Knobs {
        fail_path: Some("/login".into()),
        failure_status: 401,
        ..Knobs::default()
    });
    let before = logins(&sim);
    let queues = book
        .registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16, "the cache answers");
    assert!(matches!(
        *book.session_status().borrow(),
        SessionStatus::PasswordNeeded { .. }
    ));
    let tried = logins(&sim) - before;
    assert_eq!(tried, 1);
    // Later calls, past the retry wait of an outage, do not try it again: repeated refused
    // sign-ins could lock the account.
    tokio::time::sleep(RENEWAL_RETRY_AFTER + Duration::from_millis(200)).await;
    for _ in 0..3 {
        book.registry()
            .list_queues(ListQueuesArgs::default())
            .await
            .unwrap();
    }
    assert_eq!(logins(&sim) - before, tried, "no sign-in tried again");

    // The user types the password (remembered again): a new session, whose own end is
    // renewed again.
    sim.set_knobs(Knobs::default());
    let mut again = again_with_ca(id, None, "demo");
    again.remember = true;
    signed_in(&book, again).await;
    let before = logins(&sim);
    sim.expire_tokens();
    book.registry()
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(logins(&sim) - before, 1);
}
