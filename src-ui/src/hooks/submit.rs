//! A dialog's call to the native side: busy while it runs (its controls disabled), and the
//! error it answered shown in the dialog until the next one.

use std::future::Future;

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::AppError;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Submit {
    busy: UseStateHandle<bool>,
    error: UseStateHandle<Option<AppError>>,
}

impl Submit {
    /// A call is under way.
    pub fn busy(&self) -> bool {
        *self.busy
    }

    /// The last call's error, or one shown with `show_error`.
    pub fn error(&self) -> Option<&AppError> {
        self.error.as_ref()
    }

    pub fn show_error(&self, error: Option<AppError>) {
        self.error.set(error);
    }

    /// Sends a call whose success closes the dialog: `done` gets the answer and the dialog
    /// stays busy until it is gone. A failure shows its error and makes the dialog usable again
    /// for another try; the previous error stays shown while that try runs.
    pub fn send<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, AppError>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) {
        self.busy.set(true);
        let busy = self.busy.clone();
        let error = self.error.clone();
        spawn_local(async move {
            match call.await {
                Ok(answer) => done(answer),
                Err(err) => {
                    error.set(Some(err));
                    busy.set(false);
                }
            }
        });
    }

    /// Runs a call after which the dialog stays: the previous error goes at once, busy ends
    /// with the answer, which `then` takes; an error `then` gives back is shown.
    pub fn run<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, AppError>> + 'static,
        then: impl FnOnce(Result<T, AppError>) -> Result<(), AppError> + 'static,
    ) {
        self.busy.set(true);
        self.error.set(None);
        let busy = self.busy.clone();
        let error = self.error.clone();
        spawn_local(async move {
            let answer = call.await;
            busy.set(false);
            if let Err(err) = then(answer) {
                error.set(Some(err));
            }
        });
    }
}

#[hook]
pub fn use_submit() -> Submit {
    Submit {
        busy: use_state(|| false),
        error: use_state(|| None::<AppError>),
    }
}
