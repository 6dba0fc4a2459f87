//! What the Tauri shell relies on from the core, checked at compile time.

use webitel_hooks_core::HookRegistry;
use webitel_hooks_model::commands::{
    DeleteHooksArgs, ListHooksArgs, ListQueuesArgs, SearchFlowsArgs,
};
use webitel_hooks_model::PageSize;

use crate::support::{self, SALES_EU};

/// The Tauri shell runs each command on its async runtime, which needs `Send` futures.
#[test]
fn every_use_case_future_is_send() {
    fn send<T: Send>(_: T) {}
    let dir = tempfile::tempdir().unwrap();
    let registry: HookRegistry = support::registry(&dir);
    send(registry.list_queues(ListQueuesArgs::default()));
    send(registry.list_hooks(ListHooksArgs {
        owner: SALES_EU.into(),
        page: 1,
        size: PageSize::DEFAULT,
        sort: None,
    }));
    send(registry.search_flows(SearchFlowsArgs {
        search: String::new(),
        page: 1,
    }));
    send(registry.delete_hooks(DeleteHooksArgs {
        owner: SALES_EU.into(),
        hook_ids: Vec::new(),
    }));
    fn shared<T: Send + Sync>(_: &T) {}
    shared(&registry);
}
