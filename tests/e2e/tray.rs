//! The tray's side of the window and the desktop: a tray item given to a second launch
//! (`--tray-item`, what a click on it does) toggles a hook in the open window; a plain second
//! launch only brings the first one forward; closing the window hides it to the tray (or quits,
//! when that setting is off); `--hidden` starts in the tray.
//!
//! The second launches run inside the first app's D-Bus session and on its display
//! (`E2E_DBUS_ADDRESS`, `DISPLAY` from tests/e2e/harness.sh), where the single-instance check
//! finds the first. The window is closed the way a window manager does it (a
//! WM_DELETE_WINDOW message, tests/e2e/wm-close.py): Xvfb has no window manager, and
//! WebDriver's "close window" ends the browsing context, which no user can do.

use std::time::Duration;

use crate::support::desktop::close_like_a_window_manager;
use crate::support::offline as off;
use crate::support::{dom, run, Launch};

/// Demo queue 1 "Sales Progressive EU" (pinned by default, as a Progressive Dialer queue) and
/// its hook 2, bridged, enabled.
const QUEUE: i64 = 1;
const HOOK: u32 = 2;

/// A second launch hands over and leaves at once (about a second here, a debug build starting
/// GTK); a busy two-core runner gets a margin.
const PROMPT: Duration = Duration::from_secs(8);

fn sim_enabled(t: &crate::support::Ctx) -> bool {
    t.sim
        .snapshot()
        .find_hook(HOOK)
        .map(|(_, h)| h.enabled)
        .unwrap_or_else(|| panic!("no hook {HOOK} in the sim"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tray_item_from_a_second_launch_toggles_the_hook_in_the_open_window() {
    run("tray_item", Launch::admin(), |t| async move {
        t.pick_queue(QUEUE).await;
        t.wait_rows("with hook 2 on", |r| {
            r.iter().any(|x| x.id == HOOK && x.switch_on == Some(true))
        })
        .await;
        assert!(sim_enabled(&t));
        let item = format!("hook:{QUEUE}:{HOOK}");

        let (status, took) = t.second_launch(&["--tray-item", &item]).await;
        assert!(status.success(), "the second launch ended with {status}");
        assert!(
            took < PROMPT,
            "the second launch took {took:?} to hand over"
        );
        t.eventually("hook 2 disabled on the server", || async {
            Ok((!sim_enabled(&t)).then_some(()))
        })
        .await;
        t.wait_rows("with hook 2's switch following (off)", |r| {
            r.iter()
                .any(|x| x.id == HOOK && x.switch_on == Some(false) && !x.enabled)
        })
        .await;
        t.screenshot("tray-item-toggled").await;

        // The same item again turns it back on.
        let (status, _) = t.second_launch(&["--tray-item", &item]).await;
        assert!(status.success(), "the second launch ended with {status}");
        t.eventually("hook 2 enabled on the server again", || async {
            Ok(sim_enabled(&t).then_some(()))
        })
        .await;
        t.wait_rows("with hook 2's switch following (on)", |r| {
            r.iter()
                .any(|x| x.id == HOOK && x.switch_on == Some(true) && x.enabled)
        })
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn second_plain_launch_leaves_the_first_window_alone() {
    run("single_instance", Launch::admin(), |t| async move {
        t.pick_queue(QUEUE).await;
        let first = t.wait_shown_windows(1).await;
        let (status, took) = t.second_launch(&[]).await;
        assert!(status.success(), "the second launch ended with {status}");
        assert!(
            took < PROMPT,
            "the second launch took {took:?} to hand over"
        );
        // Still one window, the same one, on the same queue, and the first app answers.
        assert_eq!(
            t.wait_shown_windows(1).await,
            first,
            "the first window stays"
        );
        assert!(t.app_running(), "the first app still runs");
        t.wait_for(&format!(
            r#"button[data-queue-id="{QUEUE}"][aria-current="true"]"#
        ))
        .await;
        assert_eq!(
            t.c.windows().await.map(|w| w.len()).unwrap_or(0),
            1,
            "one window in the WebDriver session"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_the_window_hides_it_to_the_tray_and_a_second_launch_shows_it() {
    run("hide_to_tray", Launch::admin(), |t| async move {
        t.pick_queue(QUEUE).await;
        let window = t.wait_shown_windows(1).await[0];

        close_like_a_window_manager(window).unwrap();
        t.wait_shown_windows(0).await;
        // Give a quit that should not happen the time to happen.
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(t.app_running(), "the app keeps running in the tray");
        eprintln!("hide_to_tray: hidden, the app runs");

        let (status, took) = t.second_launch(&[]).await;
        assert!(status.success(), "the second launch ended with {status}");
        assert!(
            took < PROMPT,
            "the second launch took {took:?} to hand over"
        );
        t.wait_shown_windows(1).await;
        eprintln!("hide_to_tray: shown again");
        // The same page, not a new one: the picked queue is still picked.
        t.wait_for(&format!(
            r#"button[data-queue-id="{QUEUE}"][aria-current="true"]"#
        ))
        .await;
        t.wait_for(dom::TABLE_IDLE).await;

        // With "Keep running in the tray" off, closing the window quits.
        t.open_settings().await;
        t.set_checked(off::KEEP_IN_TRAY, false).await;
        t.close_settings().await;
        t.keep_record().await;
        let window = t.wait_shown_windows(1).await[0];
        close_like_a_window_manager(window).unwrap();
        t.eventually("the app to quit", || async {
            Ok((!t.app_running()).then_some(()))
        })
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn started_hidden_the_app_waits_in_the_tray_until_a_second_launch() {
    let launch = Launch::admin().with_args(&["--hidden"]);
    run("hidden_start", launch, |t| async move {
        // Signed in behind the scenes: the page is there, the window is not shown.
        t.wait_queues().await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        t.wait_shown_windows(0).await;
        assert!(t.app_running(), "the app runs in the tray");

        let (status, took) = t.second_launch(&[]).await;
        assert!(status.success(), "the second launch ended with {status}");
        assert!(
            took < PROMPT,
            "the second launch took {took:?} to hand over"
        );
        t.wait_shown_windows(1).await;
        t.wait_queues().await;
    })
    .await;
}

/// The pin survives a restart (it is kept per profile in the cache), and the pinned queue's
/// tray item acts. The command line acts on any hook's id, pinned or not, so which items the
/// menu holds is left to the shell's menu tests.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_queue_pinned_in_the_window_stays_pinned_after_a_restart() {
    run("pin_to_tray", Launch::sign_in_page(), |t| async move {
        t.sign_in(
            &t.sim.base_url(),
            "admin@demo",
            crate::support::signin::DEMO_PASSWORD,
            true,
        )
        .await;
        t.wait_signed_in().await;
        // Support Inbound: not a Progressive Dialer queue, so not pinned by default.
        let snap = t.sim.snapshot();
        let queue = snap
            .queues
            .iter()
            .find(|q| q.name == "Support Inbound")
            .expect("the demo's Support Inbound queue");
        let hook = queue
            .hooks
            .iter()
            .find(|h| h.enabled)
            .expect("an enabled hook")
            .id;
        let queue = queue.id;
        let pin = format!(r#"button[aria-label="Pin to tray"][data-pin-queue-id="{queue}"]"#);
        t.wait_for(&format!(r#"{pin}[aria-pressed="false"]"#)).await;
        t.click(&pin).await;
        t.wait_for(&format!(r#"{pin}[aria-pressed="true"]"#)).await;

        let t = t.relaunch(false).await;
        t.wait_signed_in().await;
        t.wait_for(&format!(r#"{pin}[aria-pressed="true"]"#)).await;
        t.pick_queue(queue).await;
        let (status, _) = t
            .second_launch(&["--tray-item", &format!("hook:{queue}:{hook}")])
            .await;
        assert!(status.success(), "the second launch ended with {status}");
        t.eventually("the pinned queue's hook disabled on the server", || async {
            let off = t
                .sim
                .snapshot()
                .find_hook(hook)
                .is_some_and(|(_, h)| !h.enabled);
            Ok(off.then_some(()))
        })
        .await;
        t.wait_rows("with the hook's switch following", |r| {
            r.iter().any(|x| x.id == hook && x.switch_on == Some(false))
        })
        .await;
    })
    .await;
}
