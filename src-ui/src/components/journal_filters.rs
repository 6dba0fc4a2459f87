//! The journal view's filters: queue or team, kind of change, date range, search.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use webitel_hooks_model::journal::JournalAction;
use webitel_hooks_model::{HookOwner, OwnerName, QueueId, TeamId};
use yew::prelude::*;

use super::icons;
use crate::i18n::{t, t_with};
use crate::state::journal::{Action, Filters};

#[derive(Properties, PartialEq)]
pub struct JournalFiltersProps {
    pub filters: Filters,
    /// The queues and teams the journal names.
    pub owners: Rc<Vec<OwnerName>>,
    pub on: Callback<Action>,
}

fn owner_value(owner: HookOwner) -> String {
    match owner {
        HookOwner::Queue(id) => format!("queue:{}", id.0),
        HookOwner::Team(id) => format!("team:{}", id.0),
    }
}

fn parse_owner(value: &str) -> Option<HookOwner> {
    let (kind, id) = value.split_once(':')?;
    let id: i64 = id.parse().ok()?;
    match kind {
        "queue" => Some(HookOwner::Queue(QueueId(id))),
        "team" => Some(HookOwner::Team(TeamId(id))),
        _ => None,
    }
}

/// The owner as the filter names it: a team says so.
pub fn owner_label(owner: HookOwner, name: &str) -> String {
    match owner {
        HookOwner::Queue(_) => name.to_owned(),
        HookOwner::Team(_) => t_with("all-owner-team", &[("name", name.to_owned().into())]),
    }
}

/// The message id of a kind of change.
pub fn action_label_id(action: JournalAction) -> &'static str {
    match action {
        JournalAction::Created => "journal-action-created",
        JournalAction::Changed => "journal-action-changed",
        JournalAction::Enabled => "journal-action-enabled",
        JournalAction::Disabled => "journal-action-disabled",
        JournalAction::Deleted => "journal-action-deleted",
    }
}

#[component]
pub fn JournalFilters(props: &JournalFiltersProps) -> Html {
    let f = &props.filters;
    let on = &props.on;
    let on_owner = on.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Action::FilterOwner(parse_owner(&select.value()))
    });
    let on_action = on.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let value = select.value();
        Action::FilterKind(JournalAction::ALL.into_iter().find(|a| a.as_str() == value))
    });
    let on_from = on.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::From(input.value())
    });
    let on_to = on.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::To(input.value())
    });
    let on_search = on.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::Search(input.value())
    });
    let on_clear = on.reform(|_: MouseEvent| Action::ClearFilters);
    let filtered = *f != Filters::default();
    html! {
        <div class="all-filters journal-filters" role="group" aria-label={t("journal-filters")}>
            <div class="search-field all-search">
                { icons::search() }
                <input type="search" aria-label={t("journal-search")}
                    placeholder={t("journal-search")} value={f.search.clone()} oninput={on_search} />
            </div>
            <div class="filter-choices">
                <label class="filter">
                    <span class="filter-label">{ t("journal-col-where") }</span>
                    <select aria-label={t("journal-filter-owner")} onchange={on_owner}>
                        <option value="" selected={f.owner.is_none()}>{ t("all-filter-any") }</option>
                        { for props.owners.iter().map(|o| html! {
                            <option value={owner_value(o.owner)} selected={f.owner == Some(o.owner)}>
                                { owner_label(o.owner, &o.name) }
                            </option>
                        }) }
                    </select>
                </label>
                <label class="filter">
                    <span class="filter-label">{ t("journal-col-what") }</span>
                    <select aria-label={t("journal-filter-action")} onchange={on_action}>
                        <option value="" selected={f.action.is_none()}>{ t("all-filter-any") }</option>
                        { for JournalAction::ALL.iter().map(|a| html! {
                            <option value={a.as_str()} selected={f.action == Some(*a)}>
                                { t(action_label_id(*a)) }
                            </option>
                        }) }
                    </select>
                </label>
                <label class="filter">
                    <span class="filter-label">{ t("journal-from") }</span>
                    <input type="date" aria-label={t("journal-from")} value={f.from.clone()}
                        onchange={on_from} />
                </label>
                <label class="filter">
                    <span class="filter-label">{ t("journal-to") }</span>
                    <input type="date" aria-label={t("journal-to")} value={f.to.clone()}
                        onchange={on_to} />
                </label>
                if filtered {
                    <button type="button" class="link-button" data-journal="clear" title={t("journal-clear-filters")} onclick={on_clear}>
                        { t("journal-clear-filters") }
                    </button>
                }
            </div>
        </div>
    }
}
