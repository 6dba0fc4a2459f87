//! The preview of an import or a copy: each hook of the document matched, by name, to a queue
//! or team and a flow of the active profile, and sorted into what will be created, what is
//! already there, and what cannot be imported and why. Nothing is sent here.
//!
//! What must hold:
//! - queues, teams and flows are matched by name, since ids differ between servers; when
//!   several have the name, the one with the file's id is taken (an import onto the server it
//!   came from), and otherwise the hook is listed as ambiguous rather than guessed;
//! - a hook is already there when the target owner has a hook of its event and flow (enabled or
//!   not): it is skipped, never doubled;
//! - a queue takes one enabled hook per event: webitel/call_center's migration
//!   `store/sqlstore/migration/23.05/fix_queue_even_table.sql`, lines 10-11, makes the partial
//!   unique index `cc_queue_events_queue_id_event_uindex` on `(queue_id, event) WHERE enabled`,
//!   which the engine's create answers with a refusal (webitel/engine
//!   `store/sqlstore/cc_queue_hook_store.go`, `Create`). A hook the file has enabled whose
//!   event already has an enabled hook in the target queue (on the server, or created earlier
//!   in the same preview) is created disabled, and the preview names the enabled one;
//! - the target's hooks are all of the owner's hooks on the server, read whole; when the server
//!   cannot be reached, the cache's (after a sync it holds them all);
//! - a team takes only `agent_status` and one hook per flow (its unique index on
//!   `(team_id, schema_id)`): a second hook of a flow is already there whatever its event.

use std::collections::{HashMap, HashSet};

use webitel_api::SchemaQuery;
use webitel_hooks_model::commands::{ListQueuesArgs, ListTeamsArgs};
use webitel_hooks_model::transfer::{
    PlannedCreate, TransferHook, TransferPreview, UnmatchedHook, UnmatchedReason,
};
use webitel_hooks_model::{
    FlowRef, Hook, HookEvent, HookId, HookLabel, HookOwner, OwnerKind, Permissions, QueueId,
    QueueType, SchemaId,
};

use super::format::{ExportDocument, ExportedHook};
use crate::error::Result;
use crate::registry::HookRegistry;

/// Flows asked per page when looking one up by name.
const FLOW_PAGE: u32 = 100;
/// Pages of one name's flows read at most (a thousand flows of one name is no real tenant).
const MAX_FLOW_PAGES: u32 = 10;

/// A queue or team of the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetOwner {
    pub owner: HookOwner,
    pub name: String,
    pub queue_type: Option<QueueType>,
}

/// What the plan matches against: the active profile's owners, the flows of each name the
/// document names, every hook of each owner matched, and what the user may change.
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub owners: Vec<TargetOwner>,
    pub flows: HashMap<String, Vec<FlowRef>>,
    pub hooks: HashMap<HookOwner, Vec<Hook>>,
    pub permissions: Permissions,
}

/// Reads what the plan needs from the server (the cache when it cannot be reached), then plans.
pub async fn preview(registry: &HookRegistry, doc: &ExportDocument) -> Result<TransferPreview> {
    let target = gather(registry, doc).await?;
    Ok(plan(doc, &target))
}

async fn gather(registry: &HookRegistry, doc: &ExportDocument) -> Result<Target> {
    let permissions = registry.session()?.permissions();
    let mut target = Target {
        permissions,
        ..Target::default()
    };
    let kinds: HashSet<OwnerKind> = doc.hooks.iter().map(|h| h.owner_kind).collect();
    if kinds.contains(&OwnerKind::Queue) {
        let queues = registry.list_queues(ListQueuesArgs::default()).await?;
        target
            .owners
            .extend(queues.into_iter().map(|q| TargetOwner {
                owner: HookOwner::Queue(q.id),
                name: q.name,
                queue_type: Some(q.queue_type),
            }));
    }
    if kinds.contains(&OwnerKind::Team) && permissions.read_team_hooks {
        let teams = registry.list_teams(ListTeamsArgs::default()).await?;
        target.owners.extend(teams.into_iter().map(|t| TargetOwner {
            owner: HookOwner::Team(t.id),
            name: t.name,
            queue_type: None,
        }));
    }
    let names: HashSet<&str> = doc.hooks.iter().map(|h| h.flow_name.as_str()).collect();
    for name in names {
        if !name.trim().is_empty() {
            target
                .flows
                .insert(name.to_owned(), flows_named(registry, name).await?);
        }
    }
    let matched: HashSet<HookOwner> = doc
        .hooks
        .iter()
        .filter_map(|h| match_owner(&target.owners, h).ok())
        .map(|o| o.owner)
        .collect();
    for owner in matched {
        target.hooks.insert(owner, hooks_of(registry, owner).await?);
    }
    Ok(target)
}

/// The flows named exactly `name`: the server's `name` filter (case-insensitive, as SQL's
/// ILIKE), narrowed here to the exact spelling; offline, the cache's flows and those its hooks
/// name. Any type of flow: a hook may start any flow (the engine's foreign key is to the
/// schemas, whatever their type), although the admin's picker offers service and default ones.
async fn flows_named(registry: &HookRegistry, name: &str) -> Result<Vec<FlowRef>> {
    let online = registry
        .with_renewal(|| async {
            let session = registry.session()?;
            let mut found = Vec::new();
            for page in 1..=MAX_FLOW_PAGES {
                let query = SchemaQuery::new()
                    .name(name)
                    .page(page)
                    .size(FLOW_PAGE)
                    .fields(["id", "name", "type"]);
                let answer = session
                    .client()
                    .schemas()
                    .list(&query)
                    .await
                    .map_err(|e| registry.failed(&session, &e))?;
                found.extend(answer.items.into_iter().map(|f| FlowRef {
                    id: f.id,
                    name: f.name,
                }));
                if !answer.next {
                    break;
                }
            }
            Ok(found)
        })
        .await;
    let mut flows = match online {
        Ok(flows) => flows,
        Err(e) if registry.falls_back(&e) => {
            let store = registry.store();
            let mut cached: Vec<FlowRef> = store.flows()?.into_iter().map(|c| c.flow).collect();
            cached.extend(store.all_hooks_choices()?.flows);
            cached
        }
        Err(e) => return Err(e),
    };
    flows.retain(|f| f.name == name);
    flows.sort_by_key(|f| f.id);
    flows.dedup_by_key(|f| f.id);
    Ok(flows)
}

/// Every hook of `owner` on the server; offline, the cache's.
async fn hooks_of(registry: &HookRegistry, owner: HookOwner) -> Result<Vec<Hook>> {
    match registry.read_whole_queue(owner).await {
        Ok((hooks, _)) => Ok(hooks),
        Err(e) if registry.falls_back(&e) => Ok(registry
            .store()
            .owner_hooks(owner)?
            .into_iter()
            .map(|c| c.hook)
            .collect()),
        Err(e) => Err(e),
    }
}

/// The target owner of a hook of the document: of its kind and name; among several of the
/// name, the one with the file's id.
fn match_owner<'a>(
    owners: &'a [TargetOwner],
    hook: &ExportedHook,
) -> Result<&'a TargetOwner, UnmatchedReason> {
    let named: Vec<&TargetOwner> = owners
        .iter()
        .filter(|o| o.owner.kind() == hook.owner_kind && o.name == hook.owner_name)
        .collect();
    match named.as_slice() {
        [] => Err(UnmatchedReason::OwnerNotFound),
        [one] => Ok(one),
        many => many
            .iter()
            .find(|o| o.owner.raw() == hook.owner_id)
            .copied()
            .ok_or(UnmatchedReason::OwnerAmbiguous),
    }
}

fn match_flow(target: &Target, hook: &ExportedHook) -> Result<FlowRef, UnmatchedReason> {
    let named = target
        .flows
        .get(&hook.flow_name)
        .map(Vec::as_slice)
        .unwrap_or_default();
    match named {
        [] => Err(UnmatchedReason::FlowNotFound),
        [one] => Ok(one.clone()),
        many => many
            .iter()
            .find(|f| f.id.0 == hook.flow_id)
            .cloned()
            .ok_or(UnmatchedReason::FlowAmbiguous),
    }
}

/// Whether `event` can be a hook of `owner`, as the app creates them (`registry::changes::
/// check_draft` and `refuse_never_firing`): a queue one of the eight events, or one of the more
/// events where its type fires it; a team `agent_status`.
fn event_possible(owner: &TargetOwner, event: &HookEvent) -> bool {
    match owner.owner {
        HookOwner::Queue(_) => {
            event.is_queue_event()
                && !(HookEvent::MORE.contains(event)
                    && owner
                        .queue_type
                        .is_some_and(|t| event.fires_for(t) == Some(false)))
        }
        HookOwner::Team(_) => HookEvent::TEAM.contains(event),
    }
}

/// The preview of `doc` onto `target`. Pure: the same inputs give the same preview.
pub fn plan(doc: &ExportDocument, target: &Target) -> TransferPreview {
    let mut preview = TransferPreview {
        exported_from: doc.server.clone(),
        ..TransferPreview::default()
    };
    // Per owner, the hooks there and those this plan creates: (event, flow, enabled, label).
    let mut there: HashMap<HookOwner, Vec<(HookEvent, SchemaId, bool, HookLabel)>> = target
        .hooks
        .iter()
        .map(|(owner, hooks)| {
            let known = hooks
                .iter()
                .map(|h| (h.event.clone(), h.flow.id, h.enabled, label(h)))
                .collect();
            (*owner, known)
        })
        .collect();
    for hook in &doc.hooks {
        let as_in_file = TransferHook {
            owner_kind: hook.owner_kind,
            owner_name: hook.owner_name.clone(),
            queue_type: hook.queue_type,
            event: hook.event.clone(),
            flow: FlowRef {
                id: SchemaId(hook.flow_id),
                name: hook.flow_name.clone(),
            },
            enabled: hook.enabled,
        };
        let unmatched = |reason| UnmatchedHook {
            hook: as_in_file.clone(),
            reason,
        };
        let owner = match match_owner(&target.owners, hook) {
            Ok(owner) => owner,
            Err(reason) => {
                preview.unmatched.push(unmatched(reason));
                continue;
            }
        };
        if !event_possible(owner, &hook.event) {
            preview
                .unmatched
                .push(unmatched(UnmatchedReason::EventNotPossible));
            continue;
        }
        let flow = match match_flow(target, hook) {
            Ok(flow) => flow,
            Err(reason) => {
                preview.unmatched.push(unmatched(reason));
                continue;
            }
        };
        let matched = TransferHook {
            owner_name: owner.name.clone(),
            queue_type: owner.queue_type,
            flow: flow.clone(),
            ..as_in_file.clone()
        };
        if !target.permissions.may_change(owner.owner) {
            preview.unmatched.push(UnmatchedHook {
                hook: matched,
                reason: UnmatchedReason::NotAllowed,
            });
            continue;
        }
        let known = there.entry(owner.owner).or_default();
        let team = matches!(owner.owner, HookOwner::Team(_));
        let exists = known
            .iter()
            .any(|(event, f, _, _)| *f == flow.id && (team || *event == hook.event));
        if exists {
            preview.skipped.push(matched);
            continue;
        }
        let clash = (hook.enabled && !team)
            .then(|| {
                known
                    .iter()
                    .find(|(event, _, enabled, _)| *enabled && *event == hook.event)
                    .map(|(_, _, _, label)| label.clone())
            })
            .flatten();
        let enabled = hook.enabled && clash.is_none();
        let created = Hook {
            id: HookId(0),
            owner: owner.owner,
            event: hook.event.clone(),
            flow: flow.clone(),
            enabled,
        };
        known.push((hook.event.clone(), flow.id, enabled, label(&created)));
        preview.creates.push(PlannedCreate {
            owner: owner.owner,
            hook: TransferHook { enabled, ..matched },
            disabled_because: clash,
        });
    }
    preview
}

/// "Bridged → CRM: log call result".
pub(super) fn label(h: &Hook) -> HookLabel {
    HookLabel::of(h)
}

/// An export of `rows` into each of `targets`, in memory: what a copy previews and applies,
/// so that a copy is an import (one code path). The targets are named by id and by name, so the
/// plan matches each to itself.
pub fn copy_document(
    server: String,
    hooks: &[ExportedHook],
    targets: &[(QueueId, String, QueueType)],
) -> ExportDocument {
    let mut copied = Vec::with_capacity(hooks.len() * targets.len());
    for (id, name, queue_type) in targets {
        for hook in hooks {
            copied.push(ExportedHook {
                owner_kind: OwnerKind::Queue,
                owner_id: id.0,
                owner_name: name.clone(),
                queue_type: Some(*queue_type),
                ..hook.clone()
            });
        }
    }
    ExportDocument::new(server, crate::clock::now_ms(), copied)
}
