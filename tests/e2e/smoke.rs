//! The window opens and says what it is; the registry of a queue shows against the stand-in
//! server. `make deb-e2e` runs the second one against the app installed from the `.deb`
//! (`WEBITEL_HOOKS_APP=/usr/bin/webitel-hooks`).

use crate::support::{app_path, run, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_opens_and_shows_the_app_name() {
    run("window_opens", Launch::admin(), |t| async move {
        t.wait_text("Webitel Hooks").await;
        let title = t.c.title().await.unwrap_or_default();
        assert!(
            title.contains("Webitel Hooks") || t.page_text().await.contains("Webitel Hooks"),
            "window title {title:?}"
        );
    })
    .await;
}

/// The smoke test of an installed app: signed in at start, the Progressive queues first, and a
/// queue's hooks as the server has them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smoke_registry_shows_a_queues_hooks() {
    eprintln!("smoke test of {}", app_path().display());
    run("smoke_registry", Launch::admin(), |t| async move {
        t.wait_queues().await;
        let first = t
            .texts(crate::support::dom::QUEUE_BUTTONS)
            .await
            .unwrap_or_default();
        assert!(
            first
                .first()
                .is_some_and(|q| q.contains("Progressive Dialer")),
            "Progressive Dialer queues first: {first:?}"
        );
        let queue = t.sim.progressive_queue_id().expect("a Progressive queue");
        t.pick_queue(queue).await;
        let hooks = t.sim_hooks(queue);
        let want = hooks.len().min(10);
        let rows = t.wait_rows(&format!("= {want}"), |r| r.len() == want).await;
        for row in &rows {
            let hook = hooks
                .iter()
                .find(|h| h.id == row.id)
                .unwrap_or_else(|| panic!("row {} is not a hook of queue {queue}", row.id));
            assert_eq!(row.event, hook.event, "event of row {}", row.id);
            assert_eq!(
                row.switch_on,
                Some(hook.enabled),
                "switch of row {}",
                row.id
            );
            let flow = t.flow_name(hook.schema_id);
            assert!(row.text().contains(&flow), "row {} lacks {flow:?}", row.id);
        }
        t.screenshot("smoke-registry").await;
    })
    .await;
}
