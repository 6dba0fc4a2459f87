//! The all-hooks registry over the synced demo data: the total of every queue's and team's hooks,
//! the Kind filter (teams, then queues, which the rest keeps), then each filter narrowing the
//! rows to what the server's data says it should (queue type, search, state, event, queue and
//! flow, picked by searching for them, only pending), and a queue's name leading to its own tab.

use crate::support::offline::{self as off, MarkedRow};
use crate::support::{run, Launch};

const FILTER_KIND: &str = r#"select[aria-label="Kind"]"#;

/// Progressive Dialer, in the engine's numbering.
const PROGRESSIVE: i32 = 4;

fn ten(total: usize) -> usize {
    total.min(10)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_queues_filters_narrow_the_rows() {
    run("all_queues", Launch::admin(), |t| async move {
        t.wait_queues().await;
        t.wait_for(off::SYNC_STATUS).await;
        t.wait_synced().await;
        let snap = t.sim.snapshot();
        let all: Vec<(&webitel_sim::Queue, &webitel_sim::Hook)> = snap
            .queues
            .iter()
            .flat_map(|q| q.hooks.iter().map(move |h| (q, h)))
            .collect();
        let count = |f: &dyn Fn(&webitel_sim::Queue, &webitel_sim::Hook) -> bool| {
            all.iter().filter(|(q, h)| f(q, h)).count()
        };

        let team_hooks: usize = snap.teams.iter().map(|team| team.hooks.len()).sum();
        assert!(team_hooks > 0, "the demo's teams have hooks");
        t.open_all_queues().await;
        t.wait_all_total((all.len() + team_hooks) as u64).await;
        t.select_text(FILTER_KIND, "Teams").await;
        t.wait_all_total(team_hooks as u64).await;
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "of teams only", |r| {
            r.len() == ten(team_hooks) && r.iter().all(|x| x.queue_id.is_none())
        })
        .await;
        t.screenshot("all-hooks-teams").await;
        t.select_text(FILTER_KIND, "Queues").await;
        t.wait_all_total(all.len() as u64).await;
        let rows = t
            .wait_marked_rows(off::ALL_TABLE_IDLE, "= the first page", |r| {
                r.len() == ten(all.len())
            })
            .await;
        for r in &rows {
            let q = r
                .queue_id
                .and_then(|id| snap.queue(id))
                .unwrap_or_else(|| panic!("row of an unknown queue: {r:?}"));
            assert!(
                r.text.contains(&q.name),
                "row shows its queue's name: {r:?}"
            );
            assert!(!r.pending && !r.conflict, "nothing pending online: {r:?}");
        }
        t.screenshot("all-queues").await;

        // By queue type.
        t.select_text(off::FILTER_QUEUE_TYPE, "Progressive Dialer")
            .await;
        let want = count(&|q, _| q.queue_type == PROGRESSIVE);
        t.wait_all_total(want as u64).await;
        let rows = t
            .wait_marked_rows(off::ALL_TABLE_IDLE, "of Progressive queues", |r| {
                r.len() == ten(want)
                    && r.iter().all(|x| {
                        x.queue_id
                            .and_then(|id| snap.queue(id))
                            .is_some_and(|q| q.queue_type == PROGRESSIVE)
                    })
            })
            .await;
        assert!(!rows.is_empty());

        // And a search on top of it: a flow's name.
        t.type_into(off::SEARCH_HOOKS, "Zendesk").await;
        let zendesk = |q: &webitel_sim::Queue, h: &webitel_sim::Hook| {
            snap.flow_name(h.schema_id).contains("Zendesk") || q.name.contains("Zendesk")
        };
        let want = count(&|q, h| q.queue_type == PROGRESSIVE && zendesk(q, h));
        assert!(
            want > 0,
            "the demo data has a Progressive hook of a Zendesk flow"
        );
        t.wait_all_total(want as u64).await;
        t.wait_marked_rows(
            off::ALL_TABLE_IDLE,
            "of Progressive queues and Zendesk",
            |r| r.len() == ten(want) && r.iter().all(|x| x.text.contains("Zendesk")),
        )
        .await;
        t.screenshot("all-queues-filtered").await;

        // Search and type back to all; by state.
        t.type_into(off::SEARCH_HOOKS, "").await;
        t.select_text(off::FILTER_QUEUE_TYPE, "All").await;
        t.wait_all_total(all.len() as u64).await;
        t.select_text(off::FILTER_STATE, "Disabled").await;
        let want = count(&|_, h| !h.enabled);
        t.wait_all_total(want as u64).await;
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "all disabled", |r| {
            r.len() == ten(want) && r.iter().all(|x| !x.enabled && x.switch_on == Some(false))
        })
        .await;
        t.select_text(off::FILTER_STATE, "All").await;

        // By event.
        t.select_text(off::FILTER_EVENT, "Missed").await;
        let want = count(&|_, h| h.event == "missed");
        t.wait_all_total(want as u64).await;
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "all Missed", |r| {
            r.len() == ten(want) && r.iter().all(|x| x.event == "missed")
        })
        .await;
        t.select_text(off::FILTER_EVENT, "All").await;

        // By queue: the picker lists what matches the typed text.
        let queue = snap.progressive_queue_id().unwrap();
        let name = snap.queue(queue).unwrap().name.clone();
        let word = name.split_whitespace().next().unwrap_or(&name);
        let list = t.search_filter(off::FILTER_QUEUE, word).await;
        t.eventually("the listed owners to match the typed text", || async {
            let shown = t.texts(&format!(r#"{list} li[role="option"]"#)).await?;
            Ok((shown.len() > 1
                && shown
                    .iter()
                    .skip(1)
                    .all(|s| s.to_lowercase().contains(&word.to_lowercase())))
            .then_some(()))
        })
        .await;
        t.screenshot("owner-filter-open").await;
        t.pick_filter(off::FILTER_QUEUE, &name).await;
        let want = snap.queue(queue).unwrap().hooks.len();
        t.wait_all_total(want as u64).await;
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "of one queue", |r| {
            r.len() == ten(want) && r.iter().all(|x| x.queue_id == Some(queue))
        })
        .await;
        t.pick_filter(off::FILTER_QUEUE, "All").await;

        // The flow filter's list opens leftwards (it is the last but one); Escape closes it and
        // the field shows "All" again.
        let list = t.search_filter(off::FILTER_FLOW, "CRM").await;
        t.screenshot("flow-filter-open").await;
        t.wait_for(off::FILTER_FLOW)
            .await
            .send_keys("\u{E00C}")
            .await
            .expect("Escape in the flow filter");
        t.wait_gone(&list).await;
        assert_eq!(t.value_of(off::FILTER_FLOW).await, "All");

        // By flow: the first listed hook's, by its name.
        let flow = all[0].1.schema_id;
        let want = count(&|_, h| h.schema_id == flow);
        t.pick_filter(off::FILTER_FLOW, snap.flow_name(flow)).await;
        t.wait_all_total(want as u64).await;
        t.wait_marked_rows(off::ALL_TABLE_IDLE, "of one flow", |r| {
            r.len() == ten(want) && r.iter().all(|x| x.text.contains(snap.flow_name(flow)))
        })
        .await;
        t.pick_filter(off::FILTER_FLOW, "All").await;
        t.wait_all_total(all.len() as u64).await;

        // Only pending: nothing waits while online.
        t.set_checked(off::ONLY_PENDING, true).await;
        t.wait_all_total(0).await;
        assert!(t.marked_rows(off::ALL_TABLE).await.is_empty());
        t.set_checked(off::ONLY_PENDING, false).await;
        t.wait_all_total(all.len() as u64).await;

        // A queue's name opens its tab.
        let rows = t
            .wait_marked_rows(off::ALL_TABLE_IDLE, "= the first page again", |r| {
                r.len() == ten(all.len())
            })
            .await;
        let first: &MarkedRow = rows.first().unwrap();
        let queue = first.queue_id.unwrap();
        let name = snap.queue(queue).unwrap().name.clone();
        t.click(&format!(
            r#"{} tr[data-hook-id="{}"] button"#,
            off::ALL_TABLE,
            first.id
        ))
        .await;
        t.wait_for(&format!(
            r#"button[data-queue-id="{queue}"][aria-current="true"]"#
        ))
        .await;
        t.wait_text_in("h2", &name).await;
    })
    .await;
}
