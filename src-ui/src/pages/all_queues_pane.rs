//! All queues in one registry: every cached hook, filtered, sorted and paged in the cache, with
//! the state switch and Delete per row, and each queue's name leading to its own tab.

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use webitel_hooks_model::commands::{DeleteHooksArgs, SetHookEnabled, SetHookEnabledArgs};
use webitel_hooks_model::{AppError, HookId, PageSize, QueueId, RegistryRow};
use yew::prelude::*;

use crate::components::all_filters::AllFilters;
use crate::components::all_hooks_table::AllHooksTable;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::pagination::Pagination;
use crate::hooks::use_confirm_delete;
use crate::i18n::{t, t_count, t_with, words};
use crate::ipc;
use crate::state::all_queues::{Action, AllQueuesState};
use crate::state::conflicts::ConflictTarget;

#[derive(Properties, PartialEq)]
pub struct AllQueuesPaneProps {
    /// Kept by the page, so that filters, order and page stay between visits.
    pub state: UseReducerHandle<AllQueuesState>,
    pub can_change: bool,
    pub on_error: Callback<AppError>,
    pub on_success: Callback<String>,
    pub on_conflict: Callback<(ConflictTarget, Option<HtmlElement>)>,
    /// A row's queue name was used: open that queue's tab.
    pub on_open_queue: Callback<RegistryRow>,
}

#[component]
pub fn AllQueuesPane(props: &AllQueuesPaneProps) -> Html {
    let state = props.state.clone();
    let confirm =
        use_confirm_delete::<RegistryRow>(props.on_success.clone(), props.on_error.clone());

    let on_toggle = {
        let dispatcher = state.dispatcher();
        let on_error = props.on_error.clone();
        Callback::from(
            move |(queue_id, hook_id, enabled): (QueueId, HookId, bool)| {
                dispatcher.dispatch(Action::SetEnabled {
                    id: hook_id,
                    enabled,
                });
                let dispatcher = dispatcher.clone();
                let on_error = on_error.clone();
                spawn_local(async move {
                    let args = SetHookEnabledArgs {
                        queue_id,
                        hook_id,
                        enabled,
                    };
                    match ipc::invoke::<SetHookEnabled>(&args).await {
                        Ok(hook) => dispatcher.dispatch(Action::HookSaved(hook)),
                        Err(err) => {
                            dispatcher.dispatch(Action::EnabledFailed {
                                id: hook_id,
                                enabled: !enabled,
                            });
                            on_error.emit(err);
                        }
                    }
                });
            },
        )
    };

    let on_delete_confirmed = {
        let deleted = state.dispatcher();
        let failed = state.dispatcher();
        confirm.on_yes(
            |row: &RegistryRow| DeleteHooksArgs {
                queue_id: row.hook.queue_id,
                hook_ids: vec![row.hook.id],
            },
            move |row, report| {
                if report.deleted.contains(&row.hook.id) {
                    deleted.dispatch(Action::Deleted(row.hook.id));
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

    let on_action = state.dispatcher().to_callback();
    html! {
        <>
            <section class="registry-pane" aria-labelledby="all-title">
                <header class="registry-header">
                    <div class="registry-heading">
                        <h2 id="all-title">{ t("all-title") }</h2>
                        <p class="registry-subtitle">
                            <span class="all-total" aria-live="polite">
                                { t_count("all-total", usize::try_from(state.total).unwrap_or(usize::MAX)) }
                            </span>
                        </p>
                    </div>
                </header>
                <AllFilters filters={state.filters.clone()} options={state.options.clone()}
                    on_action={on_action.clone()} />
                <AllHooksTable
                    rows={state.rows.clone()}
                    sort={state.sort}
                    loading={state.loading}
                    can_change={props.can_change}
                    on_sort={on_action.reform(Action::SortBy)}
                    {on_toggle}
                    on_delete={confirm.ask()}
                    on_open_queue={props.on_open_queue.clone()}
                    on_conflict={props.on_conflict.reform(|(queue_id, hook_id, opener)| {
                        (ConflictTarget::Hook { queue_id, hook_id }, opener)
                    })} />
                <Pagination
                    page={state.page}
                    size={state.size}
                    next={state.next}
                    on_size={on_action.reform(|size: PageSize| Action::SetSize(size))}
                    on_previous={on_action.reform(|_| Action::PreviousPage)}
                    on_next={on_action.reform(|_| Action::NextPage)} />
            </section>
            { for confirm_view }
        </>
    }
}
