//! The Add hook / Edit hook modal, for a queue's hook or a team's: event (the eight, then the
//! "More events" the queue's type can fire) and flow schema, re-read from the server before an
//! edit, saved with one command, its error told in the modal. Before a second enabled hook of
//! one event it names the hook it would clash with, wherever it is, and leads to it.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlElement, HtmlSelectElement};
use webitel_hooks_model::commands::{
    CreateHook, CreateHookArgs, GetHook, HookRef, ListHooks, ListHooksArgs, UpdateHook,
    UpdateHookArgs,
};
use webitel_hooks_model::{AppError, FlowRef, Hook, HookEvent, HookRow, OwnerKind, PageSize};
use yew::prelude::*;

use super::flow_picker::FlowPicker;
use super::icons;
use crate::hooks::{trap_tab, use_dialog_focus, AFTER_DIALOG};
use crate::i18n::{t, t_with, words};
use crate::ipc;
use crate::state::modal::{Action, ModalState, Mode};
use crate::state::registry::Picked;

#[derive(Properties, PartialEq)]
pub struct HookModalProps {
    /// The queue or team whose hook this is.
    pub picked: Picked,
    pub mode: Mode,
    /// The hooks on screen: they stand in for the owner's hooks in the warnings (a queue's
    /// second enabled hook of one event, a team's second hook of one flow) until those are read.
    pub visible: Rc<Vec<HookRow>>,
    pub read_flows: bool,
    pub on_close: Callback<()>,
    /// Saved: `true` when the hook was created.
    pub on_saved: Callback<bool>,
    pub on_error: Callback<AppError>,
    /// The button that opened the modal: focus returns to it on close.
    #[prop_or_default]
    pub opener: Option<HtmlElement>,
    /// "Show that hook" under the clash warning: lead the user to the hook it names (the modal
    /// closes first).
    #[prop_or_default]
    pub on_reveal: Callback<Hook>,
}

#[component]
pub fn HookModal(props: &HookModalProps) -> Html {
    let owner = props.picked.owner();
    let state = {
        let (mode, kind, queue_type) = (props.mode, props.picked.kind(), props.picked.queue_type());
        use_reducer(move || match mode {
            Mode::Add => ModalState::add(kind, queue_type),
            Mode::Edit(id) => ModalState::edit(kind, queue_type, id),
        })
    };
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_DIALOG);

    // Editing: re-read the hook as the server has it now.
    {
        let dispatcher = state.dispatcher();
        let on_error = props.on_error.clone();
        let on_close = props.on_close.clone();
        let args = match props.mode {
            Mode::Edit(hook_id) => Some(HookRef { owner, hook_id }),
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

    // Every hook of the owner, not only the page on screen, for the warnings of a queue's
    // second enabled hook of one event and of a team's second hook of one flow: the server's
    // rules cover the whole queue or team. One read, the server's or (offline) the cache's, of
    // the largest page the server gives; an owner has a few hooks per event. Until it answers,
    // or if it fails, the page's rows stand in (and the server still refuses, in words the
    // modal shows).
    let owner_hooks = use_state(|| None::<Rc<Vec<Hook>>>);
    {
        let owner_hooks = owner_hooks.clone();
        use_effect_with(owner, move |owner| {
            let args = ListHooksArgs {
                owner: *owner,
                page: 1,
                size: PageSize::new(i64::from(PageSize::MAX)),
                sort: None,
            };
            spawn_local(async move {
                if let Ok(page) = ipc::invoke::<ListHooks>(&args).await {
                    let hooks = page.items.into_iter().map(|row| row.hook).collect();
                    owner_hooks.set(Some(Rc::new(hooks)));
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
    let shown_hooks: Rc<Vec<Hook>> = match &*owner_hooks {
        Some(all) => all.clone(),
        None => Rc::new(props.visible.iter().map(|r| r.hook.clone()).collect()),
    };
    let on_save = {
        let state = state.clone();
        let shown_hooks = shown_hooks.clone();
        let on_saved = props.on_saved.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !state.can_save_among(&shown_hooks) {
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
                    Mode::Add => ipc::invoke::<CreateHook>(&CreateHookArgs { owner, draft }).await,
                    Mode::Edit(hook_id) => {
                        ipc::invoke::<UpdateHook>(&UpdateHookArgs {
                            owner,
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
    let clash = state.clash_with(&shown_hooks).cloned();
    let flow_taken = state.flow_taken(&shown_hooks).map(|h| h.flow.clone());
    let can_save = state.can_save_among(&shown_hooks);
    // A team has no type, and its one event is always fired.
    let never_fires = state.never_fires();
    let more = state.more_events();
    let is_team = props.picked.kind() == OwnerKind::Team;
    let option = |event: &HookEvent| {
        html! {
            <option value={event.as_str().to_owned()}
                title={words::event_meaning(event)}
                selected={chosen.as_ref() == Some(event)}>
                { words::event(event) }
            </option>
        }
    };

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
                            // A team's one event is chosen from the start: nothing to pick it over.
                            if !is_team || chosen.is_none() {
                                <option value="" selected={chosen.is_none()}>{ t("modal-event-placeholder") }</option>
                            }
                            { for state.events().iter().map(option) }
                            // The dialer's attempt states, only those this queue's type sets.
                            if !more.is_empty() {
                                <optgroup label={t("modal-more-events")} data-more-events="true">
                                    { for more.iter().map(option) }
                                </optgroup>
                            }
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
                        if let Some(queue_type) = never_fires {
                            <p class="field-warning" data-never-fires={queue_type.code().to_string()}>
                                { icons::warning() }
                                <span>{ t_with("modal-never-fires", &[("type", FluentValue::from(words::queue_type(queue_type)))]) }</span>
                            </p>
                        }
                        if let Some(other) = clash {
                            <p class="field-warning" role="status" data-clash-hook-id={other.id.to_string()}>
                                { icons::warning() }
                                <span>
                                    { t_with("modal-clash", &[
                                        ("event", FluentValue::from(words::event(&other.event))),
                                        ("flow", FluentValue::from(other.flow.name.clone())),
                                        ("state", FluentValue::from(t(if other.enabled { "modal-clash-enabled" } else { "modal-clash-disabled" }))),
                                    ]) }
                                    { " " }
                                    <button type="button" class="link-button" data-clash-link="true" title={t("modal-clash-show")}
                                        onclick={props.on_reveal.reform(move |_: MouseEvent| other.clone())}>
                                        { t("modal-clash-show") }
                                    </button>
                                </span>
                            </p>
                        }
                    </div>
                    <div class="field">
                        <label for="hook-flow">{ t("modal-flow") }<span class="required" aria-hidden="true">{ " *" }</span></label>
                        <FlowPicker input_id="hook-flow" value={state.flow.clone()}
                            disabled={!props.read_flows} on_pick={on_flow} />
                        if let Some(flow) = flow_taken {
                            <p class="field-warning" role="status" data-flow-taken={flow.id.to_string()}>
                                { icons::warning() }
                                <span>{ t_with("modal-team-flow-taken", &[("flow", FluentValue::from(flow.name))]) }</span>
                            </p>
                        }
                    </div>
                    </div>
                    // Save, then Close, as the admin's popup has them (webitel/client,
                    // opened-queue-hooks-popup.vue: its actions slot).
                    <footer class="modal-footer modal-footer-ruled">
                        <button type="submit" class="button button-primary" disabled={!can_save}>
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
