//! Applying a confirmed preview: each planned hook created through the registry's one create
//! use case (`HookRegistry::create_hook_as`), so that a hook created offline waits in the outbox
//! like any other change, and the engine's refusals read as they do in the window.
//!
//! What must hold: one hook at a time, in the preview's order (the enabled-event rule was
//! planned in that order); a failure never stops the others; nothing is ever deleted; progress
//! is told after each hook.

use webitel_hooks_model::commands::CreateHookArgs;
use webitel_hooks_model::transfer::{PlannedCreate, TransferFailure, TransferKind, TransferReport};
use webitel_hooks_model::{AppError, ChangeOrigin, HookDraft, HookLabel, HookOwner};

use crate::error::{InputProblem, Result};
use crate::registry::{input, recorded_as, HookRegistry};

/// The most hooks one confirmation creates: ten times a full page of the registry, more than any
/// export of a tenant's queue hooks we know of; a larger file is split by the user.
pub const MAX_CREATES: usize = 10 * input::MAX_ITEMS;

/// Creates `creates` in order; `progress(done, total)` after each. Answers the report and the
/// owners whose hooks changed (each once, in order). The journal keeps the creates as one batch
/// of the import or of the copy.
pub async fn apply(
    registry: &HookRegistry,
    kind: TransferKind,
    creates: &[PlannedCreate],
    progress: impl FnMut(u32, u32),
) -> Result<(TransferReport, Vec<HookOwner>)> {
    let origin = match kind {
        TransferKind::Import => ChangeOrigin::Import,
        TransferKind::Copy => ChangeOrigin::Copy,
    };
    recorded_as(origin, create_all(registry, creates, progress)).await
}

async fn create_all(
    registry: &HookRegistry,
    creates: &[PlannedCreate],
    mut progress: impl FnMut(u32, u32),
) -> Result<(TransferReport, Vec<HookOwner>)> {
    if creates.len() > MAX_CREATES {
        return Err(InputProblem::TooMany.into());
    }
    for create in creates {
        input::owner(create.owner)?;
    }
    let total = u32::try_from(creates.len()).unwrap_or(u32::MAX);
    let mut report = TransferReport::default();
    let mut owners: Vec<HookOwner> = Vec::new();
    for (done, create) in (1u32..).zip(creates) {
        let args = CreateHookArgs {
            owner: create.owner,
            draft: HookDraft {
                event: create.hook.event.clone(),
                flow_id: create.hook.flow.id,
            },
        };
        match registry.create_hook_as(args, create.hook.enabled).await {
            Ok(hook) => {
                // A stand-in id below zero: kept in the outbox, sent by the next sync.
                if hook.id.0 < 0 {
                    report.queued += 1;
                } else {
                    report.created += 1;
                }
                if !owners.contains(&create.owner) {
                    owners.push(create.owner);
                }
            }
            Err(err) => report.failed.push(TransferFailure {
                label: failure_label(create),
                error: AppError::from(&err),
            }),
        }
        progress(done, total);
    }
    Ok((report, owners))
}

/// "Sales Progressive EU: Bridged → CRM: log call result".
fn failure_label(create: &PlannedCreate) -> HookLabel {
    HookLabel::new(create.hook.event.clone(), create.hook.flow.name.clone())
        .in_owner(create.hook.owner_name.clone())
}
