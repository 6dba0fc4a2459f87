//! "Copy N selected hooks to…": the button beside the selection's other actions, and the dialog
//! that picks the target server (the active profile, or another one, production → staging) and
//! its target queues (a search and a queue type narrow the checklist) before the preview. The
//! other profile's session stays on the native side; the dialog only names the profile.

use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use webitel_hooks_model::transfer::PreviewCopyArgs;
use webitel_hooks_model::{HookKey as Key, ProfileId, QueueType};
use yew::prelude::*;

use super::dialog::dialog_keys;
use crate::hooks::{use_copy_targets, use_dialog_focus, AFTER_DIALOG};
use crate::i18n::{error_text, t, t_count, t_with, words};
use crate::state::copy_targets::Action;
use crate::state::table::HookKey;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub count: usize,
    pub on_click: Callback<()>,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let label = t_count("copy-selected", props.count);
    html! {
        <button type="button" class="button" data-transfer="copy"
            aria-label={label.clone()} title={label}
            onclick={props.on_click.reform(|_: MouseEvent| ())}>
            { t("copy-button") }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyDialogProps {
    /// The hooks to copy, in the registry's order.
    pub hooks: Vec<HookKey>,
    /// The preview is being read.
    pub busy: bool,
    pub on_preview: Callback<PreviewCopyArgs>,
    pub on_close: Callback<()>,
}

#[component]
pub fn CopyDialog(props: &CopyDialogProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), None, AFTER_DIALOG);
    let targets = use_copy_targets();

    let on_server = {
        let targets = targets.dispatcher();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let id = select.value().parse::<i64>().ok().map(ProfileId);
            targets.dispatch(Action::Profile(id));
        })
    };
    let on_search = {
        let targets = targets.dispatcher();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            targets.dispatch(Action::Search(input.value()));
        })
    };
    let on_type = {
        let targets = targets.dispatcher();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let code = select.value().parse::<i32>().ok();
            targets.dispatch(Action::Type(code.map(QueueType::from_code)));
        })
    };
    let chosen = targets.targets();
    let on_preview = {
        let hooks = props.hooks.clone();
        let chosen = chosen.clone();
        let profile = targets.profile;
        props
            .on_preview
            .reform(move |_: MouseEvent| PreviewCopyArgs {
                hooks: hooks
                    .iter()
                    .map(|(owner, hook_id)| Key {
                        owner: *owner,
                        hook_id: *hook_id,
                    })
                    .collect(),
                targets: chosen.clone(),
                profile,
            })
    };
    let picked_type = targets.queue_type.map(|t| t.code().to_string());
    let list = match (&targets.queues, &targets.failed) {
        (_, Some(err)) => html! {
            <p class="dialog-alert" role="alert" data-copy="targets-failed">{ error_text(err) }</p>
        },
        (None, None) => html! { <p class="field-note" role="status">{ t("copy-loading") }</p> },
        (Some(_), None) => {
            let shown = targets.shown();
            if shown.is_empty() {
                html! { <p class="field-note">{ t("copy-no-queues") }</p> }
            } else {
                html! {
                    <ul class="copy-targets" aria-label={t("copy-targets")}>
                        { for shown.into_iter().map(|queue| {
                            let id = queue.id;
                            let ticked = targets.ticked.contains(&id);
                            let onchange = {
                                let targets = targets.dispatcher();
                                Callback::from(move |e: Event| {
                                    let input: HtmlInputElement = e.target_unchecked_into();
                                    targets.dispatch(Action::Tick(id, input.checked()));
                                })
                            };
                            html! {
                                <li key={id.0}>
                                    <label class="check">
                                        <input type="checkbox" aria-label={queue.name.clone()}
                                            data-queue-id={id.0.to_string()} checked={ticked} {onchange} />
                                        <span class="copy-target-name">{ queue.name.clone() }</span>
                                        <span class="badge badge-muted">{ words::queue_type(queue.queue_type) }</span>
                                    </label>
                                </li>
                            }
                        }) }
                    </ul>
                }
            }
        }
    };
    let title = t_count("copy-title", props.hooks.len());
    // The active profile is the empty value: the same server as before, whatever its id.
    let server_choice = (targets.profiles.len() > 1).then(|| {
        let active = targets.active();
        html! {
            <label class="copy-server">
                <span>{ t("copy-server") }</span>
                <select aria-label={t("copy-server")} data-copy="server" onchange={on_server}>
                    { for targets.profiles.iter().map(|profile| {
                        let this = (Some(profile.id) != active).then_some(profile.id);
                        let value = this.map(|id| id.0.to_string()).unwrap_or_default();
                        let name = if this.is_none() {
                            t_with("copy-server-active", &[("name", FluentValue::from(profile.name.clone()))])
                        } else {
                            profile.name.clone()
                        };
                        html! {
                            <option key={profile.id.0} {value} selected={this == targets.profile}>{ name }</option>
                        }
                    }) }
                </select>
            </label>
        }
    });
    let hint = match targets.target_name() {
        Some(name) => t_with(
            "copy-hint-other",
            &[("name", FluentValue::from(name.to_owned()))],
        ),
        None if targets.profiles.len() > 1 => t("copy-hint-servers"),
        None => t("copy-hint"),
    };
    html! {
        <div class="backdrop">
            <div class="modal modal-wide copy-dialog" role="dialog" aria-modal="true"
                aria-label={t("copy-dialog")} ref={dialog.clone()}
                onkeydown={dialog_keys(&dialog, &props.on_close)}>
                <header class="modal-header"><h2>{ title }</h2></header>
                <div class="modal-body">
                    <p class="field-note">{ hint }</p>
                    { for server_choice }
                    <div class="copy-filters">
                        <input type="search" aria-label={t("copy-search")} data-autofocus="true"
                            placeholder={t("copy-search")} value={targets.search.clone()}
                            oninput={on_search} />
                        <select aria-label={t("copy-type")} onchange={on_type}>
                            <option value="" selected={picked_type.is_none()}>{ t("queues-type-all") }</option>
                            { for targets.types().into_iter().map(|queue_type| {
                                let code = queue_type.code().to_string();
                                let selected = picked_type.as_deref() == Some(code.as_str());
                                html! {
                                    <option value={code} {selected}>{ words::queue_type(queue_type) }</option>
                                }
                            }) }
                        </select>
                    </div>
                    { list }
                </div>
                <footer class="modal-footer modal-footer-ruled">
                    <span class="copy-count">{ t_count("copy-chosen", chosen.len()) }</span>
                    <button type="button" class="button" data-transfer="cancel"
                        onclick={props.on_close.reform(|_: MouseEvent| ())}>
                        { t("transfer-cancel") }
                    </button>
                    <button type="button" class="button button-primary" data-copy="preview"
                        disabled={chosen.is_empty() || props.busy} aria-busy={props.busy.to_string()}
                        onclick={on_preview}>
                        { t("copy-preview") }
                    </button>
                </footer>
            </div>
        </div>
    }
}
