//! The hooks of one queue (`QueueHookService`) or of one team (`TeamHookService`): the same
//! calls, bodies and answers on two collections, `/call_center/queues/{id}/hooks` and
//! `/call_center/teams/{id}/hooks`.
//!
//! What must hold:
//! - create and PUT always send `enabled` (without it the server stores `false`) and a schema id
//!   (PUT without one sends id 0 and fails on the foreign key);
//! - PATCH always sends `fields`, naming exactly what it changes (`event`, `schema.id`,
//!   `enabled`): the server changes only what `fields` names;
//! - an event this version does not know is read and written back unchanged;
//! - a team hook's event is an enum on the server: it refuses any name but `agent_status` (400),
//!   and a hook stored without one comes back without `event`;
//! - servers older than March 2021 only know the singular path `/call_center/queues/{id}/hook`
//!   (queues only: team hooks came later).
//!   When the plural list path answers 404 without an engine error body (the router does not know
//!   the path), the list is asked once more on the singular path; if that works the client keeps
//!   using the singular path for every hook call from then on.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use webitel_hooks_model::{HookEvent, HookId, HookOwner, QueueId, SchemaId, TeamId};

use crate::client::{Call, Client};
use crate::error::{Error, ErrorKind, Result};
use crate::query::list_query_setters;
use crate::wire::{self, IdRef, Page};

/// The flow a hook starts, `{id, name}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SchemaRef {
    #[serde(default = "no_schema", deserialize_with = "wire::int64")]
    pub id: SchemaId,
    #[serde(default, deserialize_with = "wire::string")]
    pub name: String,
}

fn no_schema() -> SchemaId {
    SchemaId(0)
}

fn no_hook() -> HookId {
    HookId(0)
}

fn no_event() -> HookEvent {
    HookEvent::Other(String::new())
}

/// A hook as the server returns it. A disabled hook has no `enabled` key; `schema` is `None`
/// only when `fields` left it out.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Hook {
    #[serde(default = "no_hook", deserialize_with = "wire::int64")]
    pub id: HookId,
    #[serde(default = "no_event")]
    pub event: HookEvent,
    #[serde(default)]
    pub schema: Option<SchemaRef>,
    #[serde(default, deserialize_with = "wire::boolean")]
    pub enabled: bool,
}

/// The body of create and PUT: every field, always.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookInput {
    pub event: HookEvent,
    pub schema: SchemaId,
    pub enabled: bool,
}

impl HookInput {
    pub fn new(event: HookEvent, schema: SchemaId, enabled: bool) -> Self {
        HookInput {
            event,
            schema,
            enabled,
        }
    }
}

impl Hook {
    /// The input that recreates this hook; `None` if `fields` left out its schema.
    pub fn to_input(&self) -> Option<HookInput> {
        let schema = self.schema.as_ref()?.id;
        Some(HookInput::new(self.event.clone(), schema, self.enabled))
    }
}

#[derive(Serialize)]
struct InputBody<'a> {
    event: &'a HookEvent,
    schema: IdRef,
    // Never skipped: a missing `enabled` is stored as false.
    enabled: bool,
}

impl<'a> From<&'a HookInput> for InputBody<'a> {
    fn from(input: &'a HookInput) -> Self {
        InputBody {
            event: &input.event,
            schema: IdRef::new(input.schema.0),
            enabled: input.enabled,
        }
    }
}

/// A partial change: only the fields set here are sent, and `fields` names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HookPatch {
    pub event: Option<HookEvent>,
    pub schema: Option<SchemaId>,
    pub enabled: Option<bool>,
}

impl HookPatch {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn event(mut self, event: HookEvent) -> Self {
        self.event = Some(event);
        self
    }

    pub fn schema(mut self, schema: SchemaId) -> Self {
        self.schema = Some(schema);
        self
    }

    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.event.is_none() && self.schema.is_none() && self.enabled.is_none()
    }

    /// The `fields` list the server reads, in a fixed order.
    pub fn fields(&self) -> Vec<&'static str> {
        let mut fields = Vec::new();
        if self.enabled.is_some() {
            fields.push("enabled");
        }
        if self.event.is_some() {
            fields.push("event");
        }
        if self.schema.is_some() {
            fields.push("schema.id");
        }
        fields
    }
}

#[derive(Serialize)]
struct PatchBody<'a> {
    fields: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<&'a HookEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema: Option<IdRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<bool>,
}

impl<'a> From<&'a HookPatch> for PatchBody<'a> {
    fn from(patch: &'a HookPatch) -> Self {
        PatchBody {
            fields: patch.fields(),
            event: patch.event.as_ref(),
            schema: patch.schema.map(|s| IdRef::new(s.0)),
            enabled: patch.enabled,
        }
    }
}

/// `GET .../hooks` parameters, of a queue's or a team's hooks. Empty lists and `None` are left
/// out. A team's list parses `event` but does not filter by it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct HookQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    /// Matches only `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// `id`, `schema`, `event`, `enabled`; default `+event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub id: Vec<HookId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schema_id: Vec<SchemaId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub event: Vec<HookEvent>,
}

impl HookQuery {
    pub fn new() -> Self {
        Self::default()
    }

    list_query_setters!();

    /// Adds a hook id to the filter (repeatable).
    pub fn id(mut self, id: HookId) -> Self {
        self.id.push(id);
        self
    }

    /// Adds a flow id to the filter (repeatable).
    pub fn schema_id(mut self, id: SchemaId) -> Self {
        self.schema_id.push(id);
        self
    }

    /// Adds an event to the filter (repeatable).
    pub fn event(mut self, event: HookEvent) -> Self {
        self.event.push(event);
        self
    }
}

/// The hook calls of one queue or of one team.
#[derive(Debug)]
pub struct HookHandler<'c> {
    client: &'c Client,
    owner: HookOwner,
}

impl Client {
    /// The hooks of a queue.
    pub fn hooks(&self, queue: QueueId) -> HookHandler<'_> {
        HookHandler {
            client: self,
            owner: HookOwner::Queue(queue),
        }
    }

    /// The hooks of a team (event `agent_status`).
    pub fn team_hooks(&self, team: TeamId) -> HookHandler<'_> {
        HookHandler {
            client: self,
            owner: HookOwner::Team(team),
        }
    }

    /// The hooks of a queue or of a team.
    pub fn hooks_of(&self, owner: HookOwner) -> HookHandler<'_> {
        HookHandler {
            client: self,
            owner,
        }
    }
}

impl HookHandler<'_> {
    fn collection(&self, legacy: bool) -> String {
        match self.owner {
            HookOwner::Queue(queue) => {
                let leaf = if legacy { "hook" } else { "hooks" };
                format!("call_center/queues/{queue}/{leaf}")
            }
            HookOwner::Team(team) => format!("call_center/teams/{team}/hooks"),
        }
    }

    /// Whether this collection is on the pre-2021 singular path: a queue's, once the server
    /// has shown it knows no other.
    fn uses_legacy_path(&self) -> bool {
        matches!(self.owner, HookOwner::Queue(_)) && self.client.uses_legacy_hook_path()
    }

    fn path(&self) -> String {
        self.collection(self.uses_legacy_path())
    }

    fn item(&self, id: HookId) -> String {
        format!("{}/{id}", self.path())
    }

    /// `GET .../hooks`: one page (an empty list arrives as `{}`). A queue's falls back once to
    /// the pre-2021 singular path, see the module notes.
    pub async fn list(&self, query: &HookQuery) -> Result<Page<Hook>> {
        let legacy = self.uses_legacy_path();
        let call = Call::new(Method::GET, self.collection(legacy)).query(query)?;
        match self.client.send(call).await {
            Err(err)
                if !legacy
                    && matches!(self.owner, HookOwner::Queue(_))
                    && is_unknown_path(&err) =>
            {
                tracing::debug!(owner = ?self.owner, "hooks path unknown, trying the singular path");
                let call = Call::new(Method::GET, self.collection(true)).query(query)?;
                let page = self.client.send(call).await?;
                self.client.remember_legacy_hook_path();
                Ok(page)
            }
            other => other,
        }
    }

    /// `GET .../hooks/{id}`.
    pub async fn get(&self, id: HookId) -> Result<Hook> {
        self.client
            .send(Call::new(Method::GET, self.item(id)))
            .await
    }

    /// `POST .../hooks`. Refused (Rejected) where the owner's unique index is in the way: a
    /// second enabled hook for the same event of a queue, a second hook on one flow of a team.
    pub async fn create(&self, input: &HookInput) -> Result<Hook> {
        let call = Call::new(Method::POST, self.path()).json(&InputBody::from(input))?;
        self.client.send(call).await
    }

    /// `PUT .../hooks/{id}`: replaces every field.
    pub async fn replace(&self, id: HookId, input: &HookInput) -> Result<Hook> {
        let call = Call::new(Method::PUT, self.item(id)).json(&InputBody::from(input))?;
        self.client.send(call).await
    }

    /// `PATCH .../hooks/{id}`: changes only what the patch sets. An empty patch is refused here
    /// (InvalidInput) rather than sent.
    pub async fn patch(&self, id: HookId, patch: &HookPatch) -> Result<Hook> {
        if patch.is_empty() {
            return Err(
                Error::new(ErrorKind::InvalidInput).with_message("the change names no field")
            );
        }
        let call = Call::new(Method::PATCH, self.item(id)).json(&PatchBody::from(patch))?;
        self.client.send(call).await
    }

    /// `DELETE .../hooks/{id}`: returns the hook as it was.
    pub async fn delete(&self, id: HookId) -> Result<Hook> {
        self.client
            .send(Call::new(Method::DELETE, self.item(id)))
            .await
    }
}

/// A 404 from a router that does not know the path, not the engine's "not found".
fn is_unknown_path(err: &Error) -> bool {
    err.status() == Some(404) && !err.has_engine_body()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disabled_hook_reads_without_enabled_and_with_a_string_schema_id() {
        let h: Hook = serde_json::from_str(
            r#"{"id":5,"event":"leaving","schema":{"id":"31","name":"Notify"}}"#,
        )
        .unwrap();
        assert_eq!(
            (h.id, h.event.clone(), h.enabled),
            (HookId(5), HookEvent::Leaving, false)
        );
        assert_eq!(h.schema.unwrap().id, SchemaId(31));
        let h: Hook =
            serde_json::from_str(r#"{"id":"6","event":"waiting","enabled":true}"#).unwrap();
        assert_eq!(
            (h.id, h.event, h.schema, h.enabled),
            (HookId(6), HookEvent::Other("waiting".into()), None, true)
        );
    }

    #[test]
    fn bodies_always_carry_enabled_and_patch_names_its_fields() {
        let body = serde_json::to_value(InputBody::from(&HookInput::new(
            HookEvent::Bridged,
            SchemaId(31),
            false,
        )))
        .unwrap();
        assert_eq!(
            body,
            serde_json::json!({"event":"bridged","schema":{"id":"31"},"enabled":false})
        );
        let patch = HookPatch::new().enabled(false);
        assert_eq!(
            serde_json::to_value(PatchBody::from(&patch)).unwrap(),
            serde_json::json!({"fields":["enabled"],"enabled":false})
        );
        let patch = HookPatch::new()
            .schema(SchemaId(9))
            .event(HookEvent::Other("x".into()))
            .enabled(true);
        assert_eq!(
            serde_json::to_value(PatchBody::from(&patch)).unwrap(),
            serde_json::json!({"fields":["enabled","event","schema.id"],"event":"x","schema":{"id":"9"},"enabled":true})
        );
        assert!(HookPatch::new().is_empty());
    }

    #[test]
    fn only_a_bare_404_counts_as_an_unknown_path() {
        assert!(is_unknown_path(&Error::from_response(404, None)));
        let engine =
            wire::ErrorBody::parse(br#"{"id":"store.sql_queue_hook.get.app_error","code":404}"#);
        assert!(!is_unknown_path(&Error::from_response(404, engine)));
        assert!(!is_unknown_path(&Error::from_response(500, None)));
    }
}
