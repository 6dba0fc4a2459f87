//! The export file: a versioned JSON document (docs/EXPORT-FORMAT.md, whose JSON Schema is
//! docs/export-format.schema.json), and the CSV form for reading.
//!
//! What must hold:
//! - a file says what it is (`format`) and which version of the format wrote it (`version`);
//!   a file that is not one of ours (not JSON, no `format`, a field of the wrong type) is
//!   refused with one sentence saying where reading stopped, and a newer version with another,
//!   before anything else is read from it;
//! - a file names every queue, team and flow by its id and its name: ids to import onto the
//!   same server, names to match them on another one;
//! - nothing secret is written: the server's address comes without credentials (the session
//!   strips them), and no user, token or password is named;
//! - reading never panics, whatever the bytes.

use serde::{Deserialize, Serialize};
use webitel_hooks_model::{HookEvent, OwnerKind, QueueType};

use crate::error::{Error, NotAnExportWhy, Result};

/// The value of `format` in every export.
pub const FORMAT_NAME: &str = "webitel-hooks-export";
/// The version this app writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// A file larger than this is not an export a person made of hooks (a hook is ~250 bytes: this
/// is some 60,000 hooks); it is refused before it is read whole.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// One export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportDocument {
    pub format: String,
    pub version: u32,
    /// When it was made, RFC 3339 in UTC (`2026-12-06T02:00:00Z`).
    pub exported_at: String,
    /// The server's address, without credentials.
    pub server: String,
    pub hooks: Vec<ExportedHook>,
}

/// One hook of an export, with its owner and flow by id and by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedHook {
    pub owner_kind: OwnerKind,
    pub owner_id: i64,
    pub owner_name: String,
    /// The queue's type as the engine numbers it (`cc_queue.type`); `null` for a team.
    pub queue_type: Option<QueueType>,
    /// The event as the API spells it (`bridged`, `agent_status`).
    pub event: HookEvent,
    pub flow_id: i64,
    pub flow_name: String,
    pub enabled: bool,
}

impl ExportDocument {
    pub fn new(server: String, exported_at_ms: i64, hooks: Vec<ExportedHook>) -> Self {
        ExportDocument {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            exported_at: rfc3339(exported_at_ms),
            server,
            hooks,
        }
    }

    /// The document as the file holds it: pretty JSON, for a person who opens it too.
    pub fn to_json(&self) -> String {
        // Serialising plain strings, numbers and booleans cannot fail.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a file's bytes; `file` names it in the sentence of a refusal.
    pub fn parse(bytes: &[u8], file: &str) -> Result<ExportDocument> {
        let not_export = |why: NotAnExportWhy| Error::NotAnExport {
            file: file.to_owned(),
            why,
        };
        let value: serde_json::Value = serde_json::from_slice(bytes)
            .map_err(|e| not_export(NotAnExportWhy::NotJson(e.to_string())))?;
        let Some(object) = value.as_object() else {
            return Err(not_export(NotAnExportWhy::NotAnObject));
        };
        if object.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
            return Err(not_export(NotAnExportWhy::NotNamed));
        }
        let Some(version) = object.get("version").and_then(|v| v.as_u64()) else {
            return Err(not_export(NotAnExportWhy::NoVersion));
        };
        if version > u64::from(FORMAT_VERSION) {
            return Err(Error::NewerExport {
                file: file.to_owned(),
                found: version,
                known: FORMAT_VERSION,
            });
        }
        serde_json::from_value(value).map_err(|e| not_export(NotAnExportWhy::Shape(e.to_string())))
    }

    /// The CSV form (RFC 4180): a header row, then one hook per line, CRLF line ends.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header = [
            "owner_kind",
            "owner_id",
            "owner_name",
            "queue_type",
            "event",
            "flow_id",
            "flow_name",
            "enabled",
        ];
        crate::csv::push_row(&mut out, header);
        for h in &self.hooks {
            crate::csv::push_row(
                &mut out,
                [
                    match h.owner_kind {
                        OwnerKind::Queue => "queue".to_owned(),
                        OwnerKind::Team => "team".to_owned(),
                    },
                    h.owner_id.to_string(),
                    h.owner_name.clone(),
                    h.queue_type
                        .map(|t| t.code().to_string())
                        .unwrap_or_default(),
                    h.event.as_str().to_owned(),
                    h.flow_id.to_string(),
                    h.flow_name.clone(),
                    h.enabled.to_string(),
                ],
            );
        }
        out
    }
}

/// Unix milliseconds as RFC 3339 in UTC, to the second.
pub fn rfc3339(ms: i64) -> String {
    let [y, mo, d, h, mi, sec] = crate::clock::utc_fields(ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{sec:02}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_as_rfc_3339_in_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_704_067_200_000), "2024-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400_000 + 3_661_000), "2000-02-29T01:01:01Z");
    }
}
