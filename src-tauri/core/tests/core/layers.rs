//! Core's rooms are layered (docs/ARCHITECTURE.md): a module names only modules of a lower
//! layer (or of its own), never one above it, and never the crate root's re-exports, which are
//! for the shell. Read from the source, so that an import that breaks the order fails here.

use std::path::{Path, PathBuf};

/// Lowest first. A module may name the modules of the layers before its own.
const LAYERS: &[&[&str]] = &[
    &["clock", "csv", "error"],
    &["sqlite"],
    &["store", "vault"],
    &["session"],
    &["registry"],
    &["sync", "transfer"],
    &["profiles"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The first segment of every `crate::` path in `code`, `crate::{a, b::c}` giving `a` and `b`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let first = item.trim().split("::").next().unwrap_or_default();
                if !first.is_empty() {
                    names.push(first.to_owned());
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
    }
    names
}

/// What `code` does wrong: each name it uses that is above its layer or not a module.
fn upward_names(module: &str, code: &str) -> Vec<String> {
    let Some(own) = layer_of(module) else {
        return vec![format!("{module} is in no layer")];
    };
    let mut wrong = Vec::new();
    for line in code.lines() {
        // Comments and docs may point anywhere; only code imports.
        let code = line.split("//").next().unwrap_or_default();
        for name in crate_paths(code) {
            match layer_of(&name) {
                Some(layer) if layer < own || name == module => {}
                Some(_) => wrong.push(format!("{module} uses {name}, a layer above or beside it")),
                None => wrong.push(format!("{module} uses crate::{name}, not a module")),
            }
        }
    }
    wrong
}

#[test]
fn no_module_of_core_imports_from_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    let mut read = 0;
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let module = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap()
            .trim_end_matches(".rs")
            .to_owned();
        if module == "lib" {
            continue;
        }
        let code = std::fs::read_to_string(&file).unwrap();
        for w in upward_names(&module, &code) {
            wrong.push(format!("{}: {w}", relative.display()));
        }
        read += 1;
    }
    assert!(read > 20, "only {read} files read from {}", src.display());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_an_upward_import_and_a_root_re_export() {
    assert_eq!(
        upward_names("store", "use crate::registry::HookRegistry;"),
        ["store uses registry, a layer above or beside it"]
    );
    assert_eq!(
        upward_names("sync", "use crate::{error::Result, HookRegistry};"),
        ["sync uses crate::HookRegistry, not a module"]
    );
    assert_eq!(
        upward_names("vault", "use crate::store::Store;"),
        ["vault uses store, a layer above or beside it"]
    );
    assert!(upward_names("profiles", "use crate::sync::SyncRunner; // crate::x").is_empty());
    assert!(upward_names("registry", "/// See [`crate::profiles`].").is_empty());
}
