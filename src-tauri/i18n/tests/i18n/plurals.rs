//! Plural forms by each language's rules (CLDR, as Fluent applies them): 1, 2, 5, 21, 22 and
//! 25 of a thing in English, Russian, Ukrainian and Polish.

use webitel_hooks_i18n::text_count;
use webitel_hooks_model::Language;

const COUNTS: [usize; 6] = [1, 2, 5, 21, 22, 25];

/// The confirmation before a delete, for each count, with the number taken out.
fn forms(language: Language) -> Vec<String> {
    COUNTS
        .iter()
        .map(|&n| text_count(language, "confirm-text", n).replace(&n.to_string(), "N"))
        .collect()
}

fn assert_words(language: Language, want: [&str; 6]) {
    for (n, word) in COUNTS.iter().zip(want) {
        let text = text_count(language, "confirm-text", *n);
        assert!(
            text.contains(&format!("{n} {word}")),
            "{}: {n} → {text:?}, expected “{n} {word}”",
            language.code()
        );
    }
}

#[test]
fn english_has_one_and_other() {
    assert_words(
        Language::En,
        [
            "record?", "records?", "records?", "records?", "records?", "records?",
        ],
    );
    let f = forms(Language::En);
    assert_ne!(f[0], f[1]);
    assert_eq!(f[1], f[2]);
}

#[test]
fn russian_has_one_few_and_many() {
    assert_words(
        Language::Ru,
        ["запись", "записи", "записей", "запись", "записи", "записей"],
    );
}

#[test]
fn ukrainian_has_one_few_and_many() {
    assert_words(
        Language::Uk,
        ["запис", "записи", "записів", "запис", "записи", "записів"],
    );
}

#[test]
fn polish_has_one_few_and_many_and_21_is_many() {
    // Polish: 1 is "one", 2-4 and 22-24 "few", 5-21 and 25 "many" (21 is not "one").
    let f = forms(Language::Pl);
    assert_ne!(f[0], f[1], "1 and 2");
    assert_ne!(f[1], f[2], "2 and 5");
    assert_ne!(f[0], f[2], "1 and 5");
    assert_eq!(f[3], f[2], "21 reads as 5");
    assert_eq!(f[4], f[1], "22 reads as 2");
    assert_eq!(f[5], f[2], "25 reads as 5");
}

#[test]
fn the_same_rules_hold_across_messages() {
    for language in [Language::Ru, Language::Uk] {
        let f = forms(language);
        assert_eq!(f[0], f[3], "{}: 1 and 21", language.code());
        assert_eq!(f[1], f[4], "{}: 2 and 22", language.code());
        assert_eq!(f[2], f[5], "{}: 5 and 25", language.code());
        assert!(
            f[0] != f[1] && f[1] != f[2] && f[0] != f[2],
            "{}",
            language.code()
        );
    }
}
