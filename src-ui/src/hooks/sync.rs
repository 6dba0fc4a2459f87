//! The background sync as the window follows it: its status, read once at start with
//! `sync_status`, then followed through `sync-status`; each run's end, told by `sync-run`; and
//! the clock the sync bar's "N min ago" is measured against.

use gloo_timers::callback::Interval;
use wasm_bindgen_futures::spawn_local;
use webitel_hooks_model::commands::{GetSyncStatus, NoArgs};
use webitel_hooks_model::events::{SyncRunChanged, SyncStatusChanged};
use webitel_hooks_model::{SyncRun, SyncStatus};
use yew::prelude::*;

use super::use_tauri_event;
use crate::ipc;
use crate::state::sync::{Action, SyncState};

/// The sync's status. One for the window: the native side runs one sync, following the active
/// profile.
#[hook]
pub fn use_sync() -> UseReducerHandle<SyncState> {
    let sync = use_reducer(SyncState::default);
    {
        let dispatcher = sync.dispatcher();
        use_effect_with((), move |_| {
            spawn_local(async move {
                // Without an answer the bar says nothing yet; the first event fills it.
                if let Ok(status) = ipc::invoke::<GetSyncStatus>(&NoArgs {}).await {
                    dispatcher.dispatch(Action::Read(status));
                }
            });
        });
    }
    use_tauri_event::<SyncStatusChanged>(
        sync.dispatcher()
            .to_callback()
            .reform(|status: SyncStatus| Action::Status(status)),
    );
    {
        let dispatcher = sync.dispatcher();
        use_tauri_event::<SyncRunChanged>(Callback::from(move |run: SyncRun| {
            if let SyncRun::Ended(outcome) = run {
                dispatcher.dispatch(Action::RunEnded(outcome));
            }
        }));
    }
    sync
}

/// Unix milliseconds now, moved on every `every_ms` (so the component renders again then).
#[hook]
pub fn use_now(every_ms: u32) -> i64 {
    let now = use_state(|| js_sys::Date::now() as i64);
    {
        let now = now.clone();
        use_effect_with(every_ms, move |every_ms| {
            let timer = Interval::new(*every_ms, move || now.set(js_sys::Date::now() as i64));
            move || drop(timer)
        });
    }
    *now
}
