//! The queue list on the left of the Hooks tab: search, type filter, All queues, pins.

use std::rc::Rc;

use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use webitel_hooks_model::{AppError, Queue, QueueId, QueueType};
use yew::prelude::*;

use super::icons;
use crate::i18n::{t, words};

/// The type filter's choices: Progressive Dialer first, as the app is made for it.
pub const TYPE_CODES: [i32; 11] = [4, 0, 1, 2, 3, 5, 6, 7, 8, 9, 10];

#[derive(Properties, PartialEq)]
pub struct QueuePickerProps {
    pub queues: Rc<Vec<Queue>>,
    pub search: AttrValue,
    pub queue_type: Option<QueueType>,
    pub loading: bool,
    pub error: Option<AppError>,
    pub picked: Option<QueueId>,
    /// The right pane shows every queue's hooks.
    pub all_shown: bool,
    /// "All queues" was used.
    pub on_all: Callback<()>,
    /// Queues pinned to the tray.
    pub pinned: Rc<Vec<QueueId>>,
    /// A queue's pin was pressed: pin (`true`) or unpin it.
    pub on_pin: Callback<(QueueId, bool)>,
    pub on_search: Callback<String>,
    pub on_type: Callback<Option<QueueType>>,
    pub on_pick: Callback<Queue>,
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
        let text = if props.loading {
            t("queues-loading")
        } else if let Some(err) = &props.error {
            err.message.clone()
        } else {
            t("queues-empty")
        };
        let class = if props.error.is_some() {
            "queue-list-note error-text"
        } else {
            "queue-list-note"
        };
        html! { <p {class}>{ text }</p> }
    } else {
        html! {
            <QueueList queues={props.queues.clone()} loading={props.loading}
                picked={props.picked} pinned={props.pinned.clone()}
                on_pin={props.on_pin.clone()} on_pick={props.on_pick.clone()} />
        }
    };
    html! {
        <aside class="queue-picker">
            <button type="button" data-view="all" aria-label={t("all-title")}
                class={classes!("queue", "queue-all", props.all_shown.then_some("queue-current"))}
                aria-current={props.all_shown.then_some("true")}
                onclick={props.on_all.reform(|_: MouseEvent| ())}>
                { icons::rows() }
                <span class="queue-name">{ t("all-title") }</span>
            </button>
            <h2 class="pane-title">{ t("queues-title") }</h2>
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
        </aside>
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
    picked: Option<QueueId>,
    pinned: Rc<Vec<QueueId>>,
    on_pin: Callback<(QueueId, bool)>,
    on_pick: Callback<Queue>,
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
                let current = props.picked == Some(queue.id);
                let pinned = props.pinned.contains(&queue.id);
                let on_pin = {
                    let id = queue.id;
                    props.on_pin.reform(move |_: MouseEvent| (id, !pinned))
                };
                let onclick = {
                    let on_pick = props.on_pick.clone();
                    let queue = queue.clone();
                    Callback::from(move |_: MouseEvent| on_pick.emit(queue.clone()))
                };
                html! {
                    <li key={queue.id.to_string()} class="queue-item">
                        <button type="button"
                            class={classes!("queue", current.then_some("queue-current"))}
                            data-queue-id={queue.id.to_string()}
                            aria-current={current.then_some("true")}
                            {onclick}>
                            <span class="queue-name">{ queue.name.clone() }</span>
                            <span class="queue-meta">
                                <span class="queue-type">{ words::queue_type(queue.queue_type) }</span>
                                if !queue.enabled {
                                    <span class="badge badge-muted">{ t("queue-disabled") }</span>
                                }
                            </span>
                        </button>
                        <button type="button"
                            class={classes!("icon-button", "pin-button", pinned.then_some("pinned"))}
                            aria-label={t("queues-pin")}
                            title={if pinned { t("queues-pinned") } else { t("queues-pin") }}
                            aria-pressed={if pinned { "true" } else { "false" }}
                            data-pin-queue-id={queue.id.to_string()}
                            onclick={on_pin}>
                            { icons::pin() }
                        </button>
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
