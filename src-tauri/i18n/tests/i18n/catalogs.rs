//! Every language has every message of the English catalog, with the same arguments, and no
//! other; every file parses.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;
use webitel_hooks_i18n::{catalog_files, FILE_NAMES};
use webitel_hooks_model::Language;

/// A message's id (or `id.attribute`) and the variables it uses.
pub type Messages = BTreeMap<String, BTreeSet<String>>;

/// The messages of one file, or what does not parse in it.
pub fn messages(text: &str) -> Result<Messages, String> {
    let resource = parser::parse(text).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut out = Messages::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            ast::Entry::Junk { content } => return Err(format!("cannot read: {content}")),
            _ => {}
        }
    }
    Ok(out)
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// The English catalog's messages, all files together.
pub fn english() -> Messages {
    let mut all = Messages::new();
    for file in catalog_files()
        .iter()
        .filter(|f| f.language == Language::En)
    {
        all.extend(messages(file.text).unwrap_or_else(|e| panic!("en/{}: {e}", file.name)));
    }
    all
}

#[test]
fn every_language_has_every_file_and_each_parses() {
    for language in Language::ALL {
        for name in FILE_NAMES {
            let file = catalog_files()
                .iter()
                .find(|f| f.language == language && f.name == name)
                .unwrap_or_else(|| panic!("locales/{}/{name} is missing", language.code()));
            if let Err(e) = messages(file.text) {
                panic!("locales/{}/{name}: {e}", language.code());
            }
        }
    }
}

#[test]
fn every_language_has_the_english_messages_with_the_same_arguments_and_no_other() {
    let mut problems = Vec::new();
    for language in Language::ALL {
        for name in FILE_NAMES {
            let of = |l: Language| {
                catalog_files()
                    .iter()
                    .find(|f| f.language == l && f.name == name)
                    .and_then(|f| messages(f.text).ok())
                    .unwrap_or_default()
            };
            let (en, theirs) = (of(Language::En), of(language));
            let code = language.code();
            for (id, vars) in &en {
                match theirs.get(id) {
                    None => problems.push(format!("{code}/{name}: {id} is missing")),
                    Some(v) if v != vars => problems.push(format!(
                        "{code}/{name}: {id} uses {v:?}, English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{code}/{name}: {id} is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_id_is_in_one_file_only() {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for file in catalog_files()
        .iter()
        .filter(|f| f.language == Language::En)
    {
        for id in messages(file.text).unwrap_or_default().into_keys() {
            if let Some(other) = seen.insert(id.clone(), file.name) {
                panic!("{id} is in both {other} and {}", file.name);
            }
        }
    }
}
