//! A checker of HTTP exchanges against a Swagger 2.0 document: the request's path, query and body
//! and the answer's body must fit the operation the document declares for them.
//!
//! Only what the engine's documents use is understood: `$ref` to `#/definitions`, the JSON types,
//! `format` int32/int64 (int64 may be written as a string, as protojson does), `enum`, `items`,
//! `properties`, `additionalProperties`, and `collectionFormat: multi` query arrays.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

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

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut current = schema;
        // A bounded walk: a document with a reference cycle must not hang the test.
        for _ in 0..32 {
            let Some(reference) = current.get("$ref").and_then(Value::as_str) else {
                return current;
            };
            let Some(name) = reference.strip_prefix("#/definitions/") else {
                return current;
            };
            match self.doc["definitions"].get(name) {
                Some(target) => current = target,
                None => return current,
            }
        }
        current
    }

    /// Checks `value` against `schema`; `strict` reports fields the document does not name.
    pub fn validate(
        &self,
        value: &Value,
        schema: &Value,
        at: &str,
        strict: bool,
        problems: &mut Vec<String>,
    ) {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let target = self.resolve(schema);
            if std::ptr::eq(target, schema) {
                problems.push(format!("{at}: unresolvable reference {reference}"));
                return;
            }
            return self.validate(value, target, at, strict, problems);
        }
        let declared_type = schema.get("type").and_then(Value::as_str);
        match declared_type {
            None if schema.get("properties").is_some() => {
                self.validate_object(value, schema, at, strict, problems)
            }
            // No type: protobuf `Any`/`Value` fields accept anything.
            None => {}
            Some("object") => self.validate_object(value, schema, at, strict, problems),
            Some("array") => match value.as_array() {
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.validate(
                            item,
                            &schema["items"],
                            &format!("{at}[{i}]"),
                            strict,
                            problems,
                        );
                    }
                }
                None => problems.push(format!("{at}: expected an array, got {value}")),
            },
            Some(_) => check_scalar_json(schema, value, at, problems),
        }
    }

    fn validate_object(
        &self,
        value: &Value,
        schema: &Value,
        at: &str,
        strict: bool,
        problems: &mut Vec<String>,
    ) {
        let Some(object) = value.as_object() else {
            problems.push(format!("{at}: expected an object, got {value}"));
            return;
        };
        for (key, field) in object {
            let field_at = format!("{at}.{key}");
            if let Some(field_schema) = schema.get("properties").and_then(|p| p.get(key)) {
                self.validate(field, field_schema, &field_at, strict, problems);
            } else if let Some(extra) = schema.get("additionalProperties").filter(|v| v.is_object())
            {
                self.validate(field, extra, &field_at, strict, problems);
            } else if strict {
                problems.push(format!("{field_at}: not a field of the document"));
            }
        }
    }
}

/// A query or path value, which arrives as text.
fn check_scalar_text(schema: &Value, text: &str, at: &str, problems: &mut Vec<String>) {
    let fits = match schema["type"].as_str() {
        Some("integer") => text.parse::<i64>().is_ok(),
        Some("number") => text.parse::<f64>().is_ok(),
        Some("boolean") => matches!(text, "true" | "false"),
        _ => true,
    };
    if !fits {
        problems.push(format!("{at}: {text:?} is not a {}", schema["type"]));
    }
    check_enum(schema, &Value::String(text.to_owned()), at, problems);
}

fn check_scalar_json(schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    let format = schema.get("format").and_then(Value::as_str);
    let fits = match schema["type"].as_str() {
        Some("string") => match (value.as_str(), format) {
            (Some(text), Some("int64" | "uint64")) => is_integer_text(text),
            (Some(_), _) => true,
            (None, _) => false,
        },
        Some("integer") => match format {
            Some("int32") => value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
            Some("uint32") => value.as_u64().is_some_and(|n| u32::try_from(n).is_ok()),
            // protojson writes 64-bit integers as strings; the engine does so for most of them.
            Some("int64" | "uint64") => {
                value.as_i64().is_some() || value.as_str().is_some_and(is_integer_text)
            }
            _ => value.as_i64().is_some(),
        },
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        _ => true,
    };
    if !fits {
        let expected = format.map_or_else(
            || schema["type"].to_string(),
            |f| format!("{} ({f})", schema["type"]),
        );
        problems.push(format!("{at}: {value} is not {expected}"));
        return;
    }
    check_enum(schema, value, at, problems);
}

fn check_enum(schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            problems.push(format!(
                "{at}: {value} is not one of {}",
                Value::Array(allowed.clone())
            ));
        }
    }
}

fn is_integer_text(text: &str) -> bool {
    text.parse::<i64>().is_ok() || text.parse::<u64>().is_ok()
}

/// Where an answer carries a zero value (`false`, `0`, `""`, `[]`), which the engine leaves out.
pub fn zero_values(value: &Value, at: &str, found: &mut Vec<String>) {
    match value {
        Value::Bool(false) => found.push(at.to_owned()),
        Value::Number(n) if n.as_f64() == Some(0.0) => found.push(at.to_owned()),
        Value::String(s) if s.is_empty() => found.push(at.to_owned()),
        Value::Array(items) if items.is_empty() => found.push(at.to_owned()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                zero_values(item, &format!("{at}[{i}]"), found);
            }
        }
        Value::Object(map) => {
            for (key, field) in map {
                zero_values(field, &format!("{at}.{key}"), found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small document of our own, shaped like the engine's, to show that the checker refuses
    /// what it must refuse.
    const DOC: &str = r##"{
      "swagger": "2.0", "basePath": "/api",
      "securityDefinitions": {"AccessToken": {"type": "apiKey", "name": "X-Webitel-Access", "in": "header"}},
      "security": [{"AccessToken": []}],
      "paths": {
        "/things/{thing_id}/parts": {
          "get": {"parameters": [
              {"name": "thing_id", "in": "path", "type": "integer"},
              {"name": "size", "in": "query", "type": "integer"},
              {"name": "fields", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
              {"name": "kind", "in": "query", "type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "collectionFormat": "multi"}],
            "responses": {"200": {"schema": {"$ref": "#/definitions/List"}}, "default": {"schema": {"$ref": "#/definitions/Status"}}}},
          "post": {"parameters": [
              {"name": "thing_id", "in": "path", "type": "integer"},
              {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Part"}}],
            "responses": {"200": {"schema": {"$ref": "#/definitions/Part"}}}}
        },
        "/things/{thing_id}/parts/special": {"get": {"responses": {"200": {}}}}
      },
      "definitions": {
        "Lookup": {"type": "object", "properties": {"id": {"type": "string", "format": "int64"}, "name": {"type": "string"}}},
        "Part": {"type": "object", "properties": {"id": {"type": "integer", "format": "int32"}, "schema": {"$ref": "#/definitions/Lookup"}, "enabled": {"type": "boolean"}}},
        "List": {"type": "object", "properties": {"next": {"type": "boolean"}, "items": {"type": "array", "items": {"$ref": "#/definitions/Part"}}}},
        "Status": {"type": "object", "properties": {"code": {"type": "integer", "format": "int32"}, "message": {"type": "string"}}}
      }
    }"##;

    fn exchange(
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        req: &str,
        status: u16,
        resp: &str,
    ) -> Exchange {
        Exchange {
            method: method.into(),
            path: path.into(),
            query: query
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect(),
            has_access_header: true,
            request_body: req.as_bytes().to_vec(),
            status,
            response_body: resp.as_bytes().to_vec(),
        }
    }

    fn problems(ex: &Exchange) -> Vec<String> {
        SwaggerDoc::parse(DOC).unwrap().check(ex).problems
    }

    #[test]
    fn a_fitting_exchange_has_no_problems() {
        let ex = exchange(
            "GET",
            "/api/things/7/parts",
            &[
                ("size", "10"),
                ("fields", "id"),
                ("fields", "schema"),
                ("kind", "a"),
            ],
            "",
            200,
            r#"{"next": true, "items": [{"id": 1, "schema": {"id": "12", "name": "x"}, "enabled": true}]}"#,
        );
        let verdict = SwaggerDoc::parse(DOC).unwrap().check(&ex);
        assert_eq!(
            verdict.operation.as_deref(),
            Some("GET /things/{thing_id}/parts")
        );
        assert!(verdict.problems.is_empty(), "{:?}", verdict.problems);
    }

    #[test]
    fn literal_segments_win_over_templates() {
        let verdict = SwaggerDoc::parse(DOC).unwrap().check(&exchange(
            "GET",
            "/api/things/7/parts/special",
            &[],
            "",
            200,
            "{}",
        ));
        assert_eq!(
            verdict.operation.as_deref(),
            Some("GET /things/{thing_id}/parts/special")
        );
    }

    #[test]
    fn wrong_shapes_are_named() {
        let ex = exchange(
            "GET",
            "/api/things/x/parts",
            &[("size", "ten"), ("kind", "c"), ("sort", "+id")],
            "",
            200,
            r#"{"items": [{"id": "1", "schema": {"id": 12}, "colour": "red"}]}"#,
        );
        let found = problems(&ex).join("\n");
        for expected in [
            "path thing_id",
            "query size",
            "query kind",
            "query parameter sort is not declared",
            "answer.items[0].id",
            "answer.items[0].schema.id",
            "answer.items[0].colour",
        ] {
            assert!(
                found.contains(expected),
                "missing {expected:?} in:\n{found}"
            );
        }
    }

    #[test]
    fn request_bodies_and_the_token_header_are_checked() {
        let mut ex = exchange(
            "POST",
            "/api/things/1/parts",
            &[],
            r#"{"schema": {"id": 5}}"#,
            200,
            "{}",
        );
        ex.has_access_header = false;
        let found = problems(&ex).join("\n");
        assert!(found.contains("request.schema.id"), "{found}");
        assert!(found.contains("X-Webitel-Access"), "{found}");
    }

    #[test]
    fn engine_error_bodies_fit_with_their_own_fields_but_not_others() {
        let ok = exchange(
            "GET",
            "/api/things/1/parts",
            &[],
            "",
            500,
            r#"{"id": "store.get", "status": "Not Found", "detail": "gone", "code": 404}"#,
        );
        assert!(problems(&ok).is_empty(), "{:?}", problems(&ok));
        let bad = exchange(
            "GET",
            "/api/things/1/parts",
            &[],
            "",
            500,
            r#"{"code": "404", "reason": 1}"#,
        );
        let found = problems(&bad).join("\n");
        assert!(found.contains("error answer.code"), "{found}");
        assert!(found.contains("error answer.reason"), "{found}");
    }

    #[test]
    fn zero_values_are_found() {
        let mut found = Vec::new();
        zero_values(
            &serde_json::json!({"a": false, "b": 0, "c": "", "d": [], "e": {"f": true, "g": "x"}}),
            "answer",
            &mut found,
        );
        assert_eq!(found, ["answer.a", "answer.b", "answer.c", "answer.d"]);
    }
}
