//! What the dialogs share: their keys (Escape closes, Tab stays inside) and their error alert.

use webitel_hooks_model::AppError;
use yew::prelude::*;

use crate::hooks::trap_tab;
use crate::i18n::error_text;

/// Escape closes; Tab stays inside.
pub fn dialog_keys(dialog: &NodeRef, on_close: &Callback<()>) -> Callback<KeyboardEvent> {
    let dialog = dialog.clone();
    let on_close = on_close.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            on_close.emit(());
        } else {
            trap_tab(&e, &dialog);
        }
    })
}

/// A dialog's error, when there is one, as its alert.
pub fn dialog_alert(error: Option<&AppError>) -> Html {
    match error {
        Some(err) => html! { <p class="dialog-alert" role="alert">{ error_text(err) }</p> },
        None => html! {},
    }
}
