//! The Settings dialog: "Keep running in the tray…" is saved at once and stays so, after the
//! dialog is reopened and after the app is; "Copy diagnostics" shows the app's version and
//! nothing secret.

use crate::support::offline as off;
use crate::support::{run, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_are_kept_and_diagnostics_hold_no_secret() {
    run("settings", Launch::admin(), |t| async move {
        t.wait_signed_in().await;
        t.open_settings().await;
        assert!(
            t.is_checked(off::KEEP_IN_TRAY).await,
            "Keep running in the tray is on by default"
        );
        t.set_checked(off::KEEP_IN_TRAY, false).await;
        t.screenshot("settings-dialog").await;
        t.close_settings().await;
        t.open_settings().await;
        assert!(
            !t.is_checked(off::KEEP_IN_TRAY).await,
            "Keep running in the tray stays off when the dialog is reopened"
        );

        t.button_in(
            "//div[@role='dialog' and @aria-label='Settings']",
            "Copy diagnostics",
        )
        .await
        .click()
        .await
        .unwrap();
        let text = t
            .eventually("the diagnostics text", || async {
                let v = t.wait_for(off::DIAGNOSTICS).await.prop("value").await?;
                Ok(v.filter(|v| !v.trim().is_empty()))
            })
            .await;
        t.wait_text_in(off::STATUS_TOAST, "Diagnostics copied")
            .await;
        let version = env!("CARGO_PKG_VERSION");
        assert!(
            text.contains(version),
            "the diagnostics name the app's version {version}:\n{text}"
        );
        for token in t.sim.issued_tokens() {
            assert!(
                !text.contains(&token),
                "a session token in the diagnostics:\n{text}"
            );
        }
        let lower = text.to_lowercase();
        assert!(
            !lower.contains("password: demo") && !lower.contains("password=demo"),
            "a password in the diagnostics:\n{text}"
        );
        t.screenshot("diagnostics").await;
        t.close_settings().await;

        // A restart reads the setting back.
        let t = t.relaunch(false).await;
        t.wait_signed_in().await;
        t.open_settings().await;
        assert!(
            !t.is_checked(off::KEEP_IN_TRAY).await,
            "Keep running in the tray stays off after a restart"
        );
        t.set_checked(off::KEEP_IN_TRAY, true).await;
        t.close_settings().await;
    })
    .await;
}
