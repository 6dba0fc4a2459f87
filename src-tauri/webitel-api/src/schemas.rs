//! Flow schemas (`RoutingSchemaService`): the flows a hook can start. Needs `r` on `schema`.

use std::fmt;

use reqwest::Method;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use webitel_hooks_model::SchemaId;

use crate::client::{Call, Client};
use crate::error::Result;
use crate::query::list_query_setters;
use crate::wire::{self, Page};

/// The kind of a flow, by its enum name. A `default` flow arrives without a `type` key; an
/// unknown name is kept as it came.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FlowType {
    #[default]
    Default,
    Voice,
    Chat,
    Processing,
    Service,
    Other(String),
}

impl FlowType {
    /// The two kinds that make sense for a hook (the official admin asks for exactly these).
    pub const FOR_HOOKS: [FlowType; 2] = [FlowType::Service, FlowType::Default];

    pub fn as_str(&self) -> &str {
        match self {
            FlowType::Default => "default",
            FlowType::Voice => "voice",
            FlowType::Chat => "chat",
            FlowType::Processing => "processing",
            FlowType::Service => "service",
            FlowType::Other(name) => name,
        }
    }

    pub fn parse(name: &str) -> FlowType {
        match name {
            "" | "default" => FlowType::Default,
            "voice" => FlowType::Voice,
            "chat" => FlowType::Chat,
            "processing" => FlowType::Processing,
            "service" => FlowType::Service,
            other => FlowType::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for FlowType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for FlowType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FlowType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(FlowType::parse(&wire::string(deserializer)?))
    }
}

/// A flow schema, without its body (the app never needs the flow itself).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct FlowSchema {
    #[serde(default = "no_schema", deserialize_with = "wire::int64")]
    pub id: SchemaId,
    #[serde(default, deserialize_with = "wire::string")]
    pub name: String,
    #[serde(default, deserialize_with = "wire::string")]
    pub description: String,
    #[serde(default, rename = "type")]
    pub flow_type: FlowType,
    #[serde(default, deserialize_with = "wire::boolean")]
    pub editor: bool,
    #[serde(default, deserialize_with = "wire::int64")]
    pub created_at: i64,
    #[serde(default, deserialize_with = "wire::int64")]
    pub updated_at: i64,
}

fn no_schema() -> SchemaId {
    SchemaId(0)
}

/// `GET /routing/schema` parameters. Empty lists and `None` are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SchemaQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    /// Matches `name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Default `-created_at`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub id: Vec<SchemaId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Repeated `type=<name>`.
    #[serde(rename = "type", skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<FlowType>,
}

impl SchemaQuery {
    pub fn new() -> Self {
        Self::default()
    }

    /// The flows a hook may start: `type=service&type=default`.
    pub fn for_hooks() -> Self {
        SchemaQuery {
            types: FlowType::FOR_HOOKS.to_vec(),
            ..Self::default()
        }
    }

    list_query_setters!();

    /// Adds a flow type to the filter (repeatable).
    pub fn flow_type(mut self, flow_type: FlowType) -> Self {
        self.types.push(flow_type);
        self
    }

    /// Adds a schema id to the filter (repeatable).
    pub fn id(mut self, id: SchemaId) -> Self {
        self.id.push(id);
        self
    }

    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
}

/// The flow calls.
#[derive(Debug)]
pub struct SchemaHandler<'c> {
    client: &'c Client,
}

impl Client {
    pub fn schemas(&self) -> SchemaHandler<'_> {
        SchemaHandler { client: self }
    }
}

impl SchemaHandler<'_> {
    /// `GET /routing/schema`: one page.
    pub async fn list(&self, query: &SchemaQuery) -> Result<Page<FlowSchema>> {
        let call = Call::new(Method::GET, "routing/schema").query(query)?;
        self.client.send(call).await
    }

    /// `GET /routing/schema/{id}` (the answer also holds the flow body, which is skipped).
    pub async fn get(&self, id: SchemaId) -> Result<FlowSchema> {
        self.client
            .send(Call::new(Method::GET, format!("routing/schema/{id}")))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::to_pairs;

    #[test]
    fn a_missing_type_is_default_and_unknown_names_survive() {
        let s: FlowSchema =
            serde_json::from_str(r#"{"id":"31","name":"Notify","schema":[{"x":1}]}"#).unwrap();
        assert_eq!((s.id, s.flow_type), (SchemaId(31), FlowType::Default));
        let s: FlowSchema = serde_json::from_str(r#"{"id":32,"type":"service"}"#).unwrap();
        assert_eq!(s.flow_type, FlowType::Service);
        let s: FlowSchema = serde_json::from_str(r#"{"id":"33","type":"robot"}"#).unwrap();
        assert_eq!(s.flow_type, FlowType::Other("robot".into()));
        assert_eq!(serde_json::to_string(&s.flow_type).unwrap(), r#""robot""#);
    }

    #[test]
    fn the_query_sends_type_names_repeated() {
        let pairs = to_pairs(&SchemaQuery::for_hooks().q("*crm*").size(20)).unwrap();
        let text: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(text, ["q=*crm*", "size=20", "type=service", "type=default"]);
    }
}
