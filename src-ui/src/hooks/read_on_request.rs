//! `use_read_on_request`: the one way a reducer's read goes out, after a pause when asked, the
//! older one cancelled by a newer request.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Waits `ms` and tells whether the wait was cancelled meanwhile (the effect that started it
/// was cleaned up because a newer request replaced it).
async fn sleep_unless_cancelled(ms: u32, cancelled: &Rc<Cell<bool>>) -> bool {
    if ms > 0 {
        gloo_timers::future::TimeoutFuture::new(ms).await;
    }
    cancelled.get()
}

/// Runs `read` each time a reducer's `request` moves (never for 0: nothing asked yet), after
/// `wait_ms`. A newer request, or the component's end, cancels one still waiting, so that
/// only the last of a run of keystrokes goes out.
#[hook]
pub fn use_read_on_request<F, Fut>(request: u64, wait_ms: u32, read: F)
where
    F: FnOnce(u64) -> Fut + 'static,
    Fut: Future<Output = ()> + 'static,
{
    use_effect_with(request, move |request| {
        let request = *request;
        let cancelled = Rc::new(Cell::new(false));
        if request > 0 {
            let cancelled = cancelled.clone();
            spawn_local(async move {
                if sleep_unless_cancelled(wait_ms, &cancelled).await {
                    return;
                }
                read(request).await;
            });
        }
        move || cancelled.set(true)
    });
}
