//! A row's flow link: the native side opens that flow's page of Webitel's admin in the system
//! browser (the address is the profile's, built there); a failure is told like any other.

use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{OpenFlow, OpenFlowArgs};
use webitel_hooks_model::{AppError, SchemaId};
use yew::prelude::*;

use crate::ipc;

#[hook]
pub fn use_open_flow(on_error: Callback<AppError>) -> Callback<SchemaId> {
    use_callback(on_error, |flow_id: SchemaId, on_error| {
        let on_error = on_error.clone();
        spawn_local(async move {
            if let Err(err) = ipc::invoke::<OpenFlow>(&OpenFlowArgs { flow_id }).await {
                on_error.emit(err);
            }
        });
    })
}
