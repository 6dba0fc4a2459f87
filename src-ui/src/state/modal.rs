//! The "Add hook" / "Edit hook" modal: what is chosen, what it was, and whether Save may go.

use webitel_hooks_model::{FlowRef, Hook, HookDraft, HookEvent, HookId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Add,
    Edit(HookId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModalState {
    pub mode: Mode,
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
    pub fn add() -> Self {
        Self {
            mode: Mode::Add,
            loading: false,
            saving: false,
            original: None,
            event: None,
            flow: None,
        }
    }

    pub fn edit(id: HookId) -> Self {
        Self {
            mode: Mode::Edit(id),
            loading: true,
            ..Self::add()
        }
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

    /// Whether saving would make a second enabled hook of the chosen event among `visible`
    /// (the queue's hooks, or those on screen until they are read): new hooks are created
    /// enabled, an edit keeps the hook's state.
    pub fn duplicate_of(&self, visible: &[Hook]) -> Option<HookEvent> {
        let event = self.event.as_ref()?;
        let (own_id, enabled) = match self.mode {
            Mode::Add => (None, true),
            Mode::Edit(id) => (Some(id), self.original.as_ref().is_some_and(|h| h.enabled)),
        };
        let clash = enabled
            && visible
                .iter()
                .any(|h| h.enabled && &h.event == event && Some(h.id) != own_id);
        clash.then(|| event.clone())
    }
}

reducible_by_apply!(ModalState);

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{QueueId, SchemaId};

    fn flow(id: i64) -> FlowRef {
        FlowRef {
            id: SchemaId(id),
            name: format!("Flow {id}"),
        }
    }

    fn hook(id: i64, event: HookEvent, flow_id: i64, enabled: bool) -> Hook {
        Hook {
            id: HookId(id),
            queue_id: QueueId(1),
            event,
            flow: flow(flow_id),
            enabled,
        }
    }

    #[test]
    fn add_saves_only_with_both_fields() {
        let mut state = ModalState::add();
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
        let mut state = ModalState::edit(HookId(5));
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
        let mut add = ModalState::add();
        add.apply(Action::SetEvent(Some(HookEvent::Bridged)));
        assert_eq!(add.duplicate_of(&visible), Some(HookEvent::Bridged));
        add.apply(Action::SetEvent(Some(HookEvent::Missed)));
        assert_eq!(add.duplicate_of(&visible), None);

        // Editing the enabled Bridged hook itself is no clash.
        let mut edit = ModalState::edit(HookId(1));
        edit.apply(Action::Loaded(visible[0].clone()));
        assert_eq!(edit.duplicate_of(&visible), None);
        // A disabled hook stays disabled when edited: no clash either.
        let mut edit = ModalState::edit(HookId(2));
        edit.apply(Action::Loaded(visible[1].clone()));
        edit.apply(Action::SetEvent(Some(HookEvent::Bridged)));
        assert_eq!(edit.duplicate_of(&visible), None);
    }
}
