use webitel_hooks_model::commands::SearchFlowsArgs;

use crate::support::signed_in;

fn search(term: &str, page: u32) -> SearchFlowsArgs {
    SearchFlowsArgs {
        search: term.into(),
        page,
    }
}

#[tokio::test]
async fn the_picker_lists_only_service_and_default_flows_by_name() {
    let env = signed_in("admin").await;
    let page = env.registry.search_flows(search("", 1)).await.unwrap();
    // The demo has 12 service and 3 default flows among 23.
    assert_eq!((page.items.len(), page.next), (15, false));
    let names: Vec<&str> = page.items.iter().map(|f| f.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(!names.contains(&"Main IVR"));
    assert!(names.contains(&"Legacy hook router"));

    let cached = env.registry.store().flows().unwrap();
    assert_eq!(cached.len(), 15);
    assert!(cached
        .iter()
        .all(|c| c.flow_type == "service" || c.flow_type == "default"));
}

#[tokio::test]
async fn the_search_matches_part_of_the_name() {
    let env = signed_in("viewer").await;
    let page = env.registry.search_flows(search(" sms ", 1)).await.unwrap();
    let names: Vec<&str> = page.items.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["Post-call survey (SMS)", "Send SMS after missed call"]
    );
    let beyond = env.registry.search_flows(search("", 2)).await.unwrap();
    assert!(beyond.items.is_empty() && !beyond.next);
}
