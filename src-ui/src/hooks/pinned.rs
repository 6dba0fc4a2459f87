//! The queues and teams pinned to the tray: read once with `list_pinned`, changed with
//! `set_pinned`, and kept in step with the tray and other windows by `pinned-changed`.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{ListPinned, NoArgs, SetPinned, SetPinnedArgs};
use webitel_hooks_model::events::PinnedChanged;
use webitel_hooks_model::{AppError, HookOwner};
use yew::prelude::*;

use super::use_tauri_event;
use crate::ipc;

#[derive(Clone, PartialEq)]
pub struct Pinned {
    /// In the tray's order.
    pub owners: Rc<Vec<HookOwner>>,
    /// Pins (`true`) or unpins a queue or a team; shown at once, put back when refused.
    pub set: Callback<(HookOwner, bool)>,
}

#[hook]
pub fn use_pinned(on_error: Callback<AppError>) -> Pinned {
    let owners = use_state(Rc::<Vec<HookOwner>>::default);
    {
        let owners = owners.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                // Without an answer no pin shows pressed; pressing one says what went wrong.
                if let Ok(list) = ipc::invoke::<ListPinned>(&NoArgs {}).await {
                    owners.set(Rc::new(list));
                }
            });
        });
    }
    {
        let owners = owners.clone();
        use_tauri_event::<PinnedChanged>(Callback::from(move |list: Vec<HookOwner>| {
            owners.set(Rc::new(list))
        }));
    }
    // The same callback while the pins and `on_error` stay: the lists' props stay equal.
    let set = use_callback(
        ((*owners).clone(), owners.setter(), on_error),
        |(owner, pinned): (HookOwner, bool), (before, owners, on_error)| {
            let before = before.clone();
            let mut shown = (*before).clone();
            shown.retain(|o| *o != owner);
            if pinned {
                shown.push(owner);
            }
            owners.set(Rc::new(shown));
            let owners = owners.clone();
            let on_error = on_error.clone();
            spawn_local(async move {
                let args = SetPinnedArgs { owner, pinned };
                match ipc::invoke::<SetPinned>(&args).await {
                    Ok(list) => owners.set(Rc::new(list)),
                    Err(err) => {
                        owners.set(before);
                        on_error.emit(err);
                    }
                }
            });
        },
    );
    Pinned {
        owners: (*owners).clone(),
        set,
    }
}
