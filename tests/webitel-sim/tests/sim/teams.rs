//! Teams and team hooks, as webitel/engine answers them (each test names the file it follows).

use super::*;

fn team_hooks_path(team: i64) -> String {
    format!("/call_center/teams/{team}/hooks")
}

fn ids(body: &Value) -> Vec<u64> {
    items(body)
        .iter()
        .map(|h| h["id"].as_u64().unwrap())
        .collect()
}

/// grpc_api/cc_team.go (SearchAgentTeam), store/sqlstore/cc_team_store.go (GetAllPage: `q` on
/// name, description and strategy) and model/cc_team.go (default order `id`).
#[tokio::test]
async fn teams_list_as_the_engine_lists_agent_teams() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let (status, body) = get(&sim, &c, &t, "/call_center/teams").await;
    assert_eq!(status, StatusCode::OK);
    let teams = items(&body);
    let names: Vec<&str> = teams.iter().map(|t| t["name"].as_str().unwrap()).collect();
    // The names the queues' `team` lookups carry, in id order.
    assert_eq!(names, ["Sales", "Support", "Collections", "Retention"]);
    assert!(teams
        .iter()
        .all(|t| t["id"].is_string() && t["updated_at"].is_string()));
    // Zero values are left out: team 3 has no description, team 2 no wrap-up time.
    assert!(teams[2].get("description").is_none());
    assert!(teams[1].get("wrap_up_time").is_none());
    let (_, queue) = get(&sim, &c, &t, "/call_center/queues/1").await;
    assert_eq!(queue["team"]["id"], teams[0]["id"]);
    assert_eq!(queue["team"]["name"], teams[0]["name"]);

    let (_, body) = get(
        &sim,
        &c,
        &t,
        "/call_center/teams?q=*support*&fields=id&fields=name",
    )
    .await;
    assert_eq!(items(&body), [json!({"id": "2", "name": "Support"})]);
    // `q` matches the strategy too.
    let (_, body) = get(&sim, &c, &t, "/call_center/teams?q=top-down").await;
    assert_eq!(items(&body).len(), 1);
    let (_, body) = get(&sim, &c, &t, "/call_center/teams?id=4&id=2&sort=-id").await;
    let got: Vec<Value> = items(&body).into_iter().map(|t| t["id"].clone()).collect();
    assert_eq!(got, ["4", "2"]);
    let (_, body) = get(&sim, &c, &t, "/call_center/teams?size=3").await;
    assert_eq!((items(&body).len(), body["next"].clone()), (3, json!(true)));
    let (_, body) = get(&sim, &c, &t, "/call_center/teams?page=9").await;
    assert_eq!(body, json!({}));
    // A column the view does not have is the database's error (cc_team_store.go, GetAllPage).
    let (status, err) = get(&sim, &c, &t, "/call_center/teams?sort=colour").await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(err["id"], "store.sql_agent_team.get_all.app_error");
}

/// store/sqlstore/cc_team_store.go, Get: a missing team is the store's "no rows", code 404.
#[tokio::test]
async fn a_team_reads_by_id_and_a_missing_one_is_no_rows() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let (status, team) = get(&sim, &c, &t, "/call_center/teams/2").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (team["id"].clone(), team["name"].clone()),
        (json!("2"), json!("Support"))
    );
    let (status, err) = get(&sim, &c, &t, "/call_center/teams/777").await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(err["code"], 404);
    assert_eq!(err["id"], "store.sql_agent_team.get.app_error");
    assert_eq!(err["detail"], "Id=777, sql: no rows in result set");
}

/// grpc_api/cc_team_hook.go (toEngineTeamHook) and the Swagger's `engine.TeamHook`: a number
/// id, the event as the enum's name, a lookup schema with a string id, zero values left out.
#[tokio::test]
async fn team_hooks_list_in_the_queue_hooks_shape_with_agent_status() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let team = sim.team_with_hooks().unwrap();
    let (status, body) = get(&sim, &c, &t, &team_hooks_path(team)).await;
    assert_eq!(status, StatusCode::OK);
    let hooks = items(&body);
    assert!(hooks.len() >= 2);
    for h in &hooks {
        assert!(h["id"].is_u64(), "{h}");
        assert_eq!(h["event"], "agent_status");
        assert!(h["schema"]["id"].is_string() && h["schema"]["name"].is_string());
        assert!(h.get("enabled").is_none() || h["enabled"] == true);
    }
    assert!(hooks.iter().any(|h| h.get("enabled").is_none()));
    // Several enabled hooks of one event: the index is on the flow, not the event.
    assert!(hooks.iter().filter(|h| h["enabled"] == true).count() >= 2);
    let (_, body) = get(
        &sim,
        &c,
        &t,
        &format!("{}?fields=id", team_hooks_path(team)),
    )
    .await;
    assert!(items(&body)
        .iter()
        .all(|h| h.as_object().unwrap().len() == 1));
    // The team without hooks lists `{}`.
    let (_, body) = get(&sim, &c, &t, &team_hooks_path(4)).await;
    assert_eq!(body, json!({}));
}

/// store/sqlstore/cc_team_hook_store.go: GetAllPage filters with `exists (... cc_team ...)` and
/// never looks the team up; Create inserts under `where exists` on the team, and its "no rows"
/// is worded by the team store (`store.sql_team.create.app_error`, `event=%v, %v`).
#[tokio::test]
async fn a_missing_team_lists_no_hooks_and_refuses_a_create_with_no_rows() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let (status, body) = get(&sim, &c, &t, &team_hooks_path(4242)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({}));
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &team_hooks_path(4242),
        json!({"event": "agent_status", "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(err["code"], 404);
    assert_eq!(err["id"], "store.sql_team.create.app_error");
    assert_eq!(
        err["detail"],
        "event=agent_status, sql: no rows in result set"
    );
}

/// app/cc_team_hook.go: read, update, patch and delete each start with GetTeamHook, whose "no
/// rows" is `store.sql_team_hook.get.app_error`, `Id=%v, %v`, code 404 (cc_team_hook_store.go).
#[tokio::test]
async fn a_missing_team_hook_is_the_same_no_rows_for_all_four_calls() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let team = sim.team_with_hooks().unwrap();
    // A hook of another team is missing here too: every store call filters by team.
    let other = sim.with_data(|d| d.team(2).unwrap().hooks[0].id);
    for id in [987_654, other] {
        let url = format!("{}{}/{id}", sim.api_url(), team_hooks_path(team));
        for (method, body) in [
            (Method::GET, None),
            (
                Method::PUT,
                Some(json!({"event": "agent_status", "schema": {"id": "101"}})),
            ),
            (
                Method::PATCH,
                Some(json!({"fields": ["enabled"], "enabled": true})),
            ),
            (Method::DELETE, None),
        ] {
            let (status, err) = call(&c, method.clone(), url.clone(), Some(&t), body).await;
            assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{method} {id}");
            assert_eq!(err["code"], 404);
            assert_eq!(err["id"], "store.sql_team_hook.get.app_error");
            assert_eq!(
                err["detail"],
                format!("Id={id}, sql: no rows in result set")
            );
        }
    }
}

/// webitel/call_center's migration: `cc_team_events_team_id_schema_id_uindex` on
/// (team_id, schema_id); its violation in the store's words (cc_team_hook_store.go: Create
/// `event=%v, %v` as `store.sql_team.create.app_error`, Update bare).
#[tokio::test]
async fn one_hook_per_flow_per_team_enabled_or_not() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let team = sim.team_with_hooks().unwrap();
    let (taken, free_hook) = sim.with_data(|d| {
        let hooks = &d.team(team).unwrap().hooks;
        (hooks[0].schema_id, hooks[1].id)
    });
    let path = team_hooks_path(team);
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": "agent_status", "schema": {"id": taken.to_string()}, "enabled": false}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_team.create.app_error");
    assert_eq!(err["code"], 400);
    assert_eq!(
        err["detail"],
        "event=agent_status, pq: duplicate key value violates unique constraint \"cc_team_events_team_id_schema_id_uindex\""
    );
    // The same flow on another team is another key.
    let (status, _) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &team_hooks_path(4),
        json!({"event": "agent_status", "schema": {"id": taken}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::PATCH,
        &format!("{path}/{free_hook}"),
        json!({"fields": ["schema.id"], "schema": {"id": taken}}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_team_hook.update.app_error");
    assert_eq!(
        err["detail"],
        "pq: duplicate key value violates unique constraint \"cc_team_events_team_id_schema_id_uindex\""
    );
}

/// The foreign key `cc_team_events_acr_routing_scheme_id_fk` (webitel/call_center's migration):
/// a flow that does not exist, or none (a PUT without `schema` sends id 0).
#[tokio::test]
async fn a_flow_that_does_not_exist_is_the_foreign_key() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let team = sim.team_with_hooks().unwrap();
    let id = sim.with_data(|d| d.team(team).unwrap().hooks[0].id);
    let fk = "pq: insert or update on table \"cc_team_events\" violates foreign key constraint \"cc_team_events_acr_routing_scheme_id_fk\"";
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &team_hooks_path(team),
        json!({"event": "agent_status", "schema": {"id": "999999"}}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["detail"], format!("event=agent_status, {fk}"));
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::PUT,
        &format!("{}/{id}", team_hooks_path(team)),
        json!({"event": "agent_status", "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["id"], "store.sql_team_hook.update.app_error");
    assert_eq!(err["detail"], fk);
}

/// The event is the enum `engine.TeamHookEvent` (`teamHookEventUndefined`, `agent_status`): the
/// gateway refuses another name (400) and takes a value's number; the API stores the enum's
/// `String()` and answers through `TeamHookEvent_value` (grpc_api/cc_team_hook.go), so a hook
/// made without an event is stored as `teamHookEventUndefined` and answered without one. The
/// list parses `event` as that enum and then drops it (SearchTeamHook: `//Events: in.Event`).
#[tokio::test]
async fn the_event_is_an_enum_of_one_value() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let path = team_hooks_path(4);
    let (status, err) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": "joined", "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["code"], 400);
    let (status, by_number) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"event": 1, "schema": {"id": "101"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_number["event"], "agent_status");
    let (status, unnamed) = send(
        &sim,
        &c,
        &t,
        Method::POST,
        &path,
        json!({"schema": {"id": "102"}, "enabled": true}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(unnamed.get("event").is_none(), "{unnamed}");
    let unnamed_id = unnamed["id"].as_u64().unwrap();
    let stored = sim.with_data(|d| {
        d.team(4)
            .unwrap()
            .hooks
            .iter()
            .find(|h| u64::from(h.id) == unnamed_id)
            .unwrap()
            .event
            .clone()
    });
    assert_eq!(stored, "teamHookEventUndefined");
    // `q` matches the stored text.
    let (_, body) = get(&sim, &c, &t, &format!("{path}?q=teamHook*")).await;
    assert_eq!(ids(&body), [unnamed_id]);
    // `event` is parsed, then ignored.
    let (_, body) = get(&sim, &c, &t, &format!("{path}?event=agent_status")).await;
    assert_eq!(ids(&body).len(), 2);
    let (status, _) = get(&sim, &c, &t, &format!("{path}?event=joined")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// grpc_api/cc_team_hook.go, PatchTeamHook: only `schema.id`, `event` and `enabled` in `fields`
/// are read; `schema` is not one of them. model/cc_team_hook.go's Patch applies what was read,
/// and its IsValid checks nothing.
#[tokio::test]
async fn a_patch_reads_only_the_fields_named_and_schema_id_not_schema() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let team = sim.team_with_hooks().unwrap();
    let hook = sim.with_data(|d| d.team(team).unwrap().hooks[0].clone());
    let url = format!("{}/{}", team_hooks_path(team), hook.id);
    let (status, body) = send(
        &sim,
        &c,
        &t,
        Method::PATCH,
        &url,
        json!({"fields": ["enabled", "schema"], "enabled": !hook.enabled, "schema": {"id": "115"}}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["enabled"] == true, !hook.enabled);
    assert_eq!(body["schema"]["id"], hook.schema_id.to_string());
    assert_eq!(body["event"], "agent_status");
    let (_, body) = send(
        &sim,
        &c,
        &t,
        Method::PATCH,
        &url,
        json!({"fields": ["schema.id"], "schema": {"id": 115}, "enabled": hook.enabled}),
    )
    .await;
    assert_eq!(body["schema"]["id"], "115");
    assert_eq!(body["schema"]["name"], "Legacy hook router");
    assert_eq!(body["enabled"] == true, !hook.enabled);
    // `event` named with none sent is the enum's zero value, stored and answered as none.
    let (_, body) = send(
        &sim,
        &c,
        &t,
        Method::PATCH,
        &url,
        json!({"fields": ["event"]}),
    )
    .await;
    assert!(body.get("event").is_none(), "{body}");
}

/// The team hook controller (webitel/engine, SearchTeamHook ... DeleteTeamHook): `r` on
/// `cc_team` to read, `r` and `w` on it for every change; the queue's rights do not count.
#[tokio::test]
async fn team_hooks_need_the_rights_of_cc_team() {
    let (sim, c) = start().await;
    let team = sim.team_with_hooks().unwrap();
    let viewer = login(&sim, &c, "viewer@demo").await;
    let (status, _) = get(&sim, &c, &viewer, &team_hooks_path(team)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, err) = send(
        &sim,
        &c,
        &viewer,
        Method::POST,
        &team_hooks_path(4),
        json!({"event": "agent_status", "schema": {"id": "101"}}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(err["id"], "api.context.permissions.app_error");
    // All rights on queues, none on teams.
    let noflows = login(&sim, &c, "noflows@demo").await;
    for path in ["/call_center/teams".to_string(), team_hooks_path(team)] {
        let (status, _) = get(&sim, &c, &noflows, &path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
}

/// The list orders by the one column asked and nothing after it (model/cc_team_hook.go
/// `DefaultOrder` "+event"; store/sqlstore/list_query.go `GetOrderBy`): every team hook is
/// `agent_status`, so by default they all tie and come back in no promised order.
#[tokio::test]
async fn tied_team_hooks_come_back_in_no_promised_order_and_ids_in_one() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    sim.with_data(|d| {
        for schema_id in 101..=115 {
            d.add_team_hook(4, "agent_status", schema_id, schema_id % 2 == 0)
                .unwrap();
        }
    });
    let mut orders = std::collections::HashSet::new();
    for _ in 0..5 {
        let (_, body) = get(&sim, &c, &t, &format!("{}?size=100", team_hooks_path(4))).await;
        assert_eq!(ids(&body).len(), 15);
        orders.insert(ids(&body));
    }
    assert!(orders.len() > 1, "ties came back in one order five times");
    let (_, body) = get(&sim, &c, &t, &format!("{}?sort=-id", team_hooks_path(4))).await;
    assert!(ids(&body).windows(2).all(|w| w[0] > w[1]));
    let (status, err) = get(
        &sim,
        &c,
        &t,
        &format!("{}?sort=queue_id", team_hooks_path(4)),
    )
    .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(err["id"], "store.sql_team_hook.get_all.app_error");
}

/// Team hooks are their own table (`cc_team_events`) with their own ids: a team hook and a
/// queue hook may share an id, and a change of one leaves the other, and the queue's
/// `updated_at`, alone.
#[tokio::test]
async fn team_hooks_and_queue_hooks_are_separate_tables() {
    let (sim, c) = start().await;
    let t = login(&sim, &c, "admin@demo").await;
    let team = sim.team_with_hooks().unwrap();
    let id = sim.with_data(|d| d.team(team).unwrap().hooks[0].id);
    let (queue, queue_updated) = sim.with_data(|d| {
        let (queue, _) = d.find_hook(id).unwrap();
        (queue, d.queue(queue).unwrap().updated_at)
    });
    let (status, gone) = call(
        &c,
        Method::DELETE,
        format!("{}{}/{id}", sim.api_url(), team_hooks_path(team)),
        Some(&t),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(gone["id"], id);
    assert!(sim.with_data(|d| d.find_hook(id).is_some()));
    assert_eq!(
        sim.with_data(|d| d.queue(queue).unwrap().updated_at),
        queue_updated
    );
    let (status, _) = get(&sim, &c, &t, &format!("{}/{id}", hooks_path(queue))).await;
    assert_eq!(status, StatusCode::OK);
}

/// The generated sets have teams too, deterministic: a team per twenty queues, each with two to
/// ten hooks on distinct flows.
#[test]
fn a_large_data_set_has_fifty_teams_and_hundreds_of_team_hooks() {
    let large = DataSet::Large {
        queues: 1000,
        hooks_per_queue: 10,
    };
    let data = large.build();
    assert_eq!(data.teams.len(), 50);
    assert_eq!(data.team_hook_count(), 290);
    for team in &data.teams {
        let mut flows: Vec<i64> = team.hooks.iter().map(|h| h.schema_id).collect();
        flows.sort_unstable();
        flows.dedup();
        assert_eq!(flows.len(), team.hooks.len(), "team {}", team.id);
        assert!(team
            .hooks
            .iter()
            .all(|h| h.event == "agent_status" && data.flow(h.schema_id).is_some()));
    }
    let again = large.build();
    let hooks = |d: &webitel_sim::SimData| -> Vec<(u32, i64, bool)> {
        d.teams
            .iter()
            .flat_map(|t| t.hooks.iter().map(|h| (h.id, h.schema_id, h.enabled)))
            .collect()
    };
    assert_eq!(hooks(&data), hooks(&again));
    assert_eq!(data.teams[0].name, "Sales");
    assert!(DataSet::Empty.build().teams.is_empty());
}
