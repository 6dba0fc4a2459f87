//! List parameters as the engine's gateway reads them: repeated keys, 1-based pages, `q` with
//! `*` wildcards, `+field` / `-field` sort, `fields` filters.
//!
//! The gateway (grpc-gateway v2, `runtime/query.go`, `DefaultQueryParser.Parse`; webitel/engine's
//! go.mod pins v2.18) fills the request message from the query string: a list field takes every
//! value of its repeated key, each value whole (`fields=id,name` is the one name "id,name", and
//! `type=4,5` is not an integer: 400); a scalar field takes one value, and a second is "too many
//! values" (400); a key that names no field of the request is ignored. A key `name[x]` is read
//! as the field `name` with `x` put before its values (its map syntax), so `type[]=4` is the
//! list `["", "4"]`, whose empty integer fails (400), and `fields[]=id` adds an empty name.

use std::cmp::Ordering;

use serde_json::Value;

use crate::error::{ApiError, ApiResult};

pub const DEFAULT_SIZE: usize = 40;
pub const MAX_SIZE: usize = 20_000;

#[derive(Debug, Default)]
pub struct Params {
    /// The field each key names and its values, one entry per distinct key as sent.
    keys: Vec<(String, Vec<String>)>,
}

impl Params {
    pub fn parse(raw: Option<&str>) -> Self {
        let mut keys: Vec<(String, Vec<String>)> = Vec::new();
        for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            match keys.iter_mut().find(|(k, _)| *k == key) {
                Some((_, values)) => values.push(value.into_owned()),
                None => keys.push((key.into_owned(), vec![value.into_owned()])),
            }
        }
        let keys = keys
            .into_iter()
            .map(|(key, values)| match bracketed(&key) {
                Some((field, inner)) => {
                    let mut all = vec![inner.to_string()];
                    all.extend(values);
                    (field.to_string(), all)
                }
                None => (key, values),
            })
            .collect();
        Self { keys }
    }

    /// The one value of the scalar field `key`; a second value is refused as the gateway
    /// refuses it.
    pub fn one(&self, key: &str) -> ApiResult<Option<&str>> {
        let mut values = self.values(key);
        let first = values.next();
        match values.next() {
            Some(second) => Err(ApiError::bad_param(key, second)),
            None => Ok(first),
        }
    }

    /// Every value of the list field `key`, each as sent.
    pub fn many(&self, key: &str) -> Vec<&str> {
        self.values(key).collect()
    }

    fn values<'a, 'k>(&'a self, key: &'k str) -> impl Iterator<Item = &'a str> + use<'a, 'k> {
        self.keys
            .iter()
            .filter(move |(k, _)| k == key)
            .flat_map(|(_, values)| values.iter().map(String::as_str))
    }

    pub fn int64s(&self, key: &str) -> ApiResult<Vec<i64>> {
        self.ints(key)
    }

    pub fn ints<T: std::str::FromStr>(&self, key: &str) -> ApiResult<Vec<T>> {
        self.many(key)
            .into_iter()
            .map(|v| v.parse().map_err(|_| ApiError::bad_param(key, v)))
            .collect()
    }

    /// A bool as Go's `strconv.ParseBool` reads it, which the gateway uses.
    pub fn bool(&self, key: &str) -> ApiResult<Option<bool>> {
        match self.one(key)? {
            None => Ok(None),
            Some("1" | "t" | "T" | "true" | "TRUE" | "True") => Ok(Some(true)),
            Some("0" | "f" | "F" | "false" | "FALSE" | "False") => Ok(Some(false)),
            Some(v) => Err(ApiError::bad_param(key, v)),
        }
    }

    /// An int32 scalar; an empty value is not a number to the gateway either.
    fn int32(&self, key: &str) -> ApiResult<Option<i32>> {
        match self.one(key)? {
            None => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| ApiError::bad_param(key, v)),
        }
    }

    pub fn page(&self) -> ApiResult<Page> {
        let page = self.int32("page")?.unwrap_or(1).max(1);
        let size = match self.int32("size")? {
            Some(s) if s >= 1 && s as usize <= MAX_SIZE => s as usize,
            _ => DEFAULT_SIZE,
        };
        Ok(Page {
            page: usize::try_from(page).unwrap_or(1),
            size,
        })
    }

    pub fn pattern(&self, key: &str) -> ApiResult<Option<Pattern>> {
        Ok(self.one(key)?.filter(|q| !q.is_empty()).map(Pattern::new))
    }

    /// `(field, descending)`. A `+` sent unencoded arrives as a space, and still means ascending.
    pub fn sort(&self) -> ApiResult<Option<(String, bool)>> {
        let Some(raw) = self.one("sort")? else {
            return Ok(None);
        };
        let trimmed = raw.trim_start_matches(' ');
        let (field, desc) = if let Some(f) = trimmed.strip_prefix('-') {
            (f, true)
        } else if let Some(f) = trimmed.strip_prefix('+') {
            (f, false)
        } else {
            (trimmed, false)
        };
        let field = field.trim();
        Ok((!field.is_empty()).then(|| (field.to_string(), desc)))
    }

    /// The requested `fields` that `allowed` knows; empty means "all". Each value is one name.
    pub fn fields(&self, allowed: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for f in self.many("fields") {
            if allowed.contains(&f) && !out.iter().any(|o| o == f) {
                out.push(f.to_string());
            }
        }
        out
    }
}

/// `name[inner]` as `(name, inner)`: the gateway's `^(.*)\[(.*)\]$`, greedy as Go's regexp is.
fn bracketed(key: &str) -> Option<(&str, &str)> {
    let body = key.strip_suffix(']')?;
    let open = body.rfind('[')?;
    Some((&body[..open], &body[open + 1..]))
}

#[derive(Clone, Copy, Debug)]
pub struct Page {
    pub page: usize,
    pub size: usize,
}

impl Page {
    /// The rows of this page, and whether more follow.
    pub fn slice<T>(self, rows: Vec<T>) -> (Vec<T>, bool) {
        let start = (self.page - 1).saturating_mul(self.size);
        let next = rows.len() > start.saturating_add(self.size);
        let items = rows.into_iter().skip(start).take(self.size).collect();
        (items, next)
    }
}

/// `q` as an `ILIKE` pattern: the engine swaps `*` for `%`, so `_` is a one-character wildcard
/// too, and text without wildcards must match whole, ignoring case.
#[derive(Clone, Debug)]
pub struct Pattern {
    tokens: Vec<Tok>,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Any,
    One,
    Char(char),
}

impl Pattern {
    pub fn new(q: &str) -> Self {
        let mut tokens = Vec::new();
        let mut chars = q.chars();
        while let Some(c) = chars.next() {
            match c {
                '*' | '%' => tokens.push(Tok::Any),
                '_' => tokens.push(Tok::One),
                // ILIKE's escape character.
                '\\' => {
                    if let Some(n) = chars.next() {
                        tokens.extend(n.to_lowercase().map(Tok::Char));
                    }
                }
                c => tokens.extend(c.to_lowercase().map(Tok::Char)),
            }
        }
        Self { tokens }
    }

    pub fn matches(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
        // Classic wildcard matching with one backtrack point.
        let (mut t, mut p) = (0usize, 0usize);
        let mut star: Option<(usize, usize)> = None;
        while t < text.len() {
            match self.tokens.get(p) {
                Some(Tok::Any) => {
                    star = Some((p, t));
                    p += 1;
                }
                Some(Tok::One) => {
                    t += 1;
                    p += 1;
                }
                Some(Tok::Char(c)) if *c == text[t] => {
                    t += 1;
                    p += 1;
                }
                _ => match star {
                    Some((sp, st)) => {
                        p = sp + 1;
                        t = st + 1;
                        star = Some((sp, st + 1));
                    }
                    None => return false,
                },
            }
        }
        self.tokens[p..].iter().all(|tok| *tok == Tok::Any)
    }
}

/// Orders rows by `key`, ties by `tie` (ascending), so that pages never overlap; a `tie` that
/// answers the same for every row keeps ties in the order they came (the sort is stable).
pub fn sort_rows<T, K: Ord, I: Ord>(
    rows: &mut [T],
    desc: bool,
    key: impl Fn(&T) -> K,
    tie: impl Fn(&T) -> I,
) {
    rows.sort_by(|a, b| {
        let o = key(a).cmp(&key(b));
        let o = if desc { o.reverse() } else { o };
        if o == Ordering::Equal {
            tie(a).cmp(&tie(b))
        } else {
            o
        }
    });
}

/// Keeps only `fields` (when given) of a JSON object.
pub fn keep_fields(mut value: Value, fields: &[String]) -> Value {
    if fields.is_empty() {
        return value;
    }
    if let Value::Object(map) = &mut value {
        map.retain(|k, _| fields.iter().any(|f| f == k));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(Pattern::new("*crm*").matches("CRM: log call result"));
        assert!(Pattern::new("crm*").matches("CRM: log"));
        assert!(!Pattern::new("crm").matches("CRM: log"));
        assert!(Pattern::new("Missed").matches("missed"));
        assert!(Pattern::new("m_ssed").matches("missed"));
        assert!(Pattern::new("*").matches(""));
        assert!(!Pattern::new("*x*").matches("abc"));
    }

    #[test]
    fn sort_and_page() {
        let p = Params::parse(Some("sort=+name&page=0&size=0"));
        assert_eq!(p.sort().unwrap(), Some(("name".into(), false)));
        let pg = p.page().unwrap();
        assert_eq!((pg.page, pg.size), (1, DEFAULT_SIZE));
        assert!(Params::parse(Some("page=x")).page().is_err());
        assert!(Params::parse(Some("page=")).page().is_err());
        assert!(Params::parse(Some("page=1&page=2")).page().is_err());
    }

    #[test]
    fn lists_repeat_their_key_and_never_split() {
        let p = Params::parse(Some("sort=-event&fields=id,name&fields=id&type=4&type=1"));
        assert_eq!(p.sort().unwrap(), Some(("event".into(), true)));
        assert_eq!(p.fields(&["id", "name"]), vec!["id"]);
        assert_eq!(p.many("type"), vec!["4", "1"]);
        assert!(Params::parse(Some("type=4,5")).ints::<i32>("type").is_err());
        // `type[]=4` is the list ["", "4"] to the gateway.
        let p = Params::parse(Some("type[]=4&fields[]=id"));
        assert_eq!(p.many("type"), vec!["", "4"]);
        assert!(p.ints::<i32>("type").is_err());
        assert_eq!(p.fields(&["id"]), vec!["id"]);
        assert_eq!(bracketed("a[b][c]"), Some(("a[b]", "c")));
        assert_eq!(bracketed("a"), None);
    }
}
