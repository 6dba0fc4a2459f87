//! No sentence the user reads is written in the code: every one comes from the catalogs. A
//! literal that reads like words (two words or more with a capital or a full stop, or words
//! the window shows: an `html!` text or a label, title, placeholder or alt) fails, unless it is
//! one of the kinds below that the user never reads, or on the allow-list with its reason.

use super::source::{literals, Literal};

/// Files whose words are not the user's, with why.
const FILES: [(&str, &str); 3] = [
    (
        "src-tauri/src/diagnostics.rs",
        "the text of a bug report, read by the maintainers: English whatever the window speaks",
    ),
    (
        "src-tauri/src/launch.rs",
        "the command line's usage and its notes to the log, in English like the flags themselves",
    ),
    (
        "src-tauri/src/lib.rs",
        "the one line printed to a terminal when the app cannot start at all, before any catalog",
    ),
];

/// Single literals that are the same in every language, or that the user never reads, with why.
const ALLOWED: [(&str, &str); 13] = [
    ("Webitel Hooks", "the product's name (a keyring entry's service is named with it)"),
    ("-----BEGIN CERTIFICATE-----", "the PEM marker a pasted certificate starts with"),
    (
        "neither {} nor {} is installed (install the package libayatana-appindicator3-1)",
        "why there is no tray icon, for the log only",
    ),
    (
        "\\\"{}\\\" is not a tray item. Use show, sync, quit, hook:<queue id>:<hook id>, disable-all:<queue id>, team-hook:<team id>:<hook id> or team-disable-all:<team id>.",
        "a mistyped --tray-item on the command line, for the log only",
    ),
    ("English", "a language's name in itself (model::Language::own_name)"),
    ("Español", "a language's name in itself"),
    ("Қазақ тілі", "a language's name in itself"),
    ("Polski", "a language's name in itself"),
    ("Română", "a language's name in itself"),
    ("Русский", "a language's name in itself"),
    ("Українська", "a language's name in itself"),
    ("Oʻzbekcha", "a language's name in itself"),
    ("Tiếng Việt", "a language's name in itself"),
];

/// Calls whose string is for the log, a panic, a test or the developer.
const DEVELOPER_CALLS: [&str; 16] = [
    "info",
    "warn",
    "error",
    "debug",
    "trace",
    "event",
    "panic",
    "expect",
    "unreachable",
    "assert",
    "assert_eq",
    "assert_ne",
    "eprintln",
    "println",
    "debug_assert",
    "todo",
];

fn for_the_developer(l: &Literal) -> bool {
    l.calls
        .iter()
        .any(|name| DEVELOPER_CALLS.contains(&name.as_str()))
        || l.before.contains("tracing::")
        || l.before.contains("expect(")
        || l.before.contains("#[")
        || l.before.trim_start().starts_with("//")
}

/// SQL, a date or number format, a path, a URL, a CSS selector or class list, a MIME type.
fn not_words(text: &str) -> bool {
    const SQL: [&str; 14] = [
        "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "PRAGMA ", "ALTER ", "WITH ",
        " FROM ", "ORDER BY", "WHERE ", "CASE ", " JOIN ", " LIKE ",
    ];
    let t = text.trim_start();
    SQL.iter().any(|k| t.starts_with(k.trim_start()) || t.contains(k))
        || t.starts_with("http")
        || t.starts_with('/')
        || t.contains("{:")
        || t.contains("://")
        || !letters(t)
        // Element ids or class names: every word lowercase and hyphenated.
        || t.split_whitespace().all(|w| {
            w.contains('-')
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

/// Whether `text` has a letter outside `\u{…}` escapes.
fn letters(text: &str) -> bool {
    let mut rest = text;
    while let Some(at) = rest.find("\\u{") {
        if rest[..at].chars().any(char::is_alphabetic) {
            return true;
        }
        rest = rest[at..].split_once('}').map_or("", |(_, after)| after);
    }
    rest.chars().any(char::is_alphabetic)
}

/// Reads like words a person reads.
fn reads_like_words(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capital = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() && text.chars().nth(1).is_some_and(char::is_lowercase));
    let sentence_end = text.trim_end().ends_with(['.', '?', '!', '…']);
    let plain_words = words
        .iter()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .count();
    (words.len() >= 2 && (capital || sentence_end)) || plain_words >= 4
}

/// Shown by the window as it is: an html! text, or a label the user or a screen reader reads.
fn shown_in_the_window(l: &Literal) -> bool {
    let before = l.before.trim_end();
    let attribute = ["aria-label=", "title=", "placeholder=", "alt="]
        .iter()
        .any(|a| before.ends_with(a));
    // A text between braces that reads as words (`{ "Save" }`), not a class or a value picked
    // in an attribute's expression (`{if busy { "true" } else { "false" }}`).
    let text_node = l.in_html
        && before.ends_with('{')
        && (l.text.chars().any(char::is_uppercase) || l.text.trim().contains(' '));
    (attribute || text_node) && letters(&l.text)
}

#[test]
fn no_sentence_the_user_reads_is_written_in_the_code() {
    let found: Vec<String> = literals()
        .into_iter()
        .filter(|l| !FILES.iter().any(|(f, _)| l.file == *f))
        .filter(|l| !ALLOWED.iter().any(|(a, _)| l.text == *a))
        .filter(|l| !for_the_developer(l) && !not_words(&l.text))
        .filter(|l| reads_like_words(&l.text) || shown_in_the_window(l))
        .map(|l| format!("{}:{}: {:?}", l.file, l.line, l.text))
        .collect();
    assert!(
        found.is_empty(),
        "words written in the code instead of a catalog ({}):\n{}",
        found.len(),
        found.join("\n")
    );
}
