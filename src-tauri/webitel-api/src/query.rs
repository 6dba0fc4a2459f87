//! Query strings the engine's gateway reads.
//!
//! What must hold: a list parameter repeats its key (`fields=id&fields=name&type=4`), never
//! `fields[]=` and never a comma list; `+` in a value goes out as `%2B` (a bare `+` would arrive as
//! a space). serde_urlencoded refuses sequences inside a struct, so the query structs are
//! serialized to a JSON value first and flattened here: `null` is left out, an array becomes one
//! pair per element, a scalar one pair.

use serde::Serialize;
use serde_json::Value;
use url::Url;

use crate::error::{Error, ErrorKind, Result};

/// Flattens a query struct into `(key, value)` pairs, sorted by key, arrays repeated in order.
pub(crate) fn to_pairs<T: Serialize>(query: &T) -> Result<Vec<(String, String)>> {
    let value = serde_json::to_value(query).map_err(|e| invalid(e.to_string()))?;
    let Value::Object(map) = value else {
        return Err(invalid("a query must be a struct".into()));
    };
    let mut pairs = Vec::new();
    for (key, value) in map {
        match value {
            Value::Null => {}
            Value::Array(items) => {
                for item in items {
                    pairs.push((key.clone(), scalar(&key, item)?));
                }
            }
            other => pairs.push((key.clone(), scalar(&key, other)?)),
        }
    }
    // serde_json's map order depends on a crate feature another crate may switch on; sort so
    // that the query string is the same in every build (a stable sort keeps repeated values in
    // their order).
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(pairs)
}

fn scalar(key: &str, value: Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(invalid(format!(
            "query parameter `{key}` must be a plain value"
        ))),
    }
}

fn invalid(message: String) -> Error {
    Error::new(ErrorKind::InvalidInput).with_message(message)
}

/// Appends the pairs to the URL. `url`'s form encoder writes `+` as `%2B` and a space as `+`,
/// which is what the gateway decodes back.
pub(crate) fn append(url: &mut Url, pairs: &[(String, String)]) {
    if pairs.is_empty() {
        return;
    }
    let mut serializer = url.query_pairs_mut();
    for (key, value) in pairs {
        serializer.append_pair(key, value);
    }
}

/// Setters shared by every list query: `page`, `size`, `q`, `sort` and `fields`.
macro_rules! list_query_setters {
    () => {
        /// The 1-based page (the server reads 0 or less as 1).
        pub fn page(mut self, page: u32) -> Self {
            self.page = Some(page);
            self
        }

        /// Rows per page (the server uses 40 when missing, below 1 or above 20000).
        pub fn size(mut self, size: u32) -> Self {
            self.size = Some(size);
            self
        }

        /// A search term: `*` is a wildcard (`*term*` = contains); without `*` the match is
        /// exact and case-insensitive.
        pub fn q(mut self, q: impl Into<String>) -> Self {
            self.q = Some(q.into());
            self
        }

        /// `+field` ascending, `-field` descending.
        pub fn sort(mut self, sort: impl Into<String>) -> Self {
            self.sort = Some(sort.into());
            self
        }

        /// Only these fields are returned (names outside the entity's list are ignored).
        pub fn fields<I, S>(mut self, fields: I) -> Self
        where
            I: IntoIterator<Item = S>,
            S: Into<String>,
        {
            self.fields = fields.into_iter().map(Into::into).collect();
            self
        }
    };
}

pub(crate) use list_query_setters;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Q {
        sort: Option<String>,
        fields: Vec<String>,
        r#type: Vec<i32>,
        enabled: Option<bool>,
        q: Option<String>,
    }

    #[test]
    fn repeats_keys_and_encodes_plus() {
        let q = Q {
            sort: Some("+event".into()),
            fields: vec!["id".into(), "name".into()],
            r#type: vec![4, 5],
            enabled: None,
            q: Some("*a b&c*".into()),
        };
        let pairs = to_pairs(&q).unwrap();
        let mut url = Url::parse("http://h/api/call_center/queues").unwrap();
        append(&mut url, &pairs);
        assert_eq!(
            url.query(),
            Some("fields=id&fields=name&q=*a+b%26c*&sort=%2Bevent&type=4&type=5")
        );
    }

    #[test]
    fn empty_query_adds_nothing() {
        let q = Q {
            sort: None,
            fields: vec![],
            r#type: vec![],
            enabled: Some(false),
            q: None,
        };
        let pairs = to_pairs(&q).unwrap();
        assert_eq!(pairs, vec![("enabled".to_string(), "false".to_string())]);
        let mut url = Url::parse("http://h/api/x").unwrap();
        append(&mut url, &[]);
        assert_eq!(url.as_str(), "http://h/api/x");
    }
}
