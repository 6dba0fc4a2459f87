//! The all-queues registry's table: one page of hooks of every queue, each with its queue, its
//! state switch, its offline mark and Delete.

use std::rc::Rc;

use web_sys::HtmlElement;
use webitel_hooks_model::{HookId, QueueId, RegistryColumn, RegistryRow, RegistrySort};
use yew::prelude::*;

use super::icons;
use super::table_parts::{EventCell, PlaceholderRow, SortHeader, StateCell, TableFrame};
use crate::hooks::opener_of;
use crate::i18n::{t, words};

#[derive(Properties, PartialEq)]
pub struct AllHooksTableProps {
    pub rows: Rc<Vec<RegistryRow>>,
    pub sort: Option<RegistrySort>,
    pub loading: bool,
    pub can_change: bool,
    pub on_sort: Callback<RegistryColumn>,
    /// A row's switch moved: its queue, its hook, the new position.
    pub on_toggle: Callback<(QueueId, HookId, bool)>,
    /// A row's Delete was used; with the button, for focus to return to.
    pub on_delete: Callback<(RegistryRow, Option<HtmlElement>)>,
    /// A row's queue name was used: that queue's tab.
    pub on_open_queue: Callback<RegistryRow>,
    /// A row's conflict badge was used; with the badge.
    pub on_conflict: Callback<(QueueId, HookId, Option<HtmlElement>)>,
}

#[component]
pub fn AllHooksTable(props: &AllHooksTableProps) -> Html {
    let columns = if props.can_change { 6 } else { 5 };
    let sort = props.sort.map(|s| (s.column, s.direction));
    let header = |column: RegistryColumn, label_id: &'static str, class: &'static str| {
        html! {
            <SortHeader<RegistryColumn> {column} {sort} {label_id} {class}
                on_sort={props.on_sort.clone()} />
        }
    };

    let body = if props.rows.is_empty() {
        html! { <PlaceholderRow {columns} loading={props.loading} /> }
    } else {
        html! {
            { for props.rows.iter().map(|row| html! {
                // Hook ids are the server's, unique across queues; the queue keeps stand-ins
                // of hooks created offline apart.
                <Row key={format!("{}:{}", row.hook.queue_id, row.hook.id)} row={row.clone()}
                    can_change={props.can_change}
                    on_toggle={props.on_toggle.clone()}
                    on_delete={props.on_delete.clone()}
                    on_open_queue={props.on_open_queue.clone()}
                    on_conflict={props.on_conflict.clone()} />
            }) }
        }
    };

    html! {
        <TableFrame loading={props.loading}>
            <table class="registry registry-all" aria-label={t("all-table")}
                aria-busy={props.loading.to_string()}>
                <colgroup>
                    <col class="col-queue" />
                    <col class="col-queue-type" />
                    <col class="col-all-event" />
                    <col class="col-all-flow" />
                    <col class="col-all-state" />
                    if props.can_change { <col class="col-actions" /> }
                </colgroup>
                <thead>
                    <tr>
                        { header(RegistryColumn::Queue, "all-col-queue", "cell-queue") }
                        <th scope="col" class="cell-queue-type">{ t("all-col-queue-type") }</th>
                        { header(RegistryColumn::Event, "col-event", "cell-event") }
                        { header(RegistryColumn::Flow, "col-flow", "cell-flow") }
                        { header(RegistryColumn::State, "col-state", "cell-state") }
                        if props.can_change {
                            <th scope="col" class="cell-actions">
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
    row: RegistryRow,
    can_change: bool,
    on_toggle: Callback<(QueueId, HookId, bool)>,
    on_delete: Callback<(RegistryRow, Option<HtmlElement>)>,
    on_open_queue: Callback<RegistryRow>,
    on_conflict: Callback<(QueueId, HookId, Option<HtmlElement>)>,
}

#[component]
fn Row(props: &RowProps) -> Html {
    let row = &props.row;
    let hook = &row.hook;
    let (queue_id, id) = (hook.queue_id, hook.id);
    let on_toggle = props
        .on_toggle
        .reform(move |enabled: bool| (queue_id, id, enabled));
    let on_delete = {
        let row = row.clone();
        props
            .on_delete
            .reform(move |e: MouseEvent| (row.clone(), opener_of(&e)))
    };
    let on_open = {
        let row = row.clone();
        props.on_open_queue.reform(move |_: MouseEvent| row.clone())
    };
    let on_conflict = props
        .on_conflict
        .reform(move |opener| (queue_id, id, opener));
    html! {
        <tr data-hook-id={id.to_string()} data-queue-id={queue_id.to_string()}
            data-event={hook.event.as_str().to_owned()} data-enabled={hook.enabled.to_string()}
            data-pending={row.pending.to_string()} data-conflict={row.conflict.to_string()}>
            <td class="cell-queue" title={row.queue_name.clone()}>
                <button type="button" class="link-button" title={t("all-open-queue")} onclick={on_open}>
                    { row.queue_name.clone() }
                </button>
            </td>
            <td class="cell-queue-type muted" title={words::queue_type(row.queue_type)}>
                { words::queue_type(row.queue_type) }
            </td>
            <EventCell event={hook.event.clone()} pending={row.pending} conflict={row.conflict}
                {on_conflict} />
            <td class="cell-flow" title={hook.flow.name.clone()}>{ hook.flow.name.clone() }</td>
            <StateCell enabled={hook.enabled} can_change={props.can_change} {on_toggle} />
            if props.can_change {
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
