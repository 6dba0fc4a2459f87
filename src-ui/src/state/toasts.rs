//! Notifications: errors (`role="alert"`), confirmations and information (`role="status"`).

use std::rc::Rc;

use webitel_hooks_model::{AppError, ErrorCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Error,
    Success,
    /// Something to know that is neither a failure nor the outcome of the user's action (the
    /// cache was rebuilt).
    Info,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    pub id: u64,
    pub kind: ToastKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToastsState {
    pub toasts: Rc<Vec<Toast>>,
    next_id: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Push(ToastKind, String),
    Dismiss(u64),
}

/// Whether a failed call is told by a toast. An ended session is not: the native side answers it
/// with `session-changed`, and the Session expired dialog says it once, over the page.
pub fn shows_as_toast(err: &AppError) -> bool {
    err.code != ErrorCode::Unauthenticated
}

/// At most this many toasts stay on screen; the oldest goes first.
const MAX_SHOWN: usize = 4;

impl ToastsState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Push(kind, text) => {
                self.next_id += 1;
                let toasts = Rc::make_mut(&mut self.toasts);
                toasts.push(Toast {
                    id: self.next_id,
                    kind,
                    text,
                });
                if toasts.len() > MAX_SHOWN {
                    toasts.remove(0);
                }
            }
            Action::Dismiss(id) => Rc::make_mut(&mut self.toasts).retain(|t| t.id != id),
        }
    }
}

reducible_by_apply!(ToastsState);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_dismiss_and_cap() {
        let mut state = ToastsState::default();
        for n in 0..6 {
            state.apply(Action::Push(ToastKind::Error, format!("e{n}")));
        }
        assert_eq!(state.toasts.len(), MAX_SHOWN);
        assert_eq!(state.toasts[0].text, "e2");
        let id = state.toasts[1].id;
        state.apply(Action::Dismiss(id));
        assert!(state.toasts.iter().all(|t| t.id != id));
    }

    #[test]
    fn an_ended_session_is_left_to_the_dialog_not_a_toast() {
        assert!(!shows_as_toast(&AppError::new(
            ErrorCode::Unauthenticated,
            "ended"
        )));
        assert!(shows_as_toast(&AppError::new(
            ErrorCode::Rejected,
            "refused"
        )));
        assert!(shows_as_toast(&AppError::new(
            ErrorCode::Offline,
            "unreachable"
        )));
    }
}
