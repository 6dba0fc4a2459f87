//! The reads behind the registry and the picker (queues and teams): each follows its
//! reducer's `request`.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::SessionInfo;
use webitel_hooks_model::commands::{
    ListHooks, ListHooksArgs, ListQueues, ListQueuesArgs, ListTeams, ListTeamsArgs,
};
use webitel_hooks_model::{AppError, HookOwner};
use yew::prelude::*;

use super::use_read_on_request;
use crate::ipc;
use crate::state::queues::{self, QueuesState};
use crate::state::registry::{Action, RegistryState};
use crate::state::table::TableAction;

/// The pause in typing a queue or team search before it goes out.
const QUEUE_SEARCH_MS: u32 = 200;

/// The registry's state; a page is read each time its `request` moves: one `list_hooks`, whose
/// rows carry their offline marks. A failed read calls `on_error`.
#[hook]
pub fn use_registry(on_error: Callback<AppError>) -> UseReducerHandle<RegistryState> {
    let registry = use_reducer(RegistryState::default);
    {
        let dispatcher = registry.dispatcher();
        let snapshot = (*registry).clone();
        use_effect_with(registry.table.request, move |request| {
            let request = *request;
            if let Some(owner) = snapshot.owner() {
                let table = &snapshot.table;
                let args = ListHooksArgs {
                    owner,
                    page: table.page,
                    size: table.size,
                    sort: table.sort,
                };
                spawn_local(async move {
                    let loaded = match ipc::invoke::<ListHooks>(&args).await {
                        Ok(page) => TableAction::Loaded {
                            request,
                            rows: page.items,
                            next: page.next,
                            total: None,
                            skipped: page.skipped,
                        },
                        Err(err) => {
                            on_error.emit(err);
                            TableAction::LoadFailed { request }
                        }
                    };
                    dispatcher.dispatch(Action::Table(loaded));
                });
            }
        });
    }
    registry
}

/// The picker's state; the queues, and the teams when the user may read their hooks, are read
/// at start and after each search or filter change. The queue or team picked last by this
/// account (`session`'s user on its server) is remembered in the webview's storage for the
/// first pick.
#[hook]
pub fn use_queues(session: &SessionInfo) -> UseReducerHandle<QueuesState> {
    let key = queues::last_used_key(&session.server, &session.username);
    let with_teams = session.permissions.read_team_hooks;
    let state = {
        let key = key.clone();
        use_reducer(move || QueuesState::new(read_last_used(&key), with_teams))
    };
    // Each pick, the user's or the first list's, is the one to open next time.
    use_effect_with((key, state.picked), |(key, picked)| {
        if let Some(picked) = picked {
            remember_last_used(key, *picked);
        }
    });
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
                Ok(list) => {
                    crate::timing::mark_once("queues-listed");
                    dispatcher.dispatch(queues::Action::Loaded {
                        request,
                        queues: list,
                    })
                }
                Err(error) => dispatcher.dispatch(queues::Action::Failed { request, error }),
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let args = ListTeamsArgs {
            search: state.teams.search.trim().to_owned(),
        };
        let request = state.teams.request;
        let wait = if request <= 1 { 0 } else { QUEUE_SEARCH_MS };
        use_read_on_request(request, wait, move |request| async move {
            match ipc::invoke::<ListTeams>(&args).await {
                Ok(teams) => dispatcher.dispatch(queues::Action::TeamsLoaded { request, teams }),
                Err(error) => dispatcher.dispatch(queues::Action::TeamsFailed { request, error }),
            }
        });
    }
    state
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The owner picked last under `key`, as this webview remembers it.
fn read_last_used(key: &str) -> Option<HookOwner> {
    let stored = local_storage()?.get_item(key).ok().flatten()?;
    queues::parse_last_used(&stored)
}

/// Best effort: storage that cannot be written only means no pick to come back to.
fn remember_last_used(key: &str, owner: HookOwner) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, &queues::last_used_value(owner));
    }
}
