//! An [`AppError`] in words: its message id with its arguments, in the chosen language.

use fluent_bundle::{FluentArgs, FluentValue};
use webitel_hooks_model::{AppError, HookEvent, Language, QueueType};

use super::{event_label, format, has, queue_type_label, text, text_with};

/// Between the items of the `what` argument of `error-changed-since` (see [`differences_arg`]).
pub const DIFFERENCES_SEPARATOR: char = '\u{1f}';

/// The `what` argument of `error-changed-since`: each difference as `deleted`, `exists`,
/// `enabled`, `disabled`, `event:<event>` or `flow:<name>`, so that every language words
/// the list itself.
pub fn differences_arg<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<&str> = items.into_iter().collect();
    items.join(&DIFFERENCES_SEPARATOR.to_string())
}

/// `err` with its English sentence as its `message`: what the log and a reader without the
/// catalogs see. Every side that makes an `AppError` from an id and arguments ends here.
pub fn in_english(err: AppError) -> AppError {
    let message = error_text(Language::En, &err);
    AppError { message, ..err }
}

/// What `err` says in `language`. An error with no id, or with one this build's catalogs do
/// not have, reads as the sentence it came with.
///
/// The native side sends some arguments as data that every language words here: `event` (the
/// event as the API spells it), `type` (a queue type's code), `what` of `error-changed-since`
/// (see [`differences_arg`]), `detail-id` (a message id, such as a keyring call's
/// `keyring-trouble-*`, worded with the same arguments as `detail`), and the cause (worded as
/// `first`).
pub fn error_text(language: Language, err: &AppError) -> String {
    if err.id.is_empty() || !has(Language::En, &err.id) {
        return err.message.clone();
    }
    let mut args = FluentArgs::new();
    for (name, value) in &err.args {
        let value: FluentValue<'_> = match name.as_str() {
            // Words of the catalog, translated here: the native side sends the value as the
            // API spells it.
            "event" => event_label(language, &HookEvent::parse(value)).into(),
            "type" => match value.parse::<i32>() {
                Ok(code) => queue_type_label(language, QueueType::from_code(code)).into(),
                Err(_) => value.as_str().into(),
            },
            "what" if err.id == "error-changed-since" => differences(language, value).into(),
            // A count picks a plural form only as a number.
            _ => match value.parse::<i64>() {
                Ok(n) if n.to_string() == *value => n.into(),
                _ => value.as_str().into(),
            },
        };
        args.set(name.as_str(), value);
    }
    // A detail the catalog words (a keyring call's trouble, why a file is no export): that
    // message, with the same arguments (the keyring's or the parser's own words as `inner`).
    if let Some(id) = err.args.get("detail-id") {
        let detail = format(language, id, Some(&args));
        args.set("detail", detail);
    }
    // The failure behind this one, worded in the same language.
    if let Some(cause) = &err.cause {
        args.set("first", error_text(language, cause));
    }
    format(language, &err.id, Some(&args))
}

fn differences(language: Language, items: &str) -> String {
    let words: Vec<String> = items
        .split(DIFFERENCES_SEPARATOR)
        .filter(|item| !item.is_empty())
        .map(|item| match item.split_once(':') {
            Some(("event", event)) => text_with(
                language,
                "difference-event",
                &[(
                    "event",
                    event_label(language, &HookEvent::parse(event)).into(),
                )],
            ),
            Some(("flow", flow)) => {
                text_with(language, "difference-flow", &[("flow", flow.into())])
            }
            _ => match item {
                "deleted" => text(language, "difference-deleted"),
                "exists" => text(language, "difference-exists"),
                "enabled" => text(language, "difference-enabled"),
                "disabled" => text(language, "difference-disabled"),
                other => other.to_owned(),
            },
        })
        .collect();
    words.join(&text(language, "difference-separator"))
}
