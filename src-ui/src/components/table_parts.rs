//! Parts both registry tables (one queue's and all queues') draw the same way: the frame with
//! its progress bar, a sortable column header, the placeholder row of an empty or loading page,
//! a row's event cell and its state cell. The tables differ in their columns and rows; these parts must not.

use web_sys::HtmlElement;
use webitel_hooks_model::{HookEvent, SortDirection};
use yew::prelude::*;

use super::icons;
use super::offline_mark::OfflineMark;
use super::state_switch::StateSwitch;
use crate::i18n::{t, words};

#[derive(Properties, PartialEq)]
pub struct TableFrameProps {
    pub loading: bool,
    /// The table.
    pub children: Html,
}

/// The frame around a table: dimmed, with a moving bar under the table, while loading.
#[component]
pub fn TableFrame(props: &TableFrameProps) -> Html {
    html! {
        <div class={classes!("table-frame", props.loading.then_some("is-loading"))}>
            { props.children.clone() }
            if props.loading {
                <div class="progress" aria-hidden="true"><div class="progress-bar"></div></div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SortHeaderProps<C: Copy + PartialEq + 'static> {
    /// The column this header sorts by.
    pub column: C,
    /// The table's current order: its column and direction, if any.
    pub sort: Option<(C, SortDirection)>,
    /// Message id of the header's label.
    pub label_id: &'static str,
    pub class: &'static str,
    pub on_sort: Callback<C>,
}

/// `<th aria-sort>` with a button that asks to sort by its column.
#[component]
pub fn SortHeader<C: Copy + PartialEq + 'static>(props: &SortHeaderProps<C>) -> Html {
    let column = props.column;
    let direction = props.sort.filter(|(c, _)| *c == column).map(|(_, d)| d);
    let (aria_sort, icon) = match direction {
        Some(SortDirection::Ascending) => ("ascending", icons::sort_ascending()),
        Some(SortDirection::Descending) => ("descending", icons::sort_descending()),
        None => ("none", icons::sort_none()),
    };
    let onclick = props.on_sort.reform(move |_: MouseEvent| column);
    html! {
        <th scope="col" class={props.class} aria-sort={aria_sort}>
            <button type="button" class={classes!("sort", direction.is_some().then_some("sorted"))} {onclick}>
                <span>{ t(props.label_id) }</span>
                { icon }
            </button>
        </th>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlaceholderRowProps {
    /// How many columns the row spans.
    pub columns: usize,
    pub loading: bool,
    /// Whether an empty page also says how to add a hook.
    #[prop_or_default]
    pub hint: bool,
}

/// The one row of a page with no rows: "loading" while loading, else "no records yet".
#[component]
pub fn PlaceholderRow(props: &PlaceholderRowProps) -> Html {
    let text = if props.loading {
        html! { <p class="loading-text">{ t("hooks-loading") }</p> }
    } else {
        html! {
            <>
                <p class="empty-title">{ t("hooks-empty") }</p>
                if props.hint {
                    <p class="empty-hint">{ t("hooks-empty-hint") }</p>
                }
            </>
        }
    };
    html! {
        <tr class="placeholder-row">
            <td colspan={props.columns.to_string()} class="empty-cell">{ text }</td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
pub struct EventCellProps {
    pub event: HookEvent,
    pub pending: bool,
    pub conflict: bool,
    /// The conflict badge was used; with the badge, for focus to return to.
    pub on_conflict: Callback<Option<HtmlElement>>,
    /// Badges shown between the event's label and its offline mark.
    #[prop_or_default]
    pub children: Html,
}

/// A row's event: its label (with its meaning as the title), any badges, its offline mark.
#[component]
pub fn EventCell(props: &EventCellProps) -> Html {
    html! {
        <td class="cell-event">
            <span class="event-label" title={words::event_meaning(&props.event)}>
                { words::event(&props.event) }
            </span>
            { props.children.clone() }
            <OfflineMark pending={props.pending} conflict={props.conflict}
                on_conflict={props.on_conflict.clone()} />
        </td>
    }
}

#[derive(Properties, PartialEq)]
pub struct StateCellProps {
    pub enabled: bool,
    /// A user who may change hooks gets the switch; one who may only view them, the words.
    pub can_change: bool,
    /// Emits the switch's new position.
    pub on_toggle: Callback<bool>,
}

/// A row's state: the switch, or "Enabled"/"Disabled" for a read-only user.
#[component]
pub fn StateCell(props: &StateCellProps) -> Html {
    html! {
        <td class="cell-state">
            if props.can_change {
                <StateSwitch checked={props.enabled} on_toggle={props.on_toggle.clone()} />
            } else {
                <span class={classes!("state-text", props.enabled.then_some("state-on"))}>
                    { if props.enabled { t("hooks-enabled") } else { t("hooks-disabled") } }
                </span>
            }
        </td>
    }
}
