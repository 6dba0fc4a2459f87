//! The change journal in the window, over the demo data: three enabled hooks of Sales
//! Progressive EU disabled at once from the queue's registry are listed in the Journal tab, each
//! with the hook before and after; "Undo all 3" enables them again on the server; an undo of a
//! hook changed on the server since (in the sim's data, behind the app's back) is refused with a
//! sentence naming what differs, and nothing is sent; the entries are exported to CSV through the
//! native Save dialog (the GTK file chooser, answered as a user does: `xdotool` types the path
//! and Enter).

use crate::support::dom;
use crate::support::file_dialog::{self, FileDialog};
use crate::support::offline as off;
use crate::support::{run, Ctx, Launch};

const JOURNAL_TAB: &str = r#"nav[role="tablist"] button[role="tab"][data-main-tab="journal"]"#;
const HOOKS_TAB: &str = r#"nav[role="tablist"] button[role="tab"][data-main-tab="hooks"]"#;
const TABLE: &str = r#"section[aria-label="Journal"] table[aria-label="Change journal"]"#;
const EXPORT: &str = r#"button[data-journal="export"]"#;
/// Sales Progressive EU's enabled offering (flow 104), bridged (101) and missed (102).
const HOOKS: [u32; 3] = [1, 2, 3];

fn rows() -> String {
    format!("{TABLE} tr[data-entry-id]")
}

fn enabled_on_server(t: &Ctx, id: u32) -> bool {
    t.sim.snapshot().find_hook(id).expect("the hook").1.enabled
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bulk_disable_is_journaled_undone_and_an_undo_of_a_hook_changed_since_is_refused() {
    run("journal", Launch::admin(), |t| async move {
        t.wait_queues().await;
        t.wait_synced().await;
        let before = t.sim.snapshot();
        t.pick_queue(1).await;
        t.wait_for(dom::TABLE_IDLE).await;
        for id in HOOKS {
            t.click(&dom::in_row(
                id,
                r#"input[type="checkbox"][aria-label="Select"]"#,
            ))
            .await;
        }
        let disable = r#"button[aria-label="Disable 3 selected hooks"]"#;
        t.wait_for(disable).await;
        t.click(disable).await;
        t.wait_text_in(off::STATUS_TOAST, "3 hooks disabled.").await;
        for id in HOOKS {
            assert!(
                !enabled_on_server(&t, id),
                "hook {id} disabled on the server"
            );
        }

        // The journal lists each change, with the hook before and after, as one batch.
        t.click(JOURNAL_TAB).await;
        t.wait_count(&rows(), 3).await;
        t.wait_text_in(
            r#"section[aria-label="Journal"]"#,
            "3 changes made from this desktop",
        )
        .await;
        for id in HOOKS {
            let hook = before.find_hook(id).unwrap().1.clone();
            let row = format!(r#"{TABLE} tr[data-hook-id="{id}"][data-queue-id="1"]"#);
            let flow = before.flow_name(hook.schema_id).to_owned();
            let event = dom::label(&hook.event);
            let cell = |css: &str| format!("{row} {css}");
            let before_text = t.wait_text_in(&cell(".journal-before"), &flow).await;
            assert_eq!(before_text, format!("{event} → {flow}, enabled"));
            let after_text = t.wait_text_in(&cell(".journal-after"), &flow).await;
            assert_eq!(after_text, format!("{event} → {flow}, disabled"));
            t.wait_text_in(&cell(".journal-what"), &format!("Disabled {event} hook"))
                .await;
            t.wait_text_in(&cell(".journal-where"), "Sales Progressive EU")
                .await;
            t.wait_text_in(&cell(".journal-where"), "from the window")
                .await;
            t.wait_text_in(&cell(".journal-who"), "127.0.0.1").await;
            t.wait_text_in(&cell(".journal-outcome"), "Taken").await;
            t.wait_for(&format!(
                r#"{row}[data-action="disabled"][data-origin="window"][data-outcome="taken"]"#
            ))
            .await;
        }
        let batches = t
            .js(
                r#"return Array.from(document.querySelectorAll(arguments[0]))
                     .map(tr => tr.getAttribute('data-batch'));"#,
                vec![serde_json::Value::from(rows())],
            )
            .await
            .expect("reading the batches");
        let batches: Vec<&str> = batches
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|b| b.as_str())
            .collect();
        assert!(
            batches.iter().all(|b| *b == batches[0]),
            "one batch: {batches:?}"
        );
        t.screenshot("journal").await;

        // Undo of the whole bulk disable: the server has the three enabled again.
        let undo_all = format!(r#"{TABLE} button[data-undo="batch"]"#);
        t.wait_count(&undo_all, 1).await;
        t.wait_text_in(&undo_all, "Undo all 3").await;
        t.click(&undo_all).await;
        t.wait_text_in(off::STATUS_TOAST, "3 changes undone.").await;
        for id in HOOKS {
            assert!(enabled_on_server(&t, id), "hook {id} enabled again");
        }
        t.wait_count(&rows(), 6).await;
        t.wait_count(
            &format!(r#"{TABLE} tr[data-origin="undo"][data-action="enabled"]"#),
            3,
        )
        .await;
        t.wait_count(&format!(r#"{TABLE} tr[data-undone="true"]"#), 3)
            .await;
        // Those undone offer no undo any more.
        t.wait_count(
            &format!(r#"{TABLE} tr[data-undone="true"] button[data-undo="entry"]"#),
            0,
        )
        .await;

        // Someone changes the offering hook's flow on the server; undoing the undo that enabled
        // it would disable a hook that is not as the change left it: refused, nothing sent.
        let other_flow = 105;
        t.sim.with_data(|d| {
            let queue = d.queue_mut(1).expect("Sales EU");
            let hook = queue.hooks.iter_mut().find(|h| h.id == 1).expect("hook 1");
            hook.schema_id = other_flow;
        });
        let writes = |t: &Ctx| {
            t.sim
                .seen_requests()
                .iter()
                .filter(|r| r.method != "GET")
                .count()
        };
        let writes_before = writes(&t);
        let undo_one = format!(
            r#"{TABLE} tr[data-origin="undo"][data-hook-id="1"] button[data-undo="entry"]"#
        );
        t.click(&undo_one).await;
        let flow = t.flow_name(other_flow);
        let toast = t
            .wait_text_in(
                dom::ERROR_TOAST,
                "The hook changed on the server since this change",
            )
            .await;
        assert!(
            toast.contains(&format!("its flow is now {flow}")),
            "the toast names what differs: {toast}"
        );
        assert!(toast.contains("Nothing was undone"), "{toast}");
        t.screenshot("journal-undo-refused").await;
        let hook = t.sim.snapshot().find_hook(1).unwrap().1.clone();
        assert!(
            hook.enabled && hook.schema_id == other_flow,
            "the server's hook untouched"
        );
        assert_eq!(writes(&t), writes_before, "nothing but reads sent");
        t.wait_count(&rows(), 6).await;

        // The journal's entries to CSV, through the native Save dialog.
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("journal.csv");
        t.click(EXPORT).await;
        file_dialog::answer(FileDialog::Save, "Export the journal", &file).await;
        t.wait_text_in(off::STATUS_TOAST, "6 journal entries saved to")
            .await;
        let text = std::fs::read_to_string(&file).expect("the CSV file");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 7, "{text}");
        assert!(lines[0].starts_with("when (UTC),server,user,origin,"));
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.contains(",undo,queue,1,"))
                .count(),
            3
        );

        // Back to the Hooks tab: the queue's registry is as it was left.
        t.click(HOOKS_TAB).await;
        t.wait_for(dom::TABLE_IDLE).await;
        t.wait_for(&dom::row(1)).await;
    })
    .await;
}
