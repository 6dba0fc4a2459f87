//! How the engine writes JSON, read leniently, in one place.
//!
//! What must hold (API.md, "Transport"):
//! - int64 fields arrive as JSON strings (`"id": "123"`), int32 as numbers; both forms are
//!   accepted everywhere an integer is read;
//! - zero values are left out: a missing boolean is `false`, a missing number `0`, a missing list
//!   empty, and an empty list may be `{}` as a whole; `null` is read as the zero value too;
//! - unknown fields are ignored (no `deny_unknown_fields` anywhere in this crate).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use webitel_hooks_model::QueueType;

/// One page of a list answer: `{items, next}`. `items` and `next` are left out when empty or
/// false, so `{}` is an empty last page. There is no total count.
///
/// One item that cannot be read (a wrong type in one field) does not hide the others: it is
/// left out and counted in `skipped`, for the caller to say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// More rows exist after this page.
    pub next: bool,
    /// Items of the answer that could not be read and are not in `items`.
    pub skipped: usize,
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page {
            items: Vec::new(),
            next: false,
            skipped: 0,
        }
    }
}

/// The page as it comes, each item kept as JSON until it is read on its own.
#[derive(Deserialize)]
struct RawPage {
    #[serde(default, deserialize_with = "list")]
    items: Vec<serde_json::Value>,
    #[serde(default, deserialize_with = "boolean")]
    next: bool,
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawPage::deserialize(d)?;
        let mut items = Vec::with_capacity(raw.items.len());
        let mut skipped = 0;
        for item in raw.items {
            match serde_json::from_value::<T>(item) {
                Ok(item) => items.push(item),
                Err(err) => {
                    skipped += 1;
                    // The field and the reason only: the values themselves stay out of the log.
                    tracing::warn!(error = %err, "an item of a list answer could not be read; left out");
                }
            }
        }
        Ok(Page {
            items,
            next: raw.next,
            skipped,
        })
    }
}

/// A reference to another object, `{id, name}` (the engine's `Lookup`; `id` is an int64 string).
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct Lookup {
    #[serde(default, deserialize_with = "int64")]
    pub id: i64,
    #[serde(default, deserialize_with = "string")]
    pub name: String,
}

/// Both error shapes in one lenient struct: the engine's `{id, status, detail, code}` and
/// `google.rpc.Status` `{code, message, details}`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ErrorBody {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "opt_int64")]
    pub code: Option<i64>,
    #[serde(default, deserialize_with = "opt_string")]
    pub detail: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub message: Option<String>,
}

impl ErrorBody {
    /// Reads an error body; `None` when the bytes are not one of the two shapes (an HTML page
    /// from a proxy, an empty body, a stray JSON value).
    pub(crate) fn parse(bytes: &[u8]) -> Option<ErrorBody> {
        // Only an object is an error body (serde would also read a struct from an array).
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return None;
        }
        let body: ErrorBody = serde_json::from_slice(bytes).ok()?;
        let any = body.id.is_some()
            || body.code.is_some()
            || body.detail.is_some()
            || body.message.is_some();
        any.then_some(body)
    }
}

/// The `{id}` reference written into request bodies; int64 ids go out as strings, as the
/// Swagger declares `Lookup.id`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct IdRef {
    pub id: String,
}

impl IdRef {
    pub(crate) fn new(id: i64) -> Self {
        IdRef { id: id.to_string() }
    }
}

/// An integer written as a JSON number or a decimal string; `null` reads as 0.
pub(crate) fn int64<'de, D: Deserializer<'de>, T: From<i64>>(d: D) -> Result<T, D::Error> {
    Ok(T::from(d.deserialize_any(Int64Visitor)?.unwrap_or(0)))
}

/// Like [`int64`], but `null` (or an empty string) is `None`.
pub(crate) fn opt_int64<'de, D: Deserializer<'de>, T: From<i64>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Ok(d.deserialize_any(Int64Visitor)?.map(T::from))
}

/// A queue type code, as a number or a string; missing or `null` is type 0 (Offline).
pub(crate) fn queue_type<'de, D: Deserializer<'de>>(d: D) -> Result<QueueType, D::Error> {
    let code = d.deserialize_any(Int64Visitor)?.unwrap_or(0);
    let code = i32::try_from(code).map_err(|_| de::Error::custom("queue type out of range"))?;
    Ok(QueueType::from_code(code))
}

/// A list that may be `null` or `{}` (both mean empty).
pub(crate) fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    d.deserialize_any(ListVisitor(PhantomData))
}

/// A boolean that may be `null` (false).
pub(crate) fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(d)?.unwrap_or(false))
}

/// A string that may be `null` (empty).
pub(crate) fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// A string or a number kept as text; `null` and `""` are `None`.
pub(crate) fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match value {
        Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

struct Int64Visitor;

impl<'de> Visitor<'de> for Int64Visitor {
    type Value = Option<i64>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer as a JSON number or a decimal string")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        i64::try_from(v)
            .map(Some)
            .map_err(|_| E::custom("integer out of the int64 range"))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // Some JSON writers print whole numbers as 12.0; anything with a fraction is wrong.
        if v.fract() == 0.0 && v >= i64::MIN as f64 && v <= i64::MAX as f64 {
            Ok(Some(v as i64))
        } else {
            Err(E::custom("expected a whole number"))
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let v = v.trim();
        if v.is_empty() {
            return Ok(None);
        }
        v.parse::<i64>()
            .map(Some)
            .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

struct ListVisitor<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for ListVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list, null or {}")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element::<T>()? {
            out.push(item);
        }
        Ok(out)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // `{}` is how an empty repeated field can come back; a non-empty object is not a list.
        if map.next_key::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::custom(
                "expected a list, found an object with keys",
            ));
        }
        Ok(Vec::new())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::QueueId;

    #[derive(Debug, Deserialize)]
    struct Probe {
        #[serde(default, deserialize_with = "int64")]
        id: i64,
        #[serde(default, deserialize_with = "opt_int64")]
        at: Option<QueueId>,
        #[serde(default, deserialize_with = "queue_type")]
        kind: QueueType,
        #[serde(default, deserialize_with = "list")]
        tags: Vec<String>,
        #[serde(default, deserialize_with = "boolean")]
        on: bool,
    }

    fn probe(json: &str) -> Probe {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn int64_reads_strings_and_numbers() {
        assert_eq!(
            probe(r#"{"id":"9007199254740993"}"#).id,
            9_007_199_254_740_993
        );
        assert_eq!(probe(r#"{"id":42}"#).id, 42);
        assert_eq!(probe(r#"{"id":"-7"}"#).id, -7);
        assert_eq!(probe(r#"{"at":"12"}"#).at, Some(QueueId(12)));
        assert_eq!(probe(r#"{"at":null}"#).at, None);
        assert_eq!(probe(r#"{"kind":"4"}"#).kind, QueueType::Progressive);
        assert_eq!(probe(r#"{"kind":4}"#).kind, QueueType::Progressive);
        assert!(serde_json::from_str::<Probe>(r#"{"id":"12x"}"#).is_err());
        assert!(serde_json::from_str::<Probe>(r#"{"id":1.5}"#).is_err());
        assert!(serde_json::from_str::<Probe>(r#"{"id":true}"#).is_err());
    }

    #[test]
    fn missing_fields_are_zero_values() {
        let p = probe(r#"{"unknown":{"deep":[1,2]}}"#);
        assert_eq!(
            (p.id, p.at, p.kind, p.tags.len(), p.on),
            (0, None, QueueType::Offline, 0, false)
        );
        let p = probe(r#"{"tags":null,"on":null,"kind":null}"#);
        assert_eq!((p.tags.len(), p.on, p.kind), (0, false, QueueType::Offline));
    }

    #[test]
    fn an_empty_object_is_an_empty_list_and_an_empty_page() {
        assert!(probe(r#"{"tags":{}}"#).tags.is_empty());
        assert!(serde_json::from_str::<Probe>(r#"{"tags":{"a":1}}"#).is_err());
        let page: Page<Lookup> = serde_json::from_str("{}").unwrap();
        assert_eq!(page, Page::default());
        let page: Page<Lookup> =
            serde_json::from_str(r#"{"items":[{"id":"3","name":"x"},{}],"next":true}"#).unwrap();
        assert!(page.next);
        assert_eq!(
            page.items[0],
            Lookup {
                id: 3,
                name: "x".into()
            }
        );
        assert_eq!(page.items[1], Lookup::default());
    }

    #[test]
    fn one_item_that_cannot_be_read_is_left_out_and_counted() {
        // The second item's id is an object: that item goes, the others stay.
        let page: Page<Lookup> = serde_json::from_str(
            r#"{"items":[{"id":"3","name":"x"},{"id":{"no":1},"name":"y"},{"id":5}],"next":true}"#,
        )
        .unwrap();
        let ids: Vec<i64> = page.items.iter().map(|l| l.id).collect();
        assert_eq!(ids, [3, 5]);
        assert_eq!(page.skipped, 1);
        assert!(page.next);
        // A page whose shape is wrong as a whole is still an error.
        assert!(serde_json::from_str::<Page<Lookup>>(r#"{"items":{"a":1}}"#).is_err());
    }

    #[test]
    fn error_body_reads_both_shapes_and_refuses_strangers() {
        let e = ErrorBody::parse(br#"{"id":"app.session.unauthenticated","status":"Unauthorized","detail":"no","code":401}"#).unwrap();
        assert_eq!(
            (e.id.as_deref(), e.code, e.detail.as_deref()),
            (Some("app.session.unauthenticated"), Some(401), Some("no"))
        );
        let e = ErrorBody::parse(br#"{"code":"5","message":"gone","details":[{"@type":"x"}]}"#)
            .unwrap();
        assert_eq!((e.code, e.message.as_deref()), (Some(5), Some("gone")));
        assert!(ErrorBody::parse(b"<html>bad gateway</html>").is_none());
        assert!(ErrorBody::parse(b"").is_none());
        assert!(ErrorBody::parse(b"{}").is_none());
        assert!(ErrorBody::parse(b"[1,2]").is_none());
    }
}
