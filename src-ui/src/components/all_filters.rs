//! The all-queues registry's filters: a search, five choices and two "only" boxes. Each
//! select's first option, "All", does not filter.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use webitel_hooks_model::{HookEvent, HookState, QueueId, QueueType, SchemaId};
use yew::prelude::*;

use super::icons;
use super::queue_picker::TYPE_CODES;
use crate::i18n::{t, words};
use crate::state::all_queues::{Action, FilterOptions, Filters};

#[derive(Properties, PartialEq)]
pub struct AllFiltersProps {
    pub filters: Filters,
    pub options: Rc<FilterOptions>,
    pub on_action: Callback<Action>,
}

/// A select's change, read as its value: `None` for "All" (the empty value).
fn on_choice(on_action: &Callback<Action>, read: fn(&str) -> Action) -> Callback<Event> {
    let on_action = on_action.clone();
    Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on_action.emit(read(&select.value()));
    })
}

fn on_check(on_action: &Callback<Action>, make: fn(bool) -> Action) -> Callback<Event> {
    let on_action = on_action.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_action.emit(make(input.checked()));
    })
}

fn some(value: &str) -> Option<&str> {
    (!value.is_empty()).then_some(value)
}

#[component]
pub fn AllFilters(props: &AllFiltersProps) -> Html {
    let f = &props.filters;
    let on = &props.on_action;
    let oninput = {
        let on_action = on.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::Search(input.value()));
        })
    };
    let all =
        |selected: bool| html! { <option value="" {selected}>{ t("all-filter-any") }</option> };

    let on_queue = use_callback(on.clone(), |id: Option<i64>, on| {
        on.emit(Action::FilterQueue(id.map(QueueId)))
    });
    let on_flow = use_callback(on.clone(), |id: Option<i64>, on| {
        on.emit(Action::FilterFlow(id.map(SchemaId)))
    });
    let types = TYPE_CODES.map(QueueType::from_code);

    html! {
        <div class="all-filters" role="group" aria-label={t("all-filters")}>
            <div class="search-field all-search">
                { icons::search() }
                <input type="search" data-all-search="true" aria-label={t("all-search")} placeholder={t("all-search")}
                    value={f.search.clone()} {oninput} />
            </div>
            <label class="check all-only">
                <input type="checkbox" aria-label={t("all-only-pending")} checked={f.only_pending}
                    onchange={on_check(on, Action::OnlyPending)} />
                <span>{ t("all-only-pending") }</span>
            </label>
            <label class="check all-only">
                <input type="checkbox" aria-label={t("all-only-conflicts")} checked={f.only_conflicts}
                    onchange={on_check(on, Action::OnlyConflicts)} />
                <span>{ t("all-only-conflicts") }</span>
            </label>
            <div class="filter-choices">
                <NamedChoice label_id="all-col-queue" aria_id="all-filter-queue"
                    names={props.options.queue_names.clone()} chosen={f.queue.map(|q| q.0)}
                    on_choose={on_queue} />
                <label class="filter">
                    <span class="filter-label">{ t("all-col-queue-type") }</span>
                    <select aria-label={t("all-filter-queue-type")}
                        onchange={on_choice(on, |v| Action::FilterQueueType(some(v).and_then(|v| v.parse().ok()).map(QueueType::from_code)))}>
                        { all(f.queue_type.is_none()) }
                        { for types.iter().map(|qt| html! {
                            <option value={qt.code().to_string()} selected={f.queue_type == Some(*qt)}>
                                { words::queue_type(*qt) }
                            </option>
                        }) }
                    </select>
                </label>
                <label class="filter">
                    <span class="filter-label">{ t("col-event") }</span>
                    <select aria-label={t("all-filter-event")}
                        onchange={on_choice(on, |v| Action::FilterEvent(some(v).map(HookEvent::parse)))}>
                        { all(f.event.is_none()) }
                        { for HookEvent::ALL.iter().map(|event| html! {
                            <option value={event.as_str().to_owned()} selected={f.event.as_ref() == Some(event)}>
                                { words::event(event) }
                            </option>
                        }) }
                    </select>
                </label>
                <NamedChoice label_id="col-flow" aria_id="all-filter-flow"
                    names={props.options.flow_names.clone()} chosen={f.flow.map(|s| s.0)}
                    on_choose={on_flow} />
                <label class="filter">
                    <span class="filter-label">{ t("col-state") }</span>
                    <select aria-label={t("all-filter-state")}
                        onchange={on_choice(on, |v| Action::FilterState(match v {
                            "enabled" => Some(HookState::Enabled),
                            "disabled" => Some(HookState::Disabled),
                            _ => None,
                        }))}>
                        { all(f.state.is_none()) }
                        <option value="enabled" selected={f.state == Some(HookState::Enabled)}>{ t("hooks-enabled") }</option>
                        <option value="disabled" selected={f.state == Some(HookState::Disabled)}>{ t("hooks-disabled") }</option>
                    </select>
                </label>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NamedChoiceProps {
    label_id: &'static str,
    aria_id: &'static str,
    /// Ids and names, as the cache holds them: a tenant's thousand queues, say.
    names: Rc<Vec<(i64, String)>>,
    chosen: Option<i64>,
    on_choose: Callback<Option<i64>>,
}

/// A select among named things (queues, flows), drawn again only when its own choice or names
/// change: a click in another filter does not redraw a thousand options.
#[component]
fn NamedChoice(props: &NamedChoiceProps) -> Html {
    let onchange = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_choose.emit(some(&select.value()).and_then(|v| v.parse().ok()));
        })
    };
    // A chosen one the cache no longer names stays choosable, so the select shows it.
    let unnamed = props
        .chosen
        .filter(|id| !props.names.iter().any(|(x, _)| x == id));
    html! {
        <label class="filter">
            <span class="filter-label">{ t(props.label_id) }</span>
            <select aria-label={t(props.aria_id)} {onchange}>
                <option value="" selected={props.chosen.is_none()}>{ t("all-filter-any") }</option>
                { for props.names.iter().map(|(id, name)| html! {
                    <option value={id.to_string()} selected={props.chosen == Some(*id)}>{ name.clone() }</option>
                }) }
                if let Some(id) = unnamed {
                    <option value={id.to_string()} selected=true>{ id.to_string() }</option>
                }
            </select>
        </label>
    }
}
