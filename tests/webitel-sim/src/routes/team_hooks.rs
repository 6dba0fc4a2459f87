//! `/call_center/teams/{team_id}/hooks`: the engine's team hooks (`TeamHookService`), by the
//! rules in `hook_collection`.

use super::hook_collection::{hook_handlers, Events, HookCollection, Owner, Unique};

/// Team hooks as webitel/engine stores them (store/sqlstore/cc_team_hook_store.go), in the table
/// `cc_team_events` of webitel/call_center's migration.
pub const TEAM_HOOKS: HookCollection = HookCollection {
    owner: Owner::Team,
    class: "cc_team",
    owner_param: "team_id",
    store: "sql_team_hook",
    // Create words its refusals as the team store does, not the team hook store.
    create_error: "store.sql_team.create.app_error",
    table: "cc_team_events",
    // The view `cc_team_events_list`.
    view_columns: &["id", "schema", "event", "enabled", "team_id", "schema_id"],
    unique: Unique::Flow,
    // `CREATE UNIQUE INDEX cc_team_events_team_id_schema_id_uindex ON call_center.cc_team_events
    // USING btree (team_id, schema_id)`: one hook per flow per team, enabled or not.
    unique_index: "cc_team_events_team_id_schema_id_uindex",
    // `cc_team_events_acr_routing_scheme_id_fk FOREIGN KEY (schema_id) REFERENCES
    // flow.acr_routing_scheme(id)`.
    schema_fk: "cc_team_events_acr_routing_scheme_id_fk",
    events: Events::TeamEnum,
    filters_by_event: false,
    // grpc_api/cc_team_hook.go, PatchTeamHook, reads `schema.id` alone.
    schema_fields: &["schema.id"],
};

hook_handlers!(TEAM_HOOKS);
