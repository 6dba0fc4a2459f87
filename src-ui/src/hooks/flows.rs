//! The flow schema picker's reads: `search_flows` after a pause in typing, or at once for the
//! next page.

use webitel_hooks_model::commands::{SearchFlows, SearchFlowsArgs};
use yew::prelude::*;

use super::use_read_on_request;
use crate::ipc;
use crate::state::flows::{Action, FlowsState};

/// The pause in typing before a search goes out.
const DEBOUNCE_MS: u32 = 250;

/// The picker's state; the first page (empty search) is read at once when `enabled`.
#[hook]
pub fn use_flow_search(enabled: bool) -> UseReducerHandle<FlowsState> {
    let flows = use_reducer(move || FlowsState::opened(enabled));
    {
        // Enabled later than at the start: read the first page then.
        let dispatcher = flows.dispatcher();
        let started = flows.request > 0;
        use_effect_with(enabled, move |enabled| {
            if *enabled && !started {
                dispatcher.dispatch(Action::Start);
            }
        });
    }
    {
        let dispatcher = flows.dispatcher();
        let snapshot = (*flows).clone();
        let wait = if snapshot.debounce { DEBOUNCE_MS } else { 0 };
        use_read_on_request(flows.request, wait, move |request| async move {
            let args = SearchFlowsArgs {
                search: snapshot.search.clone(),
                page: snapshot.page,
            };
            match ipc::invoke::<SearchFlows>(&args).await {
                Ok(page) => dispatcher.dispatch(Action::Loaded { request, page }),
                Err(_) => dispatcher.dispatch(Action::Failed { request }),
            }
        });
    }
    flows
}
