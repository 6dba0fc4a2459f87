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

    // A chosen queue or flow the cache no longer names stays choosable, so the select shows it.
    let mut queues = props.options.queues.clone();
    if let Some(id) = f.queue.filter(|id| !queues.iter().any(|(q, _)| q == id)) {
        queues.push((id, id.to_string()));
    }
    let mut flows: Vec<(SchemaId, String)> = props
        .options
        .flows
        .iter()
        .map(|f| (f.id, f.name.clone()))
        .collect();
    if let Some(id) = f.flow.filter(|id| !flows.iter().any(|(x, _)| x == id)) {
        flows.push((id, id.to_string()));
    }
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
                <label class="filter">
                    <span class="filter-label">{ t("all-col-queue") }</span>
                    <select aria-label={t("all-filter-queue")}
                        onchange={on_choice(on, |v| Action::FilterQueue(some(v).and_then(|v| v.parse().ok()).map(QueueId)))}>
                        { all(f.queue.is_none()) }
                        { for queues.iter().map(|(id, name)| html! {
                            <option value={id.to_string()} selected={f.queue == Some(*id)}>{ name.clone() }</option>
                        }) }
                    </select>
                </label>
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
                <label class="filter">
                    <span class="filter-label">{ t("col-flow") }</span>
                    <select aria-label={t("all-filter-flow")}
                        onchange={on_choice(on, |v| Action::FilterFlow(some(v).and_then(|v| v.parse().ok()).map(SchemaId)))}>
                        { all(f.flow.is_none()) }
                        { for flows.iter().map(|(id, name)| html! {
                            <option value={id.to_string()} selected={f.flow == Some(*id)}>{ name.clone() }</option>
                        }) }
                    </select>
                </label>
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
