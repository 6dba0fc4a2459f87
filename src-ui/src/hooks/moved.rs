//! `use_moved_since_mount`: acts on a signal that moves (the view's refresh), not on the value
//! it had when the component appeared.

use yew::prelude::*;

/// Runs `run` each time `counter` moves, but not for the value it had when the component
/// mounted: a page opened mid-session (for another profile) has nothing to catch up on.
#[hook]
pub fn use_moved_since_mount<F>(counter: u32, run: F)
where
    F: FnOnce() + 'static,
{
    let at_mount = *use_mut_ref(|| counter).borrow();
    use_effect_with(counter, move |counter| {
        if *counter != at_mount {
            run();
        }
    });
}
