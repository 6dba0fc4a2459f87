//! The table of hook rows both registries draw: one queue's and all queues'. They differ only in
//! their columns ([`ColumnSpec`]: which cells, which sort by what) and in whether rows may be
//! selected and edited; the rows themselves, their switch, marks and buttons, are this one.

use std::collections::BTreeSet;
use std::rc::Rc;

use fluent_bundle::FluentValue;
use web_sys::{HtmlElement, HtmlInputElement};
use webitel_hooks_model::{HookId, HookRow, QueueId, Sort};
use yew::prelude::*;

use super::icons;
use super::table_parts::{EventCell, PlaceholderRow, SortHeader, StateCell, TableFrame};
use crate::hooks::opener_of;
use crate::i18n::{t, t_with, words};

/// What a column shows of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The queue's name, which opens the queue's own registry.
    Queue,
    QueueType,
    Event,
    Flow,
    State,
}

/// One column of a registry: what it shows, the registry's column it sorts by (if any), its
/// header's label and its width's class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSpec<C> {
    pub cell: Cell,
    pub sort: Option<C>,
    pub label_id: &'static str,
    pub col_class: &'static str,
}

impl Cell {
    fn class(self) -> &'static str {
        match self {
            Cell::Queue => "cell-queue",
            Cell::QueueType => "cell-queue-type",
            Cell::Event => "cell-event",
            Cell::Flow => "cell-flow",
            Cell::State => "cell-state",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct HookTableProps<C: Copy + PartialEq + 'static> {
    pub columns: &'static [ColumnSpec<C>],
    /// The table's class besides `registry`, and its label's message id.
    pub class: &'static str,
    pub label_id: &'static str,
    pub rows: Rc<Vec<HookRow>>,
    pub sort: Option<Sort<C>>,
    pub loading: bool,
    pub can_change: bool,
    /// Rows can be selected (for a bulk action): the selection, and whether it is every row.
    #[prop_or_default]
    pub selection: Option<(Rc<BTreeSet<HookId>>, bool)>,
    /// Rows have Edit.
    #[prop_or_default]
    pub editable: bool,
    /// An empty page also says how to add a hook.
    #[prop_or_default]
    pub empty_hint: bool,
    pub on_sort: Callback<C>,
    #[prop_or_default]
    pub on_select: Callback<(HookId, bool)>,
    #[prop_or_default]
    pub on_select_all: Callback<bool>,
    /// A row's switch moved: its queue, its hook, the new position.
    pub on_toggle: Callback<(QueueId, HookId, bool)>,
    /// Edit was used on a row; with the button, for focus to return to.
    #[prop_or_default]
    pub on_edit: Callback<(HookId, Option<HtmlElement>)>,
    /// Delete was used on a row; with the button, as for Edit.
    pub on_delete: Callback<(HookRow, Option<HtmlElement>)>,
    /// A row's queue name was used: that queue's registry.
    #[prop_or_default]
    pub on_open_queue: Callback<HookRow>,
    /// A row's conflict badge was used; with the badge, as for Edit.
    pub on_conflict: Callback<(QueueId, HookId, Option<HtmlElement>)>,
}

#[component]
pub fn HookTable<C: Copy + PartialEq + 'static>(props: &HookTableProps<C>) -> Html {
    let change = props.can_change;
    let select = change && props.selection.is_some();
    let edit = change && props.editable;
    let actions = usize::from(change) + usize::from(edit);
    let columns = props.columns.len() + usize::from(select) + actions;
    let sort = props.sort.map(|s| (s.column, s.direction));
    use_effect_with(!props.rows.is_empty(), |shown| {
        if *shown {
            crate::timing::first_rows_shown();
        }
    });

    let headers = props.columns.iter().map(|spec| match spec.sort {
        Some(column) => html! {
            <SortHeader<C> {column} {sort} label_id={spec.label_id} class={spec.cell.class()}
                on_sort={props.on_sort.clone()} />
        },
        None => html! {
            <th scope="col" class={spec.cell.class()}>{ t(spec.label_id) }</th>
        },
    });

    let select_all = props.selection.as_ref().filter(|_| select).map(|(_, all)| {
        let cb = props.on_select_all.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        });
        html! {
            <th scope="col" class="cell-select">
                // Nothing to select on an empty page: no select-all either.
                if !props.rows.is_empty() {
                    <input type="checkbox" aria-label={t("hooks-select-all")}
                        checked={*all} {onchange} />
                }
            </th>
        }
    });

    let body = if props.rows.is_empty() {
        html! {
            <PlaceholderRow {columns} loading={props.loading} hint={props.empty_hint && change} />
        }
    } else {
        let selected = props.selection.as_ref().map(|(set, _)| set.clone());
        html! {
            { for props.rows.iter().map(|row| html! {
                // Hook ids are the server's, unique across queues; the queue keeps stand-ins
                // of hooks created offline apart.
                <Row key={format!("{}:{}", row.hook.queue_id, row.hook.id)} row={row.clone()}
                    cells={props.columns.iter().map(|c| c.cell).collect::<Vec<_>>()}
                    selected={selected.as_ref().filter(|_| select).map(|s| s.contains(&row.id()))}
                    {edit}
                    can_change={change}
                    on_select={props.on_select.clone()}
                    on_toggle={props.on_toggle.clone()}
                    on_edit={props.on_edit.clone()}
                    on_delete={props.on_delete.clone()}
                    on_open_queue={props.on_open_queue.clone()}
                    on_conflict={props.on_conflict.clone()} />
            }) }
        }
    };

    html! {
        <TableFrame loading={props.loading}>
            <table class={classes!("registry", (!props.class.is_empty()).then_some(props.class), (!change).then_some("read-only"))}
                aria-label={t(props.label_id)} aria-busy={props.loading.to_string()}>
                <colgroup>
                    if select { <col class="col-select" /> }
                    { for props.columns.iter().map(|spec| html! { <col class={spec.col_class} /> }) }
                    { for (0..actions).map(|_| html! { <col class="col-actions" /> }) }
                </colgroup>
                <thead>
                    <tr>
                        { for select_all }
                        { for headers }
                        if actions > 0 {
                            <th scope="col" colspan={actions.to_string()} class="cell-actions">
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
    row: HookRow,
    cells: Vec<Cell>,
    /// `Some` when rows can be selected: whether this one is.
    selected: Option<bool>,
    edit: bool,
    can_change: bool,
    on_select: Callback<(HookId, bool)>,
    on_toggle: Callback<(QueueId, HookId, bool)>,
    on_edit: Callback<(HookId, Option<HtmlElement>)>,
    on_delete: Callback<(HookRow, Option<HtmlElement>)>,
    on_open_queue: Callback<HookRow>,
    on_conflict: Callback<(QueueId, HookId, Option<HtmlElement>)>,
}

#[component]
fn Row(props: &RowProps) -> Html {
    let row = &props.row;
    let hook = &row.hook;
    let (queue_id, id) = (hook.queue_id, hook.id);
    let never_fires = hook.event.fires_for(row.queue_type) == Some(false);
    let on_toggle = props
        .on_toggle
        .reform(move |enabled: bool| (queue_id, id, enabled));
    let cell = |cell: &Cell| match cell {
        Cell::Queue => {
            let on_open = {
                let row = row.clone();
                props.on_open_queue.reform(move |_: MouseEvent| row.clone())
            };
            html! {
                <td class="cell-queue" title={row.queue_name.clone()}>
                    <button type="button" class="link-button" title={t("all-open-queue")}
                        onclick={on_open}>
                        { row.queue_name.clone() }
                    </button>
                </td>
            }
        }
        Cell::QueueType => html! {
            <td class="cell-queue-type muted" title={words::queue_type(row.queue_type)}>
                { words::queue_type(row.queue_type) }
            </td>
        },
        Cell::Event => html! {
            <EventCell event={hook.event.clone()} pending={row.pending} conflict={row.conflict}
                on_conflict={props.on_conflict.reform(move |opener| (queue_id, id, opener))}>
                if never_fires {
                    <span class="badge badge-warn" title={t_with("hooks-never-fires-title",
                        &[("type", FluentValue::from(words::queue_type(row.queue_type)))])}>
                        { t("hooks-never-fires") }
                    </span>
                }
            </EventCell>
        },
        Cell::Flow => html! {
            <td class="cell-flow" title={hook.flow.name.clone()}>{ hook.flow.name.clone() }</td>
        },
        Cell::State => html! {
            <StateCell enabled={hook.enabled} can_change={props.can_change}
                on_toggle={on_toggle.clone()} />
        },
    };
    let select = props.selected.map(|selected| {
        let cb = props.on_select.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit((id, input.checked()));
        });
        html! {
            <td class="cell-select">
                <input type="checkbox" aria-label={t("hooks-select")} checked={selected}
                    {onchange} />
            </td>
        }
    });
    let on_edit = props
        .on_edit
        .reform(move |e: MouseEvent| (id, opener_of(&e)));
    let on_delete = {
        let row = row.clone();
        props
            .on_delete
            .reform(move |e: MouseEvent| (row.clone(), opener_of(&e)))
    };
    html! {
        <tr data-hook-id={id.to_string()} data-queue-id={queue_id.to_string()}
            data-event={hook.event.as_str().to_owned()} data-enabled={hook.enabled.to_string()}
            data-pending={row.pending.to_string()} data-conflict={row.conflict.to_string()}
            class={classes!((props.selected == Some(true)).then_some("row-selected"))}>
            { for select }
            { for props.cells.iter().map(cell) }
            if props.edit {
                <td class="cell-action">
                    <button type="button" class="icon-button" aria-label={t("hooks-edit")}
                        title={t("hooks-edit")} onclick={on_edit}>
                        { icons::pencil() }
                    </button>
                </td>
            }
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
