use std::collections::BTreeSet;
use std::rc::Rc;

use fluent_bundle::FluentValue;
use web_sys::{HtmlElement, HtmlInputElement};
use webitel_hooks_model::{Hook, HookColumn, HookId, HookSort, QueueType};
use yew::prelude::*;

use super::icons;
use super::table_parts::{EventCell, PlaceholderRow, SortHeader, StateCell, TableFrame};
use crate::hooks::opener_of;
use crate::i18n::{t, t_with, words};
use crate::state::registry::Marks;

#[derive(Properties, PartialEq)]
pub struct RegistryTableProps {
    pub rows: Rc<Vec<Hook>>,
    /// Which rows wait to be sent or conflict with the server.
    pub marks: Rc<Marks>,
    pub selected: Rc<BTreeSet<HookId>>,
    pub all_selected: bool,
    pub sort: Option<HookSort>,
    pub loading: bool,
    pub can_change: bool,
    pub queue_type: QueueType,
    pub on_sort: Callback<HookColumn>,
    pub on_select: Callback<(HookId, bool)>,
    pub on_select_all: Callback<bool>,
    pub on_toggle: Callback<(HookId, bool)>,
    /// Edit was used on a row; with the button, for focus to return to.
    pub on_edit: Callback<(HookId, Option<HtmlElement>)>,
    /// Delete was used on a row; with the button, as for Edit.
    pub on_delete: Callback<(HookId, Option<HtmlElement>)>,
    /// A row's conflict badge was used; with the badge, as for Edit.
    pub on_conflict: Callback<(HookId, Option<HtmlElement>)>,
}

#[component]
pub fn RegistryTable(props: &RegistryTableProps) -> Html {
    let all_selected = props.all_selected;
    let columns = if props.can_change { 6 } else { 3 };

    let sort = props.sort.map(|s| (s.column, s.direction));
    let header = |column: HookColumn, label_id: &'static str, class: &'static str| {
        html! {
            <SortHeader<HookColumn> {column} {sort} {label_id} {class}
                on_sort={props.on_sort.clone()} />
        }
    };

    let on_select_all = {
        let cb = props.on_select_all.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };

    let body = if props.rows.is_empty() {
        // Only a user who may add hooks is told how.
        html! { <PlaceholderRow {columns} loading={props.loading} hint={props.can_change} /> }
    } else {
        html! {
            { for props.rows.iter().map(|hook| html! {
                <Row key={hook.id.to_string()} hook={hook.clone()}
                    selected={props.selected.contains(&hook.id)}
                    pending={props.marks.pending.contains(&hook.id)}
                    conflict={props.marks.conflicts.contains(&hook.id)}
                    on_conflict={props.on_conflict.clone()}
                    can_change={props.can_change}
                    queue_type={props.queue_type}
                    on_select={props.on_select.clone()}
                    on_toggle={props.on_toggle.clone()}
                    on_edit={props.on_edit.clone()}
                    on_delete={props.on_delete.clone()} />
            }) }
        }
    };

    html! {
        <TableFrame loading={props.loading}>
            <table class={classes!("registry", (!props.can_change).then_some("read-only"))}
                aria-label={t("hooks-table")} aria-busy={props.loading.to_string()}>
                <colgroup>
                    if props.can_change { <col class="col-select" /> }
                    <col class="col-event" />
                    <col class="col-flow" />
                    <col class="col-state" />
                    if props.can_change { <col class="col-actions" /> <col class="col-actions" /> }
                </colgroup>
                <thead>
                    <tr>
                        if props.can_change {
                            <th scope="col" class="cell-select">
                                // Nothing to select on an empty page: no select-all either.
                                if !props.rows.is_empty() {
                                    <input type="checkbox" aria-label={t("hooks-select-all")}
                                        checked={all_selected} onchange={on_select_all} />
                                }
                            </th>
                        }
                        { header(HookColumn::Event, "col-event", "cell-event") }
                        { header(HookColumn::Flow, "col-flow", "cell-flow") }
                        { header(HookColumn::State, "col-state", "cell-state") }
                        if props.can_change {
                            <th scope="col" colspan="2" class="cell-actions">
                                <span class="visually-hidden">{ t("col-actions") }</span>
                            </th>
                        }
                    </tr>
                </thead>
                <tbody>{ body }</tbody>
            </table>
        </TableFrame>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    hook: Hook,
    selected: bool,
    pending: bool,
    conflict: bool,
    on_conflict: Callback<(HookId, Option<HtmlElement>)>,
    can_change: bool,
    queue_type: QueueType,
    on_select: Callback<(HookId, bool)>,
    on_toggle: Callback<(HookId, bool)>,
    on_edit: Callback<(HookId, Option<HtmlElement>)>,
    on_delete: Callback<(HookId, Option<HtmlElement>)>,
}

#[component]
fn Row(props: &RowProps) -> Html {
    let hook = &props.hook;
    let id = hook.id;
    let never_fires = hook.event.fires_for(props.queue_type) == Some(false);
    let on_select = {
        let cb = props.on_select.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit((id, input.checked()));
        })
    };
    let on_toggle = props.on_toggle.reform(move |enabled: bool| (id, enabled));
    let on_edit = props
        .on_edit
        .reform(move |e: MouseEvent| (id, opener_of(&e)));
    let on_delete = props
        .on_delete
        .reform(move |e: MouseEvent| (id, opener_of(&e)));
    let on_conflict = props.on_conflict.reform(move |opener| (id, opener));
    html! {
        <tr data-hook-id={id.to_string()} data-event={hook.event.as_str().to_owned()}
            data-enabled={hook.enabled.to_string()}
            data-pending={props.pending.to_string()} data-conflict={props.conflict.to_string()}
            class={classes!(props.selected.then_some("row-selected"))}>
            if props.can_change {
                <td class="cell-select">
                    <input type="checkbox" aria-label={t("hooks-select")}
                        checked={props.selected} onchange={on_select} />
                </td>
            }
            <EventCell event={hook.event.clone()} pending={props.pending} conflict={props.conflict}
                {on_conflict}>
                if never_fires {
                    <span class="badge badge-warn" title={t_with("hooks-never-fires-title",
                        &[("type", FluentValue::from(words::queue_type(props.queue_type)))])}>
                        { t("hooks-never-fires") }
                    </span>
                }
            </EventCell>
            <td class="cell-flow" title={hook.flow.name.clone()}>{ hook.flow.name.clone() }</td>
            <StateCell enabled={hook.enabled} can_change={props.can_change} {on_toggle} />
            if props.can_change {
                <td class="cell-action">
                    <button type="button" class="icon-button" aria-label={t("hooks-edit")}
                        title={t("hooks-edit")} onclick={on_edit}>
                        { icons::pencil() }
                    </button>
                </td>
                <td class="cell-action">
                    <button type="button" class="icon-button icon-danger" aria-label={t("hooks-delete")}
                        title={t("hooks-delete")} onclick={on_delete}>
                        { icons::trash() }
                    </button>
                </td>
            }
        </tr>
    }
}
