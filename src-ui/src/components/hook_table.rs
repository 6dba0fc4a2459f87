//! The table of hook rows both registries draw: one queue's or team's, and all hooks'. They
//! differ only in their columns ([`ColumnSpec`]: which cells, which sort by what) and in whether
//! rows may be selected and edited; the rows themselves, their switch, marks and buttons, are
//! this one.

use std::collections::BTreeSet;
use std::rc::Rc;

use fluent_bundle::FluentValue;
use web_sys::{HtmlElement, HtmlInputElement};
use webitel_hooks_model::{HookId, HookOwner, HookRow, Permissions, SchemaId, Sort};
use yew::prelude::*;

use super::icons;
use super::table_parts::{EventCell, PlaceholderRow, SortHeader, StateCell, TableFrame};
use crate::hooks::opener_of;
use crate::i18n::{t, t_with, words};
use crate::state::table::HookKey;

/// What a column shows of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The queue's or the team's name, which opens its own registry.
    Queue,
    /// The queue's type; "Team" for a team's hook.
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
    /// The table has the controls of change (switches, Delete, Edit, selection): some of its
    /// rows may be changed.
    pub can_change: bool,
    /// Which rows may be changed, by their owner: a row another kind of owner holds than the
    /// user may change shows its state as words and no buttons.
    pub permissions: Permissions,
    /// Rows can be selected (for a bulk action): the selection, and whether it is every row.
    #[prop_or_default]
    pub selection: Option<(Rc<BTreeSet<HookKey>>, bool)>,
    /// Rows have Edit.
    #[prop_or_default]
    pub editable: bool,
    /// An empty page also says how to add a hook.
    #[prop_or_default]
    pub empty_hint: bool,
    pub on_sort: Callback<C>,
    #[prop_or_default]
    pub on_select: Callback<(HookKey, bool)>,
    #[prop_or_default]
    pub on_select_all: Callback<bool>,
    /// A row's switch moved: its owner, its hook, the new position.
    pub on_toggle: Callback<(HookOwner, HookId, bool)>,
    /// Edit was used on a row; with the button, for focus to return to.
    #[prop_or_default]
    pub on_edit: Callback<(HookId, Option<HtmlElement>)>,
    /// Delete was used on a row; with the button, as for Edit.
    pub on_delete: Callback<(HookRow, Option<HtmlElement>)>,
    /// A row's queue or team name was used: that owner's registry.
    #[prop_or_default]
    pub on_open_owner: Callback<HookRow>,
    /// A row's conflict badge was used; with the badge, as for Edit.
    pub on_conflict: Callback<(HookOwner, HookId, Option<HtmlElement>)>,
    /// A row's flow was used: that flow in Webitel's admin.
    pub on_open_flow: Callback<SchemaId>,
    /// The row the user was led to (the modal's clash warning): marked, and brought into view
    /// with its switch focused once it is drawn.
    #[prop_or_default]
    pub highlighted: Option<HookKey>,
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

    // A page of rows the user may not change has nothing to select.
    let any_selectable = props
        .rows
        .iter()
        .any(|row| props.permissions.may_change(row.hook.owner));
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
                        checked={*all} disabled={!any_selectable} {onchange} />
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
                // Hook ids are unique within their owner only (a queue and a team number their
                // hooks apart), and the owner keeps stand-ins of hooks created offline apart.
                <Row key={format!("{}:{}", row.hook.owner, row.hook.id)} row={row.clone()}
                    cells={props.columns.iter().map(|c| c.cell).collect::<Vec<_>>()}
                    selected={selected.as_ref().filter(|_| select).map(|s| s.contains(&row.key()))}
                    {edit}
                    highlighted={props.highlighted == Some(row.key())}
                    delete={change}
                    can_change={change && props.permissions.may_change(row.hook.owner)}
                    on_select={props.on_select.clone()}
                    on_toggle={props.on_toggle.clone()}
                    on_edit={props.on_edit.clone()}
                    on_delete={props.on_delete.clone()}
                    on_open_owner={props.on_open_owner.clone()}
                    on_open_flow={props.on_open_flow.clone()}
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
    /// The table has an Edit column, and a Delete column.
    edit: bool,
    delete: bool,
    /// The row the user was led to.
    highlighted: bool,
    /// This row may be changed: its cells of those columns hold the buttons, else nothing.
    can_change: bool,
    on_select: Callback<(HookKey, bool)>,
    on_toggle: Callback<(HookOwner, HookId, bool)>,
    on_edit: Callback<(HookId, Option<HtmlElement>)>,
    on_delete: Callback<(HookRow, Option<HtmlElement>)>,
    on_open_owner: Callback<HookRow>,
    on_open_flow: Callback<SchemaId>,
    on_conflict: Callback<(HookOwner, HookId, Option<HtmlElement>)>,
}

#[component]
fn Row(props: &RowProps) -> Html {
    let row = &props.row;
    let hook = &row.hook;
    let (owner, id) = (hook.owner, hook.id);
    // Led to this row: bring it into view and put focus on its switch (or its first control),
    // which is what resolves a clash: turning one of the two hooks off.
    let tr = use_node_ref();
    {
        let tr = tr.clone();
        use_effect_with(props.highlighted, move |highlighted| {
            if *highlighted {
                if let Some(row) = tr.cast::<HtmlElement>() {
                    row.scroll_into_view_with_bool(false);
                    // The switch first (a selector list would match in document order, and
                    // the row's Select box comes before it); a read-only row has none.
                    let target = ["input[role='switch']", "button"]
                        .iter()
                        .find_map(|css| row.query_selector(css).ok().flatten())
                        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok());
                    if let Some(target) = target {
                        let _ = target.focus();
                    }
                }
            }
        });
    }
    // A queue's type says which events it never fires; a team has no type and one event.
    let never_fires = row
        .queue_type
        .filter(|queue_type| hook.event.fires_for(*queue_type) == Some(false));
    let owner_kind = match row.queue_type {
        Some(queue_type) => words::queue_type(queue_type),
        None => t("owner-team"),
    };
    let on_toggle = props
        .on_toggle
        .reform(move |enabled: bool| (owner, id, enabled));
    let cell = |cell: &Cell| match cell {
        Cell::Queue => {
            let on_open = {
                let row = row.clone();
                props.on_open_owner.reform(move |_: MouseEvent| row.clone())
            };
            let open_title = match owner {
                HookOwner::Queue(_) => t("all-open-queue"),
                HookOwner::Team(_) => t("all-open-team"),
            };
            html! {
                <td class="cell-queue" title={row.owner_name.clone()}>
                    <button type="button" class="link-button" title={open_title}
                        onclick={on_open}>
                        { row.owner_name.clone() }
                    </button>
                </td>
            }
        }
        Cell::QueueType => html! {
            <td class="cell-queue-type muted" title={owner_kind.clone()}>
                { owner_kind.clone() }
            </td>
        },
        Cell::Event => html! {
            <EventCell event={hook.event.clone()} pending={row.pending} conflict={row.conflict}
                on_conflict={props.on_conflict.reform(move |opener| (owner, id, opener))}>
                if let Some(queue_type) = never_fires {
                    <span class="badge badge-warn" data-never-fires={queue_type.code().to_string()}
                        title={t_with("hooks-never-fires-title",
                        &[("type", FluentValue::from(words::queue_type(queue_type)))])}>
                        { t("hooks-never-fires") }
                    </span>
                }
            </EventCell>
        },
        // As the admin's own row: the flow's name links to the flow's page of the admin, opened
        // outside (webitel/client opened-queue-hooks.vue: `adm-item-link`, `target="_blank"`).
        Cell::Flow => {
            let flow = hook.flow.id;
            html! {
                <td class="cell-flow" title={hook.flow.name.clone()}>
                    <button type="button" class="link-button flow-link"
                        title={t_with("hooks-open-flow", &[("flow", FluentValue::from(hook.flow.name.clone()))])}
                        onclick={props.on_open_flow.reform(move |_: MouseEvent| flow)}>
                        { hook.flow.name.clone() }
                    </button>
                </td>
            }
        }
        Cell::State => html! {
            <StateCell enabled={hook.enabled} can_change={props.can_change}
                on_toggle={on_toggle.clone()} />
        },
    };
    let select = props.selected.map(|selected| {
        let cb = props.on_select.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(((owner, id), input.checked()));
        });
        html! {
            <td class="cell-select">
                if props.can_change {
                    <input type="checkbox" aria-label={t("hooks-select")} checked={selected}
                        {onchange} />
                } else {
                    // A row of an owner the user may not change, among rows they may (the
                    // all-hooks registry): it cannot be selected, and says why.
                    <input type="checkbox" aria-label={t("hooks-select")} checked=false
                        disabled=true title={t(match owner {
                            HookOwner::Queue(_) => "hooks-select-forbidden-queue",
                            HookOwner::Team(_) => "hooks-select-forbidden-team",
                        })} />
                }
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
    // A queue's row names its queue, a team's its team, each by the attribute of its kind.
    let (queue_id, team_id) = match owner {
        HookOwner::Queue(queue) => (Some(queue.to_string()), None),
        HookOwner::Team(team) => (None, Some(team.to_string())),
    };
    html! {
        <tr ref={tr} data-hook-id={id.to_string()} data-queue-id={queue_id} data-team-id={team_id}
            data-highlighted={props.highlighted.then_some("true")}
            data-event={hook.event.as_str().to_owned()} data-enabled={hook.enabled.to_string()}
            data-pending={row.pending.to_string()} data-conflict={row.conflict.to_string()}
            class={classes!((props.selected == Some(true)).then_some("row-selected"), props.highlighted.then_some("row-highlighted"))}>
            { for select }
            { for props.cells.iter().map(cell) }
            if props.edit {
                <td class="cell-action">
                    if props.can_change {
                        <button type="button" class="icon-button" aria-label={t("hooks-edit")}
                            title={t("hooks-edit")} onclick={on_edit}>
                            { icons::pencil() }
                        </button>
                    }
                </td>
            }
            if props.delete {
                <td class="cell-action">
                    if props.can_change {
                        <button type="button" class="icon-button icon-danger" aria-label={t("hooks-delete")}
                            title={t("hooks-delete")} onclick={on_delete}>
                            { icons::trash() }
                        </button>
                    }
                </td>
            }
        </tr>
    }
}
