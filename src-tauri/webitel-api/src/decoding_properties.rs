//! Property tests of the answer decoding: whatever bytes a server sends, every reader of this
//! crate answers a value or an error, never a panic; and a page never loses an item silently
//! (each is read, or counted as skipped).
//!
//! Cases per property are fixed (see `CASES`), so a run takes the same time every time.

use proptest::prelude::*;
use serde_json::{json, Map, Value};

use crate::auth::LoginAnswer;
use crate::error::Error;
use crate::wire::{ErrorBody, Page};
use crate::{FlowSchema, Hook, Queue, UserInfo};

/// Cases of each property; with the shrinking of a failure off, about a second in all.
const CASES: u32 = 2000;

/// The keys a Webitel answer uses, so that generated objects hit the fields the readers read.
const KEYS: &[&str] = &[
    "items",
    "next",
    "id",
    "event",
    "schema",
    "enabled",
    "name",
    "type",
    "team",
    "code",
    "detail",
    "message",
    "status",
    "access_token",
    "authorization",
    "token_type",
    "expires_in",
    "username",
    "domain",
    "scope",
    "permissions",
    "dc",
    "updated_at",
    "priority",
];

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        max_shrink_iters: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Any JSON value, with object keys mostly from [`KEYS`], nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[0-9]{0,25}".prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop_oneof![
            4 => proptest::sample::select(KEYS).prop_map(str::to_owned),
            1 => ".{0,6}",
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::vec((key, inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Every reader of an answer, over `bytes`: none may panic.
fn read_everything(bytes: &[u8]) {
    let _ = serde_json::from_slice::<Page<Hook>>(bytes);
    let _ = serde_json::from_slice::<Page<Queue>>(bytes);
    let _ = serde_json::from_slice::<Page<FlowSchema>>(bytes);
    let _ = serde_json::from_slice::<Hook>(bytes);
    let _ = serde_json::from_slice::<UserInfo>(bytes)
        .map(|u| (u.can_read_hooks(), u.can_change_hooks(), u.can_read_flows()));
    let _ = serde_json::from_slice::<LoginAnswer>(bytes).map(LoginAnswer::outcome);
    for status in [200, 302, 400, 401, 403, 404, 429, 500, 502, 503, 599] {
        let err = Error::from_response(status, ErrorBody::parse(bytes));
        let _ = (err.to_string(), err.kind(), err.engine_id().map(str::len));
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_bytes_are_read_or_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        read_everything(&bytes);
    }

    #[test]
    fn any_json_is_read_or_refused_without_a_panic(value in any_json()) {
        read_everything(&serde_json::to_vec(&value).unwrap());
    }

    #[test]
    fn a_page_reads_or_counts_every_item(items in proptest::collection::vec(any_json(), 0..12), next in any::<bool>()) {
        let n = items.len();
        let bytes = serde_json::to_vec(&json!({ "items": items, "next": next })).unwrap();
        for (read, skipped) in [
            serde_json::from_slice::<Page<Hook>>(&bytes).map(|p| (p.items.len(), p.skipped)),
            serde_json::from_slice::<Page<Queue>>(&bytes).map(|p| (p.items.len(), p.skipped)),
            serde_json::from_slice::<Page<FlowSchema>>(&bytes).map(|p| (p.items.len(), p.skipped)),
        ]
        .into_iter()
        .map(|page| page.expect("a page of any items is a page"))
        {
            prop_assert_eq!(read + skipped, n);
        }
    }

    #[test]
    fn a_hook_with_one_field_of_any_value_is_read_or_skipped_alone(field in proptest::sample::select(&["id", "event", "schema", "enabled"][..]), value in any_json()) {
        let mut odd = json!({"id": "7", "event": "missed", "schema": {"id": "101", "name": "F"}, "enabled": true});
        odd[field] = value;
        let good = json!({"id": "8", "event": "bridged", "schema": {"id": "102", "name": "G"}, "enabled": false});
        let bytes = serde_json::to_vec(&json!({ "items": [good, odd], "next": true })).unwrap();
        let page: Page<Hook> = serde_json::from_slice(&bytes).expect("a page");
        prop_assert_eq!(page.items.len() + page.skipped, 2);
        prop_assert!(page.items.iter().any(|h| h.event.as_str() == "bridged"), "the good row stays");
        prop_assert!(page.next);
    }
}
