//! Dialog focus: into the dialog on open, kept inside while open, back to the opener on close.

use gloo_timers::callback::Timeout;
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

/// The control an event came from: the button (or other focusable element) around the
/// event's target. A dialog opened by the event gives focus back to it when it closes.
///
/// WebKitGTK does not focus a clicked button, so `document.activeElement` at open time is
/// `<body>`; the event still knows which control was used.
pub fn opener_of(event: &Event) -> Option<HtmlElement> {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| {
            e.closest("button, input, select, a[href], [tabindex]")
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// Where focus goes when a dialog closes and its opener is gone (a deleted row's bin, the bulk
/// delete button once nothing is selected): the toolbar's Add, else its Refresh; in the
/// all-queues view (no toolbar), its search.
pub const AFTER_DIALOG: &[&str] = &[
    "button[data-toolbar='add']",
    "button[data-toolbar='refresh']",
    "input[data-all-search]",
];

/// Whether focus can go back to `element`: still in the page and not disabled.
fn can_focus(element: &HtmlElement) -> bool {
    element.is_connected() && !element.has_attribute("disabled")
}

/// On open: focuses the dialog's `[data-autofocus]` element (or its first focusable one). On
/// close: focus goes back to `opener` (the control that opened the dialog; when not given,
/// whatever had focus at open time), or, when the opener is gone (its row was deleted) or
/// disabled, to the first of `fallbacks` (selectors) found in the page.
///
/// Giving focus back waits for the page to finish the render that closed the dialog, so an
/// opener removed by that same render counts as gone.
#[hook]
pub fn use_dialog_focus(
    dialog: NodeRef,
    opener: Option<HtmlElement>,
    fallbacks: &'static [&'static str],
) {
    use_effect_with((), move |_| {
        let opener = opener.or_else(|| {
            let body = document().and_then(|d| d.body());
            document()
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                .filter(|e| Some(e) != body.as_ref())
        });
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
            Timeout::new(0, move || {
                let back = opener.filter(can_focus).or_else(|| {
                    let document = document()?;
                    fallbacks.iter().find_map(|selector| {
                        document
                            .query_selector(selector)
                            .ok()
                            .flatten()
                            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                            .filter(can_focus)
                    })
                });
                if let Some(back) = back {
                    let _ = back.focus();
                }
            })
            .forget();
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
