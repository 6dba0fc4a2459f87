//! The selection's Enable and Disable (both registries), and the all-hooks registry's bar
//! around them: how many are selected, "Select all N matching", "Clear selection".

use yew::prelude::*;

use crate::i18n::{t, t_count};

#[derive(Properties, PartialEq)]
pub struct BulkSwitchButtonsProps {
    /// How many hooks the buttons act on (at least one: the caller shows them only then).
    pub count: usize,
    /// A bulk switch runs: both buttons wait.
    pub busy: bool,
    /// Enable (`true`) or Disable (`false`) was used.
    pub on_switch: Callback<bool>,
}

/// "Enable N selected hooks" and "Disable N selected hooks": the count is in the accessible
/// name and the tooltip; the button shows the verb alone.
#[component]
pub fn BulkSwitchButtons(props: &BulkSwitchButtonsProps) -> Html {
    let button = |enabled: bool| {
        let (label_id, text_id, name) = if enabled {
            ("bulk-enable-selected", "bulk-enable", "enable-selected")
        } else {
            ("bulk-disable-selected", "bulk-disable", "disable-selected")
        };
        let label = t_count(label_id, props.count);
        let onclick = props.on_switch.reform(move |_: MouseEvent| enabled);
        html! {
            <button type="button" class="button" aria-label={label.clone()} title={label}
                data-toolbar={name} disabled={props.busy} aria-busy={props.busy.to_string()}
                {onclick}>
                { t(text_id) }
            </button>
        }
    };
    html! {
        <>
            { button(true) }
            { button(false) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct BulkBarProps {
    /// Hooks selected, on the page or not.
    pub count: usize,
    /// "Select all N matching" is offered, with N.
    pub offer_matching: Option<u64>,
    /// Every hook matching the filters (that the user may change) is selected.
    pub matching_selected: bool,
    /// Every matching hook is being read.
    pub selecting: bool,
    pub busy: bool,
    pub on_select_matching: Callback<()>,
    pub on_clear: Callback<()>,
    pub on_switch: Callback<bool>,
}

/// The all-hooks registry's selection bar, shown while hooks are selected.
#[component]
pub fn BulkBar(props: &BulkBarProps) -> Html {
    if props.count == 0 && !props.selecting {
        return Html::default();
    }
    let status = if props.selecting {
        t("bulk-selecting")
    } else if props.matching_selected {
        t_count("bulk-all-matching-selected", props.count)
    } else {
        t_count("bulk-selected", props.count)
    };
    let matching = props.offer_matching.map(|n| {
        let label = t_count(
            "bulk-select-matching",
            usize::try_from(n).unwrap_or(usize::MAX),
        );
        html! {
            <button type="button" class="link-button bulk-matching" data-bulk="select-matching"
                onclick={props.on_select_matching.reform(|_: MouseEvent| ())}>
                { label }
            </button>
        }
    });
    html! {
        <div class="bulk-bar" role="toolbar" aria-label={t("bulk-bar")}>
            <span class="bulk-count" aria-live="polite">{ status }</span>
            { for matching }
            if props.count > 0 {
                <button type="button" class="link-button" data-bulk="clear"
                    onclick={props.on_clear.reform(|_: MouseEvent| ())}>
                    { t("bulk-clear") }
                </button>
                <span class="bulk-actions">
                    <BulkSwitchButtons count={props.count} busy={props.busy}
                        on_switch={props.on_switch.clone()} />
                </span>
            }
        </div>
    }
}
