//! Export, import and "Copy to…" in the window. The native file dialogs are the real GTK file
//! chooser, answered as a user does: `xdotool` finds the dialog by its title, types the path
//! and presses Enter (Xvfb has no window manager, so the dialog is given the keyboard focus
//! first). The production code has no test-only path.
//!
//! Import: the demo's "Sales Progressive EU" (queue 1) exported, a second server profile added
//! (the staging set: the demo's names under other ids, without the flow "Send SMS after missed
//! call", its "Sales Progressive EU" being queue 301 with an enabled Offering → "Slack: notify
//! supervisor" and an enabled Bridged → "Salesforce: update lead status"), the file imported
//! there: the preview lists four creates, one created disabled (Bridged is enabled there), one
//! skip (Offering → Slack) and the unmatched flow; after Confirm, queue 301 has exactly the
//! expected hooks.
//!
//! Copy: three hooks of queue 1 (Bridged → CRM on, Missed → Zendesk on, Leaving → CRM off)
//! copied into "Survey Progressive (new)" (6, no hooks) and "Sales Progressive US" (2, whose
//! Bridged and Missed are enabled and which has Leaving → CRM): three creates in 6, two created
//! disabled in 2, one skip.
//!
//! Copy into another server profile: the staging set added as a second profile, the demo made
//! active again, the same three hooks copied into staging's "Survey Progressive (new)" (306, no
//! hooks) and "Sales Progressive EU" (301, Bridged → Salesforce enabled): six creates there, one
//! of them disabled, sent with staging's own session; the demo's server gets none.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use webitel_sim::{DataSet, SimData};

use crate::support::file_dialog::{self, FileDialog};
use crate::support::signin::{DEMO_PASSWORD, MENU_PROFILES};
use crate::support::{dom, run, Ctx, Launch};

const EXPORT: &str = r#"button[data-transfer="export"]"#;
const IMPORT: &str = r#"button[data-transfer="import"]"#;
const COPY: &str = r#"button[data-transfer="copy"]"#;
const CONFIRM: &str = r#"button[data-transfer="confirm"]"#;
const CLOSE: &str = r#"button[data-transfer="close"]"#;
const IMPORT_PREVIEW: &str = r#"div[role="dialog"][aria-label="Import preview"]"#;
const COPY_PREVIEW: &str = r#"div[role="dialog"][aria-label="Copy preview"]"#;
const COPY_DIALOG: &str = r#"div[role="dialog"][aria-label="Copy to queues"]"#;
const TARGET_SERVER: &str = r#"select[aria-label="Target server"]"#;
const REPORT: &str = r#"div[role="status"][aria-label="Report"]"#;
const SUCCESS_TOAST: &str = r#"div.toasts [role="status"]"#;

/// A queue's hooks on a sim as (event, flow name, enabled).
fn on_server(data: &SimData, queue: i64) -> BTreeSet<(String, String, bool)> {
    data.queue(queue)
        .map(|q| {
            q.hooks
                .iter()
                .map(|h| {
                    (
                        h.event.clone(),
                        data.flow_name(h.schema_id).to_owned(),
                        h.enabled,
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn hooks(list: &[(&str, &str, bool)]) -> BTreeSet<(String, String, bool)> {
    list.iter()
        .map(|(e, f, on)| ((*e).to_owned(), (*f).to_owned(), *on))
        .collect()
}

async fn wait_file(path: &Path) {
    let start = Instant::now();
    while !path.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{} was never written",
            path.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The preview's items of one list (`create`, `create-disabled`, `skip`, `unmatched`).
async fn items(t: &Ctx, dialog: &str, section: &str) -> Vec<String> {
    t.texts(&format!(r#"{dialog} section[data-section="{section}"] li"#))
        .await
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_queues_hooks_exported_and_imported_onto_a_second_server_with_other_ids() {
    run("transfer_import", Launch::admin(), |t| async move {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("sales-eu.json");
        t.pick_queue(1).await;
        t.click(EXPORT).await;
        file_dialog::answer(FileDialog::Save, "Export hooks", &file).await;
        wait_file(&file).await;
        t.wait_text_in(SUCCESS_TOAST, "7 hooks exported to sales-eu.json.")
            .await;
        let written: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(written["format"], "webitel-hooks-export");
        assert_eq!(written["hooks"].as_array().map(Vec::len), Some(7));

        // The second server: a profile of its own, signed in from the window.
        let staging = t.another_sim_of(DataSet::Staging).await;
        t.choose_menu("Add server…").await;
        t.sign_in(&staging.base_url(), "admin@demo", DEMO_PASSWORD, false)
            .await;
        t.wait_signed_in().await;
        t.wait_for(r#"button[data-queue-id="301"]"#).await;
        t.click(r#"button[data-queue-id="301"]"#).await;
        t.wait_for(r#"button[data-queue-id="301"][aria-current="true"]"#)
            .await;
        t.wait_for(dom::TABLE_IDLE).await;

        t.click(IMPORT).await;
        file_dialog::answer(FileDialog::Open, "Import hooks", &file).await;
        t.wait_for(IMPORT_PREVIEW).await;
        t.wait_text_in(IMPORT_PREVIEW, "From sales-eu.json").await;
        let creates = items(&t, IMPORT_PREVIEW, "create").await;
        assert_eq!(creates.len(), 4, "{creates:?}");
        let disabled = items(&t, IMPORT_PREVIEW, "create-disabled").await;
        assert_eq!(disabled.len(), 1, "{disabled:?}");
        assert!(
            disabled[0].contains("Bridged → CRM: log call result")
                && disabled[0].contains("“Bridged → Salesforce: update lead status” is enabled"),
            "{disabled:?}"
        );
        let skipped = items(&t, IMPORT_PREVIEW, "skip").await;
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert!(skipped[0].contains("Offering → Slack: notify supervisor"));
        let unmatched = items(&t, IMPORT_PREVIEW, "unmatched").await;
        assert_eq!(unmatched.len(), 1, "{unmatched:?}");
        assert!(
            unmatched[0]
                .contains("No flow schema named “Send SMS after missed call” on this server."),
            "{unmatched:?}"
        );
        // Nothing is sent before Confirm.
        assert_eq!(on_server(&staging.snapshot(), 301).len(), 2);
        t.screenshot("import-preview").await;

        t.click(CONFIRM).await;
        t.wait_text_in(REPORT, "5 hooks created.").await;
        t.screenshot("import-report").await;
        assert_eq!(
            on_server(&staging.snapshot(), 301),
            hooks(&[
                ("offering", "Slack: notify supervisor", true),
                ("bridged", "Salesforce: update lead status", true),
                ("bridged", "CRM: log call result", false),
                ("missed", "Zendesk ticket on missed call", true),
                ("leaving", "CRM: log call result", false),
                ("leaving", "Default: member leaving cleanup", true),
                ("processing", "Post-processing form: sales", true),
            ])
        );
        t.wait_for(r#"div.transfer-dialog[aria-label="Import report"]"#)
            .await;
        t.click(CLOSE).await;
        t.wait_gone("div.transfer-dialog").await;
        // The registry shows what was created.
        t.eventually("the seven rows of queue 301", || async {
            Ok((t
                .count(r#"table[aria-label="Hooks"] tr[data-hook-id]"#)
                .await
                == 7)
                .then_some(()))
        })
        .await;
        // The first server is as it was.
        assert_eq!(on_server(&t.sim.snapshot(), 1).len(), 7);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_hooks_copied_to_two_queues() {
    run("transfer_copy", Launch::admin(), |t| async move {
        t.pick_queue(1).await;
        for id in [2, 3, 4] {
            t.click(&dom::in_row(
                id,
                r#"input[type="checkbox"][aria-label="Select"]"#,
            ))
            .await;
        }
        t.wait_for(r#"button[data-transfer="copy"][aria-label="Copy 3 selected hooks to…"]"#)
            .await;
        t.screenshot("transfer-buttons").await;
        t.click(COPY).await;
        t.wait_for(COPY_DIALOG).await;
        t.wait_for(&format!(r#"{COPY_DIALOG} input[data-queue-id="6"]"#))
            .await;
        let search = format!(r#"{COPY_DIALOG} input[aria-label="Search target queues"]"#);
        t.type_into(&search, "progressive").await;
        t.eventually("only the Progressive queues listed", || async {
            let names = t.texts(&format!("{COPY_DIALOG} .copy-target-name")).await?;
            Ok((!names.is_empty()
                && names
                    .iter()
                    .all(|n| n.to_lowercase().contains("progressive")))
            .then_some(()))
        })
        .await;
        t.click(&format!(r#"{COPY_DIALOG} input[data-queue-id="6"]"#))
            .await;
        t.click(&format!(r#"{COPY_DIALOG} input[data-queue-id="2"]"#))
            .await;
        t.wait_text_in(COPY_DIALOG, "2 queues chosen").await;
        t.screenshot("copy-dialog").await;
        t.click(r#"button[data-copy="preview"]"#).await;

        t.wait_for(COPY_PREVIEW).await;
        let creates = items(&t, COPY_PREVIEW, "create").await;
        assert_eq!(creates.len(), 3, "{creates:?}");
        assert!(creates
            .iter()
            .all(|c| c.contains("Survey Progressive (new)")));
        let disabled = items(&t, COPY_PREVIEW, "create-disabled").await;
        assert_eq!(disabled.len(), 2, "{disabled:?}");
        assert!(disabled.iter().all(|c| c.contains("Sales Progressive US")));
        assert_eq!(items(&t, COPY_PREVIEW, "skip").await.len(), 1);
        t.screenshot("copy-preview").await;
        t.click(CONFIRM).await;
        t.wait_text_in(REPORT, "5 hooks created.").await;
        let data = t.sim.snapshot();
        assert_eq!(
            on_server(&data, 6),
            hooks(&[
                ("bridged", "CRM: log call result", true),
                ("missed", "Zendesk ticket on missed call", true),
                ("leaving", "CRM: log call result", false),
            ])
        );
        assert_eq!(
            on_server(&data, 2),
            hooks(&[
                ("bridged", "Salesforce: update lead status", true),
                ("missed", "Send SMS after missed call", true),
                ("leaving", "CRM: log call result", true),
                ("bridged", "HubSpot: create follow-up task", false),
                ("bridged", "CRM: log call result", false),
                ("missed", "Zendesk ticket on missed call", false),
            ])
        );
        t.wait_for(r#"div.transfer-dialog[aria-label="Copy report"]"#)
            .await;
        t.click(CLOSE).await;
        t.wait_gone("div.transfer-dialog").await;

        // The journal lists each hook the copy created, as one batch, with nothing before and
        // the hook after.
        t.click(r#"nav[role="tablist"] button[data-main-tab="journal"]"#)
            .await;
        let copied = r#"table[aria-label="Change journal"] tr[data-origin="copy"][data-action="created"]"#;
        t.eventually("the copy's five creates in the journal", || async {
            Ok((t.count(copied).await == 5).then_some(()))
        })
        .await;
        let befores = t.texts(&format!("{copied} .journal-before")).await.unwrap();
        assert!(befores.iter().all(|b| b == "(none)"), "{befores:?}");
        let afters = t.texts(&format!("{copied} .journal-after")).await.unwrap();
        assert_eq!(afters.len(), 5, "{afters:?}");
        for (event, flow) in [("Bridged", "CRM: log call result"), ("Missed", "Zendesk ticket on missed call")] {
            assert!(
                afters.iter().any(|a| a.contains(event) && a.contains(flow)),
                "{event} → {flow} in {afters:?}"
            );
        }
        let batches: BTreeSet<String> = t
            .js(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.dataset.batch);",
                vec![serde_json::json!(copied)],
            )
            .await
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(batches.len(), 1, "one copy, one batch: {batches:?}");
        t.screenshot("journal-after-copy").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_hooks_copied_into_queues_of_another_server_profile() {
    run("transfer_copy_profile", Launch::admin(), |t| async move {
        // The second server, signed in once from the window, then the first made active again.
        let staging = t.another_sim_of(DataSet::Staging).await;
        t.choose_menu("Add server…").await;
        t.sign_in(&staging.base_url(), "admin@demo", DEMO_PASSWORD, false)
            .await;
        t.wait_signed_in().await;
        t.wait_for(r#"button[data-queue-id="301"]"#).await;
        t.open_profiles().await;
        t.click(&format!(r#"{MENU_PROFILES}[aria-checked="false"]"#))
            .await;
        t.wait_for(r#"button[data-queue-id="1"]"#).await;
        t.pick_queue(1).await;
        for id in [2, 3, 4] {
            t.click(&dom::in_row(
                id,
                r#"input[type="checkbox"][aria-label="Select"]"#,
            ))
            .await;
        }
        t.click(COPY).await;
        t.wait_for(COPY_DIALOG).await;
        // The active profile first: this server's queues.
        t.wait_for(&format!(r#"{COPY_DIALOG} input[data-queue-id="6"]"#))
            .await;
        let server = t.wait_for(&format!("{COPY_DIALOG} {TARGET_SERVER}")).await;
        let options = t
            .texts(&format!("{COPY_DIALOG} {TARGET_SERVER} option"))
            .await
            .unwrap_or_default();
        assert_eq!(options.len(), 2, "{options:?}");
        assert!(options[0].ends_with("(this server)"), "{options:?}");
        server.select_by_index(1).await.unwrap();
        // Staging's own queues, by its ids.
        t.wait_for(&format!(r#"{COPY_DIALOG} input[data-queue-id="306"]"#))
            .await;
        assert_eq!(
            t.count(&format!(r#"{COPY_DIALOG} input[data-queue-id="6"]"#))
                .await,
            0
        );
        t.click(&format!(r#"{COPY_DIALOG} input[data-queue-id="306"]"#))
            .await;
        t.click(&format!(r#"{COPY_DIALOG} input[data-queue-id="301"]"#))
            .await;
        t.wait_text_in(COPY_DIALOG, "2 queues chosen").await;
        t.wait_for(&format!(
            r#"{COPY_DIALOG} input[data-queue-id="301"]:checked"#
        ))
        .await;
        t.screenshot("copy-to-another-server").await;
        t.click(r#"button[data-copy="preview"]"#).await;

        t.wait_for(COPY_PREVIEW).await;
        t.wait_text_in(COPY_PREVIEW, "Into the server profile")
            .await;
        let creates = items(&t, COPY_PREVIEW, "create").await;
        assert_eq!(creates.len(), 5, "{creates:?}");
        let disabled = items(&t, COPY_PREVIEW, "create-disabled").await;
        assert_eq!(disabled.len(), 1, "{disabled:?}");
        assert!(
            disabled[0].contains("“Bridged → Salesforce: update lead status” is enabled"),
            "{disabled:?}"
        );
        // Nothing is sent before Confirm.
        assert!(on_server(&staging.snapshot(), 306).is_empty());
        t.screenshot("copy-preview-another-server").await;
        t.click(CONFIRM).await;
        t.wait_text_in(REPORT, "6 hooks created.").await;
        let data = staging.snapshot();
        assert_eq!(
            on_server(&data, 306),
            hooks(&[
                ("bridged", "CRM: log call result", true),
                ("missed", "Zendesk ticket on missed call", true),
                ("leaving", "CRM: log call result", false),
            ])
        );
        assert_eq!(
            on_server(&data, 301),
            hooks(&[
                ("offering", "Slack: notify supervisor", true),
                ("bridged", "Salesforce: update lead status", true),
                ("bridged", "CRM: log call result", false),
                ("missed", "Zendesk ticket on missed call", true),
                ("leaving", "CRM: log call result", false),
            ])
        );
        // The first server got nothing, and stays the active one.
        let first = t.sim.snapshot();
        assert!(on_server(&first, 6).is_empty());
        assert_eq!(on_server(&first, 1).len(), 7);
        t.click(CLOSE).await;
        t.wait_gone("div.transfer-dialog").await;
        t.wait_for(r#"button[data-queue-id="1"][aria-current="true"]"#)
            .await;
    })
    .await;
}
