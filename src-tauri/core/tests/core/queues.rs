use webitel_hooks_model::commands::ListQueuesArgs;
use webitel_hooks_model::QueueType;

use webitel_sim::{DataSet, Knobs, SimConfig};

use crate::support::{self, signed_in};

#[tokio::test]
async fn queues_come_progressive_first_then_by_name_and_are_cached() {
    let env = signed_in("admin").await;
    let queues = env
        .registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 16);
    let progressive = queues
        .iter()
        .take_while(|q| q.queue_type == QueueType::Progressive)
        .count();
    assert_eq!(progressive, 6, "every Progressive Dialer queue comes first");
    let names: Vec<&str> = queues[..6].iter().map(|q| q.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Collections Progressive",
            "Renewals Progressive",
            "Sales Progressive EU",
            "Sales Progressive US",
            "Survey Progressive (new)",
            "Win-back Progressive"
        ]
    );
    let rest: Vec<String> = queues[6..].iter().map(|q| q.name.to_lowercase()).collect();
    let mut sorted = rest.clone();
    sorted.sort();
    assert_eq!(rest, sorted);
    let winback = queues
        .iter()
        .find(|q| q.name == "Win-back Progressive")
        .unwrap();
    assert!(!winback.enabled);
    assert_eq!(winback.team.as_deref(), Some("Retention"));

    let cached = env.registry.store().queues().unwrap();
    assert_eq!(
        cached.iter().map(|c| c.queue.clone()).collect::<Vec<_>>(),
        queues
    );
    assert!(cached.iter().all(|c| c.synced_at > 0));
}

#[tokio::test]
async fn search_and_type_filter_on_the_server() {
    let env = signed_in("viewer").await;
    let found = env
        .registry
        .list_queues(ListQueuesArgs {
            search: "sales".into(),
            queue_type: None,
        })
        .await
        .unwrap();
    let names: Vec<&str> = found.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(names, ["Sales Progressive EU", "Sales Progressive US"]);

    let inbound = env
        .registry
        .list_queues(ListQueuesArgs {
            search: String::new(),
            queue_type: Some(QueueType::Inbound),
        })
        .await
        .unwrap();
    assert_eq!(inbound.len(), 2);
    assert!(inbound.iter().all(|q| q.queue_type == QueueType::Inbound));
    // A filtered listing adds to the cache and removes nothing.
    assert_eq!(env.registry.store().queues().unwrap().len(), 4);
}

#[tokio::test]
async fn every_page_of_queues_is_read() {
    let sim = webitel_sim::spawn(
        "127.0.0.1:0".parse().unwrap(),
        SimConfig {
            data: DataSet::Large {
                queues: 250,
                hooks_per_queue: 1,
            },
            knobs: Knobs::default(),
        },
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let registry = support::registry(&dir);
    registry
        .sign_in(
            &sim.base_url(),
            &webitel_hooks_core::Credentials::new("admin@demo", "demo"),
        )
        .await
        .unwrap();
    let queues = registry
        .list_queues(ListQueuesArgs::default())
        .await
        .unwrap();
    assert_eq!(queues.len(), 250);
    assert_eq!(registry.store().queues().unwrap().len(), 250);
    let first_other = queues
        .iter()
        .position(|q| q.queue_type != webitel_hooks_model::QueueType::Progressive)
        .unwrap();
    assert!(queues[first_other..]
        .iter()
        .all(|q| q.queue_type != webitel_hooks_model::QueueType::Progressive));
}
