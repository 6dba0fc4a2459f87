//! The reads behind the registry and the queue picker: each follows its reducer's `request`.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{
    ListConflicts, ListHooks, ListHooksArgs, ListPending, ListQueues, ListQueuesArgs, NoArgs,
};
use webitel_hooks_model::{AppError, QueueId};
use yew::prelude::*;

use super::use_read_on_request;
use crate::ipc;
use crate::state::queues::{self, QueuesState};
use crate::state::registry::{Action, Marks, RegistryState};

/// The pause in typing a queue search before it goes out.
const QUEUE_SEARCH_MS: u32 = 200;

/// The registry's state; a page is read each time its `request` moves, with the outbox's
/// marks of its hooks (pending, in conflict). A failed read calls `on_error`.
#[hook]
pub fn use_registry(on_error: Callback<AppError>) -> UseReducerHandle<RegistryState> {
    let registry = use_reducer(RegistryState::default);
    {
        let dispatcher = registry.dispatcher();
        let snapshot = (*registry).clone();
        use_effect_with(registry.request, move |request| {
            let request = *request;
            if let Some(queue) = snapshot.queue.as_ref() {
                let args = ListHooksArgs {
                    queue_id: queue.id,
                    page: snapshot.page,
                    size: snapshot.size,
                    sort: snapshot.sort,
                };
                let queue_id = queue.id;
                spawn_local(async move {
                    match ipc::invoke::<ListHooks>(&args).await {
                        Ok(page) => {
                            let marks = read_marks(queue_id).await;
                            dispatcher.dispatch(Action::Loaded { request, page });
                            dispatcher.dispatch(Action::Marked { request, marks });
                        }
                        Err(err) => {
                            dispatcher.dispatch(Action::LoadFailed { request });
                            on_error.emit(err);
                        }
                    }
                });
            }
        });
    }
    registry
}

/// The outbox's marks of `queue`'s hooks. Marks that cannot be read are left off rather than
/// told: the page itself was read, and the banners still count what waits.
pub async fn read_marks(queue: QueueId) -> Marks {
    let pending = ipc::invoke::<ListPending>(&NoArgs {}).await;
    let conflicts = ipc::invoke::<ListConflicts>(&NoArgs {}).await;
    Marks::of_queue(
        queue,
        pending.as_deref().unwrap_or_default(),
        conflicts.as_deref().unwrap_or_default(),
    )
}

/// The queue picker's state; the list is read at start and after each filter change.
#[hook]
pub fn use_queues() -> UseReducerHandle<QueuesState> {
    let state = use_reducer(QueuesState::default);
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| dispatcher.dispatch(queues::Action::Reload));
    }
    {
        let dispatcher = state.dispatcher();
        let args = ListQueuesArgs {
            search: state.search.trim().to_owned(),
            queue_type: state.queue_type,
        };
        // The first read goes at once; later ones follow typing.
        let wait = if state.request <= 1 {
            0
        } else {
            QUEUE_SEARCH_MS
        };
        use_read_on_request(state.request, wait, move |request| async move {
            match ipc::invoke::<ListQueues>(&args).await {
                Ok(list) => dispatcher.dispatch(queues::Action::Loaded {
                    request,
                    queues: list,
                }),
                Err(error) => dispatcher.dispatch(queues::Action::Failed { request, error }),
            }
        });
    }
    state
}
