//! The all-hooks registry's filters: a search, five choices (six with teams: their kind) and
//! two "only" boxes. Each choice's first option, "All", does not filter. The owner and the
//! flow, which a tenant counts by the hundred or thousand, are searched for
//! ([`NamePicker`]); the others are selects of a few known options.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use webitel_hooks_model::{HookEvent, HookOwner, HookState, OwnerKind, QueueType, SchemaId};
use yew::prelude::*;

use super::icons;
use super::name_picker::NamePicker;
use super::queue_picker::TYPE_CODES;
use crate::i18n::{t, t_with, words};
use crate::state::all_queues::{
    kind_value, owner_value, parse_kind_value, parse_owner_value, Action, FilterOptions, Filters,
};
use crate::state::name_picker::Choice;

#[derive(Properties, PartialEq)]
pub struct AllFiltersProps {
    pub filters: Filters,
    pub options: Rc<FilterOptions>,
    /// The user may read teams' hooks: the Kind filter is offered.
    #[prop_or_default]
    pub with_teams: bool,
    pub on_action: Callback<Action>,
}

/// An owner as the owner filter lists it: a queue by its name, a team by its name marked as a
/// team's; one the cache holds no name for, by its kind and id.
fn owner_label(owner: HookOwner, name: &str) -> String {
    let id = FluentValue::from(owner.raw());
    match (owner, name.is_empty()) {
        (HookOwner::Queue(_), false) => name.to_owned(),
        (HookOwner::Queue(_), true) => t_with("all-owner-queue-unknown", &[("id", id)]),
        (HookOwner::Team(_), false) => {
            t_with("all-owner-team", &[("name", FluentValue::from(name))])
        }
        (HookOwner::Team(_), true) => t_with("all-owner-team-unknown", &[("id", id)]),
    }
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

    let on_owner = use_callback(on.clone(), |value: Option<String>, on| {
        on.emit(Action::FilterOwner(
            value.as_deref().and_then(parse_owner_value),
        ))
    });
    let on_flow = use_callback(on.clone(), |value: Option<String>, on| {
        on.emit(Action::FilterFlow(
            value.and_then(|v| v.parse().ok()).map(SchemaId),
        ))
    });
    // The choices (each name lowercased once, for the pickers' search) are made again only
    // when the cache's names (or the kind) change, not on a click in another filter.
    let owner_choices = use_memo(
        (props.options.owner_names.clone(), f.kind),
        |(names, kind)| {
            names
                .iter()
                .filter(|o| kind.is_none_or(|k| o.owner.kind() == k))
                .map(|o| Choice::new(owner_value(o.owner), owner_label(o.owner, &o.name)))
                .collect::<Vec<_>>()
        },
    );
    let flow_choices = use_memo(props.options.flow_names.clone(), |names| {
        names
            .iter()
            .map(|(id, name)| Choice::new(id.to_string(), name.clone()))
            .collect::<Vec<_>>()
    });
    let chosen_owner = f.owner.map(|o| {
        let name = props
            .options
            .owner_names
            .iter()
            .find(|n| n.owner == o)
            .map_or("", |n| n.name.as_str());
        (owner_value(o), owner_label(o, name))
    });
    // A flow the choices no longer name shows by its id.
    let chosen_flow = f.flow.map(|id| {
        let name = props
            .options
            .flow_names
            .iter()
            .find(|(flow, _)| *flow == id.0)
            .map_or_else(|| id.0.to_string(), |(_, name)| name.clone());
        (id.0.to_string(), name)
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
                if props.with_teams {
                    <label class="filter">
                        <span class="filter-label">{ t("all-filter-kind") }</span>
                        <select aria-label={t("all-filter-kind")}
                            onchange={on_choice(on, |v| Action::FilterKind(parse_kind_value(v)))}>
                            { all(f.kind.is_none()) }
                            { for [(OwnerKind::Queue, "all-kind-queues"), (OwnerKind::Team, "all-kind-teams")].iter().map(|(kind, label_id)| html! {
                                <option value={kind_value(*kind)} selected={f.kind == Some(*kind)}>
                                    { t(label_id) }
                                </option>
                            }) }
                        </select>
                    </label>
                }
                <NamePicker id="all-filter-owner" label_id="all-col-queue" aria_id="all-filter-queue"
                    choices={owner_choices} chosen={chosen_owner}
                    on_choose={on_owner} />
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
                        // The eight, then the dialer's more events (a hook of one may sit on any
                        // queue, made here or elsewhere).
                        { for HookEvent::ALL.iter().chain(&HookEvent::MORE).map(|event| html! {
                            <option value={event.as_str().to_owned()} selected={f.event.as_ref() == Some(event)}>
                                { words::event(event) }
                            </option>
                        }) }
                    </select>
                </label>
                <NamePicker id="all-filter-flow" label_id="col-flow" aria_id="all-filter-flow"
                    choices={flow_choices} chosen={chosen_flow}
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
