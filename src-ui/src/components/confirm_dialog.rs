//! "Delete N hooks?": the confirmation before a delete, naming the hook when there is one.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::dialog::dialog_keys;
use crate::hooks::{use_dialog_focus, AFTER_DIALOG};
use crate::i18n::{t, t_count};

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub count: usize,
    /// A single delete: which hook, as its event and flow ("Bridged → CRM: log call result").
    #[prop_or_default]
    pub detail: Option<AttrValue>,
    /// Deleting: both buttons wait.
    pub busy: bool,
    pub on_yes: Callback<()>,
    pub on_no: Callback<()>,
    /// The button that asked for the deletion: focus returns to it on close, or, when it went
    /// with its row, to the toolbar.
    #[prop_or_default]
    pub opener: Option<HtmlElement>,
}

/// "Confirm deletion": Yes / No. Focus starts on No; Escape means No.
#[component]
pub fn ConfirmDialog(props: &ConfirmDialogProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_DIALOG);
    let onkeydown = dialog_keys(&dialog, &props.on_no);
    html! {
        <div class="backdrop">
            <div class="modal modal-small" role="alertdialog" aria-modal="true"
                aria-label={t("confirm-title")}
                aria-describedby={if props.detail.is_some() { "confirm-text confirm-detail" } else { "confirm-text" }}
                ref={dialog} {onkeydown}>
                <header class="modal-header">
                    <h2>{ t("confirm-title") }</h2>
                </header>
                <div class="modal-body">
                    <p id="confirm-text">{ t_count("confirm-text", props.count) }</p>
                    if let Some(detail) = &props.detail {
                        <p id="confirm-detail" class="confirm-detail">{ detail.clone() }</p>
                    }
                </div>
                <footer class="modal-footer">
                    <button type="button" class="button" data-autofocus="true" disabled={props.busy}
                        onclick={props.on_no.reform(|_: MouseEvent| ())}>
                        { t("confirm-no") }
                    </button>
                    <button type="button" class="button button-danger" disabled={props.busy}
                        onclick={props.on_yes.reform(|_: MouseEvent| ())}>
                        { t("confirm-yes") }
                    </button>
                </footer>
            </div>
        </div>
    }
}
