//! Queues (`QueueService`): listing and reading only; this app never changes a queue.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use webitel_hooks_model::{QueueId, QueueType};

use crate::client::{Call, Client};
use crate::error::Result;
use crate::query::list_query_setters;
use crate::wire::{self, Lookup, Page};

/// A call-center queue, as much of it as the app shows. Fields left out by `fields` or as zero
/// values read as their zero value.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Queue {
    #[serde(default = "no_queue", deserialize_with = "wire::int64")]
    pub id: QueueId,
    #[serde(default, deserialize_with = "wire::string")]
    pub name: String,
    #[serde(default, deserialize_with = "wire::string")]
    pub description: String,
    /// A type-0 (Offline) queue arrives without the key.
    #[serde(default, rename = "type", deserialize_with = "wire::queue_type")]
    pub queue_type: QueueType,
    #[serde(default, deserialize_with = "wire::boolean")]
    pub enabled: bool,
    #[serde(default, deserialize_with = "wire::int64")]
    pub priority: i64,
    #[serde(default)]
    pub team: Option<Lookup>,
    /// The queue's own flow (not a hook's).
    #[serde(default)]
    pub schema: Option<Lookup>,
    /// Unix milliseconds; every hook change bumps it.
    #[serde(default, deserialize_with = "wire::int64")]
    pub updated_at: i64,
    #[serde(default, deserialize_with = "wire::int64")]
    pub created_at: i64,
}

fn no_queue() -> QueueId {
    QueueId(0)
}

/// `GET /call_center/queues` parameters. Empty lists and `None` are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QueueQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    /// Matches name or description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// Repeated `type=<code>`.
    #[serde(rename = "type", skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<QueueType>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub id: Vec<QueueId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl QueueQuery {
    pub fn new() -> Self {
        Self::default()
    }

    list_query_setters!();

    /// Adds a queue type to the filter (repeatable).
    pub fn queue_type(mut self, queue_type: QueueType) -> Self {
        self.types.push(queue_type);
        self
    }

    /// Adds a queue id to the filter (repeatable).
    pub fn id(mut self, id: QueueId) -> Self {
        self.id.push(id);
        self
    }

    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }
}

/// The queue calls.
#[derive(Debug)]
pub struct QueueHandler<'c> {
    client: &'c Client,
}

impl Client {
    pub fn queues(&self) -> QueueHandler<'_> {
        QueueHandler { client: self }
    }
}

impl QueueHandler<'_> {
    /// `GET /call_center/queues`: one page; with per-record access control on, only the queues
    /// the caller may read.
    pub async fn list(&self, query: &QueueQuery) -> Result<Page<Queue>> {
        let call = Call::new(Method::GET, "call_center/queues").query(query)?;
        self.client.send(call).await
    }

    /// `GET /call_center/queues/{id}`.
    pub async fn get(&self, id: QueueId) -> Result<Queue> {
        self.client
            .send(Call::new(Method::GET, format!("call_center/queues/{id}")))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::to_pairs;

    #[test]
    fn a_queue_reads_with_omitted_zero_values_and_string_ids() {
        let q: Queue = serde_json::from_str(
            r#"{"id":"12","name":"Sales","type":4,"enabled":true,"team":{"id":"3","name":"A"},"updated_at":"1700000000123","extra":[1]}"#,
        )
        .unwrap();
        assert_eq!(
            (q.id, q.queue_type, q.enabled, q.updated_at),
            (QueueId(12), QueueType::Progressive, true, 1_700_000_000_123)
        );
        assert_eq!(q.team.unwrap().id, 3);
        let q: Queue = serde_json::from_str(r#"{"id":13,"name":"Off"}"#).unwrap();
        assert_eq!(
            (q.id, q.queue_type, q.enabled),
            (QueueId(13), QueueType::Offline, false)
        );
    }

    #[test]
    fn the_query_repeats_type_and_fields() {
        let query = QueueQuery::new()
            .page(2)
            .size(50)
            .fields(["id", "name"])
            .queue_type(QueueType::Progressive)
            .queue_type(QueueType::Predictive)
            .sort("+name")
            .enabled(true);
        let pairs: Vec<String> = to_pairs(&query)
            .unwrap()
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        assert_eq!(
            pairs,
            [
                "enabled=true",
                "fields=id",
                "fields=name",
                "page=2",
                "size=50",
                "sort=+name",
                "type=4",
                "type=5"
            ]
        );
    }
}
