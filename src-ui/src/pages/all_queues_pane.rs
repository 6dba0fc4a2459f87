//! All queues in one registry: every cached hook, filtered, sorted and paged in the cache, with
//! the state switch and Delete per row, and each queue's name leading to its own tab.

use fluent_bundle::FluentValue;
use web_sys::HtmlElement;
use webitel_hooks_model::commands::DeleteHooksArgs;
use webitel_hooks_model::{AppError, HookRow, PageSize, RegistryColumn};
use yew::prelude::*;

use crate::components::all_filters::AllFilters;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::hook_table::{Cell, ColumnSpec, HookTable};
use crate::components::pagination::Pagination;
use crate::hooks::{use_confirm_delete, use_hook_toggle};
use crate::i18n::{t, t_count, t_with, words};
use crate::state::all_queues::{Action, AllQueuesState};
use crate::state::conflicts::ConflictTarget;
use crate::state::table::TableAction;

/// All queues' registry shows each hook's queue (its name opens the queue's registry) and
/// queue type beside its event, flow and state; all but the type sort in the cache.
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
    pub can_change: bool,
    pub on_error: Callback<AppError>,
    pub on_success: Callback<String>,
    pub on_conflict: Callback<(ConflictTarget, Option<HtmlElement>)>,
    /// A row's queue name was used: open that queue's tab.
    pub on_open_queue: Callback<HookRow>,
}

#[component]
pub fn AllQueuesPane(props: &AllQueuesPaneProps) -> Html {
    let state = props.state.clone();
    let confirm = use_confirm_delete::<HookRow>(props.on_success.clone(), props.on_error.clone());

    let on_toggle = use_hook_toggle(
        state.dispatcher().to_callback().reform(Action::Table),
        props.on_error.clone(),
    );

    let on_delete_confirmed = {
        let deleted = state.dispatcher();
        let failed = state.dispatcher();
        confirm.on_yes(
            |row: &HookRow| DeleteHooksArgs {
                queue_id: row.hook.queue_id,
                hook_ids: vec![row.hook.id],
            },
            move |row, report| {
                if report.deleted.contains(&row.hook.id) {
                    deleted.dispatch(Action::Table(TableAction::Deleted(vec![row.hook.id])));
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

    // Kept from render to render, so that the filters (a select of every queue) are not drawn
    // again by a page turn or a sort.
    let on_action = use_callback(state.dispatcher(), |action: Action, state| {
        state.dispatch(action)
    });
    let on_table = on_action.reform(Action::Table);
    let table = &state.table;
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
                </header>
                <AllFilters filters={state.filters.clone()} options={state.options.clone()}
                    on_action={on_action.clone()} />
                <HookTable<RegistryColumn>
                    columns={ALL_COLUMNS}
                    class="registry-all"
                    label_id="all-table"
                    rows={table.rows.clone()}
                    sort={table.sort}
                    loading={table.loading}
                    can_change={props.can_change}
                    on_sort={on_table.reform(TableAction::SortBy)}
                    {on_toggle}
                    on_delete={confirm.ask()}
                    on_open_queue={props.on_open_queue.clone()}
                    on_conflict={props.on_conflict.reform(|(queue_id, hook_id, opener)| {
                        (ConflictTarget::Hook { queue_id, hook_id }, opener)
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
