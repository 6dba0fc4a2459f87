//! JSON as the engine writes it (protojson through grpc-gateway): zero values left out, int64
//! as strings, uint32 / int32 as numbers; and lenient reading of int64 given either way.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::data::{Flow, FlowType, Hook, Named, Queue, SimData, Team};

/// An int64 written as a JSON string, as protojson does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Int64(pub i64);

impl Int64 {
    pub fn is_zero(&self) -> bool {
        self.0 == 0
    }
}

impl Serialize for Int64 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// Reads an int64 given as a number or as a string of digits.
pub fn de_opt_int64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    use serde::de::Error;
    match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("{n} is not an int64"))),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| D::Error::custom(format!("{s:?} is not an int64"))),
        Some(other) => Err(D::Error::custom(format!("{other} is not an int64"))),
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero_i32(n: &i32) -> bool {
    *n == 0
}

fn is_zero_u32(n: &u32) -> bool {
    *n == 0
}

#[derive(Serialize, Debug, Default)]
pub struct LookupOut {
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub id: Int64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl From<&Named> for LookupOut {
    fn from(n: &Named) -> Self {
        Self {
            id: Int64(n.id),
            name: n.name.clone(),
        }
    }
}

#[derive(Serialize, Debug)]
pub struct HookOut {
    #[serde(skip_serializing_if = "is_zero_u32")]
    pub id: u32,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub event: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<LookupOut>,
    #[serde(skip_serializing_if = "is_false")]
    pub enabled: bool,
}

impl HookOut {
    pub fn new(hook: &Hook, data: &SimData) -> Self {
        Self {
            id: hook.id,
            event: hook.event.clone(),
            schema: (hook.schema_id != 0).then(|| LookupOut {
                id: Int64(hook.schema_id),
                name: data.flow_name(hook.schema_id).to_string(),
            }),
            enabled: hook.enabled,
        }
    }
}

#[derive(Serialize, Debug)]
pub struct QueueOut {
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub id: Int64,
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub domain_id: Int64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "type", skip_serializing_if = "is_zero_i32")]
    pub queue_type: i32,
    #[serde(skip_serializing_if = "is_false")]
    pub enabled: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<LookupOut>,
    #[serde(skip_serializing_if = "is_zero_i32")]
    pub priority: i32,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub strategy: String,
    #[serde(skip_serializing_if = "is_false")]
    pub processing: bool,
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub created_at: Int64,
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub updated_at: Int64,
}

/// Names a queue list may ask for in `fields`.
pub const QUEUE_FIELDS: &[&str] = &[
    "id",
    "domain_id",
    "name",
    "type",
    "enabled",
    "description",
    "team",
    "priority",
    "strategy",
    "processing",
    "created_at",
    "updated_at",
];

impl QueueOut {
    pub fn new(q: &Queue) -> Self {
        Self {
            id: Int64(q.id),
            domain_id: Int64(crate::users::DOMAIN_ID),
            name: q.name.clone(),
            queue_type: q.queue_type,
            enabled: q.enabled,
            description: q.description.clone(),
            team: q.team.as_ref().map(LookupOut::from),
            priority: q.priority,
            strategy: q.strategy.clone(),
            processing: q.processing,
            created_at: Int64(q.created_at),
            updated_at: Int64(q.updated_at),
        }
    }
}

/// `engine.AgentTeam`, as much of it as the sim keeps.
#[derive(Serialize, Debug)]
pub struct TeamOut {
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub id: Int64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub strategy: String,
    #[serde(skip_serializing_if = "is_zero_i32")]
    pub max_no_answer: i32,
    #[serde(skip_serializing_if = "is_zero_i32")]
    pub wrap_up_time: i32,
    #[serde(skip_serializing_if = "is_zero_i32")]
    pub no_answer_delay_time: i32,
    #[serde(skip_serializing_if = "is_zero_i32")]
    pub call_timeout: i32,
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub updated_at: Int64,
}

/// Names a team list may ask for in `fields` (webitel/engine model/cc_team.go, `AllowFields`;
/// `admin` is the later name of `administrator`, and no sim team has one).
pub const TEAM_FIELDS: &[&str] = &[
    "id",
    "name",
    "description",
    "strategy",
    "max_no_answer",
    "wrap_up_time",
    "no_answer_delay_time",
    "call_timeout",
    "updated_at",
    "admin",
];

impl TeamOut {
    pub fn new(t: &Team) -> Self {
        Self {
            id: Int64(t.id),
            name: t.name.clone(),
            description: t.description.clone(),
            strategy: t.strategy.clone(),
            max_no_answer: t.max_no_answer,
            wrap_up_time: t.wrap_up_time,
            no_answer_delay_time: t.no_answer_delay_time,
            call_timeout: t.call_timeout,
            updated_at: Int64(t.updated_at),
        }
    }
}

#[derive(Serialize, Debug)]
pub struct FlowOut {
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub id: Int64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// `default` is the enum's zero value, so protojson leaves it out.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub flow_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub created_at: Int64,
    #[serde(skip_serializing_if = "Int64::is_zero")]
    pub updated_at: Int64,
    #[serde(skip_serializing_if = "is_false")]
    pub editor: bool,
}

pub const FLOW_FIELDS: &[&str] = &[
    "id",
    "name",
    "description",
    "type",
    "created_at",
    "updated_at",
    "editor",
];

impl FlowOut {
    pub fn new(f: &Flow) -> Self {
        Self {
            id: Int64(f.id),
            name: f.name.clone(),
            description: f.description.clone(),
            flow_type: (f.flow_type != FlowType::Default).then(|| f.flow_type.name()),
            created_at: Int64(f.created_at),
            updated_at: Int64(f.updated_at),
            editor: f.editor,
        }
    }
}

/// `{next, items}` with both left out when zero: an empty last page is `{}`.
pub fn list(items: Vec<Value>, next: bool) -> Value {
    let mut map = serde_json::Map::new();
    if next {
        map.insert("next".into(), Value::Bool(true));
    }
    if !items.is_empty() {
        map.insert("items".into(), Value::Array(items));
    }
    Value::Object(map)
}

pub fn to_value(v: &impl Serialize) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// `{id, name}` as a caller sends it; `id` as a number or a string.
#[derive(Deserialize, Debug, Default)]
pub struct LookupIn {
    #[serde(default, deserialize_with = "de_opt_int64")]
    pub id: Option<i64>,
}

/// The body of create, PUT and PATCH on a hook; `properties` and unknown keys are ignored.
/// `event` is kept as sent: a queue hook's is a string, a team hook's an enum, each read by its
/// collection's rule.
#[derive(Deserialize, Debug, Default)]
pub struct HookIn {
    #[serde(default)]
    pub event: Option<Value>,
    #[serde(default)]
    pub schema: Option<LookupIn>,
    #[serde(default)]
    pub enabled: Option<bool>,
    #[serde(default)]
    pub fields: Option<Vec<String>>,
}
