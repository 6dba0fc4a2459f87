//! Offline: the demo data synced, the server stopped, the app reopened on its cache with the
//! Offline banner; a toggle, an add and a delete kept as pending; the server back on the same
//! port with two hooks changed there meanwhile; on reconnect the other changes reach it and the
//! two conflicts are shown, one resolved with "Keep mine", the other with "Take theirs".
//!
//! Demo queue 1 "Sales Progressive EU": hooks 1 offering/104 on, 2 bridged/101 on, 3 missed/102
//! on, 4 leaving/101 off, 5 leaving/113 on, 6 processing/122 on, 7 missed/105 off.

use std::time::Duration;

use crate::support::offline::{self as off, MarkedRow};
use crate::support::signin::DEMO_PASSWORD;
use crate::support::{dom, run, Launch};

const QUEUE: i64 = 1;
const HOOKS: &str = r#"table[aria-label="Hooks"]"#;
const HOOKS_IDLE: &str = r#"table[aria-label="Hooks"]:not([aria-busy="true"])"#;
/// What the server's colleague changes while the app is offline: hook 1's flow to "HubSpot:
/// create follow-up task", hook 6's to "Post-processing form: collections".
const THEIR_FLOW_1: i64 = 108;
const THEIR_FLOW_6: i64 = 123;

fn row(rows: &[MarkedRow], id: i64) -> Option<&MarkedRow> {
    rows.iter().find(|r| r.id == id)
}

fn sim_hook(t: &crate::support::Ctx, id: u32) -> Option<webitel_sim::Hook> {
    t.sim.snapshot().find_hook(id).map(|(_, h)| h.clone())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_changes_wait_then_apply_and_conflicts_are_resolved_each_way() {
    run("offline", Launch::sign_in_page(), |t| async move {
        // Remember me: the server that comes back is a fresh process that knows none of the
        // app's tokens, so the app must sign in again by itself.
        t.sign_in(&t.sim.base_url(), "admin@demo", DEMO_PASSWORD, true)
            .await;
        t.wait_signed_in().await;

        // A full sync, slowed down so that its progress can be seen.
        t.wait_for(off::SYNC_STATUS).await;
        t.sim.set_knobs(webitel_sim::Knobs {
            latency_ms: 250,
            ..webitel_sim::Knobs::default()
        });
        t.sync_now().await;
        // "Synchronising… D of T queues" once the run knows T; before that, "Synchronising…".
        let seen = tokio::time::timeout(Duration::from_secs(8), async {
            loop {
                let text = t.sync_text().await;
                if t.count(off::SYNC_PROGRESS).await > 0 && text.contains(" of ") {
                    return text;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
        .await;
        match seen {
            Ok(text) => {
                assert!(
                    text.contains("Synchronising") && text.contains("queues"),
                    "the sync bar while running: {text:?}"
                );
                t.screenshot("sync-progress").await;
            }
            Err(_) => {
                eprintln!("offline: the sync's progress was not caught (the run was too quick)")
            }
        }
        t.sim.set_knobs(webitel_sim::Knobs::default());
        t.wait_synced().await;
        let synced = t.sim.snapshot();

        // The server goes away; the app is reopened on the same data folder.
        let t = t.stop_sim().await;
        let t = t.relaunch(false).await;
        t.wait_for(off::OFFLINE_BANNER).await;
        t.wait_text_in(off::OFFLINE_BANNER, "You are offline").await;
        t.wait_queues().await;
        let listed = t.queue_names().await;
        for q in &synced.queues {
            assert!(
                listed.iter().any(|n| n.contains(&q.name)),
                "queue {:?} listed from the cache: {listed:?}",
                q.name
            );
        }
        t.pick_queue(QUEUE).await;
        let want = synced.queue(QUEUE).unwrap().hooks.len();
        t.wait_marked_rows(HOOKS_IDLE, &format!("= {want} from the cache"), |r| {
            r.len() == want && r.iter().all(|x| !x.pending && !x.conflict)
        })
        .await;
        t.screenshot("offline-banner").await;

        // Offline changes: hooks 1, 6 (the server will change them too) and 3 switched off,
        // hook 7 deleted, an Answered hook added.
        for id in [1, 6, 3] {
            t.click(&dom::switch_of(id)).await;
            t.wait_marked_rows(HOOKS_IDLE, &format!("with hook {id} off, pending"), |r| {
                row(r, i64::from(id))
                    .is_some_and(|x| x.pending && x.switch_on == Some(false) && !x.enabled)
            })
            .await;
        }
        t.click(&dom::in_row(7, r#"button[aria-label="Delete"]"#))
            .await;
        t.confirm_delete(1, true).await;
        t.wait_marked_rows(HOOKS_IDLE, "without hook 7", |r| row(r, 7).is_none())
            .await;
        t.open_add().await;
        t.choose_event("answered").await;
        t.choose_flow("CRM", 101).await;
        t.save().await;
        let rows = t
            .wait_marked_rows(HOOKS_IDLE, "with a pending Answered hook", |r| {
                r.iter().any(|x| x.event == "answered" && x.pending)
            })
            .await;
        let added = rows.iter().find(|x| x.event == "answered").unwrap();
        assert!(
            added.text.contains("CRM: log call result"),
            "the added row: {added:?}"
        );
        let pending: Vec<i64> = rows.iter().filter(|r| r.pending).map(|r| r.id).collect();
        for id in [1, 3, 6, added.id] {
            assert!(pending.contains(&id), "row {id} pending: {rows:?}");
        }
        assert_eq!(
            t.count(&format!("{HOOKS} .badge.badge-pending")).await,
            pending.len(),
            "a Pending badge on each pending row"
        );
        t.wait_for(&format!(
            r#"{} span[data-pending="5"]"#,
            off::OFFLINE_BANNER
        ))
        .await;
        t.screenshot("pending-rows").await;

        // The all-queues registry, offline: Only pending narrows it to those rows.
        t.open_all_queues().await;
        t.set_checked(off::ONLY_PENDING, true).await;
        let only = t
            .wait_marked_rows(off::ALL_TABLE_IDLE, "= the 4 pending rows", |r| {
                r.len() == 4 && r.iter().all(|x| x.pending)
            })
            .await;
        assert!(
            only.iter().all(|x| x.queue_id == Some(QUEUE)),
            "the pending rows are queue 1's: {only:?}"
        );
        t.set_checked(off::ONLY_PENDING, false).await;
        t.pick_queue(QUEUE).await;

        // Meanwhile a colleague changed hooks 1 and 6 on the server; it comes back on its port.
        let t = t
            .start_sim_again(|s| {
                s.with_data(|d| {
                    d.update_hook(1, |h| h.schema_id = THEIR_FLOW_1);
                    d.update_hook(6, |h| h.schema_id = THEIR_FLOW_6);
                })
            })
            .await;
        t.sync_now().await;
        t.wait_gone(off::OFFLINE_BANNER).await;
        t.wait_text_in(off::CONFLICTS_BANNER, "2 changes conflict with the server")
            .await;

        // The other changes reached the server.
        t.eventually("the changes without a conflict on the server", || async {
            let snap = t.sim.snapshot();
            let q = snap.queue(QUEUE).unwrap();
            let hook3_off = q.hooks.iter().any(|h| h.id == 3 && !h.enabled);
            let hook7_gone = !q.hooks.iter().any(|h| h.id == 7);
            let answered = q
                .hooks
                .iter()
                .any(|h| h.event == "answered" && h.schema_id == 101 && h.enabled);
            Ok((hook3_off && hook7_gone && answered).then_some(()))
        })
        .await;
        // Nothing overwritten without a choice: hooks 1 and 6 are as the colleague left them.
        let h1 = sim_hook(&t, 1).unwrap();
        let h6 = sim_hook(&t, 6).unwrap();
        assert_eq!(
            (h1.schema_id, h1.enabled),
            (THEIR_FLOW_1, true),
            "hook 1 on the server"
        );
        assert_eq!(
            (h6.schema_id, h6.enabled),
            (THEIR_FLOW_6, true),
            "hook 6 on the server"
        );
        let rows = t
            .wait_marked_rows(HOOKS_IDLE, "with hooks 1 and 6 in conflict", |r| {
                row(r, 1).is_some_and(|x| x.conflict) && row(r, 6).is_some_and(|x| x.conflict)
            })
            .await;
        assert!(
            row(&rows, 3).is_some_and(|x| !x.pending && !x.conflict),
            "hook 3 sent: {rows:?}"
        );
        assert!(row(&rows, 7).is_none(), "hook 7 deleted: {rows:?}");
        assert!(
            rows.iter()
                .any(|x| x.event == "answered" && x.id > 0 && !x.pending),
            "the added hook has its server id: {rows:?}"
        );

        // The all-queues registry: Only conflicts narrows it to those two.
        t.open_all_queues().await;
        t.set_checked(off::ONLY_CONFLICTS, true).await;
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "= hooks 1 and 6, in conflict", |r| {
            let mut ids: Vec<i64> = r.iter().filter(|x| x.conflict).map(|x| x.id).collect();
            ids.sort_unstable();
            r.len() == 2 && ids == [1, 6]
        })
        .await;
        t.set_checked(off::ONLY_CONFLICTS, false).await;
        t.pick_queue(QUEUE).await;

        // Review: each conflict once, telling them apart by the server's flow.
        t.button_in(
            "//div[@role='region' and @aria-label='Conflicts']",
            "Review conflicts",
        )
        .await
        .click()
        .await
        .unwrap();
        t.wait_for(off::CONFLICT_DIALOG).await;
        t.wait_for(off::YOUR_VERSION).await;
        t.screenshot("conflict-dialog").await;
        let their_1 = t.flow_name(THEIR_FLOW_1);
        let their_6 = t.flow_name(THEIR_FLOW_6);
        for _ in 0..2 {
            let theirs = t
                .eventually("a conflict naming the server's flow", || async {
                    let text = t.texts(off::SERVER_VERSION).await?.join(" ");
                    Ok((text.contains(&their_1) || text.contains(&their_6)).then_some(text))
                })
                .await;
            let mine = t
                .texts(off::YOUR_VERSION)
                .await
                .unwrap_or_default()
                .join(" ");
            let dialog = t
                .texts(off::CONFLICT_DIALOG)
                .await
                .unwrap_or_default()
                .join(" ");
            assert!(
                dialog.contains("Sales Progressive EU"),
                "the dialog names the queue: {dialog:?}"
            );
            let dialog_xpath = "//div[@role='dialog' and @aria-label='Conflict']";
            if theirs.contains(&their_1) {
                assert!(
                    mine.contains(&t.flow_name(104)),
                    "my version of hook 1: {mine:?}"
                );
                t.button_in(dialog_xpath, "Keep mine")
                    .await
                    .click()
                    .await
                    .unwrap();
                t.eventually("hook 1 disabled on the server (Keep mine)", || async {
                    Ok(sim_hook(&t, 1).is_some_and(|h| !h.enabled).then_some(()))
                })
                .await;
            } else {
                assert!(
                    mine.contains(&t.flow_name(122)),
                    "my version of hook 6: {mine:?}"
                );
                t.button_in(dialog_xpath, "Take theirs")
                    .await
                    .click()
                    .await
                    .unwrap();
                // Give a wrong send the time to happen, then check nothing was sent.
                tokio::time::sleep(Duration::from_millis(500)).await;
                let h6 = sim_hook(&t, 6).unwrap();
                assert_eq!(
                    (h6.schema_id, h6.enabled),
                    (THEIR_FLOW_6, true),
                    "Take theirs leaves hook 6 as the server has it"
                );
            }
            // The dialog goes on to the other conflict, or closes after the last.
            t.eventually("the dialog to move on", || async {
                let text = t.texts(off::SERVER_VERSION).await?.join(" ");
                Ok((text != theirs).then_some(()))
            })
            .await;
        }
        t.wait_gone(off::CONFLICT_DIALOG).await;
        t.wait_gone(off::CONFLICTS_BANNER).await;
        let rows = t
            .wait_marked_rows(HOOKS_IDLE, "without pending or conflicting rows", |r| {
                r.iter().all(|x| !x.pending && !x.conflict)
                    && row(r, 1).is_some_and(|x| x.switch_on == Some(false))
                    && row(r, 6).is_some_and(|x| x.switch_on == Some(true))
            })
            .await;
        let r6 = row(&rows, 6).unwrap();
        assert!(
            r6.text.contains(&their_6),
            "hook 6 shows the server's flow: {r6:?}"
        );
        let h1 = sim_hook(&t, 1).unwrap();
        assert!(!h1.enabled, "Keep mine sent hook 1 off: {h1:?}");
    })
    .await;
}
