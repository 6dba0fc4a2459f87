//! Every message id the code asks for is in the catalogs, and every id in them is asked for.

use std::collections::BTreeSet;

use super::catalogs::english;
use super::source::{literals, Literal};

/// The functions that take a message id as their first argument.
const LOOKUPS: [&str; 6] = ["t", "t_with", "t_count", "text", "text_with", "text_count"];

/// Ids the code composes rather than writes: each with the rule that makes it.
fn composed(id: &str, written: &BTreeSet<String>) -> bool {
    // `words::event_meaning`: an event's label id and "-meaning".
    id.strip_suffix("-meaning")
        .is_some_and(|base| written.contains(base))
}

fn looks_like_id(text: &str) -> bool {
    let mut parts = text.split('-');
    parts
        .next()
        .is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
        && text.contains('-')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A literal the code uses as a message id: the first argument of a lookup (in any branch of
/// it), or what a function named `…_id`, `message_id` or `failure_title` answers.
fn used_as_id(l: &Literal) -> bool {
    let in_lookup = l
        .call
        .as_ref()
        .is_some_and(|(name, arg)| *arg == 0 && LOOKUPS.contains(&name.as_str()))
        // `text(language, "id")`: the native side names the language first.
        || l.call.as_ref().is_some_and(|(name, arg)| {
            *arg == 1 && ["text", "text_with", "text_count"].contains(&name.as_str())
        });
    let answered = l.function.ends_with("_id") || l.function == "failure_title";
    looks_like_id(&l.text) && (in_lookup || answered)
}

#[test]
fn every_id_the_code_asks_for_is_in_the_catalog() {
    let catalog = english();
    let missing: Vec<String> = literals()
        .into_iter()
        .filter(used_as_id)
        .filter(|l| !catalog.contains_key(&l.text))
        .map(|l| format!("{}:{}: {}", l.file, l.line, l.text))
        .collect();
    assert!(
        missing.is_empty(),
        "ids not in the catalog:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_id_in_the_catalog_is_used_by_the_code() {
    let written: BTreeSet<String> = literals().into_iter().map(|l| l.text).collect();
    let unused: Vec<String> = english()
        .into_keys()
        .filter(|id| !id.contains('.'))
        .filter(|id| !written.contains(id) && !composed(id, &written))
        .collect();
    assert!(unused.is_empty(), "ids nobody uses:\n{}", unused.join("\n"));
}
