//! Every event the dialer fires, in the window: the add modal's "More events" group (the
//! attempt state `wait_agent`, which webitel/call_center sets only on the queue types that look
//! for an agent once the member is there) offered on an Inbound queue and absent on a
//! Progressive Dialer; the "never fires" badge on a row whose event its queue's type never
//! fires; and the warning before a second enabled hook of one event, which names the other hook
//! wherever it is and leads to it.

use crate::support::offline::{ALL_TABLE, FILTER_EVENT};
use crate::support::{dom, run, Ctx, Launch};

const MORE_OPTIONS: &str =
    r#"div[role="dialog"] select[aria-label="Event"] optgroup[data-more-events] option"#;

/// The demo queue of that name.
fn queue_named(t: &Ctx, name: &str) -> i64 {
    t.sim
        .snapshot()
        .queues
        .iter()
        .find(|q| q.name == name)
        .map(|q| q.id)
        .unwrap_or_else(|| panic!("no queue {name} in the demo"))
}

async fn option_values(t: &Ctx, css: &str) -> Vec<String> {
    let script = format!(
        "return Array.from(document.querySelectorAll('{}')).map(o => o.value);",
        css.replace('\'', "\\'")
    );
    serde_json::from_value(t.js(&script, vec![]).await.unwrap()).unwrap()
}

async fn close_modal(t: &Ctx) {
    t.click(&format!(
        r#"{} footer button[data-modal-close="true"]"#,
        dom::DIALOG
    ))
    .await;
    t.wait_gone(dom::DIALOG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_events_are_offered_where_they_can_fire_and_a_wait_agent_hook_is_added() {
    run("more_events", Launch::admin(), |t| async move {
        // A Progressive Dialer reserves its agent before it calls: nothing more to offer.
        let progressive = queue_named(&t, "Sales Progressive EU");
        t.pick_queue(progressive).await;
        t.open_add().await;
        assert_eq!(t.count(MORE_OPTIONS).await, 0, "no More events group");
        let offered = option_values(&t, &format!("{} option", dom::EVENT_SELECT)).await;
        assert_eq!(
            offered,
            [
                "",
                "joined",
                "answered",
                "offering",
                "bridged",
                "missed",
                "leaving",
                "processing",
                "active"
            ]
        );
        close_modal(&t).await;

        // An Inbound queue looks for an agent once the call is in: "Wait agent" is offered,
        // under its group, with what it means.
        let inbound = queue_named(&t, "Support Inbound");
        t.pick_queue(inbound).await;
        let before = t.sim_hooks(inbound).len();
        t.open_add().await;
        assert_eq!(option_values(&t, MORE_OPTIONS).await, ["wait_agent"]);
        let group = t
            .js(
                "return document.querySelector('div[role=\"dialog\"] optgroup[data-more-events]').label;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(group, "More events");
        t.choose_event("wait_agent").await;
        t.wait_text("The member waits for a free agent").await;
        t.choose_flow(&t.flow_name(103), 103).await;
        assert_eq!(
            t.count(&format!("{} [data-never-fires]", dom::DIALOG)).await,
            0,
            "it fires on an Inbound queue"
        );
        t.screenshot("more-events").await;
        // The closed select shows the choice only: drawn as a list for a moment, the picture
        // shows the group as the open select does.
        t.js(
            "const s = document.querySelector('div[role=\"dialog\"] select[aria-label=\"Event\"]'); s.size = 11; s.style.height = 'auto'; s.style.backgroundImage = 'none';",
            vec![],
        )
        .await
        .unwrap();
        t.screenshot("more-events-options").await;
        t.js(
            "const s = document.querySelector('div[role=\"dialog\"] select[aria-label=\"Event\"]'); s.size = 0; s.style.height = ''; s.style.backgroundImage = '';",
            vec![],
        )
        .await
        .unwrap();
        t.save().await;

        let rows = t
            .wait_rows("with the Wait agent hook", |r| {
                r.iter().any(|x| x.event == "wait_agent")
            })
            .await;
        let row = rows.iter().find(|r| r.event == "wait_agent").unwrap();
        assert!(row.text().contains("Wait agent"), "{}", row.text());
        t.eventually("the wait_agent hook on the server", || async {
            let hooks = t.sim_hooks(inbound);
            Ok((hooks.len() == before + 1
                && hooks
                    .iter()
                    .any(|h| h.event == "wait_agent" && h.schema_id == 103 && h.enabled))
            .then_some(()))
        })
        .await;
        assert_eq!(
            t.count(&dom::in_row(row.id, "[data-never-fires]")).await,
            0,
            "no badge where it fires"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_row_whose_event_never_fires_on_its_queue_type_is_badged() {
    // A wait_agent hook made elsewhere on a Progressive Dialer, which never sets that state.
    let launch = Launch::admin().seeded(|sim| {
        sim.with_data(|d| {
            let queue = d
                .queues
                .iter()
                .find(|q| q.name == "Sales Progressive US")
                .map(|q| q.id)
                .unwrap();
            d.add_hook(queue, "wait_agent", 104, false);
        });
    });
    run("never_fires", launch, |t| async move {
        let queue = queue_named(&t, "Sales Progressive US");
        let id = t
            .sim_hooks(queue)
            .iter()
            .find(|h| h.event == "wait_agent")
            .map(|h| h.id)
            .unwrap();
        t.pick_queue(queue).await;
        t.wait_rows("with the wait_agent hook", |r| r.iter().any(|x| x.id == id))
            .await;
        let badge = t
            .wait_for(&dom::in_row(id, r#"[data-never-fires="4"]"#))
            .await;
        assert_eq!(badge.text().await.unwrap(), "never fires");
        let title = badge.attr("title").await.unwrap().unwrap_or_default();
        assert!(title.contains("Progressive Dialer"), "{title}");
        // The queue's other hooks fire there: no badge on them.
        assert_eq!(
            t.count(r#"table[aria-label="Hooks"] [data-never-fires]"#)
                .await,
            1
        );

        t.screenshot("never-fires-row").await;

        // Edited, it keeps its event, which the modal says never fires here.
        t.click(&dom::in_row(id, dom::EDIT_BUTTONS)).await;
        t.wait_for(&format!(r#"{} [data-never-fires="4"]"#, dom::DIALOG))
            .await;
        assert_eq!(option_values(&t, MORE_OPTIONS).await, ["wait_agent"]);
        t.screenshot("never-fires").await;
        close_modal(&t).await;

        // The all-hooks registry: its Event filter knows Wait agent, and the row has the badge.
        t.open_all_queues().await;
        t.select_text(FILTER_EVENT, "Wait agent").await;
        let row = format!(r#"{ALL_TABLE} tr[data-hook-id="{id}"][data-event="wait_agent"]"#);
        t.wait_for(&format!(r#"{row} [data-never-fires="4"]"#))
            .await;
        t.wait_all_total(1).await;
        t.screenshot("never-fires-all-hooks").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clash_warning_names_the_hook_on_another_page_and_leads_to_it() {
    let launch = Launch::admin().seeded(|sim| {
        let queue = sim.queue_without_hooks().expect("a queue without hooks");
        sim.with_data(|d| {
            // By event, the ten disabled Answered hooks fill page 1; the enabled Offering one
            // is on page 2.
            for flow in 101..=110 {
                d.add_hook(queue, "answered", flow, false);
            }
            d.add_hook(queue, "offering", 111, true);
        });
    });
    run("clash_warning", launch, |t| async move {
        let snapshot = t.sim.snapshot();
        let queue = snapshot
            .queues
            .iter()
            .find(|q| q.hooks.len() == 11)
            .expect("the queue with 11 hooks");
        let (queue, other) = (
            queue.id,
            queue.hooks.iter().find(|h| h.event == "offering").unwrap().id,
        );
        t.pick_queue(queue).await;
        t.wait_rows("page 1: the ten Answered hooks", |r| {
            r.len() == 10 && r.iter().all(|x| x.event == "answered")
        })
        .await;

        t.open_add().await;
        t.choose_event("offering").await;
        let warning = format!(r#"{} [data-clash-hook-id="{other}"]"#, dom::DIALOG);
        let text = t.wait_text_in(&warning, "is enabled on this queue").await;
        assert!(
            text.contains(&format!("Offering → {}", t.flow_name(111))),
            "names the hook: {text}"
        );
        t.choose_flow(&t.flow_name(101), 101).await;
        // With event and flow chosen, Save still waits: the server would refuse the second.
        assert!(
            !t.save_button().await.is_enabled().await.unwrap(),
            "Save is disabled while the clash shows"
        );
        t.screenshot("clash-warning").await;

        // "Show that hook": the modal closes, page 2 opens, the Offering row is marked and its
        // switch has the focus, ready to be turned off.
        t.click(&format!(r#"{warning} button[data-clash-link="true"]"#))
            .await;
        t.wait_gone(dom::DIALOG).await;
        t.wait_page(2).await;
        t.wait_for(&format!(
            r#"tr[data-hook-id="{other}"][data-highlighted="true"]"#
        ))
        .await;
        t.eventually("the marked row's switch focused", || async {
            let focused = t
                .js(
                    "const a = document.activeElement; const tr = a && a.closest('tr'); return tr ? [tr.dataset.hookId, a.getAttribute('role')] : null;",
                    vec![],
                )
                .await?;
            Ok((focused == serde_json::json!([other.to_string(), "switch"])).then_some(()))
        })
        .await;
        t.screenshot("clash-revealed").await;
        assert_eq!(t.sim_hooks(queue).len(), 11, "nothing saved");

        // Moving on to another page drops the mark.
        t.click(dom::PREVIOUS).await;
        t.wait_page(1).await;
        assert_eq!(t.count(r#"tr[data-highlighted]"#).await, 0);
    })
    .await;
}
