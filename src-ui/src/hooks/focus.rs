//! Dialog focus: into the dialog on open, kept inside while open, back to the opener on close.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

const FOCUSABLE: &str = "button:not([disabled]), input:not([disabled]), select:not([disabled]), \
     textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn focusables(container: &Element) -> Vec<HtmlElement> {
    let Ok(list) = container.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// On open: remembers what had focus and focuses the dialog's `[data-autofocus]` element (or
/// its first focusable one). On close: focus goes back to the opener, or, when the opener is
/// gone (its row was deleted), to `fallback` (a selector).
#[hook]
pub fn use_dialog_focus(dialog: NodeRef, fallback: &'static str) {
    use_effect_with((), move |_| {
        let opener = document()
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(container) = dialog.cast::<Element>() {
            let target = container
                .query_selector("[data-autofocus]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                .or_else(|| focusables(&container).into_iter().next());
            if let Some(target) = target {
                let _ = target.focus();
            }
        }
        move || {
            let back = opener.filter(|e| e.is_connected()).or_else(|| {
                document()
                    .and_then(|d| d.query_selector(fallback).ok().flatten())
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            });
            if let Some(back) = back {
                let _ = back.focus();
            }
        }
    });
}

/// Keeps Tab and Shift+Tab inside `dialog`.
pub fn trap_tab(event: &KeyboardEvent, dialog: &NodeRef) {
    if event.key() != "Tab" {
        return;
    }
    let Some(container) = dialog.cast::<Element>() else {
        return;
    };
    let items = focusables(&container);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let on = |e: &HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == e.unchecked_ref::<Element>())
    };
    let inside = active.as_ref().is_some_and(|a| container.contains(Some(a)));
    if event.shift_key() && (on(first) || !inside) {
        event.prevent_default();
        let _ = last.focus();
    } else if !event.shift_key() && (on(last) || !inside) {
        event.prevent_default();
        let _ = first.focus();
    }
}
