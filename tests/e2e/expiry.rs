//! A token that expires: with Remember me checked the app signs in again silently; without it
//! the Session expired dialog asks for the password and the user is back where they were (same
//! queue picked).

use crate::support::signin::{self as si, DEMO_PASSWORD};
use crate::support::{dom, run, Ctx, Launch};

/// Signs in as admin (remembering the password or not) and opens a Progressive Dialer queue
/// with hooks; its id.
async fn signed_in_on_a_dialer_queue(t: &Ctx, remember: bool) -> i64 {
    t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, remember)
        .await;
    t.wait_signed_in().await;
    let queue = t.sim.progressive_queue_id().unwrap();
    t.pick_queue(queue).await;
    queue
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_remember_me_an_expired_token_is_renewed_silently() {
    run(
        "expiry_remembered",
        Launch::sign_in_page(),
        |t| async move {
            let queue = signed_in_on_a_dialer_queue(&t, true).await;
            let before = t.sim.issued_tokens().len();
            t.sim.expire_tokens();
            t.click(dom::REFRESH).await;
            t.eventually("a new token issued", || async {
                Ok((t.sim.issued_tokens().len() > before).then_some(()))
            })
            .await;
            let want = t.sim_hooks(queue).len().min(10);
            t.wait_rows("the queue's hooks after the refresh", |r| r.len() == want)
                .await;
            assert_eq!(t.count(si::EXPIRED).await, 0, "no Session expired dialog");
            assert_eq!(t.count(dom::ERROR_TOAST).await, 0, "no error toast");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_remember_me_the_password_is_asked_and_the_place_kept() {
    run(
        "expiry_asks_password",
        Launch::sign_in_page(),
        |t| async move {
            let queue = signed_in_on_a_dialer_queue(&t, false).await;
            t.sim.expire_tokens();
            t.click(dom::REFRESH).await;
            t.wait_for(si::EXPIRED).await;
            t.wait_for(si::EXPIRED_REMEMBER).await;
            assert_eq!(
                t.count(dom::ERROR_TOAST).await,
                0,
                "the dialog alone says the session ended"
            );
            t.screenshot("session-expired").await;
            t.sign_in_again_in_dialog(DEMO_PASSWORD).await;
            t.wait_for(&format!(
                r#"button[data-queue-id="{queue}"][aria-current="true"]"#
            ))
            .await;
            let want = t.sim_hooks(queue).len().min(10);
            t.wait_rows("the same queue's hooks", |r| r.len() == want)
                .await;
            assert_eq!(
                t.count(si::FORM).await,
                0,
                "still signed in, no Sign-in page"
            );
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_switch_that_meets_an_ended_session_waits_and_is_sent_after_the_password() {
    run(
        "expiry_keeps_switch",
        Launch::sign_in_page(),
        |t| async move {
            signed_in_on_a_dialer_queue(&t, false).await;
            let rows = t
                .wait_rows("a page with a switch", |r| {
                    r.iter().any(|x| x.switch_on.is_some())
                })
                .await;
            let row = rows.iter().find(|x| x.switch_on.is_some()).unwrap().clone();
            let on_server = |t: &Ctx| t.sim.snapshot().find_hook(row.id).map(|(_, h)| h.enabled);
            assert_eq!(on_server(&t), Some(row.enabled));

            t.sim.expire_tokens();
            t.click(&dom::switch_of(row.id)).await;
            t.wait_for(si::EXPIRED).await;
            // The switch keeps the user's choice, marked as waiting; the server has nothing yet.
            t.wait_rows("the switched row marked pending", |r| {
                r.iter().any(|x| {
                    x.id == row.id
                        && x.switch_on == Some(!row.enabled)
                        && x.text().contains("Pending")
                })
            })
            .await;
            assert_eq!(on_server(&t), Some(row.enabled));
            assert_eq!(
                t.count(dom::ERROR_TOAST).await,
                0,
                "the dialog alone speaks"
            );
            t.screenshot("session-expired-change-kept").await;

            t.sign_in_again_in_dialog(DEMO_PASSWORD).await;
            t.eventually("the switch to reach the server", || async {
                Ok((on_server(&t) == Some(!row.enabled)).then_some(()))
            })
            .await;
            t.wait_rows("the row no longer pending", |r| {
                r.iter().any(|x| {
                    x.id == row.id
                        && x.switch_on == Some(!row.enabled)
                        && !x.text().contains("Pending")
                })
            })
            .await;
        },
    )
    .await;
}
