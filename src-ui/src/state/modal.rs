//! The "Add hook" / "Edit hook" modal: what is chosen, what it was, which events are offered
//! (the eight, and the "More events" the queue's type can fire), and whether Save may go; for a
//! queue's hook and for a team's, whose rules differ (see `clash_with`, `flow_taken`).

use webitel_hooks_model::{FlowRef, Hook, HookDraft, HookEvent, HookId, OwnerKind, QueueType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Add,
    Edit(HookId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModalState {
    pub mode: Mode,
    /// Whose hook: a queue's or a team's.
    pub kind: OwnerKind,
    /// The queue's type, which decides the "More events" offered; `None` for a team.
    pub queue_type: Option<QueueType>,
    /// Editing: the hook is being re-read from the server.
    pub loading: bool,
    pub saving: bool,
    /// Editing: the hook as the server had it when the modal opened.
    pub original: Option<Hook>,
    pub event: Option<HookEvent>,
    pub flow: Option<FlowRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Loaded(Hook),
    SetEvent(Option<HookEvent>),
    SetFlow(FlowRef),
    Saving,
    SaveFailed,
}

impl ModalState {
    /// A new hook of a `kind` owner (a queue of `queue_type`): a queue's event is the user's to
    /// choose; a team has one event (`HookEvent::TEAM`), chosen already.
    pub fn add(kind: OwnerKind, queue_type: Option<QueueType>) -> Self {
        Self {
            mode: Mode::Add,
            kind,
            queue_type,
            loading: false,
            saving: false,
            original: None,
            event: match kind {
                OwnerKind::Queue => None,
                OwnerKind::Team => HookEvent::TEAM.first().cloned(),
            },
            flow: None,
        }
    }

    pub fn edit(kind: OwnerKind, queue_type: Option<QueueType>, id: HookId) -> Self {
        Self {
            mode: Mode::Edit(id),
            loading: true,
            event: None,
            ..Self::add(kind, queue_type)
        }
    }

    /// The events the Event select offers first: a queue's eight, or a team's one.
    pub fn events(&self) -> &'static [HookEvent] {
        match self.kind {
            OwnerKind::Queue => &HookEvent::ALL,
            OwnerKind::Team => &HookEvent::TEAM,
        }
    }

    /// The "More events" group: the dialer's attempt states this queue's type can fire
    /// (`HookEvent::more_for`), empty for a team or a type this version does not know (the
    /// group is then left out). An edited hook whose event is one of them but never fires here
    /// keeps it choosable, last, so that the select shows what the hook has.
    pub fn more_events(&self) -> Vec<HookEvent> {
        let mut more = match (self.kind, self.queue_type) {
            (OwnerKind::Queue, Some(queue_type)) => HookEvent::more_for(queue_type),
            _ => Vec::new(),
        };
        if self.kind == OwnerKind::Queue {
            if let Some(kept) = self.original.as_ref().map(|h| &h.event) {
                if HookEvent::MORE.contains(kept) && !more.contains(kept) {
                    more.push(kept.clone());
                }
            }
        }
        more
    }

    /// The chosen event never fires on this queue's type (`HookEvent::fires_for`): said beside
    /// the select, and, for one of the "More events", refused by the native side on save.
    pub fn never_fires(&self) -> Option<QueueType> {
        let queue_type = self.queue_type?;
        let event = self.event.as_ref()?;
        (event.fires_for(queue_type) == Some(false)).then_some(queue_type)
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Loaded(hook) => {
                self.event = Some(hook.event.clone());
                self.flow = Some(hook.flow.clone());
                self.original = Some(hook);
                self.loading = false;
            }
            Action::SetEvent(event) => self.event = event,
            Action::SetFlow(flow) => self.flow = Some(flow),
            Action::Saving => self.saving = true,
            Action::SaveFailed => self.saving = false,
        }
    }

    /// What Save sends, once both fields are set.
    pub fn draft(&self) -> Option<HookDraft> {
        Some(HookDraft {
            event: self.event.clone()?,
            flow_id: self.flow.as_ref()?.id,
        })
    }

    /// Editing: the fields differ from the hook as it was read.
    pub fn changed(&self) -> bool {
        match &self.original {
            Some(hook) => {
                self.event.as_ref() != Some(&hook.event)
                    || self.flow.as_ref().map(|f| f.id) != Some(hook.flow.id)
            }
            None => true,
        }
    }

    /// Both fields set, nothing in flight, and when editing, something changed.
    pub fn can_save(&self) -> bool {
        if self.loading || self.saving || self.draft().is_none() {
            return false;
        }
        match self.mode {
            Mode::Add => true,
            Mode::Edit(_) => self.original.is_some() && self.changed(),
        }
    }

    /// The other enabled hook of the chosen event among `visible` (every hook of the queue, on
    /// any page, or those on screen until they are read) that saving would clash with: new
    /// hooks are created enabled, an edit keeps the hook's state. The warning names it (event,
    /// flow, state) and leads to it. A queue's rule only: the engine lets a team have several
    /// enabled hooks of its one event.
    pub fn clash_with<'a>(&self, visible: &'a [Hook]) -> Option<&'a Hook> {
        if self.kind != OwnerKind::Queue {
            return None;
        }
        let event = self.event.as_ref()?;
        let (own_id, enabled) = match self.mode {
            Mode::Add => (None, true),
            Mode::Edit(id) => (Some(id), self.original.as_ref().is_some_and(|h| h.enabled)),
        };
        if !enabled {
            return None;
        }
        visible
            .iter()
            .find(|h| h.enabled && &h.event == event && Some(h.id) != own_id)
    }

    /// The other hook of the team among `visible` (the team's hooks, or those on screen until
    /// they are read) that already starts the chosen flow, enabled or not: the engine keeps
    /// one hook per flow in a team (a unique index on team and flow) and refuses a second.
    /// Always `None` for a queue's hook.
    pub fn flow_taken<'a>(&self, visible: &'a [Hook]) -> Option<&'a Hook> {
        if self.kind != OwnerKind::Team {
            return None;
        }
        let flow = self.flow.as_ref()?.id;
        let own_id = match self.mode {
            Mode::Add => None,
            Mode::Edit(id) => Some(id),
        };
        visible
            .iter()
            .find(|h| h.flow.id == flow && Some(h.id) != own_id)
    }

    /// Save may go: [`Self::can_save`], and nothing the server is known to refuse: no other
    /// hook of the team starts the chosen flow, no other enabled hook of the queue has the
    /// chosen event (the warning names it and leads to it: turning one off is the way on).
    pub fn can_save_among(&self, visible: &[Hook]) -> bool {
        self.can_save() && self.flow_taken(visible).is_none() && self.clash_with(visible).is_none()
    }
}

reducible_by_apply!(ModalState);

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{HookOwner, QueueId, SchemaId, TeamId};

    fn flow(id: i64) -> FlowRef {
        FlowRef {
            id: SchemaId(id),
            name: format!("Flow {id}"),
        }
    }

    fn hook(id: i64, event: HookEvent, flow_id: i64, enabled: bool) -> Hook {
        Hook {
            id: HookId(id),
            owner: HookOwner::Queue(QueueId(1)),
            event,
            flow: flow(flow_id),
            enabled,
        }
    }

    #[test]
    fn add_saves_only_with_both_fields() {
        let mut state = ModalState::add(OwnerKind::Queue, Some(QueueType::Progressive));
        assert!(!state.can_save());
        state.apply(Action::SetEvent(Some(HookEvent::Bridged)));
        assert!(!state.can_save());
        state.apply(Action::SetFlow(flow(3)));
        assert!(state.can_save());
        state.apply(Action::SetEvent(None));
        assert!(!state.can_save());
        state.apply(Action::SetEvent(Some(HookEvent::Leaving)));
        state.apply(Action::Saving);
        assert!(!state.can_save());
        state.apply(Action::SaveFailed);
        assert!(state.can_save());
        assert_eq!(
            state.draft(),
            Some(HookDraft {
                event: HookEvent::Leaving,
                flow_id: SchemaId(3)
            })
        );
    }

    #[test]
    fn edit_saves_only_after_the_reread_and_a_change() {
        let mut state = ModalState::edit(OwnerKind::Queue, Some(QueueType::Progressive), HookId(5));
        assert!(!state.can_save());
        state.apply(Action::Loaded(hook(5, HookEvent::Bridged, 3, true)));
        assert_eq!(state.event, Some(HookEvent::Bridged));
        assert!(!state.can_save(), "unchanged");
        state.apply(Action::SetFlow(flow(4)));
        assert!(state.can_save());
        state.apply(Action::SetFlow(flow(3)));
        assert!(!state.can_save(), "back to what it was");
        state.apply(Action::SetEvent(Some(HookEvent::Missed)));
        assert!(state.can_save());
    }

    #[test]
    fn warns_of_a_second_enabled_hook_of_one_event() {
        let visible = vec![
            hook(1, HookEvent::Bridged, 3, true),
            hook(2, HookEvent::Missed, 3, false),
        ];
        let mut add = ModalState::add(OwnerKind::Queue, Some(QueueType::Progressive));
        add.apply(Action::SetEvent(Some(HookEvent::Bridged)));
        // The clash is the other hook itself, for the warning to name it and lead to it.
        assert_eq!(add.clash_with(&visible), Some(&visible[0]));
        add.apply(Action::SetEvent(Some(HookEvent::Missed)));
        assert_eq!(
            add.clash_with(&visible),
            None,
            "the Missed hook is disabled"
        );

        // Editing the enabled Bridged hook itself is no clash.
        let mut edit = ModalState::edit(OwnerKind::Queue, Some(QueueType::Progressive), HookId(1));
        edit.apply(Action::Loaded(visible[0].clone()));
        assert_eq!(edit.clash_with(&visible), None);
        // A disabled hook stays disabled when edited: no clash either.
        let mut edit = ModalState::edit(OwnerKind::Queue, Some(QueueType::Progressive), HookId(2));
        edit.apply(Action::Loaded(visible[1].clone()));
        edit.apply(Action::SetEvent(Some(HookEvent::Bridged)));
        assert_eq!(edit.clash_with(&visible), None);
    }

    fn team_hook(id: i64, flow_id: i64, enabled: bool) -> Hook {
        Hook {
            owner: HookOwner::Team(TeamId(1)),
            ..hook(id, HookEvent::AgentStatus, flow_id, enabled)
        }
    }

    #[test]
    fn a_team_hook_offers_only_agent_status_chosen_already() {
        let mut state = ModalState::add(OwnerKind::Team, None);
        assert_eq!(state.events(), &[HookEvent::AgentStatus]);
        assert_eq!(state.event, Some(HookEvent::AgentStatus));
        assert!(!state.can_save(), "the flow is still to choose");
        state.apply(Action::SetFlow(flow(3)));
        assert_eq!(
            state.draft(),
            Some(HookDraft {
                event: HookEvent::AgentStatus,
                flow_id: SchemaId(3)
            })
        );
        assert_eq!(
            ModalState::add(OwnerKind::Queue, Some(QueueType::Progressive))
                .events()
                .len(),
            8
        );
        assert_eq!(
            ModalState::add(OwnerKind::Queue, Some(QueueType::Progressive)).event,
            None
        );
        // Editing reads the event from the hook, whatever it is.
        let edit = ModalState::edit(OwnerKind::Team, None, HookId(1));
        assert_eq!((edit.event, edit.loading), (None, true));
    }

    #[test]
    fn a_team_takes_one_hook_per_flow_enabled_or_not() {
        let visible = vec![team_hook(1, 3, true), team_hook(2, 4, false)];
        let mut add = ModalState::add(OwnerKind::Team, None);
        add.apply(Action::SetFlow(flow(4)));
        assert_eq!(add.flow_taken(&visible).map(|h| h.id), Some(HookId(2)));
        assert!(add.can_save() && !add.can_save_among(&visible));
        add.apply(Action::SetFlow(flow(5)));
        assert_eq!(add.flow_taken(&visible), None);
        assert!(add.can_save_among(&visible));

        // No second-enabled warning for a team: several enabled agent_status hooks are fine.
        assert_eq!(add.clash_with(&visible), None);

        // Editing a hook keeps its own flow without a clash; another hook's flow clashes.
        let mut edit = ModalState::edit(OwnerKind::Team, None, HookId(1));
        edit.apply(Action::Loaded(visible[0].clone()));
        assert_eq!(edit.flow_taken(&visible), None);
        edit.apply(Action::SetFlow(flow(4)));
        assert_eq!(edit.flow_taken(&visible).map(|h| h.id), Some(HookId(2)));
        assert!(!edit.can_save_among(&visible));
    }

    #[test]
    fn more_events_are_offered_only_where_the_queue_type_fires_them() {
        let inbound = ModalState::add(OwnerKind::Queue, Some(QueueType::Inbound));
        assert_eq!(inbound.more_events(), [HookEvent::WaitAgent]);
        let chat = ModalState::add(OwnerKind::Queue, Some(QueueType::ImChat));
        assert_eq!(chat.more_events(), [HookEvent::WaitAgent]);
        for none_here in [
            QueueType::Progressive,
            QueueType::Preview,
            QueueType::Offline,
            QueueType::Ivr,
            QueueType::Other(42),
        ] {
            let state = ModalState::add(OwnerKind::Queue, Some(none_here));
            assert!(state.more_events().is_empty(), "{none_here:?}");
        }
        assert!(ModalState::add(OwnerKind::Team, None)
            .more_events()
            .is_empty());

        // A wait_agent hook of a Progressive queue (made elsewhere) keeps its event choosable
        // when edited, and is said to never fire there.
        let mut edit = ModalState::edit(OwnerKind::Queue, Some(QueueType::Progressive), HookId(9));
        edit.apply(Action::Loaded(hook(9, HookEvent::WaitAgent, 3, false)));
        assert_eq!(edit.more_events(), [HookEvent::WaitAgent]);
        assert_eq!(edit.never_fires(), Some(QueueType::Progressive));
        edit.apply(Action::SetEvent(Some(HookEvent::Bridged)));
        assert_eq!(edit.never_fires(), None);

        let mut add = inbound;
        add.apply(Action::SetEvent(Some(HookEvent::WaitAgent)));
        add.apply(Action::SetFlow(flow(3)));
        assert_eq!(add.never_fires(), None);
        assert_eq!(
            add.draft(),
            Some(HookDraft {
                event: HookEvent::WaitAgent,
                flow_id: SchemaId(3)
            })
        );
        // Of one "more" event too, a second enabled hook is a clash.
        let visible = vec![hook(4, HookEvent::WaitAgent, 5, true)];
        assert_eq!(add.clash_with(&visible).map(|h| h.id), Some(HookId(4)));
    }

    #[test]
    fn save_waits_while_the_server_would_refuse_a_second_enabled_hook() {
        let mut add = ModalState::add(OwnerKind::Queue, Some(QueueType::Progressive));
        add.apply(Action::SetEvent(Some(HookEvent::Offering)));
        add.apply(Action::SetFlow(flow(3)));
        let enabled = vec![hook(4, HookEvent::Offering, 5, true)];
        assert!(add.can_save());
        assert!(
            !add.can_save_among(&enabled),
            "a new hook is created enabled"
        );
        let disabled = vec![hook(4, HookEvent::Offering, 5, false)];
        assert!(add.can_save_among(&disabled), "a disabled one is no clash");
        // An edit keeps the hook's state: a disabled hook may take the event.
        let mut edit = ModalState::edit(OwnerKind::Queue, Some(QueueType::Progressive), HookId(9));
        edit.apply(Action::Loaded(hook(9, HookEvent::Missed, 3, false)));
        edit.apply(Action::SetEvent(Some(HookEvent::Offering)));
        assert!(edit.can_save_among(&enabled));
    }

    #[test]
    fn a_queue_may_start_one_flow_from_several_hooks() {
        let visible = vec![hook(1, HookEvent::Bridged, 3, true)];
        let mut add = ModalState::add(OwnerKind::Queue, Some(QueueType::Progressive));
        add.apply(Action::SetEvent(Some(HookEvent::Missed)));
        add.apply(Action::SetFlow(flow(3)));
        assert_eq!(add.flow_taken(&visible), None);
        assert!(add.can_save_among(&visible));
    }
}
