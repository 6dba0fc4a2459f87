//! Checking a JSON value, or a query or path value given as text, against a schema of the
//! document.

use serde_json::Value;

use super::SwaggerDoc;

impl SwaggerDoc {
    pub(super) fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
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
pub(super) fn check_scalar_text(schema: &Value, text: &str, at: &str, problems: &mut Vec<String>) {
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
