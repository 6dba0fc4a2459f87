use yew::prelude::*;

use super::icons;
use crate::i18n::{t, t_count};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_change: bool,
    pub selected: usize,
    pub loading: bool,
    pub on_refresh: Callback<()>,
    pub on_add: Callback<()>,
    pub on_delete_selected: Callback<()>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let emit = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let delete_label = t_count("hooks-delete-selected", props.selected);
    html! {
        <div class="toolbar" role="toolbar" aria-label={t("hooks-table")}>
            if props.can_change && props.selected > 0 {
                <button type="button" class="button button-danger"
                    aria-label={delete_label.clone()} title={delete_label}
                    onclick={emit(&props.on_delete_selected)}>
                    { icons::trash() }
                    <span>{ t_count("hooks-selected", props.selected) }</span>
                </button>
            }
            <button type="button" class={classes!("icon-button", props.loading.then_some("spinning"))}
                aria-label={t("hooks-refresh")} title={t("hooks-refresh")}
                onclick={emit(&props.on_refresh)}>
                { icons::refresh() }
            </button>
            if props.can_change {
                <button type="button" class="button button-primary"
                    aria-label={t("hooks-add")} title={t("hooks-add")}
                    onclick={emit(&props.on_add)}>
                    { icons::plus() }
                    <span>{ t("hooks-add") }</span>
                </button>
            }
        </div>
    }
}
