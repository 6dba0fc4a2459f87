//! Agent teams (`AgentTeamService`): listing and reading only, to find the teams whose hooks the
//! app shows. Needs `r` on `cc_team`.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use webitel_hooks_model::TeamId;

use crate::client::{Call, Client};
use crate::error::Result;
use crate::query::list_query_setters;
use crate::wire::{self, Page};

/// A team of agents, as much of it as the app shows. Fields left out by `fields` or as zero
/// values read as their zero value.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Team {
    #[serde(default = "no_team", deserialize_with = "wire::int64")]
    pub id: TeamId,
    #[serde(default, deserialize_with = "wire::string")]
    pub name: String,
    #[serde(default, deserialize_with = "wire::string")]
    pub description: String,
    /// How calls are offered to the team's agents, e.g. `round-robin`.
    #[serde(default, deserialize_with = "wire::string")]
    pub strategy: String,
    /// Unix milliseconds.
    #[serde(default, deserialize_with = "wire::int64")]
    pub updated_at: i64,
}

fn no_team() -> TeamId {
    TeamId(0)
}

/// `GET /call_center/teams` parameters. Empty lists and `None` are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TeamQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    /// Matches name, description or strategy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Default `id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub id: Vec<TeamId>,
}

impl TeamQuery {
    pub fn new() -> Self {
        Self::default()
    }

    list_query_setters!();

    /// Adds a team id to the filter (repeatable).
    pub fn id(mut self, id: TeamId) -> Self {
        self.id.push(id);
        self
    }
}

/// The team calls.
#[derive(Debug)]
pub struct TeamHandler<'c> {
    client: &'c Client,
}

impl Client {
    pub fn teams(&self) -> TeamHandler<'_> {
        TeamHandler { client: self }
    }
}

impl TeamHandler<'_> {
    /// `GET /call_center/teams`: one page; with per-record access control on, only the teams
    /// the caller may read.
    pub async fn list(&self, query: &TeamQuery) -> Result<Page<Team>> {
        let call = Call::new(Method::GET, "call_center/teams").query(query)?;
        self.client.send(call).await
    }

    /// `GET /call_center/teams/{id}`.
    pub async fn get(&self, id: TeamId) -> Result<Team> {
        self.client
            .send(Call::new(Method::GET, format!("call_center/teams/{id}")))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::to_pairs;

    #[test]
    fn a_team_reads_with_a_string_id_and_omitted_zero_values() {
        let t: Team = serde_json::from_str(
            r#"{"id":"7","name":"Sales","strategy":"round-robin","max_no_answer":3,"updated_at":"1700000000123"}"#,
        )
        .unwrap();
        assert_eq!(
            (t.id, t.name.as_str(), t.description.as_str(), t.updated_at),
            (TeamId(7), "Sales", "", 1_700_000_000_123)
        );
        let t: Team = serde_json::from_str(r#"{"id":8}"#).unwrap();
        assert_eq!((t.id, t.name.as_str()), (TeamId(8), ""));
    }

    #[test]
    fn the_query_repeats_id_and_fields() {
        let query = TeamQuery::new()
            .id(TeamId(2))
            .id(TeamId(4))
            .fields(["id", "name"])
            .q("*sales*")
            .sort("+name");
        let pairs: Vec<String> = to_pairs(&query)
            .unwrap()
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        assert_eq!(
            pairs,
            [
                "fields=id",
                "fields=name",
                "id=2",
                "id=4",
                "q=*sales*",
                "sort=+name"
            ]
        );
    }
}
