//! From the client's types to the model's, and the query pieces the registry sends.

use webitel_hooks_model::{FlowRef, Hook, HookLabel, HookOwner, Queue, QueueType, SchemaId, Team};

/// The model's hook from the server's, for `owner`. A hook whose flow is gone comes back
/// with an empty name (the engine's LEFT JOIN), and without `schema` only when `fields` left it
/// out: both read as an unnamed flow rather than an error.
pub(crate) fn hook(owner: HookOwner, h: webitel_api::Hook) -> Hook {
    let flow = h.schema.map_or(
        FlowRef {
            id: SchemaId(0),
            name: String::new(),
        },
        |s| FlowRef {
            id: s.id,
            name: s.name,
        },
    );
    Hook {
        id: h.id,
        owner,
        event: h.event,
        flow,
        enabled: h.enabled,
    }
}

/// The model's queue from the server's; `None` for an id the engine never gives (its ids are
/// serials from 1, and the cache's owner key needs them positive).
pub(super) fn queue(q: webitel_api::Queue) -> Option<Queue> {
    (q.id.0 > 0).then(|| Queue {
        id: q.id,
        name: q.name,
        queue_type: q.queue_type,
        enabled: q.enabled,
        team: q.team.map(|t| t.name).filter(|n| !n.trim().is_empty()),
    })
}

/// The model's team from the server's; `None` for an id that is not positive, as for a queue.
pub(super) fn team(t: webitel_api::Team) -> Option<Team> {
    (t.id.0 > 0).then_some(Team {
        id: t.id,
        name: t.name,
    })
}

/// Progressive Dialer first, then by name (case-insensitive), then by id for a stable order.
pub(super) fn order_queues(queues: &mut [Queue]) {
    queues.sort_by(|a, b| {
        let progressive = |q: &Queue| q.queue_type != QueueType::Progressive;
        progressive(a)
            .cmp(&progressive(b))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// `*term*` (contains) for a non-empty search, `None` for an empty one.
pub(super) fn contains(search: &str) -> Option<String> {
    let term = search.trim();
    (!term.is_empty()).then(|| format!("*{term}*"))
}

/// How a hook is named to the user in a report: "Bridged → CRM: log call result".
pub(super) fn hook_label(h: &Hook) -> HookLabel {
    HookLabel::of(h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{HookEvent, HookId};

    #[test]
    fn search_is_a_contains_pattern_or_nothing() {
        assert_eq!(contains("  crm "), Some("*crm*".into()));
        assert_eq!(contains("   "), None);
    }

    #[test]
    fn label_names_event_and_flow() {
        let h = Hook {
            id: HookId(1),
            owner: webitel_hooks_model::QueueId(1).into(),
            event: HookEvent::Bridged,
            flow: FlowRef {
                id: SchemaId(2),
                name: "CRM flow".into(),
            },
            enabled: true,
        };
        assert_eq!(
            hook_label(&h),
            HookLabel::new(HookEvent::Bridged, "CRM flow")
        );
    }
}
