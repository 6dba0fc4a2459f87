//! Export: the hooks a source names, read from the cache (so that it works offline too, and
//! shows what the registry shows: a change waiting in the outbox applied), as a document.

use std::collections::HashMap;

use webitel_hooks_model::transfer::ExportSource;
use webitel_hooks_model::{HookKey, HookOwner, HookRow, PageSize};

use super::format::{ExportDocument, ExportedHook};
use crate::clock;
use crate::error::{InputProblem, Result};
use crate::registry::{input, HookRegistry};

/// Rows read from the cache per page when exporting every hook matching the filters.
const MATCHING_PAGE: u32 = PageSize::MAX;
/// A guard against a cache that keeps answering `next` (a million hooks).
const MAX_MATCHING_PAGES: u32 = 1000;

/// The document for `source`, from the active profile's cache.
pub fn export(registry: &HookRegistry, source: &ExportSource) -> Result<ExportDocument> {
    let rows = rows_of(registry, source)?;
    let server = registry
        .session_info()
        .map(|s| s.server)
        .unwrap_or_default();
    let hooks = rows.iter().map(exported).collect();
    Ok(ExportDocument::new(server, clock::now_ms(), hooks))
}

fn rows_of(registry: &HookRegistry, source: &ExportSource) -> Result<Vec<HookRow>> {
    let store = registry.store();
    match source {
        ExportSource::Owner { owner } => {
            input::owner(*owner)?;
            store.owner_rows(*owner)
        }
        ExportSource::Hooks { hooks } => {
            input::items(hooks.len())?;
            rows_of_keys(registry, hooks)
        }
        ExportSource::Matching { filters } => {
            input::text(&filters.search)?;
            let mut args = filters.clone();
            args.size = PageSize::new(i64::from(MATCHING_PAGE));
            let mut rows = Vec::new();
            for page in 1..=MAX_MATCHING_PAGES {
                args.page = page;
                let answer = store.all_hooks(&args)?;
                rows.extend(answer.items);
                if !answer.next {
                    return Ok(rows);
                }
            }
            Err(InputProblem::TooMany.into())
        }
    }
}

/// The rows of `keys`, in their order; a key the cache no longer holds is left out.
fn rows_of_keys(registry: &HookRegistry, keys: &[HookKey]) -> Result<Vec<HookRow>> {
    let store = registry.store();
    let mut by_owner: HashMap<HookOwner, Vec<HookRow>> = HashMap::new();
    for key in keys {
        input::owner(key.owner)?;
        if let std::collections::hash_map::Entry::Vacant(entry) = by_owner.entry(key.owner) {
            entry.insert(store.owner_rows(key.owner)?);
        }
    }
    Ok(keys
        .iter()
        .filter_map(|key| {
            by_owner
                .get(&key.owner)
                .and_then(|rows| rows.iter().find(|r| r.hook.id == key.hook_id))
                .cloned()
        })
        .collect())
}

pub(super) fn exported(row: &HookRow) -> ExportedHook {
    ExportedHook {
        owner_kind: row.hook.owner.kind(),
        owner_id: row.hook.owner.raw(),
        owner_name: row.owner_name.clone(),
        queue_type: row.queue_type,
        event: row.hook.event.clone(),
        flow_id: row.hook.flow.id.0,
        flow_name: row.hook.flow.name.clone(),
        enabled: row.hook.enabled,
    }
}
