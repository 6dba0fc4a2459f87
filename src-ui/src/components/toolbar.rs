//! A registry's toolbar: Add, Refresh, and the selection's Enable, Disable and delete.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::bulk_switch::BulkSwitchButtons;
use super::icons;
use crate::hooks::opener_of;
use crate::i18n::{t, t_count};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_change: bool,
    pub selected: usize,
    pub loading: bool,
    pub on_refresh: Callback<()>,
    /// Add was used; with the button, for focus to return to when the modal closes.
    pub on_add: Callback<Option<HtmlElement>>,
    /// Bulk delete was used; with the button, as for Add.
    pub on_delete_selected: Callback<Option<HtmlElement>>,
    /// A bulk switch of the selection runs.
    #[prop_or_default]
    pub switching: bool,
    /// Enable (`true`) or Disable (`false`) of the selection was used.
    pub on_switch_selected: Callback<bool>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let emit = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let open = |cb: &Callback<Option<HtmlElement>>| {
        let cb = cb.clone();
        Callback::from(move |e: MouseEvent| cb.emit(opener_of(&e)))
    };
    let delete_label = t_count("hooks-delete-selected", props.selected);
    html! {
        <div class="toolbar" role="toolbar" aria-label={t("hooks-table")}>
            if props.can_change && props.selected > 0 {
                <BulkSwitchButtons count={props.selected} busy={props.switching}
                    on_switch={props.on_switch_selected.clone()} />
                <button type="button" class="button button-danger"
                    aria-label={delete_label.clone()} title={delete_label}
                    data-toolbar="delete-selected" onclick={open(&props.on_delete_selected)}>
                    { icons::trash() }
                    <span>{ t_count("hooks-selected", props.selected) }</span>
                </button>
            }
            <button type="button" class={classes!("icon-button", props.loading.then_some("spinning"))}
                aria-label={t("hooks-refresh")} title={t("hooks-refresh")} data-toolbar="refresh"
                onclick={emit(&props.on_refresh)}>
                { icons::refresh() }
            </button>
            if props.can_change {
                <button type="button" class="button button-primary"
                    aria-label={t("hooks-add")} title={t("hooks-add")}
                    data-toolbar="add" onclick={open(&props.on_add)}>
                    { icons::plus() }
                    <span>{ t("hooks-add") }</span>
                </button>
            }
        </div>
    }
}
