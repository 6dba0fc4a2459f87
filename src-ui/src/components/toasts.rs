//! The toasts in the corner: success and error messages that go by themselves.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::icons;
use crate::i18n::t;
use crate::state::toasts::{Toast, ToastKind};

/// How long a toast stays before it goes by itself.
const TOAST_MS: u32 = 6_000;

#[derive(Properties, PartialEq)]
pub struct ToastsProps {
    pub toasts: Rc<Vec<Toast>>,
    pub on_dismiss: Callback<u64>,
}

#[component]
pub fn Toasts(props: &ToastsProps) -> Html {
    html! {
        <div class="toasts" aria-live="polite" aria-label={t("toasts-region")}>
            { for props.toasts.iter().map(|toast| html! {
                <ToastItem key={toast.id.to_string()} toast={toast.clone()}
                    on_dismiss={props.on_dismiss.clone()} />
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ToastItemProps {
    toast: Toast,
    on_dismiss: Callback<u64>,
}

#[component]
fn ToastItem(props: &ToastItemProps) -> Html {
    let id = props.toast.id;
    {
        let on_dismiss = props.on_dismiss.clone();
        use_effect_with(id, move |id| {
            let id = *id;
            let timer = Timeout::new(TOAST_MS, move || on_dismiss.emit(id));
            move || drop(timer)
        });
    }
    let (role, class) = match props.toast.kind {
        ToastKind::Error => ("alert", "toast toast-error"),
        ToastKind::Success => ("status", "toast toast-success"),
        ToastKind::Info => ("status", "toast toast-info"),
    };
    let onclick = {
        let on_dismiss = props.on_dismiss.clone();
        Callback::from(move |_| on_dismiss.emit(id))
    };
    html! {
        <div {role} {class}>
            <p class="toast-text">{ props.toast.text.clone() }</p>
            <button type="button" class="icon-button toast-close" aria-label={t("toast-close")}
                title={t("toast-close")} {onclick}>
                { icons::close() }
            </button>
        </div>
    }
}
