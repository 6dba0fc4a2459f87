//! The reads behind the all-queues registry: a page each time its `request` moves (after a
//! pause when the search was typed), the filters' choices from the cached hooks, and every
//! hook matching the filters when all of them are to be selected.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{ListAllHooks, ListAllHooksChoices, NoArgs};
use webitel_hooks_model::{AppError, HookRow, Permissions};
use yew::prelude::*;

use super::use_read_on_request;
use crate::ipc;
use crate::state::all_queues::{Action, AllQueuesState, FilterOptions};
use crate::state::table::TableAction;

/// The pause in typing a search before it goes out.
const SEARCH_MS: u32 = 250;

#[hook]
pub fn use_all_queues(
    permissions: Permissions,
    on_error: Callback<AppError>,
) -> UseReducerHandle<AllQueuesState> {
    let state = use_reducer(AllQueuesState::default);
    {
        // Which rows may be selected follows the session's rights.
        let dispatcher = state.dispatcher();
        use_effect_with(permissions, move |permissions| {
            dispatcher.dispatch(Action::Rights(*permissions));
        });
    }
    {
        // "Select all N matching": the keys of every hook the filters match, read page by page
        // at the largest size a request takes. The reducer drops the answer when the filters
        // moved meanwhile (`matching_request`).
        let dispatcher = state.dispatcher();
        let on_error = on_error.clone();
        let reading = state.selecting_matching.then(|| state.clone());
        use_effect_with(state.matching_request, move |request| {
            let request = *request;
            if let Some(state) = reading {
                spawn_local(async move {
                    let mut keys = Vec::new();
                    let mut page = 1;
                    loop {
                        match ipc::invoke::<ListAllHooks>(&state.matching_args(page)).await {
                            Ok(answer) => {
                                keys.extend(answer.items.iter().map(HookRow::key));
                                if !answer.next || answer.items.is_empty() {
                                    break;
                                }
                                page += 1;
                            }
                            Err(err) => {
                                on_error.emit(err);
                                dispatcher.dispatch(Action::MatchingFailed { request });
                                return;
                            }
                        }
                    }
                    dispatcher.dispatch(Action::MatchingLoaded { request, keys });
                });
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let args = state.args();
        let wait = if state.debounce { SEARCH_MS } else { 0 };
        use_read_on_request(state.table.request, wait, move |request| async move {
            let loaded = match ipc::invoke::<ListAllHooks>(&args).await {
                Ok(page) => TableAction::Loaded {
                    request,
                    rows: page.items,
                    next: page.next,
                    total: Some(page.total),
                    skipped: 0,
                },
                Err(err) => {
                    on_error.emit(err);
                    TableAction::LoadFailed { request }
                }
            };
            dispatcher.dispatch(Action::Table(loaded));
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.options_request, move |request| {
            let request = *request;
            if request > 0 {
                spawn_local(async move {
                    // A failure here is the page's failure too, which is told once there.
                    if let Ok(choices) = ipc::invoke::<ListAllHooksChoices>(&NoArgs {}).await {
                        let options = FilterOptions::from_choices(choices);
                        dispatcher.dispatch(Action::OptionsLoaded { request, options });
                    }
                });
            }
        });
    }
    state
}
