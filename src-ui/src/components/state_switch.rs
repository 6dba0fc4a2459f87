//! A hook's state as a switch (`role="switch"`), which asks for the other state when used.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::t;

#[derive(Properties, PartialEq)]
pub struct StateSwitchProps {
    pub checked: bool,
    /// Emits the new position.
    pub on_toggle: Callback<bool>,
    #[prop_or_default]
    pub disabled: bool,
}

/// The hook's enabled state as a switch: a checkbox with `role="switch"`, so Space toggles it.
#[component]
pub fn StateSwitch(props: &StateSwitchProps) -> Html {
    let onchange = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_toggle.emit(input.checked());
        })
    };
    html! {
        <input
            type="checkbox"
            role="switch"
            class="switch"
            aria-label={t("hooks-state")}
            checked={props.checked}
            disabled={props.disabled}
            {onchange}
        />
    }
}
