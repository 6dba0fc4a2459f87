//! The picked queue's registry: its header, toolbar, table of hooks with their offline marks,
//! pagination, the add/edit modal and the delete confirmation.

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use webitel_hooks_model::commands::{DeleteHooksArgs, SetHookEnabled, SetHookEnabledArgs};
use webitel_hooks_model::{AppError, HookId, PageSize, Permissions, Queue};
use yew::prelude::*;

use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::hook_modal::HookModal;
use crate::components::pagination::Pagination;
use crate::components::registry_table::RegistryTable;
use crate::components::toolbar::Toolbar;
use crate::hooks::{read_marks, use_confirm_delete};
use crate::i18n::{t, t_with, words};
use crate::ipc;
use crate::state::conflicts::ConflictTarget;
use crate::state::modal::Mode;
use crate::state::registry::{Action, RegistryState};

#[derive(Properties, PartialEq)]
pub struct QueuePaneProps {
    pub queue: Queue,
    /// The registry's state, kept by the page so that it outlives a visit to All queues.
    pub registry: UseReducerHandle<RegistryState>,
    pub permissions: Permissions,
    pub on_error: Callback<AppError>,
    pub on_success: Callback<String>,
    pub on_conflict: Callback<(ConflictTarget, Option<HtmlElement>)>,
}

#[component]
pub fn QueuePane(props: &QueuePaneProps) -> Html {
    let permissions = props.permissions;
    let can_change = permissions.change_hooks;
    let queue = props.queue.clone();
    let registry = props.registry.clone();
    let on_error = props.on_error.clone();
    let on_success = props.on_success.clone();
    // An open dialog, with the button that opened it (focus returns there on close).
    let modal = use_state(|| None::<(Mode, Option<HtmlElement>)>);
    let confirm = use_confirm_delete::<Vec<HookId>>(on_success.clone(), on_error.clone());

    let on_toggle = {
        let registry = registry.dispatcher();
        let on_error = on_error.clone();
        let queue_id = queue.id;
        Callback::from(move |(hook_id, enabled): (HookId, bool)| {
            registry.dispatch(Action::SetEnabled {
                id: hook_id,
                enabled,
            });
            let registry = registry.clone();
            let on_error = on_error.clone();
            spawn_local(async move {
                let args = SetHookEnabledArgs {
                    queue_id,
                    hook_id,
                    enabled,
                };
                match ipc::invoke::<SetHookEnabled>(&args).await {
                    Ok(hook) => {
                        registry.dispatch(Action::HookSaved(hook));
                        // Offline the switch went into the outbox: mark its row at once.
                        registry.dispatch(Action::MarksRead(read_marks(queue_id).await));
                    }
                    Err(err) => {
                        registry.dispatch(Action::EnabledFailed {
                            id: hook_id,
                            enabled: !enabled,
                        });
                        on_error.emit(err);
                    }
                }
            });
        })
    };

    let on_delete_confirmed = {
        let queue_id = queue.id;
        let deleted = registry.dispatcher();
        let failed = registry.dispatcher();
        confirm.on_yes(
            move |hook_ids: &Vec<HookId>| DeleteHooksArgs {
                queue_id,
                hook_ids: hook_ids.clone(),
            },
            move |_, report| deleted.dispatch(Action::Deleted(report.deleted)),
            move || failed.dispatch(Action::Reload),
        )
    };

    let selected = registry.selected_ids();
    let toolbar = html! {
        <Toolbar
            {can_change}
            selected={selected.len()}
            loading={registry.loading}
            on_refresh={registry.dispatcher().to_callback().reform(|_| Action::Reload)}
            on_add={
                let modal = modal.clone();
                Callback::from(move |opener| modal.set(Some((Mode::Add, opener))))
            }
            on_delete_selected={
                let selected = selected.clone();
                confirm.ask().reform(move |opener| (selected.clone(), opener))
            } />
    };

    let table = html! {
        <RegistryTable
            rows={registry.rows.clone()}
            marks={registry.marks.clone()}
            selected={registry.selected.clone()}
            all_selected={registry.all_selected()}
            sort={registry.sort}
            loading={registry.loading}
            {can_change}
            queue_type={queue.queue_type}
            on_sort={registry.dispatcher().to_callback().reform(Action::SortBy)}
            on_select={registry.dispatcher().to_callback().reform(|(id, selected)| Action::Select { id, selected })}
            on_select_all={registry.dispatcher().to_callback().reform(Action::SelectAll)}
            {on_toggle}
            on_edit={
                let modal = modal.clone();
                Callback::from(move |(id, opener)| modal.set(Some((Mode::Edit(id), opener))))
            }
            on_delete={confirm.ask().reform(|(id, opener)| (vec![id], opener))}
            on_conflict={
                let queue_id = queue.id;
                props.on_conflict.reform(move |(hook_id, opener)| {
                    (ConflictTarget::Hook { queue_id, hook_id }, opener)
                })
            } />
    };

    let pagination = html! {
        <Pagination
            page={registry.page}
            size={registry.size}
            next={registry.next}
            on_size={registry.dispatcher().to_callback().reform(|size: PageSize| Action::SetSize(size))}
            on_previous={registry.dispatcher().to_callback().reform(|_| Action::PreviousPage)}
            on_next={registry.dispatcher().to_callback().reform(|_| Action::NextPage)} />
    };

    let modal_view = (*modal).clone().map(|(mode, opener)| {
        let close = {
            let modal = modal.clone();
            Callback::from(move |_| modal.set(None))
        };
        let on_saved = {
            let modal = modal.clone();
            let registry = registry.dispatcher();
            let on_success = on_success.clone();
            Callback::from(move |created: bool| {
                modal.set(None);
                on_success.emit(t(if created {
                    "toast-created"
                } else {
                    "toast-saved"
                }));
                registry.dispatch(Action::Reload);
            })
        };
        html! {
            <HookModal
                queue={queue.clone()}
                {mode}
                visible={registry.rows.clone()}
                read_flows={permissions.read_flows}
                on_close={close}
                {on_saved}
                on_error={on_error.clone()}
                {opener} />
        }
    });

    let confirm_view = confirm.asked().map(|(ids, opener)| {
        // One hook: name it, as its event and its flow.
        let detail = match ids.as_slice() {
            [id] => registry.rows.iter().find(|h| h.id == *id).map(|hook| {
                AttrValue::from(t_with(
                    "confirm-hook",
                    &[
                        ("event", FluentValue::from(words::event(&hook.event))),
                        ("flow", FluentValue::from(hook.flow.name.clone())),
                    ],
                ))
            }),
            _ => None,
        };
        html! {
            <ConfirmDialog
                count={ids.len()}
                {detail}
                opener={opener.clone()}
                busy={confirm.deleting()}
                on_yes={on_delete_confirmed.clone()}
                on_no={confirm.on_no()} />
        }
    });

    html! {
        <>
            <section class="registry-pane" aria-labelledby="registry-title">
                <header class="registry-header">
                    <div class="registry-heading">
                        <h2 id="registry-title">{ queue.name.clone() }</h2>
                        <p class="registry-subtitle">
                            <span class="badge badge-accent">{ words::queue_type(queue.queue_type) }</span>
                            if !queue.enabled {
                                <span class="badge badge-muted">{ t("queue-disabled") }</span>
                            }
                            if let Some(team) = &queue.team {
                                <span class="muted">{ team.clone() }</span>
                            }
                        </p>
                    </div>
                    { toolbar }
                </header>
                if !can_change {
                    <p class="note" role="note">{ t("registry-read-only") }</p>
                }
                { table }
                { pagination }
            </section>
            { for modal_view }
            { for confirm_view }
        </>
    }
}
