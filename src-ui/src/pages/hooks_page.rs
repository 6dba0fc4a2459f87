//! The Hooks tab: the picker (queues, and teams on a tab of their own) on the left; on the
//! right the picked queue's or team's registry, or every hook in one registry ("All queues").

use web_sys::HtmlElement;
use webitel_hooks_model::commands::SessionInfo;
use webitel_hooks_model::events::HooksChanged;
use webitel_hooks_model::{AppError, HookOwner, HookRow, Queue, QueueType, Team};
use yew::prelude::*;

use super::all_queues_pane::AllQueuesPane;
use super::queue_pane::QueuePane;
use crate::components::queue_picker::QueuePicker;
use crate::hooks::{
    use_all_queues, use_moved_since_mount, use_pinned, use_queues, use_registry, use_tauri_event,
};
use crate::i18n::{error_text, t};
use crate::state::all_queues;
use crate::state::conflicts::ConflictTarget;
use crate::state::queues::{self, Tab};
use crate::state::refresh::{Refresh, RefreshReason};
use crate::state::registry::{Action, Picked};
use crate::state::toasts::{self, ToastKind};

#[derive(Properties, PartialEq)]
pub struct HooksPageProps {
    pub session: SessionInfo,
    /// Moves when the shown view must be read again in place (same owner, page, sort, filters,
    /// selection and scroll), with why.
    #[prop_or_default]
    pub refresh: Refresh,
    /// Shows a toast.
    pub notify: Callback<(ToastKind, String)>,
    /// Opens the conflict dialog at a hook's conflict; with the control used, for focus to
    /// return to.
    pub on_conflict: Callback<(ConflictTarget, Option<HtmlElement>)>,
}

/// What the right pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    /// The picked queue's or team's registry (or the invitation to pick one).
    Queue,
    All,
}

#[component]
pub fn HooksPage(props: &HooksPageProps) -> Html {
    let permissions = props.session.permissions;

    // Callbacks handed down keep their identity from one render to the next (`use_callback`):
    // a child whose props did not change is not drawn again, and the queue list, a thousand
    // rows long in a large tenant, must not be redrawn by a click in the registry.
    let on_error = use_callback(props.notify.clone(), |err: AppError, notify| {
        if toasts::shows_as_toast(&err) {
            notify.emit((ToastKind::Error, error_text(&err)))
        }
    });
    let on_success = use_callback(props.notify.clone(), |text: String, notify| {
        notify.emit((ToastKind::Success, text))
    });

    let queues = use_queues(&props.session);
    let registry = use_registry(on_error.clone());
    // The owner picked for the user when the first lists arrived: its registry opens.
    {
        let registry = registry.dispatcher();
        use_effect_with(queues.auto_picked.clone(), move |picked| {
            if let Some(picked) = picked {
                registry.dispatch(Action::Pick(picked.clone()));
            }
        });
    }
    let all = use_all_queues(permissions, on_error.clone());
    let view = use_state(|| View::Queue);
    let pinned = use_pinned(on_error.clone());

    // Another window, the tray or a sync changed hooks: read what is shown again, in place.
    {
        let registry = registry.clone();
        let all = all.dispatcher();
        use_tauri_event::<HooksChanged>(Callback::from(move |owner: HookOwner| {
            if registry.owner() == Some(owner) {
                registry.dispatch(Action::Refresh);
            }
            all.dispatch(all_queues::Action::Refresh { options: false });
        }));
    }
    {
        let registry = registry.dispatcher();
        let queues = queues.dispatcher();
        let all = all.dispatcher();
        let reason = props.refresh.reason;
        use_moved_since_mount(props.refresh.seq, move || {
            queues.dispatch(queues::Action::Reload);
            // A renewed session reads its page anew; anything else refreshes it in place.
            registry.dispatch(match reason {
                Some(RefreshReason::SessionRenewed) => Action::Reload,
                _ => Action::Refresh,
            });
            // After a run or a renewal the cache may hold other queues, teams, flows and events:
            // the all-hooks filters' choices are read again too.
            let options = matches!(
                reason,
                Some(RefreshReason::RunEnded | RefreshReason::SessionRenewed)
            );
            all.dispatch(all_queues::Action::Refresh { options });
        });
    }

    let on_pick = use_callback(
        (registry.dispatcher(), queues.dispatcher(), view.setter()),
        |picked: Picked, (registry, queues, view)| {
            view.set(View::Queue);
            queues.dispatch(queues::Action::Pick(picked.owner()));
            registry.dispatch(Action::Pick(picked));
        },
    );
    let on_all = use_callback((view.setter(), all.dispatcher()), |_: (), (view, all)| {
        view.set(View::All);
        all.dispatch(all_queues::Action::Open);
    });
    let on_search = use_callback(queues.dispatcher(), |text: String, queues| {
        queues.dispatch(queues::Action::Search(text))
    });
    let on_type = use_callback(
        queues.dispatcher(),
        |queue_type: Option<QueueType>, queues| {
            queues.dispatch(queues::Action::FilterType(queue_type))
        },
    );
    let on_tab = use_callback(queues.dispatcher(), |tab: Tab, queues| {
        queues.dispatch(queues::Action::ShowTab(tab))
    });
    let on_search_teams = use_callback(queues.dispatcher(), |text: String, queues| {
        queues.dispatch(queues::Action::SearchTeams(text))
    });
    // A queue or team named in the all-hooks registry: as the picker lists it when it does
    // (the picker's search may hide it), else as the row names it. Its tab is shown.
    let on_open_owner = {
        let on_pick = on_pick.clone();
        let queues = queues.clone();
        Callback::from(move |row: HookRow| {
            let picked = match row.hook.owner {
                HookOwner::Queue(id) => Picked::Queue(
                    queues
                        .queues
                        .iter()
                        .find(|q| q.id == id)
                        .cloned()
                        .unwrap_or(Queue {
                            id,
                            name: row.owner_name,
                            queue_type: row.queue_type.unwrap_or_default(),
                            enabled: true,
                            team: None,
                        }),
                ),
                HookOwner::Team(id) => Picked::Team(
                    queues
                        .teams
                        .teams
                        .iter()
                        .find(|t| t.id == id)
                        .cloned()
                        .unwrap_or(Team {
                            id,
                            name: row.owner_name,
                        }),
                ),
            };
            queues.dispatch(queues::Action::ShowTab(match picked {
                Picked::Queue(_) => Tab::Queues,
                Picked::Team(_) => Tab::Teams,
            }));
            on_pick.emit(picked);
        })
    };

    let all_shown = *view == View::All;
    let picker = html! {
        <QueuePicker
            queues={queues.queues.clone()}
            search={AttrValue::from(queues.search.clone())}
            queue_type={queues.queue_type}
            loading={queues.loading}
            error={queues.error.clone()}
            picked={if all_shown { None } else { queues.picked }}
            {all_shown}
            {on_all}
            pinned={pinned.owners.clone()}
            on_pin={pinned.set.clone()}
            {on_search}
            {on_type}
            {on_pick}
            teams={queues.with_teams.then(|| queues.teams.clone())}
            tab={queues.tab}
            {on_tab}
            {on_search_teams} />
    };

    let pane = match (*view, registry.picked.clone()) {
        (View::All, _) => html! {
            <AllQueuesPane state={all.clone()} {permissions}
                on_error={on_error.clone()} on_success={on_success.clone()}
                on_conflict={props.on_conflict.clone()} {on_open_owner} />
        },
        (View::Queue, Some(picked)) => html! {
            <QueuePane {picked} registry={registry.clone()} {permissions}
                on_error={on_error.clone()} on_success={on_success.clone()}
                on_conflict={props.on_conflict.clone()} />
        },
        (View::Queue, None) => html! {
            <section class="registry-pane">
                <div class="empty-state">
                    <h2>{ t("registry-pick-title") }</h2>
                    <p>{ t(if queues.with_teams { "registry-pick-owner" } else { "registry-pick" }) }</p>
                </div>
            </section>
        },
    };

    html! {
        <div class="hooks-page">
            { picker }
            { pane }
        </div>
    }
}
