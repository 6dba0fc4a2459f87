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
        let (on_toggle, checked) = (props.on_toggle.clone(), props.checked);
        Callback::from(move |e: Event| {
            // The box shows what the app holds, not the click: the click's own tick is undone
            // here, and the switch moves when the app's state does. Otherwise a refusal that
            // comes back before the next render leaves the state as it was, so nothing is
            // drawn again, and the native tick stays on a hook the server kept off.
            let input: HtmlInputElement = e.target_unchecked_into();
            input.set_checked(checked);
            on_toggle.emit(!checked);
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
