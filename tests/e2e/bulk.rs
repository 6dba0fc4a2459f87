//! Enabling and disabling many hooks at once in the all-hooks registry, over the demo data:
//! twelve enabled hooks of several queues ticked and disabled with one button, which changes
//! exactly those twelve on the server; then two disabled hooks of one queue and event (whose
//! event has no enabled hook any more) and one whose event still has an enabled hook ticked and
//! enabled: the first of the pair is enabled, the other two are refused before anything is sent,
//! and the error toast names them.

use std::collections::BTreeSet;

use crate::support::dom;
use crate::support::offline as off;
use crate::support::{run, Launch};

/// A queue's hook on the sim: (queue id, hook id).
type Key = (i64, u32);

/// Every queue hook's state, and every team hook's, as the server holds them.
fn states(snap: &webitel_sim::SimData) -> Vec<(String, i64, u32, bool)> {
    let queues = snap.queues.iter().flat_map(|q| {
        q.hooks
            .iter()
            .map(move |h| ("queue".to_owned(), q.id, h.id, h.enabled))
    });
    let teams = snap.teams.iter().flat_map(|team| {
        team.hooks
            .iter()
            .map(move |h| ("team".to_owned(), team.id, h.id, h.enabled))
    });
    queues.chain(teams).collect()
}

fn hook(snap: &webitel_sim::SimData, (queue, id): Key) -> webitel_sim::Hook {
    snap.queue(queue)
        .and_then(|q| q.hooks.iter().find(|h| h.id == id))
        .cloned()
        .unwrap_or_else(|| panic!("no hook {id} in queue {queue}"))
}

/// The hook as the bulk switch's report names it: its event's label and its flow.
fn label(snap: &webitel_sim::SimData, key: Key) -> String {
    let h = hook(snap, key);
    format!("{} → {}", dom::label(&h.event), snap.flow_name(h.schema_id))
}

fn checkbox(key: Key) -> String {
    format!(
        r#"{} tr[data-hook-id="{}"][data-queue-id="{}"] input[type="checkbox"][aria-label="Select"]"#,
        off::ALL_TABLE,
        key.1,
        key.0
    )
}

/// The rows shown now whose select box is ticked.
async fn ticked(t: &crate::support::Ctx) -> Vec<Key> {
    let v = t
        .js(
            r#"return Array.from(document.querySelectorAll(arguments[0] + ' tr[data-hook-id]'))
                 .filter(tr => { const b = tr.querySelector('input[aria-label="Select"]'); return b && b.checked; })
                 .map(tr => [tr.getAttribute('data-queue-id'), tr.getAttribute('data-hook-id')]);"#,
            vec![serde_json::Value::from(off::ALL_TABLE)],
        )
        .await
        .expect("reading the ticked rows");
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|pair| {
            let queue = pair[0].as_str()?.parse().ok()?;
            let id = pair[1].as_str()?.parse().ok()?;
            Some((queue, id))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_disable_then_enable_in_the_all_hooks_registry() {
    run("bulk", Launch::admin(), |t| async move {
        t.wait_queues().await;
        t.wait_for(off::SYNC_STATUS).await;
        t.wait_synced().await;
        let before = t.sim.snapshot();

        // The pair: a queue and event with exactly one enabled hook and a disabled one; once
        // that enabled hook is disabled, the event has two disabled hooks and none enabled.
        let (pair_queue, pair_event, pair_enabled) = before
            .queues
            .iter()
            .find_map(|q| {
                let of = |event: &str, on: bool| {
                    q.hooks
                        .iter()
                        .filter(|h| h.event == event && h.enabled == on)
                        .map(|h| h.id)
                        .collect::<Vec<_>>()
                };
                q.hooks.iter().find_map(|h| {
                    let (on, off) = (of(&h.event, true), of(&h.event, false));
                    (on.len() == 1 && !off.is_empty()).then(|| (q.id, h.event.clone(), on[0]))
                })
            })
            .expect("a queue event with one enabled and a disabled hook in the demo data");
        // The third: a disabled hook of another queue whose event keeps its enabled hook.
        let (third, third_enabled) = before
            .queues
            .iter()
            .filter(|q| q.id != pair_queue)
            .find_map(|q| {
                q.hooks.iter().filter(|h| !h.enabled).find_map(|h| {
                    q.hooks
                        .iter()
                        .find(|o| o.enabled && o.event == h.event)
                        .map(|o| ((q.id, h.id), (q.id, o.id)))
                })
            })
            .expect("a disabled hook whose event has an enabled hook in its queue");

        // Twelve enabled hooks: the pair's, then others of as many queues as it takes, never the
        // one that keeps the third refused.
        let mut twelve: Vec<Key> = vec![(pair_queue, pair_enabled)];
        let mut others: Vec<Key> = before
            .queues
            .iter()
            .flat_map(|q| {
                q.hooks
                    .iter()
                    .filter(|h| h.enabled)
                    .map(move |h| (q.id, h.id))
            })
            .filter(|k| *k != third_enabled && !twelve.contains(k))
            .collect();
        // Round robin over the queues, so that the twelve spread.
        others.sort_by_key(|(queue, id)| {
            let rank = before
                .queue(*queue)
                .map(|q| q.hooks.iter().filter(|h| h.enabled && h.id < *id).count())
                .unwrap_or(0);
            (rank, *queue)
        });
        twelve.extend(others.into_iter().take(11));
        assert_eq!(twelve.len(), 12, "twelve enabled hooks to disable");
        let queues: BTreeSet<i64> = twelve.iter().map(|(q, _)| *q).collect();
        assert!(queues.len() >= 3, "the twelve span three queues at least");

        // Every enabled hook on one page: State = Enabled, 100 rows per page.
        let enabled_total = states(&before).iter().filter(|s| s.3).count();
        t.open_all_queues().await;
        t.select_text(off::FILTER_STATE, "Enabled").await;
        t.wait_all_total(enabled_total as u64).await;
        t.set_rows_per_page(100).await;
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "= every enabled hook", |r| {
            r.len() == enabled_total
        })
        .await;
        for key in &twelve {
            t.click(&checkbox(*key)).await;
        }
        t.eventually("the twelve rows ticked", || async {
            let mut now = ticked(&t).await;
            now.sort_unstable();
            let mut want = twelve.clone();
            want.sort_unstable();
            Ok((now == want).then_some(()))
        })
        .await;
        let disable =
            r#"button[aria-label="Disable 12 selected hooks"][title="Disable 12 selected hooks"]"#;
        t.wait_for(disable).await;
        t.wait_for(r#"button[aria-label="Enable 12 selected hooks"]"#)
            .await;
        t.wait_text_in(r#"div.bulk-bar[role="toolbar"]"#, "12 hooks selected")
            .await;
        t.screenshot("bulk-bar").await;
        t.click(disable).await;
        t.wait_text_in(off::STATUS_TOAST, "12 hooks disabled.")
            .await;

        // On the server: exactly the twelve changed.
        let after = t.sim.snapshot();
        let want: Vec<(String, i64, u32, bool)> = states(&before)
            .into_iter()
            .map(|(kind, owner, id, on)| {
                let chosen = kind == "queue" && twelve.contains(&(owner, id));
                (kind, owner, id, on && !chosen)
            })
            .collect();
        assert_eq!(states(&after), want, "exactly the twelve were disabled");
        // The page was read again (the twelve left the Enabled filter) and nothing stays ticked.
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "without the twelve", |r| {
            r.len() == enabled_total - 12
                && r.iter().all(|x| {
                    !twelve
                        .iter()
                        .any(|k| x.queue_id == Some(k.0) && x.id == i64::from(k.1))
                })
        })
        .await;
        assert!(ticked(&t).await.is_empty(), "the selection cleared");
        t.wait_gone(disable).await;

        // Enabling: the pair (two disabled hooks of one event, none enabled) and the third.
        t.select_text(off::FILTER_STATE, "Disabled").await;
        let disabled_total = states(&after).iter().filter(|s| !s.3).count();
        t.wait_all_total(disabled_total as u64).await;
        let rows = t
            .wait_marked_rows(off::ALL_TABLE_IDLE, "= every disabled hook", |r| {
                r.len() == disabled_total
            })
            .await;
        let pair: Vec<Key> = after
            .queue(pair_queue)
            .map(|q| {
                q.hooks
                    .iter()
                    .filter(|h| h.event == pair_event)
                    .map(|h| (q.id, h.id))
                    .collect()
            })
            .unwrap_or_default();
        assert!(pair.len() >= 2, "the pair: {pair:?}");
        // The two the page shows first of that event: the first of them is asked first.
        let mut shown: Vec<Key> = rows
            .iter()
            .filter_map(|r| Some((r.queue_id?, u32::try_from(r.id).ok()?)))
            .filter(|k| pair.contains(k))
            .collect();
        shown.truncate(2);
        let (first, second) = (shown[0], shown[1]);
        for key in [first, second, third] {
            t.click(&checkbox(key)).await;
        }
        let enable = r#"button[aria-label="Enable 3 selected hooks"]"#;
        t.wait_for(enable).await;
        t.click(enable).await;
        let toast = t
            .wait_text_in(dom::ERROR_TOAST, "Could not enable 2 hooks:")
            .await;
        t.screenshot("bulk-report").await;
        assert!(toast.contains("1 hook enabled."), "the toast: {toast}");
        for refused in [second, third] {
            let name = label(&after, refused);
            assert!(toast.contains(&name), "the toast names {name}: {toast}");
        }
        let event = dom::label(&pair_event);
        assert!(
            toast.contains(&format!("Another {event} hook of this queue is enabled")),
            "the toast says why: {toast}"
        );

        let last = t.sim.snapshot();
        assert!(
            hook(&last, first).enabled,
            "the first of the pair is enabled"
        );
        assert!(!hook(&last, second).enabled, "the second stays disabled");
        assert!(!hook(&last, third).enabled, "the third stays disabled");
        let want: Vec<(String, i64, u32, bool)> = states(&after)
            .into_iter()
            .map(|(kind, owner, id, on)| {
                let first = kind == "queue" && (owner, id) == first;
                (kind, owner, id, on || first)
            })
            .collect();
        assert_eq!(states(&last), want, "nothing else changed");
        assert!(ticked(&t).await.is_empty(), "the selection cleared");
    })
    .await;
}
