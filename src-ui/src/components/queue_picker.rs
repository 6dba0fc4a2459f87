//! The left pane of the Hooks tab: All queues, then the queues (search, type filter) and, for a
//! user who may read teams' hooks, the teams (search) on a tab of their own; pins on both.

use std::rc::Rc;

use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use webitel_hooks_model::{AppError, HookOwner, Queue, QueueType, Team};
use yew::prelude::*;

use super::icons;
use crate::i18n::{error_text, t, words};
use crate::state::queues::{Tab, TeamsList};
use crate::state::registry::Picked;

/// The type filter's choices: Progressive Dialer first, as the app is made for it.
pub const TYPE_CODES: [i32; 11] = [4, 0, 1, 2, 3, 5, 6, 7, 8, 9, 10];

#[derive(Properties, PartialEq)]
pub struct QueuePickerProps {
    pub queues: Rc<Vec<Queue>>,
    pub search: AttrValue,
    pub queue_type: Option<QueueType>,
    pub loading: bool,
    pub error: Option<AppError>,
    /// The queue or team whose registry is shown.
    pub picked: Option<HookOwner>,
    /// The right pane shows every queue's hooks.
    pub all_shown: bool,
    /// "All queues" was used.
    pub on_all: Callback<()>,
    /// Queues and teams pinned to the tray.
    pub pinned: Rc<Vec<HookOwner>>,
    /// A queue's or team's pin was pressed: pin (`true`) or unpin it.
    pub on_pin: Callback<(HookOwner, bool)>,
    pub on_search: Callback<String>,
    pub on_type: Callback<Option<QueueType>>,
    pub on_pick: Callback<Picked>,
    /// The teams' tab and list; `None` without the right to read teams' hooks (no tabs).
    #[prop_or_default]
    pub teams: Option<TeamsList>,
    #[prop_or_default]
    pub tab: Tab,
    #[prop_or_default]
    pub on_tab: Callback<Tab>,
    #[prop_or_default]
    pub on_search_teams: Callback<String>,
}

#[component]
pub fn QueuePicker(props: &QueuePickerProps) -> Html {
    let oninput = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_search.emit(input.value());
        })
    };
    let onchange = {
        let on_type = props.on_type.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            on_type.emit(value.parse::<i32>().ok().map(QueueType::from_code));
        })
    };
    let selected_code = props.queue_type.map(QueueType::code);
    let list = if props.queues.is_empty() {
        list_note(
            props.loading,
            props.error.as_ref(),
            "queues-loading",
            "queues-empty",
        )
    } else {
        html! {
            <QueueList queues={props.queues.clone()} loading={props.loading}
                picked={props.picked} pinned={props.pinned.clone()}
                on_pin={props.on_pin.clone()} on_pick={props.on_pick.clone()} />
        }
    };
    let all = html! {
        <button type="button" data-view="all" aria-label={t("all-title")}
            class={classes!("queue", "queue-all", props.all_shown.then_some("queue-current"))}
            aria-current={props.all_shown.then_some("true")}
            onclick={props.on_all.reform(|_: MouseEvent| ())}>
            { icons::rows() }
            <span class="queue-name" title={t("all-title")}>{ t("all-title") }</span>
        </button>
    };
    let queues_panel = html! {
        <>
            <div class="search-field">
                { icons::search() }
                <input type="search" aria-label={t("queues-search")} placeholder={t("queues-search")}
                    value={props.search.clone()} {oninput} />
            </div>
            <select aria-label={t("queues-type")} {onchange}>
                <option value="" selected={selected_code.is_none()}>{ t("queues-type-all") }</option>
                { for TYPE_CODES.iter().map(|code| {
                    let queue_type = QueueType::from_code(*code);
                    html! {
                        <option value={code.to_string()} selected={selected_code == Some(*code)}>
                            { words::queue_type(queue_type) }
                        </option>
                    }
                }) }
            </select>
            { list }
        </>
    };
    let Some(teams) = &props.teams else {
        return html! {
            <aside class="queue-picker">
                { all }
                <h2 class="pane-title">{ t("queues-title") }</h2>
                { queues_panel }
            </aside>
        };
    };
    let tab = |which: Tab, name: &'static str, label_id: &'static str| {
        let selected = props.tab == which;
        html! {
            <button type="button" role="tab" id={format!("owner-tab-{name}")}
                class={classes!("owner-tab", selected.then_some("owner-tab-current"))}
                aria-selected={if selected { "true" } else { "false" }} aria-controls="owner-panel"
                data-tab={name} onclick={props.on_tab.reform(move |_: MouseEvent| which)}>
                { t(label_id) }
            </button>
        }
    };
    let (panel, shown_by) = match props.tab {
        Tab::Queues => (queues_panel, "owner-tab-queues"),
        Tab::Teams => (
            html! {
                <TeamsPanel teams={teams.clone()} picked={props.picked}
                    pinned={props.pinned.clone()} on_pin={props.on_pin.clone()}
                    on_search={props.on_search_teams.clone()} on_pick={props.on_pick.clone()} />
            },
            "owner-tab-teams",
        ),
    };
    html! {
        <aside class="queue-picker">
            { all }
            <div class="owner-tabs" role="tablist" aria-label={t("owners-tabs")}>
                { tab(Tab::Queues, "queues", "queues-title") }
                { tab(Tab::Teams, "teams", "teams-title") }
            </div>
            <div id="owner-panel" class="owner-panel" role="tabpanel" aria-labelledby={shown_by}>
                { panel }
            </div>
        </aside>
    }
}

/// What an empty list says: loading, its error, or that nothing matches.
fn list_note(loading: bool, error: Option<&AppError>, loading_id: &str, empty_id: &str) -> Html {
    let text = if loading {
        t(loading_id)
    } else if let Some(err) = error {
        error_text(err)
    } else {
        t(empty_id)
    };
    let class = if error.is_some() {
        "queue-list-note error-text"
    } else {
        "queue-list-note"
    };
    html! { <p {class}>{ text }</p> }
}

/// A queue's or team's pin button, pressed when pinned.
fn pin_button(owner: HookOwner, pinned: bool, on_pin: &Callback<(HookOwner, bool)>) -> Html {
    let (queue_id, team_id) = match owner {
        HookOwner::Queue(id) => (Some(id.to_string()), None),
        HookOwner::Team(id) => (None, Some(id.to_string())),
    };
    html! {
        <button type="button"
            class={classes!("icon-button", "pin-button", pinned.then_some("pinned"))}
            aria-label={t("queues-pin")}
            title={if pinned { t("queues-pinned") } else { t("queues-pin") }}
            aria-pressed={if pinned { "true" } else { "false" }}
            data-pin-queue-id={queue_id} data-pin-team-id={team_id}
            onclick={on_pin.reform(move |_: MouseEvent| (owner, !pinned))}>
            { icons::pin() }
        </button>
    }
}

#[derive(Properties, PartialEq)]
struct TeamsPanelProps {
    teams: TeamsList,
    picked: Option<HookOwner>,
    pinned: Rc<Vec<HookOwner>>,
    on_pin: Callback<(HookOwner, bool)>,
    on_search: Callback<String>,
    on_pick: Callback<Picked>,
}

/// The teams' tab: a search by name and the teams the server listed. A tenant has tens of
/// teams, not thousands: the list is drawn whole.
#[component]
fn TeamsPanel(props: &TeamsPanelProps) -> Html {
    let list = &props.teams;
    let oninput = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_search.emit(input.value());
        })
    };
    let items = if list.teams.is_empty() {
        list_note(
            list.loading,
            list.error.as_ref(),
            "teams-loading",
            "teams-empty",
        )
    } else {
        html! {
            <ul class="queue-list team-list" aria-label={t("teams-list")}
                aria-busy={list.loading.to_string()}>
                { for list.teams.iter().map(|team| team_item(team, props)) }
            </ul>
        }
    };
    html! {
        <>
            <div class="search-field">
                { icons::search() }
                <input type="search" aria-label={t("teams-search")} placeholder={t("teams-search")}
                    value={list.search.clone()} {oninput} />
            </div>
            { items }
        </>
    }
}

fn team_item(team: &Team, props: &TeamsPanelProps) -> Html {
    let owner = HookOwner::Team(team.id);
    let current = props.picked == Some(owner);
    let onclick = {
        let on_pick = props.on_pick.clone();
        let team = team.clone();
        Callback::from(move |_: MouseEvent| on_pick.emit(Picked::Team(team.clone())))
    };
    html! {
        <li key={team.id.to_string()} class="queue-item team-item">
            <button type="button"
                class={classes!("queue", current.then_some("queue-current"))}
                data-team-id={team.id.to_string()}
                aria-current={current.then_some("true")}
                {onclick}>
                <span class="queue-name" title={team.name.clone()}>{ team.name.clone() }</span>
            </button>
            { pin_button(owner, props.pinned.contains(&owner), &props.on_pin) }
        </li>
    }
}

/// The height of one queue in the list, in CSS pixels: `.queue-list > li` in hooks.css has
/// the same. The list draws only the queues in and around its view, between two spacers as tall
/// as the queues they stand for, so that a tenant's thousand queues cost a click what forty do.
const ROW_PX: usize = 58;
/// How many queues are drawn: more than the tallest view holds, from one to two `STEP`s of
/// queues above the first in view.
const WINDOW: usize = 80;
const STEP: usize = 10;

/// The step (of `STEP` queues) of the first queue in view, the list being scrolled to
/// `scroll_top` pixels: the list draws again when it changes, once per ten queues scrolled,
/// not once per pixel.
fn step_at(scroll_top: i32) -> usize {
    usize::try_from(scroll_top).unwrap_or(0) / ROW_PX / STEP
}

/// The queues drawn, as a range of the list, when the first in view is in step `step`.
fn drawn(step: usize, len: usize) -> std::ops::Range<usize> {
    let first = (step.saturating_sub(1) * STEP).min(len.saturating_sub(1) / STEP * STEP);
    first..(first + WINDOW).min(len)
}

#[derive(Properties, PartialEq)]
struct QueueListProps {
    queues: Rc<Vec<Queue>>,
    loading: bool,
    picked: Option<HookOwner>,
    pinned: Rc<Vec<HookOwner>>,
    on_pin: Callback<(HookOwner, bool)>,
    on_pick: Callback<Picked>,
}

#[component]
fn QueueList(props: &QueueListProps) -> Html {
    // Setting the same step again draws nothing (`use_state_eq`).
    let step = use_state_eq(|| 0usize);
    let onscroll = {
        let step = step.clone();
        Callback::from(move |e: Event| {
            let list: Element = e.target_unchecked_into();
            step.set(step_at(list.scroll_top()));
        })
    };
    let len = props.queues.len();
    let std::ops::Range { start: first, end } = drawn(*step, len);

    // The spacers' heights go through the CSS object model: the window's content security
    // policy refuses style attributes.
    let above = use_node_ref();
    let below = use_node_ref();
    {
        let (above, below) = (above.clone(), below.clone());
        use_effect_with((first, end, len), move |(first, end, len)| {
            for (spacer, rows) in [(&above, *first), (&below, len - end)] {
                if let Some(el) = spacer.cast::<HtmlElement>() {
                    let _ = el
                        .style()
                        .set_property("height", &format!("{}px", rows * ROW_PX));
                }
            }
        });
    }

    html! {
        <ul class="queue-list" aria-label={t("queues-list")} aria-busy={props.loading.to_string()}
            {onscroll}>
            <li class="queue-spacer" role="presentation" aria-hidden="true" ref={above}></li>
            { for props.queues[first..end].iter().map(|queue| {
                let owner = HookOwner::Queue(queue.id);
                let current = props.picked == Some(owner);
                let pinned = props.pinned.contains(&owner);
                let onclick = {
                    let on_pick = props.on_pick.clone();
                    let queue = queue.clone();
                    Callback::from(move |_: MouseEvent| on_pick.emit(Picked::Queue(queue.clone())))
                };
                html! {
                    <li key={queue.id.to_string()} class="queue-item">
                        <button type="button"
                            class={classes!("queue", current.then_some("queue-current"))}
                            data-queue-id={queue.id.to_string()}
                            aria-current={current.then_some("true")}
                            {onclick}>
                            <span class="queue-name" title={queue.name.clone()}>{ queue.name.clone() }</span>
                            <span class="queue-meta">
                                <span class="queue-type">{ words::queue_type(queue.queue_type) }</span>
                                if !queue.enabled {
                                    <span class="badge badge-muted">{ t("queue-disabled") }</span>
                                }
                            </span>
                        </button>
                        { pin_button(owner, pinned, &props.on_pin) }
                    </li>
                }
            }) }
            <li class="queue-spacer" role="presentation" aria-hidden="true" ref={below}></li>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_covers_every_queue_in_view_wherever_the_list_is_scrolled() {
        // The tallest view: a 4K screen's 2,160 pixels.
        let in_view = 2160 / ROW_PX + 1;
        for len in [0, 1, 15, 79, 80, 81, 1000, 10_000] {
            for top in (0..len * ROW_PX).step_by(7) {
                let std::ops::Range { start: first, end } =
                    drawn(step_at(i32::try_from(top).unwrap_or(i32::MAX)), len);
                let seen_first = top / ROW_PX;
                let seen_end = (seen_first + in_view).min(len);
                assert!(
                    first <= seen_first && seen_end <= end,
                    "{len} queues scrolled to {top}px: drawn {first}..{end}, in view {seen_first}..{seen_end}"
                );
            }
        }
    }
}
