//! The Add hook / Edit hook modal: event and flow schema, re-read from the server before an
//! edit, saved with one command, its error told in the modal.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlElement, HtmlSelectElement};
use webitel_hooks_model::commands::{
    CreateHook, CreateHookArgs, GetHook, HookRef, ListHooks, ListHooksArgs, UpdateHook,
    UpdateHookArgs,
};
use webitel_hooks_model::{AppError, FlowRef, Hook, HookEvent, HookRow, PageSize, Queue};
use yew::prelude::*;

use super::flow_picker::FlowPicker;
use super::icons;
use crate::hooks::{trap_tab, use_dialog_focus, AFTER_DIALOG};
use crate::i18n::{t, t_with, words};
use crate::ipc;
use crate::state::modal::{Action, ModalState, Mode};

#[derive(Properties, PartialEq)]
pub struct HookModalProps {
    pub queue: Queue,
    pub mode: Mode,
    /// The hooks on screen: they stand in for the queue's hooks in the warning of a second
    /// enabled hook of one event until those are read.
    pub visible: Rc<Vec<HookRow>>,
    pub read_flows: bool,
    pub on_close: Callback<()>,
    /// Saved: `true` when the hook was created.
    pub on_saved: Callback<bool>,
    pub on_error: Callback<AppError>,
    /// The button that opened the modal: focus returns to it on close.
    #[prop_or_default]
    pub opener: Option<HtmlElement>,
}

#[component]
pub fn HookModal(props: &HookModalProps) -> Html {
    let state = use_reducer(|| match props.mode {
        Mode::Add => ModalState::add(),
        Mode::Edit(id) => ModalState::edit(id),
    });
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_DIALOG);

    // Editing: re-read the hook as the server has it now.
    {
        let dispatcher = state.dispatcher();
        let on_error = props.on_error.clone();
        let on_close = props.on_close.clone();
        let args = match props.mode {
            Mode::Edit(hook_id) => Some(HookRef {
                queue_id: props.queue.id,
                hook_id,
            }),
            Mode::Add => None,
        };
        use_effect_with(args, move |args| {
            if let Some(args) = args.clone() {
                spawn_local(async move {
                    match ipc::invoke::<GetHook>(&args).await {
                        Ok(hook) => dispatcher.dispatch(Action::Loaded(hook)),
                        Err(err) => {
                            on_error.emit(err);
                            on_close.emit(());
                        }
                    }
                });
            }
        });
    }

    // Every hook of the queue, not only the page on screen, for the warning of a second
    // enabled hook of one event: the server's rule covers the whole queue. One read, the
    // server's or (offline) the cache's, of the largest page the server gives; a queue has a
    // few hooks per event. Until it answers, or if it fails, the page's rows stand in (and the
    // server still refuses a second enabled hook, in words the modal shows).
    let queue_hooks = use_state(|| None::<Rc<Vec<Hook>>>);
    {
        let queue_hooks = queue_hooks.clone();
        use_effect_with(props.queue.id, move |queue_id| {
            let args = ListHooksArgs {
                queue_id: *queue_id,
                page: 1,
                size: PageSize::new(i64::from(PageSize::MAX)),
                sort: None,
            };
            spawn_local(async move {
                if let Ok(page) = ipc::invoke::<ListHooks>(&args).await {
                    let hooks = page.items.into_iter().map(|row| row.hook).collect();
                    queue_hooks.set(Some(Rc::new(hooks)));
                }
            });
        });
    }

    let on_event = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            dispatcher.dispatch(Action::SetEvent(
                (!value.is_empty()).then(|| HookEvent::parse(&value)),
            ));
        })
    };
    let on_flow = {
        let dispatcher = state.dispatcher();
        Callback::from(move |flow: FlowRef| dispatcher.dispatch(Action::SetFlow(flow)))
    };
    let on_save = {
        let state = state.clone();
        let queue_id = props.queue.id;
        let on_saved = props.on_saved.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !state.can_save() {
                return;
            }
            let Some(draft) = state.draft() else { return };
            let mode = state.mode;
            let dispatcher = state.dispatcher();
            let on_saved = on_saved.clone();
            let on_error = on_error.clone();
            dispatcher.dispatch(Action::Saving);
            spawn_local(async move {
                let result = match mode {
                    Mode::Add => {
                        ipc::invoke::<CreateHook>(&CreateHookArgs { queue_id, draft }).await
                    }
                    Mode::Edit(hook_id) => {
                        ipc::invoke::<UpdateHook>(&UpdateHookArgs {
                            queue_id,
                            hook_id,
                            draft,
                        })
                        .await
                    }
                };
                match result {
                    Ok(_) => on_saved.emit(mode == Mode::Add),
                    Err(err) => {
                        dispatcher.dispatch(Action::SaveFailed);
                        on_error.emit(err);
                    }
                }
            });
        })
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                on_close.emit(());
            } else {
                trap_tab(&e, &dialog);
            }
        })
    };
    let on_close_click = props.on_close.reform(|_: MouseEvent| ());

    let title = match props.mode {
        Mode::Add => t("modal-add"),
        Mode::Edit(_) => t("modal-edit"),
    };
    let chosen = state.event.clone();
    let duplicate = match &*queue_hooks {
        Some(all) => state.duplicate_of(all),
        None => {
            let shown: Vec<Hook> = props.visible.iter().map(|r| r.hook.clone()).collect();
            state.duplicate_of(&shown)
        }
    };
    let never_fires = chosen
        .as_ref()
        .is_some_and(|e| e.fires_for(props.queue.queue_type) == Some(false));
    let queue_type = words::queue_type(props.queue.queue_type);

    html! {
        <div class="backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="hook-modal-title"
                ref={dialog} {onkeydown}>
                <header class="modal-header">
                    <h2 id="hook-modal-title">{ title }</h2>
                    <button type="button" class="icon-button" aria-label={t("modal-close")}
                        title={t("modal-close")} onclick={on_close_click}>
                        { icons::close() }
                    </button>
                </header>
                <form class="modal-form" onsubmit={on_save}>
                    <div class="modal-body">
                    if state.loading {
                        <p class="field-note" role="status">{ t("modal-loading") }</p>
                    }
                    <div class="field">
                        <label for="hook-event">{ t("modal-event") }<span class="required" aria-hidden="true">{ " *" }</span></label>
                        <select id="hook-event" aria-label={t("modal-event")} required=true
                            data-autofocus="true" onchange={on_event}>
                            <option value="" selected={chosen.is_none()}>{ t("modal-event-placeholder") }</option>
                            { for HookEvent::ALL.iter().map(|event| html! {
                                <option value={event.as_str().to_owned()}
                                    title={words::event_meaning(event)}
                                    selected={chosen.as_ref() == Some(event)}>
                                    { words::event(event) }
                                </option>
                            }) }
                            // An event this version does not know stays choosable as it came.
                            if let Some(other @ HookEvent::Other(_)) = chosen.clone() {
                                <option value={other.as_str().to_owned()} selected=true>
                                    { words::event(&other) }
                                </option>
                            }
                        </select>
                        if let Some(event) = &chosen {
                            <p class="field-note">{ words::event_meaning(event) }</p>
                        }
                        if never_fires {
                            <p class="field-warning">
                                { icons::warning() }
                                <span>{ t_with("modal-never-fires", &[("type", FluentValue::from(queue_type))]) }</span>
                            </p>
                        }
                        if let Some(event) = duplicate {
                            <p class="field-warning" role="status">
                                { icons::warning() }
                                <span>{ t_with("modal-duplicate", &[("event", FluentValue::from(words::event(&event)))]) }</span>
                            </p>
                        }
                    </div>
                    <div class="field">
                        <label for="hook-flow">{ t("modal-flow") }<span class="required" aria-hidden="true">{ " *" }</span></label>
                        <FlowPicker input_id="hook-flow" value={state.flow.clone()}
                            disabled={!props.read_flows} on_pick={on_flow} />
                    </div>
                    </div>
                    // Save, then Close, as the admin's popup has them (webitel/client,
                    // opened-queue-hooks-popup.vue: its actions slot).
                    <footer class="modal-footer modal-footer-ruled">
                        <button type="submit" class="button button-primary" disabled={!state.can_save()}>
                            { if state.saving { t("modal-saving") } else { t("modal-save") } }
                        </button>
                        <button type="button" class="button" data-modal-close="true"
                            onclick={props.on_close.reform(|_: MouseEvent| ())}>
                            { t("modal-close") }
                        </button>
                    </footer>
                </form>
            </div>
        </div>
    }
}
