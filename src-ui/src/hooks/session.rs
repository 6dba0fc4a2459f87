//! The session: `session_info` answers once the start-up sign-in (or resume) has finished, so the
//! window asks once and shows a loading state while the answer is pending. Afterwards the
//! native side's `session-changed` event moves it: signed in, signed out, or the password is
//! needed again.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{GetSession, NoArgs, SessionInfo, SessionStatus};
use webitel_hooks_model::events::SessionChanged;
use webitel_hooks_model::{AppError, ProfileId};
use yew::prelude::*;

use super::use_tauri_event;
use crate::ipc;
use crate::state::sign_in::Preselect;

#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// Signing in.
    Waiting,
    Ready(SessionInfo),
    /// The Sign-in screen, opening with `preselect`, saying `reason` when there is one.
    /// `back`: the session still open (Add server… from the menu), which Cancel returns to.
    SignIn {
        preselect: Preselect,
        reason: Option<AppError>,
        back: Option<SessionInfo>,
    },
}

impl SessionState {
    pub fn sign_in(preselect: Preselect, reason: Option<AppError>) -> Self {
        SessionState::SignIn {
            preselect,
            reason,
            back: None,
        }
    }
}

/// The token expired and the password is needed: over the page, which stays as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Expired {
    pub profile_id: ProfileId,
    /// What ended the session, worded when shown.
    pub error: AppError,
}

#[derive(Clone, PartialEq)]
pub struct SessionHandle {
    pub state: UseStateHandle<SessionState>,
    pub expired: UseStateHandle<Option<Expired>>,
}

#[hook]
pub fn use_session() -> SessionHandle {
    let state = use_state(|| SessionState::Waiting);
    let expired = use_state(|| None::<Expired>);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                let answer = ipc::invoke::<GetSession>(&NoArgs {}).await;
                crate::timing::mark_once("session-answered");
                state.set(match answer {
                    Ok(Some(info)) => SessionState::Ready(info),
                    Ok(None) => SessionState::sign_in(Preselect::LastUsed, None),
                    Err(err) => SessionState::sign_in(Preselect::LastUsed, Some(err)),
                });
            });
        });
    }
    {
        let state = state.clone();
        let expired = expired.clone();
        use_tauri_event::<SessionChanged>(Callback::from(
            move |status: SessionStatus| match status {
                SessionStatus::SignedIn { session } => {
                    expired.set(None);
                    if *state != SessionState::Ready(session.clone()) {
                        state.set(SessionState::Ready(session));
                    }
                }
                SessionStatus::SignedOut => {
                    expired.set(None);
                    if let SessionState::Ready(info) = &*state {
                        let preselect = Preselect::Profile(info.profile_id);
                        state.set(SessionState::sign_in(preselect, None));
                    }
                }
                SessionStatus::PasswordNeeded { profile_id, error } => {
                    expired.set(Some(Expired { profile_id, error }))
                }
            },
        ));
    }
    SessionHandle { state, expired }
}
