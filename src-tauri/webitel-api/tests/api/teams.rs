//! The team calls: teams, and the hooks of a team through the same hook handler as a queue's,
//! against the stand-in server's engine rules (webitel/engine store/sqlstore/cc_team_hook_store.go
//! and grpc_api/cc_team_hook.go, as the sim follows them).

use webitel_api::{
    AccessToken, ErrorKind, HookEvent, HookId, HookInput, HookPatch, HookQuery, QueueId, SchemaId,
    TeamId, TeamQuery,
};

use crate::support::{admin, canned, client_for, fake, signed_in, sim};

fn team_with_hooks(sim: &webitel_sim::SimServer) -> TeamId {
    TeamId(sim.team_with_hooks().expect("demo has a team with hooks"))
}

#[tokio::test]
async fn teams_list_and_read() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let page = client.teams().list(&TeamQuery::new()).await.unwrap();
    let names: Vec<&str> = page.items.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Sales", "Support", "Collections", "Retention"]);
    assert!(!page.next);
    let page = client
        .teams()
        .list(
            &TeamQuery::new()
                .q("*sup*")
                .fields(["id", "name"])
                .id(TeamId(2))
                .id(TeamId(3))
                .sort("-name")
                .page(1)
                .size(10),
        )
        .await
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(
        (page.items[0].id, page.items[0].strategy.as_str()),
        (TeamId(2), "")
    );
    let team = client.teams().get(TeamId(2)).await.unwrap();
    assert_eq!(
        (team.name.as_str(), team.strategy.is_empty()),
        ("Support", false)
    );
    let err = client.teams().get(TeamId(999)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    sim.shutdown().await;
}

#[tokio::test]
async fn team_hooks_list_create_replace_patch_and_delete() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let team = team_with_hooks(&sim);
    let hooks = client.team_hooks(team);
    let page = hooks.list(&HookQuery::new().sort("+id")).await.unwrap();
    assert!(page.items.len() >= 2);
    assert!(page.items.iter().all(|h| h.event == HookEvent::AgentStatus));
    let first = &page.items[0];
    assert_eq!(hooks.get(first.id).await.unwrap(), *first);

    let taken = first.schema.as_ref().unwrap().id;
    let free = SchemaId(115);
    let created = hooks
        .create(&HookInput::new(HookEvent::AgentStatus, free, true))
        .await
        .unwrap();
    assert_eq!(
        (created.event.clone(), created.enabled),
        (HookEvent::AgentStatus, true)
    );
    // One hook per flow per team, enabled or not.
    let refused = hooks
        .create(&HookInput::new(HookEvent::AgentStatus, taken, false))
        .await
        .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Rejected);
    let replaced = hooks
        .replace(
            created.id,
            &HookInput::new(HookEvent::AgentStatus, SchemaId(114), false),
        )
        .await
        .unwrap();
    assert_eq!(
        (replaced.schema.unwrap().id, replaced.enabled),
        (SchemaId(114), false)
    );
    let patched = hooks
        .patch(created.id, &HookPatch::new().enabled(true))
        .await
        .unwrap();
    assert!(patched.enabled);
    let patched = hooks
        .patch(created.id, &HookPatch::new().schema(free))
        .await
        .unwrap();
    assert_eq!((patched.schema.unwrap().id, patched.enabled), (free, true));
    let deleted = hooks.delete(created.id).await.unwrap();
    assert_eq!(deleted.id, created.id);
    let gone = hooks.get(created.id).await.unwrap_err();
    assert_eq!(gone.kind(), ErrorKind::NotFound);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_team_hook_refuses_a_queue_event_and_a_missing_team_refuses_a_create() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let team = team_with_hooks(&sim);
    // The event is an enum on the server: a queue's event is no value of it.
    let err = client
        .team_hooks(team)
        .create(&HookInput::new(HookEvent::Joined, SchemaId(115), true))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Rejected);
    let missing = client.team_hooks(TeamId(4242));
    assert!(missing
        .list(&HookQuery::new())
        .await
        .unwrap()
        .items
        .is_empty());
    let err = missing
        .create(&HookInput::new(HookEvent::AgentStatus, SchemaId(115), true))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_viewer_reads_team_hooks_and_may_not_change_them() {
    let sim = sim().await;
    let viewer = signed_in(&sim, "viewer").await;
    let team = team_with_hooks(&sim);
    let hooks = viewer.team_hooks(team);
    let page = hooks.list(&HookQuery::new()).await.unwrap();
    let err = hooks
        .patch(page.items[0].id, &HookPatch::new().enabled(false))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Forbidden);
    sim.shutdown().await;
}

/// The singular hook path is a queue's only: a team's hooks answered by a bare 404 are not
/// asked again elsewhere, and a queue's later calls stay on the plural path.
#[tokio::test]
async fn team_hooks_never_fall_back_to_a_singular_path() {
    let server = fake(vec![
        canned(404, ""),
        canned(200, r#"{"id":1,"event":"bridged","schema":{"id":"3"}}"#),
    ])
    .await;
    let client = client_for(&server.url()).with_token(AccessToken::new("t"));
    let err = client
        .team_hooks(TeamId(5))
        .list(&HookQuery::new())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    client.hooks(QueueId(5)).get(HookId(1)).await.unwrap();
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/api/call_center/teams/5/hooks",
            "/api/call_center/queues/5/hooks/1"
        ]
    );
}
