//! The window opens and says what it is.

use crate::support::{run, Launch};

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
