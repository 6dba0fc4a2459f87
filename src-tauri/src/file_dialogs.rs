//! The native Save and Open dialogs of an export and an import. The shell asks the user for the
//! path; the webview never names one, so a page that went wrong can neither read nor write a
//! file of its choosing.
//!
//! What must hold: a dialog closed without a choice is `None`, never an error; each dialog sits
//! over the app's window (on Linux the GTK file chooser, which the end-to-end tests drive as a
//! user does: typing the path and Enter).

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{Dialog, DialogExt, FileDialogBuilder, FilePath};
use webitel_hooks_i18n::text;
use webitel_hooks_model::transfer::TransferFormat;

use crate::desktop::MAIN_WINDOW;
use crate::error::{Error, Result};

/// Asks where to save an export, suggesting `file_name`; the filter of `format` first.
pub async fn save_path<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
    format: TransferFormat,
) -> Result<Option<PathBuf>> {
    let language = crate::settings::language(app);
    let builder = builder(app)?.set_title(text(language, "dialog-export-hooks"));
    let json = text(language, "dialog-filter-json");
    let csv = text(language, "dialog-filter-csv");
    let builder = match format {
        TransferFormat::Json => builder
            .add_filter(json, &["json"])
            .add_filter(csv, &["csv"]),
        TransferFormat::Csv => builder
            .add_filter(csv, &["csv"])
            .add_filter(json, &["json"]),
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    builder.set_file_name(file_name).save_file(move |path| {
        let _ = tx.send(path);
    });
    // A dialog dropped without an answer (the app is closing) is a dialog closed.
    chosen(rx.await.ok().flatten())
}

/// Asks where to save the change journal as CSV, suggesting `file_name`.
pub async fn save_journal_path<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
) -> Result<Option<PathBuf>> {
    let language = crate::settings::language(app);
    let (tx, rx) = tokio::sync::oneshot::channel();
    builder(app)?
        .set_title(text(language, "dialog-export-journal"))
        .add_filter(text(language, "dialog-filter-csv-only"), &["csv"])
        .set_file_name(file_name)
        .save_file(move |path| {
            let _ = tx.send(path);
        });
    chosen(rx.await.ok().flatten())
}

/// Asks which export to import.
pub async fn open_path<R: Runtime>(app: &AppHandle<R>) -> Result<Option<PathBuf>> {
    let language = crate::settings::language(app);
    let (tx, rx) = tokio::sync::oneshot::channel();
    builder(app)?
        .set_title(text(language, "dialog-import-hooks"))
        .add_filter(text(language, "dialog-filter-export"), &["json"])
        .pick_file(move |path| {
            let _ = tx.send(path);
        });
    chosen(rx.await.ok().flatten())
}

fn builder<R: Runtime>(app: &AppHandle<R>) -> Result<FileDialogBuilder<R>> {
    if app.try_state::<Dialog<R>>().is_none() {
        return Err(Error::Runtime("no file dialog".to_owned()));
    }
    let builder = app.dialog().file();
    Ok(match app.get_webview_window(MAIN_WINDOW) {
        Some(window) => builder.set_parent(&window),
        None => builder,
    })
}

fn chosen(path: Option<FilePath>) -> Result<Option<PathBuf>> {
    path.map(|p| p.into_path().map_err(|e| Error::Runtime(e.to_string())))
        .transpose()
}
