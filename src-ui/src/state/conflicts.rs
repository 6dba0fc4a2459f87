//! The conflict dialog: the conflicts waiting for a choice, which one is shown, and the choice
//! in flight. After a choice the dialog shows the next conflict, or closes after the last.

use std::rc::Rc;

use webitel_hooks_model::{AppError, ChangeId, Conflict, HookId, HookOwner};

/// Where the dialog opens: at the first conflict ("Review conflicts"), or at one hook's (its
/// row's badge).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictTarget {
    First,
    Hook { owner: HookOwner, hook_id: HookId },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConflictsState {
    pub conflicts: Rc<Vec<Conflict>>,
    /// The conflict shown, in `conflicts`.
    pub index: usize,
    /// The list is being read.
    pub loading: bool,
    /// A choice was sent and has not answered yet.
    pub busy: bool,
    pub error: Option<AppError>,
    /// Choices made since the dialog opened: the page under it reads its view again.
    pub resolved: u32,
}

impl Default for ConflictsState {
    fn default() -> Self {
        ConflictsState {
            conflicts: Rc::default(),
            index: 0,
            loading: true,
            busy: false,
            error: None,
            resolved: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Loaded {
        conflicts: Vec<Conflict>,
        target: ConflictTarget,
    },
    LoadFailed(AppError),
    /// A choice was sent for the conflict shown.
    Choosing,
    /// The native side applied the choice for the change `ChangeId`.
    Resolved(ChangeId),
    /// The choice could not be applied: the conflict stays, with the reason.
    Failed(AppError),
}

impl ConflictsState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Loaded { conflicts, target } => {
                self.index = match target {
                    ConflictTarget::First => 0,
                    ConflictTarget::Hook { owner, hook_id } => conflicts
                        .iter()
                        .position(|c| c.change.owner == owner && c.change.hook_id == hook_id)
                        .unwrap_or(0),
                };
                self.conflicts = Rc::new(conflicts);
                self.loading = false;
            }
            Action::LoadFailed(error) => {
                self.loading = false;
                self.error = Some(error);
            }
            Action::Choosing => {
                self.busy = true;
                self.error = None;
            }
            Action::Resolved(change_id) => {
                let list = Rc::make_mut(&mut self.conflicts);
                if let Some(at) = list.iter().position(|c| c.change.id == change_id) {
                    list.remove(at);
                    // The one after it slid into its place; after the last, back to the first
                    // left (the dialog may have opened in the middle of the list).
                    if at < self.index || self.index >= list.len() {
                        self.index = if at < self.index { self.index - 1 } else { 0 };
                    }
                }
                self.resolved += 1;
                self.busy = false;
                self.error = None;
            }
            Action::Failed(error) => {
                self.busy = false;
                self.error = Some(error);
            }
        }
    }

    pub fn current(&self) -> Option<&Conflict> {
        self.conflicts.get(self.index)
    }

    /// Nothing is left to choose: the dialog closes. (A list that could not be read stays
    /// open, saying why.)
    pub fn finished(&self) -> bool {
        !self.loading && self.error.is_none() && self.conflicts.is_empty()
    }
}

reducible_by_apply!(ConflictsState);

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::{
        ChangeKind, ConflictReason, ErrorCode, PendingChange, QueueId, TeamId,
    };

    fn conflict(change: i64, hook: i64) -> Conflict {
        owned_conflict(HookOwner::Queue(QueueId(7)), change, hook)
    }

    fn owned_conflict(owner: HookOwner, change: i64, hook: i64) -> Conflict {
        Conflict {
            change: PendingChange {
                id: ChangeId(change),
                kind: ChangeKind::Update,
                owner,
                hook_id: HookId(hook),
                base: None,
                mine: None,
                queued_at: 0,
            },
            reason: ConflictReason::ChangedOnServer,
            theirs: None,
            error: AppError::new(ErrorCode::Rejected, format!("hook {hook} changed")),
        }
    }

    fn opened(target: ConflictTarget) -> ConflictsState {
        let mut state = ConflictsState::default();
        state.apply(Action::Loaded {
            conflicts: vec![conflict(1, 10), conflict(2, 20), conflict(3, 30)],
            target,
        });
        state
    }

    fn shown(state: &ConflictsState) -> Option<i64> {
        state.current().map(|c| c.change.hook_id.0)
    }

    #[test]
    fn review_steps_through_every_conflict_then_closes() {
        let mut state = opened(ConflictTarget::First);
        assert_eq!(shown(&state), Some(10));
        for (change, next) in [(1, Some(20)), (2, Some(30)), (3, None)] {
            state.apply(Action::Choosing);
            assert!(state.busy);
            state.apply(Action::Resolved(ChangeId(change)));
            assert_eq!(shown(&state), next);
        }
        assert!(state.finished());
        assert_eq!(state.resolved, 3);
    }

    #[test]
    fn a_row_opens_its_own_conflict_and_the_rest_follow_round() {
        let mut state = opened(ConflictTarget::Hook {
            owner: HookOwner::Queue(QueueId(7)),
            hook_id: HookId(30),
        });
        assert_eq!(shown(&state), Some(30));
        state.apply(Action::Resolved(ChangeId(3)));
        assert_eq!(
            shown(&state),
            Some(10),
            "after the last, back to the first left"
        );
        state.apply(Action::Resolved(ChangeId(1)));
        assert_eq!(shown(&state), Some(20));
        // A hook without a conflict (resolved meanwhile): the first.
        let state = opened(ConflictTarget::Hook {
            owner: HookOwner::Queue(QueueId(8)),
            hook_id: HookId(30),
        });
        assert_eq!(shown(&state), Some(10));
    }

    #[test]
    fn a_team_hook_opens_its_own_conflict_not_the_queue_hook_of_its_id() {
        let team = HookOwner::Team(TeamId(7));
        let mut state = ConflictsState::default();
        state.apply(Action::Loaded {
            conflicts: vec![conflict(1, 10), owned_conflict(team, 2, 10)],
            target: ConflictTarget::Hook {
                owner: team,
                hook_id: HookId(10),
            },
        });
        assert_eq!(state.current().map(|c| c.change.id), Some(ChangeId(2)));
    }

    #[test]
    fn a_refused_choice_keeps_the_conflict_and_says_why() {
        let mut state = opened(ConflictTarget::First);
        state.apply(Action::Choosing);
        state.apply(Action::Failed(AppError::new(ErrorCode::Offline, "gone")));
        assert!(!state.busy);
        assert_eq!(shown(&state), Some(10));
        assert!(state.error.is_some());
        state.apply(Action::Choosing);
        assert!(state.error.is_none(), "a new try clears the old reason");
        assert!(!state.finished());
    }

    #[test]
    fn nothing_to_review_closes_at_once_but_a_failed_read_stays_open() {
        let mut state = ConflictsState::default();
        assert!(!state.finished(), "not while reading");
        state.apply(Action::Loaded {
            conflicts: vec![],
            target: ConflictTarget::First,
        });
        assert!(state.finished());
        let mut state = ConflictsState::default();
        state.apply(Action::LoadFailed(AppError::new(ErrorCode::Internal, "x")));
        assert!(!state.finished());
    }
}
