//! List parameters as the engine's gateway reads them: repeated keys, 1-based pages, `q` with
//! `*` wildcards, `+field` / `-field` sort, `fields` filters.

use std::cmp::Ordering;

use serde_json::Value;

use crate::error::{ApiError, ApiResult};

pub const DEFAULT_SIZE: usize = 40;
pub const MAX_SIZE: usize = 20_000;

#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    pub fn parse(raw: Option<&str>) -> Self {
        let pairs = url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
            .map(|(k, v)| {
                // `type[]=4` is how some clients spell a repeated key.
                let k = k.strip_suffix("[]").unwrap_or(&k).to_string();
                (k, v.into_owned())
            })
            .collect();
        Self { pairs }
    }

    /// Last value of `key`, as the gateway keeps for a scalar field.
    pub fn one(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a repeated `key`; comma-separated values are split too.
    pub fn many(&self, key: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }

    pub fn int64s(&self, key: &str) -> ApiResult<Vec<i64>> {
        self.many(key)
            .into_iter()
            .map(|v| v.parse().map_err(|_| ApiError::bad_param(key, v)))
            .collect()
    }

    pub fn ints<T: std::str::FromStr>(&self, key: &str) -> ApiResult<Vec<T>> {
        self.many(key)
            .into_iter()
            .map(|v| v.parse().map_err(|_| ApiError::bad_param(key, v)))
            .collect()
    }

    pub fn bool(&self, key: &str) -> ApiResult<Option<bool>> {
        match self.one(key).map(str::trim) {
            None | Some("") => Ok(None),
            Some(v) if v.eq_ignore_ascii_case("true") || v == "1" => Ok(Some(true)),
            Some(v) if v.eq_ignore_ascii_case("false") || v == "0" => Ok(Some(false)),
            Some(v) => Err(ApiError::bad_param(key, v)),
        }
    }

    fn int(&self, key: &str) -> ApiResult<Option<i64>> {
        match self.one(key).map(str::trim) {
            None | Some("") => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| ApiError::bad_param(key, v)),
        }
    }

    pub fn page(&self) -> ApiResult<Page> {
        let page = self.int("page")?.unwrap_or(1).max(1);
        let size = match self.int("size")? {
            Some(s) if s >= 1 && s <= MAX_SIZE as i64 => s as usize,
            _ => DEFAULT_SIZE,
        };
        Ok(Page {
            page: usize::try_from(page).unwrap_or(usize::MAX),
            size,
        })
    }

    pub fn pattern(&self, key: &str) -> Option<Pattern> {
        self.one(key).filter(|q| !q.is_empty()).map(Pattern::new)
    }

    /// `(field, descending)`. A `+` sent unencoded arrives as a space, and still means ascending.
    pub fn sort(&self) -> Option<(String, bool)> {
        let raw = self.one("sort")?;
        let trimmed = raw.trim_start_matches(' ');
        let (field, desc) = if let Some(f) = trimmed.strip_prefix('-') {
            (f, true)
        } else if let Some(f) = trimmed.strip_prefix('+') {
            (f, false)
        } else {
            (trimmed, false)
        };
        let field = field.trim();
        (!field.is_empty()).then(|| (field.to_string(), desc))
    }

    /// The requested `fields` that `allowed` knows; empty means "all".
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
        assert_eq!(p.sort(), Some(("name".into(), false)));
        let pg = p.page().unwrap();
        assert_eq!((pg.page, pg.size), (1, DEFAULT_SIZE));
        let p = Params::parse(Some("sort=-event&fields=id,name&fields=x&type[]=4&type=1"));
        assert_eq!(p.sort(), Some(("event".into(), true)));
        assert_eq!(p.fields(&["id", "name"]), vec!["id", "name"]);
        assert_eq!(p.many("type"), vec!["4", "1"]);
        assert!(Params::parse(Some("page=x")).page().is_err());
    }
}
