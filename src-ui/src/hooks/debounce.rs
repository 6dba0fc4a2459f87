use std::cell::Cell;
use std::rc::Rc;

/// Waits `ms` and tells whether the wait was cancelled meanwhile (the effect that started it
/// was cleaned up because a newer request replaced it).
pub async fn sleep_unless_cancelled(ms: u32, cancelled: &Rc<Cell<bool>>) -> bool {
    if ms > 0 {
        gloo_timers::future::TimeoutFuture::new(ms).await;
    }
    cancelled.get()
}
