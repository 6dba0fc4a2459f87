//! Marks for whoever measures the window (the benchmark in `bench/`), standard User Timing
//! entries set once per page load: the steps of a start (`ui-started`, `session-answered`,
//! `queues-listed`) and `first-rows-painted`, in the frame after the first hook rows were
//! painted. They cost nothing worth counting, once.

use std::cell::Cell;

use wasm_bindgen::prelude::*;

thread_local! {
    static MARKED: Cell<bool> = const { Cell::new(false) };
}

/// Marks `name` now, unless this page load marked it before.
pub fn mark_once(name: &str) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if performance.get_entries_by_name(name).length() == 0 {
        let _ = performance.mark(name);
    }
}

/// The first rows of a registry are in the DOM: mark the frame after the one that paints them
/// (the first animation frame runs before that paint, the second after it).
pub fn first_rows_shown() {
    if MARKED.with(|m| m.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let second = Closure::once_into_js(|| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("first-rows-painted");
        }
    });
    let first = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(second.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(first.unchecked_ref());
}
