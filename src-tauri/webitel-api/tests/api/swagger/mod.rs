//! A checker of HTTP exchanges against a Swagger 2.0 document: the request's path, query and body
//! and the answer's body must fit the operation the document declares for them.
//!
//! Only what the engine's documents use is understood: `$ref` to `#/definitions`, the JSON types,
//! `format` int32/int64 (int64 may be written as a string, as protojson does), `enum`, `items`,
//! `properties`, `additionalProperties`, and `collectionFormat: multi` query arrays.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

mod schema;
#[cfg(test)]
mod tests;

use schema::check_scalar_text;
pub use schema::zero_values;

/// One request the client sent and the answer it received, as seen on the wire.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    /// The path as sent, with the document's base path (`/api/...`), without the query.
    pub path: String,
    /// Decoded query pairs in the order sent; a repeated key appears once per value.
    pub query: Vec<(String, String)>,
    pub has_access_header: bool,
    pub request_body: Vec<u8>,
    pub status: u16,
    pub response_body: Vec<u8>,
}

impl Exchange {
    pub fn describe(&self) -> String {
        format!("{} {} -> {}", self.method, self.path, self.status)
    }
}

/// What the checker found for one exchange.
#[derive(Debug, Default)]
pub struct Verdict {
    /// `METHOD /template` of the operation, or `None` when the document has no such operation.
    pub operation: Option<String>,
    pub problems: Vec<String>,
}

/// Fields the engine writes in its error body besides `code`; API.md records that the server's
/// `{id, status, detail, code}` wins over the document's `google.rpc.Status`.
const ENGINE_ERROR_FIELDS: [&str; 3] = ["id", "status", "detail"];

/// A path template's parameters with the values the request gave them.
type PathValues = Vec<(String, String)>;

pub struct SwaggerDoc {
    doc: Value,
    base_path: String,
}

impl SwaggerDoc {
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Self::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let doc: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        if doc.get("swagger").and_then(Value::as_str) != Some("2.0") {
            return Err("not a Swagger 2.0 document".into());
        }
        let base_path = doc
            .get("basePath")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim_end_matches('/')
            .to_owned();
        Ok(Self { doc, base_path })
    }

    pub fn check(&self, exchange: &Exchange) -> Verdict {
        let mut verdict = Verdict::default();
        let Some(relative) = exchange.path.strip_prefix(&self.base_path) else {
            verdict
                .problems
                .push(format!("path is outside the base path {}", self.base_path));
            return verdict;
        };
        let method = exchange.method.to_ascii_lowercase();
        let Some((template, path_params)) = self.match_path(relative, &method) else {
            return verdict;
        };
        verdict.operation = Some(format!("{} {template}", exchange.method.to_uppercase()));
        let operation = &self.doc["paths"][&template][&method];
        let mut problems = Vec::new();
        let parameters = self.parameters(&template, operation);

        self.check_security(operation, exchange, &mut problems);
        for (name, value) in &path_params {
            match parameters.get(&("path".to_owned(), name.clone())) {
                Some(param) => {
                    check_scalar_text(param, value, &format!("path {name}"), &mut problems)
                }
                None => problems.push(format!("path parameter {name} is not declared")),
            }
        }
        self.check_query(&parameters, &exchange.query, &mut problems);
        self.check_request_body(&parameters, &exchange.request_body, &mut problems);
        self.check_response(operation, exchange, &mut problems);
        verdict.problems = problems;
        verdict
    }

    /// The operation's template whose literal segments match most, with the path values.
    fn match_path(&self, path: &str, method: &str) -> Option<(String, PathValues)> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let mut best: Option<(usize, String, PathValues)> = None;
        for (template, item) in self.doc["paths"].as_object()? {
            if item.get(method).is_none() {
                continue;
            }
            let parts: Vec<&str> = template.trim_matches('/').split('/').collect();
            if parts.len() != segments.len() {
                continue;
            }
            let mut literal = 0;
            let mut values = Vec::new();
            let fits = parts.iter().zip(&segments).all(|(part, segment)| {
                if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                    values.push((name.to_owned(), (*segment).to_owned()));
                    !segment.is_empty()
                } else {
                    literal += 1;
                    part == segment
                }
            });
            if fits && best.as_ref().is_none_or(|(score, _, _)| literal > *score) {
                best = Some((literal, template.clone(), values));
            }
        }
        best.map(|(_, template, values)| (template, values))
    }

    /// Parameters keyed by (`in`, name): the path item's, overridden by the operation's.
    fn parameters(&self, template: &str, operation: &Value) -> BTreeMap<(String, String), Value> {
        let mut all = BTreeMap::new();
        let shared = self.doc["paths"][template]["parameters"].as_array();
        let own = operation["parameters"].as_array();
        for param in shared.into_iter().chain(own).flatten() {
            let param = self.resolve(param);
            let place = param["in"].as_str().unwrap_or_default().to_owned();
            let name = param["name"].as_str().unwrap_or_default().to_owned();
            all.insert((place, name), param.clone());
        }
        all
    }

    fn check_security(&self, operation: &Value, exchange: &Exchange, problems: &mut Vec<String>) {
        let security = operation
            .get("security")
            .or_else(|| self.doc.get("security"));
        let header_schemes: Vec<&str> = self.doc["securityDefinitions"]
            .as_object()
            .map(|defs| {
                defs.iter()
                    .filter(|(_, d)| d["in"] == "header" && d["name"] == "X-Webitel-Access")
                    .map(|(name, _)| name.as_str())
                    .collect()
            })
            .unwrap_or_default();
        let wants_token = security.and_then(Value::as_array).is_some_and(|reqs| {
            reqs.iter().any(|r| {
                r.as_object()
                    .is_some_and(|r| r.keys().any(|k| header_schemes.contains(&k.as_str())))
            })
        });
        if wants_token && !exchange.has_access_header {
            problems.push("the X-Webitel-Access header is missing".into());
        }
    }

    fn check_query(
        &self,
        parameters: &BTreeMap<(String, String), Value>,
        query: &[(String, String)],
        problems: &mut Vec<String>,
    ) {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (name, value) in query {
            let Some(param) = parameters.get(&("query".to_owned(), name.clone())) else {
                problems.push(format!("query parameter {name} is not declared"));
                continue;
            };
            *seen.entry(name).or_default() += 1;
            if param["type"] == "array" {
                if param["collectionFormat"] != "multi" {
                    problems.push(format!(
                        "query parameter {name} is not a repeated-key array"
                    ));
                }
                check_scalar_text(&param["items"], value, &format!("query {name}"), problems);
            } else {
                check_scalar_text(param, value, &format!("query {name}"), problems);
            }
        }
        for (name, count) in seen {
            let is_array = parameters
                .get(&("query".to_owned(), name.to_owned()))
                .is_some_and(|p| p["type"] == "array");
            if count > 1 && !is_array {
                problems.push(format!("query parameter {name} is sent {count} times"));
            }
        }
    }

    fn check_request_body(
        &self,
        parameters: &BTreeMap<(String, String), Value>,
        body: &[u8],
        problems: &mut Vec<String>,
    ) {
        let declared = parameters
            .iter()
            .find(|((place, _), _)| place == "body")
            .map(|(_, param)| param);
        match (declared, body.is_empty()) {
            (None, true) => {}
            (None, false) => problems.push("a body is sent where none is declared".into()),
            (Some(_), true) => problems.push("the declared body is missing".into()),
            (Some(param), false) => match serde_json::from_slice::<Value>(body) {
                Ok(value) => self.validate(&value, &param["schema"], "request", true, problems),
                Err(e) => problems.push(format!("request body is not JSON: {e}")),
            },
        }
    }

    fn check_response(&self, operation: &Value, exchange: &Exchange, problems: &mut Vec<String>) {
        let status = exchange.status.to_string();
        let (response, is_error) = match operation["responses"].get(&status) {
            Some(r) => (r, !(200..300).contains(&exchange.status)),
            None => match operation["responses"].get("default") {
                Some(r) => (r, true),
                None => {
                    problems.push(format!("status {status} is not declared"));
                    return;
                }
            },
        };
        let Some(schema) = response.get("schema") else {
            return;
        };
        let value = match serde_json::from_slice::<Value>(&exchange.response_body) {
            Ok(value) => value,
            Err(e) => {
                problems.push(format!("answer is not JSON: {e}"));
                return;
            }
        };
        if is_error {
            self.validate_error(&value, schema, problems);
        } else {
            self.validate(&value, schema, "answer", true, problems);
        }
    }

    /// The document's error schema, accepting the engine's own error fields beside it.
    fn validate_error(&self, value: &Value, schema: &Value, problems: &mut Vec<String>) {
        let Some(object) = value.as_object() else {
            problems.push("error answer is not an object".into());
            return;
        };
        let mut documented = Map::new();
        for (key, field) in object {
            if ENGINE_ERROR_FIELDS.contains(&key.as_str()) {
                if !field.is_string() {
                    problems.push(format!("error answer: {key} is not a string"));
                }
            } else {
                documented.insert(key.clone(), field.clone());
            }
        }
        if !object.contains_key("code") {
            problems.push("error answer: code is missing".into());
        }
        self.validate(
            &Value::Object(documented),
            schema,
            "error answer",
            true,
            problems,
        );
    }
}
