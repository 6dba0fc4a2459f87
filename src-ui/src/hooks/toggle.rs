//! The switch of a hook row, the same in both registries: the row flips at once, the native
//! side is asked, and a refusal puts the switch back and tells why. The row's offline mark
//! follows from `hooks-changed`, which re-reads the page (one call).

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{SetHookEnabled, SetHookEnabledArgs};
use webitel_hooks_model::{AppError, HookId, HookOwner};
use yew::prelude::*;

use crate::ipc;
use crate::state::table::TableAction;

/// A callback for a row's switch, `(owner, hook, enabled)`, that drives the table through
/// `dispatch`.
#[hook]
pub fn use_hook_toggle<C: 'static>(
    dispatch: Callback<TableAction<C>>,
    on_error: Callback<AppError>,
) -> Callback<(HookOwner, HookId, bool)> {
    use_callback(
        (dispatch, on_error),
        |(owner, hook_id, enabled): (HookOwner, HookId, bool), (dispatch, on_error)| {
            let key = (owner, hook_id);
            dispatch.emit(TableAction::SetEnabled { key, enabled });
            let (dispatch, on_error) = (dispatch.clone(), on_error.clone());
            spawn_local(async move {
                let args = SetHookEnabledArgs {
                    owner,
                    hook_id,
                    enabled,
                };
                match ipc::invoke::<SetHookEnabled>(&args).await {
                    Ok(hook) => dispatch.emit(TableAction::HookSaved(hook)),
                    Err(err) => {
                        dispatch.emit(TableAction::EnabledFailed {
                            key,
                            enabled: !enabled,
                        });
                        on_error.emit(err);
                    }
                }
            });
        },
    )
}
