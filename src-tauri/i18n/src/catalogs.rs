//! The catalog files, compiled in: one folder per language under `locales/`, the same three
//! files in each (`main.ftl`: the window; `errors.ftl`: what went wrong; `native.ftl`: the tray,
//! notifications, native dialogs and the shell's own errors). `build.rs` lists them.

use webitel_hooks_model::Language;

/// One catalog file of one language.
#[derive(Debug, Clone, Copy)]
pub struct CatalogFile {
    pub language: Language,
    /// The file's name in its language's folder (`main.ftl`).
    pub name: &'static str,
    pub text: &'static str,
}

/// The names of the files every language has.
pub const FILE_NAMES: [&str; 3] = ["main.ftl", "errors.ftl", "native.ftl"];

const FILES: &[CatalogFile] = include!(concat!(env!("OUT_DIR"), "/catalog_files.rs"));

/// Every catalog file of every language.
pub fn catalog_files() -> &'static [CatalogFile] {
    FILES
}

/// The files of `language`.
pub(crate) fn files_of(language: Language) -> impl Iterator<Item = &'static CatalogFile> {
    FILES.iter().filter(move |f| f.language == language)
}
