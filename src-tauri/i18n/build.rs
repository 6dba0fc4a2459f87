//! Lists the catalog files under `locales/` for `src/catalogs.rs` to compile in. A language
//! folder or file that is missing is left out here and refused by the catalog tests, so that a
//! half-written translation still builds the app (falling back to English) but never passes.

use std::fmt::Write as _;
use std::path::Path;

const LANGUAGES: [(&str, &str); 9] = [
    ("En", "en"),
    ("Es", "es"),
    ("Kk", "kk"),
    ("Pl", "pl"),
    ("Ro", "ro"),
    ("Ru", "ru"),
    ("Uk", "uk"),
    ("Uz", "uz"),
    ("Vi", "vi"),
];
const FILES: [&str; 3] = ["main.ftl", "errors.ftl", "native.ftl"];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut code = String::from("&[\n");
    for (variant, folder) in LANGUAGES {
        let dir = root.join(folder);
        println!("cargo:rerun-if-changed={}", dir.display());
        for file in FILES {
            let path = dir.join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            if path.is_file() {
                let _ = writeln!(
                    code,
                    "    CatalogFile {{ language: Language::{variant}, name: {file:?}, text: include_str!({:?}) }},",
                    path.display().to_string()
                );
            }
        }
    }
    code.push_str("]\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("catalog_files.rs");
    if let Err(err) = std::fs::write(&out, code) {
        eprintln!("cannot write {}: {err}", out.display());
        std::process::exit(1);
    }
}
