//! One test per call of the API, on the demo data.

use std::time::{SystemTime, UNIX_EPOCH};

use webitel_api::{
    Credentials, ErrorKind, FlowType, HookEvent, HookInput, HookPatch, HookQuery, LoginOutcome,
    QueueQuery, QueueType, SchemaId, SchemaQuery,
};
use webitel_sim::totp::{code, OTP_USER_SECRET};

use crate::support::{admin, client, empty_queue, progressive, signed_in, sim, PASSWORD};

#[tokio::test]
async fn login_with_user_at_domain() {
    let sim = sim().await;
    let client = client(&sim);
    let outcome = client
        .auth()
        .login(&Credentials::new("admin@demo", PASSWORD))
        .await
        .unwrap();
    let LoginOutcome::Signed(session) = outcome else {
        panic!("admin has no second factor")
    };
    assert!(!session.token.expose_secret().is_empty());
    assert!(session.expires_in.is_some());
    client.set_token(session.token);
    assert_eq!(client.auth().userinfo().await.unwrap().username, "admin");
    sim.shutdown().await;
}

#[tokio::test]
async fn login_with_domain_as_its_own_field() {
    let sim = sim().await;
    let client = client(&sim);
    let credentials = Credentials::new("viewer", PASSWORD).domain("demo");
    let outcome = client.auth().login(&credentials).await.unwrap();
    assert!(matches!(outcome, LoginOutcome::Signed(_)));
    let wrong = Credentials::new("viewer@demo", "nope");
    let err = client.auth().login(&wrong).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
    assert!(!err.to_string().contains("nope"));
    sim.shutdown().await;
}

#[tokio::test]
async fn login_with_a_second_factor() {
    let sim = sim().await;
    let client = client(&sim);
    let outcome = client
        .auth()
        .login(&Credentials::new("otp@demo", PASSWORD))
        .await
        .unwrap();
    let LoginOutcome::SecondFactor { id } = outcome else {
        panic!("otp@demo must be asked for a second factor")
    };
    let wrong = client.auth().login_2fa(&id, "000000x").await.unwrap_err();
    assert_eq!(wrong.kind(), ErrorKind::Unauthenticated);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let session = client
        .auth()
        .login_2fa(&id, &code(OTP_USER_SECRET, now))
        .await
        .unwrap();
    client.set_token(session.token);
    assert_eq!(client.auth().userinfo().await.unwrap().username, "otp");
    sim.shutdown().await;
}

#[tokio::test]
async fn userinfo_and_permission_helpers() {
    let sim = sim().await;
    let info = admin(&sim).await.auth().userinfo().await.unwrap();
    assert_eq!(info.domain, "demo");
    assert!(info.user_id > 0);
    assert!(info.expires_at > 0);
    assert!(!info.roles.is_empty());
    assert!(info.can_read_hooks() && info.can_change_hooks() && info.can_read_flows());

    let viewer = signed_in(&sim, "viewer")
        .await
        .auth()
        .userinfo()
        .await
        .unwrap();
    assert!(viewer.can_read_hooks() && viewer.can_read_flows());
    assert!(!viewer.can_change_hooks());

    let noflows = signed_in(&sim, "noflows")
        .await
        .auth()
        .userinfo()
        .await
        .unwrap();
    assert!(noflows.can_change_hooks());
    assert!(!noflows.can_read_flows());
    sim.shutdown().await;
}

#[tokio::test]
async fn logout_then_the_token_is_refused() {
    let sim = sim().await;
    let client = admin(&sim).await;
    client.auth().logout().await.unwrap();
    let err = client.auth().userinfo().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
    assert_eq!(err.status(), Some(401));
    sim.shutdown().await;
}

#[tokio::test]
async fn queues_list_with_filters_paging_sort_and_fields() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let queues = client.queues();

    let all = queues.list(&QueueQuery::new().size(100)).await.unwrap();
    assert!(all.items.len() >= 12 && !all.next);

    let progressive = queues
        .list(
            &QueueQuery::new()
                .queue_type(QueueType::Progressive)
                .size(100),
        )
        .await
        .unwrap();
    assert!(progressive.items.len() >= 5);
    assert!(progressive
        .items
        .iter()
        .all(|q| q.queue_type == QueueType::Progressive));

    let first = queues
        .list(&QueueQuery::new().page(1).size(5).sort("+name"))
        .await
        .unwrap();
    let second = queues
        .list(&QueueQuery::new().page(2).size(5).sort("+name"))
        .await
        .unwrap();
    assert_eq!(first.items.len(), 5);
    assert!(first.next);
    assert!(first
        .items
        .iter()
        .all(|a| second.items.iter().all(|b| a.id != b.id)));
    let names: Vec<&str> = first.items.iter().map(|q| q.name.as_str()).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");

    let desc = queues
        .list(&QueueQuery::new().size(100).sort("-name"))
        .await
        .unwrap();
    let names: Vec<&str> = desc.items.iter().map(|q| q.name.as_str()).collect();
    assert!(names.windows(2).all(|w| w[0] >= w[1]), "{names:?}");

    let slim = queues
        .list(&QueueQuery::new().size(100).fields(["id", "name"]))
        .await
        .unwrap();
    assert!(slim.items.iter().all(|q| q.id.0 > 0 && !q.name.is_empty()));
    assert!(slim
        .items
        .iter()
        .all(|q| q.queue_type == QueueType::Offline && q.team.is_none()));

    let some = &all.items[0];
    let by_id = queues.list(&QueueQuery::new().id(some.id)).await.unwrap();
    assert_eq!(by_id.items.len(), 1);
    let term: String = some.name.chars().skip(1).take(3).collect();
    let by_q = queues
        .list(&QueueQuery::new().q(format!("*{term}*")))
        .await
        .unwrap();
    assert!(by_q.items.iter().any(|q| q.id == some.id));
    let enabled = queues
        .list(&QueueQuery::new().enabled(true).size(100))
        .await
        .unwrap();
    assert!(enabled.items.iter().all(|q| q.enabled));
    sim.shutdown().await;
}

#[tokio::test]
async fn queues_get_one() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let id = progressive(&sim);
    let queue = client.queues().get(id).await.unwrap();
    assert_eq!(queue.id, id);
    assert_eq!(queue.queue_type, QueueType::Progressive);
    assert!(queue.updated_at > 0);
    sim.shutdown().await;
}

#[tokio::test]
async fn schemas_list_with_types_and_q() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let all = client
        .schemas()
        .list(&SchemaQuery::new().size(100))
        .await
        .unwrap();
    assert!(all.items.len() >= 20);
    let for_hooks = client
        .schemas()
        .list(&SchemaQuery::for_hooks().size(100).sort("+name"))
        .await
        .unwrap();
    assert!(!for_hooks.items.is_empty());
    assert!(for_hooks.items.len() < all.items.len());
    assert!(for_hooks
        .items
        .iter()
        .all(|f| matches!(f.flow_type, FlowType::Service | FlowType::Default)));
    let name = &for_hooks.items[0].name;
    let term: String = name.chars().skip(1).take(4).collect();
    let found = client
        .schemas()
        .list(
            &SchemaQuery::for_hooks()
                .q(format!("*{term}*"))
                .fields(["id", "name", "type"]),
        )
        .await
        .unwrap();
    assert!(found.items.iter().any(|f| &f.name == name));
    assert!(found
        .items
        .iter()
        .all(|f| f.name.to_lowercase().contains(&term.to_lowercase())));
    sim.shutdown().await;
}

#[tokio::test]
async fn hooks_list_with_filters() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let hooks = client.hooks(progressive(&sim));
    let all = hooks.list(&HookQuery::new()).await.unwrap();
    assert!(!all.items.is_empty());
    let events: Vec<&str> = all.items.iter().map(|h| h.event.as_str()).collect();
    assert!(
        events.windows(2).all(|w| w[0] <= w[1]),
        "default sort is +event: {events:?}"
    );
    let first = &all.items[0];
    let by_event = hooks
        .list(&HookQuery::new().event(first.event.clone()))
        .await
        .unwrap();
    assert!(by_event.items.iter().all(|h| h.event == first.event));
    let schema = first.schema.as_ref().unwrap().id;
    let by_schema = hooks
        .list(&HookQuery::new().schema_id(schema))
        .await
        .unwrap();
    assert!(by_schema
        .items
        .iter()
        .all(|h| h.schema.as_ref().unwrap().id == schema));
    let by_id = hooks
        .list(&HookQuery::new().id(first.id).fields(["id", "event"]))
        .await
        .unwrap();
    assert_eq!(by_id.items.len(), 1);
    assert!(by_id.items[0].schema.is_none());
    let paged = hooks.list(&HookQuery::new().size(1)).await.unwrap();
    assert_eq!(paged.items.len(), 1);
    assert_eq!(paged.next, all.items.len() > 1);
    sim.shutdown().await;
}

#[tokio::test]
async fn hooks_create_get_replace_patch_delete() {
    let sim = sim().await;
    let client = admin(&sim).await;
    let flows = client
        .schemas()
        .list(&SchemaQuery::for_hooks().size(2))
        .await
        .unwrap();
    let (a, b): (SchemaId, SchemaId) = (flows.items[0].id, flows.items[1].id);
    let hooks = client.hooks(empty_queue(&sim));

    let created = hooks
        .create(&HookInput::new(HookEvent::Leaving, a, true))
        .await
        .unwrap();
    assert_eq!(
        (created.event.clone(), created.enabled),
        (HookEvent::Leaving, true)
    );
    assert_eq!(created.schema.as_ref().unwrap().id, a);

    let read = hooks.get(created.id).await.unwrap();
    assert_eq!(read, created);

    let replaced = hooks
        .replace(created.id, &HookInput::new(HookEvent::Bridged, b, false))
        .await
        .unwrap();
    assert_eq!(
        (replaced.event.clone(), replaced.enabled),
        (HookEvent::Bridged, false)
    );
    assert_eq!(replaced.schema.as_ref().unwrap().id, b);

    let patched = hooks
        .patch(created.id, &HookPatch::new().enabled(true))
        .await
        .unwrap();
    assert!(patched.enabled);
    assert_eq!(
        patched.event,
        HookEvent::Bridged,
        "PATCH changes only what fields names"
    );
    assert_eq!(patched.schema.as_ref().unwrap().id, b);
    let patched = hooks
        .patch(
            created.id,
            &HookPatch::new().event(HookEvent::Missed).schema(a),
        )
        .await
        .unwrap();
    assert_eq!(
        (patched.event.clone(), patched.enabled),
        (HookEvent::Missed, true)
    );

    let deleted = hooks.delete(created.id).await.unwrap();
    assert_eq!(deleted, patched);
    let gone = hooks.get(created.id).await.unwrap_err();
    assert_eq!(gone.kind(), ErrorKind::NotFound);
    let empty = hooks
        .patch(created.id, &HookPatch::new())
        .await
        .unwrap_err();
    assert_eq!(empty.kind(), ErrorKind::InvalidInput);
    sim.shutdown().await;
}
