//! Export, import and "Copy to…": hooks written to a file and read back onto the same or another
//! server profile, or copied into other queues, with a preview before anything is sent.
//!
//! - [`format`]: the export file (versioned JSON, and CSV for reading);
//! - [`export`]: the hooks a selection, an owner or the all-hooks filters name, from the cache;
//! - [`plan`]: the preview: each hook matched by name, created, skipped or unmatched;
//! - [`apply`]: the confirmed creates, through the registry's create use case.
//!
//! A copy is an import of an export made in memory ([`plan::copy_document`]): one code path.
//! The shell picks the files (native dialogs); the webview never names a path.

pub mod apply;
pub mod export;
pub mod format;
pub mod plan;

use std::io::Read;
use std::path::Path;

use webitel_hooks_model::transfer::{PreviewCopyArgs, TransferFormat, TransferPreview};
use webitel_hooks_model::HookOwner;

use crate::error::{Error, InputProblem, NotAnExportWhy, Result};
use crate::registry::{input, HookRegistry};
use format::{ExportDocument, MAX_FILE_BYTES};

/// The form a file's name asks for: `.csv` is CSV, anything else JSON.
pub fn format_of(path: &Path) -> TransferFormat {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("csv") => TransferFormat::Csv,
        _ => TransferFormat::Json,
    }
}

/// Writes `doc` to `path` in the form its name asks for; answers that form.
pub fn write_export(path: &Path, doc: &ExportDocument) -> Result<TransferFormat> {
    let format = format_of(path);
    let text = match format {
        TransferFormat::Json => doc.to_json(),
        TransferFormat::Csv => doc.to_csv(),
    };
    std::fs::write(path, text).map_err(|e| Error::FileNotWritten {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    Ok(format)
}

/// Reads an export from `path`, refusing a file that is not one (or too large to be one) and a
/// newer format version, each with its sentence.
pub fn read_export(path: &Path) -> Result<ExportDocument> {
    let not_read = |e: std::io::Error| Error::FileNotRead {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(not_read)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(not_read)?;
    let name = file_name(path);
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::NotAnExport {
            file: name,
            why: NotAnExportWhy::TooLarge {
                mib: MAX_FILE_BYTES / (1024 * 1024),
            },
        });
    }
    ExportDocument::parse(&bytes, &name)
}

/// The file's name without its folder, as a sentence names it.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The preview of importing `doc` into the active profile.
pub async fn preview_import(
    registry: &HookRegistry,
    doc: &ExportDocument,
    file: &str,
) -> Result<TransferPreview> {
    if doc.hooks.len() > apply::MAX_CREATES {
        return Err(InputProblem::TooMany.into());
    }
    let mut preview = plan::preview(registry, doc).await?;
    preview.file_name = file.to_owned();
    Ok(preview)
}

/// The preview of copying the hooks `args` names (from `source`'s cache, the active profile's)
/// into its target queues of `target`: the active registry again for a copy on the same server,
/// or another profile's (`ProfileBook::registry_for`), whose queues, flows and hooks the plan
/// matches against. The target queues are those its cache lists (the copy dialog listed them
/// from there or through it).
pub async fn preview_copy(
    source: &HookRegistry,
    target: &HookRegistry,
    args: &PreviewCopyArgs,
) -> Result<TransferPreview> {
    input::items(args.hooks.len())?;
    input::items(args.targets.len())?;
    if args.hooks.len() * args.targets.len() > apply::MAX_CREATES {
        return Err(InputProblem::TooMany.into());
    }
    let source = export::export(
        source,
        &webitel_hooks_model::transfer::ExportSource::Hooks {
            hooks: args.hooks.clone(),
        },
    )?;
    let cached = target.store().queues()?;
    let mut targets = Vec::new();
    for id in &args.targets {
        input::owner(HookOwner::Queue(*id))?;
        let queue = cached
            .iter()
            .find(|q| q.queue.id == *id)
            .ok_or(Error::QueueGone)?;
        targets.push((*id, queue.queue.name.clone(), queue.queue.queue_type));
    }
    let doc = plan::copy_document(source.server.clone(), &source.hooks, &targets);
    let mut preview = plan::preview(target, &doc).await?;
    preview.exported_from = String::new();
    preview.target_profile = args.profile;
    Ok(preview)
}
