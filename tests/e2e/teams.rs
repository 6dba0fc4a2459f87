//! A team's hooks in the window, as a queue's: the Teams tab of the picker, the team's registry
//! with its one event (Agent status), add, switch, edit and delete reaching the server, the
//! one-hook-per-flow rule said before saving, and a switch made offline sent once the server is
//! back. Demo team 1 "Sales": hooks 1 (flow 104, on), 2 (flow 112, on), 3 (flow 107, off); its
//! ids are those of queue 1's first hooks too, in a table of their own.

use crate::support::{dom, run, Ctx, Launch};

const TEAM: i64 = 1;
const TEAMS_TAB: &str = r#"div[role="tablist"] button[role="tab"][data-tab="teams"]"#;

fn team_hook(t: &Ctx, id: u32) -> Option<webitel_sim::Hook> {
    t.sim
        .snapshot()
        .teams
        .iter()
        .find(|team| team.id == TEAM)
        .and_then(|team| team.hooks.iter().find(|h| h.id == id).cloned())
}

async fn pick_team(t: &Ctx, id: i64) {
    t.wait_queues().await;
    t.click(TEAMS_TAB).await;
    t.wait_for(&format!(r#"{TEAMS_TAB}[aria-selected="true"]"#))
        .await;
    let button = format!(r#"ul[aria-label="Teams"] button[data-team-id="{id}"]"#);
    t.click(&button).await;
    t.wait_for(&format!(r#"{button}[aria-current="true"]"#))
        .await;
    t.wait_text_in("h2", "Sales").await;
    t.wait_for(dom::TABLE_IDLE).await;
}

async fn eventually_on_server(t: &Ctx, what: &str, ok: impl Fn(&Ctx) -> bool) {
    t.eventually(what, || async { Ok(ok(t).then_some(())) })
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_teams_hooks_are_added_switched_edited_deleted_and_kept_offline() {
    run("team_hooks", Launch::admin(), |t| async move {
        pick_team(&t, TEAM).await;
        let rows = t.wait_rows("= 3", |r| r.len() == 3).await;
        assert!(
            rows.iter().all(|r| r.text().contains("Agent status")),
            "{rows:?}"
        );
        t.wait_for(r#"[data-owner-kind="team"]"#).await;
        t.screenshot("team-registry").await;

        // Add: the team's one event is the only one offered, chosen already.
        t.open_add().await;
        let options = t
            .js(
                "return Array.from(document.querySelectorAll('div[role=\"dialog\"] select[aria-label=\"Event\"] option')).map(o => o.value);",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(options, serde_json::json!(["agent_status"]));
        t.choose_flow("HubSpot", 108).await;
        t.screenshot("team-add-modal").await;
        t.save().await;
        t.wait_rows("= 4", |r| r.len() == 4).await;
        eventually_on_server(&t, "the new hook on the server", |t| {
            t.sim.snapshot().teams[0]
                .hooks
                .iter()
                .any(|h| h.schema_id == 108 && h.enabled && h.event == "agent_status")
        })
        .await;

        // A flow the team already has a hook of is said before saving.
        t.open_add().await;
        t.choose_flow(&t.flow_name(104), 104).await;
        t.wait_for(r#"div[role="dialog"] [data-flow-taken="104"]"#)
            .await;
        let save = t.save_button().await;
        assert!(!save.is_enabled().await.unwrap(), "Save is disabled");
        t.screenshot("team-flow-taken").await;
        t.click(r#"div[role="dialog"] [data-modal-close]"#).await;
        t.wait_gone(dom::DIALOG).await;

        // Switch hook 3 on: a team may have several enabled agent_status hooks.
        t.click(&dom::switch_of(3)).await;
        eventually_on_server(&t, "hook 3 enabled on the server", |t| {
            team_hook(t, 3).is_some_and(|h| h.enabled)
        })
        .await;

        // Edit hook 1's flow.
        t.click(&dom::in_row(1, dom::EDIT_BUTTONS)).await;
        t.wait_text_in(&format!("{} h2", dom::DIALOG), "Edit hook")
            .await;
        t.choose_flow(&t.flow_name(105), 105).await;
        t.save().await;
        eventually_on_server(&t, "hook 1 on flow 105", |t| {
            team_hook(t, 1).is_some_and(|h| h.schema_id == 105)
        })
        .await;

        // Delete hook 2; queue 1's hook 2 stays.
        t.click(&dom::in_row(
            2,
            dom::DELETE_BUTTONS.rsplit(' ').next().unwrap(),
        ))
        .await;
        t.confirm_delete(1, true).await;
        eventually_on_server(&t, "hook 2 gone from the team", |t| {
            team_hook(t, 2).is_none()
        })
        .await;
        assert!(t.sim.snapshot().find_hook(2).is_some());

        // Offline: the switch waits, marked; back online, the sync sends it.
        t.sim.set_knobs(webitel_sim::Knobs {
            drop_rate: 1.0,
            ..webitel_sim::Knobs::default()
        });
        t.click(&dom::switch_of(1)).await;
        t.wait_for(&format!(r#"{}[data-pending="true"]"#, dom::row(1)))
            .await;
        assert!(team_hook(&t, 1).is_some_and(|h| h.enabled));
        t.screenshot("team-offline").await;
        t.sim.set_knobs(webitel_sim::Knobs::default());
        t.sync_now().await;
        eventually_on_server(&t, "the offline switch sent", |t| {
            team_hook(t, 1).is_some_and(|h| !h.enabled)
        })
        .await;
        t.wait_for(&format!(r#"{}[data-pending="false"]"#, dom::row(1)))
            .await;
    })
    .await;
}
