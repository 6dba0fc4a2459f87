//! A server's own words, made safe to show and to log: one line, a bounded length, and nothing
//! shaped like a secret. A hostile or broken server may quote the request back (its token
//! header, the password of a sign-in) or send pages of text.

/// The most of a server's words kept, in characters.
pub const MAX_CHARS: usize = 300;

/// What stands where a secret was.
const REDACTED: &str = "[redacted]";

/// Runs of at least this many token characters that hold both a letter and a digit are taken
/// for a token (Webitel's are 32 hex digits); identifiers like `store.sql_queue_hook.create`
/// have no digit and stay.
const TOKEN_MIN: usize = 20;

/// `raw` on one line, its secrets redacted, cut at [`MAX_CHARS`] with an ellipsis.
pub fn clean(raw: &str) -> String {
    let line: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let redacted = redact_tokens(&redact_after_keys(&line));
    if redacted.chars().count() > MAX_CHARS {
        let cut: String = redacted.chars().take(MAX_CHARS).collect();
        format!("{}…", cut.trim_end())
    } else {
        redacted
    }
}

/// The value after a key that names a secret (`password`, `X-Webitel-Access`, `token`,
/// `Bearer`), in JSON (`"password":"…"`), query (`password=…`) or header (`X-Webitel-Access: …`)
/// form.
fn redact_after_keys(line: &str) -> String {
    const KEYS: [&str; 5] = [
        "password",
        "x-webitel-access",
        "access_token",
        "token",
        "bearer",
    ];
    let lower = line.to_ascii_lowercase();
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    while at < line.len() {
        let next = KEYS
            .iter()
            .filter_map(|k| lower[at..].find(k).map(|i| (at + i, k.len())))
            .min();
        let Some((start, len)) = next else {
            out.push_str(&line[at..]);
            break;
        };
        let key_end = start + len;
        out.push_str(&line[at..key_end]);
        // Separators between the key and its value: quotes, spaces, `:` or `=`.
        let rest = &line[key_end..];
        let sep_len = rest
            .find(|c: char| !['"', '\'', ' ', ':', '='].contains(&c))
            .unwrap_or(rest.len());
        let separators = &rest[..sep_len];
        out.push_str(separators);
        let value = &rest[sep_len..];
        let value_len = value
            .find(['"', '\'', '&', ',', '}', ' ', ';'])
            .unwrap_or(value.len());
        // A key followed by nothing but words (`the token expired`) has no value to hide; a
        // bearer's value follows a space.
        let bearer = &lower[start..key_end] == "bearer";
        if value_len > 0 && (separators.contains(':') || separators.contains('=') || bearer) {
            out.push_str(REDACTED);
        } else {
            out.push_str(&value[..value_len]);
        }
        at = key_end + sep_len + value_len;
    }
    out
}

/// Token-shaped runs: long, of letters, digits and `-_.+=`, with both a letter and a digit.
fn redact_tokens(line: &str) -> String {
    // Not `/`: paths stay readable (Webitel's tokens are hex).
    let is_token_char = |c: char| c.is_ascii_alphanumeric() || "-_.+=".contains(c);
    let mut out = String::with_capacity(line.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let letters = run.chars().any(|c| c.is_ascii_alphabetic());
        let digits = run.chars().any(|c| c.is_ascii_digit());
        if run.len() >= TOKEN_MIN && letters && digits {
            out.push_str(REDACTED);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in line.chars() {
        if is_token_char(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_request_loses_its_token_and_password_and_its_lines() {
        let echoed = "bad request:\nPOST /api/login\nx-webitel-access: 0f3a9c1d2e4b5a6978877665544332211\ncontent-type: application/json\n\n{\"username\":\"admin@demo\",\"password\":\"hunter2!\"}";
        let words = clean(echoed);
        assert!(!words.contains('\n'));
        assert!(
            !words.contains("0f3a9c1d2e4b5a6978877665544332211"),
            "{words}"
        );
        assert!(!words.contains("hunter2"), "{words}");
        assert!(words.contains("admin@demo"), "{words}");
        assert!(words.contains("[redacted]"));
    }

    #[test]
    fn engine_words_stay_as_they_are() {
        let engine = "store.sql_queue_hook.create.app_error: pq: duplicate key value violates unique constraint \"cc_queue_events_queue_id_event_uindex\"";
        assert_eq!(clean(engine), engine);
        assert_eq!(clean("the token expired"), "the token expired");
        assert_eq!(clean("Bearer abc.def"), "Bearer [redacted]");
        assert_eq!(clean("?password=s3cret&x=1"), "?password=[redacted]&x=1");
    }

    #[test]
    fn long_words_are_cut_with_an_ellipsis() {
        let words = clean(&"word ".repeat(500));
        assert!(words.chars().count() <= MAX_CHARS + 1);
        assert!(words.chars().count() > MAX_CHARS - 10);
        assert!(words.ends_with('…'));
    }
}
