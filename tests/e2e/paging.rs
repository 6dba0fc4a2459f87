//! 25 hooks paged by 10: Next, Previous, Rows per page, each hook on exactly one page although
//! the server orders ties as it likes, a delete that stays on its page, a page that empties,
//! and the Add modal's warning of a second enabled hook, which weighs every page.

use crate::support::dom;
use crate::support::{run, Launch};

/// Events cycle; only disabled hooks, so duplicates are allowed.
fn seed_25(sim: &webitel_sim::SimServer, queue: i64) {
    let flows = [
        101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115,
    ];
    sim.with_data(|d| {
        for i in 0..25 {
            d.add_hook(
                queue,
                webitel_sim::EVENTS[i % webitel_sim::EVENTS.len()],
                flows[i % flows.len()],
                false,
            );
        }
    });
}

/// Signed in as admin, a queue without hooks given 25.
fn launch_with_25() -> Launch {
    Launch::admin().seeded(|sim| {
        let queue = sim.queue_without_hooks().expect("a queue without hooks");
        seed_25(sim, queue);
    })
}

/// The queue that has the 25 hooks.
fn queue_of_25(sim: &webitel_sim::SimServer) -> i64 {
    sim.snapshot()
        .queues
        .iter()
        .find(|q| q.hooks.len() == 25)
        .map(|q| q.id)
        .expect("the queue with 25 hooks")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_five_hooks_paged_by_ten() {
    run("paging", launch_with_25(), |t| async move {
        let queue = queue_of_25(&t.sim);
        t.pick_queue(queue).await;

        let page1 = t.wait_rows("= 10 on page 1", |r| r.len() == 10).await;
        t.wait_page(1).await;
        assert!(
            t.is_disabled(dom::PREVIOUS).await,
            "Previous is disabled on page 1"
        );
        assert!(
            !t.is_disabled(dom::NEXT).await,
            "Next is enabled on page 1 of 3"
        );

        t.click(dom::NEXT).await;
        t.wait_page(2).await;
        let page2 = t
            .wait_rows("= 10 other rows on page 2", |r| {
                r.len() == 10 && r.iter().all(|x| !page1.contains(x))
            })
            .await;
        t.screenshot("page-2").await;
        assert!(!page2.is_empty());

        // Events repeat, so page boundaries fall between hooks of one event, which the server
        // returns in no promised order: still, each hook shows on exactly one page.
        t.click(dom::NEXT).await;
        t.wait_page(3).await;
        let page3 = t.wait_rows("= 5 on page 3", |r| r.len() == 5).await;
        let mut ids: Vec<u32> = [&page1, &page2, &page3]
            .into_iter()
            .flatten()
            .map(|r| r.id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 25, "every hook on exactly one page");
        t.click(dom::PREVIOUS).await;
        t.wait_page(2).await;
        t.wait_rows("page 2 again", |r| r == page2.as_slice()).await;

        t.click(dom::PREVIOUS).await;
        t.wait_page(1).await;
        t.wait_rows("page 1 again", |r| r == page1.as_slice()).await;

        t.set_rows_per_page(25).await;
        t.wait_rows("= 25 on one page", |r| r.len() == 25).await;
        t.wait_page(1).await;
        t.eventually("Next to be disabled", || async {
            Ok(t.is_disabled(dom::NEXT).await.then_some(()))
        })
        .await;

        t.set_rows_per_page(10).await;
        t.wait_rows("= 10 again", |r| r.len() == 10).await;
        t.click(dom::NEXT).await;
        t.wait_page(2).await;
        let page2 = t
            .wait_rows("= 10 on page 2", |r| r.len() == 10 && r != page1.as_slice())
            .await;

        // Deleting reloads the same page (webitel/client `BaseTableStoreModuleMixin.js`): the
        // registry stays on page 2, a row of page 3 moving up into it...
        let gone = page2[0].id;
        t.click(&dom::in_row(gone, r#"button[aria-label="Delete"]"#))
            .await;
        t.confirm_delete(1, true).await;
        t.wait_rows("page 2 again, 10 rows, without the deleted one", |r| {
            r.len() == 10 && r.iter().all(|x| x.id != gone)
        })
        .await;
        t.wait_page(2).await;
        t.screenshot("page-2-after-a-delete").await;
        t.click(dom::NEXT).await;
        t.wait_page(3).await;
        t.wait_rows("= 4 on page 3", |r| r.len() == 4).await;
        assert!(
            t.is_disabled(dom::NEXT).await,
            "Next is disabled on the last page"
        );

        // ...and only a page that comes back empty above the first steps back one.
        t.click(dom::SELECT_ALL).await;
        t.click(r#"button[aria-label="Delete 4 selected items"]"#)
            .await;
        t.confirm_delete(4, true).await;
        t.wait_page(2).await;
        t.wait_rows("= 10 on page 2 after page 3 emptied", |r| r.len() == 10)
            .await;
        assert_eq!(t.sim_hooks(queue).len(), 20, "the sim has 20 hooks left");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_of_a_queue_is_one_call() {
    run("paging_one_call", launch_with_25(), |t| async move {
        let queue = queue_of_25(&t.sim);
        // The window opens on a queue of its own choice first: let that settle.
        t.wait_queues().await;
        t.calls_since(t.calls_mark().await).await;

        // Opening a queue: its first page, rows and their marks, in one answer.
        let mark = t.calls_mark().await;
        t.pick_queue(queue).await;
        let page1 = t.wait_rows("= 10 on page 1", |r| r.len() == 10).await;
        assert_eq!(t.calls_since(mark).await, ["list_hooks"]);

        // The next page: one call again.
        let mark = t.calls_mark().await;
        t.click(dom::NEXT).await;
        t.wait_page(2).await;
        t.wait_rows("= 10 other rows on page 2", |r| {
            r.len() == 10 && r.iter().all(|x| !page1.contains(x))
        })
        .await;
        assert_eq!(t.calls_since(mark).await, ["list_hooks"]);
    })
    .await;
}

/// The warning before a second enabled hook of one event weighs every hook of the queue, not
/// the page on screen: the enabled Offering hook is on page 2 while Add is used on page 1. The
/// modal's footer has Save and Close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_second_enabled_warning_sees_a_hook_on_another_page() {
    let launch = Launch::admin().seeded(|sim| {
        let queue = sim.queue_without_hooks().expect("a queue without hooks");
        sim.with_data(|d| {
            // Sorted by event, the ten disabled Answered hooks fill page 1.
            for flow in 101..=110 {
                d.add_hook(queue, "answered", flow, false);
            }
            d.add_hook(queue, "offering", 111, true);
        });
    });
    run("duplicate_on_page_2", launch, |t| async move {
        let queue = t
            .sim
            .snapshot()
            .queues
            .iter()
            .find(|q| q.hooks.len() == 11)
            .map(|q| q.id)
            .expect("the queue with 11 hooks");
        t.pick_queue(queue).await;
        t.wait_rows("page 1: the ten Answered hooks", |r| {
            r.len() == 10 && r.iter().all(|x| x.event == "answered")
        })
        .await;
        t.open_add().await;
        t.choose_event("offering").await;
        // The warning names the other hook, its flow and its state (events.rs follows its link).
        t.wait_text(&format!(
            "Offering → {} is enabled on this queue",
            t.flow_name(111)
        ))
        .await;
        t.screenshot("second-enabled-on-another-page").await;

        // Save then Close in the footer, as the admin's popup; Close leaves without saving.
        let footer = t
            .texts(&format!("{} footer button", dom::DIALOG))
            .await
            .expect("the modal's footer");
        assert_eq!(footer, ["Save", "Close"]);
        t.click(&format!(
            r#"{} footer button[data-modal-close="true"]"#,
            dom::DIALOG
        ))
        .await;
        t.wait_gone(dom::DIALOG).await;
        assert_eq!(t.sim_hooks(queue).len(), 11, "nothing saved");
    })
    .await;
}
