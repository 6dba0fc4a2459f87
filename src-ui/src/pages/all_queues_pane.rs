//! All queues' and teams' hooks in one registry: every cached hook, filtered, sorted and paged
//! in the cache, with the state switch and Delete per row, each owner's name leading to its own
//! registry, and a selection (the page's rows, or every hook matching the filters) enabled or
//! disabled at once.

use fluent_bundle::FluentValue;
use web_sys::HtmlElement;
use webitel_hooks_model::transfer::ExportSource;
use webitel_hooks_model::{
    AppError, HookKey as Key, HookRow, PageSize, Permissions, RegistryColumn,
};
use yew::prelude::*;

use crate::components::all_filters::AllFilters;
use crate::components::bulk_switch::BulkBar;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::export_buttons::TransferControls;
use crate::components::hook_table::{Cell, ColumnSpec, HookTable};
use crate::components::pagination::Pagination;
use crate::hooks::{use_bulk_switch, use_confirm_delete, use_hook_toggle, use_open_flow};
use crate::i18n::{t, t_count, t_with, words};
use crate::state::all_queues::{Action, AllQueuesState};
use crate::state::conflicts::ConflictTarget;
use crate::state::table::TableAction;

/// The all-hooks registry shows each hook's queue or team (its name opens that registry) and
/// queue type ("Team" for a team's) beside its event, flow and state; all but the type sort in
/// the cache.
const ALL_COLUMNS: &[ColumnSpec<RegistryColumn>] = &[
    ColumnSpec {
        cell: Cell::Queue,
        sort: Some(RegistryColumn::Queue),
        label_id: "all-col-queue",
        col_class: "col-queue",
    },
    ColumnSpec {
        cell: Cell::QueueType,
        sort: None,
        label_id: "all-col-queue-type",
        col_class: "col-queue-type",
    },
    ColumnSpec {
        cell: Cell::Event,
        sort: Some(RegistryColumn::Event),
        label_id: "col-event",
        col_class: "col-all-event",
    },
    ColumnSpec {
        cell: Cell::Flow,
        sort: Some(RegistryColumn::Flow),
        label_id: "col-flow",
        col_class: "col-all-flow",
    },
    ColumnSpec {
        cell: Cell::State,
        sort: Some(RegistryColumn::State),
        label_id: "col-state",
        col_class: "col-all-state",
    },
];

#[derive(Properties, PartialEq)]
pub struct AllQueuesPaneProps {
    /// Kept by the page, so that filters, order and page stay between visits.
    pub state: UseReducerHandle<AllQueuesState>,
    /// What the user may change, by owner: each row's switch and Delete follow its owner's.
    pub permissions: Permissions,
    pub on_error: Callback<AppError>,
    pub on_success: Callback<String>,
    pub on_conflict: Callback<(ConflictTarget, Option<HtmlElement>)>,
    /// A row's queue or team name was used: open that owner's registry.
    pub on_open_owner: Callback<HookRow>,
}

#[component]
pub fn AllQueuesPane(props: &AllQueuesPaneProps) -> Html {
    let state = props.state.clone();
    let confirm = use_confirm_delete::<HookRow>(props.on_success.clone(), props.on_error.clone());

    let on_toggle = use_hook_toggle(
        state.dispatcher().to_callback().reform(Action::Table),
        props.on_error.clone(),
    );
    let on_open_flow = use_open_flow(props.on_error.clone());
    // Enable/Disable of the selection: it clears once done, and `hooks-changed` refreshes the
    // page in place.
    let bulk = use_bulk_switch(
        props.on_success.clone(),
        props.on_error.clone(),
        state
            .dispatcher()
            .to_callback()
            .reform(|_| Action::Table(TableAction::ClearSelection)),
    );

    let on_delete_confirmed = {
        let deleted = state.dispatcher();
        let failed = state.dispatcher();
        confirm.on_yes(
            |row: &HookRow| vec![row.key()],
            move |_, gone| {
                if !gone.is_empty() {
                    deleted.dispatch(Action::Table(TableAction::Deleted(gone)));
                }
            },
            move || failed.dispatch(Action::Refresh { options: false }),
        )
    };

    let confirm_view = confirm.asked().map(|(row, opener)| {
        let detail = AttrValue::from(t_with(
            "confirm-hook",
            &[
                ("event", FluentValue::from(words::event(&row.hook.event))),
                ("flow", FluentValue::from(row.hook.flow.name.clone())),
            ],
        ));
        html! {
            <ConfirmDialog
                count={1}
                detail={Some(detail)}
                opener={opener.clone()}
                busy={confirm.deleting()}
                on_yes={on_delete_confirmed.clone()}
                on_no={confirm.on_no()} />
        }
    });

    // Kept from render to render, so that the filters (their pickers' choices, every queue and
    // flow) are not drawn again by a page turn or a sort.
    let on_action = use_callback(state.dispatcher(), |action: Action, state| {
        state.dispatch(action)
    });
    let on_table = on_action.reform(Action::Table);
    let table = &state.table;
    let permissions = props.permissions;
    let can_change = permissions.change_hooks || permissions.change_team_hooks;
    // Export… exports the selection when there is one (every matching hook when all are
    // selected), else every hook matching the filters; the selection may be copied to queues.
    let transfer_controls = {
        let selected = state.selected_count();
        let export_hint = if selected == 0 || state.matching_selected {
            t("export-hint-matching")
        } else {
            t_count("export-hint-selected", selected)
        };
        let export_source = {
            let state = state.clone();
            Callback::from(move |()| {
                if state.table.selected.is_empty() || state.matching_selected {
                    ExportSource::Matching {
                        filters: state.args(),
                    }
                } else {
                    ExportSource::Hooks {
                        hooks: state
                            .table
                            .selection_in_order()
                            .into_iter()
                            .map(|(owner, hook_id)| Key { owner, hook_id })
                            .collect(),
                    }
                }
            })
        };
        let copy_hooks = {
            let state = state.clone();
            Callback::from(move |()| state.table.selection_in_order())
        };
        html! {
            <TransferControls {export_source} export_hint={AttrValue::from(export_hint)}
                can_import={can_change} copy_count={if permissions.change_hooks { selected } else { 0 }}
                {copy_hooks} on_success={props.on_success.clone()} on_error={props.on_error.clone()} />
        }
    };
    html! {
        <>
            <section class="registry-pane" aria-labelledby="all-title">
                <header class="registry-header">
                    <div class="registry-heading">
                        <h2 id="all-title">{ t("all-title") }</h2>
                        <p class="registry-subtitle">
                            <span class="all-total" aria-live="polite">
                                { t_count("all-total", usize::try_from(table.total.unwrap_or(0)).unwrap_or(usize::MAX)) }
                            </span>
                        </p>
                    </div>
                    { transfer_controls }
                </header>
                <AllFilters filters={state.filters.clone()} options={state.options.clone()}
                    with_teams={permissions.read_team_hooks} on_action={on_action.clone()} />
                if can_change {
                    <BulkBar
                        count={state.selected_count()}
                        offer_matching={state.offers_all_matching()}
                        matching_selected={state.matching_selected}
                        selecting={state.selecting_matching}
                        busy={bulk.busy}
                        on_select_matching={on_action.reform(|_| Action::SelectAllMatching)}
                        on_clear={on_table.reform(|_| TableAction::ClearSelection)}
                        on_switch={
                            // The selection as it is at the click, read then: it may be
                            // thousands of hooks, not worth ordering at every render.
                            let state = state.clone();
                            bulk.run.reform(move |enabled| (state.table.selection_in_order(), enabled))
                        } />
                }
                <HookTable<RegistryColumn>
                    columns={ALL_COLUMNS}
                    class="registry-all"
                    label_id="all-table"
                    rows={table.rows.clone()}
                    sort={table.sort}
                    loading={table.loading}
                    {can_change}
                    {permissions}
                    selection={Some((table.selected.clone(), state.all_selected()))}
                    on_sort={on_table.reform(TableAction::SortBy)}
                    on_select={on_table.reform(|(key, selected)| TableAction::Select { key, selected })}
                    on_select_all={on_table.reform(TableAction::SelectAll)}
                    {on_toggle}
                    {on_open_flow}
                    on_delete={confirm.ask()}
                    on_open_owner={props.on_open_owner.clone()}
                    on_conflict={props.on_conflict.reform(|(owner, hook_id, opener)| {
                        (ConflictTarget::Hook { owner, hook_id }, opener)
                    })} />
                <Pagination
                    page={table.page}
                    size={table.size}
                    next={table.next}
                    on_size={on_table.reform(|size: PageSize| TableAction::SetSize(size))}
                    on_previous={on_table.reform(|_| TableAction::PreviousPage)}
                    on_next={on_table.reform(|_| TableAction::NextPage)} />
            </section>
            { for confirm_view }
        </>
    }
}
