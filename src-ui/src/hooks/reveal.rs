//! Leading the user to one hook of the shown queue (the modal's clash warning, "Show that
//! hook"): which page of the registry holds it, in the order and rows per page on screen, read
//! from the native side in one call (the queue's hooks in that order, as the pages are cut from
//! them); then that page, its row marked and in view.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{ListHooks, ListHooksArgs};
use webitel_hooks_model::{AppError, Hook, HookRow, PageSize};
use yew::prelude::*;

use crate::ipc;
use crate::state::registry::{Action, RegistryState};

#[hook]
pub fn use_reveal_hook(
    registry: UseReducerHandle<RegistryState>,
    on_error: Callback<AppError>,
) -> Callback<Hook> {
    let dispatcher = registry.dispatcher();
    let (sort, size) = (registry.table.sort, registry.table.size);
    Callback::from(move |hook: Hook| {
        let key = (hook.owner, hook.id);
        let args = ListHooksArgs {
            owner: hook.owner,
            page: 1,
            size: PageSize::new(i64::from(PageSize::MAX)),
            sort,
        };
        let dispatcher = dispatcher.clone();
        let on_error = on_error.clone();
        spawn_local(async move {
            match ipc::invoke::<ListHooks>(&args).await {
                Ok(all) => {
                    // Not among them (gone meanwhile): the first page, where the user can see
                    // that it is not there.
                    let at = all.items.iter().position(|r: &HookRow| r.key() == key);
                    let page = at
                        .and_then(|i| u32::try_from(i).ok())
                        .map_or(1, |i| i / size.get().max(1) + 1);
                    dispatcher.dispatch(Action::Reveal { key, page });
                }
                Err(err) => on_error.emit(err),
            }
        });
    })
}
