//! The session start: `session_info` answers once the start-up sign-in has finished, so the
//! window asks once and shows a loading state while the answer is pending.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{GetSession, NoArgs, SessionInfo};
use webitel_hooks_model::AppError;
use yew::prelude::*;

use crate::ipc;

#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// Signing in.
    Waiting,
    Ready(SessionInfo),
    /// The sign-in failed, or the cache could not be opened: the native side's sentence.
    Failed(AppError),
    /// The app was started without a server, user name and password.
    None,
}

#[hook]
pub fn use_session() -> SessionState {
    let state = use_state(|| SessionState::Waiting);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                state.set(match ipc::invoke::<GetSession>(&NoArgs {}).await {
                    Ok(Some(info)) => SessionState::Ready(info),
                    Ok(None) => SessionState::None,
                    Err(err) => SessionState::Failed(err),
                });
            });
        });
    }
    (*state).clone()
}
