//! A queue's registry against the stand-in server: its pages, the server's sort, what the
//! cache keeps of them, one hook re-read, the offline marks its rows carry, and rows the app
//! cannot read.

use webitel_hooks_core::{SyncOptions, SyncRunner};
use webitel_hooks_model::commands::{HookRef, ListHooksArgs};
use webitel_hooks_model::{
    ErrorCode, HookColumn, HookEvent, HookId, HookSort, PageSize, QueueId, SortDirection,
};

use crate::support::{signed_in, Env, SALES_EU};

/// "Survey Progressive (new)" has no hooks in the demo; it gets 25 disabled ones (disabled
/// duplicates are allowed), events in rotation, flows 101..=105.
async fn queue_with_25_hooks() -> (Env, QueueId) {
    let env = signed_in("admin").await;
    let queue = env.sim.queue_without_hooks().unwrap();
    env.sim.with_data(|data| {
        for i in 0..25_i64 {
            let event = webitel_sim::EVENTS[usize::try_from(i).unwrap() % 8];
            data.add_hook(queue, event, 101 + i % 5, false).unwrap();
        }
    });
    (env, QueueId(queue))
}

fn args(queue_id: QueueId, page: u32, size: i64, sort: Option<HookSort>) -> ListHooksArgs {
    ListHooksArgs {
        owner: queue_id.into(),
        page,
        size: PageSize::new(size),
        sort,
    }
}

fn sort(column: HookColumn, direction: SortDirection) -> Option<HookSort> {
    Some(HookSort { column, direction })
}

#[tokio::test]
async fn twenty_five_hooks_page_by_ten_and_the_third_page_is_the_last() {
    let (env, queue) = queue_with_25_hooks().await;
    let mut seen = Vec::new();
    for (page, expected, next) in [(1, 10, true), (2, 10, true), (3, 5, false)] {
        let got = env
            .registry
            .list_hooks(args(queue, page, 10, Some(HookSort::DEFAULT)))
            .await
            .unwrap();
        assert_eq!(
            (got.page, got.items.len(), got.next),
            (page, expected, next)
        );
        seen.extend(got.items.into_iter().map(|h| h.hook.id));
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 25, "the pages hold every hook once");
    // Every page was written through to the cache.
    assert_eq!(
        env.registry
            .store()
            .owner_hooks(queue.into())
            .unwrap()
            .len(),
        25
    );
    // A size outside 1..=1000 was already turned into 10 by the model.
    let fallback = env
        .registry
        .list_hooks(args(queue, 1, 5000, None))
        .await
        .unwrap();
    assert_eq!(fallback.items.len(), 10);
}

/// The engine orders by one column and nothing after it, and the stand-in server shuffles ties
/// on every request as the engine may: 25 hooks of one event, in pages of 10, by every order the
/// registry offers, still show each hook exactly once.
#[tokio::test]
async fn paging_through_tied_hooks_shows_each_exactly_once_in_every_order() {
    let env = signed_in("admin").await;
    let queue = env.sim.queue_without_hooks().unwrap();
    env.sim.with_data(|data| {
        for i in 0..25_i64 {
            data.add_hook(queue, "missed", 101 + i % 2, false).unwrap();
        }
    });
    let queue = QueueId(queue);
    let orders = [
        None,
        sort(HookColumn::Event, SortDirection::Ascending),
        sort(HookColumn::Event, SortDirection::Descending),
        sort(HookColumn::Flow, SortDirection::Ascending),
        sort(HookColumn::State, SortDirection::Descending),
    ];
    for order in orders {
        let mut seen = Vec::new();
        for page in 1..=3 {
            let got = env
                .registry
                .list_hooks(args(queue, page, 10, order))
                .await
                .unwrap();
            seen.extend(got.items.into_iter().map(|h| h.hook.id));
        }
        let all = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(
            (all, seen.len()),
            (25, 25),
            "order {order:?}: each hook once"
        );
    }
}

#[tokio::test]
async fn the_server_sorts_by_one_column_each_way() {
    let env = signed_in("admin").await;
    let list = |sort| env.registry.list_hooks(args(SALES_EU, 1, 10, sort));

    let events: Vec<String> = list(sort(HookColumn::Event, SortDirection::Ascending))
        .await
        .unwrap()
        .items
        .iter()
        .map(|h| h.hook.event.as_str().to_owned())
        .collect();
    let mut ascending = events.clone();
    ascending.sort();
    assert_eq!(events, ascending);
    let descending: Vec<String> = list(sort(HookColumn::Event, SortDirection::Descending))
        .await
        .unwrap()
        .items
        .iter()
        .map(|h| h.hook.event.as_str().to_owned())
        .collect();
    assert_eq!(descending.first().map(String::as_str), Some("processing"));
    assert_eq!(descending.last().map(String::as_str), Some("bridged"));

    let flows: Vec<String> = list(sort(HookColumn::Flow, SortDirection::Ascending))
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|h| h.hook.flow.name)
        .collect();
    let mut by_name = flows.clone();
    by_name.sort();
    assert_eq!(flows, by_name, "the flow column sorts by the flow's name");

    let states: Vec<bool> = list(sort(HookColumn::State, SortDirection::Descending))
        .await
        .unwrap()
        .items
        .iter()
        .map(|h| h.hook.enabled)
        .collect();
    assert_eq!(states, [true, true, true, true, true, false, false]);

    // No sort leaves the order to the server: event ascending.
    let unsorted = list(None).await.unwrap();
    assert_eq!(
        unsorted.items.first().unwrap().hook.event,
        HookEvent::Bridged
    );
}

#[tokio::test]
async fn the_cache_holds_what_was_listed_and_forgets_what_the_server_lost() {
    let env = signed_in("admin").await;
    let listed = env.all_hooks(SALES_EU).await;
    assert_eq!(listed.len(), 7);
    let cached = env.registry.store().owner_hooks(SALES_EU.into()).unwrap();
    assert_eq!(cached.len(), 7);
    let bridged = cached
        .iter()
        .find(|c| c.hook.event == HookEvent::Bridged)
        .unwrap();
    assert_eq!(bridged.hook.flow.name, "CRM: log call result");
    assert!(bridged.hook.enabled && bridged.synced_at > 0);
    let disabled = cached.iter().filter(|c| !c.hook.enabled).count();
    assert_eq!(disabled, 2);

    env.sim.with_data(|d| d.remove_hook(2)).unwrap();
    env.all_hooks(SALES_EU).await;
    let ids: Vec<i64> = env
        .registry
        .store()
        .owner_hooks(SALES_EU.into())
        .unwrap()
        .iter()
        .map(|c| c.hook.id.0)
        .collect();
    assert_eq!(ids.len(), 6);
    assert!(!ids.contains(&2));
}

#[tokio::test]
async fn a_hook_is_re_read_and_a_gone_one_says_so() {
    let env = signed_in("admin").await;
    let hook_ref = HookRef {
        owner: SALES_EU.into(),
        hook_id: HookId(4),
    };
    let hook = env.registry.get_hook(hook_ref.clone()).await.unwrap();
    assert_eq!(hook.event, HookEvent::Leaving);
    assert!(!hook.enabled);
    assert_eq!(hook.flow.id.0, 101);

    env.sim.with_data(|d| d.remove_hook(4)).unwrap();
    let err = env.registry.get_hook(hook_ref).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(
        err.to_string(),
        "This hook no longer exists on the server. Refresh to see the current list."
    );
    assert!(env
        .registry
        .store()
        .hook(SALES_EU.into(), HookId(4))
        .unwrap()
        .is_none());
}

#[tokio::test]
async fn a_queue_page_marks_the_hooks_whose_changes_wait_online_and_offline() {
    let env = signed_in("admin").await;
    // The window lists the queues first: the rows name their queue from that.
    env.registry
        .list_queues(webitel_hooks_model::commands::ListQueuesArgs::default())
        .await
        .unwrap();
    let enabled = env
        .all_hooks(SALES_EU)
        .await
        .into_iter()
        .find(|h| h.enabled)
        .unwrap();
    // Offline, the switch is kept in the outbox.
    crate::support::unreachable(&env.sim);
    env.registry
        .set_hook_enabled(crate::support::toggle(enabled.id.0, false))
        .await
        .unwrap();
    let page = || {
        env.registry.list_hooks(ListHooksArgs {
            owner: SALES_EU.into(),
            page: 1,
            size: PageSize::new(100),
            sort: Some(HookSort::DEFAULT),
        })
    };
    let marks = |rows: &[webitel_hooks_model::HookRow]| -> Vec<(HookId, bool, bool)> {
        rows.iter()
            .filter(|r| r.pending || r.conflict)
            .map(|r| (r.hook.id, r.pending, r.conflict))
            .collect()
    };

    // From the cache: the change shown applied, the row marked, the queue named.
    let offline = page().await.unwrap();
    assert_eq!(marks(&offline.items), [(enabled.id, true, false)]);
    let row = offline
        .items
        .iter()
        .find(|r| r.hook.id == enabled.id)
        .unwrap();
    assert!(!row.hook.enabled);
    assert_eq!(row.owner_name, "Sales Progressive EU");

    // Online, the change still waiting: the queue read again from the server, the page cut
    // from the cache as offline, so the row shows the change as made, marked, in the one
    // answer, while the server still has the hook as it was.
    crate::support::reachable(&env.sim);
    let online = page().await.unwrap();
    assert_eq!(marks(&online.items), [(enabled.id, true, false)]);
    let row = online
        .items
        .iter()
        .find(|r| r.hook.id == enabled.id)
        .unwrap();
    assert!(!row.hook.enabled, "the change as the user made it");
    let id = u32::try_from(enabled.id.0).unwrap();
    assert!(
        env.sim.snapshot().find_hook(id).unwrap().1.enabled,
        "the server has not taken the change yet"
    );
    assert!(online
        .items
        .iter()
        .all(|r| r.owner_name == "Sales Progressive EU"));
}

#[tokio::test]
async fn a_queue_page_marks_a_conflict_online_and_offline() {
    let (sim, registry, _dir) = crate::sync::signed_in_to(webitel_sim::DataSet::Demo).await;
    let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
    runner.full_sync().await.unwrap();
    // Switched off offline; meanwhile someone gives hook 1 another flow: the replay meets a
    // conflict, which waits for the user's choice.
    crate::support::unreachable(&sim);
    registry
        .set_hook_enabled(crate::support::toggle(1, false))
        .await
        .unwrap();
    crate::support::reachable(&sim);
    sim.with_data(|d| d.update_hook(1, |h| h.schema_id = 109));
    assert_eq!(runner.replay_outbox().await.unwrap().conflicts, 1);

    let page = || {
        registry.list_hooks(ListHooksArgs {
            owner: SALES_EU.into(),
            page: 1,
            size: PageSize::new(100),
            sort: None,
        })
    };
    let marked = |rows: &[webitel_hooks_model::HookRow]| -> Vec<(HookId, bool, bool)> {
        rows.iter()
            .filter(|r| r.pending || r.conflict)
            .map(|r| (r.hook.id, r.pending, r.conflict))
            .collect()
    };
    // From the server: the hook as the server has it, marked as waiting and in conflict.
    let online = page().await.unwrap();
    assert_eq!(marked(&online.items), [(HookId(1), true, true)]);
    // From the cache: the same marks.
    crate::support::unreachable(&sim);
    let offline = page().await.unwrap();
    assert_eq!(marked(&offline.items), [(HookId(1), true, true)]);
}

#[tokio::test]
async fn one_row_that_cannot_be_read_is_counted_and_shown_as_last_read() {
    let env = signed_in("admin").await;
    let all = env.all_hooks(SALES_EU).await;
    let bad = all[2].id;
    env.sim.set_knobs(webitel_sim::Knobs {
        garbled_hook: Some(u32::try_from(bad.0).unwrap()),
        ..webitel_sim::Knobs::default()
    });
    let page = env
        .registry
        .list_hooks(ListHooksArgs {
            owner: SALES_EU.into(),
            page: 1,
            size: PageSize::new(100),
            sort: Some(HookSort::DEFAULT),
        })
        .await
        .unwrap();
    // The page is cut from the cache, which keeps the unreadable hook as it was last read (a
    // complete read would drop what it lacks; not this one), and says one row could not be read.
    assert_eq!(page.items.len(), all.len());
    let shown = page
        .items
        .iter()
        .find(|r| r.hook.id == bad)
        .map(|r| &r.hook);
    assert_eq!(shown, Some(&all[2]));
    assert_eq!(page.skipped, 1);
    let cached = env.registry.store().hook(SALES_EU.into(), bad).unwrap();
    assert_eq!(cached.map(|c| c.hook), Some(all[2].clone()));
}

#[tokio::test]
async fn a_full_sync_counts_the_rows_it_could_not_read_and_keeps_their_cached_hooks() {
    let (sim, registry, _dir) = crate::sync::signed_in_to(webitel_sim::DataSet::Demo).await;
    let runner = webitel_hooks_core::SyncRunner::new(
        registry.clone(),
        webitel_hooks_core::SyncOptions::default(),
    );
    let mut runs = runner.runs();
    runner.sync_now().await;
    let cached = registry.store().owner_hooks(SALES_EU.into()).unwrap();
    let bad = cached[0].hook.clone();
    sim.set_knobs(webitel_sim::Knobs {
        garbled_hook: Some(u32::try_from(bad.id.0).unwrap()),
        ..webitel_sim::Knobs::default()
    });
    let status = runner.sync_now().await;
    assert_eq!(
        status.last_error, None,
        "one bad row is no failure of the run"
    );
    let mut ended = None;
    while let Ok(event) = runs.try_recv() {
        if let webitel_hooks_model::SyncRun::Ended(outcome) = event {
            ended = Some(outcome);
        }
    }
    assert_eq!(ended.unwrap().skipped_hooks, 1);
    let kept = registry.store().hook(SALES_EU.into(), bad.id).unwrap();
    assert_eq!(kept.map(|c| c.hook), Some(bad));
}
