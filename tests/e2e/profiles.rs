//! Profiles: two servers side by side, signing out, and reopening the app signed in.

use crate::support::signin::{self as si, DEMO_PASSWORD};
use crate::support::{dom, run, Launch};

const ONLY_ON_B: &str = "Queue only on server B";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_each_show_their_own_queues() {
    run(
        "profiles_two_servers",
        Launch::sign_in_page(),
        |t| async move {
            t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, false)
                .await;
            t.wait_signed_in().await;
            let a_names: Vec<String> = t
                .sim
                .snapshot()
                .queues
                .iter()
                .map(|q| q.name.clone())
                .collect();

            let b = t
                .another_sim(|s| {
                    s.with_data(|d| {
                        if let Some(q) = d.queues.first_mut() {
                            q.name = ONLY_ON_B.to_string();
                        }
                    })
                })
                .await;
            t.choose_menu("Add server…").await;
            t.sign_in(&b.base_url(), "admin@demo", DEMO_PASSWORD, false)
                .await;
            t.wait_signed_in().await;
            t.wait_text_in(dom::QUEUE_BUTTONS, ONLY_ON_B).await;

            t.open_profiles().await;
            let listed = t.menu_profiles().await;
            assert_eq!(listed.len(), 2, "both profiles in the menu: {listed:?}");
            // Two servers on one host are told apart by their ports.
            assert_ne!(
                listed[0].0, listed[1].0,
                "two profiles that read alike: {listed:?}"
            );
            assert_eq!(
                listed.iter().filter(|(_, on)| *on).count(),
                1,
                "one active profile: {listed:?}"
            );
            t.screenshot("profile-menu").await;
            t.click(&format!(r#"{}[aria-checked="false"]"#, si::MENU_PROFILES))
                .await;
            t.eventually("server A's queues again", || async {
                let names = t.queue_names().await;
                Ok((!names.is_empty()
                    && !names.iter().any(|n| n.contains(ONLY_ON_B))
                    && a_names
                        .iter()
                        .all(|a| names.iter().any(|n| n.contains(a.as_str()))))
                .then_some(()))
            })
            .await;
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_out_leaves_to_the_sign_in_page_also_after_a_restart() {
    run(
        "profiles_sign_out",
        Launch::sign_in_page(),
        |t| async move {
            t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, true)
                .await;
            t.wait_signed_in().await;
            t.choose_menu("Sign out").await;
            t.wait_for(si::SIGN_OUT_DIALOG).await;
            t.button_in(
                "//*[@role='alertdialog' and @aria-label='Sign out']",
                "Sign out",
            )
            .await
            .click()
            .await
            .unwrap();
            t.wait_sign_in_page().await;
            assert_eq!(t.count(si::PROFILES).await, 0, "signed out");

            let t = t.relaunch(false).await;
            t.wait_sign_in_page().await;
            // Give a resume that should not happen the time to happen.
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            assert_eq!(t.count(si::PROFILES).await, 0, "still signed out");
            assert_eq!(t.count(dom::QUEUE_BUTTONS).await, 0, "no queues");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_opens_the_last_profile_signed_in() {
    run("profiles_restart", Launch::sign_in_page(), |t| async move {
        t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, true)
            .await;
        t.wait_signed_in().await;
        let t = t.relaunch(false).await;
        t.wait_signed_in().await;
        assert_eq!(t.count(si::FORM).await, 0, "no Sign-in page");
    })
    .await;
}

/// The start paints the last view from the cache before the server answers: with every answer
/// of the server held back seconds, a restart shows the queues and the registry as the cache
/// has them (a queue renamed on the server meanwhile still under its old name), not offline
/// and without the Sign-in page; the first sync run then brings the new name in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_paints_the_cached_view_before_the_server_answers() {
    run(
        "profiles_cache_first",
        Launch::sign_in_page(),
        |t| async move {
            t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, true)
                .await;
            t.wait_signed_in().await;
            t.wait_rows("the first queue's hooks", |rows| !rows.is_empty())
                .await;
            let old_name = t.sim.snapshot().queues[0].name.clone();
            let new_name = format!("{old_name} (renamed)");
            t.sim.with_data(|d| d.queues[0].name = new_name.clone());
            t.sim.set_knobs(webitel_sim::Knobs {
                latency_ms: 6_000,
                ..webitel_sim::Knobs::default()
            });
            let t = t.relaunch(false).await;
            t.wait_text_in(dom::QUEUE_BUTTONS, &old_name).await;
            t.wait_rows("the cached hooks", |rows| !rows.is_empty())
                .await;
            let names = t.queue_names().await;
            assert!(
                !names.iter().any(|n| n.contains("(renamed)")),
                "the cache's names, before the server answered: {names:?}"
            );
            assert_eq!(t.count(si::FORM).await, 0, "no Sign-in page");
            assert_eq!(
                t.count(crate::support::offline::OFFLINE_BANNER).await,
                0,
                "not offline: the server was not asked yet"
            );
            t.screenshot("start-from-cache").await;
            t.sim.set_knobs(webitel_sim::Knobs::default());
            t.wait_text_in(dom::QUEUE_BUTTONS, &new_name).await;
        },
    )
    .await;
}
