//! The conflict dialog: a change made offline against what the server has now, side by side,
//! and the three choices. After a choice it shows the next conflict, or closes after the last.

use std::collections::HashMap;

use fluent_bundle::FluentValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use webitel_hooks_model::commands::{
    ListConflicts, ListQueues, ListQueuesArgs, ListTeams, ListTeamsArgs, NoArgs, ResolveConflict,
};
use webitel_hooks_model::{ConflictChoice, Hook, HookOwner, ResolveConflictArgs};
use yew::prelude::*;

use super::dialog::dialog_alert;
use super::icons;
use crate::hooks::{trap_tab, use_dialog_focus};
use crate::i18n::{error_text, t, t_with, words};
use crate::ipc;
use crate::state::conflicts::{Action, ConflictTarget, ConflictsState};

/// Where focus goes when the dialog closes and its opener is gone (the badge's row changed).
const AFTER_CONFLICTS: &[&str] = &[
    "button[data-toolbar='refresh']",
    "button[data-view='all']",
    "button[aria-label='Sync now']",
];

#[derive(Properties, PartialEq)]
pub struct ConflictDialogProps {
    pub target: ConflictTarget,
    /// The control that opened the dialog: focus returns to it on close.
    #[prop_or_default]
    pub opener: Option<HtmlElement>,
    /// Closed; with the number of choices made, so the page reads its view again.
    pub on_close: Callback<u32>,
}

#[component]
pub fn ConflictDialog(props: &ConflictDialogProps) -> Html {
    let state = use_reducer(ConflictsState::default);
    let owner_names = use_state(HashMap::<HookOwner, String>::new);
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone(), props.opener.clone(), AFTER_CONFLICTS);

    {
        let dispatcher = state.dispatcher();
        let owner_names = owner_names.clone();
        let target = props.target;
        use_effect_with((), move |_| {
            spawn_local(async move {
                // The owners' names first, so a conflict shows with its queue's or team's name
                // from the start; without them the dialog names the owner by its id. The teams
                // are read only when a conflict is a team's.
                let mut names = HashMap::new();
                if let Ok(queues) = ipc::invoke::<ListQueues>(&ListQueuesArgs::default()).await {
                    names.extend(queues.into_iter().map(|q| (HookOwner::Queue(q.id), q.name)));
                }
                let conflicts = ipc::invoke::<ListConflicts>(&NoArgs {}).await;
                let of_teams = conflicts.as_ref().is_ok_and(|list| {
                    list.iter()
                        .any(|c| matches!(c.change.owner, HookOwner::Team(_)))
                });
                if of_teams {
                    if let Ok(teams) = ipc::invoke::<ListTeams>(&ListTeamsArgs::default()).await {
                        names.extend(teams.into_iter().map(|t| (HookOwner::Team(t.id), t.name)));
                    }
                }
                owner_names.set(names);
                match conflicts {
                    Ok(conflicts) => dispatcher.dispatch(Action::Loaded { conflicts, target }),
                    Err(err) => dispatcher.dispatch(Action::LoadFailed(err)),
                }
            });
        });
    }
    {
        let on_close = props.on_close.clone();
        let resolved = state.resolved;
        use_effect_with(state.finished(), move |finished| {
            if *finished {
                on_close.emit(resolved);
            }
        });
    }

    let close = {
        let on_close = props.on_close.clone();
        let resolved = state.resolved;
        Callback::from(move |_: ()| on_close.emit(resolved))
    };
    let onkeydown = {
        let close = close.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                close.emit(());
            } else {
                trap_tab(&e, &dialog);
            }
        })
    };
    let choose = |choice: ConflictChoice| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(change_id) = state.current().map(|c| c.change.id) else {
                return;
            };
            let dispatcher = state.dispatcher();
            dispatcher.dispatch(Action::Choosing);
            spawn_local(async move {
                let args = ResolveConflictArgs { change_id, choice };
                match ipc::invoke::<ResolveConflict>(&args).await {
                    Ok(()) => dispatcher.dispatch(Action::Resolved(change_id)),
                    Err(err) => dispatcher.dispatch(Action::Failed(err)),
                }
            });
        })
    };

    let current = state.current().cloned();
    let count = state.conflicts.len();
    let body = match &current {
        None if state.loading => {
            html! { <p class="field-note" role="status">{ t("conflict-loading") }</p> }
        }
        None => html! {},
        Some(conflict) => {
            let owner = conflict.change.owner;
            let (label_id, unknown_id) = match owner {
                HookOwner::Queue(_) => ("conflict-queue", "conflict-queue-unknown"),
                HookOwner::Team(_) => ("conflict-team", "conflict-team-unknown"),
            };
            let name = owner_names
                .get(&owner)
                .cloned()
                .unwrap_or_else(|| t_with(unknown_id, &[("id", FluentValue::from(owner.raw()))]));
            let mine = conflict.change.mine.clone();
            let theirs = conflict.theirs.clone();
            html! {
                <>
                    <p class="conflict-message">{ error_text(&conflict.error) }</p>
                    <p class="conflict-queue">
                        <span class="muted">{ t(label_id) }</span>{ " " }
                        <strong>{ name }</strong>
                    </p>
                    <div class="conflict-sides">
                        <VersionView label={t("conflict-mine")} hook={mine.clone()} other={theirs.clone()} />
                        <VersionView label={t("conflict-theirs")} hook={theirs} other={mine} />
                    </div>
                </>
            }
        }
    };
    let busy = state.busy || current.is_none();

    html! {
        <div class="backdrop">
            <div class="modal modal-wide" role="dialog" aria-modal="true"
                aria-label={t("conflict-title")} ref={dialog} {onkeydown}>
                <header class="modal-header">
                    <h2>{ t("conflict-title") }</h2>
                    if count > 1 {
                        <span class="conflict-count muted">
                            { t_with("conflict-position", &[
                                ("position", FluentValue::from(state.index + 1)),
                                ("count", FluentValue::from(count)),
                            ]) }
                        </span>
                    }
                    <button type="button" class="icon-button" aria-label={t("modal-close")}
                        title={t("modal-close")} onclick={close.reform(|_: MouseEvent| ())}>
                        { icons::close() }
                    </button>
                </header>
                <div class="modal-body">
                    { body }
                    { dialog_alert(state.error.as_ref()) }
                </div>
                <footer class="modal-footer conflict-choices">
                    <button type="button" class="button" disabled={busy}
                        title={t("conflict-discard-title")} onclick={choose(ConflictChoice::Discard)}>
                        { t("conflict-discard") }
                    </button>
                    <button type="button" class="button" disabled={busy}
                        title={t("conflict-take-theirs-title")} onclick={choose(ConflictChoice::TakeTheirs)}>
                        { t("conflict-take-theirs") }
                    </button>
                    <button type="button" class="button button-primary" disabled={busy}
                        title={t("conflict-keep-mine-title")} onclick={choose(ConflictChoice::KeepMine)}>
                        { t("conflict-keep-mine") }
                    </button>
                </footer>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct VersionProps {
    label: AttrValue,
    /// `None`: this side has no hook (deleted).
    hook: Option<Hook>,
    /// The other side, to mark what differs.
    other: Option<Hook>,
}

#[component]
fn VersionView(props: &VersionProps) -> Html {
    let content = match &props.hook {
        None => html! { <p class="conflict-deleted">{ t("conflict-deleted") }</p> },
        Some(hook) => {
            let other = props.other.as_ref();
            let differs =
                |same: &dyn Fn(&Hook) -> bool| other.is_some_and(|o| !same(o)).then_some("differs");
            let state = if hook.enabled {
                t("hooks-enabled")
            } else {
                t("hooks-disabled")
            };
            html! {
                <dl class="conflict-fields">
                    <div class={classes!("conflict-field", differs(&|o| o.event == hook.event))}>
                        <dt>{ t("col-event") }</dt>
                        <dd>{ words::event(&hook.event) }</dd>
                    </div>
                    <div class={classes!("conflict-field", differs(&|o| o.flow.id == hook.flow.id))}>
                        <dt>{ t("col-flow") }</dt>
                        <dd>{ hook.flow.name.clone() }</dd>
                    </div>
                    <div class={classes!("conflict-field", differs(&|o| o.enabled == hook.enabled))}>
                        <dt>{ t("col-state") }</dt>
                        <dd>{ state }</dd>
                    </div>
                </dl>
            }
        }
    };
    html! {
        <section class="conflict-side" aria-label={props.label.clone()}>
            <h3>{ props.label.clone() }</h3>
            { content }
        </section>
    }
}
