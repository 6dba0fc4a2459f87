//! The queues pinned to the tray: read once with `list_pinned`, changed with
//! `set_queue_pinned`, and kept in step with the tray and other windows by `pinned-changed`.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{ListPinned, NoArgs, SetQueuePinned, SetQueuePinnedArgs};
use webitel_hooks_model::events::PinnedChanged;
use webitel_hooks_model::{AppError, QueueId};
use yew::prelude::*;

use super::use_tauri_event;
use crate::ipc;

#[derive(Clone, PartialEq)]
pub struct Pinned {
    /// In the tray's order.
    pub queues: Rc<Vec<QueueId>>,
    /// Pins (`true`) or unpins a queue; shown at once, put back when refused.
    pub set: Callback<(QueueId, bool)>,
}

#[hook]
pub fn use_pinned(on_error: Callback<AppError>) -> Pinned {
    let queues = use_state(Rc::<Vec<QueueId>>::default);
    {
        let queues = queues.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                // Without an answer no pin shows pressed; pressing one says what went wrong.
                if let Ok(list) = ipc::invoke::<ListPinned>(&NoArgs {}).await {
                    queues.set(Rc::new(list));
                }
            });
        });
    }
    {
        let queues = queues.clone();
        use_tauri_event::<PinnedChanged>(Callback::from(move |list: Vec<QueueId>| {
            queues.set(Rc::new(list))
        }));
    }
    // The same callback while the pins and `on_error` stay: the queue list's props stay equal.
    let set = use_callback(
        ((*queues).clone(), queues.setter(), on_error),
        |(queue_id, pinned): (QueueId, bool), (before, queues, on_error)| {
            let before = before.clone();
            let mut shown = (*before).clone();
            shown.retain(|id| *id != queue_id);
            if pinned {
                shown.push(queue_id);
            }
            queues.set(Rc::new(shown));
            let queues = queues.clone();
            let on_error = on_error.clone();
            spawn_local(async move {
                let args = SetQueuePinnedArgs { queue_id, pinned };
                match ipc::invoke::<SetQueuePinned>(&args).await {
                    Ok(list) => queues.set(Rc::new(list)),
                    Err(err) => {
                        queues.set(before);
                        on_error.emit(err);
                    }
                }
            });
        },
    );
    Pinned {
        queues: (*queues).clone(),
        set,
    }
}
