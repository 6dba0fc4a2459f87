//! A cache file that cannot be used (damaged, or written by a newer version) is set aside under
//! a timestamped name and a new one is made, so the app starts anyway; the changes waiting to be
//! sent are carried over when they can still be read, and the notice says honestly when not.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use webitel_hooks_model::{AppError, ChangeKind, ErrorCode, Hook, HookId, HookOwner};

use super::owners::owner_of;
use super::{migrations, now_ms, Store};
use crate::error::{Error, Result};

/// A store, and what the user should be told about how it was opened.
#[derive(Debug)]
pub struct OpenedStore {
    pub store: Store,
    /// `Some` when the file was rebuilt: what the window tells once, by its message id.
    pub notice: Option<AppError>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unusable {
    Damaged,
    Newer,
}

/// Why the file at `path` cannot be used, when that is the reason `open` failed.
fn diagnose(path: &Path) -> Option<Unusable> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    let version: rusqlite::Result<u32> = conn.query_row("PRAGMA user_version", [], |r| r.get(0));
    match version {
        Ok(v) if v > migrations::LATEST => return Some(Unusable::Newer),
        Ok(_) => {}
        Err(e) => {
            use rusqlite::ErrorCode as Sqlite;
            return matches!(
                e.sqlite_error_code(),
                Some(Sqlite::NotADatabase | Sqlite::DatabaseCorrupt)
            )
            .then_some(Unusable::Damaged);
        }
    }
    let check: rusqlite::Result<String> = conn.query_row("PRAGMA quick_check", [], |r| r.get(0));
    match check {
        Ok(ok) if ok == "ok" => None,
        _ => Some(Unusable::Damaged),
    }
}

/// A change read back from a set-aside file.
struct Salvaged {
    kind: ChangeKind,
    owner: HookOwner,
    hook_id: HookId,
    base: Option<Hook>,
    mine: Option<Hook>,
}

/// The outbox of a set-aside file: `Ok(empty)` when it had none, `Err` when it cannot be read.
fn salvage(path: &Path) -> rusqlite::Result<Vec<Salvaged>> {
    // A file without SQLite's header never held an outbox: nothing of it can be lost.
    let mut header = [0u8; 16];
    let sqlite = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .is_ok_and(|()| &header == b"SQLite format 3\0");
    if !sqlite {
        return Ok(Vec::new());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let has_outbox: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox')",
        [],
        |r| r.get(0),
    )?;
    if !has_outbox {
        return Ok(Vec::new());
    }
    let mut stmt =
        conn.prepare("SELECT kind, owner, hook_id, base, mine FROM outbox ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(0)?;
        let json = |t: Option<String>| t.and_then(|t| serde_json::from_str::<Hook>(&t).ok());
        Ok(Salvaged {
            kind: match kind.as_str() {
                "create" => ChangeKind::Create,
                "toggle" => ChangeKind::Toggle,
                "delete" => ChangeKind::Delete,
                _ => ChangeKind::Update,
            },
            owner: owner_of(r.get(1)?),
            hook_id: HookId(r.get(2)?),
            base: json(r.get(3)?),
            mine: json(r.get(4)?),
        })
    })?;
    rows.collect()
}

/// Renames the file and SQLite's side files to `<name>.<reason>-<ms>`; the new main path.
fn set_aside(path: &Path, reason: &str) -> std::io::Result<PathBuf> {
    let stamp = format!(".{reason}-{}", now_ms());
    let mut moved = path.as_os_str().to_owned();
    moved.push(&stamp);
    for suffix in ["-wal", "-shm"] {
        let mut from = path.as_os_str().to_owned();
        from.push(suffix);
        let mut to = moved.clone();
        to.push(suffix);
        if Path::new(&from).exists() {
            std::fs::rename(&from, &to)?;
        }
    }
    std::fs::rename(path, &moved)?;
    Ok(PathBuf::from(moved))
}

impl Store {
    /// Opens the cache at `path`; a damaged file, or one from a newer version, is set aside and
    /// rebuilt instead of failing. Other failures (a folder that is not writable) stay errors.
    pub fn open_or_rebuild(path: impl AsRef<Path>) -> Result<OpenedStore> {
        let path = path.as_ref();
        let failure = match Store::open(path) {
            Ok(store) => {
                return Ok(OpenedStore {
                    store,
                    notice: None,
                })
            }
            Err(e) => e,
        };
        let Some(why) = diagnose(path) else {
            return Err(failure);
        };
        let reason = match why {
            Unusable::Damaged => "damaged",
            Unusable::Newer => "newer",
        };
        let moved = set_aside(path, reason).map_err(|e| Error::StoreNotSetAside {
            path: path.to_path_buf(),
            newer: why == Unusable::Newer,
            detail: e.to_string(),
        })?;
        tracing::warn!(from = %path.display(), to = %moved.display(), reason, "cache set aside");
        let store = Store::open(path)?;
        let mut args = BTreeMap::from([
            ("why".to_owned(), reason.to_owned()),
            ("kept".to_owned(), moved.display().to_string()),
        ]);
        let id = match salvage(&moved) {
            Ok(changes) if changes.is_empty() => "notice-cache-rebuilt",
            Ok(changes) => {
                args.insert("count".to_owned(), changes.len().to_string());
                for c in changes {
                    store.queue_change(
                        c.kind,
                        c.owner,
                        c.hook_id,
                        c.base.as_ref(),
                        c.mine.as_ref(),
                    )?;
                }
                "notice-cache-rebuilt-kept"
            }
            Err(_) => "notice-cache-rebuilt-lost",
        };
        let notice = webitel_hooks_i18n::in_english(
            AppError::new(ErrorCode::Internal, String::new()).with_id(id, args),
        );
        Ok(OpenedStore {
            store,
            notice: Some(notice),
        })
    }
}
