//! The checker refuses what it must refuse, shown on a small document of our own.

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
