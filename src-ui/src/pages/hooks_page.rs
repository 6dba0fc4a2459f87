//! The Hooks tab: the queue picker on the left, the picked queue's registry on the right.

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use webitel_hooks_model::commands::{
    events, DeleteHooks, DeleteHooksArgs, SessionInfo, SetHookEnabled, SetHookEnabledArgs,
};
use webitel_hooks_model::{AppError, ErrorCode, HookId, PageSize, Queue};
use yew::prelude::*;

use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::hook_modal::HookModal;
use crate::components::pagination::Pagination;
use crate::components::queue_picker::QueuePicker;
use crate::components::registry_table::RegistryTable;
use crate::components::toolbar::Toolbar;
use crate::hooks::{use_queues, use_registry, use_tauri_event};
use crate::i18n::{t, t_count, t_with, words};
use crate::ipc;
use crate::state::conflicts::ConflictTarget;
use crate::state::modal::Mode;
use crate::state::queues;
use crate::state::registry::Action;
use crate::state::toasts::{self, ToastKind};

#[derive(Properties, PartialEq)]
pub struct HooksPageProps {
    pub session: SessionInfo,
    /// Moves after the session was renewed: read the queues and the shown page again.
    #[prop_or_default]
    pub reload: u32,
    /// Moves when the shown view must be read again in place (a sync ended, the outbox
    /// moved): same queue, page, sort, filters, selection and scroll.
    #[prop_or_default]
    pub refresh: u32,
    /// Shows a toast.
    pub notify: Callback<(ToastKind, String)>,
    /// Opens the conflict dialog at a hook's conflict; with the control used, for focus to
    /// return to.
    pub on_conflict: Callback<(ConflictTarget, Option<HtmlElement>)>,
}

#[component]
pub fn HooksPage(props: &HooksPageProps) -> Html {
    let permissions = props.session.permissions;
    let can_change = permissions.change_hooks;

    let on_error = {
        let notify = props.notify.clone();
        Callback::from(move |err: AppError| {
            if toasts::shows_as_toast(&err) {
                notify.emit((ToastKind::Error, err.message))
            }
        })
    };
    let on_success = props
        .notify
        .reform(|text: String| (ToastKind::Success, text));

    let queues = use_queues();
    let registry = use_registry(on_error.clone());
    // An open dialog, with the button that opened it (focus returns there on close).
    let modal = use_state(|| None::<(Mode, Option<HtmlElement>)>);
    let confirm = use_state(|| None::<(Vec<HookId>, Option<HtmlElement>)>);
    let deleting = use_state(|| false);

    // Another window, the tray or a sync changed hooks: read the page again, in place.
    {
        let registry = registry.clone();
        use_tauri_event(
            events::HOOKS_CHANGED,
            Callback::from(move |queue: Option<i64>| {
                let shown = registry.queue.as_ref().map(|q| q.id.0);
                if shown.is_some() && (queue.is_none() || queue == shown) {
                    registry.dispatch(Action::Refresh);
                }
            }),
        );
    }
    {
        let registry = registry.dispatcher();
        let queues = queues.dispatcher();
        use_effect_with(props.refresh, move |refresh| {
            if *refresh > 0 {
                queues.dispatch(queues::Action::Reload);
                registry.dispatch(Action::Refresh);
            }
        });
    }

    {
        let registry = registry.dispatcher();
        let queues = queues.dispatcher();
        use_effect_with(props.reload, move |reload| {
            if *reload > 0 {
                queues.dispatch(queues::Action::Reload);
                registry.dispatch(Action::Reload);
            }
        });
    }

    let on_pick = {
        let registry = registry.dispatcher();
        let queues = queues.dispatcher();
        Callback::from(move |queue: Queue| {
            queues.dispatch(queues::Action::Pick(queue.id));
            registry.dispatch(Action::PickQueue(queue));
        })
    };
    let picker = html! {
        <QueuePicker
            queues={queues.queues.clone()}
            search={AttrValue::from(queues.search.clone())}
            queue_type={queues.queue_type}
            loading={queues.loading}
            error={queues.error.clone()}
            picked={queues.picked}
            on_search={queues.dispatcher().to_callback().reform(queues::Action::Search)}
            on_type={queues.dispatcher().to_callback().reform(queues::Action::FilterType)}
            {on_pick} />
    };

    let Some(queue) = registry.queue.clone() else {
        return html! {
            <div class="hooks-page">
                { picker }
                <section class="registry-pane">
                    <div class="empty-state">
                        <h2>{ t("registry-pick-title") }</h2>
                        <p>{ t("registry-pick") }</p>
                    </div>
                </section>
            </div>
        };
    };

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
                    Ok(hook) => registry.dispatch(Action::HookSaved(hook)),
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
        let confirm = confirm.clone();
        let deleting = deleting.clone();
        let registry = registry.dispatcher();
        let on_error = on_error.clone();
        let on_success = on_success.clone();
        let queue_id = queue.id;
        Callback::from(move |_| {
            let Some((hook_ids, _)) = (*confirm).clone() else {
                return;
            };
            deleting.set(true);
            let confirm = confirm.clone();
            let deleting = deleting.clone();
            let registry = registry.clone();
            let on_error = on_error.clone();
            let on_success = on_success.clone();
            spawn_local(async move {
                let args = DeleteHooksArgs {
                    queue_id,
                    hook_ids: hook_ids.clone(),
                };
                match ipc::invoke::<DeleteHooks>(&args).await {
                    Ok(report) => {
                        if !report.deleted.is_empty() {
                            on_success.emit(t_count("toast-deleted", report.deleted.len()));
                        }
                        if !report.failed.is_empty() {
                            let list = report
                                .failed
                                .iter()
                                .map(|f| {
                                    t_with(
                                        "toast-delete-failure",
                                        &[
                                            ("label", FluentValue::from(f.label.clone())),
                                            ("message", FluentValue::from(f.message.clone())),
                                        ],
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join("; ");
                            on_error.emit(AppError::new(
                                ErrorCode::Rejected,
                                t_with(
                                    "toast-delete-failed",
                                    &[
                                        ("count", FluentValue::from(report.failed.len())),
                                        ("list", FluentValue::from(list)),
                                    ],
                                ),
                            ));
                        }
                        registry.dispatch(Action::Deleted(report.deleted));
                    }
                    Err(err) => {
                        on_error.emit(err);
                        registry.dispatch(Action::Reload);
                    }
                }
                deleting.set(false);
                confirm.set(None);
            });
        })
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
                let confirm = confirm.clone();
                let selected = selected.clone();
                Callback::from(move |opener| confirm.set(Some((selected.clone(), opener))))
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
            on_delete={
                let confirm = confirm.clone();
                Callback::from(move |(id, opener)| confirm.set(Some((vec![id], opener))))
            }
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

    let confirm_view = (*confirm).as_ref().map(|(ids, opener)| {
        let confirm = confirm.clone();
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
                busy={*deleting}
                on_yes={on_delete_confirmed.clone()}
                on_no={Callback::from(move |_| confirm.set(None))} />
        }
    });

    html! {
        <div class="hooks-page">
            { picker }
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
        </div>
    }
}
