//! Every sentence the user reads, looked up by message id in the Fluent catalogs of the nine
//! languages of Webitel's admin (en, es, kk, pl, ro, ru, uk, uz, vi), compiled into both the
//! window (wasm) and the native side, so that one catalog serves the Hooks tab, the tray, the
//! notifications, the native dialogs and every error.
//!
//! What must hold:
//! - a message the chosen language lacks reads in English, and an id no catalog has reads as
//!   the id itself: a gap shows without breaking anything (the tests keep both from happening);
//! - an error crosses IPC as its message id and arguments ([`AppError`]); [`error_text`] is
//!   the one place that turns it into a sentence, in any language;
//! - numbers select plural forms by the language's CLDR rules, never "record(s)".

mod catalogs;
mod errors;

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use webitel_hooks_model::{HookEvent, Language, QueueType};

pub use catalogs::{catalog_files, CatalogFile, FILE_NAMES};
pub use errors::{differences_arg, error_text, in_english, DIFFERENCES_SEPARATOR};

/// A named argument of a message.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    // Built on first use, one per language and thread: a bundle is not `Sync`, and reading a
    // catalog takes a few milliseconds, paid only for the languages used.
    static BUNDLES: RefCell<Vec<(Language, Bundle)>> = const { RefCell::new(Vec::new()) };
}

fn bundle(language: Language) -> Bundle {
    let tag = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![tag]);
    // No Unicode isolation marks around arguments: the text must read (and match) as written.
    bundle.set_use_isolating(false);
    for file in catalogs::files_of(language) {
        // A file with a syntax error still yields every message it could read (the tests
        // refuse such a file), and a duplicate id keeps its first definition.
        let resource = match FluentResource::try_new(file.text.to_owned()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn with_bundle<T>(language: Language, f: impl FnOnce(&Bundle) -> T) -> T {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let at = match bundles.iter().position(|(l, _)| *l == language) {
            Some(at) => at,
            None => {
                bundles.push((language, bundle(language)));
                bundles.len() - 1
            }
        };
        f(&bundles[at].1)
    })
}

/// Formats `id` in `language`, falling back to English, then to the id itself.
fn format(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let found = with_bundle(language, |bundle| {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    });
    match found {
        Some(text) => text,
        None if language != Language::En => format(Language::En, id, args),
        None => id.to_owned(),
    }
}

/// The message `id` in `language`.
pub fn text(language: Language, id: &str) -> String {
    format(language, id, None)
}

/// The message `id` in `language` with named arguments.
pub fn text_with(language: Language, id: &str, args: &[Arg<'_>]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    format(language, id, Some(&fluent_args))
}

/// The message `id` in `language` with its `$count` argument, which picks the plural form.
pub fn text_count(language: Language, id: &str, count: usize) -> String {
    text_with(language, id, &[("count", FluentValue::from(count))])
}

/// Whether `language`'s own catalog has `id` (not through the English fallback).
pub fn has(language: Language, id: &str) -> bool {
    with_bundle(language, |bundle| bundle.has_message(id))
}

/// An event's name in `language` ("Bridged"); an event this version does not know, as the
/// server spells it.
pub fn event_label(language: Language, event: &HookEvent) -> String {
    match event {
        HookEvent::Other(value) => text_with(
            language,
            event.label_id(),
            &[("value", value.as_str().into())],
        ),
        known => text(language, known.label_id()),
    }
}

/// A queue type's name in `language` ("Progressive Dialer"); a type this version does not
/// know, by its number.
pub fn queue_type_label(language: Language, queue_type: QueueType) -> String {
    match queue_type {
        QueueType::Other(code) => {
            text_with(language, queue_type.label_id(), &[("code", code.into())])
        }
        known => text(language, known.label_id()),
    }
}
