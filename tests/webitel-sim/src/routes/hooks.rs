//! `/call_center/queues/{queue_id}/hooks`: the engine's queue hooks (`QueueHookService`), by the
//! rules in `hook_collection`.

use super::hook_collection::{hook_handlers, Events, HookCollection, Owner, Unique};

/// Queue hooks as webitel/engine stores them (store/sqlstore/cc_queue_hook_store.go), in the
/// table `cc_queue_events` of webitel/call_center's migration.
pub const QUEUE_HOOKS: HookCollection = HookCollection {
    owner: Owner::Queue,
    class: "cc_queue",
    owner_param: "queue_id",
    store: "sql_queue_hook",
    create_error: "store.sql_queue_hook.create.app_error",
    table: "cc_queue_events",
    // The view `cc_queue_events_list`.
    view_columns: &["id", "schema", "event", "enabled", "queue_id", "schema_id"],
    unique: Unique::EnabledEvent,
    // `create unique index cc_queue_events_queue_id_event_uindex on call_center.cc_queue_events
    // (queue_id, event) where enabled`.
    unique_index: "cc_queue_events_queue_id_event_uindex",
    // Its foreign key to the flow schemas; the name follows the schema's `<table>_<target>_fk`.
    schema_fk: "cc_queue_events_acr_routing_scheme_id_fk",
    events: Events::Text,
    filters_by_event: true,
    // The engine's PATCH reads `schema.id`; the sim takes `schema` too, as it always has.
    schema_fields: &["schema", "schema.id"],
};

hook_handlers!(QUEUE_HOOKS);
